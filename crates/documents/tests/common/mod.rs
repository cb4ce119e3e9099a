//! The demo dialogue's latest meeting as minutes, for the tests that read a real document back.

#![allow(clippy::unwrap_used, clippy::expect_used, dead_code)]

use concord_documents::Document;
use concord_documents::minutes::{Language, MinutesInput, minutes_document};
use concord_store::{Store, demo};

/// A database holding the demo dialogue.
pub fn demo_store() -> Store {
    let mut store = Store::open_in_memory().expect("store");
    demo::create(&mut store, demo::sample_date()).expect("demo");
    store
}

/// The minutes of the demo's latest meeting in `language`.
pub fn demo_minutes_of(store: &Store, language: Language) -> Document {
    let dialogue = store.require_dialogue().unwrap();
    let id = store.latest_meeting_id().unwrap();
    let record = store.meeting(id).unwrap();
    let people = store.stakeholders().unwrap();
    let questions = store.questions(id).unwrap();
    let input = MinutesInput::new(
        &dialogue,
        &record.meeting,
        &record.agenda,
        &record.attendance,
        &people,
    )
    .with_records(&record.decisions, &record.action_items, &record.addenda)
    .with_questions(&questions);
    minutes_document(&input, language)
}

/// The same, in a fresh demo database.
pub fn demo_minutes(language: Language) -> Document {
    demo_minutes_of(&demo_store(), language)
}
