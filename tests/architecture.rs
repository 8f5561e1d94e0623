//! The layering of `src/` (docs/architecture.md): each module imports only from lower floors,
//! the engine and the checks being the one pair that know each other, and no file of `src/`
//! reaches itself through imports except within that pair; and no file grows past a room's size.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at the first surprise

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The floors of docs/architecture.md, lowest first.
const FLOORS: &[(&str, u8)] = &[
    ("source", 0),
    ("contain", 0),
    ("i18n", 0),
    ("suggest", 1),
    ("diagnostic", 1),
    ("vocab", 2),
    ("time", 3),
    ("read", 3),
    ("config", 4),
    ("policy", 5),
    ("data", 5),
    ("engine", 6),
    ("checks", 6),
    ("report", 7),
    ("agenda", 8),
    ("testing", 8),
    ("whatif", 9),
    ("rectify", 9),
    ("html", 9),
    ("api", 10),
    ("lsp", 11),
    ("cli", 12),
    ("internals", 12),
];

/// The one pair allowed to know each other.
const PAIR: [&str; 2] = ["engine", "checks"];

fn floor(module: &str) -> Option<u8> {
    FLOORS.iter().find(|(m, _)| *m == module).map(|(_, f)| *f)
}

/// Every `.rs` file under `src/`, by module path (`["policy", "lower", "clause"]`).
fn modules() -> BTreeMap<Vec<String>, PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(Path::new("src"), &mut files);
    files
        .into_iter()
        .map(|path| {
            let rel = path.strip_prefix("src").unwrap().with_extension("");
            let mut parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if parts
                .last()
                .is_some_and(|p| p == "mod" || p == "lib" || p == "main")
            {
                parts.pop();
            }
            (parts, path)
        })
        .collect()
}

/// The paths a file names: every `use` tree expanded, and every `crate::…` / `super::…` path.
fn paths(text: &str) -> Vec<String> {
    let code: String = text
        .lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n");
    let mut out = Vec::new();
    let mut rest = code.as_str();
    while let Some(at) = rest.find("use ") {
        let line_start = rest[..at].rfind('\n').map_or(0, |i| i + 1);
        let lead = rest[line_start..at].trim();
        let is_use = matches!(lead, "" | "pub" | "pub(crate)" | "pub(super)");
        let end = rest[at..].find(';').map_or(rest.len(), |e| at + e);
        if is_use {
            let tree: String = rest[at + 4..end].split_whitespace().collect();
            expand("", &tree, &mut out);
        }
        rest = &rest[(at + 4).min(rest.len())..];
    }
    for start in ["crate::", "super::"] {
        for (at, _) in code.match_indices(start) {
            let path: String = code[at..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            out.push(path);
        }
    }
    out
}

/// `a::{b, c::{d, e}}` → `a::b`, `a::c::d`, `a::c::e`.
fn expand(prefix: &str, tree: &str, out: &mut Vec<String>) {
    let Some(open) = tree.find('{') else {
        out.push(format!("{prefix}{tree}"));
        return;
    };
    let head = format!("{prefix}{}", &tree[..open]);
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                expand(&head, &inner[start..i], out);
                start = i + 1;
            }
            _ => {}
        }
    }
    if start < inner.len() {
        expand(&head, &inner[start..], out);
    }
}

/// The file a path leads to, from the module `at` (the longest module prefix of the path).
fn resolve<'m>(
    path: &str,
    at: &[String],
    modules: &'m BTreeMap<Vec<String>, PathBuf>,
) -> Option<&'m Vec<String>> {
    let mut parts: Vec<&str> = path.split("::").filter(|p| !p.is_empty()).collect();
    let mut base: Vec<String> = match parts.first() {
        Some(&"crate") => {
            parts.remove(0);
            Vec::new()
        }
        Some(&"super") | Some(&"self") => at.to_vec(),
        _ => return None,
    };
    while let Some(&first) = parts.first() {
        match first {
            "super" => {
                base.pop();
            }
            "self" => {}
            _ => break,
        }
        parts.remove(0);
    }
    let mut full = base;
    full.extend(parts.iter().map(|p| p.to_string()));
    (1..=full.len())
        .rev()
        .find_map(|n| modules.get_key_value(&full[..n]).map(|(k, _)| k))
}

