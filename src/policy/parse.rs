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
use crate::source::{FileId, Loc, Span};
use crate::suggest;
use crate::vocab::schema;
use crate::vocab::{Level, NameKind, PeriodUnit, PersonField};
use pest::Parser;
use pest::iterators::Pair;

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
            "policy file is empty",
            "an empty file here",
            Some("a policy file starts with `namespace <name>`, then its clauses".into()),
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
            &format!("nesting deeper than {MAX_NESTING} levels"),
            "too deep from here",
            Some("no clause needs this many nested blocks or parentheses; is the file a policy file?".into()),
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
            &format!("internal parser error ({message})"),
            "here",
            Some("this is a bug in zhidu; please report it with the file".into()),
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
        message: &str,
        label: &str,
        help: Option<String>,
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
                    self.error(
                        Span::new(span.start, span.start + 1),
                        Check::ParseError,
                        "`}` closes nothing",
                        "no block is open here",
                        Some("remove it, or check the `{` of the clause above".into()),
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
                &format!("this {what} is never closed"),
                "opened here",
                Some("add `}` on a line of its own after the last statement".into()),
            );
            return (None, true);
        }
        (Inner::of(pair).trailing_comment(), false)
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
        let (close_comment, unclosed) = self.parse_close_brace(close, header_span, "`when` block");
        Ok(WhenBlock {
            condition,
            header_comment,
            body,
            close_comment,
            unclosed,
        })
    }

    // ── error recovery ──

    fn bad_block(&mut self, pair: Pair<'t, Rule>, context: Context) {
        let mut inner = Inner::of(pair);
        if let Some(open) = inner.take(Rule::bad_open) {
            self.bad_line(&open, context);
        }
        // The block's own lines are parsed as a body so that their errors are reported too;
        // the statements themselves are dropped with the broken block.
        if let Some(body) = inner.take(Rule::clause_body) {
            let _ = self.parse_clause_body(body);
        }
    }

    /// Reports a line that did not parse, with the error of the rule expected there.
    fn bad_line(&mut self, pair: &Pair<'t, Rule>, context: Context) {
        let span = span_of(pair);
        let line = pair.as_str().trim_end_matches(['\n', '\r']);
        let first_word: String = line
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-' || *c == '.')
            .collect();
        let head = first_word.split('.').next().unwrap_or("");
        let (rule, other) = match context {
            Context::Top if first_words(Rule::clause_kind).contains(&head) => {
                (Rule::clause_header, None)
            }
            Context::Top => (Rule::header_line, Some(Rule::statement_line)),
            Context::Body if head == "when" && line.trim_end().ends_with('{') => {
                (Rule::when_header, None)
            }
            Context::Body
                if first_words(Rule::keyword_statement).contains(&head)
                    && !schema::all_record_field_names().contains(&head) =>
            {
                (Rule::keyword_line, Some(Rule::header_line))
            }
            Context::Body => (Rule::statement_line, Some(Rule::header_line)),
        };
        // A line that is valid somewhere else is in the wrong place.
        if let Some(other) = other
            && ZhiduParser::parse(other, line).is_ok()
        {
            let (message, help) = match context {
                Context::Top => (
                    "statement outside any clause",
                    "statements belong inside a clause: `plan name { … }`",
                ),
                Context::Body => (
                    "file-level declaration inside a clause",
                    "move it above the clauses, at the top of the file",
                ),
            };
            self.error(
                span_trimmed(span, line),
                Check::ParseError,
                message,
                "here",
                Some(help.into()),
            );
            return;
        }
        if context == Context::Body
            && first_words(Rule::clause_kind).contains(&head)
            && ZhiduParser::parse(Rule::clause_header, line).is_ok()
        {
            self.error(
                span_trimmed(span, line),
                Check::ParseError,
                "a clause cannot start inside another clause",
                "nested clause",
                Some("close the clause above with `}` first".into()),
            );
            return;
        }
        // An unknown first word is most likely a misspelt keyword or field.
        if !first_word.is_empty() {
            let known_field = head == "attrs" || schema::all_record_field_names().contains(&head);
            let words: &[&str] = if context == Context::Top {
                first_words(Rule::top_line)
            } else {
                first_words(Rule::keyword_statement)
            };
            if !(words.contains(&head) || context == Context::Body && known_field) {
                let mut candidates: Vec<&str> = words.to_vec();
                if context == Context::Body {
                    candidates.extend(schema::all_record_field_names());
                }
                let what = if context == Context::Top {
                    "declaration or clause"
                } else {
                    "statement or field"
                };
                // A 2 MB "word" is garbage, not a typo: no suggestion, and a short excerpt.
                let suggestion = if head.chars().count() <= 40 {
                    suggest::did_you_mean(head, candidates)
                } else {
                    None
                };
                self.error(
                    Span::new(span.start, span.start + head.len().min(256)),
                    Check::ParseError,
                    &format!("unknown {what} `{}`", shown(head)),
                    "not understood",
                    suggestion.or_else(|| {
                        Some("see docs/language.md for the statements of the language".into())
                    }),
                );
                return;
            }
        }
        match ZhiduParser::parse(rule, line) {
            Err(error) => self.pest_error(error, span.start, line),
            Ok(_) => self.error(
                span_trimmed(span, line),
                Check::ParseError,
                "line not understood here",
                "here",
                None,
            ),
        }
    }

    /// Turns a pest error (positions relative to `base`) into a finding.
    fn pest_error(&mut self, error: pest::error::Error<Rule>, base: usize, line: &str) {
        let (start, end) = match error.location {
            pest::error::InputLocation::Pos(p) => (p, p),
            pest::error::InputLocation::Span((s, e)) => (s, e),
        };
        let found = found_token(line, start);
        let message = match &error.variant {
            pest::error::ErrorVariant::ParsingError { positives, .. } => {
                let mut expected: Vec<String> = positives
                    .iter()
                    .filter(|r| {
                        !matches!(
                            r,
                            Rule::WHITESPACE | Rule::bad_line | Rule::bad_block | Rule::bad_open
                        )
                    })
                    .map(describe)
                    .collect();
                expected.sort();
                expected.dedup();
                match expected.len() {
                    0 => format!("unexpected {found}"),
                    1..=6 => format!("expected {}, found {found}", join_or(&expected)),
                    _ => format!("unexpected {found}"),
                }
            }
            pest::error::ErrorVariant::CustomError { message } => message.clone(),
        };
        let help = match &error.variant {
            pest::error::ErrorVariant::ParsingError { positives, .. } => {
                let word: String = line
                    .get(start..)
                    .unwrap_or("")
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                let candidates: Vec<&str> = positives
                    .iter()
                    .flat_map(|r| first_words(*r))
                    .copied()
                    .collect();
                if word.is_empty() {
                    None
                } else {
                    suggest::did_you_mean(&word, candidates)
                }
            }
            pest::error::ErrorVariant::CustomError { .. } => None,
        };
        let span = Span::new(base + start, base + end.max(start + found_len(line, start)));
        self.error(span, Check::ParseError, &message, "here", help);
    }

    // ── statements ──

    fn parse_statement(&mut self, pair: Pair<'t, Rule>) -> R<Statement> {
        let mut outer = Inner::of(pair);
        let Some(mut pair) = outer.next() else {
            return Err(Bug("statement: empty".into()));
        };
        if pair.as_rule() == Rule::keyword_statement {
            pair = Inner::of(pair)
                .next()
                .ok_or_else(|| Bug("keyword_statement: empty".into()))?;
        }
        let rule = pair.as_rule();
        let mut inner = Inner::of(pair.clone());
        Ok(match rule {
            Rule::cite_stmt => {
                inner.eat(Rule::kw_cite);
                let article = self.parse_string(inner.expect(Rule::string, "cite")?)?;
                inner.eat(Rule::kw_in);
                let document = match inner.take(Rule::string) {
                    Some(s) => Some(self.parse_string(s)?),
                    None => None,
                };
                Statement::Cite { article, document }
            }
            Rule::severity_stmt => {
                inner.eat(Rule::kw_severity);
                let level = inner.expect(Rule::severity_level, "severity")?;
                let severity = match first_inner_rule(&level) {
                    Some(Rule::kw_error) => Severity::Error,
                    Some(Rule::kw_warning) => Severity::Warning,
                    _ => Severity::Info,
                };
                Statement::Severity(spanned(severity, &level))
            }
            Rule::param_stmt => {
                inner.eat(Rule::kw_param);
                let name = inner.expect(Rule::ident, "param")?;
                let value = inner.expect(Rule::param_value, "param")?;
                let description = match inner.take(Rule::string) {
                    Some(s) => Some(self.parse_string(s)?),
                    None => None,
                };
                Statement::Param {
                    name: spanned(name.as_str().to_string(), &name),
                    value: self.parse_param_value(value)?,
                    description,
                }
            }
            Rule::kind_stmt => {
                inner.eat(Rule::kw_kind);
                if inner.eat(Rule::kw_any) {
                    Statement::Kind(KindSel::Any)
                } else {
                    let mut kinds = Vec::new();
                    while let Some(kind) = inner.take(Rule::kind_name) {
                        let name = Inner::of(kind).expect(Rule::name, "kind")?;
                        kinds.push(self.parse_name(name)?);
                    }
                    Statement::Kind(KindSel::Kinds(kinds))
                }
            }
            Rule::when_stmt => {
                inner.eat(Rule::kw_when);
                Statement::When(self.parse_condition(inner.expect(Rule::condition, "when")?)?)
            }
            Rule::exists_stmt => {
                inner.eat(Rule::kw_exists);
                inner.eat(Rule::kw_every);
                let unit = inner.expect(Rule::period_unit, "exists")?;
                let every = spanned(parse_period_unit(&unit)?, &unit);
                inner.eat(Rule::kw_by);
                let due = match inner.take(Rule::date_expr) {
                    Some(d) => Some(self.parse_date_expr(d)?),
                    None => None,
                };
                Statement::Exists { every, due }
            }
            Rule::every_stmt => {
                inner.eat(Rule::kw_every);
                let cadence = self.parse_cadence(inner.expect(Rule::cadence, "every")?)?;
                inner.eat(Rule::kw_by);
                let due = match inner.take(Rule::date_expr) {
                    Some(d) => Some(self.parse_date_expr(d)?),
                    None => None,
                };
                Statement::Every { cadence, due }
            }
            Rule::every_org_stmt => {
                inner.eat(Rule::kw_every);
                let which = inner.next().ok_or_else(|| Bug("every_org: empty".into()))?;
                match which.as_rule() {
                    Rule::unit_has_head => Statement::EveryUnitHasHead,
                    Rule::person_has_manager => Statement::EveryPersonHasManager,
                    Rule::role_within_seats => Statement::EveryRoleWithinSeats,
                    _ => return bug("every_org", &which),
                }
            }
            Rule::at_least_stmt => {
                inner.eat(Rule::kw_at);
                inner.eat(Rule::kw_least);
                let count = self.parse_u32(inner.expect(Rule::integer, "at least")?)?;
                inner.eat(Rule::kw_per);
                let unit = inner.expect(Rule::period_unit, "at least")?;
                Statement::AtLeast {
                    count,
                    per: spanned(parse_period_unit(&unit)?, &unit),
                }
            }
            Rule::gap_stmt => {
                inner.eat(Rule::kw_gap);
                inner.eat(Rule::kw_at);
                inner.eat(Rule::kw_most);
                Statement::Gap {
                    max: self.parse_duration(inner.expect(Rule::duration, "gap")?)?,
                }
            }
            Rule::signed_stmt => {
                inner.eat(Rule::kw_signed);
                inner.eat(Rule::kw_by);
                Statement::Signed(self.parse_chain(inner.expect(Rule::chain, "signed")?)?)
            }
            Rule::reviewed_stmt => {
                inner.eat(Rule::kw_reviewed);
                inner.eat(Rule::kw_by);
                Statement::Reviewed(self.parse_chain(inner.expect(Rule::chain, "reviewed")?)?)
            }
            Rule::signed_order_stmt | Rule::reviewed_order_stmt => {
                inner.next();
                inner.eat(Rule::kw_before);
                let target = inner.next().ok_or_else(|| Bug("order: empty".into()))?;
                let node = match target.as_rule() {
                    Rule::kw_reviewed => OrderTarget::Reviewed,
                    Rule::kw_signed => OrderTarget::Signed,
                    Rule::field_path => OrderTarget::Field(FieldPath(target.as_str().to_string())),
                    _ => return bug("order", &target),
                };
                let node = spanned(node, &target);
                if rule == Rule::signed_order_stmt {
                    Statement::SignedBefore(node)
                } else {
                    Statement::ReviewedBefore(node)
                }
            }
            Rule::signers_stmt => {
                inner.eat(Rule::kw_signers);
                if inner.eat(Rule::kw_distinct) {
                    Statement::SignersDistinct
                } else {
                    inner.eat(Rule::kw_exclude);
                    let field = inner.expect(Rule::person_field, "signers")?;
                    Statement::SignersExclude(spanned(parse_person_field(field.as_str())?, &field))
                }
            }
            Rule::delegation_stmt => {
                let delegate =
                    self.parse_role_party(inner.expect(Rule::role_party, "delegation")?)?;
                inner.eat(Rule::kw_may);
                inner.eat(Rule::kw_act);
                inner.eat(Rule::kw_for);
                let principal =
                    self.parse_role_party(inner.expect(Rule::role_party, "delegation")?)?;
                inner.eat(Rule::kw_when);
                inner.eat(Rule::kw_authorized);
                inner.eat(Rule::kw_by);
                let authorizer = match inner.take(Rule::party) {
                    Some(p) => Some(self.parse_party(p)?),
                    None => None,
                };
                Statement::Delegation {
                    delegate,
                    principal,
                    authorizer,
                }
            }
            Rule::combined_stmt => {
                let mut roles = Vec::new();
                while let Some(role) = inner.take(Rule::role_party) {
                    roles.push(self.parse_role_party(role)?);
                    inner.eat(Rule::kw_and);
                }
                Statement::NotCombined(roles)
            }
            Rule::filled_stmt => {
                inner.eat(Rule::kw_role);
                let role = self.parse_name(inner.expect(Rule::name, "filled")?)?;
                inner.eat(Rule::kw_filled);
                inner.eat(Rule::kw_by);
                let count = match inner.take(Rule::holder_count) {
                    Some(c) => Some(self.parse_holder_count(c)?),
                    None => None,
                };
                Statement::Filled { role, count }
            }
            Rule::headcount_stmt => {
                inner.eat(Rule::kw_unit);
                let unit = self.parse_name(inner.expect(Rule::name, "headcount")?)?;
                let max = self.parse_u32(
                    inner
                        .pairs
                        .iter()
                        .rev()
                        .find(|p| p.as_rule() == Rule::integer)
                        .cloned()
                        .ok_or_else(|| Bug("headcount: no number".into()))?,
                )?;
                Statement::Headcount { unit, max }
            }
            Rule::term_stmt => {
                inner.eat(Rule::kw_term);
                let length = self.parse_duration(inner.expect(Rule::duration, "term")?)?;
                inner.eat(Rule::kw_for);
                let target = if let Some(kw) = inner.take(Rule::kw_level) {
                    let level = inner.expect(Rule::level, "term")?;
                    Spanned::new(
                        TermTarget::Level(parse_level(&level)?),
                        span_of(&kw).to(span_of(&level)),
                    )
                } else {
                    let role = inner.expect(Rule::role_party, "term")?;
                    let span = span_of(&role);
                    Spanned::new(TermTarget::Role(self.parse_role_party(role)?), span)
                };
                Statement::Term { length, target }
            }
            Rule::no_cycles_stmt => Statement::NoReportingCycles,
            Rule::limit_row => {
                let band = self.parse_band(inner.expect(Rule::limit_band, "limit_row")?)?;
                let party = self.parse_party(inner.expect(Rule::party, "limit_row")?)?;
                Statement::LimitRow { band, party }
            }
            Rule::field_stmt => {
                let field = inner.expect(Rule::field_path, "field")?;
                let rule = self.parse_field_rule(inner.expect(Rule::field_rule, "field")?)?;
                Statement::Field {
                    field: spanned(FieldPath(field.as_str().to_string()), &field),
                    rule,
                }
            }
            _ => return bug("statement", &pair),
        })
    }

    fn parse_field_rule(&mut self, pair: Pair<'t, Rule>) -> R<Spanned<FieldRule>> {
        let span = span_of(&pair);
        let Some(rule) = pair.into_inner().next() else {
            return Err(Bug("field_rule: empty".into()));
        };
        let kind = rule.as_rule();
        let mut inner = Inner::of(rule.clone());
        let node = match kind {
            Rule::deadline_rule => {
                inner.eat(Rule::kw_by);
                FieldRule::Deadline(self.parse_date_expr(inner.expect(Rule::date_expr, "by")?)?)
            }
            Rule::window_rule => {
                inner.eat(Rule::kw_from);
                let from = self.parse_date_expr(inner.expect(Rule::date_expr, "from")?)?;
                inner.eat(Rule::kw_to);
                let to = match inner.take(Rule::date_expr) {
                    Some(d) => Some(self.parse_date_expr(d)?),
                    None => None,
                };
                FieldRule::Window { from, to }
            }
            Rule::last_days_rule => {
                inner.eat(Rule::kw_in);
                let first = inner.eat(Rule::kw_first);
                inner.eat(Rule::kw_last);
                let days = self.parse_u32(inner.expect(Rule::integer, "in last")?)?;
                inner.eat(Rule::kw_days);
                inner.eat(Rule::kw_of);
                let of = inner.expect(Rule::period_ref, "in last")?;
                FieldRule::LastDays {
                    first,
                    days,
                    of: spanned(parse_period_ref(&of)?, &of),
                }
            }
            Rule::offset_rule => {
                inner.eat(Rule::kw_within);
                let within = self.parse_duration(inner.expect(Rule::duration, "within")?)?;
                let relation = parse_relation(inner.next().as_ref())?;
                let other = inner.expect(Rule::field_path, "within")?;
                FieldRule::Offset {
                    within,
                    relation,
                    other: spanned(FieldPath(other.as_str().to_string()), &other),
                }
            }
            Rule::margin_rule => {
                inner.eat(Rule::kw_at);
                inner.eat(Rule::kw_least);
                let margin = self.parse_duration(inner.expect(Rule::duration, "at least")?)?;
                let relation = parse_relation(inner.next().as_ref())?;
                let other = inner.expect(Rule::field_path, "at least")?;
                FieldRule::Margin {
                    margin,
                    relation,
                    other: spanned(FieldPath(other.as_str().to_string()), &other),
                }
            }
            Rule::order_rule => {
                let negated = inner.eat(Rule::kw_not);
                let relation = parse_relation(inner.next().as_ref())?;
                let other = inner.expect(Rule::field_path, "order")?;
                FieldRule::Order {
                    negated,
                    relation,
                    other: spanned(FieldPath(other.as_str().to_string()), &other),
                }
            }
            Rule::party_rule => {
                inner.eat(Rule::kw_is);
                FieldRule::Is(self.parse_party(inner.expect(Rule::party, "is")?)?)
            }
            Rule::count_rule => {
                inner.eat(Rule::kw_at);
                let at_least = inner.eat(Rule::kw_least);
                inner.eat(Rule::kw_most);
                let count = self.parse_u32(inner.expect(Rule::integer, "count")?)?;
                inner.eat(Rule::kw_unless);
                let unless = match inner.take(Rule::condition) {
                    Some(c) => Some(self.parse_condition(c)?),
                    None => None,
                };
                FieldRule::Count {
                    at_least,
                    count,
                    unless,
                }
            }
            Rule::range_rule => {
                inner.eat(Rule::kw_between);
                let min = self.parse_u32(inner.expect(Rule::integer, "between")?)?;
                inner.eat(Rule::kw_and);
                let max = self.parse_u32(inner.expect(Rule::integer, "between")?)?;
                inner.eat(Rule::kw_unless);
                let unless = match inner.take(Rule::condition) {
                    Some(c) => Some(self.parse_condition(c)?),
                    None => None,
                };
                FieldRule::Range { min, max, unless }
            }
            _ => return bug("field_rule", &rule),
        };
        Ok(Spanned::new(node, span))
    }

    // ── parties and chains ──

    fn parse_chain(&mut self, pair: Pair<'t, Rule>) -> R<Chain> {
        let mut steps = Vec::new();
        let mut links = Vec::new();
        for part in pair.into_inner() {
            match part.as_rule() {
                Rule::chain_step => {
                    let span = span_of(&part);
                    let mut inner = Inner::of(part);
                    let party = self.parse_party(inner.expect(Rule::party, "chain_step")?)?;
                    let last = inner.eat(Rule::kw_last);
                    steps.push(Spanned::new(Step { party, last }, span));
                }
                Rule::chain_link => {
                    let link = match first_inner_rule(&part) {
                        Some(Rule::kw_then) => Link::Then,
                        _ => Link::And,
                    };
                    links.push(spanned(link, &part));
                }
                _ => return bug("chain", &part),
            }
        }
        Ok(Chain { steps, links })
    }

    fn parse_party(&mut self, pair: Pair<'t, Rule>) -> R<Spanned<Party>> {
        let span = span_of(&pair);
        let mut alternatives = Vec::new();
        for one in pair.into_inner() {
            match one.as_rule() {
                Rule::party_one => alternatives.push(self.parse_party_one(one)?),
                Rule::kw_or => {}
                _ => return bug("party", &one),
            }
        }
        match alternatives.len() {
            0 => Err(Bug("party: empty".into())),
            1 => Ok(alternatives.remove(0)),
            _ => Ok(Spanned::new(Party::Either(alternatives), span)),
        }
    }

    fn parse_party_one(&mut self, pair: Pair<'t, Rule>) -> R<Spanned<Party>> {
        let span = span_of(&pair);
        let Some(party) = pair.into_inner().next() else {
            return Err(Bug("party: empty".into()));
        };
        let rule = party.as_rule();
        let mut inner = Inner::of(party.clone());
        let node = match rule {
            Rule::head_party | Rule::overseer_party => {
                inner.next();
                inner.eat(Rule::kw_of);
                let unit = self.parse_unit_ref(inner.expect(Rule::unit_ref, "party")?)?;
                if rule == Rule::head_party {
                    Party::Head(unit)
                } else {
                    Party::Overseer(unit)
                }
            }
            Rule::superior_party => {
                inner.eat(Rule::kw_superior);
                inner.eat(Rule::kw_of);
                let field = inner.expect(Rule::person_field, "superior")?;
                Party::Superior(parse_person_field(field.as_str())?)
            }
            Rule::role_party => Party::Role(self.parse_role_party(party)?),
            Rule::body_party | Rule::unit_party | Rule::person_party => {
                inner.next();
                let name = self.parse_name(inner.expect(Rule::name, "party")?)?;
                match rule {
                    Rule::body_party => Party::Body(name),
                    Rule::unit_party => Party::Unit(name),
                    _ => Party::Person(name),
                }
            }
            _ => return bug("party", &party),
        };
        Ok(Spanned::new(node, span))
    }

    fn parse_role_party(&mut self, pair: Pair<'t, Rule>) -> R<Spanned<String>> {
        let mut inner = Inner::of(pair);
        inner.eat(Rule::kw_role);
        self.parse_name(inner.expect(Rule::name, "role")?)
    }

    fn parse_unit_ref(&mut self, pair: Pair<'t, Rule>) -> R<UnitRef> {
        let mut inner = Inner::of(pair);
        if let Some(person_unit) = inner.take(Rule::person_unit) {
            let field = Inner::of(person_unit).expect(Rule::person_field, "person_unit")?;
            return Ok(UnitRef::Of(parse_person_field(field.as_str())?));
        }
        inner.eat(Rule::kw_unit);
        Ok(UnitRef::Named(
            self.parse_name(inner.expect(Rule::name, "unit_ref")?)?,
        ))
    }

    fn parse_holder_count(&mut self, pair: Pair<'t, Rule>) -> R<Spanned<HolderCount>> {
        let span = span_of(&pair);
        let mut inner = Inner::of(pair);
        let exactly = inner.eat(Rule::kw_exactly);
        inner.eat(Rule::kw_at);
        let least = inner.eat(Rule::kw_least);
        inner.eat(Rule::kw_most);
        let n = self
            .parse_u32(inner.expect(Rule::integer, "holder_count")?)?
            .node;
        let node = if exactly {
            HolderCount::Exactly(n)
        } else if least {
            HolderCount::AtLeast(n)
        } else {
            HolderCount::AtMost(n)
        };
        Ok(Spanned::new(node, span))
    }

    fn parse_band(&mut self, pair: Pair<'t, Rule>) -> R<Spanned<Band>> {
        let span = span_of(&pair);
        let mut inner = Inner::of(pair);
        let mut band = Band {
            over: None,
            up_to: None,
        };
        if inner.eat(Rule::kw_over) {
            band.over = Some(self.parse_amount(inner.expect(Rule::amount, "over")?)?);
        }
        if inner.eat(Rule::kw_up) {
            inner.eat(Rule::kw_to);
            band.up_to = Some(self.parse_amount(inner.expect(Rule::amount, "up to")?)?);
        }
        Ok(Spanned::new(band, span))
    }

    // ── time ──

    fn parse_cadence(&mut self, pair: Pair<'t, Rule>) -> R<Spanned<Cadence>> {
        let span = span_of(&pair);
        let Some(c) = pair.into_inner().next() else {
            return Err(Bug("cadence: empty".into()));
        };
        let node = match c.as_rule() {
            Rule::nth_weekday => {
                let mut inner = Inner::of(c);
                let ordinal = inner.expect(Rule::ordinal, "nth_weekday")?;
                let ordinal = match first_inner_rule(&ordinal) {
                    Some(Rule::kw_first) => Ordinal::Nth(1),
                    Some(Rule::kw_second) => Ordinal::Nth(2),
                    Some(Rule::kw_third) => Ordinal::Nth(3),
                    Some(Rule::kw_fourth) => Ordinal::Nth(4),
                    Some(Rule::kw_fifth) => Ordinal::Nth(5),
                    _ => Ordinal::Last,
                };
                let weekday = parse_weekday(&inner.expect(Rule::weekday, "nth_weekday")?)?;
                Cadence::NthWeekday(ordinal, weekday)
            }
            Rule::last_day => Cadence::LastDayOfMonth,
            Rule::month_day_cadence => {
                let mut inner = Inner::of(c);
                inner.eat(Rule::kw_day);
                let day = self.parse_u32(inner.expect(Rule::integer, "day of month")?)?;
                Cadence::DayOfMonth(u8::try_from(day.node).unwrap_or(u8::MAX))
            }
            Rule::weekday => Cadence::Weekday(parse_weekday(&c)?),
            Rule::period_unit => Cadence::Unit(parse_period_unit(&c)?),
            _ => return bug("cadence", &c),
        };
        Ok(Spanned::new(node, span))
    }

    fn parse_date_expr(&mut self, pair: Pair<'t, Rule>) -> R<Spanned<DateExpr>> {
        let span = span_of(&pair);
        let mut inner = Inner::of(pair);
        let anchor_pair = inner.expect(Rule::date_anchor, "date_expr")?;
        let anchor = self.parse_date_anchor(anchor_pair)?;
        let offset = match inner.take(Rule::offset_sign) {
            Some(sign) => {
                let sign = if sign.as_str() == "+" {
                    Sign::Plus
                } else {
                    Sign::Minus
                };
                Some((
                    sign,
                    self.parse_duration(inner.expect(Rule::duration, "offset")?)?,
                ))
            }
            None => None,
        };
        Ok(Spanned::new(DateExpr { anchor, offset }, span))
    }

    fn parse_date_anchor(&mut self, pair: Pair<'t, Rule>) -> R<Spanned<Anchor>> {
        let span = span_of(&pair);
        let Some(a) = pair.into_inner().next() else {
            return Err(Bug("date_anchor: empty".into()));
        };
        let rule = a.as_rule();
        let mut inner = Inner::of(a.clone());
        let of = |inner: &mut Inner| -> R<Option<PeriodRef>> {
            inner.eat(Rule::kw_of);
            match inner.take(Rule::period_ref) {
                Some(p) => Ok(Some(parse_period_ref(&p)?)),
                None => Ok(None),
            }
        };
        let node = match rule {
            Rule::edge_anchor => {
                let start = inner.eat(Rule::kw_start);
                inner.eat(Rule::kw_end);
                let of = of(&mut inner)?.ok_or_else(|| Bug("edge: no period".into()))?;
                Anchor::Edge { start, of }
            }
            Rule::day_anchor => {
                inner.eat(Rule::kw_day);
                let day = self.parse_u32(inner.expect(Rule::integer, "day")?)?;
                Anchor::Day {
                    day: u8::try_from(day.node).unwrap_or(u8::MAX),
                    of: of(&mut inner)?,
                }
            }
            Rule::weekday_anchor => {
                let weekday = parse_weekday(&inner.expect(Rule::weekday, "weekday_anchor")?)?;
                Anchor::Weekday {
                    weekday,
                    of: of(&mut inner)?,
                }
            }
            Rule::md_anchor => {
                let md = inner.expect(Rule::month_day, "md_anchor")?;
                Anchor::MonthDay {
                    date: parse_month_day(md.as_str()),
                    of: of(&mut inner)?,
                }
            }
            Rule::full_date => Anchor::Date(parse_full_date(a.as_str())),
            Rule::param_anchor => {
                let name = inner.expect(Rule::ident, "param_anchor")?;
                Anchor::Param {
                    name: name.as_str().to_string(),
                    of: of(&mut inner)?,
                }
            }
            _ => return bug("date_anchor", &a),
        };
        Ok(Spanned::new(node, span))
    }

    fn parse_duration(&mut self, pair: Pair<'t, Rule>) -> R<Spanned<DurationExpr>> {
        let span = span_of(&pair);
        let Some(d) = pair.into_inner().next() else {
            return Err(Bug("duration: empty".into()));
        };
        let node = match d.as_rule() {
            Rule::duration_literal => DurationExpr::Literal(self.parse_duration_literal(d)?),
            Rule::duration_param => DurationExpr::Param(d.as_str().trim().to_string()),
            _ => return bug("duration", &d),
        };
        Ok(Spanned::new(node, span))
    }

    fn parse_duration_literal(&mut self, pair: Pair<'t, Rule>) -> R<Duration> {
        let mut inner = Inner::of(pair);
        let amount = self
            .parse_u32(inner.expect(Rule::integer, "duration")?)?
            .node;
        let unit_pair = inner.expect(Rule::duration_unit, "duration")?;
        let Some(unit) = unit_pair.into_inner().next() else {
            return Err(Bug("duration_unit: empty".into()));
        };
        let chinese = !unit.as_str().is_ascii();
        let unit = match unit.as_rule() {
            Rule::unit_working_days => DurationUnit::WorkingDays,
            Rule::unit_minutes => DurationUnit::Minutes,
            Rule::unit_hours => DurationUnit::Hours,
            Rule::unit_days => DurationUnit::Days,
            Rule::unit_weeks => DurationUnit::Weeks,
            Rule::unit_months => DurationUnit::Months,
            Rule::unit_years => DurationUnit::Years,
            _ => return bug("duration_unit", &unit),
        };
        Ok(Duration {
            amount,
            unit,
            chinese,
        })
    }

    fn parse_param_value(&mut self, pair: Pair<'t, Rule>) -> R<Spanned<ParamValue>> {
        let span = span_of(&pair);
        let Some(v) = pair.into_inner().next() else {
            return Err(Bug("param_value: empty".into()));
        };
        let node = match v.as_rule() {
            Rule::duration_literal => ParamValue::Duration(self.parse_duration_literal(v)?),
            Rule::full_date => ParamValue::Date(parse_full_date(v.as_str())),
            Rule::month_day => ParamValue::MonthDay(parse_month_day(v.as_str())),
            Rule::amount => ParamValue::Amount(self.parse_amount(v)?.node),
            _ => return bug("param_value", &v),
        };
        Ok(Spanned::new(node, span))
    }

    fn parse_amount(&mut self, pair: Pair<'t, Rule>) -> R<Spanned<Amount>> {
        let span = span_of(&pair);
        let mut inner = Inner::of(pair);
        let digits = inner.expect(Rule::decimal, "amount")?.as_str().to_string();
        let scale = inner.take(Rule::amount_scale).map(|s| match s.as_str() {
            "千" => Scale::Thousand,
            "亿" => Scale::HundredMillion,
            _ => Scale::TenThousand,
        });
        let currency = inner.take(Rule::currency).map(|c| c.as_str().to_string());
        Ok(Spanned::new(
            Amount {
                digits,
                scale,
                currency,
            },
            span,
        ))
    }

    fn parse_u32(&mut self, pair: Pair<'t, Rule>) -> R<Spanned<u32>> {
        let span = span_of(&pair);
        let value = match pair.as_str().parse::<u32>() {
            Ok(v) => v,
            Err(_) => {
                self.error(
                    span,
                    Check::PolicyError,
                    "number too large",
                    "too large",
                    Some(format!("numbers here are at most {}", u32::MAX)),
                );
                u32::MAX
            }
        };
        Ok(Spanned::new(value, span))
    }

    // ── conditions ──

    fn parse_condition(&mut self, pair: Pair<'t, Rule>) -> R<Spanned<Cond>> {
        let span = span_of(&pair);
        let disjunction = Inner::of(pair).expect(Rule::disjunction, "condition")?;
        Ok(Spanned::new(self.parse_disjunction(disjunction)?, span))
    }

    fn parse_disjunction(&mut self, pair: Pair<'t, Rule>) -> R<Cond> {
        let mut parts = Vec::new();
        for p in pair.into_inner() {
            if p.as_rule() == Rule::conjunction {
                parts.push(self.parse_conjunction(p)?);
            }
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Cond::Or(parts)
        })
    }

    fn parse_conjunction(&mut self, pair: Pair<'t, Rule>) -> R<Cond> {
        let mut parts = Vec::new();
        for p in pair.into_inner() {
            if p.as_rule() == Rule::negation {
                parts.push(self.parse_negation(p)?);
            }
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Cond::And(parts)
        })
    }

    fn parse_negation(&mut self, pair: Pair<'t, Rule>) -> R<Cond> {
        let mut nots = 0;
        let mut atom = None;
        for p in pair.into_inner() {
            match p.as_rule() {
                Rule::kw_not => nots += 1,
                Rule::cond_atom => atom = Some(self.parse_cond_atom(p)?),
                _ => return bug("negation", &p),
            }
        }
        let mut cond = atom.ok_or_else(|| Bug("negation: no atom".into()))?;
        for _ in 0..nots {
            cond = Cond::Not(Box::new(cond));
        }
        Ok(cond)
    }

    fn parse_cond_atom(&mut self, pair: Pair<'t, Rule>) -> R<Cond> {
        let Some(p) = pair.into_inner().next() else {
            return Err(Bug("cond_atom: empty".into()));
        };
        match p.as_rule() {
            Rule::condition => Ok(Cond::Group(Box::new(self.parse_condition(p)?.node))),
            Rule::comparison => {
                let mut inner = Inner::of(p);
                let field = inner.expect(Rule::field_path, "comparison")?;
                let op = inner.expect(Rule::cmp_op, "comparison")?;
                let op = match op.as_str() {
                    ">=" => CmpOp::Ge,
                    "<=" => CmpOp::Le,
                    "!=" => CmpOp::Ne,
                    ">" => CmpOp::Gt,
                    "<" => CmpOp::Lt,
                    _ => CmpOp::Eq,
                };
                let value = self.parse_value(inner.expect(Rule::value, "comparison")?)?;
                Ok(Cond::Compare {
                    field: spanned(FieldPath(field.as_str().to_string()), &field),
                    op,
                    value,
                })
            }
            Rule::presence => {
                let field = Inner::of(p).expect(Rule::field_path, "presence")?;
                Ok(Cond::Present(spanned(
                    FieldPath(field.as_str().to_string()),
                    &field,
                )))
            }
            _ => bug("cond_atom", &p),
        }
    }

    fn parse_value(&mut self, pair: Pair<'t, Rule>) -> R<Spanned<Value>> {
        let span = span_of(&pair);
        let Some(v) = pair.into_inner().next() else {
            return Err(Bug("value: empty".into()));
        };
        let node = match v.as_rule() {
            Rule::level => Value::Level(parse_level(&v)?),
            Rule::boolean => Value::Bool(first_inner_rule(&v) == Some(Rule::kw_true)),
            Rule::full_date => Value::Date(parse_full_date(v.as_str())),
            Rule::month_day => Value::MonthDay(parse_month_day(v.as_str())),
            Rule::amount => Value::Amount(self.parse_amount(v)?.node),
            Rule::string => Value::Text(self.parse_string(v)?.node),
            Rule::bare_value => Value::Word(v.as_str().to_string()),
            _ => return bug("value", &v),
        };
        Ok(Spanned::new(node, span))
    }

    // ── atoms ──

    fn parse_name(&mut self, pair: Pair<'t, Rule>) -> R<Spanned<String>> {
        let span = span_of(&pair);
        let Some(n) = pair.into_inner().next() else {
            return Err(Bug("name: empty".into()));
        };
        match n.as_rule() {
            Rule::string => Ok(Spanned::new(self.parse_string(n)?.node, span)),
            Rule::bare_name => Ok(Spanned::new(n.as_str().to_string(), span)),
            _ => bug("name", &n),
        }
    }

    fn parse_string(&mut self, pair: Pair<'t, Rule>) -> R<Spanned<String>> {
        let span = span_of(&pair);
        let raw = Inner::of(pair)
            .expect(Rule::string_inner, "string")?
            .as_str();
        let mut out = String::with_capacity(raw.len());
        let mut chars = raw.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n') => out.push('\n'),
                    Some('t') => out.push('\t'),
                    Some(other) => out.push(other),
                    None => {}
                }
            } else {
                out.push(c);
            }
        }
        Ok(Spanned::new(out, span))
    }
}

