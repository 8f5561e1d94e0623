//! Policy text → typed AST: one `parse_<rule>` function per grammar rule.
//!
//! The grammar captures lines it cannot understand (`bad_line`, `bad_block`) instead of failing,
//! so one parse sees the whole file. Each captured line is then parsed alone with the rule that
//! was expected there, which gives a precise "expected …" error for it; every error of the file
//! is reported, and everything else is still in the tree.

use super::ast::*;
use super::grammar::{Rule, ZhiduParser, describe, first_words};
use crate::diagnostic::Check;
use crate::diagnostic::Finding;
use crate::diagnostic::Severity;
use crate::i18n::Message;
use crate::source::{FileId, Loc, Span};
use crate::suggest;
use crate::vocab::schema;
use crate::vocab::{Level, NameKind, PeriodUnit, PersonField};
use pest::Parser;
use pest::iterators::Pair;

mod expressions;
mod recovery;
mod statements;

use expressions::*;
use recovery::span_trimmed;

/// Deeper nesting of braces or parentheses than this is refused before pest runs: pest recurses,
/// and a file of 100,000 `(` must not overflow the stack.
pub const MAX_NESTING: usize = 32;

/// The result of parsing one file: the tree of everything that parsed, and the errors.
#[derive(Debug, Default)]
pub struct Parsed {
    pub file: File,
    pub errors: Vec<Finding>,
}

/// A mismatch between the grammar and this module: a bug, never the user's fault. Reported as a
/// finding rather than a panic.
#[derive(Debug)]
struct Bug(String);

type R<T> = Result<T, Bug>;

fn bug<T>(what: &str, pair: &Pair<Rule>) -> R<T> {
    Err(Bug(format!("{what}: unexpected {:?}", pair.as_rule())))
}

/// Parses one policy file.
pub fn parse(file: FileId, name: &str, text: &str) -> Parsed {
    let mut parser = FileParser {
        file,
        name,
        text,
        errors: Vec::new(),
    };
    if text.trim().is_empty() {
        parser.error(
            Span::empty(0),
            Check::ParseError,
            Message::new("policy-policy-file-is-empty"),
            Message::new("policy-an-empty-file-here"),
            Some(Message::new("policy-a-policy-file-starts-with-namespace").into()),
        );
        return Parsed {
            file: File::default(),
            errors: parser.errors,
        };
    }
    if let Some(at) = too_deep(text) {
        parser.error(
            Span::new(at, at + 1),
            Check::ParseError,
            Message::new("policy-too-deep").arg("max", MAX_NESTING),
            Message::new("policy-too-deep-label"),
            Some(Message::new("policy-too-deep-help").into()),
        );
        return Parsed {
            file: File::default(),
            errors: parser.errors,
        };
    }
    let file_ast = match ZhiduParser::parse(Rule::file, text) {
        Ok(mut pairs) => match pairs.next() {
            Some(pair) => parser.parse_file(pair),
            None => Ok(File::default()),
        },
        Err(error) => {
            parser.pest_error(error, 0, text);
            Ok(File::default())
        }
    };
    let file_ast = file_ast.unwrap_or_else(|Bug(message)| {
        parser.error(
            Span::empty(0),
            Check::ParseError,
            Message::new("policy-internal").arg("detail", message),
            Message::new("policy-here"),
            Some(Message::new("policy-internal-help").into()),
        );
        File::default()
    });
    Parsed {
        file: file_ast,
        errors: parser.errors,
    }
}

/// The offset where brace/parenthesis nesting first exceeds [`MAX_NESTING`], ignoring strings
/// and comments.
fn too_deep(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let (mut depth, mut i) = (0usize, 0usize);
    let (mut in_string, mut in_comment) = (false, false);
    while i < bytes.len() {
        let b = bytes[i];
        if in_comment {
            in_comment = b != b'\n';
        } else if in_string {
            match b {
                b'\\' => i += 1,
                b'"' | b'\n' => in_string = false,
                _ => {}
            }
        } else {
            match b {
                b'"' => in_string = true,
                b'/' if bytes.get(i + 1) == Some(&b'/') => in_comment = true,
                b'{' | b'(' | b'[' => {
                    depth += 1;
                    if depth > MAX_NESTING {
                        return Some(i);
                    }
                }
                b'}' | b')' | b']' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        i += 1;
    }
    None
}

/// Where a line that did not parse was found.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Context {
    Top,
    Body,
}

struct FileParser<'t> {
    file: FileId,
    name: &'t str,
    text: &'t str,
    errors: Vec<Finding>,
}

