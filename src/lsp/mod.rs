//! `zhidu lsp`: a language server on standard input and output, for editors.
//!
//! Synchronous, on `lsp-server`: one loop over the client's messages, no async runtime. Policy
//! files (`.zhidu`) get every `validate` diagnostic as they are typed, resolved against the
//! policy set of their repository; hover on a clause shows what `zhidu explain` says of it;
//! formatting is `zhidu fmt`; document symbols list the clauses; completion offers the keywords
//! and declared names;
//! go to definition leads from a name to its declaration and from an `include` to its file; a
//! "did you mean" is a quick fix.
//! Data files get the findings of `check` over the workspace that land in them, when opened and
//! when saved (what the check reads is the disk). Positions are counted in UTF-8 when the client
//! offers it, else in UTF-16.

mod text;

use crate::api::check::{CheckOptions, check};
use crate::api::validate::{ValidateOptions, validate};
use crate::diagnostic::{Finding, Severity};
use crate::source::Sources;
use lsp_server::{Connection, Message, Notification, Request, RequestId, Response};
use serde_json::{Value, json};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use text::Encoding;

/// Runs the server on standard input and output until the client says `exit`.
pub fn run() -> Result<(), String> {
    let (connection, threads) = Connection::stdio();
    let result = serve(&connection);
    drop(connection);
    threads.join().map_err(|e| e.to_string())?;
    result
}

/// What the server knows of the session.
struct Server<'c> {
    connection: &'c Connection,
    encoding: Encoding,
    /// The workspace folder, from `initialize` (`check` runs over it).
    root: Option<PathBuf>,
    /// Open documents by URI: their text as the editor has it.
    documents: HashMap<String, String>,
}

fn serve(connection: &Connection) -> Result<(), String> {
    let (id, params) = connection.initialize_start().map_err(|e| e.to_string())?;
    let offered: Vec<&str> = params
        .pointer("/capabilities/general/positionEncodings")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let encoding = if offered.contains(&"utf-8") {
        Encoding::Utf8
    } else {
        Encoding::Utf16
    };
    let root = params
        .pointer("/workspaceFolders/0/uri")
        .or_else(|| params.get("rootUri"))
        .and_then(Value::as_str)
        .and_then(text::path_of);
    let capabilities = json!({
        "positionEncoding": encoding.name(),
        "textDocumentSync": {"openClose": true, "change": 2, "save": {"includeText": false}},
        "hoverProvider": true,
        "documentFormattingProvider": true,
        "documentSymbolProvider": true,
        "completionProvider": {"triggerCharacters": [" "]},
        "definitionProvider": true,
        "codeActionProvider": {"codeActionKinds": ["quickfix"]},
    });
    connection
        .initialize_finish(
            id,
            json!({
                "capabilities": capabilities,
                "serverInfo": {"name": "zhidu", "version": env!("CARGO_PKG_VERSION")},
            }),
        )
        .map_err(|e| e.to_string())?;
    let mut server = Server {
        connection,
        encoding,
        root,
        documents: HashMap::new(),
    };
    for message in &connection.receiver {
        match message {
            Message::Request(request) => {
                if connection
                    .handle_shutdown(&request)
                    .map_err(|e| e.to_string())?
                {
                    return Ok(());
                }
                server.request(request);
            }
            // `exit` without `shutdown` first (a client that gives up) ends the server too.
            Message::Notification(notification) if notification.method == "exit" => return Ok(()),
            Message::Notification(notification) => server.notification(notification),
            Message::Response(_) => {}
        }
    }
    Ok(())
}

