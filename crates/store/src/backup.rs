//! Backups with SQLite's online backup API, their rotation, preview and restore.
//!
//! Automatic backups go to `backups/` next to the database, named
//! `concord-YYYYMMDD-HHMMSS-<reason>.db`, and only the newest N are kept (the `backup.keep`
//! setting, 10 by default). Every copy is integrity-checked before it gets its final name.
//!
//! A restore never touches the database until the very end: the chosen file is checked
//! (a SQLite file, sound, a schema this build can read, holding a dialogue), copied to a
//! temporary file next to the database, brought up to the current schema and checked again;
//! then the current database is kept aside in `backups/` and the copy is renamed over it.
//!
//! Beside every backup in the folder, `….db.head` repeats the audit chain's head (`SEQ:HASH`)
//! of the copy: an anchor outside the database (`concord audit verify --anchor FILE`). Old
//! backups without one restore as before; pruning removes a backup's manifest with it.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::NaiveDateTime;
use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags, OptionalExtension};

use crate::{Store, StoreError, fsutil, integrity, migrations};

/// The setting that says how many automatic backups to keep.
pub const KEEP_SETTING: &str = "backup.keep";
pub const DEFAULT_KEEP: usize = 10;
/// A daily backup is due when the newest backup is older than this.
pub const DAILY_INTERVAL: chrono::TimeDelta = chrono::TimeDelta::hours(24);

/// Why a backup was made; part of its file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackupReason {
    Manual,
    Daily,
    MeetingClosed,
    BeforeRestore,
    BeforeImport,
}

impl BackupReason {
    pub const ALL: [BackupReason; 5] = [
        BackupReason::Manual,
        BackupReason::Daily,
        BackupReason::MeetingClosed,
        BackupReason::BeforeRestore,
        BackupReason::BeforeImport,
    ];

    pub fn key(self) -> &'static str {
        match self {
            BackupReason::Manual => "manual",
            BackupReason::Daily => "daily",
            BackupReason::MeetingClosed => "meeting-closed",
            BackupReason::BeforeRestore => "before-restore",
            BackupReason::BeforeImport => "before-import",
        }
    }

    pub fn from_key(key: &str) -> Option<BackupReason> {
        Self::ALL.into_iter().find(|r| r.key() == key)
    }
}

/// A backup file in the backup folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupInfo {
    pub path: PathBuf,
    pub file_name: String,
    /// Local time the backup was made, from its name.
    pub created: NaiveDateTime,
    pub reason: BackupReason,
    pub bytes: u64,
}

/// What a backup (or an unpacked archive) holds, read without changing it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupPreview {
    pub path: PathBuf,
    pub schema_version: u32,
    pub city_zh: String,
    pub city_en: String,
    pub stakeholders: u64,
    pub meetings: u64,
    pub audit_entries: u64,
    /// The time of the last audited change, UTC.
    pub last_change: Option<String>,
}

/// What a restore or import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplaceOutcome {
    pub preview: BackupPreview,
    /// Where the database that was replaced now lives, if there was one.
    pub kept_aside: Option<PathBuf>,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.to_owned(),
        source,
    }
}

fn damaged(path: &Path, reason: impl ToString) -> StoreError {
    StoreError::FileDamaged {
        path: path.to_owned(),
        reason: reason.to_string(),
    }
}

/// The folder of automatic backups for the database at `db_path`.
pub fn backup_dir(db_path: &Path) -> PathBuf {
    db_path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .join("backups")
}

fn parse_name(name: &str) -> Option<(NaiveDateTime, BackupReason)> {
    let rest = name.strip_prefix("concord-")?.strip_suffix(".db")?;
    let stamp = rest.get(..15)?;
    let created = NaiveDateTime::parse_from_str(stamp, "%Y%m%d-%H%M%S").ok()?;
    let tail = rest.get(16..)?;
    // `-2`, `-3` … after the reason when two backups share a second.
    let reason = BackupReason::from_key(tail).or_else(|| {
        let (reason, n) = tail.rsplit_once('-')?;
        n.parse::<u32>().ok()?;
        BackupReason::from_key(reason)
    })?;
    Some((created, reason))
}

