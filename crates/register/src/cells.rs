//! One row's cells into a stakeholder draft: names in either script, the vocabularies,
//! dates as Excel and WPS write them, and text no terminal or store should receive.

use chrono::NaiveDate;
use concord_domain::StakeholderDraft;
use concord_domain::search::has_han;

use crate::columns::{Column, normalize};
use crate::report::CellProblem;
use crate::vocabulary::Vocabulary;

/// A note may hold line breaks and tabs (a multi-line cell in Excel); nothing else may hold
/// a control character.
fn has_control_character(column: Column, value: &str) -> bool {
    let allowed: &[char] = match column {
        Column::Note => &['\n', '\r', '\t'],
        _ => &[],
    };
    value
        .chars()
        .any(|c| c.is_control() && !allowed.contains(&c))
}

/// A leading apostrophe protects a formula-like value from Excel (see the export).
fn unprotect(value: &str) -> &str {
    match value.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
        _ => value,
    }
}

pub(crate) fn parse_date(value: &str) -> Option<NaiveDate> {
    let v = value.trim();
    for format in ["%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y年%m月%d日"] {
        if let Ok(date) = NaiveDate::parse_from_str(v, format) {
            return Some(date);
        }
    }
    // An Excel serial day number, when the cell was saved unformatted.
    if v.len() == 5 && v.bytes().all(|b| b.is_ascii_digit()) {
        let days: i64 = v.parse().ok()?;
        return NaiveDate::from_ymd_opt(1899, 12, 30)?
            .checked_add_signed(chrono::Duration::days(days));
    }
    None
}

/// The separators a list of groups may use.
const GROUP_SEPARATORS: &[char] = &[';', '；', '、', ',', '，', '|', '/'];

pub(crate) struct Parsed {
    pub errors: Vec<(usize, CellProblem)>,
}

/// Writes the cells of a row into a draft; only the columns present are touched.
pub(crate) fn apply_cells(
    draft: &mut StakeholderDraft,
    cells: &[String],
    columns: &[(usize, Column)],
    vocab: &Vocabulary,
) -> Parsed {
    let mut errors = Vec::new();
    let unknown =
        |errors: &mut Vec<(usize, CellProblem)>, index: usize, column: Column, value: &str| {
            errors.push((
                index,
                CellProblem::UnknownValue {
                    column,
                    value: value.to_owned(),
                },
            ));
        };
    for &(index, column) in columns {
        let raw = cells.get(index).map(String::as_str).unwrap_or("");
        let value = unprotect(raw.trim()).to_owned();
        if has_control_character(column, &value) {
            errors.push((index, CellProblem::ControlCharacter));
            continue;
        }
        let key = normalize(&value);
        match column {
            Column::NameZh => draft.name_zh = value,
            Column::NameEn => draft.name_en = value,
            Column::Name => {
                if has_han(&value) {
                    draft.name_zh = value;
                } else {
                    draft.name_en = value;
                }
            }
            Column::OrganisationZh => draft.organisation_zh = value,
            Column::OrganisationEn => draft.organisation_en = value,
            Column::Organisation => {
                if has_han(&value) {
                    draft.organisation_zh = value;
                } else {
                    draft.organisation_en = value;
                }
            }
            Column::Sector if key.is_empty() => draft.sector = None,
            Column::Sector => match vocab.sectors.get(&key) {
                Some(s) => draft.sector = Some(*s),
                None => unknown(&mut errors, index, column, &value),
            },
            Column::Helix if key.is_empty() => draft.helix = None,
            Column::Helix => match vocab.helix.get(&key) {
                Some(h) => draft.helix = Some(*h),
                None => unknown(&mut errors, index, column, &value),
            },
            Column::Role if key.is_empty() => {}
            Column::Role => match vocab.roles.get(&key) {
                Some(r) => draft.role = *r,
                None => unknown(&mut errors, index, column, &value),
            },
            Column::Status if key.is_empty() => {}
            Column::Status => match vocab.statuses.get(&key) {
                Some(s) => draft.status = *s,
                None => unknown(&mut errors, index, column, &value),
            },
            Column::Groups => {
                draft.groups.clear();
                for part in value.split(GROUP_SEPARATORS) {
                    let part = part.trim();
                    if part.is_empty() {
                        continue;
                    }
                    // "other: returned farmers" / "其他：返乡农民"
                    let (head, tail) = match part.split_once([':', '：']) {
                        Some((h, t)) => (h, Some(t.trim())),
                        None => (part, None),
                    };
                    match vocab.groups.get(&normalize(head)) {
                        Some(g) => {
                            draft.groups.push(*g);
                            if let (concord_domain::DisadvantagedGroup::Other, Some(t)) = (g, tail)
                                && !t.is_empty()
                            {
                                draft.other_group = t.to_owned();
                            }
                        }
                        None => unknown(&mut errors, index, column, part),
                    }
                }
            }
            Column::OtherGroup => draft.other_group = value,
            Column::Email => draft.email = value,
            Column::Mobile => draft.mobile = value,
            Column::ConsentDate if value.is_empty() => draft.consent_date = None,
            Column::ConsentDate => match parse_date(&value) {
                Some(d) => draft.consent_date = Some(d),
                None => errors.push((index, CellProblem::InvalidDate { value })),
            },
            Column::ConsentNotice => draft.consent_notice = value,
            Column::Note => draft.note = value,
        }
    }
    Parsed { errors }
}
