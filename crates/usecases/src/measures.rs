//! Measures of the Local Action Plan and their statuses in a file (CSV or .xlsx, English or
//! Chinese headers): the export writes one row per measure with its latest progress update, and
//! an import of the same columns updates the measures matched by code and adds the new ones, so
//! a secretariat updates statuses in a spreadsheet and imports them back. Every problem is named
//! by row and column; a file with any problem changes nothing.

use std::collections::HashMap;

use chrono::NaiveDate;
use concord_i18n::I18n;
use concord_register::FileProblem;
use concord_register::table::{Table, TableFormat, read_table};
use concord_store::{
    KeyProject, MeasureImportCount, MeasureOwner, MeasureRow, MeasureStatus, MeasureTerm,
    MeasureWrite, ProgressUpdate, ServedTarget, Store, StoredMeasure,
};

use crate::UseCaseError;
use crate::tables::{CellError, FileError, FileWords};

/// The columns of a measures file, in the order the export writes them: English key and
/// Chinese header.
pub const COLUMNS: [(&str, &str); 19] = [
    ("code", "编号"),
    ("key_project", "重点项目编号"),
    ("key_project_zh", "重点项目名称（中文）"),
    ("key_project_en", "重点项目名称（英文）"),
    ("title_zh", "措施名称（中文）"),
    ("title_en", "措施名称（英文）"),
    ("description_zh", "措施说明（中文）"),
    ("description_en", "措施说明（英文）"),
    ("term", "期限"),
    ("owner_stakeholder", "责任相关方编号"),
    ("owner_department", "责任部门"),
    ("budget_cny", "预算（元）"),
    ("start", "开始日期"),
    ("end", "结束日期"),
    ("status", "状态"),
    ("targets", "服务目标及预期效果"),
    ("progress_date", "进展日期"),
    ("progress_percent", "进展百分比"),
    ("progress_note", "进展说明"),
];

/// The department's English name: optional, so a file written before it existed still reads
/// (its department is then taken as Chinese); the export writes it after `owner_department`.
pub const DEPARTMENT_EN: (&str, &str) = ("owner_department_en", "责任部门（英文）");

const CODE: usize = 0;
const PROJECT: usize = 1;
const PROJECT_ZH: usize = 2;
const PROJECT_EN: usize = 3;
const TITLE_ZH: usize = 4;
const TITLE_EN: usize = 5;
const DESCRIPTION_ZH: usize = 6;
const DESCRIPTION_EN: usize = 7;
const TERM: usize = 8;
const OWNER_STAKEHOLDER: usize = 9;
const OWNER_DEPARTMENT: usize = 10;
const BUDGET: usize = 11;
const START: usize = 12;
const END: usize = 13;
const STATUS: usize = 14;
const TARGETS: usize = 15;
const PROGRESS_DATE: usize = 16;
const PROGRESS_PERCENT: usize = 17;
const PROGRESS_NOTE: usize = 18;

/// The Chinese words a file may use for each status, as the Chinese export writes them.
const STATUS_ZH: [(MeasureStatus, &str); 6] = [
    (MeasureStatus::NotStarted, "未开始"),
    (MeasureStatus::OnTime, "按期推进"),
    (MeasureStatus::Late, "滞后"),
    (MeasureStatus::Completed, "已完成"),
    (MeasureStatus::Postponed, "已推迟"),
    (MeasureStatus::Cancelled, "已取消"),
];

const TERM_ZH: [(MeasureTerm, &str); 2] =
    [(MeasureTerm::Short, "短期"), (MeasureTerm::Long, "长期")];

/// How a measures file's problems are said.
pub const FILE_WORDS: FileWords = FileWords {
    empty: "measures-error-empty",
    no_header: "measures-error-no-header",
    at_cell: "measures-error-at-cell",
};

/// The status a cell names: its key, its English words or its Chinese name.
pub fn parse_status(text: &str) -> Option<MeasureStatus> {
    let key = text.trim().to_lowercase().replace([' ', '_'], "-");
    MeasureStatus::from_key(&key).or_else(|| {
        STATUS_ZH
            .iter()
            .find(|(_, zh)| *zh == text.trim() || (*zh == "按期推进" && text.trim() == "按期"))
            .map(|(s, _)| *s)
    })
}

