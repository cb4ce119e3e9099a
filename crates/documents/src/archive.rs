//! PDF/A-2b, the archive format electronic records management expects (GB/T 23286.1 adopts
//! ISO 19005): besides what every file already has (embedded fonts, no encryption, no
//! transparency, XMP metadata agreeing with the Info dictionary), an output intent naming the
//! colour space the pages' device colours mean, and the identification in the XMP packet.

use lopdf::{Dictionary, Object, Stream, StringFormat};

use crate::DocumentError;

/// The sRGB profile the output intent embeds (zlib licence; see `assets/icc/README.md`).
const SRGB_PROFILE: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/icc/sRGB.icc"
));

/// The part and conformance level the XMP packet declares.
pub(crate) const PART: u8 = 2;
pub(crate) const CONFORMANCE: &str = "B";

/// The output condition, as the ICC registry names it.
const CONDITION: &str = "sRGB IEC61966-2.1";

/// Adds the catalogue's `/OutputIntents`: the pages' DeviceRGB and DeviceGray mean sRGB.
pub(crate) fn add_output_intent(lo: &mut lopdf::Document) -> Result<(), DocumentError> {
    let mut profile = Dictionary::new();
    profile.set("N", Object::Integer(3));
    let profile = lo.add_object(Object::Stream(Stream::new(profile, SRGB_PROFILE.to_vec())));
    let text = |s: &str| Object::String(s.as_bytes().to_vec(), StringFormat::Literal);
    let intent = Dictionary::from_iter(vec![
        ("Type", Object::Name(b"OutputIntent".to_vec())),
        ("S", Object::Name(b"GTS_PDFA1".to_vec())),
        ("OutputConditionIdentifier", text(CONDITION)),
        ("RegistryName", text("http://www.color.org")),
        ("Info", text(CONDITION)),
        ("DestOutputProfile", Object::Reference(profile)),
    ]);
    lo.catalog_mut()
        .map_err(|e| DocumentError::Pdf(e.to_string()))?
        .set(
            "OutputIntents",
            Object::Array(vec![Object::Dictionary(intent)]),
        );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_profile_is_an_rgb_display_profile() {
        // An ICC header: the 'acsp' signature, a display-class profile of RGB to XYZ.
        assert_eq!(&SRGB_PROFILE[36..40], b"acsp");
        assert_eq!(&SRGB_PROFILE[12..16], b"mntr");
        assert_eq!(&SRGB_PROFILE[16..20], b"RGB ");
        assert_eq!(&SRGB_PROFILE[20..24], b"XYZ ");
        let declared = u32::from_be_bytes([
            SRGB_PROFILE[0],
            SRGB_PROFILE[1],
            SRGB_PROFILE[2],
            SRGB_PROFILE[3],
        ]);
        assert_eq!(declared as usize, SRGB_PROFILE.len());
    }
}
