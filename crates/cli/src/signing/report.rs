//! What `concord verify` prints: the trusted authorities, one block per signature (who, when,
//! which certificate, whether it verifies and is trusted, what it covers) and the revisions
//! after the first signature with what each one changed.

use std::path::Path;

use concord_i18n::{FluentValue, I18n};
use concord_usecases::signing::{
    AuthorityOrigin, ContentChange, Distrust, DocumentReport, Fingerprint, ObjectRole,
    RevisionReport, SignatureReport, SignatureStatus, Trust, TrustedAuthorities,
};

/// The whole report, blocks separated by an empty line.
pub(super) fn render(
    document: &DocumentReport,
    trusted: &TrustedAuthorities,
    city_ca: &Path,
    i18n: &I18n,
) -> String {
    let mut blocks = vec![authorities(trusted, city_ca, i18n)];
    for (i, signature) in document.signatures.iter().enumerate() {
        let changed_after: Vec<String> = document
            .changed_after(i)
            .iter()
            .map(|r| r.number.to_string())
            .collect();
        let mut block = signature_block(i + 1, signature, trusted, i18n);
        if !changed_after.is_empty() {
            block.push('\n');
            block.push_str(&i18n.fmt(
                "signing-trust-changed-after",
                &[("revisions", FluentValue::from(changed_after.join(", ")))],
            ));
        }
        blocks.push(block);
    }
    if !document.revisions.is_empty() {
        let mut lines = vec![i18n.msg("signing-trust-revisions")];
        lines.extend(document.revisions.iter().map(|r| revision_line(r, i18n)));
        blocks.push(lines.join("\n"));
    }
    blocks.join("\n\n")
}

fn authorities(trusted: &TrustedAuthorities, city_ca: &Path, i18n: &I18n) -> String {
    let mut lines = vec![i18n.msg("signing-trust-authorities")];
    if trusted.authorities().is_empty() {
        lines.push(i18n.fmt(
            "signing-trust-authorities-none",
            &[("path", FluentValue::from(city_ca.display().to_string()))],
        ));
    }
    for authority in trusted.authorities() {
        let id = match authority.origin {
            AuthorityOrigin::City => "signing-trust-authority-city",
            AuthorityOrigin::Partner => "signing-trust-authority-partner",
        };
        lines.push(i18n.fmt(
            id,
            &[
                ("name", FluentValue::from(authority.name.clone())),
                (
                    "fingerprint",
                    FluentValue::from(authority.fingerprint.colon_hex()),
                ),
                (
                    "path",
                    FluentValue::from(authority.source.display().to_string()),
                ),
            ],
        ));
    }
    lines.join("\n")
}

/// `city CA “Weinan 渭南 Concord CA” AB:CD…`, every trusted authority on one line.
fn authority_list(trusted: &TrustedAuthorities, i18n: &I18n) -> String {
    let names: Vec<String> = trusted
        .authorities()
        .iter()
        .map(|a| format!("“{}” {}", a.name, a.fingerprint.colon_hex()))
        .collect();
    if names.is_empty() {
        i18n.msg("signing-trust-none")
    } else {
        names.join("; ")
    }
}

