//! Embeds every `locales/<locale>/*.ftl` file, so a new file needs no code change.

use std::{env, fs, path::Path};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut entries = Vec::new();
    for locale in ["en", "zh-CN"] {
        let dir = root.join(locale);
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files: Vec<_> = fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
            .collect();
        files.sort();
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            let name = file
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_owned();
            let path = file.canonicalize().unwrap_or(file);
            entries.push(format!(
                "    ({locale:?}, {name:?}, include_str!({:?})),\n",
                path.display().to_string()
            ));
        }
    }
    let code = format!(
        "/// (locale, file name, Fluent source) for every embedded file.\npub static SOURCES: &[(&str, &str, &str)] = &[\n{}];\n",
        entries.concat()
    );
    let out = Path::new(&env::var("OUT_DIR").unwrap_or_else(|_| ".".into())).join("sources.rs");
    fs::write(&out, code).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
