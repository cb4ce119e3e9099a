//! Who a row duplicates: the same e-mail, or the same name with the same organisation, in
//! either script, against the register and against the rows above it.

use std::collections::HashMap;

use concord_domain::Stakeholder;

use crate::report::DuplicateBy;

fn email_key(p: &Stakeholder) -> Option<String> {
    let e = p.email.trim().to_lowercase();
    (!e.is_empty()).then_some(e)
}

/// One key per (name, organisation) pair in either script.
fn name_keys(p: &Stakeholder) -> Vec<String> {
    let squash = |s: &str| -> String {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let names: Vec<String> = [&p.name_zh, &p.name_en]
        .into_iter()
        .map(|s| squash(s))
        .filter(|s| !s.is_empty())
        .collect();
    let mut orgs: Vec<String> = [&p.organisation_zh, &p.organisation_en]
        .into_iter()
        .map(|s| squash(s))
        .filter(|s| !s.is_empty())
        .collect();
    if orgs.is_empty() {
        orgs.push(String::new());
    }
    let mut keys = Vec::new();
    for n in &names {
        for o in &orgs {
            keys.push(format!("{n}\u{1}{o}"));
        }
    }
    keys
}

#[derive(Default)]
pub(crate) struct Seen {
    emails: HashMap<String, (i64, usize, String)>,
    names: HashMap<String, (i64, usize, String)>,
}

impl Seen {
    pub(crate) fn add(&mut self, p: &Stakeholder, id: i64, row: usize) {
        let name = p.name(true).to_owned();
        if let Some(e) = email_key(p) {
            self.emails.entry(e).or_insert((id, row, name.clone()));
        }
        for k in name_keys(p) {
            self.names.entry(k).or_insert((id, row, name.clone()));
        }
    }

    pub(crate) fn find(&self, p: &Stakeholder) -> Option<(i64, usize, String, DuplicateBy)> {
        if let Some((id, row, name)) = email_key(p).and_then(|e| self.emails.get(&e)) {
            return Some((*id, *row, name.clone(), DuplicateBy::Email));
        }
        name_keys(p).iter().find_map(|k| {
            self.names
                .get(k)
                .map(|(id, row, name)| (*id, *row, name.clone(), DuplicateBy::NameAndOrganisation))
        })
    }
}
