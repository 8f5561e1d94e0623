//! Embeds the built-in pack (`rules/*.zhidu`) and the compliant example of each built-in clause
//! (`fixtures/pack/<clause-id>/pass.yaml`, shown by `zhidu explain`).

use std::fmt::Write;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=rules");
    println!("cargo:rerun-if-changed=fixtures/pack");
    let root = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let mut out = String::new();
    out.push_str("/// The built-in pack: (path in the repository, text).\npub static RULES: &[(&str, &str)] = &[\n");
    for path in sorted(&Path::new(&root).join("rules"), "zhidu") {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "    (\"rules/{name}\", include_str!({:?})),",
            path.display().to_string()
        );
    }
    out.push_str("];\n\n/// Compliant examples of built-in clauses: (clause id, YAML).\npub static EXAMPLES: &[(&str, &str)] = &[\n");
    let pack = Path::new(&root).join("fixtures/pack");
    let mut dirs: Vec<_> = std::fs::read_dir(&pack)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    dirs.sort();
    for dir in dirs {
        let example = dir.join("pass.yaml");
        if example.is_file() {
            let id = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            let _ = writeln!(
                out,
                "    ({id:?}, include_str!({:?})),",
                example.display().to_string()
            );
        }
    }
    out.push_str("];\n");
    let dest =
        Path::new(&std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into())).join("builtin.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        println!("cargo:warning=cannot write {}: {e}", dest.display());
    }
}

fn sorted(dir: &Path, ext: &str) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == ext))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}