fn signature_block(
    number: usize,
    report: &SignatureReport,
    trusted: &TrustedAuthorities,
    i18n: &I18n,
) -> String {
    let unknown = || i18n.msg("signing-unknown");
    let text = |value: Option<String>| FluentValue::from(value.unwrap_or_else(unknown));
    let [_, b, c, d] = report.byte_range;
    let lines = [
        i18n.fmt(
            "signing-report-title",
            &[("number", FluentValue::from(number))],
        ),
        i18n.fmt(
            "signing-report-signer",
            &[("name", text(report.signer.clone()))],
        ),
        i18n.fmt(
            "signing-report-issuer",
            &[("name", text(report.issuer.clone()))],
        ),
        i18n.fmt(
            "signing-report-time",
            &[(
                "time",
                text(
                    report
                        .signing_time
                        .map(|t| t.format("%Y-%m-%d %H:%M:%S %:z").to_string()),
                ),
            )],
        ),
        i18n.fmt(
            "signing-report-fingerprint",
            &[(
                "fingerprint",
                text(report.fingerprint.map(|f| f.colon_hex())),
            )],
        ),
        i18n.fmt(
            "signing-report-format",
            &[("format", text(report.sub_filter.clone()))],
        ),
        i18n.fmt(
            "signing-report-status",
            &[("status", FluentValue::from(status(&report.status, i18n)))],
        ),
        i18n.fmt(
            "signing-report-range",
            &[
                ("end1", FluentValue::from(b)),
                ("start2", FluentValue::from(c)),
                ("end2", FluentValue::from(c + d)),
            ],
        ),
        i18n.fmt(
            "signing-report-coverage",
            &[("coverage", FluentValue::from(coverage(report, i18n)))],
        ),
        i18n.fmt(
            "signing-trust-report",
            &[(
                "trust",
                FluentValue::from(trust(&report.trust, trusted, i18n)),
            )],
        ),
    ];
    lines.join("\n")
}

fn status(status: &SignatureStatus, i18n: &I18n) -> String {
    match status {
        SignatureStatus::Valid => i18n.msg("signing-status-valid"),
        SignatureStatus::DigestMismatch => i18n.msg("signing-status-changed"),
        SignatureStatus::BadSignature => i18n.msg("signing-status-bad-signature"),
        SignatureStatus::Malformed(reason) => i18n.fmt(
            "signing-status-malformed",
            &[("reason", FluentValue::from(reason.clone()))],
        ),
        SignatureStatus::Unsupported(what) => i18n.fmt(
            "signing-status-unsupported",
            &[("what", FluentValue::from(what.clone()))],
        ),
    }
}

fn coverage(report: &SignatureReport, i18n: &I18n) -> String {
    if !report.covers_revision {
        i18n.msg("signing-coverage-broken")
    } else if let Some(after) = report.uncovered.first() {
        i18n.fmt(
            "signing-coverage-later",
            &[
                ("from", FluentValue::from(after.start)),
                ("to", FluentValue::from(after.end)),
            ],
        )
    } else {
        i18n.msg("signing-coverage-whole")
    }
}

fn trust(trust: &Trust, trusted: &TrustedAuthorities, i18n: &I18n) -> String {
    let fingerprint = |f: Option<&Fingerprint>| {
        FluentValue::from(f.map_or_else(|| i18n.msg("signing-unknown"), Fingerprint::colon_hex))
    };
    match trust {
        Trust::NotChecked => i18n.msg("signing-trust-not-checked"),
        Trust::Trusted {
            authority,
            fingerprint: authority_fingerprint,
            origin,
        } => i18n.fmt(
            match origin {
                AuthorityOrigin::City => "signing-trust-trusted-city",
                AuthorityOrigin::Partner => "signing-trust-trusted-partner",
            },
            &[
                ("name", FluentValue::from(authority.clone())),
                (
                    "fingerprint",
                    FluentValue::from(authority_fingerprint.colon_hex()),
                ),
            ],
        ),
        Trust::NotTrusted(Distrust::NoCertificate) => i18n.msg("signing-trust-no-certificate"),
        Trust::NotTrusted(Distrust::UnknownIssuer {
            issuer,
            same_name_authority,
            presented_authority,
        }) => {
            let mut args = vec![
                ("issuer", FluentValue::from(issuer.clone())),
                ("presented", fingerprint(presented_authority.as_ref())),
                (
                    "authorities",
                    FluentValue::from(authority_list(trusted, i18n)),
                ),
            ];
            match same_name_authority {
                Some(same_name) => {
                    args.push(("trusted", fingerprint(Some(same_name))));
                    i18n.fmt("signing-trust-same-name", &args)
                }
                None => i18n.fmt("signing-trust-unknown-issuer", &args),
            }
        }
        Trust::NotTrusted(Distrust::OutsideValidity {
            subject,
            not_before,
            not_after,
            at,
        }) => {
            let time = |t: &chrono::DateTime<chrono::Utc>| {
                FluentValue::from(t.format("%Y-%m-%d %H:%M:%S UTC").to_string())
            };
            i18n.fmt(
                "signing-trust-outside-validity",
                &[
                    ("subject", FluentValue::from(subject.clone())),
                    ("from", time(not_before)),
                    ("to", time(not_after)),
                    ("at", time(at)),
                ],
            )
        }
    }
}

