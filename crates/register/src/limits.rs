//! How much of a file an import reads. A register or a table of values is never near these
//! sizes; random bytes or a device file are, and they are refused before memory grows with
//! them.

use std::io::Read;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The file's size.
    pub bytes: usize,
    /// Rows, the header included.
    pub rows: usize,
    /// Cells in one row.
    pub columns: usize,
    /// Cells in the whole file: rows × columns may be small each and large together.
    pub cells: usize,
    /// One cell's bytes.
    pub field_bytes: usize,
}

impl Limits {
    /// The stakeholder register: a city's dialogue has hundreds of people, not a hundred
    /// thousand, and a note is at most 2,000 characters.
    pub const REGISTER: Limits = Limits {
        bytes: 16 * 1024 * 1024,
        rows: 100_000,
        columns: 200,
        cells: 2_000_000,
        field_bytes: 64 * 1024,
    };

    /// Indicator values and business-as-usual scenarios: long, narrow tables.
    pub const VALUES: Limits = Limits {
        bytes: 64 * 1024 * 1024,
        rows: 1_000_000,
        columns: 1_000,
        cells: 10_000_000,
        field_bytes: 1024 * 1024,
    };
}

#[derive(Debug)]
pub enum ReadLimited {
    Io(std::io::Error),
    /// The file holds more than `limit` bytes; no more than that was read.
    TooLarge {
        limit: usize,
    },
}

/// Reads a file, but never more than `limit` bytes: a FIFO or a device such as
/// `/dev/urandom` has no size to check first and would otherwise be read for ever.
pub fn read_limited(path: &Path, limit: usize) -> Result<Vec<u8>, ReadLimited> {
    let file = std::fs::File::open(path).map_err(ReadLimited::Io)?;
    let announced = file.metadata().map(|m| m.len()).unwrap_or(0);
    if usize::try_from(announced).map_or(true, |n| n > limit) {
        return Err(ReadLimited::TooLarge { limit });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(announced).unwrap_or(0));
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    file.take(cap)
        .read_to_end(&mut bytes)
        .map_err(ReadLimited::Io)?;
    if bytes.len() > limit {
        return Err(ReadLimited::TooLarge { limit });
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_device_is_read_only_up_to_the_limit() {
        let started = std::time::Instant::now();
        assert!(matches!(
            read_limited(Path::new("/dev/zero"), 1024 * 1024),
            Err(ReadLimited::TooLarge { limit: 1_048_576 })
        ));
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
    }

    #[test]
    fn a_small_file_is_read_whole() {
        let dir = std::env::temp_dir().join(format!("concord-limits-{}", std::process::id()));
        std::fs::write(&dir, b"Name,Sector\n").expect("write");
        assert_eq!(read_limited(&dir, 12).expect("read"), b"Name,Sector\n");
        assert!(matches!(
            read_limited(&dir, 11),
            Err(ReadLimited::TooLarge { .. })
        ));
        std::fs::remove_file(&dir).ok();
    }
}
