//! The document style of the dialogue — modern, or official after GB/T 9704-2012 — kept in the
//! store's settings (a database holds one dialogue), and the one-command override the command
//! line's `--style` gives.
//!
//! The override is scoped to the calling thread and to one closure, so an export reads the
//! style where it builds its document without every export's signature carrying it.

use std::cell::Cell;

use concord_store::Store;

pub use concord_documents::DocStyle;

use crate::UseCaseError;

/// The settings key.
pub const SETTING: &str = "documents.style";

thread_local! {
    static OVERRIDE: Cell<Option<DocStyle>> = const { Cell::new(None) };
}

/// The dialogue's document style; modern when none was chosen or the stored value is not a
/// style (a row changed behind the app's back), so an export never fails on it.
pub fn document_style(store: &Store) -> Result<DocStyle, UseCaseError> {
    if let Some(style) = OVERRIDE.with(Cell::get) {
        return Ok(style);
    }
    Ok(store
        .setting(SETTING)?
        .and_then(|v| v.parse().ok())
        .unwrap_or_default())
}

/// Choose the dialogue's document style.
pub fn set_document_style(store: &Store, style: DocStyle) -> Result<(), UseCaseError> {
    store.set_setting(SETTING, style.as_str())?;
    Ok(())
}

/// While the returned guard lives, `style` (when given) stands in for the dialogue's style on
/// this thread, as `concord export … --style` does; the dialogue's choice is unchanged.
#[must_use = "the override ends when the guard is dropped"]
pub fn override_style(style: Option<DocStyle>) -> StyleOverride {
    StyleOverride(OVERRIDE.with(|o| o.replace(style.or(o.get()))))
}

/// Ends an [`override_style`] when dropped.
#[derive(Debug)]
pub struct StyleOverride(Option<DocStyle>);

impl Drop for StyleOverride {
    fn drop(&mut self) {
        OVERRIDE.with(|o| o.set(self.0));
    }
}

/// Run `f` with `style` (when given) in place of the dialogue's style.
pub fn with_style<T>(style: Option<DocStyle>, f: impl FnOnce() -> T) -> T {
    let _guard = override_style(style);
    f()
}

/// `doc` in the style it is exported in.
pub(crate) fn styled(
    store: &Store,
    doc: concord_documents::Document,
) -> Result<concord_documents::Document, UseCaseError> {
    Ok(doc.with_style(document_style(store)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_style_is_remembered_overridden_for_one_call_and_survives_a_bad_value() {
        let store = Store::open_in_memory().expect("store");
        assert_eq!(document_style(&store).expect("style"), DocStyle::Modern);
        set_document_style(&store, DocStyle::Official).expect("set");
        assert_eq!(document_style(&store).expect("style"), DocStyle::Official);
        let inside = with_style(Some(DocStyle::Modern), || document_style(&store));
        assert_eq!(inside.expect("style"), DocStyle::Modern);
        assert_eq!(document_style(&store).expect("style"), DocStyle::Official);
        // No override keeps the dialogue's choice.
        let inside = with_style(None, || document_style(&store));
        assert_eq!(inside.expect("style"), DocStyle::Official);
        // A value written behind the app's back is not a style: the modern look, no error.
        store.set_setting(SETTING, "fancy").expect("raw write");
        assert_eq!(document_style(&store).expect("style"), DocStyle::Modern);
    }
}