fn parse_term(text: &str) -> Option<MeasureTerm> {
    let key = text.trim().to_lowercase();
    let key = key.strip_suffix(" term").unwrap_or(&key).trim();
    MeasureTerm::from_key(key).or_else(|| {
        TERM_ZH
            .iter()
            .find(|(_, zh)| *zh == text.trim())
            .map(|(t, _)| *t)
    })
}

fn number(text: &str) -> Option<f64> {
    let cleaned: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != ',' && *c != '，' && *c != '%' && *c != '％')
        .map(|c| if c == '−' { '-' } else { c })
        .collect();
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// A date as people and spreadsheets write it: 2026-03-01, 2026/3/1, 2026年3月1日, a date and
/// time, or an Excel serial day.
fn date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    let head = text.split([' ', 'T']).next().unwrap_or(text);
    for format in ["%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y年%m月%d日"] {
        if let Ok(d) = NaiveDate::parse_from_str(head, format) {
            return Some(d);
        }
    }
    let serial = text.parse::<f64>().ok()?;
    if (20_000.0..80_000.0).contains(&serial) {
        let base = NaiveDate::from_ymd_opt(1899, 12, 30)?;
        return base.checked_add_days(chrono::Days::new(serial.trunc() as u64));
    }
    None
}

/// A text cell as written, without the quote the export puts before a leading `=`, `+`, `-`
/// or `@` so that a spreadsheet does not take it for a formula.
fn unprotect(text: &str) -> String {
    let text = text.trim();
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest.to_owned(),
        _ => text.to_owned(),
    }
}