fn first_inner_rule(pair: &Pair<Rule>) -> Option<Rule> {
    pair.clone().into_inner().next().map(|p| p.as_rule())
}

fn parse_clause_kind(pair: &Pair<Rule>) -> R<ClauseKind> {
    Ok(match first_inner_rule(pair) {
        Some(Rule::kw_plan) => ClauseKind::Plan,
        Some(Rule::kw_request) => ClauseKind::Request,
        Some(Rule::kw_meeting) => ClauseKind::Meeting,
        Some(Rule::kw_report) => ClauseKind::Report,
        Some(Rule::kw_ticket) => ClauseKind::Ticket,
        Some(Rule::kw_org) => ClauseKind::Org,
        Some(Rule::kw_delegation) => ClauseKind::Delegation,
        Some(Rule::kw_limits) => ClauseKind::Limits,
        _ => return bug("clause_kind", pair),
    })
}

fn parse_name_kind(pair: &Pair<Rule>) -> R<NameKind> {
    Ok(match first_inner_rule(pair) {
        Some(Rule::kw_role) => NameKind::Role,
        Some(Rule::kw_unit) => NameKind::Unit,
        Some(Rule::kw_body) => NameKind::Body,
        _ => return bug("name_kind", pair),
    })
}

fn parse_period_unit(pair: &Pair<Rule>) -> R<PeriodUnit> {
    Ok(match first_inner_rule(pair) {
        Some(Rule::kw_year) => PeriodUnit::Year,
        Some(Rule::kw_half) => PeriodUnit::Half,
        Some(Rule::kw_quarter) => PeriodUnit::Quarter,
        Some(Rule::kw_month) => PeriodUnit::Month,
        Some(Rule::kw_week) => PeriodUnit::Week,
        Some(Rule::kw_day) => PeriodUnit::Day,
        _ => return bug("period_unit", pair),
    })
}

