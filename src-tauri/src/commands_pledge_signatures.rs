//! The drawn signatures of the focal point and the high-level representative on the targets
//! pledge of the adopted target set: listing them and signing (again) through the signing pad.

use concord_domain::DrawnSignature;
use concord_store::vision_signatures::VisionSigner;
use concord_usecases::declarations::SignatureView;
use concord_usecases::pledge_signatures::{sign, signatures};
use tauri::State;

use crate::commands_meetings::now;
use crate::dto::{ApiError, FieldMessage};
use crate::state::AppState;

/// The signatures drawn on the pledge of the adopted targets, focal point first; none while
/// nothing is adopted.
#[tauri::command]
pub fn pledge_signatures(state: State<'_, AppState>) -> Result<Vec<SignatureView>, ApiError> {
    state.with_use_case(|store| signatures(store))
}

/// Stores the signature `role` (`focal-point` or `representative`) drew on the pledge,
/// replacing one drawn before; refused while no target is adopted.
#[tauri::command]
pub fn sign_pledge(
    state: State<'_, AppState>,
    role: String,
    signature: DrawnSignature,
) -> Result<Vec<SignatureView>, ApiError> {
    let Some(signer) = VisionSigner::from_key(&role) else {
        let i18n = state.i18n();
        return Err(ApiError {
            code: "validation".to_owned(),
            message: i18n.fmt_text("pledge-sig-unknown-role", &[("role", role.clone())]),
            fields: Vec::<FieldMessage>::new(),
        });
    };
    state.with_use_case(|store| sign(store, signer, &signature, now()))
}