fn span_of(pair: &Pair<Rule>) -> Span {
    let s = pair.as_span();
    Span::new(s.start(), s.end())
}

fn spanned<T>(node: T, pair: &Pair<Rule>) -> Spanned<T> {
    Spanned::new(node, span_of(pair))
}

/// The pairs inside `pair`, in order, with a cursor.
struct Inner<'i> {
    pairs: Vec<Pair<'i, Rule>>,
    at: usize,
}

impl<'i> Inner<'i> {
    fn of(pair: Pair<'i, Rule>) -> Self {
        Inner {
            pairs: pair.into_inner().collect(),
            at: 0,
        }
    }

    fn peek(&self) -> Option<Rule> {
        self.pairs.get(self.at).map(|p| p.as_rule())
    }

    fn next(&mut self) -> Option<Pair<'i, Rule>> {
        let pair = self.pairs.get(self.at).cloned();
        self.at += 1;
        pair
    }

    /// The next pair, which must be `rule`.
    fn expect(&mut self, rule: Rule, context: &str) -> R<Pair<'i, Rule>> {
        match self.next() {
            Some(pair) if pair.as_rule() == rule => Ok(pair),
            Some(pair) => bug(context, &pair),
            None => Err(Bug(format!("{context}: missing {rule:?}"))),
        }
    }

    /// The next pair if it is `rule`.
    fn take(&mut self, rule: Rule) -> Option<Pair<'i, Rule>> {
        if self.peek() == Some(rule) {
            self.next()
        } else {
            None
        }
    }

    /// Skips the next pair if it is `rule`; says whether it did.
    fn eat(&mut self, rule: Rule) -> bool {
        self.take(rule).is_some()
    }

    fn trailing_comment(&mut self) -> Option<String> {
        self.take(Rule::trailing_comment)
            .map(|p| comment_text(p.as_str()))
    }
}

/// The text of a comment without its `//` and surrounding spaces.
fn comment_text(raw: &str) -> String {
    raw.trim_start_matches("//").trim().to_string()
}

impl<'t> FileParser<'t> {
    fn error(
        &mut self,
        span: Span,
        check: Check,
        message: impl Into<crate::i18n::Text>,
        label: impl Into<crate::i18n::Text>,
        help: Option<crate::i18n::Text>,
    ) {
        let mut finding = Finding::new(check, self.name, message)
            .at(Loc::new(self.file, span))
            .label(label);
        finding.help = help;
        self.errors.push(finding);
    }

    // ── file structure ──

    fn parse_file(&mut self, pair: Pair<'t, Rule>) -> R<File> {
        let mut items = Vec::new();
        let mut blank = false;
        for pair in pair.into_inner() {
            let span = span_of(&pair);
            let (kind, trailing_comment) = match pair.as_rule() {
                Rule::blank_line => {
                    blank = !items.is_empty();
                    continue;
                }
                Rule::EOI => break,
                Rule::comment_line => (ItemKind::Comment(comment_text(pair.as_str())), None),
                Rule::clause => (ItemKind::Clause(self.parse_clause(pair)?), None),
                Rule::header_line => self.parse_header_line(pair)?,
                Rule::bad_block => {
                    self.bad_block(pair, Context::Top);
                    continue;
                }
                Rule::stray_close => {
                    if let Some(after) = Inner::of(pair.clone()).take(Rule::after_close) {
                        self.after_close(&after);
                    }
                    self.error(
                        Span::new(span.start, span.start + 1),
                        Check::ParseError,
                        Message::new("policy-closes-nothing"),
                        Message::new("policy-no-block-is-open-here"),
                        Some(Message::new("policy-remove-it-or-check-the-of").into()),
                    );
                    continue;
                }
                Rule::bad_line => {
                    self.bad_line(&pair, Context::Top);
                    continue;
                }
                _ => return bug("file", &pair),
            };
            items.push(Spanned::new(
                Item {
                    kind,
                    blank_before: std::mem::take(&mut blank),
                    trailing_comment,
                },
                span,
            ));
        }
        Ok(File { items })
    }