fn parse_period_ref(pair: &Pair<Rule>) -> R<PeriodRef> {
    let mut shift = 0;
    let mut unit = None;
    for p in pair.clone().into_inner() {
        match p.as_rule() {
            Rule::kw_previous => shift = -1,
            Rule::kw_next => shift = 1,
            Rule::kw_period => unit = None,
            Rule::period_unit => unit = Some(parse_period_unit(&p)?),
            _ => return bug("period_ref", &p),
        }
    }
    Ok(PeriodRef { shift, unit })
}

fn parse_weekday(pair: &Pair<Rule>) -> R<Weekday> {
    let name = pair.as_str().trim();
    Weekday::ALL
        .into_iter()
        .find(|w| w.keyword() == name)
        .ok_or_else(|| Bug(format!("weekday: {name}")))
}

fn parse_level(pair: &Pair<Rule>) -> R<Level> {
    Level::parse(pair.as_str().trim()).ok_or_else(|| Bug(format!("level: {}", pair.as_str())))
}

fn parse_person_field(text: &str) -> R<PersonField> {
    PersonField::from_keyword(text).ok_or_else(|| Bug(format!("person field: {text}")))
}

fn parse_relation(pair: Option<&Pair<Rule>>) -> R<Relation> {
    match pair.map(|p| p.as_rule()) {
        Some(Rule::kw_before) => Ok(Relation::Before),
        Some(Rule::kw_after) => Ok(Relation::After),
        Some(Rule::kw_of) => Ok(Relation::Around),
        other => Err(Bug(format!("relation: {other:?}"))),
    }
}