/// The backups in `dir`, newest first. A missing folder holds none.
pub fn list_backups(dir: &Path) -> Result<Vec<BackupInfo>, StoreError> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(io(dir)(e)),
    };
    let mut out = Vec::new();
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let Some((created, reason)) = parse_name(&file_name) else {
            continue;
        };
        let bytes = entry.metadata().map(|m| m.len()).unwrap_or(0);
        out.push(BackupInfo {
            path: entry.path(),
            file_name,
            created,
            reason,
            bytes,
        });
    }
    out.sort_by(|a, b| b.file_name.cmp(&a.file_name));
    Ok(out)
}

/// Copies the main database of `source` into a new private file at `out` with the online backup
/// API (other connections may keep writing meanwhile), as a self-contained rollback-journal file.
fn online_copy(source: &Connection, out: &Path) -> Result<(), StoreError> {
    drop(fsutil::create_private(out)?);
    let mut dst = Connection::open(out)?;
    {
        let backup = Backup::new(source, &mut dst)?;
        let mut busy = 0;
        loop {
            match backup.step(-1)? {
                StepResult::Done => break,
                StepResult::More => {}
                _ => {
                    busy += 1;
                    if busy > 100 {
                        return Err(StoreError::Sqlite(rusqlite::Error::SqliteFailure(
                            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
                            None,
                        )));
                    }
                    std::thread::sleep(Duration::from_millis(50));
                }
            }
        }
    }
    dst.pragma_update(None, "journal_mode", "DELETE")?;
    let problems = integrity::problems(&dst)?;
    if !problems.is_empty() {
        return Err(damaged(out, problems.join("; ")));
    }
    drop(dst);
    if let Ok(file) = std::fs::File::open(out) {
        let _ = file.sync_all();
    }
    Ok(())
}

fn remove_with_sidecars(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(name));
    }
}

/// The manifest beside a backup that repeats its audit chain head: `concord-….db.head`.
pub fn anchor_manifest(backup: &Path) -> PathBuf {
    sidecar(backup, ".head")
}

/// The audit chain head a backup's manifest records, if it has one.
pub fn backup_anchor(backup: &Path) -> Option<crate::AuditAnchor> {
    std::fs::read_to_string(anchor_manifest(backup))
        .ok()?
        .parse()
        .ok()
}

/// Writes the manifest of a backup just made, from the copy itself. A backup without one (a
/// database from before the audit log) still restores.
fn write_anchor_manifest(backup: &Path) {
    if let Ok(anchor) = crate::audit::anchor_of_database(backup) {
        let _ = fsutil::write_private(&anchor_manifest(backup), format!("{anchor}\n").as_bytes());
    }
}

fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

impl Store {
    /// Writes a consistent copy of the database to `out` (0600), checked with integrity_check,
    /// replacing `out` only once the copy is whole. Returns its size in bytes.
    pub fn backup_to(&self, out: &Path) -> Result<u64, StoreError> {
        let tmp = fsutil::sibling_temp(out, "backup");
        remove_with_sidecars(&tmp);
        let result = online_copy(&self.conn, &tmp).and_then(|()| {
            std::fs::rename(&tmp, out).map_err(io(out))?;
            fsutil::sync_parent(out);
            Ok(std::fs::metadata(out).map(|m| m.len()).unwrap_or(0))
        });
        if result.is_err() {
            remove_with_sidecars(&tmp);
        }
        result
    }

    /// How many automatic backups to keep (at least 1).
    pub fn backup_keep(&self) -> Result<usize, StoreError> {
        Ok(self
            .setting(KEEP_SETTING)?
            .and_then(|v| v.trim().parse::<usize>().ok())
            .unwrap_or(DEFAULT_KEEP)
            .max(1))
    }

    pub fn set_backup_keep(&self, keep: usize) -> Result<(), StoreError> {
        self.set_setting(KEEP_SETTING, &keep.max(1).to_string())
    }

    /// The backup folder of this database (none for a database in memory).
    pub fn backup_dir(&self) -> Option<PathBuf> {
        self.path().map(backup_dir)
    }

    /// The backups of this database, newest first.
    pub fn backups(&self) -> Result<Vec<BackupInfo>, StoreError> {
        match self.backup_dir() {
            Some(dir) => list_backups(&dir),
            None => Ok(Vec::new()),
        }
    }

