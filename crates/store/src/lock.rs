//! One database, one replacer: an advisory lock file beside the database.
//!
//! Every process that uses a database (the window, each `concord` command) holds a shared lock
//! on `<database>.lock` for as long as it has the file open. Replacing the file (restore, archive
//! import) needs the exclusive lock, so it can never swap the file under a live writer: it waits
//! a little for the others to finish, then refuses and names them. Each holder also leaves a
//! line in `<database>.holders/<pid>` saying what it is, so the refusal can name "the Concord
//! window" rather than a number.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use crate::{StoreError, fsutil};

/// What this process calls itself in other processes' messages ("concord import stakeholders").
static HOLDER_NAME: OnceLock<String> = OnceLock::new();

/// Names this process for the lock's holder list; the first call wins.
pub fn set_holder_name(name: &str) {
    let _ = HOLDER_NAME.set(name.to_owned());
}

fn holder_name() -> String {
    HOLDER_NAME
        .get()
        .cloned()
        .unwrap_or_else(|| "concord".to_owned())
}

/// How long a replacement waits for other users of the database before refusing.
pub const REPLACE_WAIT: Duration = Duration::from_secs(5);
/// How long opening waits for a replacement in progress to finish.
const OPEN_WAIT: Duration = Duration::from_secs(30);
const POLL: Duration = Duration::from_millis(50);

/// The lock file of the database at `db_path`.
pub fn lock_path(db_path: &Path) -> PathBuf {
    sibling(db_path, ".lock")
}

fn holders_dir(db_path: &Path) -> PathBuf {
    sibling(db_path, ".holders")
}

fn sibling(db_path: &Path, suffix: &str) -> PathBuf {
    let mut name = db_path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// A held lock on one database; released when dropped (or when the process ends, however it
/// ends: the kernel drops advisory locks with the process).
#[derive(Debug)]
pub struct DatabaseLock {
    _file: File,
    holder_file: Option<PathBuf>,
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Shared,
    Exclusive,
}

impl DatabaseLock {
    /// The lock every user of the database holds. Waits while a restore or an import replaces
    /// the file, then refuses naming it.
    pub fn shared(db_path: &Path) -> Result<DatabaseLock, StoreError> {
        Self::acquire(db_path, Mode::Shared, OPEN_WAIT)
    }

    /// The lock a replacement of the file needs: nobody else may have the database open.
    pub fn exclusive(db_path: &Path, wait: Duration) -> Result<DatabaseLock, StoreError> {
        Self::acquire(db_path, Mode::Exclusive, wait)
    }

    fn acquire(db_path: &Path, mode: Mode, wait: Duration) -> Result<DatabaseLock, StoreError> {
        let path = lock_path(db_path);
        // An archive imported on a new laptop brings its database into a folder not made yet.
        if mode == Mode::Exclusive
            && let Some(parent) = db_path.parent().filter(|p| !p.as_os_str().is_empty())
        {
            fsutil::create_private_dir(parent)?;
        }
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|source| StoreError::Io {
                path: path.clone(),
                source,
            })?;
        fsutil::make_private(&path);
        let started = Instant::now();
        loop {
            let attempt = match mode {
                Mode::Shared => file.try_lock_shared(),
                Mode::Exclusive => file.try_lock(),
            };
            match attempt {
                Ok(()) => break,
                Err(TryLockError::WouldBlock) if started.elapsed() < wait => {
                    std::thread::sleep(POLL)
                }
                Err(TryLockError::WouldBlock) => {
                    return Err(StoreError::InUse {
                        path: db_path.to_owned(),
                        holders: holders(db_path),
                    });
                }
                Err(TryLockError::Error(source)) => return Err(StoreError::Io { path, source }),
            }
        }
        let holder_file = record_holder(db_path);
        Ok(DatabaseLock {
            _file: file,
            holder_file,
        })
    }
}

