//! X.509 names built from people's and cities' names as they are (UTF-8, Chinese included),
//! without going through the RFC 4514 string syntax that commas in a name would break.

use der::asn1::{Any, SetOfVec};
use der::oid::ObjectIdentifier;
use der::{Encode, Tag, Tagged};
use x509_cert::attr::AttributeTypeAndValue;
use x509_cert::name::{Name, RdnSequence, RelativeDistinguishedName};

use crate::{Result, SigningError};

pub(crate) const COMMON_NAME: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.4.3");
pub(crate) const LOCALITY: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.4.7");
pub(crate) const ORGANISATION: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.4.10");
pub(crate) const ORGANISATIONAL_UNIT: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.4.11");
pub(crate) const TITLE: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.4.12");

/// RFC 5280's upper bound for most name attributes (ub-common-name and friends).
const MAX_CHARS: usize = 64;

/// A name from `(attribute, value)` pairs, in order; empty values are left out.
pub(crate) fn build_name(parts: &[(ObjectIdentifier, &str)]) -> Result<Name> {
    let mut rdns = Vec::new();
    for (oid, value) in parts {
        let value: String = value.trim().chars().take(MAX_CHARS).collect();
        if value.is_empty() {
            continue;
        }
        let any = Any::new(Tag::Utf8String, value.as_bytes()).map_err(SigningError::crypto)?;
        let atv = AttributeTypeAndValue {
            oid: *oid,
            value: any,
        };
        let set = SetOfVec::try_from(vec![atv]).map_err(SigningError::crypto)?;
        rdns.push(RelativeDistinguishedName(set));
    }
    Ok(RdnSequence(rdns))
}

/// The first value of `oid` in a name, decoded from any of the usual string types.
pub(crate) fn attribute(name: &Name, oid: ObjectIdentifier) -> Option<String> {
    name.0
        .iter()
        .flat_map(|rdn| rdn.0.iter())
        .find(|atv| atv.oid == oid)
        .and_then(|atv| {
            let bytes = atv.value.value();
            match atv.value.tag() {
                Tag::Utf8String | Tag::PrintableString | Tag::Ia5String | Tag::TeletexString => {
                    Some(String::from_utf8_lossy(bytes).into_owned())
                }
                Tag::BmpString => {
                    let units: Vec<u16> = bytes
                        .chunks(2)
                        .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
                        .collect();
                    Some(String::from_utf16_lossy(&units))
                }
                _ => None,
            }
        })
}

/// The common name, or the whole name in DER-hex when it has none (never empty).
pub(crate) fn display_name(name: &Name) -> String {
    attribute(name, COMMON_NAME).unwrap_or_else(|| {
        name.to_der()
            .map(|der| der.iter().map(|b| format!("{b:02x}")).collect())
            .unwrap_or_default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_and_commas_survive() {
        let name = build_name(&[
            (COMMON_NAME, "李, 明"),
            (LOCALITY, "Weinan 渭南"),
            (ORGANISATION, ""),
        ])
        .expect("name");
        assert_eq!(name.0.len(), 2, "the empty organisation is left out");
        assert_eq!(attribute(&name, COMMON_NAME).as_deref(), Some("李, 明"));
        assert_eq!(display_name(&name), "李, 明");
        assert_eq!(attribute(&name, ORGANISATION), None);
    }
}
