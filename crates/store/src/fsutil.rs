//! Files only their owner may read: the database, backups, archives and (later) signing keys.
//!
//! [`write_private`] writes through a temporary file in the same folder with mode 0600, syncs it,
//! renames it over the target and syncs the folder, so that the target is either the old file or
//! the whole new one, even after a crash or a power cut.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::StoreError;

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.to_owned(),
        source,
    }
}

/// A name next to `path` for a temporary file: `.name.<pid>.<tag>.tmp`.
pub fn sibling_temp(path: &Path, tag: &str) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.{}.{tag}.tmp", std::process::id()))
}

/// Removes the temporary files (`.name.<pid>.<tag>.tmp` and their SQLite sidecars) that a
/// process which no longer runs left beside the database or in its backup folder: a killed
/// import, restore or backup leaves copies of personal data there.
pub fn remove_stale_temporaries(db_path: &Path) {
    let folder = match db_path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    for dir in [folder, crate::backup::backup_dir(db_path)] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if let Some(pid) = temporary_owner(&name)
                && pid != std::process::id()
                && !crate::lock::process_runs(pid)
            {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
}

/// The process id in a temporary file's name `.name.<pid>.<tag>.tmp[-wal|-shm|-journal]`.
fn temporary_owner(name: &str) -> Option<u32> {
    let rest = name.strip_prefix('.')?;
    let stem = ["", "-wal", "-shm", "-journal"]
        .iter()
        .find_map(|suffix| rest.strip_suffix(&format!(".tmp{suffix}")))?;
    let mut parts = stem.rsplitn(3, '.');
    let _tag = parts.next()?;
    let pid = parts.next()?;
    parts.next()?;
    pid.parse().ok()
}

/// Creates a file that only its owner can read or write (0600 on Unix); fails if it exists.
pub fn create_private(path: &Path) -> Result<File, StoreError> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path).map_err(io(path))
}

/// Writes `bytes` to `path` atomically with mode 0600 (see the module documentation).
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let tmp = sibling_temp(path, "write");
    let _ = std::fs::remove_file(&tmp);
    let result = (|| {
        let mut file = create_private(&tmp)?;
        file.write_all(bytes).map_err(io(&tmp))?;
        file.sync_all().map_err(io(&tmp))?;
        drop(file);
        std::fs::rename(&tmp, path).map_err(io(path))?;
        sync_parent(path);
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Creates a folder (and its parents) that only its owner can enter (0700 on Unix).
pub fn create_private_dir(path: &Path) -> Result<(), StoreError> {
    std::fs::create_dir_all(path).map_err(io(path))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o700)).map_err(io(path))?;
    }
    Ok(())
}

/// Restricts an existing file to its owner (0600). Best effort: a file on a foreign file system
/// that refuses is left as it is.
pub fn make_private(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = std::fs::metadata(path)
            && meta.permissions().mode() & 0o077 != 0
        {
            let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// Syncs the folder holding `path`, so that a rename in it survives a power cut.
pub fn sync_parent(path: &Path) {
    #[cfg(unix)]
    if let Some(parent) = path.parent() {
        let parent = if parent.as_os_str().is_empty() {
            Path::new(".")
        } else {
            parent
        };
        if let Ok(dir) = File::open(parent) {
            let _ = dir.sync_all();
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn temporaries_of_ended_processes_are_removed_and_nothing_else() {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = dir.path().join("c.db");
        std::fs::write(&db, b"db").expect("db");
        let stale = [
            ".c.db.99999999.import.tmp",
            ".c.db.99999999.restore.tmp-wal",
        ];
        let kept = [
            format!(".c.db.{}.import.tmp", std::process::id()),
            "notes.tmp".to_owned(),
            ".c.db.x.import.tmp".to_owned(),
            "c.db-wal".to_owned(),
        ];
        for name in stale.iter().map(|s| s.to_string()).chain(kept.clone()) {
            std::fs::write(dir.path().join(name), b"x").expect("write");
        }
        remove_stale_temporaries(&db);
        for name in stale {
            assert!(!dir.path().join(name).exists(), "{name} left");
        }
        for name in kept {
            assert!(dir.path().join(&name).exists(), "{name} removed");
        }
        assert!(db.exists());
    }

    #[test]
    fn private_files_are_0600_and_replaced_whole() {
        let dir = tempfile::tempdir().expect("tempdir");
        let key = dir.path().join("keys/signing.key");
        create_private_dir(key.parent().expect("parent")).expect("dir");
        write_private(&key, b"first").expect("write");
        write_private(&key, b"second").expect("rewrite");
        assert_eq!(std::fs::read(&key).expect("read"), b"second");
        let mode = std::fs::metadata(&key).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        let dir_mode = std::fs::metadata(key.parent().expect("parent"))
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(dir_mode & 0o777, 0o700);
        let leftovers: Vec<_> = std::fs::read_dir(key.parent().expect("parent"))
            .expect("list")
            .collect();
        assert_eq!(leftovers.len(), 1, "no temporary file is left behind");
    }

    #[test]
    fn the_database_file_is_made_private() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("concord.db");
        let _store = crate::Store::open(&path).expect("open");
        let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
        assert_eq!(mode & 0o077, 0);
    }
}