impl Drop for DatabaseLock {
    fn drop(&mut self) {
        if let Some(path) = &self.holder_file {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// Leaves `<pid>` in the holders folder with this process's name. Best effort: a holder that
/// cannot be named still holds the lock.
fn record_holder(db_path: &Path) -> Option<PathBuf> {
    let dir = holders_dir(db_path);
    fsutil::create_private_dir(&dir).ok()?;
    let path = dir.join(std::process::id().to_string());
    std::fs::write(&path, format!("{}\n", holder_name())).ok()?;
    fsutil::make_private(&path);
    Some(path)
}

/// What the other processes that have the database open call themselves, with their process
/// ids; entries of processes that no longer run are left out (and removed).
pub fn holders(db_path: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(holders_dir(db_path)) else {
        return Vec::new();
    };
    let own = std::process::id().to_string();
    let mut found = Vec::new();
    for entry in entries.flatten() {
        let pid = entry.file_name().to_string_lossy().into_owned();
        if pid == own || pid.parse::<u32>().is_err() {
            continue;
        }
        if !process_runs(&pid) {
            let _ = std::fs::remove_file(entry.path());
            continue;
        }
        let noted = std::fs::read_to_string(entry.path()).unwrap_or_default();
        let first = noted.lines().next().unwrap_or_default();
        let name: String = first
            .chars()
            .filter(|c| !c.is_control())
            .take(120)
            .collect();
        found.push(format!("{} (pid {pid})", name.trim()));
    }
    found.sort();
    found
}

#[cfg(target_os = "linux")]
pub(crate) fn process_runs(pid: impl std::fmt::Display) -> bool {
    Path::new("/proc").join(pid.to_string()).exists()
}

#[cfg(not(target_os = "linux"))]
pub(crate) fn process_runs(_pid: impl std::fmt::Display) -> bool {
    true
}

/// Notes a temporary file this process writes outside the database's folder (an export's
/// `.name.partial`), so that the next start removes it if this process is killed meanwhile.
pub fn note_temporary(db_path: &Path, temporary: &Path) {
    use std::io::Write;
    let path = holders_dir(db_path).join(std::process::id().to_string());
    let absolute = std::path::absolute(temporary).unwrap_or_else(|_| temporary.to_owned());
    if let Ok(mut file) = OpenOptions::new().append(true).open(&path) {
        let _ = writeln!(file, "{}", absolute.display());
    }
}

/// Removes the temporaries that processes which no longer run noted (see [`note_temporary`]),
/// then forgets those processes. Only hidden `.partial` and `.tmp` files are ever removed.
pub fn remove_ended_holders(db_path: &Path) {
    let Ok(entries) = std::fs::read_dir(holders_dir(db_path)) else {
        return;
    };
    for entry in entries.flatten() {
        let pid = entry.file_name().to_string_lossy().into_owned();
        if pid.parse::<u32>().is_err() || process_runs(&pid) {
            continue;
        }
        let noted = std::fs::read_to_string(entry.path()).unwrap_or_default();
        for line in noted.lines().skip(1) {
            let path = Path::new(line);
            let hidden = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .is_some_and(|n| {
                    n.starts_with('.') && (n.ends_with(".partial") || n.ends_with(".tmp"))
                });
            if hidden {
                let _ = std::fs::remove_file(path);
            }
        }
        let _ = std::fs::remove_file(entry.path());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_holders_exclude_a_replacement_and_are_named() {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = dir.path().join("c.db");
        set_holder_name("store tests");
        let first = DatabaseLock::shared(&db).expect("first");
        let second = DatabaseLock::shared(&db).expect("shared locks coexist");
        // A replacement in this process conflicts with this process's own shared locks too,
        // which is what the callers promise to avoid by closing their store first.
        match DatabaseLock::exclusive(&db, Duration::from_millis(120)) {
            Err(StoreError::InUse { holders, .. }) => assert!(holders.is_empty(), "{holders:?}"),
            other => panic!("expected InUse, got {other:?}"),
        }
        drop(first);
        drop(second);
        let exclusive = DatabaseLock::exclusive(&db, Duration::ZERO).expect("free now");
        drop(exclusive);
        assert!(DatabaseLock::shared(&db).is_ok());
    }

    #[test]
    fn holders_of_ended_processes_are_forgotten() {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = dir.path().join("c.db");
        let holders_dir = holders_dir(&db);
        std::fs::create_dir_all(&holders_dir).expect("dir");
        // No process has this id on Linux (pid_max is at most 2^22).
        std::fs::write(holders_dir.join("99999999"), "gone").expect("write");
        std::fs::write(holders_dir.join("1"), "init\u{7}").expect("write");
        let found = holders(&db);
        assert_eq!(found, vec!["init (pid 1)".to_owned()]);
        assert!(!holders_dir.join("99999999").exists());
    }
}
