//! The register as a CSV file Excel and WPS open correctly: UTF-8 with a BOM, comma-separated,
//! CRLF line ends, headers and values in the reader's language. Only people who consented to
//! keep their data are written.

use concord_domain::Stakeholder;
use concord_i18n::I18n;

use crate::columns::Column;
use crate::vocabulary::status_message_id;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Export {
    pub bytes: Vec<u8>,
    pub written: usize,
    /// People left out because they gave no consent (or were erased).
    pub left_out: usize,
}

/// Excel runs a cell starting with `=`, `+`, `-` or `@` as a formula; an apostrophe stops it
/// (the import takes it off again). Phone numbers keep their `+`.
fn protect(value: &str, column: Column) -> String {
    if column != Column::Mobile && value.starts_with(['=', '+', '-', '@']) {
        format!("'{value}")
    } else {
        value.to_owned()
    }
}

fn cell(p: &Stakeholder, column: Column, i18n: &I18n) -> String {
    let value = match column {
        Column::NameZh => p.name_zh.clone(),
        Column::NameEn => p.name_en.clone(),
        Column::Name => p.name(true).to_owned(),
        Column::OrganisationZh => p.organisation_zh.clone(),
        Column::OrganisationEn => p.organisation_en.clone(),
        Column::Organisation => p.organisation(true).to_owned(),
        Column::Sector => i18n.msg(&format!("sector-{}", p.sector.key())),
        Column::Helix => i18n.msg(&format!("helix-{}", p.helix.key())),
        Column::Role => i18n.msg(&format!("role-{}", p.role.key())),
        Column::Groups => p
            .groups
            .iter()
            .map(|g| i18n.msg(&format!("group-{}", g.key())))
            .collect::<Vec<_>>()
            .join(&i18n.msg("csv-list-separator")),
        Column::OtherGroup => p.other_group.clone(),
        Column::Email => p.email.clone(),
        Column::Mobile => p.mobile.clone(),
        Column::ConsentDate => p
            .consent_date
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default(),
        Column::ConsentNotice => p.consent_notice.clone(),
        Column::Status => i18n.msg(&status_message_id(p.status)),
        Column::Note => p.note.clone(),
    };
    protect(&value, column)
}

pub fn export_csv(people: &[Stakeholder], i18n: &I18n) -> Export {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    let headers: Vec<String> = Column::EXPORT
        .iter()
        .map(|c| i18n.msg(&c.message_id()))
        .collect();
    // Writing into a Vec cannot fail; a failure would only lose the row, never panic.
    let _ = writer.write_record(&headers);
    let mut written = 0;
    for p in people.iter().filter(|p| p.may_export_contacts()) {
        let record: Vec<String> = Column::EXPORT.iter().map(|c| cell(p, *c, i18n)).collect();
        let _ = writer.write_record(&record);
        written += 1;
    }
    let bytes = writer.into_inner().unwrap_or_default();
    Export {
        bytes,
        written,
        left_out: people.len() - written,
    }
}
