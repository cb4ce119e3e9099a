//! The UNDRR Disaster Resilience Scorecard for Cities: the Ten Essentials, the preliminary
//! level (47 questions scored 0–3) shipped with the build, and a detailed level (117 criteria
//! scored 0–5) loaded from a file in the same format.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

const PRELIMINARY: &str = include_str!("../../../assets/catalogue/scorecard-preliminary.json");

/// Questions per essential at the preliminary level, as UNDRR numbers them (P1.1 … P10.2).
pub const PRELIMINARY_COUNTS: [usize; 10] = [3, 5, 4, 4, 3, 6, 4, 9, 7, 2];
pub const DETAILED_CRITERIA: usize = 117;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    Preliminary,
    Detailed,
}

impl Level {
    fn max_score(self) -> u8 {
        match self {
            Level::Preliminary => 3,
            Level::Detailed => 5,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScoreMeaning {
    pub score: u8,
    pub en: String,
    pub zh: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scale {
    pub min: u8,
    pub max: u8,
    pub meanings: Vec<ScoreMeaning>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScorecardQuestion {
    pub code: String,
    pub title_en: String,
    pub title_zh: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Essential {
    pub number: u8,
    pub name_en: String,
    pub name_zh: String,
    pub questions: Vec<ScorecardQuestion>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scorecard {
    pub version: String,
    pub level: Level,
    pub scale: Scale,
    pub essentials: Vec<Essential>,
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ScoreError {
    #[error("the scorecard file is not valid: {0}")]
    Malformed(String),
    #[error("the scorecard file does not have the expected structure: {0}")]
    Structure(String),
    #[error("no question {0} in this scorecard")]
    UnknownQuestion(String),
    #[error("{code}: score {score} is outside 0–{max}")]
    OutOfRange { code: String, score: u8, max: u8 },
}

impl ScoreError {
    pub fn fluent_id(&self) -> &'static str {
        match self {
            Self::Malformed(_) => "scorecard-malformed",
            Self::Structure(_) => "scorecard-structure",
            Self::UnknownQuestion(_) => "scorecard-unknown-question",
            Self::OutOfRange { .. } => "scorecard-score-out-of-range",
        }
    }
}

/// One essential's sum; `percent` is of its maximum.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EssentialTotal {
    pub number: u8,
    pub score: u32,
    pub max: u32,
    pub scored: usize,
    pub questions: usize,
    pub percent: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Totals {
    pub essentials: Vec<EssentialTotal>,
    pub score: u32,
    pub max: u32,
    pub percent: f64,
}

impl Scorecard {
    pub fn preliminary() -> Result<Self, ScoreError> {
        Self::from_json(PRELIMINARY)
    }

    /// Loads a level from a file, checking it has the structure UNDRR gives that level.
    pub fn from_json(text: &str) -> Result<Self, ScoreError> {
        let card: Scorecard =
            serde_json::from_str(text).map_err(|e| ScoreError::Malformed(e.to_string()))?;
        card.check_structure()?;
        Ok(card)
    }

    fn check_structure(&self) -> Result<(), ScoreError> {
        let wrong = |what: String| Err(ScoreError::Structure(what));
        if self.essentials.len() != 10 {
            return wrong(format!(
                "{} essentials instead of 10",
                self.essentials.len()
            ));
        }
        if self.scale.min != 0 || self.scale.max != self.level.max_score() {
            return wrong(format!("scale {}–{}", self.scale.min, self.scale.max));
        }
        let prefix = match self.level {
            Level::Preliminary => 'P',
            Level::Detailed => 'D',
        };
        let mut seen = std::collections::BTreeSet::new();
        for (index, essential) in self.essentials.iter().enumerate() {
            let number = index + 1;
            if usize::from(essential.number) != number {
                return wrong(format!("essential {} out of order", essential.number));
            }
            if self.level == Level::Preliminary
                && essential.questions.len() != PRELIMINARY_COUNTS[index]
            {
                return wrong(format!(
                    "essential {number} has {} questions instead of {}",
                    essential.questions.len(),
                    PRELIMINARY_COUNTS[index]
                ));
            }
            for question in &essential.questions {
                let expected = format!("{prefix}{number}.");
                if !question.code.starts_with(&expected) || !seen.insert(question.code.clone()) {
                    return wrong(format!("question code {}", question.code));
                }
            }
        }
        if self.level == Level::Detailed && seen.len() != DETAILED_CRITERIA {
            return wrong(format!(
                "{} criteria instead of {DETAILED_CRITERIA}",
                seen.len()
            ));
        }
        Ok(())
    }

    pub fn questions(&self) -> impl Iterator<Item = (&Essential, &ScorecardQuestion)> {
        self.essentials
            .iter()
            .flat_map(|e| e.questions.iter().map(move |q| (e, q)))
    }

    pub fn question_count(&self) -> usize {
        self.questions().count()
    }

    /// The highest total: 141 at the preliminary level.
    pub fn max_total(&self) -> u32 {
        self.question_count() as u32 * u32::from(self.scale.max)
    }

    /// Checks one score before it is stored.
    pub fn check_score(&self, code: &str, score: u8) -> Result<(), ScoreError> {
        if !self.questions().any(|(_, q)| q.code == code) {
            return Err(ScoreError::UnknownQuestion(code.to_string()));
        }
        if score > self.scale.max {
            return Err(ScoreError::OutOfRange {
                code: code.to_string(),
                score,
                max: self.scale.max,
            });
        }
        Ok(())
    }

    /// Totals per essential and overall; unscored questions count as zero but are reported.
    pub fn totals(&self, scores: &BTreeMap<String, u8>) -> Totals {
        let max_score = u32::from(self.scale.max);
        let essentials: Vec<EssentialTotal> = self
            .essentials
            .iter()
            .map(|e| {
                let given: Vec<u32> = e
                    .questions
                    .iter()
                    .filter_map(|q| scores.get(&q.code).map(|s| u32::from(*s).min(max_score)))
                    .collect();
                let max = e.questions.len() as u32 * max_score;
                let score = given.iter().sum();
                EssentialTotal {
                    number: e.number,
                    score,
                    max,
                    scored: given.len(),
                    questions: e.questions.len(),
                    percent: percent(score, max),
                }
            })
            .collect();
        let score = essentials.iter().map(|e| e.score).sum();
        let max = essentials.iter().map(|e| e.max).sum();
        Totals {
            essentials,
            score,
            max,
            percent: percent(score, max),
        }
    }

    /// Questions scored 0 or 1 (at the preliminary level): deficits in their own right.
    pub fn deficit_questions<'a>(&'a self, scores: &'a BTreeMap<String, u8>) -> Vec<&'a str> {
        self.questions()
            .filter(|(_, q)| scores.get(&q.code).is_some_and(|s| *s <= 1))
            .map(|(_, q)| q.code.as_str())
            .collect()
    }
}

/// Change per essential from an earlier workshop to a later one, in points.
pub fn compare(earlier: &Totals, later: &Totals) -> Vec<(u8, i64)> {
    earlier
        .essentials
        .iter()
        .zip(&later.essentials)
        .map(|(a, b)| (a.number, i64::from(b.score) - i64::from(a.score)))
        .collect()
}

fn percent(score: u32, max: u32) -> f64 {
    if max == 0 {
        0.0
    } else {
        f64::from(score) / f64::from(max) * 100.0
    }
}