/// Each file's imports of other files.
fn graph() -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let modules = modules();
    let mut edges = BTreeMap::new();
    for (module, path) in &modules {
        let text = std::fs::read_to_string(path).unwrap();
        let targets: BTreeSet<Vec<String>> = paths(&text)
            .iter()
            .filter_map(|p| resolve(p, module, &modules))
            .filter(|t| *t != module)
            .cloned()
            .collect();
        edges.insert(module.clone(), targets);
    }
    edges
}

#[test]
fn modules_import_only_from_lower_floors() {
    let mut wrong = Vec::new();
    for (module, targets) in graph() {
        let Some(top) = module.first() else {
            continue; // lib.rs declares the modules and re-exports the façade.
        };
        let mine = floor(top).unwrap_or_else(|| panic!("`{top}` has no floor in FLOORS"));
        for target in targets {
            let other = &target[0];
            if other == top || (PAIR.contains(&top.as_str()) && PAIR.contains(&other.as_str())) {
                continue;
            }
            if floor(other).is_some_and(|f| f >= mine) {
                wrong.push(format!("{} → {}", module.join("::"), target.join("::")));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports from a floor not below: {wrong:#?}"
    );
}

/// A room a reader can hold in mind: no file of `src/` over this many lines (tests included).
const MOST_LINES: usize = 900;

#[test]
fn no_file_is_over_the_size_of_a_room() {
    let big: Vec<(usize, PathBuf)> = modules()
        .into_values()
        .map(|path| {
            (
                std::fs::read_to_string(&path).unwrap().lines().count(),
                path,
            )
        })
        .filter(|(lines, _)| *lines > MOST_LINES)
        .collect();
    assert!(
        big.is_empty(),
        "files over {MOST_LINES} lines; split them by job: {big:#?}"
    );
}

#[test]
fn no_file_reaches_itself_except_within_the_engine_and_its_checks() {
    let edges = graph();
    // Tarjan's strongly connected components over the files.
    let nodes: Vec<&Vec<String>> = edges.keys().collect();
    let index_of: BTreeMap<&Vec<String>, usize> =
        nodes.iter().enumerate().map(|(i, n)| (*n, i)).collect();
    let adjacency: Vec<Vec<usize>> = nodes
        .iter()
        .map(|n| {
            edges[*n]
                .iter()
                .filter_map(|t| index_of.get(t).copied())
                .collect()
        })
        .collect();
    let mut cycles = Vec::new();
    for component in strongly_connected(&adjacency) {
        if component.len() < 2 {
            continue;
        }
        let names: Vec<String> = component.iter().map(|&i| nodes[i].join("::")).collect();
        let inside_pair = component
            .iter()
            .all(|&i| PAIR.contains(&nodes[i][0].as_str()));
        if !inside_pair {
            cycles.push(names);
        }
    }
    assert!(cycles.is_empty(), "import cycles: {cycles:#?}");
}

fn strongly_connected(edges: &[Vec<usize>]) -> Vec<Vec<usize>> {
    struct State<'e> {
        edges: &'e [Vec<usize>],
        index: Vec<Option<usize>>,
        low: Vec<usize>,
        on_stack: Vec<bool>,
        stack: Vec<usize>,
        next: usize,
        out: Vec<Vec<usize>>,
    }
    fn visit(s: &mut State, v: usize) {
        s.index[v] = Some(s.next);
        s.low[v] = s.next;
        s.next += 1;
        s.stack.push(v);
        s.on_stack[v] = true;
        for &w in &s.edges[v] {
            match s.index[w] {
                None => {
                    visit(s, w);
                    s.low[v] = s.low[v].min(s.low[w]);
                }
                Some(i) if s.on_stack[w] => s.low[v] = s.low[v].min(i),
                _ => {}
            }
        }
        if Some(s.low[v]) == s.index[v] {
            let mut component = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack[w] = false;
                component.push(w);
                if w == v {
                    break;
                }
            }
            s.out.push(component);
        }
    }
    let n = edges.len();
    let mut s = State {
        edges,
        index: vec![None; n],
        low: vec![0; n],
        on_stack: vec![false; n],
        stack: Vec::new(),
        next: 0,
        out: Vec::new(),
    };
    for v in 0..n {
        if s.index[v].is_none() {
            visit(&mut s, v);
        }
    }
    s.out
}