    fn parse_header_line(&mut self, pair: Pair<'t, Rule>) -> R<(ItemKind, Option<String>)> {
        let mut inner = Inner::of(pair);
        let Some(decl) = inner.next() else {
            return Err(Bug("header_line: empty".into()));
        };
        let kind = match decl.as_rule() {
            Rule::namespace_decl => {
                let mut d = Inner::of(decl);
                d.eat(Rule::kw_namespace);
                let ident = d.expect(Rule::ident, "namespace")?;
                ItemKind::Namespace(spanned(ident.as_str().to_string(), &ident))
            }
            Rule::pack_decl => {
                let mut d = Inner::of(decl);
                d.eat(Rule::kw_pack);
                let ident = d.expect(Rule::ident, "pack")?;
                let documents = match d.take(Rule::string) {
                    Some(s) => Some(self.parse_string(s)?),
                    None => None,
                };
                ItemKind::Pack {
                    name: spanned(ident.as_str().to_string(), &ident),
                    documents,
                }
            }
            Rule::source_decl => {
                let mut d = Inner::of(decl);
                d.eat(Rule::kw_source);
                ItemKind::Source(self.parse_string(d.expect(Rule::string, "source")?)?)
            }
            Rule::include_decl => {
                let mut d = Inner::of(decl);
                d.eat(Rule::kw_include);
                ItemKind::Include(self.parse_string(d.expect(Rule::string, "include")?)?)
            }
            Rule::waivable_decl => {
                let mut d = Inner::of(decl);
                d.eat(Rule::kw_waivable);
                d.eat(Rule::kw_by);
                ItemKind::Waivable(self.parse_party(d.expect(Rule::party, "waivable")?)?)
            }
            Rule::name_decl => ItemKind::Name(self.parse_name_decl(decl)?),
            _ => return bug("header_line", &decl),
        };
        Ok((kind, inner.trailing_comment()))
    }

    fn parse_name_decl(&mut self, pair: Pair<'t, Rule>) -> R<NameDecl> {
        let mut inner = Inner::of(pair);
        let kind = parse_name_kind(&inner.expect(Rule::name_kind, "name_decl")?)?;
        let name = self.parse_name(inner.expect(Rule::name, "name_decl")?)?;
        inner.eat(Rule::kw_aka);
        let mut aliases = Vec::new();
        while let Some(alias) = inner.take(Rule::name) {
            aliases.push(self.parse_name(alias)?);
        }
        Ok(NameDecl {
            kind,
            name,
            aliases,
        })
    }

    fn parse_clause(&mut self, pair: Pair<'t, Rule>) -> R<Clause> {
        let mut inner = Inner::of(pair);
        let header = inner.expect(Rule::clause_header, "clause")?;
        let body = inner.expect(Rule::clause_body, "clause")?;
        let close = inner.expect(Rule::close_brace, "clause")?;
        let header_span = span_of(&header);

        let mut h = Inner::of(header);
        let kind_pair = h.expect(Rule::clause_kind, "clause_header")?;
        let kind = spanned(parse_clause_kind(&kind_pair)?, &kind_pair);
        let name_pair = h.expect(Rule::clause_name, "clause_header")?;
        let name = spanned(name_pair.as_str().to_string(), &name_pair);
        let title = match h.take(Rule::string) {
            Some(s) => Some(self.parse_string(s)?),
            None => None,
        };
        let header_comment = h.trailing_comment();
        let errors_before = self.errors.len();
        let body = self.parse_clause_body(body)?;
        let (close_comment, unclosed) = self.parse_close_brace(close, header_span, "clause");
        let recovered = self.errors.len() > errors_before;
        Ok(Clause {
            kind,
            name,
            title,
            header_comment,
            body,
            close_comment,
            unclosed,
            recovered,
        })
    }

