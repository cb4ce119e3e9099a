//! Architecture invariant: the shells (`src-tauri`, `crates/cli`) reach the documents, signing
//! and register crates only through `concord-usecases`, so each thing a person does is written
//! once. This test reads the shells' sources and manifests; test code of a shell may still
//! build its fixtures with those crates (they are dev-dependencies, never in the binary).

use std::path::{Path, PathBuf};

/// The crates a shell must not name: their work is done by a use case.
const BEHIND_USE_CASES: [&str; 3] = ["concord_documents", "concord_signing", "concord_register"];

/// The shells, from the workspace root.
const SHELLS: [&str; 2] = ["src-tauri", "crates/cli"];

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// `path:line: text` for every line of the shells' sources that names a crate behind the use
/// cases (in code or in a path, whether `use`d or written out in full).
fn offending_lines() -> Vec<String> {
    let mut lines = Vec::new();
    for shell in SHELLS {
        let mut files = Vec::new();
        rust_files(&workspace().join(shell).join("src"), &mut files);
        assert!(!files.is_empty(), "no sources found under {shell}/src");
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            for (number, line) in text.lines().enumerate() {
                let code = line.trim_start();
                // Prose may name a crate; only code may not use it.
                if code.starts_with("//") {
                    continue;
                }
                if BEHIND_USE_CASES.iter().any(|name| code.contains(name)) {
                    lines.push(format!("{}:{}: {code}", file.display(), number + 1));
                }
            }
        }
    }
    lines
}

/// The dependencies a manifest's `[dependencies]` and `[build-dependencies]` tables name that
/// are behind the use cases; `[dev-dependencies]` are left to the tests.
fn offending_dependencies(manifest: &str) -> Vec<String> {
    let mut table = String::new();
    let mut found = Vec::new();
    for line in manifest.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            table = line.to_owned();
            continue;
        }
        let shipped = table == "[dependencies]" || table == "[build-dependencies]";
        let name = line.split(['=', '.', ' ']).next().unwrap_or_default();
        if shipped
            && BEHIND_USE_CASES
                .iter()
                .any(|crate_name| crate_name.replace('_', "-") == name)
        {
            found.push(format!("{table} {line}"));
        }
    }
    found
}

#[test]
fn the_shells_sources_use_documents_signing_and_register_only_through_use_cases() {
    let lines = offending_lines();
    assert!(
        lines.is_empty(),
        "the shells must call a use case of concord-usecases instead:\n{}",
        lines.join("\n")
    );
}

#[test]
fn the_shells_do_not_depend_on_documents_signing_or_register() {
    for shell in SHELLS {
        let path = workspace().join(shell).join("Cargo.toml");
        let manifest = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(!manifest.is_empty(), "cannot read {}", path.display());
        let found = offending_dependencies(&manifest);
        assert!(
            found.is_empty(),
            "{} depends on a crate behind the use cases:\n{}",
            path.display(),
            found.join("\n")
        );
    }
}

#[test]
fn the_manifest_check_reads_tables_and_leaves_tests_alone() {
    let manifest = "[dependencies]\nconcord-store.workspace = true\nconcord-signing = { workspace = true }\n\n[dev-dependencies]\nconcord-register.workspace = true\n";
    assert_eq!(
        offending_dependencies(manifest),
        ["[dependencies] concord-signing = { workspace = true }"]
    );
}
