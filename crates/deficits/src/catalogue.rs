//! The SDG indicator catalogue a city reports against (goals 6, 7, 11, 12 and 13), plus the
//! city's own local indicators.

use serde::{Deserialize, Serialize};

const BUILTIN: &str = include_str!("../../../assets/catalogue/sdg-indicators.json");

/// Which way an indicator improves.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind", content = "value")]
pub enum Direction {
    HigherIsBetter,
    LowerIsBetter,
    /// Better the closer it is to this value (e.g. a land-use ratio of 1).
    TargetValue(f64),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Indicator {
    /// The first code is the one the dialogue uses; repeated indicators (11.5.1 = 13.1.1)
    /// carry every code they are known by, so one entry serves them all.
    pub codes: Vec<String>,
    pub goal: u8,
    pub name_en: String,
    pub name_zh: String,
    /// The unit as stored and matched (English, or a symbol such as µg/m³).
    pub unit: String,
    /// The unit as a Chinese document writes it, where it differs (瓦/人 for W per capita).
    pub unit_zh: Option<String>,
    pub direction: Direction,
    /// False for indicators that count countries or international flows: hidden by default.
    pub city_reportable: bool,
    /// Answered yes (1) or no (0) by the city for itself.
    pub yes_no: bool,
    /// 7.3.1: every value states the PPP base year of its GDP.
    pub needs_ppp_base_year: bool,
    pub note_en: Option<String>,
    pub note_zh: Option<String>,
    /// Set where the catalogue is unsure of the official Chinese name.
    pub zh_note: Option<String>,
    /// A local indicator the city defined itself.
    pub local: bool,
}

impl Indicator {
    pub fn code(&self) -> &str {
        self.codes.first().map(String::as_str).unwrap_or_default()
    }

    /// The unit in a document's language: the Chinese wording where the catalogue has one.
    pub fn unit_in(&self, chinese: bool) -> &str {
        match (&self.unit_zh, chinese) {
            (Some(zh), true) if !zh.trim().is_empty() => zh,
            _ => &self.unit,
        }
    }

    /// Whether `written` names this indicator's unit, in English or in Chinese.
    pub fn unit_is(&self, written: &str, same: impl Fn(&str, &str) -> bool) -> bool {
        same(written, &self.unit) || self.unit_zh.as_deref().is_some_and(|zh| same(written, zh))
    }

    pub fn answers_to(&self, code: &str) -> bool {
        self.codes
            .iter()
            .any(|c| c.eq_ignore_ascii_case(code.trim()))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Catalogue {
    pub version: String,
    pub indicators: Vec<Indicator>,
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum CatalogueError {
    #[error("the catalogue file is not valid: {0}")]
    Malformed(String),
    #[error("indicator code {0} appears twice")]
    DuplicateCode(String),
    #[error("indicator {code}: {problem}")]
    Invalid { code: String, problem: &'static str },
}

impl CatalogueError {
    /// The Fluent id that says this error to a person.
    pub fn fluent_id(&self) -> &'static str {
        match self {
            Self::Malformed(_) => "catalogue-malformed",
            Self::DuplicateCode(_) => "catalogue-duplicate-code",
            Self::Invalid { .. } => "catalogue-invalid-indicator",
        }
    }
}

#[derive(Deserialize)]
struct CatalogueFile {
    version: String,
    indicators: Vec<IndicatorRow>,
}

#[derive(Deserialize)]
struct IndicatorRow {
    codes: Vec<String>,
    goal: u8,
    name_en: String,
    name_zh: String,
    unit: String,
    unit_zh: Option<String>,
    direction: String,
    target_value: Option<f64>,
    city: bool,
    #[serde(default)]
    yes_no: bool,
    #[serde(default)]
    ppp_base_year: bool,
    note_en: Option<String>,
    note_zh: Option<String>,
    zh_note: Option<String>,
}

impl Catalogue {
    /// The catalogue shipped with this build.
    pub fn builtin() -> Result<Self, CatalogueError> {
        Self::from_json(BUILTIN)
    }

    pub fn from_json(text: &str) -> Result<Self, CatalogueError> {
        let file: CatalogueFile =
            serde_json::from_str(text).map_err(|e| CatalogueError::Malformed(e.to_string()))?;
        let mut catalogue = Catalogue {
            version: file.version,
            indicators: Vec::with_capacity(file.indicators.len()),
        };
        for row in file.indicators {
            let indicator = row.into_indicator()?;
            catalogue.add(indicator)?;
        }
        Ok(catalogue)
    }

    /// Adds an indicator, refusing a code any entry already answers to.
    pub fn add(&mut self, indicator: Indicator) -> Result<(), CatalogueError> {
        validate(&indicator)?;
        if let Some(code) = indicator.codes.iter().find(|c| self.find(c).is_some()) {
            return Err(CatalogueError::DuplicateCode(code.clone()));
        }
        self.indicators.push(indicator);
        Ok(())
    }

    /// The entry answering to `code`, by any of its codes.
    pub fn find(&self, code: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.answers_to(code))
    }

    /// What a city sees by default: indicators it can report.
    pub fn reportable(&self) -> impl Iterator<Item = &Indicator> {
        self.indicators.iter().filter(|i| i.city_reportable)
    }
}

fn validate(indicator: &Indicator) -> Result<(), CatalogueError> {
    let code = indicator.code().to_string();
    let invalid = |problem| {
        Err(CatalogueError::Invalid {
            code: code.clone(),
            problem,
        })
    };
    if code.trim().is_empty()
        || indicator
            .codes
            .iter()
            .any(|c| c.trim() != c || c.is_empty())
    {
        return invalid("code-empty");
    }
    if indicator.name_en.trim().is_empty() && indicator.name_zh.trim().is_empty() {
        return invalid("name-missing");
    }
    if indicator.unit.trim().is_empty() {
        return invalid("unit-missing");
    }
    if let Direction::TargetValue(v) = indicator.direction
        && !v.is_finite()
    {
        return invalid("target-not-a-number");
    }
    Ok(())
}

impl IndicatorRow {
    fn into_indicator(self) -> Result<Indicator, CatalogueError> {
        let code = self.codes.first().cloned().unwrap_or_default();
        let direction = match (self.direction.as_str(), self.target_value) {
            ("higher", _) => Direction::HigherIsBetter,
            ("lower", _) => Direction::LowerIsBetter,
            ("target", Some(v)) => Direction::TargetValue(v),
            _ => {
                return Err(CatalogueError::Invalid {
                    code,
                    problem: "direction-unknown",
                });
            }
        };
        Ok(Indicator {
            codes: self.codes,
            goal: self.goal,
            name_en: self.name_en,
            name_zh: self.name_zh,
            unit: self.unit,
            unit_zh: self.unit_zh,
            direction,
            city_reportable: self.city,
            yes_no: self.yes_no,
            needs_ppp_base_year: self.ppp_base_year,
            note_en: self.note_en,
            note_zh: self.note_zh,
            zh_note: self.zh_note,
            local: false,
        })
    }
}
