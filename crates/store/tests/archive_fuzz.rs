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

/// A writer that counts what it is given and keeps none of it.
#[derive(Default)]
struct Counter(u64);

impl Write for Counter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len() as u64;
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// `header` (the first bytes of a SQLite file) followed by zeros up to `total` bytes, compressed
/// and sealed as an archive: a decompression bomb with a valid checksum.
fn bomb(header: &[u8], total: u64) -> Vec<u8> {
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(header).expect("header");
    let zeros = vec![0u8; 1 << 20];
    let mut left = total - header.len() as u64;
    while left > 0 {
        let n = left.min(zeros.len() as u64) as usize;
        encoder.write_all(&zeros[..n]).expect("zeros");
        left -= n as u64;
    }
    let payload = encoder.finish().expect("finish");
    archive::seal(&payload, archive::FORMAT, migrations::latest_version())
}

/// The first 100 bytes of a SQLite file that says it holds `pages` pages of 4096 bytes.
fn sqlite_header(database: &[u8], pages: u32) -> Vec<u8> {
    let mut header = database[..100].to_vec();
    header[16..18].copy_from_slice(&4096u16.to_be_bytes());
    header[28..32].copy_from_slice(&pages.to_be_bytes());
    // The size in the header counts only while these two agree.
    let counter = [header[24], header[25], header[26], header[27]];
    header[92..96].copy_from_slice(&counter);
    header
}

#[test]
fn a_gigabyte_bomb_is_refused_after_the_size_its_header_announces() {
    let f = fixture();
    let started = std::time::Instant::now();
    // A database header announcing 8 pages (32 KiB), then a gigabyte of zeros.
    let archive_bytes = bomb(&sqlite_header(&f.database, 8), 1 << 30);
    assert!(archive_bytes.len() < 8 << 20, "the bomb is small packed");
    let built = started.elapsed();
    let mut written = Counter::default();
    let refused = archive::unpack_into(&archive_bytes, Path::new("bomb.concord"), &mut written);
    assert!(refused.is_err(), "{refused:?}");
    assert!(
        written.0 <= 8 * 4096 + 64 * 1024,
        "{} bytes unpacked before the refusal",
        written.0
    );
    feed(&f, &archive_bytes).expect("refused, target untouched");
    println!(
        "1 GiB bomb: built in {built:?}, refused after {} bytes unpacked",
        written.0
    );
}

#[test]
fn a_database_announcing_more_than_the_limit_is_refused_at_its_header() {
    let f = fixture();
    let pages = (archive::MAX_UNPACKED / 4096 + 1) as u32;
    let archive_bytes = bomb(&sqlite_header(&f.database, pages), 256 << 10);
    let mut written = Counter::default();
    match archive::unpack_into(&archive_bytes, Path::new("big.concord"), &mut written) {
        Err(concord_store::StoreError::ArchiveTooLarge { what, .. }) => {
            assert_eq!(what, "unpacked")
        }
        other => panic!("expected ArchiveTooLarge, got {other:?}"),
    }
    assert!(written.0 <= 64 * 1024, "{} bytes unpacked", written.0);
}

#[test]
fn an_archive_file_beyond_the_packed_limit_is_refused_before_it_is_read() {
    let f = fixture();
    let dir = tempfile::tempdir().expect("tempdir");
    let big = dir.path().join("huge.concord");
    let file = std::fs::File::create(&big).expect("create");
    // A sparse file: its length is what counts, nothing is written or read.
    file.set_len(archive::MAX_PACKED + 1).expect("length");
    let now = demo::sample_date().and_hms_opt(12, 0, 0).expect("time");
    match archive::import(&f.target, &big, true, now) {
        Err(concord_store::StoreError::ArchiveTooLarge { what, .. }) => assert_eq!(what, "packed"),
        other => panic!("expected ArchiveTooLarge, got {other:?}"),
    }
    assert!(matches!(
        archive::inspect(&big),
        Err(concord_store::StoreError::ArchiveTooLarge { .. })
    ));
    assert_eq!(std::fs::read(&f.target).expect("read"), f.original);
}
