//! 10,000 random and mutated CSV files through the whole import path: parse, check, write.
//! Nothing may panic, a refused file writes nothing, and an accepted one leaves a sound register.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use concord_i18n::{I18n, Locale};
use concord_register::{OnDuplicate, export_csv, parse_import};
use concord_store::{Store, demo};

/// A small deterministic generator, so a failure can be replayed from its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Bytes that matter to a CSV reader and to the encodings it detects.
const INTERESTING: &[&[u8]] = &[
    b",",
    b";",
    b"\t",
    b"\"",
    b"\r\n",
    b"\n",
    b"=",
    b"\xEF\xBB\xBF",
    b"\xFF\xFE",
    b"\x81\x30",
    "渭南".as_bytes(),
    "𠮷".as_bytes(),
    b"\x00",
    b"@",
    b"2026-13-45",
    b"voting-member",
];

fn mutate(rng: &mut Rng, seed: &[u8]) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    for _ in 0..1 + rng.below(6) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(6) {
            0 if !bytes.is_empty() => {
                let i = at.min(bytes.len() - 1);
                bytes[i] ^= 1 << rng.below(8);
            }
            1 => {
                let piece = INTERESTING[rng.below(INTERESTING.len())];
                bytes.splice(at..at, piece.iter().copied());
            }
            2 => {
                let end = (at + rng.below(40)).min(bytes.len());
                bytes.drain(at..end);
            }
            3 => bytes.truncate(at),
            4 => {
                // Repeat a slice: duplicated rows and cells.
                let end = (at + rng.below(200)).min(bytes.len());
                let copy = bytes[at..end].to_vec();
                bytes.splice(at..at, copy);
            }
            _ => {
                let b = rng.next() as u8;
                bytes.insert(at, b);
            }
        }
    }
    bytes
}

#[test]
fn ten_thousand_inputs_no_panic_no_partial_write() {
    let seed = std::env::var("CONCORD_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5EED_C0DE_u64);
    println!("seed {seed} (CONCORD_FUZZ_SEED replays it)");
    let mut rng = Rng(seed | 1);

    let mut store = Store::open_in_memory().unwrap();
    demo::create(&mut store, demo::sample_date()).unwrap();
    let existing = store.stakeholders().unwrap();
    let valid = [
        export_csv(&existing, &I18n::new(Locale::En)).bytes,
        export_csv(&existing, &I18n::new(Locale::ZhCn)).bytes,
    ];

    let (mut refused, mut accepted, mut written) = (0, 0, 0);
    for case in 0..10_000 {
        let input = if case % 10 < 3 {
            let len = rng.below(400);
            (0..len).map(|_| rng.next() as u8).collect()
        } else {
            let base = &valid[rng.below(valid.len())];
            mutate(&mut rng, base)
        };
        let policy = [None, Some(OnDuplicate::Skip), Some(OnDuplicate::Update)][rng.below(3)];
        let before = store.stakeholders().unwrap();
        let report = parse_import(&input, &before, policy);
        if !report.is_ok() {
            refused += 1;
            assert_eq!(
                store.stakeholders().unwrap(),
                before,
                "case {case}: a refused file changed the register"
            );
            continue;
        }
        accepted += 1;
        let (added, updated) = report.plan();
        match store.apply_stakeholder_import(&added, &updated) {
            Ok(ids) => {
                written += 1;
                assert_eq!(ids.len(), added.len(), "case {case}");
                assert_eq!(
                    store.stakeholders().unwrap().len(),
                    before.len() + added.len(),
                    "case {case}"
                );
            }
            Err(_) => assert_eq!(
                store.stakeholders().unwrap(),
                before,
                "case {case}: a failed write left a part"
            ),
        }
    }
    println!("10000 inputs: {refused} refused, {accepted} accepted, {written} written, 0 panics");
    assert!(
        refused > 1_000 && accepted > 0,
        "the mix exercised both paths: {refused} refused, {accepted} accepted"
    );
}
