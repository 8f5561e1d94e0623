//! The pest parser generated from `grammar/zhidu.pest`, and human names for its rules.

use crate::i18n::{Arg, Joiner, Message};
use pest_derive::Parser;

#[derive(Parser)]
#[grammar = "../grammar/zhidu.pest"]
pub struct ZhiduParser;

/// How a rule is named in an error message: "expected a date like `12-20`", never "expected
/// month_day".
pub fn describe(rule: &Rule) -> Message {
    let code = |text: String| Message::new("detail").arg("detail", text);
    let name = format!("{rule:?}");
    if let Some(word) = name.strip_prefix("kw_") {
        return code(format!("`{word}`"));
    }
    // A choice between keywords is named by its words, as the grammar lists them.
    if let Rule::clause_kind
    | Rule::period_unit
    | Rule::severity_level
    | Rule::ordinal
    | Rule::chain_link
    | Rule::person_field = rule
    {
        let words = first_words(*rule).iter().map(|w| format!("`{w}`"));
        return Message::new("detail").arg("detail", Arg::join(words, Joiner::Alternatives));
    }
    let id = match rule {
        Rule::EOI => "grammar-eoi",
        Rule::eol | Rule::trailing_comment => "grammar-eol",
        Rule::comment => "grammar-comment",
        Rule::ident => "grammar-ident",
        Rule::clause_name => "grammar-clause-name",
        Rule::name | Rule::bare_name => "grammar-name",
        Rule::string | Rule::string_inner => "grammar-string",
        Rule::statement | Rule::statement_line | Rule::keyword_statement | Rule::keyword_line => {
            "grammar-statement"
        }
        Rule::header_line => "grammar-header-line",
        Rule::clause_header => "grammar-clause-header",
        Rule::when_header => "grammar-when-header",
        Rule::field_path => "grammar-field-path",
        Rule::field_rule => "grammar-field-rule",
        Rule::date_expr | Rule::date_anchor => "grammar-date-expr",
        Rule::weekday => "grammar-weekday",
        Rule::level => "grammar-level",
        Rule::month_day => "grammar-month-day",
        Rule::full_date => "grammar-full-date",
        Rule::period_ref => "grammar-period-ref",
        Rule::duration => "grammar-duration",
        Rule::duration_unit => "grammar-duration-unit",
        Rule::amount => "grammar-amount",
        Rule::integer => "grammar-integer",
        Rule::decimal => "grammar-decimal",
        Rule::condition
        | Rule::cond_atom
        | Rule::negation
        | Rule::conjunction
        | Rule::disjunction => "grammar-condition",
        Rule::cmp_op => "grammar-cmp-op",
        Rule::value => "grammar-value",
        Rule::party | Rule::party_one => "grammar-party",
        Rule::unit_ref | Rule::person_unit => "grammar-unit-ref",
        Rule::chain | Rule::chain_step => "grammar-chain",
        Rule::cadence => "grammar-cadence",
        Rule::param_value => "grammar-param-value",
        Rule::holder_count => "grammar-holder-count",
        Rule::close_brace => "grammar-close-brace",
        Rule::limit_band => "grammar-limit-band",
        Rule::offset_sign => "grammar-offset-sign",
        Rule::currency => "grammar-currency",
        _ => return code(format!("`{}`", name.replace('_', " "))),
    };
    Message::new(id)
}

include!(concat!(env!("OUT_DIR"), "/keywords.rs"));
