//! Data safety on the command line: outputs never overwrite what Concord keeps, nothing creates
//! a database by mistake, one replacer at a time, and a closed pipe ends a command quietly.

mod util;

use std::io::Read;
use std::process::{Command, Stdio};

use util::Workspace;

fn arg(path: &std::path::Path) -> &str {
    path.to_str().expect("utf-8 path")
}

#[test]
fn no_output_overwrites_the_database_a_sidecar_a_backup_or_a_key() {
    let ws = Workspace::with_demo();
    let signed = ws.path("signed.pdf");
    let run = ws.concord(
        "en",
        &["export", "declaration", "--sign", "--out", arg(&signed)],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let backup = ws.concord("en", &["backup"]);
    assert_eq!(backup.code, 0, "{}", backup.stderr);
    let keys: Vec<_> = std::fs::read_dir(ws.path("keys"))
        .expect("keys")
        .flatten()
        .map(|e| e.path())
        .collect();
    let key = keys
        .iter()
        .find(|p| p.to_string_lossy().ends_with(".pem"))
        .expect("a key file")
        .clone();
    let backups_dir = ws.path("backups");
    let a_backup = std::fs::read_dir(&backups_dir)
        .expect("backups")
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "db"))
        .expect("a backup");
    std::os::unix::fs::symlink(ws.db(), ws.path("innocent.pdf")).expect("symlink");
    let watched = [ws.db(), key.clone(), a_backup.clone()];
    let before: Vec<Vec<u8>> = watched
        .iter()
        .map(|p| std::fs::read(p).expect("read"))
        .collect();
    let dotted = format!("{}/../concord.db", arg(&ws.path("keys")));
    let targets = [
        arg(&ws.db()).to_owned(),
        format!("{}-wal", arg(&ws.db())),
        dotted,
        arg(&ws.path("CONCORD.DB")).to_owned(),
        arg(&key).to_owned(),
        arg(&a_backup).to_owned(),
        arg(&backups_dir.join("new.csv")).to_owned(),
        arg(&ws.path("innocent.pdf")).to_owned(),
    ];
    for target in &targets {
        let commands: Vec<Vec<&str>> = vec![
            vec!["export", "stakeholders", "--out", target],
            vec!["export", "minutes", "--lang", "en", "--out", target],
            vec!["export", "declaration", "--out", target],
            vec!["export", "certificate", "--out", target],
            vec!["archive", "export", "--out", target],
            vec!["backup", "--out", target],
            vec!["sign", "--pdf", arg(&signed), "--out", target],
        ];
        for args in commands {
            let run = ws.concord("en", &args);
            assert_eq!(
                run.code, 2,
                "{args:?} was allowed: {}{}",
                run.stdout, run.stderr
            );
            assert!(
                run.stderr.contains("nothing was written"),
                "{args:?}: {}",
                run.stderr
            );
        }
    }
    let zh = ws.concord("zh-CN", &["export", "stakeholders", "--out", arg(&key)]);
    assert!(zh.stderr.contains("签名密钥文件夹"), "{}", zh.stderr);
    for (path, bytes) in watched.iter().zip(before) {
        assert_eq!(
            std::fs::read(path).expect("read"),
            bytes,
            "{} changed",
            path.display()
        );
    }
    let check = ws.concord("en", &["audit", "verify"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
}

#[test]
fn a_mistyped_or_foreign_database_is_refused_and_nothing_is_created() {
    let ws = Workspace::new();
    let typo = ws.path("typo/concord.db");
    let run = Command::new(env!("CARGO_BIN_EXE_concord"))
        .args(["--db", arg(&typo), "meeting", "list"])
        .env("CONCORD_LANG", "en")
        .output()
        .expect("run");
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("There is no Concord database"));
    assert!(!ws.path("typo").exists(), "a folder was created");

    let foreign = ws.path("other.sqlite");
    {
        let conn = rusqlite::Connection::open(&foreign).expect("create");
        conn.execute_batch("CREATE TABLE notes(x); INSERT INTO notes VALUES (1);")
            .expect("foreign");
    }
    let before = std::fs::read(&foreign).expect("read");
    for args in [
        vec!["meeting", "list"],
        vec!["audit", "verify"],
        vec!["backup"],
    ] {
        let run = Command::new(env!("CARGO_BIN_EXE_concord"))
            .args(["--db", arg(&foreign)])
            .args(&args)
            .env("CONCORD_LANG", "zh-CN")
            .output()
            .expect("run");
        assert_ne!(run.status.code(), Some(0), "{args:?}");
        assert!(
            String::from_utf8_lossy(&run.stderr).contains("不是共识数据库"),
            "{args:?}: {}",
            String::from_utf8_lossy(&run.stderr)
        );
    }
    assert_eq!(std::fs::read(&foreign).expect("read"), before);
}

