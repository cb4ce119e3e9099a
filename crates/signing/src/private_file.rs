//! Key files only their owner may read. The same discipline as the store's `fsutil` (temporary
//! file with mode 0600, sync, rename, sync the folder), kept here so that signing does not pull
//! in SQLite.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::Path;

use crate::{Result, SigningError};

/// Writes `bytes` to `path` atomically with mode 0600.
pub(crate) fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let _ = std::fs::remove_file(&tmp);
    let result = (|| {
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(&tmp).map_err(SigningError::io(&tmp))?;
        file.write_all(bytes).map_err(SigningError::io(&tmp))?;
        file.sync_all().map_err(SigningError::io(&tmp))?;
        drop(file);
        std::fs::rename(&tmp, path).map_err(SigningError::io(path))?;
        if let Some(parent) = path.parent()
            && let Ok(dir) = File::open(parent)
        {
            let _ = dir.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
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