/// `11.6.2=-1.5 µg/m³; 13.2.2=-42000 t CO2/a`: the targets served with their effects.
fn parse_targets(text: &str) -> Result<Vec<ServedTarget>, ()> {
    let mut out: Vec<ServedTarget> = Vec::new();
    for part in text
        .split([';', '；'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let (subject, effect) = match part.split_once(['=', '＝']) {
            Some((s, e)) => (s.trim(), e.trim()),
            None => (part, ""),
        };
        if subject.is_empty() || out.iter().any(|t| t.subject == subject) {
            return Err(());
        }
        let (effect_value, effect_unit) = if effect.is_empty() {
            (None, String::new())
        } else {
            let (value, unit) = effect.split_once(' ').unwrap_or((effect, ""));
            (Some(number(value).ok_or(())?), unit.trim().to_owned())
        };
        out.push(ServedTarget {
            subject: subject.to_owned(),
            effect_value,
            effect_unit,
        });
    }
    Ok(out)
}

/// What the file is checked against: the targets' subjects and the register's ids.
struct Known {
    subjects: Vec<String>,
    stakeholders: Vec<i64>,
    /// Each stored measure's department (code, Chinese, English): a file without the English
    /// column keeps the English name of a department it names unchanged.
    departments: Vec<(String, String, String)>,
}

/// Reads a measures file against what the store holds; every problem is named by row and
/// column, and a file with any problem gives no rows.
fn read_measures_table(table: &Table, known: &Known) -> Result<Vec<MeasureWrite>, FileError> {
    let mut at = [0usize; COLUMNS.len()];
    for (i, (en, zh)) in COLUMNS.iter().enumerate() {
        at[i] = table
            .column(&[en, zh])
            .ok_or(FileError::MissingColumn(en))?;
    }
    let department_en_at = table.column(&[DEPARTMENT_EN.0, DEPARTMENT_EN.1]);
    let mut writes = Vec::new();
    let mut errors = Vec::new();
    let mut codes: Vec<String> = Vec::new();
    let mut projects: HashMap<String, (String, String)> = HashMap::new();
    for line in &table.rows {
        if line.cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let cell = |i: usize| line.cells.get(at[i]).map_or("", |c| c.trim());
        let before = errors.len();
        let mut problem = |i: usize, id: &'static str| {
            errors.push(CellError {
                row: line.row,
                header: table.headers[at[i]]
                    .trim()
                    .trim_start_matches('\u{feff}')
                    .to_owned(),
                problem: id,
                value: cell(i).to_owned(),
            });
        };
        let code = unprotect(cell(CODE));
        if code.is_empty() {
            problem(CODE, "measures-error-required");
        } else if codes.contains(&code) {
            problem(CODE, "measures-error-duplicate-code");
        }
        let project_code = unprotect(cell(PROJECT));
        if project_code.is_empty() {
            problem(PROJECT, "measures-error-required");
        }
        let project = (unprotect(cell(PROJECT_ZH)), unprotect(cell(PROJECT_EN)));
        if project.0.is_empty() && project.1.is_empty() {
            problem(PROJECT_ZH, "measures-error-required");
        } else if let Some(seen) = projects.get(&project_code)
            && *seen != project
        {
            problem(PROJECT_ZH, "measures-error-project-titles-differ");
        }
        let (title_zh, title_en) = (unprotect(cell(TITLE_ZH)), unprotect(cell(TITLE_EN)));
        if title_zh.is_empty() && title_en.is_empty() {
            problem(TITLE_ZH, "measures-error-required");
        }
        let term = match cell(TERM) {
            "" => {
                problem(TERM, "measures-error-required");
                None
            }
            text => parse_term(text).or_else(|| {
                problem(TERM, "measures-error-unknown-term");
                None
            }),
        };
        let stakeholder = match cell(OWNER_STAKEHOLDER) {
            "" => None,
            text => match text.trim_start_matches('#').parse::<i64>() {
                Ok(id) if known.stakeholders.contains(&id) => Some(id),
                Ok(_) => {
                    problem(OWNER_STAKEHOLDER, "measures-error-unknown-stakeholder");
                    None
                }
                Err(_) => {
                    problem(OWNER_STAKEHOLDER, "measures-error-not-a-number");
                    None
                }
            },
        };
        let department_zh = unprotect(cell(OWNER_DEPARTMENT));
        let department_en = match department_en_at {
            Some(at) => unprotect(line.cells.get(at).map_or("", |c| c.trim())),
            None => known
                .departments
                .iter()
                .find(|(c, zh, _)| *c == unprotect(cell(CODE)) && *zh == department_zh)
                .map(|(_, _, en)| en.clone())
                .unwrap_or_default(),
        };
        let named = !(department_zh.is_empty() && department_en.is_empty());
        let owner = match (stakeholder, named) {
            (Some(_), true) => {
                problem(OWNER_DEPARTMENT, "measures-error-two-owners");
                None
            }
            (Some(id), false) => Some(MeasureOwner::Stakeholder(id)),
            (None, true) => Some(MeasureOwner::Department {
                zh: department_zh,
                en: department_en,
            }),
            (None, false) => None,
        };
        let budget = match cell(BUDGET) {
            "" => None,
            text => match number(text) {
                Some(v) if v >= 0.0 => Some(v),
                Some(_) => {
                    problem(BUDGET, "measures-error-negative-budget");
                    None
                }
                None => {
                    problem(BUDGET, "measures-error-not-a-number");
                    None
                }
            },
        };
        let mut day = |i: usize, required: bool| match cell(i) {
            "" => {
                if required {
                    problem(i, "measures-error-required");
                }
                None
            }
            text => date(text).or_else(|| {
                problem(i, "measures-error-not-a-date");
                None
            }),
        };
        let (start, end) = (day(START, true), day(END, true));
        let progress_on = day(PROGRESS_DATE, false);
        if let (Some(start), Some(end)) = (start, end)
            && end < start
        {
            problem(END, "measures-error-end-before-start");
        }
        let status = match cell(STATUS) {
            "" => {
                problem(STATUS, "measures-error-required");
                None
            }
            text => parse_status(text).or_else(|| {
                problem(STATUS, "measures-error-unknown-status");
                None
            }),
        };
        let targets = match parse_targets(cell(TARGETS)) {
            Ok(targets) => {
                if targets.iter().any(|t| !known.subjects.contains(&t.subject)) {
                    problem(TARGETS, "measures-error-unknown-target");
                }
                targets
            }
            Err(()) => {
                problem(TARGETS, "measures-error-bad-targets");
                Vec::new()
            }
        };
        let percent = match cell(PROGRESS_PERCENT) {
            "" => None,
            text => match number(text) {
                Some(v) if (0.0..=100.0).contains(&v) => Some(v),
                Some(_) => {
                    problem(PROGRESS_PERCENT, "measures-error-percent-range");
                    None
                }
                None => {
                    problem(PROGRESS_PERCENT, "measures-error-not-a-number");
                    None
                }
            },
        };
        let note = unprotect(cell(PROGRESS_NOTE));
        match (
            cell(PROGRESS_DATE).is_empty(),
            cell(PROGRESS_PERCENT).is_empty(),
        ) {
            (true, false) => problem(PROGRESS_DATE, "measures-error-progress-incomplete"),
            (false, true) => problem(PROGRESS_PERCENT, "measures-error-progress-incomplete"),
            (true, true) if !note.is_empty() => {
                problem(PROGRESS_DATE, "measures-error-progress-incomplete")
            }
            _ => {}
        }
        if let (Some(on), Some(start)) = (progress_on, start)
            && on < start
        {
            problem(PROGRESS_DATE, "measures-error-progress-before-start");
        }
        let (Some(term), Some(start), Some(end), Some(status)) = (term, start, end, status) else {
            continue;
        };
        if errors.len() > before {
            continue;
        }
        codes.push(code.clone());
        projects.insert(project_code.clone(), project.clone());
        writes.push(MeasureWrite {
            row: MeasureRow {
                code,
                key_project: KeyProject {
                    code: project_code,
                    title_zh: project.0,
                    title_en: project.1,
                },
                title_zh,
                title_en,
                description_zh: unprotect(cell(DESCRIPTION_ZH)),
                description_en: unprotect(cell(DESCRIPTION_EN)),
                term,
                owner,
                budget_cny: budget,
                start,
                end,
                status,
                targets,
            },
            progress: match (progress_on, percent) {
                (Some(on), Some(percent)) => Some(ProgressUpdate { on, percent, note }),
                _ => None,
            },
        });
    }
    if !errors.is_empty() {
        return Err(FileError::Cells(errors));
    }
    if writes.is_empty() {
        return Err(FileError::File(FileProblem::Empty));
    }
    Ok(writes)
}

