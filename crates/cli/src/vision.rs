//! `concord vision …`: show a version with its checklist, bring in a new version from two text
//! files, compare two versions, propose and settle amendments, adopt a version by a question.

use std::path::{Path, PathBuf};

use chrono::{NaiveDateTime, Timelike};
use clap::{Subcommand, ValueEnum};
use concord_i18n::{FluentValue, I18n};
use concord_store::{NewAmendment, Store, StoredAmendment, StoredVersion};
use concord_vision::{Language, Op, Presence, Saved, SectionKind, Version};
use serde_json::{Value, json};

use crate::error::CliError;

#[derive(Debug, Subcommand)]
pub enum VisionCommand {
    /// A version's sections and paragraphs (with their ids), its checklist and every version
    Show {
        /// The version [default: the latest]
        #[arg(long, value_name = "N")]
        version: Option<u32>,
        #[arg(long)]
        json: bool,
    },
    /// A new draft from a Chinese and an English UTF-8 text, paragraphs separated by blank lines
    NewVersion {
        #[arg(long, value_name = "FILE")]
        zh: PathBuf,
        #[arg(long, value_name = "FILE")]
        en: PathBuf,
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
    },
    /// The changes from one version to another in one language, paragraph by paragraph
    Diff {
        #[arg(long, value_name = "N")]
        from: u32,
        #[arg(long, value_name = "M")]
        to: u32,
        #[arg(long, value_enum, value_name = "en|zh-CN")]
        lang: DiffLanguage,
        #[arg(long)]
        json: bool,
    },
    /// A stakeholder proposes a new text for one paragraph of a draft
    #[command(group = clap::ArgGroup::new("text").args(["zh", "en"]).multiple(true).required(true))]
    Amend {
        /// The paragraph's id, as `vision show` lists it
        #[arg(long, value_name = "ID")]
        paragraph: i64,
        /// The stakeholder's id in the register
        #[arg(long, value_name = "STAKEHOLDER")]
        by: i64,
        #[arg(long, value_name = "TEXT")]
        zh: Option<String>,
        #[arg(long, value_name = "TEXT")]
        en: Option<String>,
        #[arg(long, value_name = "TEXT")]
        reason: String,
    },
    /// Settle an amendment by a decided question, or accept it as an editorial correction
    #[command(group = clap::ArgGroup::new("how").args(["question", "editorial"]).required(true))]
    Settle {
        #[arg(long, value_name = "ID")]
        amendment: i64,
        #[arg(long, value_name = "Q")]
        question: Option<i64>,
        /// The focal point's reason: a correction that changes no meaning
        #[arg(long, value_name = "REASON")]
        editorial: Option<String>,
    },
    /// Adopt a version by the decided question whose outcome adopted it; it is frozen then
    Adopt {
        #[arg(long, value_name = "N")]
        version: u32,
        #[arg(long, value_name = "Q")]
        question: i64,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffLanguage {
    En,
    #[value(name = "zh-CN", alias = "zh")]
    ZhCn,
}

fn now() -> NaiveDateTime {
    let now = chrono::Local::now().naive_local();
    now.with_nanosecond(0).unwrap_or(now)
}

fn to_json(value: &Value) -> Result<String, CliError> {
    serde_json::to_string_pretty(value)
        .map_err(|e| CliError::Store(concord_store::StoreError::Corrupt(e.to_string())))
}

pub fn run(store: &mut Store, command: VisionCommand, i18n: &I18n) -> Result<String, CliError> {
    match command {
        VisionCommand::Show { version, json } => show(store, version, json, i18n),
        VisionCommand::NewVersion { zh, en, note } => {
            new_version(store, &zh, &en, note.unwrap_or_default(), i18n)
        }
        VisionCommand::Diff {
            from,
            to,
            lang,
            json,
        } => diff(store, from, to, lang, json, i18n),
        VisionCommand::Amend {
            paragraph,
            by,
            zh,
            en,
            reason,
        } => {
            let stored = store.propose_vision_amendment(
                &NewAmendment {
                    paragraph_id: paragraph,
                    proposed_by: by,
                    text_zh: zh,
                    text_en: en,
                    reason,
                },
                now(),
            )?;
            Ok(i18n.fmt(
                "vision-cli-amendment-proposed",
                &[
                    ("id", FluentValue::from(stored.amendment.id)),
                    ("paragraph", FluentValue::from(stored.paragraph_id)),
                    ("version", FluentValue::from(stored.amendment.version)),
                ],
            ))
        }
        VisionCommand::Settle {
            amendment,
            question,
            editorial,
        } => {
            let stored = match (question, editorial) {
                (Some(question), _) => {
                    store.settle_vision_amendment_by_question(amendment, question, now())?
                }
                (None, reason) => store.settle_vision_amendment_editorially(
                    amendment,
                    reason.as_deref().unwrap_or_default(),
                    now(),
                )?,
            };
            Ok(i18n.fmt(
                "vision-cli-amendment-settled",
                &[
                    ("id", FluentValue::from(stored.amendment.id)),
                    ("status", FluentValue::from(stored.status.key())),
                ],
            ))
        }
        VisionCommand::Adopt { version, question } => {
            let adopted = store.adopt_vision_version(version, question, now())?;
            Ok(i18n.fmt(
                "vision-cli-adopted",
                &[
                    ("number", FluentValue::from(adopted.version.number)),
                    ("question", FluentValue::from(question)),
                ],
            ))
        }
    }
}

/// Reads a text file that must be UTF-8; any other encoding is named with the file.
fn read_utf8(path: &Path) -> Result<String, CliError> {
    let bytes = std::fs::read(path).map_err(|source| CliError::Read {
        path: path.to_owned(),
        source,
    })?;
    String::from_utf8(bytes).map_err(|_| CliError::NotUtf8 {
        path: path.to_owned(),
    })
}

fn new_version(
    store: &mut Store,
    zh: &Path,
    en: &Path,
    note: String,
    i18n: &I18n,
) -> Result<String, CliError> {
    let zh_text = read_utf8(zh)?;
    let en_text = read_utf8(en)?;
    store.require_dialogue()?;
    let paragraphs =
        concord_vision::parse_bilingual(&zh_text, &en_text).map_err(CliError::VisionInput)?;
    let count = paragraphs.len();
    let stored = store.new_vision_version_from_texts(
        paragraphs,
        Saved {
            by: concord_store::audit::default_actor(),
            at: now(),
            note,
        },
    )?;
    Ok(i18n.fmt(
        "vision-cli-version-saved",
        &[
            ("number", FluentValue::from(stored.version.number)),
            ("paragraphs", FluentValue::from(count)),
        ],
    ))
}

fn state_name(version: &Version, i18n: &I18n) -> String {
    i18n.fmt(
        "vision-cli-state",
        &[("state", FluentValue::from(version.state.key()))],
    )
}

fn section_key(kind: &SectionKind) -> &'static str {
    match kind {
        SectionKind::Purpose => "purpose",
        SectionKind::CoreValues => "core-values",
        SectionKind::LongTermGoals => "long-term-goals",
        SectionKind::Sdgs => "sdgs",
        SectionKind::Commitments => "commitments",
        SectionKind::Free { .. } => "free",
    }
}

fn section_title(kind: &SectionKind, i18n: &I18n) -> String {
    match kind {
        SectionKind::Free { title_zh, title_en } => match i18n.locale().tag() {
            "zh-CN" if !title_zh.is_empty() => title_zh.clone(),
            _ if !title_en.is_empty() => title_en.clone(),
            _ => title_zh.clone(),
        },
        kind => i18n.fmt(
            "vision-cli-section",
            &[("kind", FluentValue::from(section_key(kind)))],
        ),
    }
}

fn checklist(version: &Version, i18n: &I18n) -> Vec<(concord_vision::CheckItem, String)> {
    concord_vision::check(version)
        .into_iter()
        .map(|item| {
            let args: Vec<(&str, FluentValue<'_>)> = item
                .figures
                .iter()
                .map(|f| (f.name, FluentValue::from(f.value)))
                .collect();
            let message = i18n.fmt(item.message_id, &args);
            (item, message)
        })
        .collect()
}

fn amendment_json(a: &StoredAmendment) -> Value {
    json!({
        "id": a.amendment.id,
        "paragraph": a.paragraph_id,
        "key": a.amendment.paragraph.0,
        "version": a.amendment.version,
        "proposedBy": a.amendment.proposed_by,
        "proposedAt": a.amendment.proposed_at,
        "textZh": a.amendment.text_zh,
        "textEn": a.amendment.text_en,
        "reason": a.amendment.reason,
        "status": a.status.key(),
        "settlement": a.amendment.settlement,
    })
}

fn show(store: &Store, number: Option<u32>, json: bool, i18n: &I18n) -> Result<String, CliError> {
    store.require_dialogue()?;
    let versions = store.vision_versions()?;
    let shown: StoredVersion = store.vision_version(number)?;
    let version = &shown.version;
    let items = checklist(version, i18n);
    let amendments: Vec<StoredAmendment> = store
        .vision_amendments()?
        .into_iter()
        .filter(|a| a.amendment.version == version.number)
        .collect();
    if json {
        let paragraphs: Vec<Value> = version
            .sections
            .iter()
            .flat_map(|section| {
                let shown = &shown;
                section.paragraphs.iter().map(move |p| {
                    json!({
                        "id": shown.paragraph_id(p.key),
                        "key": p.key.0,
                        "section": section_key(&section.kind),
                        "textZh": p.text_zh,
                        "textEn": p.text_en,
                        "notYetTranslated": p.not_yet_translated,
                    })
                })
            })
            .collect();
        let checks: serde_json::Map<String, Value> = items
            .iter()
            .map(|(item, message)| {
                let figures: serde_json::Map<String, Value> = item
                    .figures
                    .iter()
                    .map(|f| (f.name.to_owned(), json!(f.value)))
                    .collect();
                let id = serde_json::to_value(item.id)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default();
                (
                    id,
                    json!({"passed": item.passed, "figures": figures, "message": message}),
                )
            })
            .collect();
        let value = json!({
            "versions": versions.iter().map(|v| json!({
                "number": v.version.number,
                "state": v.version.state.key(),
                "savedBy": v.version.saved.by,
                "savedAt": v.version.saved.at,
                "note": v.version.saved.note,
                "paragraphs": v.paragraph_ids.len(),
                "adoption": v.adoption,
            })).collect::<Vec<_>>(),
            "version": version.number,
            "state": version.state.key(),
            "neutralityYear": version.neutrality_year,
            "sdgs": version.sdgs,
            "sections": version.sections.iter().map(|s| json!({
                "kind": section_key(&s.kind),
                "title": section_title(&s.kind, i18n),
                "paragraphs": s.paragraphs.iter().map(|p| shown.paragraph_id(p.key)).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
            "paragraphs": paragraphs,
            "checklist": checks,
            "amendments": amendments.iter().map(amendment_json).collect::<Vec<_>>(),
        });
        return to_json(&value);
    }
    let mut out = vec![i18n.fmt(
        "vision-cli-version-heading",
        &[
            ("number", FluentValue::from(version.number)),
            ("state", FluentValue::from(state_name(version, i18n))),
            ("by", FluentValue::from(version.saved.by.clone())),
            ("date", FluentValue::from(i18n.datetime(version.saved.at))),
        ],
    )];
    if !version.saved.note.is_empty() {
        out.push(version.saved.note.clone());
    }
    let zh_first = i18n.locale().tag() == "zh-CN";
    for section in &version.sections {
        out.push(String::new());
        out.push(format!("## {}", section_title(&section.kind, i18n)));
        for p in &section.paragraphs {
            let id = shown.paragraph_id(p.key).unwrap_or_default();
            let (first, second) = if zh_first {
                (&p.text_zh, &p.text_en)
            } else {
                (&p.text_en, &p.text_zh)
            };
            let mark = if p.not_yet_translated {
                format!(" ({})", i18n.msg("vision-cli-not-yet-translated"))
            } else {
                String::new()
            };
            out.push(format!("[{id}]{mark} {first}"));
            if !second.is_empty() {
                out.push(format!("    {second}"));
            }
        }
    }
    out.push(String::new());
    out.push(i18n.msg("vision-cli-checklist"));
    for (item, message) in &items {
        out.push(format!(
            "  {} {message}",
            if item.passed { "✓" } else { "!" }
        ));
    }
    if !amendments.is_empty() {
        out.push(String::new());
        out.push(i18n.msg("vision-cli-amendments"));
        for a in &amendments {
            out.push(i18n.fmt(
                "vision-cli-amendment-line",
                &[
                    ("id", FluentValue::from(a.amendment.id)),
                    ("paragraph", FluentValue::from(a.paragraph_id)),
                    ("status", FluentValue::from(a.status.key())),
                    ("reason", FluentValue::from(a.amendment.reason.clone())),
                ],
            ));
        }
    }
    out.push(String::new());
    out.push(i18n.msg("vision-cli-versions"));
    for v in &versions {
        out.push(format!(
            "  {} {}",
            v.version.number,
            state_name(&v.version, i18n)
        ));
    }
    Ok(out.join("\n"))
}

fn diff(
    store: &Store,
    from: u32,
    to: u32,
    lang: DiffLanguage,
    json: bool,
    i18n: &I18n,
) -> Result<String, CliError> {
    store.require_dialogue()?;
    let old = store.vision_version(Some(from))?;
    let new = store.vision_version(Some(to))?;
    let language = match lang {
        DiffLanguage::En => Language::English,
        DiffLanguage::ZhCn => Language::Chinese,
    };
    let diffs = concord_vision::diff_versions(&old.version, &new.version, language);
    let id_of = |d: &concord_vision::ParagraphDiff| match d.presence {
        Presence::Removed => old.paragraph_id(d.key),
        _ => new.paragraph_id(d.key),
    };
    if json {
        let value: Vec<Value> = diffs
            .iter()
            .map(|d| {
                json!({
                    "paragraph": id_of(d),
                    "key": d.key.0,
                    "presence": d.presence,
                    "spans": d.spans,
                })
            })
            .collect();
        return to_json(&Value::Array(value));
    }
    let changed: Vec<_> = diffs
        .iter()
        .filter(|d| d.presence != Presence::Kept || d.spans.iter().any(|s| s.op != Op::Equal))
        .collect();
    let mut out = vec![i18n.fmt(
        "vision-cli-diff-summary",
        &[
            ("from", FluentValue::from(from)),
            ("to", FluentValue::from(to)),
            ("changed", FluentValue::from(changed.len())),
            ("paragraphs", FluentValue::from(diffs.len())),
        ],
    )];
    for d in changed {
        out.push(String::new());
        out.push(i18n.fmt(
            "vision-cli-diff-paragraph",
            &[
                ("id", FluentValue::from(id_of(d).unwrap_or_default())),
                (
                    "presence",
                    FluentValue::from(match d.presence {
                        Presence::Kept => "kept",
                        Presence::Added => "added",
                        Presence::Removed => "removed",
                    }),
                ),
            ],
        ));
        // Marked by more than colour: [+inserted+] and [-deleted-], as wdiff does.
        let text: String = d
            .spans
            .iter()
            .map(|s| match s.op {
                Op::Equal => s.text.clone(),
                Op::Insert => format!("[+{}+]", s.text),
                Op::Delete => format!("[-{}-]", s.text),
            })
            .collect();
        out.push(text);
    }
    Ok(out.join("\n"))
}

/// `concord export vision`: the vision declaration of one version.
#[derive(Debug, clap::Args)]
pub struct ExportVisionArgs {
    /// The version: its number, or `adopted` for the version adopted now
    #[arg(long, value_name = "N|adopted", default_value = "adopted")]
    pub version: VersionArg,
    /// Language of the document
    #[arg(long, value_enum, default_value = "bilingual")]
    pub lang: crate::args::DocLanguage,
    /// The PDF file to write
    #[arg(long, value_name = "FILE.pdf")]
    pub out: PathBuf,
    /// Sign the PDF digitally (PAdES); the certificate's fingerprint is printed in the footer
    #[arg(long)]
    pub sign: bool,
    /// Who signs digitally with --sign
    #[arg(long, value_enum, default_value = "focal-point", requires = "sign")]
    pub signer: crate::signing::SignerRole,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VersionArg(pub concord_usecases::vision::VersionChoice);

impl std::str::FromStr for VersionArg {
    type Err = String;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        use concord_usecases::vision::VersionChoice;
        if value.eq_ignore_ascii_case("adopted") {
            return Ok(VersionArg(VersionChoice::Adopted));
        }
        value
            .parse::<u32>()
            .ok()
            .filter(|n| *n > 0)
            .map(|n| VersionArg(VersionChoice::Number(n)))
            .ok_or_else(|| format!("`{value}` is neither a version number nor `adopted`"))
    }
}

pub fn export(
    store: &Store,
    db: &Path,
    args: &ExportVisionArgs,
    i18n: &I18n,
) -> Result<String, CliError> {
    use crate::args::DocLanguage;
    use concord_usecases::Language as DocumentLanguage;
    let language = match args.lang {
        DocLanguage::En => DocumentLanguage::En,
        DocLanguage::ZhCn => DocumentLanguage::ZhCn,
        DocLanguage::Bilingual => DocumentLanguage::Bilingual,
    };
    let now = chrono::Local::now().fixed_offset();
    let signer = args.sign.then(|| args.signer.city());
    let pdf =
        concord_usecases::vision::export_vision(store, db, args.version.0, language, signer, now)?;
    crate::commands::write_atomically(&args.out, &pdf.bytes)?;
    Ok(i18n.fmt(
        "cli-exported",
        &[
            ("path", FluentValue::from(args.out.display().to_string())),
            ("pages", FluentValue::from(pdf.pages)),
            ("kilobytes", FluentValue::from(pdf.kilobytes())),
        ],
    ))
}
