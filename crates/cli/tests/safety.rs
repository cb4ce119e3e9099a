//! Acceptance tests of data safety through the `concord` binary: backup and restore, archives,
//! the audit chain with tampering, and a damaged database.

mod util;

use rusqlite::Connection;
use util::Workspace;

fn ok(run: &util::Run) {
    assert_eq!(
        run.code, 0,
        "stdout: {}\nstderr: {}",
        run.stdout, run.stderr
    );
}

fn arg(path: &std::path::Path) -> &str {
    path.to_str().expect("utf-8 path")
}

#[test]
fn backup_then_restore_with_preview_and_confirmation() {
    let ws = Workspace::with_demo();
    let backup = ws.path("before.db");
    let run = ws.concord("en", &["backup", "--out", arg(&backup)]);
    ok(&run);
    assert!(run.stdout.contains("integrity_check"), "{}", run.stdout);

    // A change after the backup (the retention setting is written to the database).
    ok(&ws.concord("en", &["backup", "--keep", "4"]));
    let before = std::fs::read(ws.db()).expect("read db");

    let preview = ws.concord("en", &["restore", "--from", arg(&backup)]);
    ok(&preview);
    assert!(preview.stdout.contains("Weinan"), "{}", preview.stdout);
    assert!(preview.stdout.contains("--yes"), "{}", preview.stdout);
    assert_eq!(
        std::fs::read(ws.db()).expect("read db"),
        before,
        "a preview changes nothing"
    );

    let run = ws.concord("zh-CN", &["restore", "--from", arg(&backup), "--yes"]);
    ok(&run);
    assert!(run.stdout.contains("已恢复"), "{}", run.stdout);
    let list = ws.concord("en", &["backup", "--list"]);
    ok(&list);
    assert!(list.stdout.contains("before-restore"), "{}", list.stdout);
    let conn = Connection::open(ws.db()).expect("open");
    let keep: Option<String> = conn
        .query_row(
            "SELECT value FROM setting WHERE key = 'backup.keep'",
            [],
            |r| r.get(0),
        )
        .ok();
    assert_eq!(
        keep, None,
        "the restore brought back the state of the backup"
    );
    ok(&ws.concord("en", &["audit", "verify"]));
}

#[test]
fn a_backup_that_is_not_a_database_is_refused_and_nothing_changes() {
    let ws = Workspace::with_demo();
    let junk = ws.path("junk.db");
    std::fs::write(&junk, "name,email\nWang,wang@example.org\n").expect("write");
    let before = std::fs::read(ws.db()).expect("read db");
    let run = ws.concord("en", &["restore", "--from", arg(&junk), "--yes"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("not a Concord file"), "{}", run.stderr);
    assert_eq!(std::fs::read(ws.db()).expect("read db"), before);
}

#[test]
fn an_archive_moves_the_dialogue_to_another_laptop() {
    let ws = Workspace::with_demo();
    let archive = ws.path("weinan.concord");
    let run = ws.concord("en", &["archive", "export", "--out", arg(&archive)]);
    ok(&run);
    assert!(run.stdout.contains("Archive written"), "{}", run.stdout);

    let other = Workspace::new();
    let preview = other.concord("en", &["archive", "import", "--from", arg(&archive)]);
    ok(&preview);
    assert!(preview.stdout.contains("Weinan"), "{}", preview.stdout);
    assert!(!other.db().exists(), "a preview creates nothing");
    ok(&other.concord(
        "en",
        &["archive", "import", "--from", arg(&archive), "--yes"],
    ));
    let pdf = other.path("m.pdf");
    ok(&other.concord(
        "en",
        &["export", "minutes", "--lang", "en", "--out", arg(&pdf)],
    ));
    ok(&other.concord("en", &["audit", "verify"]));

    // Into a database that holds a dialogue: refused unless --replace.
    let run = ws.concord(
        "en",
        &["archive", "import", "--from", arg(&archive), "--yes"],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("--replace"), "{}", run.stderr);
    ok(&ws.concord(
        "en",
        &[
            "archive",
            "import",
            "--from",
            arg(&archive),
            "--yes",
            "--replace",
        ],
    ));
}

#[test]
fn wrong_archives_get_a_clear_error_and_change_nothing() {
    let ws = Workspace::with_demo();
    let before = std::fs::read(ws.db()).expect("read db");
    let text = ws.path("notes.concord");
    std::fs::write(&text, "minutes of the town hall").expect("write");
    let run = ws.concord(
        "zh-CN",
        &[
            "archive",
            "import",
            "--from",
            arg(&text),
            "--yes",
            "--replace",
        ],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("不是 Concord 归档文件"),
        "{}",
        run.stderr
    );

    let archive = ws.path("x.concord");
    ok(&ws.concord("en", &["archive", "export", "--out", arg(&archive)]));
    let mut bytes = std::fs::read(&archive).expect("read");
    bytes[10..14].copy_from_slice(&999u32.to_le_bytes());
    let newer = ws.path("newer.concord");
    std::fs::write(&newer, &bytes).expect("write");
    let run = ws.concord(
        "en",
        &[
            "archive",
            "import",
            "--from",
            arg(&newer),
            "--yes",
            "--replace",
        ],
    );
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("newer Concord"), "{}", run.stderr);

    let mut bytes = std::fs::read(&archive).expect("read");
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x40;
    let flipped = ws.path("flipped.concord");
    std::fs::write(&flipped, &bytes).expect("write");
    let run = ws.concord(
        "en",
        &[
            "archive",
            "import",
            "--from",
            arg(&flipped),
            "--yes",
            "--replace",
        ],
    );
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("checksum"), "{}", run.stderr);

    assert_eq!(std::fs::read(ws.db()).expect("read db"), before);
}

