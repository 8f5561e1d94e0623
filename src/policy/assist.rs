//! What the grammar says at a place in a policy file, for editors: the keyword under the cursor
//! and what its statement means (the grammar's own `///` comments, so the meanings cannot drift
//! from the language), and what may be written next — keywords in context, a name of some kind,
//! or a field of the clause's collection.
//!
//! Both work on pest's parse of the text itself, which never fails (bad lines are captured by
//! the recovery rules), so they answer on a file that is half written.

use super::ast::ClauseKind;
use super::grammar::{Rule, ZhiduParser, first_words, rule_doc};
use crate::source::Span;
use crate::vocab::schema::{self, FieldType};
use crate::vocab::{Collection, NameKind};
use pest::Parser;

/// A keyword of the language where it stands, and what the grammar says of it there.
#[derive(Debug, PartialEq)]
pub struct Keyword {
    pub span: Span,
    pub word: String,
    /// The comments of the rules it belongs to, innermost first: the phrase (`by <date>: done no
    /// later than the end of that day`), then the statement when that says more.
    pub meanings: Vec<&'static str>,
}

/// What may be written at a place.
#[derive(Debug, Default, PartialEq)]
pub struct Next {
    /// Keywords and fixed words the grammar accepts there, in grammar order.
    pub words: Vec<&'static str>,
    /// A declared name of this kind (after `role`, `unit`, `body`).
    pub name: Option<NameKind>,
    /// A field of a record (a condition, a field statement, an order): of the clause's
    /// collection when it has one (`Some(None)`: a clause without records, or none known).
    pub fields: Option<Option<Collection>>,
}

/// The rules enclosing `offset`, outermost first, with their spans. A place between two
/// pieces (the end of one, the start of the next) is in the next; the end of the text is in
/// whatever ends there.
fn path_at(text: &str, offset: usize) -> Vec<(Rule, Span)> {
    let mut path = Vec::new();
    let Ok(mut pairs) = ZhiduParser::parse(Rule::file, text) else {
        return path;
    };
    loop {
        let mut inside = None;
        let mut ending = None;
        for pair in pairs {
            let span = pair.as_span();
            if span.start() <= offset && offset < span.end() {
                inside = Some(pair);
                break;
            }
            if span.end() == offset && span.start() < span.end() {
                ending = Some(pair);
            }
        }
        let Some(pair) = inside.or(ending) else {
            return path;
        };
        let span = pair.as_span();
        path.push((pair.as_rule(), Span::new(span.start(), span.end())));
        pairs = pair.into_inner();
    }
}

fn is_keyword(rule: Rule) -> bool {
    format!("{rule:?}").starts_with("kw_")
}

/// A rule that is a whole statement or declaration (its comment shows an example of the whole).
fn is_statement(rule: Rule) -> bool {
    let name = format!("{rule:?}");
    name.ends_with("_stmt")
        || name.ends_with("_decl")
        || matches!(
            rule,
            Rule::clause_header | Rule::when_header | Rule::when_inline | Rule::limit_row
        )
}

/// The keyword at `offset`, if there is one, with its meaning where it stands.
pub fn keyword_at(text: &str, offset: usize) -> Option<Keyword> {
    let path = path_at(text, offset);
    let (rule, span) = *path.last()?;
    if !is_keyword(rule) {
        return None;
    }
    let mut meanings: Vec<&'static str> = Vec::new();
    for &(rule, _) in path.iter().rev().skip(1) {
        let doc = rule_doc(rule);
        let wanted = meanings.is_empty() || is_statement(rule);
        if wanted && !doc.is_empty() && !meanings.contains(&doc) {
            meanings.push(doc);
        }
        if is_statement(rule) {
            break;
        }
    }
    Some(Keyword {
        span,
        word: text.get(span.start..span.end)?.to_string(),
        meanings,
    })
}

/// Can `c` be part of the word being typed (a keyword, a name, a dotted field)?
fn in_word(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '·')
}