#[test]
fn a_restore_refuses_while_another_program_has_the_database_and_names_it() {
    let ws = Workspace::with_demo();
    let backup = ws.concord("en", &["backup"]);
    assert_eq!(backup.code, 0, "{}", backup.stderr);
    let from = std::fs::read_dir(ws.path("backups"))
        .expect("backups")
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "db"))
        .expect("a backup");
    // Another program holds the database: the store itself, opened by a second process
    // through the test's own connection would not take the lock, so use the binary: an
    // import that reads its CSV from a pipe we keep open.
    let mut holder = Command::new(env!("CARGO_BIN_EXE_concord"))
        .args([
            "--db",
            arg(&ws.db()),
            "import",
            "stakeholders",
            "--csv",
            "/dev/stdin",
        ])
        .env("CONCORD_LANG", "en")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("holder");
    // Wait until it has the database open.
    let holders = ws.path("concord.db.holders");
    let started = std::time::Instant::now();
    while std::fs::read_dir(&holders).map(|d| d.count()).unwrap_or(0) == 0 {
        assert!(
            started.elapsed().as_secs() < 30,
            "the holder never opened the database"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let run = ws.concord("en", &["restore", "--from", arg(&from), "--yes"]);
    assert_eq!(run.code, 4, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stderr.contains("concord import stakeholders (pid"),
        "{}",
        run.stderr
    );
    let zh = ws.concord(
        "zh-CN",
        &[
            "archive",
            "import",
            "--from",
            arg(&from),
            "--replace",
            "--yes",
        ],
    );
    assert_ne!(zh.code, 0);
    drop(holder.stdin.take());
    let _ = holder.wait();
    let run = ws.concord("en", &["restore", "--from", arg(&from), "--yes"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn a_closed_pipe_ends_the_command_quietly() {
    let ws = Workspace::with_demo();
    let mut child = Command::new(env!("CARGO_BIN_EXE_concord"))
        .args(["--db", arg(&ws.db()), "audit", "log", "--limit", "100000"])
        .env("CONCORD_LANG", "en")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run");
    let mut first = [0u8; 16];
    child
        .stdout
        .as_mut()
        .expect("stdout")
        .read_exact(&mut first)
        .expect("some output");
    drop(child.stdout.take());
    let mut stderr = String::new();
    child
        .stderr
        .as_mut()
        .expect("stderr")
        .read_to_string(&mut stderr)
        .expect("stderr");
    let status = child.wait().expect("wait");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_ne!(status.code(), Some(101), "{stderr}");
}

#[test]
fn a_writer_that_does_not_finish_is_waited_for_then_reported_in_words() {
    let ws = Workspace::with_demo();
    let csv = ws.path("one.csv");
    std::fs::write(&csv, "name_en,sector\nAda Lovelace,academia\n").expect("csv");
    let before = ws.concord(
        "en",
        &["export", "stakeholders", "--out", arg(&ws.path("a.csv"))],
    );
    assert_eq!(before.code, 0, "{}", before.stderr);
    // Another program (here a plain SQLite connection) holds a write transaction open.
    let conn = rusqlite::Connection::open(ws.db()).expect("open");
    conn.execute_batch("BEGIN IMMEDIATE")
        .expect("hold the write lock");
    let run = ws.concord("zh-CN", &["import", "stakeholders", "--csv", arg(&csv)]);
    conn.execute_batch("ROLLBACK").expect("release");
    assert_eq!(run.code, 4, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stderr.contains("另一个程序正在写入数据库"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("database is locked"), "{}", run.stderr);
    let after = ws.concord(
        "en",
        &["export", "stakeholders", "--out", arg(&ws.path("b.csv"))],
    );
    assert_eq!(after.code, 0, "{}", after.stderr);
    assert_eq!(
        std::fs::read(ws.path("a.csv")).expect("a"),
        std::fs::read(ws.path("b.csv")).expect("b"),
        "the register changed"
    );
}

#[test]
fn without_a_usable_home_nothing_is_created_in_the_working_folder() {
    let ws = Workspace::new();
    let run = Command::new(env!("CARGO_BIN_EXE_concord"))
        .current_dir(ws.dir.path())
        .args(["meeting", "list"])
        .env("HOME", "not-a-home")
        .env_remove("XDG_DATA_HOME")
        .env_remove("CONCORD_DB")
        .env("CONCORD_LANG", "en")
        .output()
        .expect("run");
    assert_eq!(run.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&run.stderr).contains("There is no Concord database"),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let left: Vec<_> = std::fs::read_dir(ws.dir.path())
        .expect("list")
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert!(left.is_empty(), "{left:?}");
}
