//! A target on one of the scorecard's Ten Essentials. Its subject is kept as `essential-5`
//! (the preliminary level, scores 0–3) or `essential-5-detailed` (the detailed level, 0–5); its
//! value is the mean score of the essential's questions, so a baseline and a target read on
//! the level's own scale, and its progress is measured by the workshops held at that level:
//! each year's last workshop gives that year's value.

use std::collections::BTreeMap;

use concord_deficits::{Level, Scorecard};
use concord_i18n::{FluentValue, I18n};
use concord_store::Store;

use crate::UseCaseError;
use crate::deficits_view::card_of;

/// One essential at one level of the scorecard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct EssentialSubject {
    pub(crate) number: u8,
    pub(crate) level: Level,
}

const PREFIX: &str = "essential-";
const DETAILED_SUFFIX: &str = "-detailed";

impl EssentialSubject {
    /// The goal a resilience target serves: 11, resilient cities (11.b, disaster risk reduction).
    pub(crate) const SDG: u8 = 11;

    /// The subject as stored: `essential-5` or `essential-5-detailed`.
    pub(crate) fn key(self) -> String {
        match self.level {
            Level::Preliminary => format!("{PREFIX}{}", self.number),
            Level::Detailed => format!("{PREFIX}{}{DETAILED_SUFFIX}", self.number),
        }
    }

    /// The stored key read back; `None` for any other subject.
    pub(crate) fn from_key(key: &str) -> Option<Self> {
        let rest = key.strip_prefix(PREFIX)?;
        let (number, level) = match rest.strip_suffix(DETAILED_SUFFIX) {
            Some(n) => (n, Level::Detailed),
            None => (rest, Level::Preliminary),
        };
        let number = number.parse::<u8>().ok().filter(|n| (1..=10).contains(n))?;
        Some(Self { number, level })
    }

    /// The essential as a person writes it in a file: `essential-5`, `Essential 5`, `E5`,
    /// `要素5`, `第5项要素`, each optionally marked `detailed` / `详细` for the detailed level.
    pub(crate) fn from_text(text: &str) -> Option<Self> {
        let lower = text.trim().to_lowercase();
        let level = if lower.contains("detailed") || lower.contains("详细") {
            Level::Detailed
        } else {
            Level::Preliminary
        };
        let mut rest = lower
            .replace("detailed", "")
            .replace("详细级", "")
            .replace("详细", "");
        let marked = ["essential", "要素", "第"]
            .iter()
            .any(|word| rest.contains(word))
            || rest.starts_with('e');
        if !marked {
            return None;
        }
        for word in ["essential", "要素", "第", "项", "（", "）", "(", ")"] {
            rest = rest.replace(word, "");
        }
        let digits = rest
            .trim_start_matches('e')
            .trim_matches(|c: char| c.is_whitespace() || c == '-' || c == '_' || c == ':');
        let number = digits.parse::<u8>().ok().filter(|n| (1..=10).contains(n))?;
        Some(Self { number, level })
    }

    /// The highest score of the level: 3 for the preliminary questions, 5 for the detailed
    /// criteria.
    pub(crate) fn max_score(self) -> f64 {
        match self.level {
            Level::Preliminary => 3.0,
            Level::Detailed => 5.0,
        }
    }

    /// The essential's name with its level and scale, in the language `i18n` speaks:
    /// "Essential 5 (preliminary, 0–3): Protect natural buffers …".
    pub(crate) fn name(self, card: &Scorecard, i18n: &I18n) -> String {
        let essential = card.essentials.iter().find(|e| e.number == self.number);
        let name = essential.map_or_else(String::new, |e| {
            if i18n.locale() == concord_i18n::Locale::ZhCn {
                e.name_zh.clone()
            } else {
                e.name_en.clone()
            }
        });
        let level = match self.level {
            Level::Preliminary => "targets-essential-level-preliminary",
            Level::Detailed => "targets-essential-level-detailed",
        };
        i18n.fmt(
            "targets-essential-name",
            &[
                ("number", FluentValue::from(i64::from(self.number))),
                ("level", FluentValue::from(i18n.msg(level))),
                ("name", FluentValue::from(name)),
            ],
        )
    }

