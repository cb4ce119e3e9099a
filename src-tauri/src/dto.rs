//! What crosses into the web view, besides the domain types themselves.

use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    /// `en` or `zh-CN`.
    pub locale: String,
    pub has_dialogue: bool,
    /// True while the demo's own database is open (the person's dialogue is untouched).
    pub demo: bool,
    pub data_path: String,
    pub version: String,
}

/// Every failed command rejects with this; `message` is already in the user's language.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ApiError {
    pub code: String,
    pub message: String,
    pub fields: Vec<FieldMessage>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FieldMessage {
    /// Path of the field, e.g. `focalPoint.email`.
    pub field: String,
    pub message: String,
}

/// The TypeScript declarations of every type the UI receives or sends, in a stable order.
pub fn typescript_bindings() -> String {
    use crate::commands_register::{DuplicateChoice, ImportOutcome, ImportPreview, PreviewRow};
    use concord_domain::inclusiveness::{GroupCount, VoteShare};
    use concord_domain::{
        DecisionRule, Dialogue, DisadvantagedGroup, FocalPoint, HelixGroup,
        HighLevelRepresentative, Inclusiveness, Role, RuleKind, Sector, Stakeholder,
        StakeholderDraft, StakeholderQuery, StakeholderSort, Status,
    };
    let cfg = ts_rs::Config::default();
    let decls = [
        AppInfo::decl(&cfg),
        ApiError::decl(&cfg),
        FieldMessage::decl(&cfg),
        Dialogue::decl(&cfg),
        FocalPoint::decl(&cfg),
        HighLevelRepresentative::decl(&cfg),
        DecisionRule::decl(&cfg),
        RuleKind::decl(&cfg),
        Sector::decl(&cfg),
        HelixGroup::decl(&cfg),
        Role::decl(&cfg),
        DisadvantagedGroup::decl(&cfg),
        Status::decl(&cfg),
        Stakeholder::decl(&cfg),
        StakeholderDraft::decl(&cfg),
        StakeholderQuery::decl(&cfg),
        StakeholderSort::decl(&cfg),
        Inclusiveness::decl(&cfg),
        GroupCount::decl(&cfg),
        VoteShare::decl(&cfg),
        DuplicateChoice::decl(&cfg),
        ImportPreview::decl(&cfg),
        PreviewRow::decl(&cfg),
        ImportOutcome::decl(&cfg),
        crate::commands::DocumentStyle::decl(&cfg),
    ];
    let mut out = String::from(
        "// Generated from the Rust types by `cargo test -p concord-app --test bindings`. Do not edit.\n",
    );
    for decl in decls
        .into_iter()
        .chain(crate::safety::typescript_decls(&cfg))
        .chain(crate::commands_meetings::typescript_decls(&cfg))
        .chain(crate::projector::typescript_decls(&cfg))
        .chain(crate::commands_questions::typescript_decls(&cfg))
        .chain(crate::commands_declarations::typescript_decls(&cfg))
        .chain(crate::commands_bau::typescript_decls(&cfg))
        .chain(crate::commands_vision::typescript_decls(&cfg))
        .chain(crate::commands_targets::typescript_decls(&cfg))
        .chain(crate::commands_measures::typescript_decls(&cfg))
        .chain(crate::commands_deficits::typescript_decls(&cfg))
    {
        out.push_str("export ");
        out.push_str(&decl);
        out.push('\n');
    }
    out
}