impl Server<'_> {
    fn send(&self, message: Message) {
        // A client that has gone away ends the loop on its own.
        let _ = self.connection.sender.send(message);
    }

    fn request(&mut self, request: Request) {
        let uri = request
            .params
            .pointer("/textDocument/uri")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let result = match request.method.as_str() {
            "textDocument/hover" => self.hover(&uri, &request.params),
            "textDocument/formatting" => self.formatting(&uri),
            "textDocument/documentSymbol" => self.symbols(&uri),
            "textDocument/completion" => self.completion(&uri),
            "textDocument/definition" => self.definition(&uri, &request.params),
            "textDocument/codeAction" => self.code_actions(&uri, &request.params),
            _ => {
                self.send(Message::Response(Response::new_err(
                    request.id,
                    lsp_server::ErrorCode::MethodNotFound as i32,
                    format!("zhidu does not handle `{}`", request.method),
                )));
                return;
            }
        };
        self.respond(request.id, result);
    }

    fn respond(&self, id: RequestId, result: Value) {
        self.send(Message::Response(Response::new_ok(id, result)));
    }

    fn notification(&mut self, notification: Notification) {
        let params = &notification.params;
        let uri = params
            .pointer("/textDocument/uri")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        match notification.method.as_str() {
            "textDocument/didOpen" => {
                let text = params
                    .pointer("/textDocument/text")
                    .and_then(Value::as_str)
                    .unwrap_or_default();
                self.documents.insert(uri.clone(), text.to_string());
                self.diagnose(&uri, true);
            }
            "textDocument/didChange" => {
                let Some(document) = self.documents.get_mut(&uri) else {
                    return;
                };
                for change in params
                    .get("contentChanges")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                {
                    let range = change
                        .get("range")
                        .and_then(|r| serde_json::from_value(r.clone()).ok());
                    let new = change
                        .get("text")
                        .and_then(Value::as_str)
                        .unwrap_or_default();
                    text::apply(document, range, new, self.encoding);
                }
                self.diagnose(&uri, false);
            }
            "textDocument/didSave" => self.diagnose(&uri, true),
            "textDocument/didClose" => {
                self.documents.remove(&uri);
                self.publish(&uri, Vec::new());
            }
            _ => {}
        }
    }

    /// Diagnostics for a document: a policy's as typed; a data file's when it is opened or
    /// saved (`saved`), from a check of the workspace.
    fn diagnose(&self, uri: &str, saved: bool) {
        let Some(path) = text::path_of(uri) else {
            return;
        };
        let Some(text) = self.documents.get(uri) else {
            return;
        };
        let is_policy = crate::policy::load::is_policy(&path);
        let is_data = crate::data::load::is_data(&path);
        let diagnostics = if is_policy {
            let options = ValidateOptions {
                stdin: Some((path.clone(), text.clone())),
                ..ValidateOptions::default()
            };
            match validate(&options) {
                Ok(outcome) => self.diagnostics(&path, text, &outcome.findings, &outcome.sources),
                Err(_) => Vec::new(),
            }
        } else if is_data && saved {
            let root = self
                .root
                .clone()
                .or_else(|| path.parent().map(Path::to_path_buf))
                .unwrap_or_else(|| PathBuf::from("."));
            let options = CheckOptions {
                paths: vec![root],
                ..CheckOptions::default()
            };
            match check(&options) {
                Ok(outcome) => self.diagnostics(&path, text, &outcome.findings, &outcome.sources),
                Err(_) => Vec::new(),
            }
        } else {
            return;
        };
        self.publish(uri, diagnostics);
    }

    fn publish(&self, uri: &str, diagnostics: Vec<Value>) {
        self.send(Message::Notification(Notification::new(
            "textDocument/publishDiagnostics".into(),
            json!({"uri": uri, "diagnostics": diagnostics}),
        )));
    }

    /// The findings located in the document at `path`, as LSP diagnostics.
    fn diagnostics(
        &self,
        path: &Path,
        text: &str,
        findings: &[Finding],
        sources: &Sources,
    ) -> Vec<Value> {
        let same = |name: &str| same_file(Path::new(name), path);
        findings
            .iter()
            .filter_map(|f| {
                let loc = f.location?;
                let file = sources.get(loc.file)?;
                if !same(&file.name) || file.sheet.is_some() {
                    return None;
                }
                let range = text::range(text, loc.span.start, loc.span.end, self.encoding);
                let mut message = f.message.clone();
                if let Some(source) = &f.source {
                    message.push_str(&format!("\n{source}"));
                }
                if let Some(help) = &f.help {
                    message.push_str(&format!("\nhelp: {help}"));
                }
                let related: Vec<Value> = f
                    .policy_location
                    .into_iter()
                    .filter_map(|l| {
                        let policy = sources.get(l.file)?;
                        let uri = (!policy.builtin)
                            .then(|| uri_of(Path::new(&policy.name)))
                            .flatten()?;
                        Some(json!({
                            "location": {"uri": uri, "range": text::range(&policy.text, l.span.start, l.span.end, self.encoding)},
                            "message": format!("required by {}", f.clause.as_deref().unwrap_or("the clause")),
                        }))
                    })
                    .collect();
                Some(json!({
                    "range": range,
                    "severity": match f.severity {
                        Severity::Error => 1,
                        Severity::Warning => 2,
                        Severity::Info => 3,
                    },
                    "code": match &f.clause {
                        Some(clause) => format!("{}({clause})", f.check),
                        None => f.check.code().to_string(),
                    },
                    "source": "zhidu",
                    "message": message,
                    "relatedInformation": related,
                }))
            })
            .collect()
    }

    /// An open document's path and text, and the byte offset a request's `position` names.
    fn at(&self, uri: &str, params: &Value) -> Option<(PathBuf, &String, usize)> {
        let path = text::path_of(uri)?;
        let text = self.documents.get(uri)?;
        let position = serde_json::from_value(params.get("position")?.clone()).ok()?;
        Some((path, text, text::offset(text, position, self.encoding)))
    }

    /// On a clause of a policy file: what `zhidu explain` says of it.
    fn hover(&self, uri: &str, params: &Value) -> Value {
        let Some((path, text, at)) = self.at(uri, params) else {
            return Value::Null;
        };
        let clauses = crate::api::clauses::clauses_in_text(&path, text);
        // On a declared name: its declaration, aliases, and the clauses of this file that use it.
        let (start, end) = word_at(text, at);
        let word = &text[start..end];
        if !word.is_empty()
            && let Some(found) = self.declaration(uri, &path, text, word)
        {
            let users: Vec<&str> = clauses
                .iter()
                .filter(|(span, _)| {
                    text.get(span.start..span.end)
                        .is_some_and(|t| t.contains(word))
                })
                .map(|(_, c)| c.id.as_str())
                .collect();
            let line = found.line;
            let mut body = format!(
                "**{} {}** — declared in {}:{line}",
                found.kind, found.name, found.file
            );
            if !found.aliases.is_empty() {
                body.push_str(&format!("\n\naliases: {}", found.aliases.join(", ")));
            }
            if !users.is_empty() {
                body.push_str(&format!("\n\nused in this file by: {}", users.join(", ")));
            }
            return json!({
                "contents": {"kind": "markdown", "value": body},
                "range": text::range(text, start, end, self.encoding),
            });
        }
        let Some((span, clause)) = clauses
            .iter()
            .find(|(span, _)| span.start <= at && at < span.end.max(span.start + 1))
        else {
            return Value::Null;
        };
        let mut body = format!(
            "**{}**{}\n\n{} · {} · pack `{}`\n\n",
            clause.id,
            clause
                .title
                .as_deref()
                .map(|t| format!(" — {t}"))
                .unwrap_or_default(),
            clause.source,
            clause.severity.as_str(),
            clause.pack
        );
        for rule in &clause.requires {
            body.push_str(&format!("- {rule}\n"));
        }
        body.push_str(&format!("\nchecks: {}", clause.checks.join(", ")));
        if let Some(party) = &clause.waivable_by {
            body.push_str(&format!("\n\nwaivable by {party}"));
        }
        json!({
            "contents": {"kind": "markdown", "value": body},
            "range": text::range(text, span.start, span.end, self.encoding),
        })
    }

    /// From a name to where it is declared (in any policy file of the repository), from an
    /// `include` to the file.
    fn definition(&self, uri: &str, params: &Value) -> Value {
        let Some((path, text, at)) = self.at(uri, params) else {
            return Value::Null;
        };
        let (start, end) = word_at(text, at);
        let word = &text[start..end];
        if word.is_empty() {
            return Value::Null;
        }
        if crate::data::load::is_data(&path) {
            return self.data_definition(&path, word);
        }
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        if text[line_start..start].trim_start().starts_with("include") {
            let target = path.parent().unwrap_or(Path::new(".")).join(word);
            return match (target.is_file(), uri_of(&target)) {
                (true, Some(uri)) => {
                    json!({"uri": uri, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}})
                }
                _ => Value::Null,
            };
        }
        match self.declaration(uri, &path, text, word) {
            Some(found) => json!({
                "uri": found.uri,
                "range": found.range,
            }),
            None => Value::Null,
        }
    }

    /// In a data file: from an id (or a unique name) to the entry it names, anywhere in the
    /// workspace's data.
    fn data_definition(&self, path: &Path, word: &str) -> Value {
        let root = self
            .root
            .clone()
            .or_else(|| path.parent().map(Path::to_path_buf))
            .unwrap_or_else(|| PathBuf::from("."));
        let mut sources = Sources::new();
        let (config, _) = crate::api::policies::load_config(
            &crate::api::ConfigChoice::Discover,
            std::slice::from_ref(&root),
            &mut sources,
        );
        let tz = config
            .timezone
            .as_deref()
            .and_then(|t| crate::time::time_zone(t).ok())
            .unwrap_or(jiff::tz::TimeZone::UTC);
        let (found, _) = crate::read::walk(&[root], &crate::data::load::is_data, &mut sources);
        let options = crate::api::check::data_options(&config, tz, None, false);
        let (data, _) = crate::data::load::load(&found, &options, &mut sources);
        let org = &data.org;
        let loc = org
            .person(word)
            .map(|p| org.people[p].id.loc)
            .or_else(|| org.role(word).map(|r| org.roles[r].id.loc))
            .or_else(|| org.unit(word).map(|u| org.units[u].id.loc))
            .or_else(|| {
                org.bind::<crate::data::org::BodyIx>([word])
                    .first()
                    .map(|&b| org.bodies[b].id.loc)
            })
            .or_else(|| {
                data.records
                    .all
                    .iter()
                    .find(|r| r.id.value == word)
                    .map(|r| r.id.loc)
            });
        let Some(loc) = loc else {
            return Value::Null;
        };
        match sources.get(loc.file) {
            Some(file) if file.sheet.is_none() => match uri_of(Path::new(&file.name)) {
                Some(uri) => json!({
                    "uri": uri,
                    "range": text::range(&file.text, loc.span.start, loc.span.end, self.encoding),
                }),
                None => Value::Null,
            },
            _ => Value::Null,
        }
    }

    /// Every role, unit and body the policy files of the document's repository declare, the
    /// document first (as the editor has it, saved or not).
    fn declarations(&self, uri: &str, path: &Path, text: &str) -> Vec<Declared> {
        let root = crate::api::validate::repository(path);
        let (found, _) = crate::read::walk(
            &[root],
            &crate::policy::load::is_policy,
            &mut Sources::new(),
        );
        let others = found
            .into_iter()
            .map(|f| f.path)
            .filter(|p| crate::policy::load::is_policy(p) && !same_file(p, path))
            .filter_map(|p| {
                let content = std::fs::read_to_string(&p).ok()?;
                Some((uri_of(&p)?, crate::read::display(&p), content))
            });
        let mut out = Vec::new();
        let own = (
            uri.to_string(),
            crate::read::display(path),
            text.to_string(),
        );
        for (uri, file, content) in std::iter::once(own).chain(others) {
            let parsed = crate::policy::parse::parse(crate::source::FileId(0), "", &content);
            for item in &parsed.file.items {
                let crate::policy::ast::ItemKind::Name(decl) = &item.kind else {
                    continue;
                };
                let span = decl.name.span;
                out.push(Declared {
                    uri: uri.clone(),
                    file: file.clone(),
                    kind: decl.kind.keyword(),
                    name: decl.name.node.clone(),
                    aliases: decl.aliases.iter().map(|a| a.node.clone()).collect(),
                    line: content[..span.start].matches('\n').count() + 1,
                    range: text::range(&content, span.start, span.end, self.encoding),
                });
            }
        }
        out
    }

    /// Where a role, unit or body named `word` (or one of its aliases) is declared.
    fn declaration(&self, uri: &str, path: &Path, text: &str, word: &str) -> Option<Declared> {
        self.declarations(uri, path, text)
            .into_iter()
            .find(|d| d.name == word || d.aliases.iter().any(|a| a == word))
    }

    /// A quick fix for every diagnostic that says "did you mean `X`?" about a single word.
    fn code_actions(&self, uri: &str, params: &Value) -> Value {
        let Some(text) = self.documents.get(uri) else {
            return json!([]);
        };
        let actions: Vec<Value> = params
            .pointer("/context/diagnostics")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|d| {
                let message = d.get("message")?.as_str()?;
                let suggestion = message.split("did you mean `").nth(1)?.split('`').next()?;
                let range: lsp_types::Range =
                    serde_json::from_value(d.get("range")?.clone()).ok()?;
                let start = text::offset(text, range.start, self.encoding);
                let end = text::offset(text, range.end, self.encoding);
                let current = text.get(start..end)?;
                if current.is_empty() || current.contains(char::is_whitespace) {
                    return None;
                }
                Some(json!({
                    "title": format!("replace `{current}` with `{suggestion}`"),
                    "kind": "quickfix",
                    "diagnostics": [d],
                    "isPreferred": true,
                    "edit": {"changes": {uri: [{"range": range, "newText": suggestion}]}},
                }))
            })
            .collect();
        json!(actions)
    }

    /// The keywords, and the roles, units and bodies the repository declares.
    fn completion(&self, uri: &str) -> Value {
        let mut items = keywords();
        if let (Some(path), Some(text)) = (text::path_of(uri), self.documents.get(uri)) {
            let mut seen = std::collections::BTreeSet::new();
            for d in self.declarations(uri, &path, text) {
                if seen.insert(d.name.clone()) {
                    items.push(json!({"label": d.name, "kind": 12, "detail": d.kind}));
                }
            }
        }
        json!(items)
    }

    /// The whole document, formatted as `zhidu fmt` would; nothing when it does not parse.
    fn formatting(&self, uri: &str) -> Value {
        let Some(text) = self.documents.get(uri) else {
            return Value::Null;
        };
        match crate::api::format::format_text(uri, text) {
            Ok(formatted) if formatted != *text => json!([{
                "range": text::range(text, 0, text.len(), self.encoding),
                "newText": formatted,
            }]),
            _ => json!([]),
        }
    }

    /// The clauses of a policy file.
    fn symbols(&self, uri: &str) -> Value {
        let (Some(path), Some(text)) = (text::path_of(uri), self.documents.get(uri)) else {
            return json!([]);
        };
        let symbols: Vec<Value> = crate::api::clauses::clauses_in_text(&path, text)
            .into_iter()
            .map(|(span, clause)| {
                let range = text::range(text, span.start, span.end, self.encoding);
                json!({
                    "name": clause.id,
                    "detail": clause.title.unwrap_or_default(),
                    "kind": 5,
                    "range": range,
                    "selectionRange": range,
                })
            })
            .collect();
        json!(symbols)
    }
}