    /// The unit of a score, in the language `i18n` speaks: "points", "分".
    pub(crate) fn unit(self, i18n: &I18n) -> String {
        i18n.msg("targets-essential-unit")
    }

    /// The value each year's last workshop at this level measured: the mean score of the
    /// essential's scored questions; a workshop that scored none of them says nothing.
    pub(crate) fn observed(self, store: &Store) -> Result<Vec<(i32, f64)>, UseCaseError> {
        Ok(level_observations(store, self.level)?
            .remove(&self.number)
            .unwrap_or_default())
    }
}

/// Each essential's (year, mean score) points, by the essential's number.
pub(crate) type ByEssential = BTreeMap<u8, Vec<(i32, f64)>>;

/// Every essential's (year, mean score) points at `level`, read in one pass over the level's
/// workshops: each year's last workshop gives the year's value, and a workshop that scored none
/// of an essential's questions says nothing of it.
pub(crate) fn level_observations(store: &Store, level: Level) -> Result<ByEssential, UseCaseError> {
    let level = match level {
        Level::Preliminary => "preliminary",
        Level::Detailed => "detailed",
    };
    let workshops: Vec<_> = store
        .workshops()?
        .into_iter()
        .filter(|w| w.level == level)
        .collect();
    if workshops.is_empty() {
        return Ok(BTreeMap::new());
    }
    let card = card_of(store, level)?;
    let mut by_year: BTreeMap<u8, BTreeMap<i32, f64>> = BTreeMap::new();
    for workshop in workshops {
        let Some(year) = workshop
            .held_on
            .get(..4)
            .and_then(|y| y.parse::<i32>().ok())
        else {
            continue;
        };
        let scores: BTreeMap<String, u8> = store
            .scores(workshop.id)?
            .into_iter()
            .map(|s| (s.code, s.score))
            .collect();
        for total in card.totals(&scores).essentials {
            if total.scored > 0 {
                // Workshops come in date order: the year's last one is its value.
                by_year
                    .entry(total.number)
                    .or_default()
                    .insert(year, f64::from(total.score) / total.scored as f64);
            }
        }
    }
    Ok(by_year
        .into_iter()
        .map(|(number, points)| (number, points.into_iter().collect()))
        .collect())
}

/// The preliminary card: the essentials' names are the same at both levels.
pub(crate) fn names_card() -> Result<Scorecard, UseCaseError> {
    Scorecard::preliminary()
        .map_err(|e| UseCaseError::Store(concord_store::StoreError::Corrupt(e.to_string())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn essential(number: u8, level: Level) -> Option<EssentialSubject> {
        Some(EssentialSubject { number, level })
    }

    #[test]
    fn keys_round_trip_and_others_are_not_essentials() {
        for level in [Level::Preliminary, Level::Detailed] {
            for number in 1..=10 {
                let subject = EssentialSubject { number, level };
                assert_eq!(EssentialSubject::from_key(&subject.key()), Some(subject));
            }
        }
        for other in [
            "essential-0",
            "essential-11",
            "11.6.2",
            "emissions",
            "essential-x",
        ] {
            assert_eq!(EssentialSubject::from_key(other), None, "{other}");
        }
    }

    #[test]
    fn a_file_names_an_essential_as_people_write_it() {
        for (text, expected) in [
            ("essential-5", essential(5, Level::Preliminary)),
            ("Essential 5", essential(5, Level::Preliminary)),
            ("E5", essential(5, Level::Preliminary)),
            ("e10", essential(10, Level::Preliminary)),
            ("要素5", essential(5, Level::Preliminary)),
            ("要素 5", essential(5, Level::Preliminary)),
            ("第5项要素", essential(5, Level::Preliminary)),
            ("essential-5-detailed", essential(5, Level::Detailed)),
            ("E3 detailed", essential(3, Level::Detailed)),
            ("要素3（详细级）", essential(3, Level::Detailed)),
            ("5", None),
            ("E11", None),
            ("energy", None),
            ("emissions", None),
            ("要素", None),
        ] {
            assert_eq!(EssentialSubject::from_text(text), expected, "{text}");
        }
    }
}
