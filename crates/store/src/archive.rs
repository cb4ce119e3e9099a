//! The archive: a whole dialogue in one file, to carry it to another laptop.
//!
//! ```text
//! offset  size  content
//!      0     8  magic "CONCORD\x1a"
//!      8     2  archive format, little-endian u16 (1)
//!     10     4  schema version of the database inside, little-endian u32
//!     14     8  payload length in bytes, little-endian u64
//!     22    32  SHA-256 of the payload
//!     54     …  payload: the SQLite database (an online-backup copy), zlib-compressed
//! ```
//!
//! Import checks, in order, before anything is written: the magic (else "not a Concord
//! archive"), the format, the schema version (a newer one is refused), the length and checksum,
//! the decompressed size (at most [`MAX_UNPACKED`], and no more than the size the SQLite header
//! inside announces, checked while streaming so a decompression bomb is stopped at once; the
//! archive itself at most [`MAX_PACKED`], checked before it is read), that the payload is a sound SQLite file
//! (integrity_check) of the announced version holding a dialogue. Then the database is brought
//! to the current schema in a temporary file and only then renamed over the target, after the
//! target has been kept aside in its backup folder.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use flate2::Compression;
use flate2::read::ZlibDecoder;
use flate2::write::ZlibEncoder;

use crate::backup::{self, BackupReason, ReplaceOutcome};
use crate::{Store, StoreError, fsutil, migrations};

pub const MAGIC: &[u8; 8] = b"CONCORD\x1a";
pub const FORMAT: u16 = 1;
pub const HEADER_LEN: usize = 54;
/// The largest database an archive may unpack to (guards against decompression bombs).
pub const MAX_UNPACKED: u64 = 1 << 30;
/// The largest archive file an import reads (it is read into memory whole).
pub const MAX_PACKED: u64 = 512 << 20;
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// The header of an archive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArchiveInfo {
    pub format: u16,
    pub schema_version: u32,
    pub payload_bytes: u64,
    pub sha256: String,
}

fn damaged(path: &Path, reason: impl ToString) -> StoreError {
    StoreError::FileDamaged {
        path: path.to_owned(),
        reason: reason.to_string(),
    }
}

fn le_u16(b: &[u8]) -> u16 {
    u16::from_le_bytes([b[0], b[1]])
}

fn le_u32(b: &[u8]) -> u32 {
    u32::from_le_bytes([b[0], b[1], b[2], b[3]])
}

fn le_u64(b: &[u8]) -> u64 {
    let mut a = [0u8; 8];
    a.copy_from_slice(&b[..8]);
    u64::from_le_bytes(a)
}

/// Builds archive bytes around an SQLite database file's bytes.
pub fn pack(database: &[u8], schema_version: u32) -> Result<Vec<u8>, std::io::Error> {
    let mut encoder = ZlibEncoder::new(Vec::new(), Compression::default());
    encoder.write_all(database)?;
    let payload = encoder.finish()?;
    Ok(seal(&payload, FORMAT, schema_version))
}

/// Puts a header in front of a payload (exposed for tests that build odd archives).
pub fn seal(payload: &[u8], format: u16, schema_version: u32) -> Vec<u8> {
    use sha2::{Digest, Sha256};
    let mut out = Vec::with_capacity(HEADER_LEN + payload.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&format.to_le_bytes());
    out.extend_from_slice(&schema_version.to_le_bytes());
    out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    out.extend_from_slice(&Sha256::digest(payload));
    out.extend_from_slice(payload);
    out
}

/// Checks an archive's header and checksum and unpacks its database bytes. `path` names the
/// file in error messages.
pub fn unpack(bytes: &[u8], path: &Path) -> Result<(ArchiveInfo, Vec<u8>), StoreError> {
    let mut database = Vec::new();
    let info = unpack_into(bytes, path, &mut database)?;
    Ok((info, database))
}