    /// Makes a backup in the backup folder now, then deletes the oldest beyond `backup.keep`.
    /// Meant for closing a meeting (`BackupReason::MeetingClosed`), the daily backup and the
    /// Backup button. `now` is local time; it names the file.
    pub fn backup_now(
        &self,
        reason: BackupReason,
        now: NaiveDateTime,
    ) -> Result<BackupInfo, StoreError> {
        let Some(dir) = self.backup_dir() else {
            return Err(StoreError::Corrupt(
                "a database in memory has no backup folder".into(),
            ));
        };
        fsutil::create_private_dir(&dir)?;
        let stamp = now.format("%Y%m%d-%H%M%S");
        let mut file_name = format!("concord-{stamp}-{}.db", reason.key());
        let mut n = 2;
        while dir.join(&file_name).exists() {
            file_name = format!("concord-{stamp}-{}-{n}.db", reason.key());
            n += 1;
        }
        let path = dir.join(&file_name);
        let bytes = self.backup_to(&path)?;
        write_anchor_manifest(&path);
        self.prune_backups()?;
        Ok(BackupInfo {
            path,
            file_name,
            created: now,
            reason,
            bytes,
        })
    }

    /// Deletes the oldest backups beyond `backup.keep`; returns how many were deleted.
    pub fn prune_backups(&self) -> Result<usize, StoreError> {
        let keep = self.backup_keep()?;
        let mut deleted = 0;
        for old in self.backups()?.into_iter().skip(keep) {
            std::fs::remove_file(&old.path).map_err(io(&old.path))?;
            let _ = std::fs::remove_file(anchor_manifest(&old.path));
            deleted += 1;
        }
        Ok(deleted)
    }

    /// The daily backup: makes one when the newest backup is more than a day old (or there is
    /// none) and the database holds a dialogue. The app calls this at start and every hour.
    pub fn backup_if_due(&self, now: NaiveDateTime) -> Result<Option<BackupInfo>, StoreError> {
        if self.path().is_none() || self.dialogue()?.is_none() {
            return Ok(None);
        }
        let newest = self.backups()?.into_iter().map(|b| b.created).max();
        if newest.is_some_and(|t| now.signed_duration_since(t) < DAILY_INTERVAL) {
            return Ok(None);
        }
        self.backup_now(BackupReason::Daily, now).map(Some)
    }
}

fn table_exists(conn: &Connection, name: &str) -> Result<bool, StoreError> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1",
            [name],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

fn count(conn: &Connection, table: &str) -> Result<u64, StoreError> {
    if !table_exists(conn, table)? {
        return Ok(0);
    }
    let n: i64 = conn.query_row(&format!("SELECT count(*) FROM \"{table}\""), [], |r| {
        r.get(0)
    })?;
    Ok(u64::try_from(n).unwrap_or(0))
}

/// Opens a file that should be a Concord database, read-only, and checks it.
fn open_candidate(path: &Path) -> Result<Connection, StoreError> {
    let mut magic = [0u8; 16];
    {
        use std::io::Read;
        let mut file = std::fs::File::open(path).map_err(io(path))?;
        if file.read_exact(&mut magic).is_err() || &magic != b"SQLite format 3\0" {
            return Err(damaged(path, "not a SQLite database"));
        }
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| damaged(path, e))?;
    Ok(conn)
}

/// Reads what a backup or unpacked archive holds, checking that this build can restore it:
/// a sound SQLite file (integrity_check), a schema no newer than this build's, and a dialogue.
/// Changes nothing.
pub fn preview(path: &Path) -> Result<BackupPreview, StoreError> {
    let conn = open_candidate(path)?;
    let wrap = |e: StoreError| match e {
        StoreError::Sqlite(e) => damaged(path, e),
        other => other,
    };
    (|| {
        let problems = integrity::problems(&conn)?;
        if !problems.is_empty() {
            return Err(damaged(path, problems.join("; ")));
        }
        let version = migrations::current_version(&conn)?;
        if version > migrations::latest_version() {
            return Err(StoreError::NewerSchema {
                found: version,
                known: migrations::latest_version(),
            });
        }
        // A log that does not match its rows or schema is not brought in, whatever it holds.
        crate::audit::refuse_tampered(&conn, path)?;
        if !table_exists(&conn, "dialogue")? {
            return Err(StoreError::EmptyFile {
                path: path.to_owned(),
            });
        }
        let city: Option<(String, String)> = conn
            .query_row(
                "SELECT city_zh, city_en FROM dialogue ORDER BY id LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let Some((city_zh, city_en)) = city else {
            return Err(StoreError::EmptyFile {
                path: path.to_owned(),
            });
        };
        let last_change = if table_exists(&conn, "audit_log")? {
            conn.query_row("SELECT max(at) FROM audit_log", [], |r| r.get(0))?
        } else {
            None
        };
        Ok(BackupPreview {
            path: path.to_owned(),
            schema_version: version,
            city_zh,
            city_en,
            stakeholders: count(&conn, "stakeholder")?,
            meetings: count(&conn, "meeting")?,
            audit_entries: count(&conn, "audit_log")?,
            last_change,
        })
    })()
    .map_err(wrap)
}

