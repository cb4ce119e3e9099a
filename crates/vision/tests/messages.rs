//! Every Fluent id this crate names exists in both locales' `vision.ftl`, and a checklist
//! item's figures are exactly its message's variables.

use std::collections::{BTreeMap, BTreeSet};

use concord_domain::consensus::Outcome;
use concord_vision::checklist::CheckId;
use concord_vision::model::ParagraphKey;
use concord_vision::{
    AdoptionRefusal, AmendmentRefusal, EditRefusal, InputError, Saved, Version, VersionState, check,
};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

const ENGLISH: &str = include_str!("../../../locales/en/vision.ftl");
const CHINESE: &str = include_str!("../../../locales/zh-CN/vision.ftl");

type Catalogue = BTreeMap<String, BTreeSet<String>>;

fn variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                variables(&variant.value, out);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

fn catalogue(source: &str) -> Catalogue {
    let resource = fluent_syntax::parser::parse(source).expect("vision.ftl parses");
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => {
                let mut vars = BTreeSet::new();
                if let Some(value) = &message.value {
                    variables(value, &mut vars);
                }
                Some((message.id.name.to_owned(), vars))
            }
            _ => None,
        })
        .collect()
}

fn ids_named_by_the_crate() -> Vec<&'static str> {
    let key = ParagraphKey(1);
    let state = VersionState::Adopted;
    let mut ids = vec![
        EditRefusal::NotADraft { number: 1, state }.message_id(),
        EditRefusal::NoSuchSection { index: 9 }.message_id(),
        EditRefusal::NoSuchParagraph { key }.message_id(),
        EditRefusal::PositionOutOfRange {
            position: 9,
            len: 1,
        }
        .message_id(),
        EditRefusal::FixedSection.message_id(),
        AmendmentRefusal::VersionNotADraft { number: 1, state }.message_id(),
        AmendmentRefusal::NoSuchParagraph {
            version: 1,
            paragraph: key,
        }
        .message_id(),
        AmendmentRefusal::NoNewText.message_id(),
        AmendmentRefusal::NoReason.message_id(),
        AmendmentRefusal::AlreadySettled { id: 1 }.message_id(),
        AmendmentRefusal::EditorialWithoutReason.message_id(),
        AmendmentRefusal::QuestionUndecided { question_id: 1 }.message_id(),
        AmendmentRefusal::ConflictingAmendments {
            paragraph: key,
            first: 1,
            second: 2,
        }
        .message_id(),
        AdoptionRefusal::NoSuchVersion { number: 1 }.message_id(),
        AdoptionRefusal::NotADraft { number: 1, state }.message_id(),
        AdoptionRefusal::QuestionUndecided { question_id: 1 }.message_id(),
        AdoptionRefusal::QuestionDidNotAdopt {
            question_id: 1,
            outcome: Outcome::Rejected.key(),
        }
        .message_id(),
        AdoptionRefusal::OlderThanAdopted {
            number: 1,
            adopted: 2,
        }
        .message_id(),
        InputError::CountsDiffer { zh: 1, en: 2 }.message_id(),
        InputError::Empty.message_id(),
    ];
    ids.extend(
        [
            CheckId::PurposeOneSentenceZh,
            CheckId::PurposeOneSentenceEn,
            CheckId::CoreValues,
            CheckId::EnglishWords,
            CheckId::ChineseCharacters,
            CheckId::BothLanguages,
            CheckId::NeutralityYear,
        ]
        .map(CheckId::message_id),
    );
    ids
}

#[test]
fn both_locales_have_the_same_ids_and_variables() {
    assert_eq!(catalogue(ENGLISH), catalogue(CHINESE));
}

#[test]
fn every_id_the_crate_names_has_a_message() {
    let english = catalogue(ENGLISH);
    for id in ids_named_by_the_crate() {
        assert!(english.contains_key(id), "{id} is missing from vision.ftl");
    }
}

#[test]
fn a_check_item_s_figures_are_its_message_s_variables() {
    let english = catalogue(ENGLISH);
    let version = Version::first_draft(Saved {
        by: String::new(),
        at: chrono::NaiveDateTime::default(),
        note: String::new(),
    });
    for item in check(&version) {
        let figures: BTreeSet<String> = item.figures.iter().map(|f| f.name.to_owned()).collect();
        assert_eq!(
            Some(&figures),
            english.get(item.message_id),
            "{:?}",
            item.id
        );
    }
}
