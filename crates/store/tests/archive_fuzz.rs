//! Fuzzing the archive import: 10,000 random and mutated inputs, fed to the whole import path
//! (header, checksum, decompression, SQLite, migration, replacement) against a real target
//! database. No input may panic, and an input that is refused must leave the target byte for byte
//! as it was, with no temporary file left behind.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use concord_store::archive::{self, HEADER_LEN};
use concord_store::{Store, demo, migrations};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

const RANDOM: u32 = 3_000;
const MUTATED: u32 = 5_000;
const RESEALED: u32 = 2_000;

struct Fixture {
    _dir: tempfile::TempDir,
    target: PathBuf,
    original: Vec<u8>,
    archive: Vec<u8>,
    database: Vec<u8>,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().expect("tempdir");
    let source = dir.path().join("source/concord.db");
    let mut store = Store::open(&source).expect("open");
    store.save_dialogue(&demo::dialogue()).expect("dialogue");
    store
        .add_stakeholders(&demo::stakeholders()[..4])
        .expect("people");
    let out = dir.path().join("source.concord");
    store.export_archive(&out).expect("export");
    drop(store);
    let archive = std::fs::read(&out).expect("read");
    let mut database = Vec::new();
    flate2::read::ZlibDecoder::new(&archive[HEADER_LEN..])
        .read_to_end(&mut database)
        .expect("inflate");

    let target = dir.path().join("target/concord.db");
    let mut other = Store::open(&target).expect("target");
    let mut d = demo::dialogue();
    d.city_en = "Target".into();
    other.save_dialogue(&d).expect("target dialogue");
    drop(other);
    let original = std::fs::read(&target).expect("read target");
    Fixture {
        _dir: dir,
        target,
        original,
        archive,
        database,
    }
}

static REFUSED: AtomicUsize = AtomicUsize::new(0);
static ACCEPTED: AtomicUsize = AtomicUsize::new(0);

fn strays(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .expect("list")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp") || n.ends_with("-wal") || n.ends_with("-journal"))
        .collect()
}

/// Imports `bytes` into the target and checks the all-or-nothing rule.
fn feed(f: &Fixture, bytes: &[u8]) -> Result<(), TestCaseError> {
    let now = demo::sample_date().and_hms_opt(12, 0, 0).expect("time");
    let result = archive::import_bytes(&f.target, bytes, Path::new("fuzz.concord"), true, now);
    let folder = f.target.parent().expect("folder");
    prop_assert!(
        strays(folder).is_empty(),
        "left behind: {:?}",
        strays(folder)
    );
    match result {
        Err(_) => {
            REFUSED.fetch_add(1, Ordering::Relaxed);
            let now = std::fs::read(&f.target).expect("read target");
            prop_assert!(now == f.original, "a refused import changed the target");
        }
        Ok(_) => {
            ACCEPTED.fetch_add(1, Ordering::Relaxed);
            // Whatever was accepted is a sound database; put the original back for the next input.
            let store = Store::open(&f.target).expect("an accepted import opens");
            prop_assert!(store.integrity_problems().expect("check").is_empty());
            drop(store);
            std::fs::write(&f.target, &f.original).expect("reset");
            let backups = concord_store::backup::backup_dir(&f.target);
            let _ = std::fs::remove_dir_all(backups);
        }
    }
    Ok(())
}

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    })
}

#[derive(Debug, Clone)]
enum Mutation {
    Flip(usize, u8),
    Truncate(usize),
    Insert(usize, Vec<u8>),
    Remove(usize, usize),
}

fn apply(bytes: &[u8], mutations: &[Mutation]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    for m in mutations {
        if out.is_empty() {
            break;
        }
        match m {
            Mutation::Flip(at, x) => {
                let i = at % out.len();
                out[i] ^= x.max(&1);
            }
            Mutation::Truncate(at) => out.truncate(at % out.len()),
            Mutation::Insert(at, chunk) => {
                let i = at % out.len();
                out.splice(i..i, chunk.iter().copied());
            }
            Mutation::Remove(at, n) => {
                let i = at % out.len();
                let end = (i + n).min(out.len());
                out.drain(i..end);
            }
        }
    }
    out
}

fn mutation(header_bias: bool) -> impl Strategy<Value = Mutation> {
    let at = if header_bias {
        prop_oneof![0usize..128, any::<usize>()].boxed()
    } else {
        any::<usize>().boxed()
    };
    prop_oneof![
        6 => (at.clone(), any::<u8>()).prop_map(|(a, x)| Mutation::Flip(a, x)),
        1 => at.clone().prop_map(Mutation::Truncate),
        1 => (at.clone(), proptest::collection::vec(any::<u8>(), 1..64))
            .prop_map(|(a, c)| Mutation::Insert(a, c)),
        1 => (at, 1usize..256).prop_map(|(a, n)| Mutation::Remove(a, n)),
    ]
}

#[test]
fn ten_thousand_inputs_never_panic_and_never_write_half() {
    let f = fixture();
    let started = std::time::Instant::now();

    // 1. Random bytes, half of them behind a valid magic so the header parser is exercised.
    runner(RANDOM)
        .run(
            &(
                any::<bool>(),
                proptest::collection::vec(any::<u8>(), 0..600),
            ),
            |(magic, mut bytes)| {
                if magic {
                    let mut with = archive::MAGIC.to_vec();
                    with.append(&mut bytes);
                    bytes = with;
                }
                feed(&f, &bytes)
            },
        )
        .expect("random inputs");

    // 2. A valid archive with bytes flipped, inserted, removed or cut off.
    runner(MUTATED)
        .run(
            &proptest::collection::vec(mutation(true), 1..6),
            |mutations| feed(&f, &apply(&f.archive, &mutations)),
        )
        .expect("mutated archives");

    // 3. A damaged database inside a correctly sealed archive: the checks behind the checksum.
    let version = migrations::latest_version();
    runner(RESEALED)
        .run(
            &proptest::collection::vec(mutation(true), 1..12),
            |mutations| {
                let database = apply(&f.database, &mutations);
                let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), Default::default());
                enc.write_all(&database).expect("deflate");
                let payload = enc.finish().expect("deflate");
                feed(&f, &archive::seal(&payload, archive::FORMAT, version))
            },
        )
        .expect("resealed archives");

    let refused = REFUSED.load(Ordering::Relaxed);
    let accepted = ACCEPTED.load(Ordering::Relaxed);
    let total = (RANDOM + MUTATED + RESEALED) as usize;
    assert!(refused + accepted >= total);
    println!(
        "archive fuzz: {} inputs ({RANDOM} random, {MUTATED} mutated, {RESEALED} resealed), \
         {refused} refused with the target unchanged, {accepted} accepted as sound databases, \
         0 panics, {:.1} s",
        refused + accepted,
        started.elapsed().as_secs_f64()
    );
    // The unmodified archive still imports.
    feed(&f, &f.archive).expect("the original imports");
}
