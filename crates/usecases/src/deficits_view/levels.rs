//! The scorecard's levels in the window: the preliminary level shipped with the build, and the
//! detailed level (117 criteria scored 0–5) loaded from a file in the same format, checked
//! against UNDRR's structure by `concord_deficits::Scorecard::from_json` and kept with the
//! dialogue's preferences, so a workshop held at that level is scored with the same keys.

use concord_deficits::scorecard::Level;

use super::*;

/// Where the loaded detailed criteria are kept: the dialogue's own copy of the file.
const DETAILED_KEY: &str = "scorecard-detailed-criteria";

/// The scorecard of a workshop's level; the detailed one only once its file was loaded.
pub(crate) fn card_of(store: &Store, level: &str) -> Result<Scorecard, UseCaseError> {
    if level != "detailed" {
        return Scorecard::preliminary().map_err(corrupt);
    }
    let text = store
        .setting(DETAILED_KEY)?
        .ok_or_else(|| corrupt("a detailed workshop without its criteria"))?;
    Scorecard::from_json(&text).map_err(corrupt)
}

pub(super) fn detailed_loaded(store: &Store) -> Result<bool, UseCaseError> {
    Ok(store.setting(DETAILED_KEY)?.is_some())
}

/// Loads the detailed level's criteria from a file's bytes, replacing any loaded before; a
/// file that is not one (not UTF-8, not JSON, not the detailed structure) is said, and nothing
/// changes.
pub fn load_detailed(
    store: &mut Store,
    bytes: &[u8],
    language: Language,
) -> Result<EntryOutcome, UseCaseError> {
    store.require_dialogue()?;
    let voice = voice(language);
    let problem = |id: &str, detail: String| EntryOutcome {
        problems: vec![EntryProblem {
            field: "file".into(),
            message: i18n(voice).fmt(id, &[("detail", FluentValue::from(detail))]),
        }],
        stage: None,
    };
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text.trim_start_matches('\u{feff}'),
        Err(e) => return Ok(problem("scorecard-malformed", e.to_string())),
    };
    let card = match Scorecard::from_json(text) {
        Ok(card) => card,
        Err(e) => {
            let detail = match &e {
                concord_deficits::ScoreError::Malformed(d)
                | concord_deficits::ScoreError::Structure(d) => d.clone(),
                other => other.to_string(),
            };
            return Ok(problem(e.fluent_id(), detail));
        }
    };
    if card.level != Level::Detailed {
        return Ok(problem(
            "deficits-ui-detailed-not-detailed",
            card.question_count().to_string(),
        ));
    }
    store.set_setting(DETAILED_KEY, text)?;
    Ok(EntryOutcome {
        problems: Vec::new(),
        stage: Some(stage(store, language)?),
    })
}
