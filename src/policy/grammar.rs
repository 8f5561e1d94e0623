//! The pest parser generated from `grammar/zhidu.pest`, and human names for its rules.

use pest_derive::Parser;

#[derive(Parser)]
#[grammar = "../grammar/zhidu.pest"]
pub struct ZhiduParser;

/// How a rule is named in an error message: "expected a date like `12-20`", never "expected
/// month_day".
pub fn describe(rule: &Rule) -> String {
    let name = format!("{rule:?}");
    if let Some(word) = name.strip_prefix("kw_") {
        return format!("`{word}`");
    }
    // A choice between keywords is named by its words, as the grammar lists them.
    if let Rule::clause_kind
    | Rule::period_unit
    | Rule::severity_level
    | Rule::ordinal
    | Rule::chain_link
    | Rule::person_field = rule
    {
        let words: Vec<String> = first_words(*rule)
            .iter()
            .map(|w| format!("`{w}`"))
            .collect();
        return match words.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
            _ => words.concat(),
        };
    }
    let text = match rule {
        Rule::EOI => "end of file",
        Rule::eol | Rule::trailing_comment => "end of line",
        Rule::comment => "a `//` comment",
        Rule::ident => "a word",
        Rule::clause_name => "a clause name like `annual-plan`",
        Rule::name | Rule::bare_name => "a name like `运营总监` or `\"Operations Director\"`",
        Rule::string | Rule::string_inner => "a quoted text like `\"第十二条\"`",
        Rule::statement | Rule::statement_line | Rule::keyword_statement | Rule::keyword_line => {
            "a statement"
        }
        Rule::header_line => {
            "`namespace`, `source`, `include`, a `role`/`unit`/`body` declaration, or a clause"
        }
        Rule::clause_header => "a clause header like `plan annual-plan \"年度计划\" {`",
        Rule::when_header => "`when <condition> {`",
        Rule::field_path => "a field like `submitted` or `attrs.start`",
        Rule::field_rule => {
            "`by`, `from`, `in`, `within`, `at least`, `before`, `after`, `is` or `between`"
        }
        Rule::date_expr | Rule::date_anchor => {
            "a date like `12-20`, `end of month` or `saturday of week`"
        }
        Rule::weekday => "a weekday like `monday`",
        Rule::level => {
            "a level: `staff`, `supervisor`, `manager`, `director`, `executive` or `board`"
        }
        Rule::month_day => "a month and day like `12-20`",
        Rule::full_date => "a date like `2026-12-20`",
        Rule::period_ref => "a period like `year`, `previous month` or `period`",
        Rule::duration => "a duration like `24h`, `2 days` or `3 working days`",
        Rule::duration_unit => "a unit like `hours`, `days`, `working days` or `months`",
        Rule::amount => "an amount like `5万` or `50000 CNY`",
        Rule::integer => "a whole number",
        Rule::decimal => "a number",
        Rule::condition
        | Rule::cond_atom
        | Rule::negation
        | Rule::conjunction
        | Rule::disjunction => "a condition like `amount > 5万`",
        Rule::cmp_op => "`=`, `!=`, `<`, `<=`, `>` or `>=`",
        Rule::value => "a value",
        Rule::party | Rule::party_one => {
            "`role …`, `body …`, `unit …`, `head of …`, `overseer of …` or `superior of …`"
        }
        Rule::unit_ref | Rule::person_unit => "`unit …` or `requester.unit`",
        Rule::chain | Rule::chain_step => "a signer like `role 总裁`",
        Rule::cadence => "a cadence like `week`, `monday` or `last day of month`",
        Rule::param_value => "a value like `01-31`, `3 days` or `5万`",
        Rule::holder_count => "`exactly N`, `at least N` or `at most N`",
        Rule::close_brace => "`}`",
        Rule::limit_band => "`up to …` or `over …`",
        Rule::offset_sign => "`+` or `-`",
        Rule::currency => "a currency like `CNY`",
        _ => return format!("`{}`", name.replace('_', " ")),
    };
    text.to_string()
}

include!(concat!(env!("OUT_DIR"), "/keywords.rs"));
