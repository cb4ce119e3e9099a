//! The drawn signatures of the focal point and the high-level representative on an adopted
//! Vision version: listing them and signing (again) through the signing pad.

use concord_domain::DrawnSignature;
use concord_store::vision_signatures::{VisionSignature, VisionSigner};
use concord_store::{Store, StoreError};
use concord_usecases::declarations::SignatureView;
use tauri::State;

use crate::commands_meetings::now;
use crate::dto::{ApiError, FieldMessage};
use crate::state::AppState;

fn views(store: &Store, number: u32) -> Result<Vec<SignatureView>, StoreError> {
    Ok(store
        .vision_signatures(number)?
        .into_iter()
        .map(|s: VisionSignature| SignatureView {
            role: s.role.key().to_owned(),
            name: s.name,
            signature: s.signature,
            signed_at: s.signed_at,
        })
        .collect())
}

/// The signatures drawn on version `number`, focal point first.
#[tauri::command]
pub fn vision_signatures(
    state: State<'_, AppState>,
    number: u32,
) -> Result<Vec<SignatureView>, ApiError> {
    state.with_use_case(|store| Ok(views(store, number)?))
}

/// Stores the signature `role` (`focal-point` or `representative`) drew on adopted version
/// `number`, replacing one drawn before; the store refuses a version that is not adopted.
#[tauri::command]
pub fn sign_vision(
    state: State<'_, AppState>,
    number: u32,
    role: String,
    signature: DrawnSignature,
) -> Result<Vec<SignatureView>, ApiError> {
    let Some(signer) = VisionSigner::from_key(&role) else {
        let i18n = state.i18n();
        return Err(ApiError {
            code: "validation".to_owned(),
            message: i18n.fmt_text("vision-signature-unknown-role", &[("role", role.clone())]),
            fields: Vec::<FieldMessage>::new(),
        });
    };
    state.with_use_case(|store| {
        store.save_vision_signature(number, signer, &signature, now())?;
        Ok(views(store, number)?)
    })
}
