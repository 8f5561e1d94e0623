//! `zhidu lsp`: a language server on standard input and output, for editors.
//!
//! Synchronous, on `lsp-server`: one loop over the client's messages, no async runtime. Before
//! each message the loop takes in whatever else the client has sent meanwhile, so that a
//! request cancelled while it waited is answered as cancelled instead of computed, and of a
//! burst of edits to one document only the last is diagnosed.
//!
//! Policy files (`.zhidu`, [`policy`]) get every `validate` diagnostic as they are typed,
//! resolved against the policy set of their repository, with hover, definition, completion in
//! context, formatting, symbols and quick fixes. Data files ([`data`]) get their data errors as
//! typed and every finding of `check` when saved, hover and definition on ids. Positions are
//! counted in UTF-8 when the client offers it, else in UTF-16.

mod agenda;
mod data;
mod policy;
mod text;
mod transport;

use crate::api::check::Workspace;
use crate::api::validate::{ValidateOptions, validate};
use crate::diagnostic::{Finding, Severity};
use crate::i18n::{Lang, t};
use crate::source::Sources;
use lsp_server::{Connection, Message, Notification, Request, RequestId, Response};
use serde_json::{Value, json};
use std::collections::{HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use text::Encoding;

/// Runs the server on standard input and output until the client says `exit`.
/// Every message of a client's stream, the bad ones answered into a buffer (for the fuzz target).
#[cfg(feature = "internals")]
pub fn read_all(stream: &[u8]) -> usize {
    transport::read_all(stream)
}

/// `lang` is `--lang`; without it, zhidu.toml's `lang`, the client's `locale`, the environment.
pub fn run(lang: Option<Lang>) -> Result<(), String> {
    let (connection, writer) = transport::stdio();
    let result = serve(&connection, lang);
    drop(connection);
    writer
        .join()
        .map_err(|_| "the writer thread failed".to_string())?;
    result
}

/// What the server knows of the session.
struct Server<'c> {
    connection: &'c Connection,
    encoding: Encoding,
    /// The language of diagnostics, hovers and completion details.
    lang: Lang,
    /// The workspace folder, from `initialize` (`check` runs over it).
    root: Option<PathBuf>,
    /// Open documents by URI: their text as the editor has it.
    documents: HashMap<String, String>,
    /// Unsaved data files, and the data files as last typed (read again only when changed).
    workspace: Arc<Workspace>,
}