/// Imports a measures file: measures matched by code are updated, new codes added, and each
/// row's progress update added unless it repeats the latest; all or nothing.
pub fn import_measures(
    store: &mut Store,
    bytes: &[u8],
    at: chrono::NaiveDateTime,
) -> Result<Result<MeasureImportCount, FileError>, UseCaseError> {
    store.require_dialogue()?;
    let table = match read_table(bytes, TableFormat::sniff(bytes)) {
        Ok(table) => table,
        Err(problem) => return Ok(Err(FileError::File(problem))),
    };
    let mut subjects: Vec<String> = store
        .targets()?
        .into_iter()
        .map(|t| t.row.subject)
        .collect();
    subjects.dedup();
    let departments = store
        .measures()?
        .into_iter()
        .filter_map(|m| match m.row.owner {
            Some(MeasureOwner::Department { zh, en }) => Some((m.row.code, zh, en)),
            _ => None,
        })
        .collect();
    let known = Known {
        subjects,
        stakeholders: store.stakeholders()?.iter().map(|s| s.id).collect(),
        departments,
    };
    match read_measures_table(&table, &known) {
        Ok(writes) => Ok(Ok(store.write_measures(&writes, at)?)),
        Err(e) => Ok(Err(e)),
    }
}

/// A number as a file writes it: no trailing `.0`.
fn figure(value: f64) -> String {
    format!("{value}")
}

