//! The floor the scale goals are measured against (docs/performance.md): a naive parse of a
//! folder's data files into generic values — serde_json, saphyr, toml and csv, one file after
//! another — all kept in memory until the end, as zhidu keeps its model. Shared by the floor
//! example (for peak memory, in benches/scale.sh) and the criterion benchmark (for time).

use std::path::{Path, PathBuf};

#[allow(dead_code)] // the values are only held, as a model would be
pub enum Generic {
    Json(serde_json::Value),
    Yaml(Vec<saphyr::YamlOwned>),
    Toml(toml::Table),
    Csv(Vec<csv::StringRecord>),
}

pub fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

pub fn parse(path: &Path) -> Result<Option<Generic>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default();
    Ok(Some(match ext {
        "json" => Generic::Json(serde_json::from_str(&text).map_err(|e| e.to_string())?),
        "yaml" | "yml" => {
            use saphyr::LoadableYamlNode;
            Generic::Yaml(saphyr::YamlOwned::load_from_str(&text).map_err(|e| e.to_string())?)
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

/// Parses every data file under `dir`, in path order, keeping every value.
pub fn parse_all(dir: &Path) -> Result<Vec<Generic>, String> {
    let mut paths = Vec::new();
    files(dir, &mut paths);
    paths.sort();
    let mut held = Vec::new();
    for path in &paths {
        if let Some(value) = parse(path).map_err(|e| format!("{}: {e}", path.display()))? {
            held.push(value);
        }
    }
    Ok(held)
}