fn serve(connection: &Connection, flag: Option<Lang>) -> Result<(), String> {
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
    let config = root.as_ref().and_then(|root| {
        crate::api::policies::config_lang(
            &crate::api::ConfigChoice::Discover,
            std::slice::from_ref(root),
        )
    });
    let locale = params
        .get("locale")
        .and_then(Value::as_str)
        .and_then(Lang::parse);
    let lang = flag.or(config).or(locale).unwrap_or_else(Lang::from_env);
    let capabilities = json!({
        "positionEncoding": encoding.name(),
        "textDocumentSync": {"openClose": true, "change": 2, "save": {"includeText": false}},
        "hoverProvider": true,
        "documentFormattingProvider": true,
        "documentSymbolProvider": true,
        "completionProvider": {"triggerCharacters": [" "]},
        "definitionProvider": true,
        "codeActionProvider": {"codeActionKinds": ["quickfix"]},
        "codeLensProvider": {"resolveProvider": false},
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
        lang,
        root,
        documents: HashMap::new(),
        workspace: Arc::new(Workspace::keeping()),
    };
    let mut queue: VecDeque<Message> = VecDeque::new();
    loop {
        if queue.is_empty() {
            match connection.receiver.recv() {
                Ok(message) => queue.push_back(message),
                Err(_) => return Ok(()),
            }
        }
        // Whatever else has arrived: a cancellation or a later edit may make work unneeded.
        queue.extend(connection.receiver.try_iter());
        let Some(message) = queue.pop_front() else {
            continue;
        };
        match message {
            // Answered here, not by lsp-server's `handle_shutdown`, which waits on the channel
            // for an `exit` this loop may already have taken into its queue.
            Message::Request(request) if request.method == "shutdown" => {
                server.respond(request.id, Value::Null);
            }
            Message::Request(request) => {
                if queue.iter().any(|m| cancels(m, &request.id)) {
                    server.send(Message::Response(Response::new_err(
                        request.id,
                        lsp_server::ErrorCode::RequestCanceled as i32,
                        "cancelled by the client".into(),
                    )));
                } else {
                    server.request(request);
                }
            }
            // `exit` without `shutdown` first (a client that gives up) ends the server too.
            Message::Notification(notification) if notification.method == "exit" => return Ok(()),
            Message::Notification(notification) => {
                let superseded = notification.method == "textDocument/didChange"
                    && queue
                        .iter()
                        .any(|m| edits(m, document_of(&notification.params)));
                server.notification(notification, !superseded);
            }
            Message::Response(_) => {}
        }
    }
}

/// In `zhidu.toml` (`select`, `ignore`, `[severity]`): the check codes, each with the first
/// line of what `zhidu explain` says of it.
fn check_codes(lang: Lang) -> Value {
    let items: Vec<Value> = crate::diagnostic::Check::ALL
        .iter()
        .map(|check| {
            let doc = check.explain_in(lang);
            let summary = doc.lines().next().unwrap_or_default();
            json!({"label": check.code(), "kind": 20, "detail": summary})
        })
        .collect();
    json!(items)
}

/// Is `message` a `$/cancelRequest` for the request `id`?
fn cancels(message: &Message, id: &RequestId) -> bool {
    let Message::Notification(n) = message else {
        return false;
    };
    n.method == "$/cancelRequest"
        && n.params
            .get("id")
            .and_then(|v| serde_json::from_value::<RequestId>(v.clone()).ok())
            .is_some_and(|cancelled| &cancelled == id)
}

/// Is `message` a later change, save or close of the document `uri` (so that a diagnosis of
/// it now would be thrown away)?
fn edits(message: &Message, uri: &str) -> bool {
    let Message::Notification(n) = message else {
        return false;
    };
    matches!(
        n.method.as_str(),
        "textDocument/didChange" | "textDocument/didSave" | "textDocument/didClose"
    ) && document_of(&n.params) == uri
}

/// The document a request or notification is about.
fn document_of(params: &Value) -> &str {
    params
        .pointer("/textDocument/uri")
        .and_then(Value::as_str)
        .unwrap_or_default()
}

impl Server<'_> {
    fn send(&self, message: Message) {
        // A client that has gone away ends the loop on its own.
        let _ = self.connection.sender.send(message);
    }

    fn request(&mut self, request: Request) {
        let uri = document_of(&request.params).to_string();
        let result = match request.method.as_str() {
            "textDocument/hover" => self.hover(&uri, &request.params),
            "textDocument/formatting" => self.formatting(&uri),
            "textDocument/documentSymbol" => self.symbols(&uri),
            "textDocument/completion" if uri.ends_with(crate::config::FILE_NAME) => {
                check_codes(self.lang)
            }
            "textDocument/completion" => self.completion(&uri, &request.params),
            "textDocument/definition" => self.definition(&uri, &request.params),
            "textDocument/codeAction" => self.code_actions(&uri, &request.params),
            "textDocument/codeLens" => self.code_lenses(&uri),
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

    /// A document opened, changed, saved or closed; `diagnose` is false for a change that a
    /// later one already waiting supersedes.
    fn notification(&mut self, notification: Notification, diagnose: bool) {
        let params = &notification.params;
        let uri = document_of(params).to_string();
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
                if diagnose {
                    self.diagnose(&uri, false);
                }
            }
            "textDocument/didSave" => self.diagnose(&uri, true),
            "textDocument/didClose" => {
                self.documents.remove(&uri);
                if let Some(path) = text::path_of(&uri) {
                    self.workspace.set_unsaved(&path, None);
                }
                self.publish(&uri, Vec::new());
            }
            _ => {}
        }
    }

    /// Diagnostics for a document: a policy's as typed; a data file's data errors as typed and
    /// every finding when it is opened or saved (`saved`).
    fn diagnose(&self, uri: &str, saved: bool) {
        let Some(path) = text::path_of(uri) else {
            return;
        };
        let Some(text) = self.documents.get(uri) else {
            return;
        };
        if crate::policy::load::is_policy(&path) {
            let options = ValidateOptions {
                stdin: Some((path.clone(), text.clone())),
                ..ValidateOptions::default()
            };
            if let Ok(outcome) = validate(&options) {
                let diagnostics = self.diagnostics(&path, &outcome.findings, &outcome.sources);
                self.publish(uri, diagnostics);
            }
        } else if crate::data::load::is_data(&path) {
            self.diagnose_data(uri, &path, text, saved);
        }
    }

    /// Hover in a policy file, or on an id in a data file.
    fn hover(&self, uri: &str, params: &Value) -> Value {
        let Some((path, text, at)) = self.at(uri, params) else {
            return Value::Null;
        };
        if crate::data::load::is_data(&path) {
            let (start, end) = word_at(text, at);
            let word = text[start..end].trim_matches(|c| matches!(c, '[' | ']' | '\'' | '-'));
            if word.is_empty() {
                return Value::Null;
            }
            let range = json!(text::range(text, start, end, self.encoding));
            return self.data_hover(&path, word, range);
        }
        self.policy_hover(uri, params)
    }

    fn publish(&self, uri: &str, diagnostics: Vec<Value>) {
        self.send(Message::Notification(Notification::new(
            "textDocument/publishDiagnostics".into(),
            json!({"uri": uri, "diagnostics": diagnostics}),
        )));
    }

    /// The findings located in the document at `path`, as LSP diagnostics.
    fn diagnostics(&self, path: &Path, findings: &[Finding], sources: &Sources) -> Vec<Value> {
        // The document's places among the run's sources (its name compared once, not per
        // finding); a workbook's sheets have no text an editor shows.
        let mine: Vec<crate::source::FileId> = sources
            .iter()
            .filter(|(_, f)| f.sheet.is_none() && same_file(Path::new(&f.name), path))
            .map(|(id, _)| id)
            .collect();
        findings
            .iter()
            .filter_map(|f| {
                let loc = f.location.filter(|l| mine.contains(&l.file))?;
                let file = sources.get(loc.file)?;
                let range = text::range_in(file, loc.span, self.encoding);
                let say = |text: &crate::i18n::Text| text.render(self.lang, true).into_owned();
                let mut message = say(&f.message);
                if let Some(source) = &f.source {
                    message.push_str(&format!("\n{source}"));
                }
                if let Some(help) = &f.help {
                    let help = t(self.lang, "report-help", &[("help", say(help).into())], true);
                    message.push_str(&format!("\n{help}"));
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
                            "location": {"uri": uri, "range": text::range_in(policy, l.span, self.encoding)},
                            "message": t(self.lang, "lsp-required-by", &[("clause", f.clause.as_deref().unwrap_or_default().into())], true),
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
