//! The drawn signatures on the targets pledge: the focal point and the high-level
//! representative sign the adopted target set (the store keys it by the adopting question),
//! and the pledge prints each drawing on its signer's line, above the name.

use chrono::NaiveDateTime;
use concord_documents::{Block, Document, Ink};
use concord_domain::DrawnSignature;
use concord_store::vision_signatures::VisionSigner;
use concord_store::{PledgeSignature, Store};

use crate::UseCaseError;
use crate::declarations::SignatureView;

/// The signatures drawn on the pledge of the adopted target set, focal point first.
pub fn signatures(store: &Store) -> Result<Vec<SignatureView>, UseCaseError> {
    Ok(store.pledge_signatures()?.into_iter().map(view).collect())
}

/// Stores the signature `role` drew on the pledge, replacing one drawn before; refused, and
/// nothing changed, while no target is adopted or when the strokes are not a signature.
pub fn sign(
    store: &mut Store,
    role: VisionSigner,
    signature: &DrawnSignature,
    at: NaiveDateTime,
) -> Result<Vec<SignatureView>, UseCaseError> {
    store.save_pledge_signature(role, signature, at)?;
    signatures(store)
}

fn view(s: PledgeSignature) -> SignatureView {
    SignatureView {
        role: s.role.key().to_owned(),
        name: s.name,
        signature: s.signature,
        signed_at: s.signed_at,
    }
}

/// Puts the drawn signatures on the pledge's signature lines: the focal point's on the first,
/// the representative's on the second (the order the pledge prints them in). A draft has no
/// adopted set, so no signature to draw.
pub(crate) fn draw_on(doc: &mut Document, store: &Store) -> Result<(), UseCaseError> {
    let drawn = store.pledge_signatures()?;
    if drawn.is_empty() {
        return Ok(());
    }
    for block in doc.blocks.iter_mut() {
        if let Block::Signatures(signers) = block {
            for (signer, role) in signers.iter_mut().zip(VisionSigner::ALL) {
                if let Some(signed) = drawn.iter().find(|s| s.role == role) {
                    signer.drawn = Some(Ink::from(&signed.signature));
                }
            }
        }
    }
    Ok(())
}
