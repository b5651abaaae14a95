//! Embeds `knowledge/` and `locales/` into the binary so that `fundbot chat` works from any
//! directory with no files beside it (the "embedded defaults" of the contract). The files on disk
//! stay the editable source: a moderator edits them and runs `kb import`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn collect(dir: &Path, base: &Path, out: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, base, out);
        } else if matches!(path.extension().and_then(|e| e.to_str()), Some("toml" | "ftl")) {
            let rel = path.strip_prefix(base).unwrap_or(&path).to_string_lossy().replace('\\', "/");
            out.push((rel, path));
        }
    }
}

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let mut code = String::new();
    for name in ["knowledge", "locales"] {
        let dir = root.join(name);
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files = Vec::new();
        collect(&dir, &dir, &mut files);
        let const_name = name.to_uppercase();
        writeln!(code, "pub static {const_name}: &[(&str, &str)] = &[").ok();
        for (rel, path) in files {
            println!("cargo:rerun-if-changed={}", path.display());
            writeln!(code, "    ({rel:?}, include_str!({:?})),", path.display().to_string()).ok();
        }
        writeln!(code, "];").ok();
    }
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("embedded.rs");
    fs::write(out, code).expect("write embedded.rs");
}
