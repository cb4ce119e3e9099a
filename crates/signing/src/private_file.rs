//! Key files only their owner may read. The same discipline as the store's `fsutil` (temporary
//! file with mode 0600, sync, rename, sync the folder), kept here so that signing does not pull
//! in SQLite.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::{Result, SigningError};

/// Writes `bytes` to `path` atomically with mode 0600, replacing what was there.
pub(crate) fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = write_temporary(path, bytes)?;
    let result = std::fs::rename(&tmp, path).map_err(SigningError::io(path));
    finish(&tmp, path, result)
}

/// Writes `bytes` to `path` atomically with mode 0600 unless `path` exists: a key is created
/// once and never replaced. `false` when another writer was first.
pub(crate) fn create_private(path: &Path, bytes: &[u8]) -> Result<bool> {
    let tmp = write_temporary(path, bytes)?;
    // A hard link publishes the complete file under its name and fails if the name is taken.
    let result = match std::fs::hard_link(&tmp, path) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
        // A file system without hard links: the key folder's lock keeps others out.
        Err(_) if !path.exists() => std::fs::rename(&tmp, path)
            .map(|()| true)
            .map_err(SigningError::io(path)),
        Err(_) => Ok(false),
    };
    finish(&tmp, path, result)
}

fn write_temporary(path: &Path, bytes: &[u8]) -> Result<PathBuf> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // Process and thread in the name: two writers never share a temporary file.
    let thread = format!("{:?}", std::thread::current().id())
        .chars()
        .filter(char::is_ascii_digit)
        .collect::<String>();
    let tmp = path.with_file_name(format!(".{name}.{}-{thread}.tmp", std::process::id()));
    let _ = std::fs::remove_file(&tmp);
    let written = (|| {
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(&tmp).map_err(SigningError::io(&tmp))?;
        file.write_all(bytes).map_err(SigningError::io(&tmp))?;
        file.sync_all().map_err(SigningError::io(&tmp))
    })();
    match written {
        Ok(()) => Ok(tmp),
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(e)
        }
    }
}

/// Removes the temporary name (gone already after a rename) and syncs the folder.
fn finish<T>(tmp: &Path, path: &Path, result: Result<T>) -> Result<T> {
    let _ = std::fs::remove_file(tmp);
    if result.is_ok()
        && let Some(parent) = path.parent()
        && let Ok(dir) = File::open(parent)
    {
        let _ = dir.sync_all();
    }
    result
}

/// Creates a folder (and its parents) only its owner can enter (0700).
pub(crate) fn create_private_dir(path: &Path) -> Result<()> {
    std::fs::create_dir_all(path).map_err(SigningError::io(path))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o700))
            .map_err(SigningError::io(path))?;
    }
    Ok(())
}

/// Reads a file, or `None` when it does not exist.
pub(crate) fn read_if_present(path: &Path) -> Result<Option<Vec<u8>>> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(SigningError::io(path)(e)),
    }
}
