//! The UI's TypeScript types are generated from Rust; this fails when ui/src/bindings.ts is stale.
//! Run with `UPDATE_BINDINGS=1` to rewrite the file.

use std::path::Path;

#[test]
fn typescript_bindings_are_up_to_date() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/bindings.ts");
    let generated = concord_app::dto::typescript_bindings();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &generated).expect("write bindings");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "ui/src/bindings.ts is stale: run `UPDATE_BINDINGS=1 cargo test -p concord-app --test bindings`\n--- generated ---\n{generated}"
    );
}
