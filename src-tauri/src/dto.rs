//! What crosses into the web view, besides the domain types themselves.

use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    /// `en` or `zh-CN`.
    pub locale: String,
    pub has_dialogue: bool,
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
    use concord_domain::{DecisionRule, Dialogue, FocalPoint, HighLevelRepresentative, RuleKind};
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
    ];
    let mut out = String::from(
        "// Generated from the Rust types by `cargo test -p concord-app --test bindings`. Do not edit.\n",
    );
    for decl in decls {
        out.push_str("export ");
        out.push_str(&decl);
        out.push('\n');
    }
    out
}
