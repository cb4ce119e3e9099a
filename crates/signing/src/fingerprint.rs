//! SHA-256 fingerprints of certificates, in the form people compare by eye.

use sha2::{Digest, Sha256};

/// The SHA-256 of a certificate's DER encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint(pub [u8; 32]);

impl Fingerprint {
    pub fn of_der(der: &[u8]) -> Self {
        Fingerprint(Sha256::digest(der).into())
    }

    /// All 32 bytes as `AB:CD:…`, the way `openssl x509 -fingerprint -sha256` prints them.
    pub fn colon_hex(&self) -> String {
        self.0
            .iter()
            .map(|b| format!("{b:02X}"))
            .collect::<Vec<_>>()
            .join(":")
    }

    /// The first 8 bytes in four groups (`ABCD EF01 2345 6789`), short enough for a footer and
    /// still a prefix of [`Fingerprint::colon_hex`] to compare against.
    pub fn short(&self) -> String {
        self.0[..8]
            .chunks(2)
            .map(|pair| format!("{:02X}{:02X}", pair[0], pair[1]))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

impl std::fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.colon_hex())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_match_each_other() {
        let fp = Fingerprint::of_der(b"certificate");
        let long = fp.colon_hex();
        assert_eq!(long.len(), 32 * 3 - 1);
        assert!(long.chars().all(|c| c == ':' || c.is_ascii_hexdigit()));
        let short = fp.short();
        assert_eq!(short.len(), 19);
        assert_eq!(
            short.replace(' ', ""),
            long.replace(':', "")[..16].to_owned()
        );
    }
}