/// Turns a checked candidate file into a ready replacement next to `db_path`: copied, brought to
/// the current schema, the event recorded in its audit log, checked again, as one file.
pub(crate) fn prepare_replacement(
    candidate: &Path,
    db_path: &Path,
    event: &str,
    detail: &str,
) -> Result<PathBuf, StoreError> {
    let tmp = fsutil::sibling_temp(db_path, event);
    remove_with_sidecars(&tmp);
    let result = (|| {
        {
            let source = open_candidate(candidate)?;
            online_copy(&source, &tmp).map_err(|e| match e {
                StoreError::Sqlite(e) => damaged(candidate, e),
                other => other,
            })?;
        }
        // Checked again on the copy itself: the file may have changed since its preview, and
        // opening the copy below migrates it, which must not happen over a broken log.
        {
            let copy = Connection::open_with_flags(&tmp, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
            crate::audit::refuse_tampered(&copy, candidate)?;
        }
        let mut store = Store::open_scratch(&tmp).map_err(|e| match e {
            StoreError::Open { source, .. } => damaged(candidate, source),
            StoreError::Damaged { problems, .. } => damaged(candidate, problems.join("; ")),
            StoreError::Sqlite(e) => damaged(candidate, e),
            other => other,
        })?;
        if store.dialogue()?.is_none() {
            return Err(StoreError::EmptyFile {
                path: candidate.to_owned(),
            });
        }
        store.record_audit_event(event, detail)?;
        let problems = store.integrity_problems()?;
        if !problems.is_empty() {
            return Err(damaged(candidate, problems.join("; ")));
        }
        store.conn.pragma_update(None, "journal_mode", "DELETE")?;
        drop(store);
        if let Ok(file) = std::fs::File::open(&tmp) {
            let _ = file.sync_all();
        }
        Ok(tmp.clone())
    })();
    if result.is_err() {
        remove_with_sidecars(&tmp);
    }
    result
}

/// The dialogue's city in the database at `db_path`, if the file exists and holds one.
/// A file that cannot be read counts as holding something (it is kept aside, not overwritten
/// silently).
pub(crate) fn existing_city(db_path: &Path) -> Option<String> {
    if !db_path.exists() {
        return None;
    }
    let read = || -> Result<Option<String>, StoreError> {
        let conn = Connection::open_with_flags(db_path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        if !table_exists(&conn, "dialogue")? {
            return Ok(None);
        }
        Ok(conn
            .query_row(
                "SELECT city_zh || ' ' || city_en FROM dialogue ORDER BY id LIMIT 1",
                [],
                |r| r.get(0),
            )
            .optional()?)
    };
    read().unwrap_or_else(|_| Some(db_path.display().to_string()))
}

/// Keeps the database at `db_path` aside in its backup folder (online copy when it can be read,
/// the raw files when it cannot), then renames `replacement` over it. The caller must have closed
/// its own connections to `db_path`.
pub(crate) fn replace_database(
    db_path: &Path,
    replacement: &Path,
    reason: BackupReason,
    now: NaiveDateTime,
) -> Result<Option<PathBuf>, StoreError> {
    let kept_aside = if db_path.exists() {
        let dir = backup_dir(db_path);
        fsutil::create_private_dir(&dir)?;
        let stamp = now.format("%Y%m%d-%H%M%S");
        let mut aside = dir.join(format!("concord-{stamp}-{}.db", reason.key()));
        let mut n = 2;
        while aside.exists() {
            aside = dir.join(format!("concord-{stamp}-{}-{n}.db", reason.key()));
            n += 1;
        }
        let copied = Connection::open_with_flags(db_path, OpenFlags::SQLITE_OPEN_READ_WRITE)
            .map_err(StoreError::from)
            .and_then(|conn| online_copy(&conn, &aside));
        if copied.is_ok() {
            write_anchor_manifest(&aside);
        } else {
            // A damaged database is kept as it is, byte for byte, with its write-ahead log.
            remove_with_sidecars(&aside);
            std::fs::copy(db_path, &aside).map_err(io(&aside))?;
            fsutil::make_private(&aside);
            let wal = sidecar(db_path, "-wal");
            if wal.exists() {
                let aside_wal = sidecar(&aside, "-wal");
                std::fs::copy(&wal, &aside_wal).map_err(io(&aside_wal))?;
                fsutil::make_private(&aside_wal);
            }
        }
        Some(aside)
    } else {
        None
    };
    for suffix in ["-wal", "-shm", "-journal"] {
        let path = sidecar(db_path, suffix);
        match std::fs::remove_file(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(io(&path)(e)),
        }
    }
    std::fs::rename(replacement, db_path).map_err(io(db_path))?;
    fsutil::sync_parent(db_path);
    Ok(kept_aside)
}

/// Restores the backup at `from` into the database at `db_path` (see the module documentation).
/// Nothing is changed unless every check passes. Close every connection to `db_path` first.
pub fn restore(
    db_path: &Path,
    from: &Path,
    now: NaiveDateTime,
) -> Result<ReplaceOutcome, StoreError> {
    // Nobody else may have the database open while its file is replaced.
    let _replacing = crate::lock::DatabaseLock::exclusive(db_path, crate::lock::REPLACE_WAIT)?;
    let preview = preview(from)?;
    let name = from
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let detail = format!("{{\"from\":{}}}", json_string(&name));
    let tmp = prepare_replacement(from, db_path, "restore", &detail)?;
    match replace_database(db_path, &tmp, BackupReason::BeforeRestore, now) {
        Ok(kept_aside) => Ok(ReplaceOutcome {
            preview,
            kept_aside,
        }),
        Err(e) => {
            remove_with_sidecars(&tmp);
            Err(e)
        }
    }
}

/// A JSON string literal.
pub(crate) fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo;

    fn at(h: u32, m: u32) -> NaiveDateTime {
        demo::sample_date().and_hms_opt(h, m, 0).expect("time")
    }

    fn demo_db(dir: &Path) -> (PathBuf, Store) {
        let path = dir.join("concord.db");
        let mut store = Store::open(&path).expect("open");
        demo::create(&mut store, demo::sample_date()).expect("demo");
        (path, store)
    }

    #[test]
    fn names_are_parsed_back() {
        assert_eq!(
            parse_name("concord-20261123-093000-meeting-closed.db"),
            Some((at(9, 30), BackupReason::MeetingClosed))
        );
        assert_eq!(
            parse_name("concord-20261123-093000-daily-3.db"),
            Some((at(9, 30), BackupReason::Daily))
        );
        assert_eq!(parse_name("concord-2026-daily.db"), None);
        assert_eq!(parse_name("notes.db"), None);
    }

    #[test]
    fn backups_rotate_and_keep_the_newest() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (_path, store) = demo_db(dir.path());
        store.set_backup_keep(3).expect("keep");
        for minute in 0..5 {
            store
                .backup_now(BackupReason::MeetingClosed, at(10, minute))
                .expect("backup");
        }
        let list = store.backups().expect("list");
        assert_eq!(list.len(), 3);
        assert_eq!(list[0].created, at(10, 4));
        assert_eq!(list[2].created, at(10, 2));
        let preview = preview(&list[0].path).expect("preview");
        assert_eq!(preview.stakeholders, demo::stakeholders().len() as u64);
        assert_eq!(preview.city_en, "Weinan");
    }

    #[test]
    fn the_daily_backup_runs_once_a_day() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (_path, store) = demo_db(dir.path());
        assert!(store.backup_if_due(at(9, 0)).expect("first").is_some());
        assert!(store.backup_if_due(at(18, 0)).expect("same day").is_none());
        let next = at(9, 1) + chrono::TimeDelta::hours(24);
        assert!(store.backup_if_due(next).expect("next day").is_some());
        let empty = Store::open(&dir.path().join("other/empty.db")).expect("open");
        assert!(empty.backup_if_due(at(9, 0)).expect("empty").is_none());
    }

    #[test]
    fn restore_brings_back_the_backup_and_keeps_the_current_aside() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (path, store) = demo_db(dir.path());
        let backup = store
            .backup_now(BackupReason::Manual, at(9, 0))
            .expect("backup");
        store
            .set_setting("after.backup", "lost by the restore")
            .expect("write");
        drop(store);
        let outcome = restore(&path, &backup.path, at(9, 5)).expect("restore");
        let aside = outcome.kept_aside.expect("kept aside");
        let store = Store::open(&path).expect("reopen");
        assert_eq!(store.setting("after.backup").expect("read"), None);
        assert_eq!(
            store.stakeholder_count().expect("count"),
            demo::stakeholders().len()
        );
        let entries = store
            .audit_entries(&crate::AuditFilter {
                limit: 1,
                ..Default::default()
            })
            .expect("entries");
        assert_eq!(entries[0].op, "restore");
        assert!(store.verify_audit().expect("verify").is_intact());
        let kept = Store::open(&aside).expect("aside opens");
        assert_eq!(
            kept.setting("after.backup").expect("read").as_deref(),
            Some("lost by the restore")
        );
    }

    #[test]
    fn a_bad_file_changes_nothing() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (path, store) = demo_db(dir.path());
        drop(store);
        let before = std::fs::read(&path).expect("read");
        let junk = dir.path().join("junk.db");
        std::fs::write(&junk, b"SQLite format 3\0 but then nothing useful").expect("write");
        let text = dir.path().join("text.db");
        std::fs::write(&text, "hello").expect("write");
        let empty = dir.path().join("empty.db");
        drop(Store::open(&empty).expect("empty store"));
        let newer = dir.path().join("newer.db");
        {
            let c = Connection::open(&newer).expect("create");
            c.pragma_update(None, "user_version", 999).expect("v");
        }
        for (file, what) in [
            (&junk, "junk"),
            (&text, "text"),
            (&empty, "empty"),
            (&newer, "newer"),
        ] {
            let err = restore(&path, file, at(9, 0)).expect_err(what);
            match (what, &err) {
                ("empty", StoreError::EmptyFile { .. })
                | ("newer", StoreError::NewerSchema { found: 999, .. })
                | ("junk" | "text", StoreError::FileDamaged { .. }) => {}
                _ => panic!("{what}: unexpected {err:?}"),
            }
        }
        assert_eq!(std::fs::read(&path).expect("read"), before);
        assert!(list_backups(&backup_dir(&path)).expect("list").is_empty());
        let strays: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(strays.is_empty(), "{strays:?}");
    }

    #[test]
    fn a_damaged_database_is_reported_and_can_be_restored() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (path, store) = demo_db(dir.path());
        let backup = store
            .backup_now(BackupReason::Manual, at(9, 0))
            .expect("backup");
        drop(store);
        damage(&path);
        match Store::open(&path) {
            Err(StoreError::Damaged { problems, .. }) => assert!(!problems.is_empty()),
            other => panic!("expected Damaged, got {other:?}"),
        }
        let outcome = restore(&path, &backup.path, at(9, 5)).expect("restore");
        assert!(outcome.kept_aside.is_some());
        let store = Store::open(&path).expect("sound again");
        assert_eq!(
            store.stakeholder_count().expect("count"),
            demo::stakeholders().len()
        );
    }

    /// Overwrites the middle of the stakeholder table's pages with noise.
    pub(crate) fn damage(path: &Path) {
        let mut bytes = std::fs::read(path).expect("read");
        let page = 4096;
        let root: usize = {
            let c = Connection::open(path).expect("open");
            c.query_row(
                "SELECT rootpage FROM sqlite_schema WHERE name = 'stakeholder'",
                [],
                |r| r.get::<_, i64>(0),
            )
            .expect("root") as usize
        };
        let start = (root - 1) * page;
        for (i, b) in bytes[start..start + page].iter_mut().enumerate() {
            *b = (i * 37 % 251) as u8;
        }
        std::fs::write(path, bytes).expect("write");
    }
}
