//! Policy files in the editor: hover (a clause, a declared name, a keyword), go to definition,
//! completion in context, formatting, document symbols and quick fixes for "did you mean".

use super::{Server, same_file, text, uri_of, word_at};
use crate::api::clauses::ClauseInfo;
use crate::i18n::{Arg, Lang, Message, t};
use crate::policy::assist;
use crate::source::Sources;
use serde_json::{Value, json};
use std::collections::BTreeSet;
use std::path::Path;

impl Server<'_> {
    /// On a declared name: its declaration, aliases and users; on a keyword: what the grammar
    /// says of it where it stands; elsewhere in a clause: what `zhidu explain` says of it.
    pub(super) fn policy_hover(&self, uri: &str, params: &Value) -> Value {
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
            let say = |id, args: &[(&str, Arg)]| t(self.lang, id, args, true);
            let place = format!("{}:{line}", found.file);
            let kind = Message::new("word").arg("w", found.kind);
            let mut body = say(
                "lsp-declared",
                &[
                    ("kind", kind.into()),
                    ("name", found.name.as_str().into()),
                    ("place", place.into()),
                ],
            );
            if !found.aliases.is_empty() {
                let aliases = Arg::list(&found.aliases);
                body.push_str(&format!(
                    "\n\n{}",
                    say("lsp-aliases", &[("aliases", aliases)])
                ));
            }
            if !users.is_empty() {
                let users = Arg::list(&users);
                body.push_str(&format!(
                    "\n\n{}",
                    say("lsp-used-by", &[("clauses", users)])
                ));
            }
            return json!({
                "contents": {"kind": "markdown", "value": body},
                "range": text::range(text, start, end, self.encoding),
            });
        }
        if let Some(keyword) = assist::keyword_at(text, at) {
            let mut body = format!("**`{}`**", keyword.word);
            for meaning in &keyword.meanings {
                body.push_str(&format!("\n\n{meaning}"));
            }
            return json!({
                "contents": {"kind": "markdown", "value": body},
                "range": text::range(text, keyword.span.start, keyword.span.end, self.encoding),
            });
        }
        let Some((span, clause)) = clauses
            .iter()
            .find(|(span, _)| span.start <= at && at < span.end.max(span.start + 1))
        else {
            return Value::Null;
        };
        let body = self.clause_hover(clause);
        json!({
            "contents": {"kind": "markdown", "value": body},
            "range": text::range(text, span.start, span.end, self.encoding),
        })
    }

    /// From a name to where it is declared (in any policy file of the repository), from an
    /// `include` to the file.
    pub(super) fn definition(&self, uri: &str, params: &Value) -> Value {
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

    /// What `zhidu explain` says of a clause, shortly, in markdown.
    fn clause_hover(&self, clause: &ClauseInfo) -> String {
        let say = |id: &str, args: &[(&str, Arg)]| t(self.lang, id, args, true);
        let severity = say(&format!("severity-{}", clause.severity), &[]);
        let title = clause.title.as_deref().map(|t| format!(" — {t}"));
        let words = match clause.words.as_deref() {
            Some(w) => say("lsp-words", &[("words", w.into())]),
            None => String::new(),
        };
        let line = say(
            "lsp-clause-line",
            &[
                ("source", clause.source.to_string().into()),
                ("words", words.into()),
                ("severity", severity.as_str().into()),
                ("pack", clause.pack.as_str().into()),
            ],
        );
        let mut body = format!(
            "**{}**{}\n\n{line}\n\n",
            clause.id,
            title.unwrap_or_default()
        );
        if let Some(why) = &clause.severity_reason {
            let because = [("severity", severity.into()), ("why", why.as_str().into())];
            body.push_str(&format!("{}\n\n", say("lsp-severity-because", &because)));
        }
        for rule in &clause.requires {
            body.push_str(&format!("- {}\n", rule.render(self.lang, true)));
        }
        let checks = Arg::list(&clause.checks);
        body.push_str(&format!("\n{}", say("lsp-checks", &[("checks", checks)])));
        if let Some(party) = &clause.waivable_by {
            let party = [("party", party.as_str().into())];
            body.push_str(&format!("\n\n{}", say("lsp-waivable-by", &party)));
        }
        body
    }

    /// A quick fix for every diagnostic that says "did you mean `X`?" about a single word.
    pub(super) fn code_actions(&self, uri: &str, params: &Value) -> Value {
        let Some(text) = self.documents.get(uri) else {
            return json!([]);
        };
        // The catalogues' "did you mean `x`?", in whichever language the server speaks.
        let asked = [Lang::En, Lang::Zh].map(|lang| {
            let text = t(lang, "did-you-mean", &[("word", "\u{1}".into())], true);
            text.split('\u{1}').next().unwrap_or_default().to_string()
        });
        let actions: Vec<Value> = params
            .pointer("/context/diagnostics")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|d| {
                let message = d.get("message")?.as_str()?;
                let suggestion = asked
                    .iter()
                    .find_map(|prefix| message.split(prefix.as_str()).nth(1))?
                    .split('`')
                    .next()?;
                let range: lsp_types::Range =
                    serde_json::from_value(d.get("range")?.clone()).ok()?;
                let start = text::offset(text, range.start, self.encoding);
                let end = text::offset(text, range.end, self.encoding);
                let current = text.get(start..end)?;
                if current.is_empty() || current.contains(char::is_whitespace) {
                    return None;
                }
                Some(json!({
                    "title": t(self.lang, "lsp-replace", &[("current", current.into()), ("suggestion", suggestion.into())], true),
                    "kind": "quickfix",
                    "diagnostics": [d],
                    "isPreferred": true,
                    "edit": {"changes": {uri: [{"range": range, "newText": suggestion}]}},
                }))
            })
            .collect();
        json!(actions)
    }

    /// What may be written where the cursor is: keywords the grammar accepts there, declared
    /// names of the kind a keyword asks for (`role …`), fields of the clause's collection.
    pub(super) fn completion(&self, uri: &str, params: &Value) -> Value {
        let Some((path, text, at)) = self.at(uri, params) else {
            return json!([]);
        };
        let next = assist::next_at(text, at);
        let mut items: Vec<Value> = next
            .words
            .iter()
            .map(|word| json!({"label": word, "kind": 14}))
            .collect();
        if let Some(kind) = next.name {
            let mut seen = BTreeSet::new();
            for d in self.declarations(uri, &path, text) {
                if d.kind == kind.keyword() && seen.insert(d.name.clone()) {
                    items.push(json!({"label": d.name, "kind": 12, "detail": d.kind}));
                }
            }
        }
        if let Some(collection) = next.fields {
            for (field, holds) in assist::fields(collection) {
                let holds = crate::i18n::Text::from(holds)
                    .render(self.lang, true)
                    .into_owned();
                items.push(json!({"label": field, "kind": 5, "detail": holds}));
            }
        }
        json!(items)
    }

    /// The whole document, formatted as `zhidu fmt` would; nothing when it does not parse.
    pub(super) fn formatting(&self, uri: &str) -> Value {
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
    pub(super) fn symbols(&self, uri: &str) -> Value {
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
