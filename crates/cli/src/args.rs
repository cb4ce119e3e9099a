//! The command line's shape.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "concord",
    version,
    about = "Concord (共识): multistakeholder dialogues, offline and bilingual"
)]
pub struct Cli {
    /// The database file [default: ~/.local/share/concord/concord.db]
    #[arg(long, global = true, env = "CONCORD_DB", value_name = "FILE")]
    pub db: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the demo dialogue (Weinan ⇄ Reggio Emilia) in an empty database
    Demo {
        /// Day of the demo plenary, YYYY-MM-DD [default: today]
        #[arg(long, value_name = "DATE")]
        date: Option<chrono::NaiveDate>,
    },
    /// Export a document as PDF, or the register as CSV
    Export {
        #[command(subcommand)]
        document: ExportCommand,
        /// Document style, instead of the dialogue's: modern, or official (GB/T 9704: 仿宋 is
        /// not available openly, the body is set in a serif face)
        #[arg(long, value_enum, global = true)]
        style: Option<StyleArg>,
    },
    /// Import data from a file
    Import {
        #[command(subcommand)]
        what: ImportCommand,
    },
    /// Meetings: list them, open, close, approve the minutes, add an addendum
    Meeting {
        #[command(subcommand)]
        what: crate::meetings::MeetingCommand,
    },
    /// The SDG indicators and the city's values: list, import from CSV or .xlsx, export
    Indicators {
        #[command(subcommand)]
        what: crate::deficits::IndicatorsCommand,
    },
    /// The Disaster Resilience Scorecard with the latest workshop's scores
    Scorecard {
        #[command(subcommand)]
        what: ScorecardCommand,
    },
    /// Flagged deficits: the latest value on the wrong side of its benchmark, with the gap
    Deficits {
        #[arg(long)]
        json: bool,
    },
    /// A consensus question's rounds and outcome, or every question of a meeting
    #[command(group = clap::ArgGroup::new("which").args(["question", "meeting"]))]
    Tally {
        /// The question [default: every question of the latest meeting]
        #[arg(long, value_name = "ID")]
        question: Option<i64>,
        /// Every question of this meeting
        #[arg(long, value_name = "ID")]
        meeting: Option<i64>,
        /// Print JSON (the question with its rounds, positions, rule and state)
        #[arg(long)]
        json: bool,
    },
    /// Targets for 2030 and mid-century: import proposals, list, adopt
    Targets {
        #[command(subcommand)]
        what: crate::targets::TargetsCommand,
    },
    /// The targets pledge's drawn signatures: sign with strokes from a file, list
    Pledge {
        #[command(subcommand)]
        what: crate::pledge_sign::PledgeCommand,
    },
    /// The Local Action Plan's measures and their statuses: import, export, list
    Measures {
        #[command(subcommand)]
        what: crate::measures::MeasuresCommand,
    },
    /// Progress against every target, judged on the stored values (Statistics Canada's method)
    Progress {
        /// Judge on the values up to this year [default: all]
        #[arg(long, value_name = "YYYY")]
        year: Option<i32>,
        /// Print JSON (the only output there is)
        #[arg(long)]
        json: bool,
    },
    /// Scenarios: import, show, list, copy, adopt
    Bau {
        #[command(subcommand)]
        what: crate::bau::BauCommand,
    },
    /// The Vision: show, new version from two texts, diff, amend, settle, adopt
    Vision {
        #[command(subcommand)]
        what: crate::vision::VisionCommand,
    },
    /// Measure the export on fixed content (for docs/benchmarks.md)
    Bench {
        #[command(subcommand)]
        what: BenchCommand,
    },
    #[command(flatten)]
    Safety(crate::safety::SafetyCommand),
    #[command(flatten)]
    Signing(crate::signing::SigningCommand),
}

