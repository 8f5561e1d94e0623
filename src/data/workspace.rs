//! What an editor's session adds to loading data: texts not yet saved, read instead of the
//! disk, and each file's typed entries kept from one check to the next, so that a changed file
//! is the only one read and typed again (the merge, references and evaluation still see all).
//!
//! A kept file is reused only when nothing about it can have changed: the same size and
//! modification time on disk (or the same unsaved text), and the same place among the run's
//! sources, since every location in its entries names that place. Anything else reads it anew.

use super::convert::Entries;
use crate::diagnostic::Finding;
use crate::source::{FileId, SourceFile};
use std::collections::{BTreeMap, HashMap};
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

/// Unsaved texts and the files kept from earlier runs. The default keeps nothing: a
/// command-line run reads every file once and has no use for copies.
#[derive(Debug, Default)]
pub struct Workspace {
    /// Editor buffers by canonical path.
    unsaved: Mutex<BTreeMap<PathBuf, Arc<String>>>,
    /// `None` when nothing is kept.
    kept: Option<Mutex<HashMap<PathBuf, Kept>>>,
}

/// What a file was when it was typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stamp {
    Disk {
        len: u64,
        modified: Option<SystemTime>,
    },
    Unsaved(u64),
}

/// A file as an earlier run read and typed it.
#[derive(Clone, Debug)]
pub struct Kept {
    stamp: Stamp,
    pub id: FileId,
    pub source: SourceFile,
    pub typed: Arc<(Entries, Vec<Finding>)>,
}

impl Workspace {
    /// A workspace that keeps what it reads.
    pub fn keeping() -> Self {
        Workspace {
            unsaved: Mutex::default(),
            kept: Some(Mutex::new(HashMap::new())),
        }
    }

    /// Reads `text` for the file at `path` instead of the disk (an editor's unsaved buffer).
    pub fn set_unsaved(&self, path: &Path, text: Option<String>) {
        let key = canonical(path);
        let Ok(mut unsaved) = self.unsaved.lock() else {
            return;
        };
        match text {
            Some(text) => {
                unsaved.insert(key, Arc::new(text));
            }
            None => {
                unsaved.remove(&key);
            }
        }
    }

    /// The unsaved text for a file, if an editor holds one.
    pub fn unsaved(&self, path: &Path) -> Option<Arc<String>> {
        let unsaved = self.unsaved.lock().ok()?;
        if unsaved.is_empty() {
            return None;
        }
        unsaved.get(&canonical(path)).cloned()
    }

    /// What a file is now: its unsaved text, or its size and time on disk.
    pub fn stamp(unsaved: Option<&str>, metadata: Option<&std::fs::Metadata>) -> Stamp {
        match unsaved {
            Some(text) => {
                let mut hasher = std::hash::DefaultHasher::new();
                text.hash(&mut hasher);
                Stamp::Unsaved(hasher.finish())
            }
            None => Stamp::Disk {
                len: metadata.map_or(0, std::fs::Metadata::len),
                modified: metadata.and_then(|m| m.modified().ok()),
            },
        }
    }

    /// Is anything kept at all? (When not, nothing need be copied to keep it.)
    pub fn keeps(&self) -> bool {
        self.kept.is_some()
    }

    /// The file as typed before, if it is unchanged and would take the same place `id`.
    pub fn reuse(&self, path: &Path, stamp: Stamp, id: FileId) -> Option<Kept> {
        let kept = self.kept.as_ref()?.lock().ok()?;
        kept.get(path)
            .filter(|k| k.stamp == stamp && k.id == id)
            .cloned()
    }

    /// Keeps a file as typed now.
    pub fn keep(
        &self,
        path: &Path,
        stamp: Stamp,
        source: &SourceFile,
        id: FileId,
        typed: (Entries, Vec<Finding>),
    ) {
        if let Some(Ok(mut kept)) = self.kept.as_ref().map(Mutex::lock) {
            kept.insert(
                path.to_path_buf(),
                Kept {
                    stamp,
                    id,
                    source: source.clone(),
                    typed: Arc::new(typed),
                },
            );
        }
    }

    /// Forgets every kept file no longer among `paths` (deleted or moved away).
    pub fn retain(&self, paths: &[&Path]) {
        if let Some(Ok(mut kept)) = self.kept.as_ref().map(Mutex::lock) {
            kept.retain(|p, _| paths.contains(&p.as_path()));
        }
    }
}

fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path)
        .or_else(|_| std::path::absolute(path))
        .unwrap_or_else(|_| path.to_path_buf())
}