/// Applies `sql` with a plain SQLite connection, as someone with another tool would.
fn tamper(ws: &Workspace, sql: &str) {
    Connection::open(ws.db())
        .expect("open")
        .execute_batch(sql)
        .expect("tamper");
}

#[test]
fn audit_verify_finds_every_kind_of_tampering() {
    let cases: [(&str, &str); 5] = [
        (
            "UPDATE audit_log SET actor = 'mallory' WHERE seq = 3",
            "entry 3 was changed",
        ),
        (
            "UPDATE audit_log SET after = replace(after, 'Weinan', 'Xi''an') WHERE seq = 1",
            "entry 1 was changed",
        ),
        (
            "DELETE FROM audit_log WHERE seq = 7",
            "before entry 7 were deleted",
        ),
        (
            "DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)",
            "were deleted",
        ),
        (
            "UPDATE stakeholder SET email = 'someone@else.org' WHERE id = 2",
            "without an audit entry, the first being stakeholder 2",
        ),
    ];
    for (sql, expected) in cases {
        let ws = Workspace::with_demo();
        ok(&ws.concord("en", &["audit", "verify"]));
        tamper(&ws, sql);
        let run = ws.concord("en", &["audit", "verify"]);
        assert_eq!(run.code, 3, "{sql}: {}", run.stderr);
        assert!(run.stderr.contains(expected), "{sql}: {}", run.stderr);
    }
    let ws = Workspace::with_demo();
    tamper(&ws, "UPDATE audit_log SET actor = 'mallory' WHERE seq = 3");
    let run = ws.concord("zh-CN", &["audit", "verify"]);
    assert!(
        run.stderr.contains("第 3 条记录在写入后被修改"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_log_shows_a_record_history() {
    let ws = Workspace::with_demo();
    let run = ws.concord(
        "en",
        &["audit", "log", "--table", "dialogue", "--record", "1"],
    );
    ok(&run);
    assert!(run.stdout.contains("insert dialogue 1"), "{}", run.stdout);
    assert!(run.stdout.contains("Weinan"), "{}", run.stdout);
}

#[test]
fn a_damaged_database_is_reported_with_the_backup_to_restore() {
    let ws = Workspace::with_demo();
    ok(&ws.concord("en", &["backup"]));
    let root: i64 = Connection::open(ws.db())
        .expect("open")
        .query_row(
            "SELECT rootpage FROM sqlite_schema WHERE name = 'stakeholder'",
            [],
            |r| r.get(0),
        )
        .expect("root page");
    let mut bytes = std::fs::read(ws.db()).expect("read");
    let start = (root as usize - 1) * 4096;
    for (i, b) in bytes[start..start + 4096].iter_mut().enumerate() {
        *b = (i * 31 % 253) as u8;
    }
    std::fs::write(ws.db(), &bytes).expect("damage");

    let run = ws.concord(
        "en",
        &["export", "minutes", "--out", arg(&ws.path("m.pdf"))],
    );
    // A check found a problem in the file: 3, as README's table of exit codes says.
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(run.stderr.contains("is damaged"), "{}", run.stderr);
    assert!(
        run.stderr.contains("concord restore --from"),
        "{}",
        run.stderr
    );
    assert_eq!(std::fs::read(ws.db()).expect("read"), bytes, "never reset");

    let backup = run
        .stderr
        .split('"')
        .nth(1)
        .expect("the message names the backup")
        .to_owned();
    ok(&ws.concord("en", &["restore", "--from", &backup, "--yes"]));
    ok(&ws.concord("en", &["check"]));
}

#[test]
fn a_row_forged_with_another_tool_is_not_laundered_by_later_commands() {
    let ws = Workspace::with_demo();
    tamper(
        &ws,
        "UPDATE stakeholder SET name_en = 'Mallory', search_text = NULL WHERE id = 1",
    );
    // Commands that only read must not write on top of the forged row.
    ok(&ws.concord("en", &["meeting", "list"]));
    ok(&ws.concord("en", &["audit", "log", "--table", "stakeholder"]));
    let run = ws.concord("en", &["audit", "verify"]);
    assert_eq!(run.code, 3, "{}\n{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("stakeholder 1"), "{}", run.stderr);
    assert!(run.stderr.contains("name_en"), "{}", run.stderr);
    let conn = Connection::open(ws.db()).expect("open");
    let rewrites: i64 = conn
        .query_row(
            "SELECT count(*) FROM audit_log WHERE tbl = 'stakeholder' AND row_key = '1'
               AND coalesce(before, '') LIKE '%Mallory%'",
            [],
            |r| r.get(0),
        )
        .expect("query");
    assert_eq!(rewrites, 0, "an entry was written on top of the forged row");
}

#[test]
fn exported_minutes_anchor_the_log_against_entries_cut_off_the_end() {
    let ws = Workspace::with_demo();
    // The newest entry: the retention setting, written to the database.
    ok(&ws.concord("en", &["backup", "--keep", "4"]));
    let pdf = ws.export_minutes("en");
    let held = ws.concord("en", &["audit", "verify", "--anchor", arg(&pdf)]);
    ok(&held);
    assert!(held.stdout.contains("still holds"), "{}", held.stdout);

    let conn = Connection::open(ws.db()).expect("open");
    let (seq, hash): (i64, String) = conn
        .query_row("SELECT seq, hash FROM audit_head", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .expect("head");
    drop(conn);
    tamper(
        &ws,
        &format!(
            "DELETE FROM setting WHERE key = 'backup.keep';
             DELETE FROM audit_log WHERE seq = {seq};
             UPDATE audit_head SET seq = {prev},
               hash = (SELECT hash FROM audit_log WHERE seq = {prev}) WHERE id = 1;",
            prev = seq - 1
        ),
    );
    ok(&ws.concord("en", &["audit", "verify"]));
    let run = ws.concord("en", &["audit", "verify", "--anchor", arg(&pdf)]);
    assert_eq!(run.code, 3, "{}\n{}", run.stdout, run.stderr);
    assert!(
        run.stderr
            .contains(&format!("no longer holds the anchored entry {seq}")),
        "{}",
        run.stderr
    );
    let anchor = format!("{seq}:{hash}");
    let run = ws.concord("zh-CN", &["audit", "verify", "--anchor", &anchor]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(
        run.stderr.contains("锚定之后有记录被删除"),
        "{}",
        run.stderr
    );
    let run = ws.concord("en", &["audit", "verify", "--anchor", "not-an-anchor"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
}

#[test]
fn an_archive_carrying_a_trigger_is_refused_by_name() {
    let source = Workspace::with_demo();
    tamper(
        &source,
        "CREATE TRIGGER rewrite_email AFTER INSERT ON stakeholder BEGIN
           UPDATE stakeholder SET email = 'collect@evil.example' WHERE id = NEW.id; END;",
    );
    let run = source.concord("en", &["audit", "verify"]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(
        run.stderr.contains("trigger rewrite_email"),
        "{}",
        run.stderr
    );
    let archive = source.path("carried.concord");
    ok(&source.concord("en", &["archive", "export", "--out", arg(&archive)]));
    let target = Workspace::with_demo();
    let before = std::fs::read(target.db()).expect("read");
    let run = target.concord(
        "en",
        &[
            "archive",
            "import",
            "--from",
            arg(&archive),
            "--replace",
            "--yes",
        ],
    );
    assert_ne!(run.code, 0, "{}", run.stdout);
    assert!(run.stderr.contains("rewrite_email"), "{}", run.stderr);
    assert!(run.stderr.contains("is refused"), "{}", run.stderr);
    assert_eq!(std::fs::read(target.db()).expect("read"), before);
}
