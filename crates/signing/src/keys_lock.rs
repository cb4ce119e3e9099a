//! One writer at a time in the key folder: an advisory lock on `keys/.lock`.
//!
//! Two first-time signings at once would each create an authority; the second one's files
//! would replace the first one's while the first was already issuing certificates from it. The
//! lock makes "read, and create what is missing" one step for every process and thread.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::Path;
use std::time::{Duration, Instant};

use crate::{Result, SigningError};

/// How long to wait for another signing to finish with the folder (making a key takes a second).
const WAIT: Duration = Duration::from_secs(60);
const POLL: Duration = Duration::from_millis(25);

/// Held while the key folder is read or changed; dropping it releases the lock.
#[derive(Debug)]
pub(crate) struct KeysLock {
    _file: File,
}

/// Waits for the key folder's lock (the folder must exist).
pub(crate) fn lock_keys(dir: &Path) -> Result<KeysLock> {
    let path = dir.join(".lock");
    let mut options = OpenOptions::new();
    options.create(true).truncate(false).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options.open(&path).map_err(SigningError::io(&path))?;
    let started = Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(KeysLock { _file: file }),
            Err(TryLockError::WouldBlock) if started.elapsed() < WAIT => std::thread::sleep(POLL),
            Err(TryLockError::WouldBlock) => {
                return Err(SigningError::KeysBusy {
                    path,
                    seconds: WAIT.as_secs(),
                });
            }
            Err(TryLockError::Error(source)) => return Err(SigningError::Io { path, source }),
        }
    }
}