/// A cell a spreadsheet will not run as a formula.
fn protect(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// The status in a file of the reader's language.
fn status_text(status: MeasureStatus, chinese: bool) -> &'static str {
    if chinese {
        STATUS_ZH
            .iter()
            .find(|(s, _)| *s == status)
            .map_or(status.key(), |(_, zh)| zh)
    } else {
        status.key()
    }
}

fn term_text(term: MeasureTerm, chinese: bool) -> &'static str {
    if chinese {
        TERM_ZH
            .iter()
            .find(|(t, _)| *t == term)
            .map_or(term.key(), |(_, zh)| zh)
    } else {
        term.key()
    }
}

/// The served targets as one cell: `11.6.2=-1.5 µg/m³; 13.2.2=-42000 t CO2/a`.
pub fn targets_text(targets: &[ServedTarget]) -> String {
    targets
        .iter()
        .map(|t| match t.effect_value {
            Some(v) if t.effect_unit.is_empty() => format!("{}={}", t.subject, figure(v)),
            Some(v) => format!("{}={} {}", t.subject, figure(v), t.effect_unit),
            None => t.subject.clone(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// One row per measure with its latest progress update, as CSV in UTF-8 with a BOM (Excel and
/// WPS open it as such); headers, statuses and terms in Chinese when `chinese`.
pub fn export_measures_csv(measures: &[StoredMeasure], chinese: bool) -> Vec<u8> {
    let mut out = String::from("\u{feff}");
    let mut headers: Vec<&str> = COLUMNS
        .iter()
        .map(|(en, zh)| if chinese { *zh } else { *en })
        .collect();
    let (en, zh) = DEPARTMENT_EN;
    headers.insert(OWNER_DEPARTMENT + 1, if chinese { zh } else { en });
    out.push_str(&headers.join(","));
    out.push_str("\r\n");
    for m in measures {
        let row = &m.row;
        let latest = m.latest_progress();
        let (stakeholder, department_zh, department_en) = match &row.owner {
            Some(MeasureOwner::Stakeholder(id)) => (id.to_string(), "", ""),
            Some(MeasureOwner::Department { zh, en }) => (String::new(), zh.as_str(), en.as_str()),
            None => (String::new(), "", ""),
        };
        let cells = [
            protect(&row.code),
            protect(&row.key_project.code),
            protect(&row.key_project.title_zh),
            protect(&row.key_project.title_en),
            protect(&row.title_zh),
            protect(&row.title_en),
            protect(&row.description_zh),
            protect(&row.description_en),
            term_text(row.term, chinese).to_owned(),
            stakeholder,
            protect(department_zh),
            protect(department_en),
            row.budget_cny.map(figure).unwrap_or_default(),
            row.start.to_string(),
            row.end.to_string(),
            status_text(row.status, chinese).to_owned(),
            protect(&targets_text(&row.targets)),
            latest.map(|p| p.on.to_string()).unwrap_or_default(),
            latest.map(|p| figure(p.percent)).unwrap_or_default(),
            latest.map(|p| protect(&p.note)).unwrap_or_default(),
        ];
        out.push_str(
            &cells
                .iter()
                .map(|c| csv_field(c))
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push_str("\r\n");
    }
    out.into_bytes()
}

/// The status's words in the reader's language.
pub fn status_label(status: MeasureStatus, i18n: &I18n) -> String {
    i18n.msg(&format!("measures-status-{}", status.key()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_cells_read_back_what_they_write() {
        let targets =
            parse_targets("11.6.2=-1.5 µg/m³；13.2.2 = -42000 t CO2/a; 7.2.1").expect("targets");
        assert_eq!(
            targets_text(&targets),
            "11.6.2=-1.5 µg/m³; 13.2.2=-42000 t CO2/a; 7.2.1"
        );
        assert!(parse_targets("11.6.2=lots").is_err());
        assert_eq!(date("2026年3月1日"), NaiveDate::from_ymd_opt(2026, 3, 1));
        assert_eq!(date("46082"), NaiveDate::from_ymd_opt(2026, 3, 1));
        assert_eq!(parse_status("On time"), Some(MeasureStatus::OnTime));
        assert_eq!(parse_status("已推迟"), Some(MeasureStatus::Postponed));
    }
}
