//! What the pledge says of a target's subject: its name in each language, its unit and the SDG
//! it serves — from the catalogue for an indicator (its goal), from the BAU for a series, from
//! the scorecard for an essential.

use concord_deficits::Catalogue;
use concord_documents::Voice;
use concord_store::{Store, StoreError};

use crate::UseCaseError;
use crate::bau::{SeriesKey, horizon, outlook};
use crate::target_essentials::{EssentialSubject, names_card};

/// A target's subject as a document names it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct SubjectName {
    pub(crate) name_zh: String,
    pub(crate) name_en: String,
    /// The unit as stored (a measure's effect is written in it).
    pub(crate) unit: String,
    /// The unit in the document's language(s).
    pub(crate) unit_shown: String,
    /// The Sustainable Development Goal it serves, when known.
    pub(crate) sdg: Option<u8>,
}

/// The SDG a BAU series serves: energy series goal 7, emissions goal 13, GDP goal 8.
fn series_sdg(key: &str) -> Option<u8> {
    match key {
        "energy" | "renewables_share" | "energy_intensity" | "energy_per_capita" => Some(7),
        "emissions" | "carbon_intensity" | "emissions_per_capita" => Some(13),
        "gdp" => Some(8),
        _ => None,
    }
}

/// Names every subject of `subjects`, in their order; the BAU is projected only when one of
/// them is a BAU series (for its unit).
pub(crate) fn subject_names(
    store: &Store,
    subjects: &[&str],
    voice: &Voice,
) -> Result<Vec<SubjectName>, UseCaseError> {
    let catalogue = Catalogue::builtin().map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let card = names_card()?;
    let needs_bau = subjects.iter().any(|s| catalogue.find(s).is_none());
    let bau = match store.scenarios()?.into_iter().find(|s| s.is_bau) {
        Some(record) if needs_bau => {
            let rows = store.scenario_assumptions(record.id)?;
            outlook(&rows, horizon(store)?).ok()
        }
        _ => None,
    };
    Ok(subjects
        .iter()
        .map(|subject| {
            if let Some(indicator) = catalogue.find(subject) {
                return SubjectName {
                    name_zh: format!("{} {}", indicator.code(), indicator.name_zh),
                    name_en: format!("{} {}", indicator.code(), indicator.name_en),
                    unit: indicator.unit.clone(),
                    unit_shown: crate::deficits::unit_words(
                        &indicator.unit,
                        indicator.unit_in(true),
                        voice,
                    ),
                    sdg: Some(indicator.goal),
                };
            }
            if let Some(essential) = EssentialSubject::from_key(subject) {
                return SubjectName {
                    name_zh: essential.name(&card, &voice.zh),
                    name_en: essential.name(&card, &voice.en),
                    unit: essential.unit(&voice.en),
                    unit_shown: crate::deficits::unit_words(
                        &essential.unit(&voice.en),
                        &essential.unit(&voice.zh),
                        voice,
                    ),
                    sdg: Some(EssentialSubject::SDG),
                };
            }
            let key = SeriesKey::ALL.into_iter().find(|k| k.key() == *subject);
            let unit = key
                .and_then(|k| bau.as_ref().and_then(|o| o.line(k)))
                .map_or_else(String::new, |(_, unit)| unit);
            let (name_zh, name_en) = match key {
                Some(k) => (voice.zh.msg(&k.message_id()), voice.en.msg(&k.message_id())),
                None => ((*subject).to_owned(), (*subject).to_owned()),
            };
            SubjectName {
                name_zh,
                name_en,
                unit_shown: crate::units_shown::unit_voiced(&unit, voice),
                unit,
                sdg: series_sdg(subject),
            }
        })
        .collect())
}