/// A name's declaration: where, and what it declares.
struct Declared {
    uri: String,
    /// The file as shown to users.
    file: String,
    kind: &'static str,
    name: String,
    aliases: Vec<String>,
    /// The declared name's line (1-based) and range in its file.
    line: usize,
    range: lsp_types::Range,
}

/// The keywords of the policy language, as completion items.
fn keywords() -> Vec<Value> {
    const KEYWORDS: &[&str] = &[
        "namespace",
        "pack",
        "source",
        "include",
        "waivable by",
        "role",
        "unit",
        "body",
        "person",
        "plan",
        "request",
        "meeting",
        "report",
        "ticket",
        "org",
        "delegation",
        "limits",
        "cite",
        "severity",
        "param",
        "kind",
        "when",
        "exists every",
        "every",
        "at least",
        "gap at most",
        "signed by",
        "reviewed by",
        "signed before",
        "reviewed before",
        "signers distinct",
        "signers exclude",
        "head of",
        "overseer of",
        "superior of",
        "then",
        "and",
        "or",
        "last",
        "submitted by",
        "within",
        "after",
        "before",
        "filled",
        "headcount",
        "term",
    ];
    KEYWORDS
        .iter()
        .map(|k| json!({"label": k, "kind": 14}))
        .collect()
}

/// The bytes of the word at `at`: up to whitespace, quotes, braces and punctuation.
fn word_at(text: &str, at: usize) -> (usize, usize) {
    let stop = |c: char| c.is_whitespace() || matches!(c, '"' | '{' | '}' | ',' | ':' | '=');
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let start = text[..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| stop(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = text[at..].find(stop).map_or(text.len(), |i| at + i);
    (start, end)
}

/// Do two paths name the same file (one may be relative to the current folder)?
fn same_file(a: &Path, b: &Path) -> bool {
    let canonical = |p: &Path| std::fs::canonicalize(p).ok();
    let absolute = |p: &Path| std::path::absolute(p).ok();
    a == b
        || matches!((canonical(a), canonical(b)), (Some(x), Some(y)) if x == y)
        || matches!((absolute(a), absolute(b)), (Some(x), Some(y)) if x == y)
}

/// A path as a `file://` URI.
fn uri_of(path: &Path) -> Option<String> {
    let absolute = std::path::absolute(path).ok()?;
    Some(format!(
        "file://{}",
        crate::read::percent_encode(&absolute.to_string_lossy())
    ))
}