/// Like [`unpack`], streaming the database into `out`: a payload that unpacks beyond the size
/// its SQLite header announces, or beyond [`MAX_UNPACKED`], is refused as soon as it does, so a
/// decompression bomb costs no more than the database it claims to be.
pub fn unpack_into(
    bytes: &[u8],
    path: &Path,
    out: &mut impl Write,
) -> Result<ArchiveInfo, StoreError> {
    if bytes.len() < HEADER_LEN || &bytes[..8] != MAGIC {
        return Err(StoreError::NotAnArchive {
            path: path.to_owned(),
        });
    }
    if bytes.len() as u64 > MAX_PACKED {
        return Err(too_large(path, "packed", MAX_PACKED));
    }
    let format = le_u16(&bytes[8..10]);
    if format != FORMAT {
        return Err(StoreError::ArchiveFormat {
            path: path.to_owned(),
            format,
        });
    }
    let schema_version = le_u32(&bytes[10..14]);
    if schema_version > migrations::latest_version() {
        return Err(StoreError::NewerSchema {
            found: schema_version,
            known: migrations::latest_version(),
        });
    }
    let payload_bytes = le_u64(&bytes[14..22]);
    let payload = &bytes[HEADER_LEN..];
    if payload.len() as u64 != payload_bytes {
        return Err(damaged(
            path,
            format!(
                "{} bytes of payload instead of {payload_bytes}",
                payload.len()
            ),
        ));
    }
    let sha256 = crate::audit::sha256_hex(payload);
    let expected: String = bytes[22..54].iter().map(|b| format!("{b:02x}")).collect();
    if sha256 != expected {
        return Err(damaged(path, "checksum mismatch"));
    }
    inflate(payload, path, out)?;
    Ok(ArchiveInfo {
        format,
        schema_version,
        payload_bytes,
        sha256,
    })
}

fn too_large(path: &Path, what: &'static str, limit: u64) -> StoreError {
    StoreError::ArchiveTooLarge {
        path: path.to_owned(),
        what,
        limit,
    }
}

/// The size a SQLite header says its file has (page size × page count), when the header's
/// count is valid (its change counter and "version valid for" agree).
fn announced_size(header: &[u8; 100]) -> Option<u64> {
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65_536,
        n if n >= 512 && n.is_power_of_two() => u64::from(n),
        _ => return None,
    };
    let pages = u32::from_be_bytes([header[28], header[29], header[30], header[31]]);
    (pages > 0 && header[24..28] == header[92..96]).then(|| page_size * u64::from(pages))
}

/// Decompresses a payload into `out`, checking the SQLite header first and the size throughout.
fn inflate(payload: &[u8], path: &Path, out: &mut impl Write) -> Result<(), StoreError> {
    let mut decoder = ZlibDecoder::new(payload);
    let mut header = [0u8; 100];
    decoder
        .read_exact(&mut header)
        .map_err(|_| damaged(path, "the payload is not a SQLite database"))?;
    if !header.starts_with(SQLITE_MAGIC) {
        return Err(damaged(path, "the payload is not a SQLite database"));
    }
    let announced = announced_size(&header);
    if announced.is_some_and(|size| size > MAX_UNPACKED) {
        return Err(too_large(path, "unpacked", MAX_UNPACKED));
    }
    let limit = announced.unwrap_or(MAX_UNPACKED);
    let written = |e: std::io::Error| StoreError::Io {
        path: path.to_owned(),
        source: e,
    };
    out.write_all(&header).map_err(written)?;
    let mut total = header.len() as u64;
    let mut buffer = vec![0u8; 64 * 1024];
    loop {
        let n = match decoder.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(damaged(path, e)),
        };
        total += n as u64;
        if total > limit {
            return Err(match announced {
                Some(_) => damaged(path, "the database inside is larger than its header says"),
                None => too_large(path, "unpacked", MAX_UNPACKED),
            });
        }
        out.write_all(&buffer[..n]).map_err(written)?;
    }
    out.flush().map_err(written)
}

