//! Where the command line may write: never over the database, its sidecars, its backups or its
//! signing keys, however the path is spelled (`..`, symlinks, case, hard links).

use std::path::{Component, Path, PathBuf};
use std::sync::OnceLock;

use crate::error::CliError;

/// The database this run uses; outputs are checked against it and what lives beside it.
static DATABASE: OnceLock<PathBuf> = OnceLock::new();

/// Records the database of this run. Called once, before any command writes a file.
pub fn protect(db: &Path) {
    let _ = DATABASE.set(db.to_owned());
}

/// The database of this run, if one was named.
pub fn database() -> Option<&'static Path> {
    DATABASE.get().map(PathBuf::as_path)
}

/// Refuses an output path that is, or lies in, something Concord keeps: the database and its
/// `-wal`, `-shm`, `-journal` and lock files, the backup folder, or the `keys/` folder.
pub fn check(out: &Path) -> Result<(), CliError> {
    let Some(db) = database() else {
        return Ok(());
    };
    let target = resolve(out);
    let refuse = |what: &'static str| CliError::ProtectedOutput {
        path: out.to_owned(),
        what,
    };
    let files = ["", "-wal", "-shm", "-journal", ".lock"].map(|suffix| {
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        PathBuf::from(name)
    });
    for file in &files {
        if same_file(&target, &resolve(file)) {
            return Err(refuse("database"));
        }
    }
    let backups = resolve(&concord_store::backup::backup_dir(db));
    if inside(&target, &backups) {
        return Err(refuse("backups"));
    }
    let keys = resolve(&concord_usecases::signing::keys_dir(db));
    if inside(&target, &keys) {
        return Err(refuse("keys"));
    }
    Ok(())
}

/// The path with `..`, `.` and every symlink of its existing part resolved.
fn resolve(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    if let Ok(real) = absolute.canonicalize() {
        return real;
    }
    // The file does not exist yet: resolve its nearest existing ancestor, keep the rest.
    let mut missing = Vec::new();
    let mut existing = absolute.as_path();
    loop {
        if let Ok(real) = existing.canonicalize() {
            let mut out = real;
            for part in missing.iter().rev() {
                out.push(part);
            }
            return normalise(&out);
        }
        match (existing.file_name(), existing.parent()) {
            (Some(name), Some(parent)) => {
                missing.push(name.to_owned());
                existing = parent;
            }
            _ => return normalise(&absolute),
        }
    }
}

/// Removes `.` and `..` without touching the file system.
fn normalise(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// Two spellings of one file: equal ignoring case (a case-insensitive volume), or the same
/// inode (a hard link).
fn same_file(a: &Path, b: &Path) -> bool {
    if folded(a) == folded(b) {
        return true;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(x), Ok(y)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return x.dev() == y.dev() && x.ino() == y.ino();
        }
    }
    false
}

fn inside(path: &Path, folder: &Path) -> bool {
    let (path, folder) = (folded(path), folded(folder));
    path == folder || path.starts_with(&format!("{folder}{}", std::path::MAIN_SEPARATOR))
}

fn folded(path: &Path) -> String {
    path.to_string_lossy().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_a_protected_path_are_caught() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        std::fs::create_dir_all(root.join("data/keys")).expect("keys");
        std::fs::create_dir_all(root.join("elsewhere")).expect("elsewhere");
        let db = root.join("data/c.db");
        std::fs::write(&db, b"db").expect("db");
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(&db, root.join("elsewhere/link.pdf")).expect("symlink");
            std::fs::hard_link(&db, root.join("elsewhere/hard.pdf")).expect("hard link");
            std::os::unix::fs::symlink(root.join("data"), root.join("alias")).expect("dir link");
        }
        let _ = DATABASE.set(db.clone());
        let refused = [
            root.join("data/c.db"),
            root.join("data/C.DB"),
            root.join("elsewhere/../data/c.db"),
            root.join("data/c.db-wal"),
            root.join("data/c.db.lock"),
            root.join("data/keys/focal-point.key.pem"),
            root.join("data/keys/new/x.pem"),
            concord_store::backup::backup_dir(&db).join("concord-x.db"),
            #[cfg(unix)]
            root.join("elsewhere/link.pdf"),
            #[cfg(unix)]
            root.join("elsewhere/hard.pdf"),
            #[cfg(unix)]
            root.join("alias/keys/k.pem"),
        ];
        for path in refused {
            assert!(check(&path).is_err(), "{} was allowed", path.display());
        }
        for path in [
            root.join("data/minutes.pdf"),
            root.join("data/c.db.pdf"),
            root.join("data/keysake.pdf"),
            root.join("elsewhere/c.db"),
        ] {
            assert!(check(&path).is_ok(), "{} was refused", path.display());
        }
    }
}
