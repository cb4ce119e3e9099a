//! Diff of two versions of 3,000 Chinese characters and 600 English words (target ≤ 5 ms).

use std::hint::black_box;

use concord_vision::{Language, ParagraphText, Saved, Version, diff_versions};
use criterion::{Criterion, criterion_group, criterion_main};

const PARAGRAPHS: usize = 12;
const HAN_PER_PARAGRAPH: usize = 250;
const WORDS_PER_PARAGRAPH: usize = 50;

const HAN: &str =
    "渭南市建设绿色低碳韧性包容城市推动能源转型保障人人享有清洁能源提升防灾减灾能力发展循环经济𠮷";
const WORDS: [&str; 16] = [
    "Weinan",
    "will",
    "become",
    "a",
    "carbon-neutral",
    "resilient",
    "city",
    "where",
    "energy",
    "reaches",
    "every",
    "household",
    "and",
    "circular",
    "economy",
    "thrives",
];

/// A small deterministic generator, so every run compares the same texts.
struct Sequence(u64);

impl Sequence {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        usize::try_from(self.0 >> 33).unwrap_or(0) % below
    }
}

fn paragraph(sequence: &mut Sequence) -> ParagraphText {
    let han: Vec<char> = HAN.chars().collect();
    let mut text_zh: String = (0..HAN_PER_PARAGRAPH)
        .map(|_| han[sequence.next(han.len())])
        .collect();
    text_zh.push('。');
    let words: Vec<&str> = (0..WORDS_PER_PARAGRAPH)
        .map(|_| WORDS[sequence.next(WORDS.len())])
        .collect();
    ParagraphText {
        text_zh,
        text_en: format!("{}.", words.join(" ")),
        not_yet_translated: false,
    }
}

/// Changes about one unit in twenty-five: a character or word replaced, inserted or removed.
fn revise(text: &ParagraphText, sequence: &mut Sequence) -> ParagraphText {
    let han: Vec<char> = HAN.chars().collect();
    let mut zh: Vec<char> = text.text_zh.chars().collect();
    for _ in 0..zh.len() / 25 {
        let at = sequence.next(zh.len());
        match sequence.next(3) {
            0 => zh[at] = han[sequence.next(han.len())],
            1 => zh.insert(at, han[sequence.next(han.len())]),
            _ => {
                zh.remove(at);
            }
        }
    }
    let mut en: Vec<&str> = text.text_en.split(' ').collect();
    for _ in 0..en.len() / 25 {
        let at = sequence.next(en.len());
        match sequence.next(3) {
            0 => en[at] = WORDS[sequence.next(WORDS.len())],
            1 => en.insert(at, WORDS[sequence.next(WORDS.len())]),
            _ => {
                en.remove(at);
            }
        }
    }
    ParagraphText {
        text_zh: zh.into_iter().collect(),
        text_en: en.join(" "),
        not_yet_translated: false,
    }
}

fn two_versions() -> (Version, Version) {
    let saved = Saved {
        by: "secretariat".to_owned(),
        at: chrono::NaiveDateTime::default(),
        note: String::new(),
    };
    let mut sequence = Sequence(2060);
    let mut old = Version::first_draft(saved.clone());
    let mut keys = Vec::new();
    for i in 0..PARAGRAPHS {
        let text = paragraph(&mut sequence);
        keys.push((
            old.add_paragraph(4, i, text.clone())
                .expect("a draft takes paragraphs"),
            text,
        ));
    }
    let mut new = old.next_draft(saved);
    for (key, text) in &keys {
        new.edit_paragraph(*key, revise(text, &mut sequence))
            .expect("the paragraph exists");
    }
    (old, new)
}

fn diff(c: &mut Criterion) {
    let (old, new) = two_versions();
    c.bench_function("diff_3000_han_600_words", |b| {
        b.iter(|| {
            let zh = diff_versions(black_box(&old), black_box(&new), Language::Chinese);
            let en = diff_versions(black_box(&old), black_box(&new), Language::English);
            (zh, en)
        });
    });
}

criterion_group!(benches, diff);
criterion_main!(benches);