/// Refuses an archive file beyond [`MAX_PACKED`] before reading it.
fn refuse_oversized(path: &Path) -> Result<(), StoreError> {
    let size = std::fs::metadata(path)
        .map_err(|source| StoreError::Io {
            path: path.to_owned(),
            source,
        })?
        .len();
    if size > MAX_PACKED {
        return Err(too_large(path, "packed", MAX_PACKED));
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

/// Unpacks the database of an archive into a private temporary file next to `near` and checks
/// it; the caller removes the file.
fn unpack_to_file(
    bytes: &[u8],
    label: &Path,
    near: &Path,
) -> Result<(ArchiveInfo, PathBuf, backup::BackupPreview), StoreError> {
    if let Some(parent) = near.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|source| StoreError::CreateDir {
            path: parent.to_owned(),
            source,
        })?;
    }
    let tmp = fsutil::sibling_temp(near, "unpacked");
    remove_with_sidecars(&tmp);
    let result = (|| {
        let mut file = std::io::BufWriter::new(fsutil::create_private(&tmp)?);
        let info = unpack_into(bytes, label, &mut file)?;
        drop(file);
        let preview = backup::preview(&tmp).map_err(|e| match e {
            StoreError::FileDamaged { reason, .. } => damaged(label, reason),
            StoreError::EmptyFile { .. } => StoreError::EmptyFile {
                path: label.to_owned(),
            },
            StoreError::Tampered { report, .. } => StoreError::Tampered {
                path: label.to_owned(),
                report,
            },
            other => other,
        })?;
        if preview.schema_version != info.schema_version {
            return Err(damaged(
                label,
                format!(
                    "the header says schema {} but the database is at {}",
                    info.schema_version, preview.schema_version
                ),
            ));
        }
        Ok(BackupPreviewWithPath {
            info,
            preview,
            path: tmp.clone(),
        })
    })();
    match result {
        Ok(p) => Ok((p.info, p.path, p.preview)),
        Err(e) => {
            remove_with_sidecars(&tmp);
            Err(e)
        }
    }
}

struct BackupPreviewWithPath {
    info: ArchiveInfo,
    preview: backup::BackupPreview,
    path: PathBuf,
}

fn read_file(path: &Path) -> Result<Vec<u8>, StoreError> {
    std::fs::read(path).map_err(|source| StoreError::Io {
        path: path.to_owned(),
        source,
    })
}

/// What an archive holds, checked like an import would check it; changes nothing.
pub fn inspect(path: &Path) -> Result<(ArchiveInfo, backup::BackupPreview), StoreError> {
    refuse_oversized(path)?;
    let bytes = read_file(path)?;
    let scratch = std::env::temp_dir().join("concord-archive-inspect.db");
    let (info, tmp, mut preview) = unpack_to_file(&bytes, path, &scratch)?;
    remove_with_sidecars(&tmp);
    preview.path = path.to_owned();
    Ok((info, preview))
}

/// Imports the archive file at `from` into the database at `db_path`.
/// See [`import_bytes`].
pub fn import(
    db_path: &Path,
    from: &Path,
    replace: bool,
    now: NaiveDateTime,
) -> Result<ReplaceOutcome, StoreError> {
    refuse_oversized(from)?;
    let bytes = read_file(from)?;
    import_bytes(db_path, &bytes, from, replace, now)
}

/// Imports archive bytes into the database at `db_path`. A database that already holds a
/// dialogue is only replaced with `replace`, and is kept aside first. On any error nothing is
/// changed. Close every connection to `db_path` first.
pub fn import_bytes(
    db_path: &Path,
    bytes: &[u8],
    label: &Path,
    replace: bool,
    now: NaiveDateTime,
) -> Result<ReplaceOutcome, StoreError> {
    // Nobody else may have the database open while its file is replaced.
    let _replacing = crate::lock::DatabaseLock::exclusive(db_path, crate::lock::REPLACE_WAIT)?;
    let (_info, unpacked, mut preview) = unpack_to_file(bytes, label, db_path)?;
    let result = (|| {
        if !replace && let Some(city) = backup::existing_city(db_path) {
            return Err(StoreError::ReplaceRefused { city });
        }
        let name = label
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let detail = format!("{{\"from\":{}}}", backup::json_string(&name));
        let ready = backup::prepare_replacement(&unpacked, db_path, "import", &detail).map_err(
            |e| match e {
                StoreError::FileDamaged { reason, .. } => damaged(label, reason),
                StoreError::Tampered { report, .. } => StoreError::Tampered {
                    path: label.to_owned(),
                    report,
                },
                other => other,
            },
        )?;
        match backup::replace_database(db_path, &ready, BackupReason::BeforeImport, now) {
            Ok(kept_aside) => Ok(kept_aside),
            Err(e) => {
                remove_with_sidecars(&ready);
                Err(e)
            }
        }
    })();
    remove_with_sidecars(&unpacked);
    preview.path = label.to_owned();
    Ok(ReplaceOutcome {
        preview,
        kept_aside: result?,
    })
}