/// What may be written at `offset`, judged from the line up to the word being typed there.
pub fn next_at(text: &str, offset: usize) -> Next {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let word_start = text[line_start..offset]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| in_word(c))
        .last()
        .map_or(offset, |(i, _)| line_start + i);
    // Indentation is the line's business, not the statement's.
    let prefix = text[line_start..word_start].trim_start_matches([' ', '\t', '\u{3000}']);
    let path = path_at(text, line_start);
    let clause = path.iter().find(|(rule, _)| *rule == Rule::clause);
    let in_body = clause.is_some_and(|(_, span)| {
        // Below the clause's first line.
        text[span.start..line_start].contains('\n')
    });
    let collection = clause.and_then(|(_, span)| {
        let kind = text[span.start..].split_whitespace().next()?;
        ClauseKind::ALL
            .into_iter()
            .find(|k| k.keyword() == kind)?
            .collection()
    });
    // A line that starts like a keyword statement is read as one (`signed by role …` could
    // also be a field `signed` due by a parameter `role`, which nobody means).
    let keyword_line =
        in_body && !prefix.trim().is_empty() && reaches_end(Rule::keyword_line, prefix);
    let rules: &[Rule] = if keyword_line {
        &[Rule::keyword_line]
    } else if in_body {
        &[Rule::statement_line, Rule::when_header]
    } else {
        &[Rule::header_line, Rule::clause_header]
    };
    let mut next = Next::default();
    // A character no rule accepts, so that the parse stops exactly where the prefix ends.
    let probe = format!("{prefix}\u{1}");
    for &rule in rules {
        let Err(error) = ZhiduParser::parse(rule, &probe) else {
            continue;
        };
        let at = error_at(&error);
        // A prefix that is wrong already has nothing to complete.
        if at < prefix.trim_end().len() {
            continue;
        }
        let pest::error::ErrorVariant::ParsingError { positives, .. } = error.variant else {
            continue;
        };
        for expected in positives {
            // pest names the outermost rule that failed there (`negation`, `statement`), so
            // whether a name or a field may come is asked of that rule with an example.
            if accepts(expected, "\"名\"") {
                let before = prefix.split_whitespace().last().unwrap_or_default();
                next.name = match before {
                    "role" => Some(NameKind::Role),
                    "unit" => Some(NameKind::Unit),
                    "body" => Some(NameKind::Body),
                    _ => next.name,
                };
            }
            if accepts(expected, "attrs.x") {
                next.fields = Some(collection);
            }
            for word in first_words(expected) {
                if !next.words.contains(word) {
                    next.words.push(word);
                }
            }
        }
    }
    next
}

/// Does `rule` accept `example` at its start, the whole of it?
fn accepts(rule: Rule, example: &str) -> bool {
    match ZhiduParser::parse(rule, &format!("{example}\u{1}")) {
        Ok(pairs) => pairs
            .last()
            .is_some_and(|p| p.as_span().end() >= example.len()),
        Err(error) => error_at(&error) >= example.len(),
    }
}

/// Does `rule` read all of `prefix` before it stops?
fn reaches_end(rule: Rule, prefix: &str) -> bool {
    match ZhiduParser::parse(rule, &format!("{prefix}\u{1}")) {
        Ok(_) => true,
        Err(error) => error_at(&error) >= prefix.trim_end().len(),
    }
}

fn error_at(error: &pest::error::Error<Rule>) -> usize {
    match error.location {
        pest::error::InputLocation::Pos(at) | pest::error::InputLocation::Span((at, _)) => at,
    }
}

