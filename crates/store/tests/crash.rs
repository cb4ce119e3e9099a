//! Crash test: a writer process records settings and meetings (with agenda notes and attendance)
//! through the store, printing each id once its transaction has committed. The harness kills it
//! with SIGKILL at a random moment, 50 times over the same database, and after every kill reopens
//! the database and checks that integrity_check is clean, that every acknowledged write is there,
//! and that the audit chain still verifies.
//!
//! The writer is this same test binary, re-run with `--exact crash_writer_child --ignored` and the
//! database in `CONCORD_CRASH_DB`. Set `CONCORD_CRASH_SEED` to replay a run.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use concord_domain::Attendance;
use concord_store::{NewAgendaItem, Store, demo};

const TRIALS: usize = 50;
const DB_VAR: &str = "CONCORD_CRASH_DB";

/// The writer. Does nothing unless the harness started it.
#[test]
#[ignore = "run by `acknowledged_writes_survive_sigkill` as a child process"]
fn crash_writer_child() {
    let Some(db) = std::env::var_os(DB_VAR) else {
        return;
    };
    let mut store = Store::open(Path::new(&db)).expect("open");
    store.set_actor("crash-writer").expect("actor");
    if store.dialogue().expect("dialogue").is_none() {
        store.save_dialogue(&demo::dialogue()).expect("dialogue");
        store
            .add_stakeholders(&demo::stakeholders()[..6])
            .expect("people");
    }
    let people: Vec<i64> = store
        .stakeholders()
        .expect("people")
        .iter()
        .map(|p| p.id)
        .collect();
    let stdout = std::io::stdout();
    let mut i: u64 = std::process::id().into();
    loop {
        i += 1;
        if i.is_multiple_of(2) {
            let key = format!("crash.{}.{i}", std::process::id());
            store
                .set_setting(&key, &format!("acknowledged value {i}"))
                .expect("setting");
            writeln!(stdout.lock(), "ack setting {key} ok").expect("print");
        } else {
            let agenda: Vec<NewAgendaItem> = (1..=3)
                .map(|n| NewAgendaItem {
                    title_zh: format!("议程 {n}"),
                    title_en: format!("Item {n}"),
                    presenter: String::new(),
                    planned_minutes: 10,
                    notes_zh: "会议记录：".repeat(40),
                    notes_en: format!("Notes of item {n}. ").repeat(40),
                })
                .collect();
            let attendance: Vec<Attendance> = people
                .iter()
                .map(|id| {
                    if id % 2 == 0 {
                        Attendance::present(*id)
                    } else {
                        Attendance::absent(*id)
                    }
                })
                .collect();
            let id = store
                .add_meeting(&demo::plenary(demo::sample_date()), &agenda, &attendance)
                .expect("meeting");
            writeln!(stdout.lock(), "ack meeting {id} ok").expect("print");
        }
    }
}

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

#[derive(Default)]
struct Acked {
    settings: BTreeSet<String>,
    meetings: BTreeSet<i64>,
}

fn check(db: &Path, acked: &Acked, trial: usize) {
    let store = Store::open(db).unwrap_or_else(|e| panic!("trial {trial}: reopen failed: {e}"));
    assert!(
        store.integrity_problems().expect("check").is_empty(),
        "trial {trial}: integrity_check"
    );
    for key in &acked.settings {
        assert!(
            store.setting(key).expect("read").is_some(),
            "trial {trial}: acknowledged setting {key} lost"
        );
    }
    for id in &acked.meetings {
        let record = store
            .meeting(*id)
            .unwrap_or_else(|e| panic!("trial {trial}: acknowledged meeting {id} lost: {e}"));
        assert_eq!(record.agenda.len(), 3, "trial {trial}: meeting {id} agenda");
    }
    let report = store.verify_audit().expect("verify");
    assert!(report.is_intact(), "trial {trial}: audit {report:?}");
}

#[test]
fn acknowledged_writes_survive_sigkill() {
    let seed = std::env::var("CONCORD_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u64)
                .unwrap_or(1)
                | 1
        });
    let mut rng = Rng(seed);
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("crash.db");
    let exe = std::env::current_exe().expect("test binary");
    let mut acked = Acked::default();
    let mut killed_while_writing = 0;
    let started = Instant::now();
    for trial in 1..=TRIALS {
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "crash_writer_child",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(DB_VAR, &db)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start the writer");
        let lines = Arc::new(Mutex::new(Vec::<String>::new()));
        let reader = {
            let lines = Arc::clone(&lines);
            let out = child.stdout.take().expect("stdout");
            std::thread::spawn(move || {
                for line in BufReader::new(out).lines() {
                    let Ok(line) = line else { break };
                    lines.lock().expect("lines").push(line);
                }
            })
        };
        // On a loaded machine start-up alone can outlast any fixed delay: the kill must land
        // while the writer writes, so wait for its first acknowledgement (most trials) or not at
        // all (a kill during start-up and WAL recovery).
        if !rng.next().is_multiple_of(5) {
            let waiting = Instant::now();
            while !lines
                .lock()
                .expect("lines")
                .iter()
                .any(|l| l.starts_with("ack "))
                && waiting.elapsed() < Duration::from_secs(60)
            {
                std::thread::sleep(Duration::from_millis(1));
            }
        }
        // Somewhere within a few dozen commits.
        let delay = Duration::from_millis(5 + rng.next() % 80);
        std::thread::sleep(delay);
        child.kill().expect("SIGKILL");
        let status = child.wait().expect("wait");
        assert!(!status.success(), "the writer was killed");
        reader.join().expect("reader");
        let before = acked.settings.len() + acked.meetings.len();
        for line in lines.lock().expect("lines").iter() {
            let parts: Vec<&str> = line.split_whitespace().collect();
            match parts.as_slice() {
                ["ack", "setting", key, "ok"] => {
                    acked.settings.insert((*key).to_owned());
                }
                ["ack", "meeting", id, "ok"] => {
                    acked.meetings.insert(id.parse().expect("id"));
                }
                _ => {}
            }
        }
        if acked.settings.len() + acked.meetings.len() > before {
            killed_while_writing += 1;
        }
        check(&db, &acked, trial);
    }
    let total = acked.settings.len() + acked.meetings.len();
    println!(
        "crash test: seed {seed}, {TRIALS} SIGKILL trials ({killed_while_writing} while writing), \
         {total} acknowledged writes ({} settings, {} meetings), 0 lost, integrity ok, audit chain \
         intact, {:.1} s",
        acked.settings.len(),
        acked.meetings.len(),
        started.elapsed().as_secs_f64()
    );
    assert!(
        killed_while_writing >= TRIALS / 2,
        "most kills should land while the writer writes ({killed_while_writing}/{TRIALS})"
    );
}