fn revision_line(revision: &RevisionReport, i18n: &I18n) -> String {
    let number = FluentValue::from(revision.number);
    let from = FluentValue::from(revision.bytes.start);
    let to = FluentValue::from(revision.bytes.end);
    match (revision.changes.is_empty(), revision.signature) {
        (true, Some(signature)) => i18n.fmt(
            "signing-trust-revision-adds",
            &[
                ("number", number),
                ("from", from),
                ("to", to),
                ("signature", FluentValue::from(signature)),
            ],
        ),
        (true, None) => i18n.fmt(
            "signing-trust-revision-unchanged",
            &[("number", number), ("from", from), ("to", to)],
        ),
        (false, signature) => {
            let signed = match signature {
                Some(signature) => i18n.fmt(
                    "signing-trust-revision-signed",
                    &[("signature", FluentValue::from(signature))],
                ),
                None => i18n.msg("signing-trust-revision-unsigned"),
            };
            let changes: Vec<String> = revision.changes.iter().map(|c| change(c, i18n)).collect();
            i18n.fmt(
                "signing-trust-revision-changed",
                &[
                    ("number", number),
                    ("from", from),
                    ("to", to),
                    ("signed", FluentValue::from(signed)),
                    ("changes", FluentValue::from(changes.join("; "))),
                ],
            )
        }
    }
}

fn change(change: &ContentChange, i18n: &I18n) -> String {
    match change {
        ContentChange::Unreadable(reason) => i18n.fmt(
            "signing-trust-change-unreadable",
            &[("reason", FluentValue::from(reason.clone()))],
        ),
        ContentChange::CatalogReplaced => i18n.msg("signing-trust-change-catalog-replaced"),
        ContentChange::PagesChanged { before, after } => i18n.fmt(
            "signing-trust-change-pages",
            &[
                ("before", FluentValue::from(*before)),
                ("after", FluentValue::from(*after)),
            ],
        ),
        ContentChange::Changed { object, role, keys } => {
            let keys: Vec<String> = keys
                .iter()
                .map(|k| {
                    if k == "stream" {
                        k.clone()
                    } else {
                        format!("/{k}")
                    }
                })
                .collect();
            i18n.fmt(
                "signing-trust-change-changed",
                &[
                    ("role", FluentValue::from(role_text(role, i18n))),
                    ("object", FluentValue::from(*object)),
                    ("keys", FluentValue::from(keys.join(", "))),
                ],
            )
        }
        ContentChange::Added { object, kind } => i18n.fmt(
            "signing-trust-change-added",
            &[
                ("object", FluentValue::from(*object)),
                ("kind", FluentValue::from(kind.clone())),
            ],
        ),
        ContentChange::Removed { object, kind } => i18n.fmt(
            "signing-trust-change-removed",
            &[
                ("object", FluentValue::from(*object)),
                ("kind", FluentValue::from(kind.clone())),
            ],
        ),
    }
}

fn role_text(role: &ObjectRole, i18n: &I18n) -> String {
    match role {
        ObjectRole::Catalog => i18n.msg("signing-trust-role-catalog"),
        ObjectRole::Form => i18n.msg("signing-trust-role-form"),
        ObjectRole::Page(page) => i18n.fmt(
            "signing-trust-role-page",
            &[("page", FluentValue::from(*page))],
        ),
        ObjectRole::PageContent(page) => i18n.fmt(
            "signing-trust-role-page-content",
            &[("page", FluentValue::from(*page))],
        ),
        ObjectRole::Other(kind) => i18n.fmt(
            "signing-trust-role-other",
            &[("kind", FluentValue::from(kind.clone()))],
        ),
    }
}
