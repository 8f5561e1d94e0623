//! The floor the scale goals are measured against (docs/performance.md): a naive parse of a
//! folder's data files into generic values — serde_json, saphyr, toml and csv, one file after
//! another — all kept in memory until the end, as zhidu keeps its model.
//!
//! ```text
//! cargo run --release --example floor -- /tmp/company
//! ```

use std::path::{Path, PathBuf};

#[allow(dead_code)] // the values are only held, as a model would be
enum Generic {
    Json(serde_json::Value),
    Yaml(Vec<saphyr::Yaml<'static>>),
    Toml(toml::Table),
    Csv(Vec<csv::StringRecord>),
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn parse(path: &Path) -> Result<Option<Generic>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default();
    Ok(Some(match ext {
        "json" => Generic::Json(serde_json::from_str(&text).map_err(|e| e.to_string())?),
        "yaml" | "yml" => {
            use saphyr::LoadableYamlNode;
            // saphyr's values borrow the text: keep the text for the whole run, as zhidu keeps
            // its sources.
            let text: &'static str = Box::leak(text.into_boxed_str());
            Generic::Yaml(saphyr::Yaml::load_from_str(text).map_err(|e| e.to_string())?)
        }
        "toml" => Generic::Toml(text.parse().map_err(|e: toml::de::Error| e.to_string())?),
        "csv" => Generic::Csv(
            csv::ReaderBuilder::new()
                .flexible(true)
                .from_reader(text.as_bytes())
                .records()
                .collect::<Result<_, _>>()
                .map_err(|e| e.to_string())?,
        ),
        _ => return Ok(None),
    }))
}

fn main() -> std::process::ExitCode {
    let Some(dir) = std::env::args_os().nth(1) else {
        eprintln!("usage: floor DIR");
        return std::process::ExitCode::from(2);
    };
    let mut paths = Vec::new();
    files(Path::new(&dir), &mut paths);
    paths.sort();
    let mut held = Vec::new();
    for path in &paths {
        match parse(path) {
            Ok(Some(value)) => held.push(value),
            Ok(None) => {}
            Err(e) => {
                eprintln!("floor: {}: {e}", path.display());
                return std::process::ExitCode::from(2);
            }
        }
    }
    println!("floor: {} files parsed", held.len());
    std::process::ExitCode::SUCCESS
}
