//! Lines that did not parse: each is parsed alone with the rule expected there, for a precise
//! "expected …" error and a "did you mean" for a misspelt keyword or field.

use super::*;
use crate::i18n::{Arg, Joiner, Message};

impl<'t> FileParser<'t> {
    pub(super) fn bad_block(&mut self, pair: Pair<'t, Rule>, context: Context) {
        let mut inner = Inner::of(pair);
        if let Some(open) = inner.take(Rule::bad_open) {
            self.bad_line(&open, context);
        }
        // The block's own lines are parsed as a body so that their errors are reported too;
        // the statements themselves are dropped with the broken block.
        if let Some(body) = inner.take(Rule::clause_body) {
            let _ = self.parse_clause_body(body);
        }
        if let Some(after) = inner
            .take(Rule::close_brace)
            .and_then(|close| Inner::of(close).take(Rule::after_close))
        {
            self.after_close(&after);
        }
    }

    /// Reports a line that did not parse, with the error of the rule expected there.
    pub(super) fn bad_line(&mut self, pair: &Pair<'t, Rule>, context: Context) {
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
            match context {
                Context::Top => self.error(
                    span_trimmed(span, line),
                    Check::ParseError,
                    Message::new("policy-statement-outside-any-clause"),
                    Message::new("policy-here"),
                    Some(Message::new("policy-statements-belong-inside-a-clause-plan").into()),
                ),
                Context::Body => self.error(
                    span_trimmed(span, line),
                    Check::ParseError,
                    Message::new("policy-file-level-declaration-inside-a-clause"),
                    Message::new("policy-here"),
                    Some(Message::new("policy-move-it-above-the-clauses-at").into()),
                ),
            }
            return;
        }
        if context == Context::Body
            && first_words(Rule::clause_kind).contains(&head)
            && ZhiduParser::parse(Rule::clause_header, line).is_ok()
        {
            self.error(
                span_trimmed(span, line),
                Check::ParseError,
                Message::new("policy-a-clause-cannot-start-inside-another"),
                Message::new("policy-nested-clause"),
                Some(Message::new("policy-close-the-clause-above-with-first").into()),
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
                let id = if context == Context::Top {
                    "policy-unknown-declaration"
                } else {
                    "policy-unknown-statement"
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
                    Message::new(id).arg("word", shown(head)),
                    Message::new("policy-not-understood"),
                    Some(
                        suggestion
                            .unwrap_or_else(|| Message::new("policy-see-language"))
                            .into(),
                    ),
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
                Message::new("policy-here"),
                None,
            ),
        }
    }

    /// Turns a pest error (positions relative to `base`) into a finding.
    pub(super) fn pest_error(&mut self, error: pest::error::Error<Rule>, base: usize, line: &str) {
        let (start, end) = match error.location {
            pest::error::InputLocation::Pos(p) => (p, p),
            pest::error::InputLocation::Span((s, e)) => (s, e),
        };
        let found = found_token(line, start);
        let message = match &error.variant {
            pest::error::ErrorVariant::ParsingError { positives, .. } => {
                let mut expected: Vec<(String, Message)> = positives
                    .iter()
                    .filter(|r| {
                        !matches!(
                            r,
                            Rule::WHITESPACE | Rule::bad_line | Rule::bad_block | Rule::bad_open
                        )
                    })
                    .map(|r| {
                        let m = describe(r);
                        (m.to_string(), m)
                    })
                    .collect();
                // In the order of the English words, whatever the language shown.
                expected.sort_by(|a, b| a.0.cmp(&b.0));
                expected.dedup_by(|a, b| a.0 == b.0);
                match expected.len() {
                    1..=6 => Message::new("parse-expected")
                        .arg(
                            "expected",
                            Arg::join(expected.into_iter().map(|(_, m)| m), Joiner::Alternatives),
                        )
                        .arg("found", found),
                    _ => Message::new("parse-unexpected").arg("found", found),
                }
            }
            pest::error::ErrorVariant::CustomError { message } => {
                Message::new("detail").arg("detail", message.as_str())
            }
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
                    suggest::did_you_mean(&word, candidates).map(Into::into)
                }
            }
            pest::error::ErrorVariant::CustomError { .. } => None,
        };
        let span = Span::new(base + start, base + end.max(start + found_len(line, start)));
        self.error(
            span,
            Check::ParseError,
            message,
            Message::new("policy-here"),
            help,
        );
    }
}

/// A word from the input as shown in a message: control characters escaped, at most 32
/// characters.
pub(super) fn shown(word: &str) -> String {
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
pub(super) fn found_token(line: &str, at: usize) -> Arg {
    let rest = line.get(at..).unwrap_or("");
    if rest.is_empty() || rest.starts_with('\n') || rest.starts_with('\r') {
        return Message::new("grammar-eol").into();
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
    Arg::Str(format!("`{}`", shown(&word)))
}

/// The byte length of the word at `at`, at least one character.
pub(super) fn found_len(line: &str, at: usize) -> usize {
    let rest = line.get(at..).unwrap_or("");
    let word: usize = rest
        .chars()
        .take_while(|c| !c.is_whitespace())
        .take(24)
        .map(char::len_utf8)
        .sum();
    word.max(rest.chars().next().map_or(0, char::len_utf8))
}

pub(super) fn span_trimmed(span: Span, line: &str) -> Span {
    Span::new(span.start, span.start + line.trim_end().len())
}