/// `12-20` (the grammar guarantees two digits, a dash, two digits; ranges are validated later).
fn parse_month_day(text: &str) -> MonthDay {
    let (m, d) = text.split_once('-').unwrap_or(("0", "0"));
    MonthDay {
        month: m.parse().unwrap_or(0),
        day: d.parse().unwrap_or(0),
    }
}

fn parse_full_date(text: &str) -> Date {
    let mut parts = text.splitn(3, '-');
    let mut next = || {
        parts
            .next()
            .and_then(|p| p.parse::<i32>().ok())
            .unwrap_or(0)
    };
    Date {
        year: next() as i16,
        month: next() as u8,
        day: next() as u8,
    }
}

/// A word from the input as shown in a message: control characters escaped, at most 32
/// characters.
fn shown(word: &str) -> String {
    let mut out: String = word
        .chars()
        .take(32)
        .flat_map(|c| {
            if c.is_control() {
                c.escape_default().collect::<Vec<_>>()
            } else {
                vec![c]
            }
        })
        .collect();
    if word.chars().count() > 32 {
        out.push('…');
    }
    out.replace('`', "'")
}

/// The text at `at` for "found …": the word there, `end of line`, or `end of file`.
fn found_token(line: &str, at: usize) -> String {
    let rest = line.get(at..).unwrap_or("");
    if rest.is_empty() || rest.starts_with('\n') || rest.starts_with('\r') {
        return "end of line".into();
    }
    let word: String = rest
        .chars()
        .take_while(|c| !c.is_whitespace())
        .take(24)
        .collect();
    let word = if word.is_empty() {
        rest.chars().next().map(String::from).unwrap_or_default()
    } else {
        word
    };
    format!("`{}`", shown(&word))
}

/// The byte length of the word at `at`, at least one character.
fn found_len(line: &str, at: usize) -> usize {
    let rest = line.get(at..).unwrap_or("");
    let word: usize = rest
        .chars()
        .take_while(|c| !c.is_whitespace())
        .take(24)
        .map(char::len_utf8)
        .sum();
    word.max(rest.chars().next().map_or(0, char::len_utf8))
}

fn span_trimmed(span: Span, line: &str) -> Span {
    Span::new(span.start, span.start + line.trim_end().len())
}

fn join_or(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}