impl Store {
    /// Writes the whole database as an archive to `out` (0600, atomically).
    pub fn export_archive(&self, out: &Path) -> Result<ArchiveInfo, StoreError> {
        self.require_dialogue()?;
        let tmp = fsutil::sibling_temp(out, "snapshot");
        remove_with_sidecars(&tmp);
        let result = (|| {
            self.backup_to(&tmp)?;
            let database = read_file(&tmp)?;
            let version = self.schema_version()?;
            let bytes = pack(&database, version).map_err(|source| StoreError::Io {
                path: out.to_owned(),
                source,
            })?;
            fsutil::write_private(out, &bytes)?;
            let (info, _) = unpack(&bytes, out)?;
            Ok(info)
        })();
        remove_with_sidecars(&tmp);
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo;

    fn now() -> NaiveDateTime {
        demo::sample_date().and_hms_opt(12, 0, 0).expect("time")
    }

    #[test]
    fn an_archive_carries_the_dialogue_to_another_database() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut store = Store::open(&dir.path().join("a/concord.db")).expect("open");
        demo::create(&mut store, demo::sample_date()).expect("demo");
        let out = dir.path().join("weinan.concord");
        let info = store.export_archive(&out).expect("export");
        assert_eq!(info.schema_version, migrations::latest_version());
        let (_, preview) = inspect(&out).expect("inspect");
        assert_eq!(preview.stakeholders, demo::stakeholders().len() as u64);

        let target = dir.path().join("b/concord.db");
        let outcome = import(&target, &out, false, now()).expect("import");
        assert_eq!(outcome.kept_aside, None);
        let imported = Store::open(&target).expect("open imported");
        assert_eq!(
            imported.stakeholder_count().expect("count"),
            demo::stakeholders().len()
        );
        assert!(imported.verify_audit().expect("verify").is_intact());
        assert_eq!(
            imported.require_dialogue().expect("dialogue").city_en,
            "Weinan"
        );
    }

    #[test]
    fn an_existing_dialogue_is_only_replaced_on_request() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("concord.db");
        let mut store = Store::open(&path).expect("open");
        demo::create(&mut store, demo::sample_date()).expect("demo");
        let out = dir.path().join("x.concord");
        store.export_archive(&out).expect("export");
        store.set_setting("local", "edit").expect("edit");
        drop(store);
        assert!(matches!(
            import(&path, &out, false, now()),
            Err(StoreError::ReplaceRefused { .. })
        ));
        let outcome = import(&path, &out, true, now()).expect("replace");
        assert!(outcome.kept_aside.is_some());
        let store = Store::open(&path).expect("open");
        assert_eq!(store.setting("local").expect("read"), None);
    }

    #[test]
    fn wrong_files_get_precise_errors() {
        let p = Path::new("x.concord");
        assert!(matches!(
            unpack(b"PK\x03\x04 a zip file", p),
            Err(StoreError::NotAnArchive { .. })
        ));
        assert!(matches!(
            unpack(&seal(b"", 7, 1), p),
            Err(StoreError::ArchiveFormat { format: 7, .. })
        ));
        assert!(matches!(
            unpack(&seal(b"", FORMAT, 9999), p),
            Err(StoreError::NewerSchema { found: 9999, .. })
        ));
        // The smallest payload that passes the header checks: a 100-byte SQLite header.
        let mut header = b"SQLite format 3\0".to_vec();
        header.resize(100, 0);
        let mut good = pack(&header, 1).expect("pack");
        assert!(unpack(&good, p).is_ok());
        let last = good.len() - 1;
        good[last] ^= 1;
        assert!(matches!(
            unpack(&good, p),
            Err(StoreError::FileDamaged { .. })
        ));
        assert!(matches!(
            unpack(&pack(b"plain text", 1).expect("pack"), p),
            Err(StoreError::FileDamaged { .. })
        ));
    }
}