/// The fields of a collection's records a policy can name, dotted into maps
/// (`minutes.filed`), with a word on what each holds; `attrs.` for the rest.
pub fn fields(collection: Option<Collection>) -> Vec<(String, crate::i18n::Message)> {
    let Some(table) = collection.and_then(|c| schema::collection(c.name())) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for field in table.fields {
        match field.ty {
            FieldType::Map(inner) => {
                for f in inner {
                    out.push((format!("{}.{}", field.name, f.name), f.ty.message()));
                }
            }
            FieldType::Attrs => out.push(("attrs.".into(), field.ty.message())),
            ty => out.push((field.name.to_string(), ty.message())),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const POLICY: &str = "namespace ops\nrole 总裁\n\nplan annual \"年度计划\" {\n    exists every year by 12-20 of previous year\n    signed by role 总裁\n}\n";

    fn at(text: &str, marker: &str) -> usize {
        text.find(marker).unwrap_or_else(|| panic!("no `{marker}`"))
    }

    #[test]
    fn a_keyword_is_explained_by_where_it_stands() {
        let by = at(POLICY, "by role");
        let keyword = keyword_at(POLICY, by).unwrap();
        assert_eq!(keyword.word, "by");
        assert_eq!(keyword.span, Span::new(by, by + 2));
        assert_eq!(
            keyword.meanings,
            ["`signed by head of requester.unit then role 业务院长 then role 总经理`."]
        );
        // The same word in a deadline means something else.
        let deadline = keyword_at(POLICY, at(POLICY, "by 12-20")).unwrap();
        assert_eq!(deadline.word, "by");
        assert_eq!(
            deadline.meanings,
            [
                "`exists every year by 11-20 of previous year`: one record per period, due by a date (a record that came later is late). `exists every year missing after end of next year`: where the regulation sets no date, a record is never late, and its absence is judged only once that day has passed. `per department`: one for each department."
            ]
        );
        // Neither a name nor a date is a keyword.
        assert_eq!(keyword_at(POLICY, at(POLICY, "总裁\n}")), None);
        assert_eq!(keyword_at(POLICY, at(POLICY, "12-20")), None);
    }

    #[test]
    fn what_comes_next_depends_on_the_line_so_far() {
        let text = "role 总裁\nplan annual {\n    signed by \n    \n    signed by role 总裁 \n    when \n}\n";
        let after_by = at(text, "signed by \n") + "signed by ".len();
        let next = next_at(text, after_by);
        for word in [
            "head", "overseer", "superior", "role", "body", "unit", "person",
        ] {
            assert!(
                next.words.contains(&word),
                "{word} after `signed by`: {next:?}"
            );
        }
        assert!(!next.words.contains(&"exists"), "{next:?}");

        let empty_line = at(text, "    \n    signed by role") + 4;
        let next = next_at(text, empty_line);
        for word in [
            "cite", "severity", "exists", "every", "signed", "when", "kind",
        ] {
            assert!(
                next.words.contains(&word),
                "{word} on an empty line: {next:?}"
            );
        }
        assert_eq!(
            next.fields,
            Some(Some(Collection::Plans)),
            "a field may start a line: {next:?}"
        );

        let after_chain = at(text, "总裁 \n    when") + "总裁 ".len();
        let next = next_at(text, after_chain);
        for word in ["then", "and", "or", "last"] {
            assert!(
                next.words.contains(&word),
                "{word} after a signer: {next:?}"
            );
        }

        let typing_role = at(text, "role 总裁 \n") + "role 总".len();
        assert_eq!(next_at(text, typing_role).name, Some(NameKind::Role));

        let after_when = at(text, "when \n") + "when ".len();
        let next = next_at(text, after_when);
        assert_eq!(next.fields, Some(Some(Collection::Plans)));
        assert!(next.words.contains(&"not"), "{next:?}");

        let top = next_at(text, 0);
        for word in ["namespace", "role", "plan", "request", "include"] {
            assert!(top.words.contains(&word), "{word} at the top: {top:?}");
        }
        assert!(!top.words.contains(&"signed"), "{top:?}");
    }

    #[test]
    fn fields_of_a_collection() {
        let plans = fields(Some(Collection::Meetings));
        let names: Vec<&str> = plans.iter().map(|(n, _)| n.as_str()).collect();
        assert!(names.contains(&"held") && names.contains(&"minutes.filed"));
        assert!(names.contains(&"attrs."));
        assert!(fields(None).is_empty());
    }
}