#[derive(Debug, Subcommand)]
pub enum BenchCommand {
    /// Load fixed minutes content into a fresh in-memory database and time its export
    Minutes {
        /// The content file (see shared/bench/README.md)
        #[arg(long, value_name = "FILE.json")]
        content: PathBuf,
        #[arg(long, value_enum, default_value = "bilingual")]
        lang: DocLanguage,
        /// Where to write the last export, to look at it
        #[arg(long, value_name = "FILE.pdf")]
        out: Option<PathBuf>,
        /// How many exports to time; the median is printed
        #[arg(long, default_value_t = 7)]
        runs: usize,
    },
}

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Stakeholders from a CSV file (UTF-8, UTF-8 with BOM or GB18030) or .xlsx; English or Chinese headers
    Stakeholders {
        /// The file to read, CSV or .xlsx (told apart by its content, not its name)
        #[arg(long, visible_alias = "xlsx", value_name = "FILE.csv|FILE.xlsx")]
        csv: PathBuf,
        /// Check the file and report what would happen, without writing anything
        #[arg(long)]
        dry_run: bool,
        /// What to do with people already in the register (same e-mail, or same name and organisation)
        #[arg(long, value_enum, value_name = "skip|update")]
        on_duplicate: Option<OnDuplicateArg>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ScorecardCommand {
    /// Essentials, questions (P1.1 … P10.2), scores, totals and the level's maximum
    Show {
        #[arg(long)]
        json: bool,
        /// Also the scored workshop before the latest: per essential, both totals and the change
        #[arg(long)]
        compare: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnDuplicateArg {
    Skip,
    Update,
}

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// The minutes of a meeting
    Minutes {
        /// Meeting id, or `latest`
        #[arg(long, default_value = "latest", value_name = "ID|latest")]
        meeting: MeetingRef,
        /// Language of the document
        #[arg(long, value_enum, default_value = "bilingual")]
        lang: DocLanguage,
        /// The PDF file to write
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
    },
    /// The Deficits report: indicators against benchmarks, the scorecard, the ranked deficits
    Deficits {
        /// Language of the document
        #[arg(long, value_enum, default_value = "bilingual")]
        lang: DocLanguage,
        /// The PDF file to write
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
    },
    /// The stakeholder register as CSV (UTF-8 with BOM; only people who consented)
    Stakeholders {
        /// The CSV file to write
        #[arg(long, value_name = "FILE.csv")]
        out: PathBuf,
    },
    /// A declaration: the CNSC membership declaration filled from the focal point, or another
    Declaration(crate::declarations::DeclarationArgs),
    /// The progress report: every target's status by Statistics Canada's method, with charts
    Progress {
        /// Judge on the values up to this year [default: all]
        #[arg(long, value_name = "YYYY")]
        year: Option<i32>,
        /// Language of the document
        #[arg(long, value_enum, default_value = "bilingual")]
        lang: DocLanguage,
        /// The PDF file to write
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
        /// Sign the report digitally for the city (PAdES)
        #[arg(long)]
        sign: bool,
        /// Who signs digitally with --sign
        #[arg(long, value_enum, default_value = "focal-point", requires = "sign")]
        signer: crate::signing::SignerRole,
    },
    /// The report of a BAU scenario: assumptions, charts, milestones, goals, Kaya
    Bau {
        /// The scenario [default: the BAU]
        #[arg(long, value_name = "NAME")]
        scenario: Option<String>,
        /// Language of the document
        #[arg(long, value_enum, default_value = "bilingual")]
        lang: DocLanguage,
        /// The PDF file to write
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
    },
    /// The vision declaration: one version of the Vision, adopted or marked DRAFT on every page
    Vision(crate::vision::ExportVisionArgs),
    /// The targets pledge: the adopted targets for 2030 and mid-century, or the proposals marked DRAFT
    Pledge(crate::plan_exports::PledgeArgs),
    /// The Local Action Plan: key projects and measures, roadmap, institutions, decision rule
    ActionPlan(crate::plan_exports::ActionPlanArgs),
    /// The city's signing certificate (PEM), for partners to import and check signatures
    Certificate {
        /// The PEM file to write
        #[arg(long, value_name = "FILE.pem")]
        out: PathBuf,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StyleArg {
    Modern,
    Official,
}

impl From<StyleArg> for concord_usecases::document_style::DocStyle {
    fn from(style: StyleArg) -> Self {
        match style {
            StyleArg::Modern => Self::Modern,
            StyleArg::Official => Self::Official,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DocLanguage {
    En,
    #[value(name = "zh-CN", alias = "zh")]
    ZhCn,
    Bilingual,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeetingRef {
    Latest,
    Id(i64),
}

impl std::str::FromStr for MeetingRef {
    type Err = String;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        if value.eq_ignore_ascii_case("latest") {
            return Ok(MeetingRef::Latest);
        }
        value
            .parse::<i64>()
            .ok()
            .filter(|id| *id > 0)
            .map(MeetingRef::Id)
            .ok_or_else(|| format!("`{value}` is neither a meeting id nor `latest`"))
    }
}