    /// The closing `}`; a missing one (end of file) is reported at the block's first line.
    fn parse_close_brace(
        &mut self,
        pair: Pair<'t, Rule>,
        opened: Span,
        what: &str,
    ) -> (Option<String>, bool) {
        if pair.as_str().is_empty() {
            let line_end = self.text[opened.start..]
                .find('\n')
                .map_or(self.text.len(), |i| opened.start + i);
            self.error(
                Span::new(opened.start, line_end),
                Check::ParseError,
                Message::new("policy-unclosed").arg("what", what),
                Message::new("policy-unclosed-label"),
                Some(Message::new("policy-unclosed-help").into()),
            );
            return (None, true);
        }
        let mut inner = Inner::of(pair);
        if let Some(after) = inner.take(Rule::after_close) {
            self.after_close(&after);
        }
        (inner.trailing_comment(), false)
    }

    /// Reports text after a closing `}`.
    pub(super) fn after_close(&mut self, pair: &Pair<'t, Rule>) {
        let text = pair.as_str().trim_end_matches(['\n', '\r']);
        self.error(
            span_trimmed(span_of(pair), text),
            Check::ParseError,
            Message::new("policy-text-after"),
            Message::new("policy-not-part-of-the-block"),
            Some(Message::new("policy-a-stands-on-a-line-of").into()),
        );
    }

    fn parse_clause_body(&mut self, pair: Pair<'t, Rule>) -> R<Vec<Spanned<Line>>> {
        let mut lines = Vec::new();
        let mut blank = false;
        for pair in pair.into_inner() {
            let span = span_of(&pair);
            let (kind, trailing_comment) = match pair.as_rule() {
                Rule::blank_line => {
                    blank = !lines.is_empty();
                    continue;
                }
                Rule::comment_line => (LineKind::Comment(comment_text(pair.as_str())), None),
                Rule::when_block => (LineKind::When(self.parse_when_block(pair)?), None),
                Rule::statement_line => {
                    let mut inner = Inner::of(pair);
                    let statement =
                        self.parse_statement(inner.expect(Rule::statement, "statement_line")?)?;
                    (LineKind::Statement(statement), inner.trailing_comment())
                }
                Rule::bad_block => {
                    self.bad_block(pair, Context::Body);
                    continue;
                }
                Rule::bad_line => {
                    self.bad_line(&pair, Context::Body);
                    continue;
                }
                _ => return bug("clause_body", &pair),
            };
            lines.push(Spanned::new(
                Line {
                    kind,
                    blank_before: std::mem::take(&mut blank),
                    trailing_comment,
                },
                span,
            ));
        }
        Ok(lines)
    }

    fn parse_when_block(&mut self, pair: Pair<'t, Rule>) -> R<WhenBlock> {
        let mut inner = Inner::of(pair);
        if let Some(inline) = inner.take(Rule::when_inline) {
            let mut i = Inner::of(inline);
            i.eat(Rule::kw_when);
            let condition = self.parse_condition(i.expect(Rule::condition, "when_inline")?)?;
            let statement = i.expect(Rule::statement, "when_inline")?;
            let span = span_of(&statement);
            let statement = self.parse_statement(statement)?;
            return Ok(WhenBlock {
                condition,
                header_comment: None,
                body: vec![Spanned::new(
                    Line {
                        kind: LineKind::Statement(statement),
                        blank_before: false,
                        trailing_comment: None,
                    },
                    span,
                )],
                close_comment: i.trailing_comment(),
                unclosed: false,
            });
        }
        let header = inner.expect(Rule::when_header, "when_block")?;
        let header_span = span_of(&header);
        let body = inner.expect(Rule::clause_body, "when_block")?;
        let close = inner.expect(Rule::close_brace, "when_block")?;
        let mut h = Inner::of(header);
        h.eat(Rule::kw_when);
        let condition = self.parse_condition(h.expect(Rule::condition, "when_header")?)?;
        let header_comment = h.trailing_comment();
        let body = self.parse_clause_body(body)?;
        let (close_comment, unclosed) = self.parse_close_brace(close, header_span, "when");
        Ok(WhenBlock {
            condition,
            header_comment,
            body,
            close_comment,
            unclosed,
        })
    }
}
