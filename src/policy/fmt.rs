//! The canonical layout of a policy file.
//!
//! Formatting prints the AST back: two-space indents, single spaces between words, names quoted
//! only when they must be, durations and amounts in one spelling per language. It keeps every
//! comment and the author's blank lines (collapsed to one), so `parse(format(x)) == parse(x)` and
//! `format(format(x)) == format(x)`.

use super::ast::*;
use super::grammar::{Rule, ZhiduParser};
use crate::vocab::PeriodUnit;
use pest::Parser;
use std::fmt::Write;

/// Lines longer than this are not joined into a one-line `when` block.
const MAX_INLINE_WIDTH: usize = 100;

/// Formats a parsed file.
pub fn format(file: &File) -> String {
    let mut out = Printer::default();
    for (i, item) in file.items.iter().enumerate() {
        if item.blank_before && i > 0 {
            out.blank();
        }
        out.item(item);
    }
    out.text
}

#[derive(Default)]
struct Printer {
    text: String,
    indent: usize,
}

impl Printer {
    fn blank(&mut self) {
        self.text.push('\n');
    }

    fn line(&mut self, content: &str, trailing: Option<&str>) {
        for _ in 0..self.indent {
            self.text.push_str("  ");
        }
        self.text.push_str(content);
        if let Some(comment) = trailing {
            self.text.push(' ');
            self.text.push_str(&comment_line(comment));
        }
        self.text.push('\n');
    }

    fn item(&mut self, item: &Item) {
        let trailing = item.trailing_comment.as_deref();
        match &item.kind {
            ItemKind::Comment(text) => self.line(&comment_line(text), None),
            ItemKind::Namespace(ns) => self.line(&format!("namespace {}", ns.node), trailing),
            ItemKind::Pack { name, documents } => {
                let text = match documents {
                    Some(d) => format!("pack {} {}", name.node, string(d)),
                    None => format!("pack {}", name.node),
                };
                self.line(&text, trailing)
            }
            ItemKind::Source(s) => self.line(&format!("source {}", string(s)), trailing),
            ItemKind::Include(s) => self.line(&format!("include {}", string(s)), trailing),
            ItemKind::Waivable(p) => self.line(&format!("waivable by {}", party(p)), trailing),
            ItemKind::Name(decl) => {
                let mut text = format!("{} {}", decl.kind.keyword(), name(&decl.name));
                if !decl.aliases.is_empty() {
                    let aliases: Vec<String> = decl.aliases.iter().map(|a| name(a)).collect();
                    let _ = write!(text, " aka {}", aliases.join(", "));
                }
                self.line(&text, trailing);
            }
            ItemKind::Clause(clause) => self.clause(clause),
        }
    }

    fn clause(&mut self, clause: &Clause) {
        let mut header = format!("{} {}", clause.kind.keyword(), clause.name.node);
        if let Some(title) = &clause.title {
            let _ = write!(header, " {}", string(title));
        }
        header.push_str(" {");
        self.line(&header, clause.header_comment.as_deref());
        self.body(&clause.body);
        self.line("}", clause.close_comment.as_deref());
    }

    fn body(&mut self, lines: &[Spanned<Line>]) {
        self.indent += 1;
        for (i, line) in lines.iter().enumerate() {
            if line.blank_before && i > 0 {
                self.blank();
            }
            let trailing = line.trailing_comment.as_deref();
            match &line.kind {
                LineKind::Comment(text) => self.line(&comment_line(text), None),
                LineKind::Statement(statement) => self.line(&statement_text(statement), trailing),
                LineKind::When(block) => self.when(block),
            }
        }
        self.indent -= 1;
    }

    fn when(&mut self, block: &WhenBlock) {
        let condition = cond(&block.condition);
        if let Some(inline) = inline_when(block, &condition)
            && self.indent * 2 + inline.chars().count() <= MAX_INLINE_WIDTH
        {
            self.line(&inline, block.close_comment.as_deref());
            return;
        }
        self.line(
            &format!("when {condition} {{"),
            block.header_comment.as_deref(),
        );
        self.body(&block.body);
        self.line("}", block.close_comment.as_deref());
    }
}

/// `when cond { statement }` for a block of one plain statement.
fn inline_when(block: &WhenBlock, condition: &str) -> Option<String> {
    match block.body.as_slice() {
        [only] if block.header_comment.is_none() && only.trailing_comment.is_none() => {
            match &only.kind {
                LineKind::Statement(statement) => Some(format!(
                    "when {condition} {{ {} }}",
                    statement_text(statement)
                )),
                _ => None,
            }
        }
        _ => None,
    }
}

fn comment_line(text: &str) -> String {
    if text.is_empty() {
        "//".into()
    } else {
        format!("// {text}")
    }
}

/// A quoted string with escapes.
pub fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A name, bare when the grammar reads it back as the same bare name, quoted otherwise.
pub fn name(s: &str) -> String {
    let bare = matches!(
        ZhiduParser::parse(Rule::bare_name, s).map(|mut p| p.next().map(|p| p.as_str().len())),
        Ok(Some(len)) if len == s.len()
    );
    if bare { s.to_string() } else { string(s) }
}

/// One statement on one line.
pub fn statement_text(statement: &Statement) -> String {
    match statement {
        Statement::Cite { article, document } => match document {
            Some(doc) => format!("cite {} in {}", string(article), string(doc)),
            None => format!("cite {}", string(article)),
        },
        Statement::Severity { level, because } => match because {
            Some(why) => format!("severity {} because {}", level.node, string(why)),
            None => format!("severity {}", level.node),
        },
        Statement::Words(w) => format!("words {}", string(w)),
        Statement::Strict => "strict".into(),
        Statement::Waivable(p) => format!("waivable by {}", party(p)),
        Statement::Param {
            name: param,
            value,
            description,
        } => {
            let mut text = format!("param {} = {}", param.node, param_value(value));
            if let Some(d) = description {
                let _ = write!(text, " {}", string(d));
            }
            text
        }
        Statement::Kind(KindSel::Any) => "kind any".into(),
        Statement::Kind(KindSel::Param(p)) => format!("kind param {}", p.node),
        Statement::Kind(KindSel::Kinds(kinds)) => {
            let kinds: Vec<String> = kinds.iter().map(|k| name(k)).collect();
            format!("kind {}", kinds.join(", "))
        }
        Statement::When(c) => format!("when {}", cond(c)),
        Statement::Exists {
            every,
            per,
            due,
            lenient,
        } => {
            let mut text = format!("exists every {}", every.keyword());
            if let Some(per) = per {
                text.push_str(&per_party(per));
            }
            if let Some(due) = due {
                let word = if *lenient { "missing after" } else { "by" };
                let _ = write!(text, " {word} {}", date_expr(due));
            }
            text
        }
        Statement::Every {
            cadence: c,
            per,
            due,
        } => {
            let mut text = format!("every {}", cadence(c));
            if let Some(per) = per {
                text.push_str(&per_party(per));
            }
            if let Some(due) = due {
                let _ = write!(text, " by {}", date_expr(due));
            }
            text
        }
        Statement::AtLeast { count, per } => {
            format!("at least {} per {}", count.node, per.keyword())
        }
        Statement::Gap { max } => format!("gap at most {}", duration_expr(max)),
        Statement::Signed(c) => format!("signed by {}", chain(c)),
        Statement::Reviewed(c) => format!("reviewed by {}", chain(c)),
        Statement::SignedBefore(t) => format!("signed before {}", order_target(t)),
        Statement::ReviewedBefore(t) => format!("reviewed before {}", order_target(t)),
        Statement::SignersDistinct => "signers distinct".into(),
        Statement::SignersExclude(f) => format!("signers exclude {}", f.keyword()),
        Statement::Delegation {
            delegate,
            principal,
            authorizer,
        } => {
            let mut text = format!(
                "role {} may act for role {}",
                name(delegate),
                name(principal)
            );
            if let Some(a) = authorizer {
                let _ = write!(text, " when authorized by {}", party(a));
            }
            text
        }
        Statement::NotCombined(roles) => {
            let roles: Vec<String> = roles.iter().map(|r| format!("role {}", name(r))).collect();
            format!("{} not combined", roles.join(" and "))
        }
        Statement::OrgExists {
            kind,
            name: n,
            under,
        } => match under {
            Some(u) => format!(
                "{} {} exists under unit {}",
                kind.keyword(),
                name(n),
                name(u)
            ),
            None => format!("{} {} exists", kind.keyword(), name(n)),
        },
        Statement::UnitPosts { unit, posts } => {
            let posts: Vec<String> = posts.iter().map(|p| string(p)).collect();
            format!("unit {} has posts {}", name(unit), posts.join(", "))
        }
        Statement::ReportsTo {
            head_of,
            name: n,
            to,
        } => {
            let subject = if *head_of { "head of unit" } else { "role" };
            format!("{subject} {} reports to role {}", name(n), name(to))
        }
        Statement::BodyChair { body, chair } => {
            format!("body {} chaired by role {}", name(body), name(chair))
        }
        Statement::BodyMembers {
            body,
            members,
            where_held,
        } => {
            let members: Vec<String> = members
                .iter()
                .map(|m| match m {
                    Member::Role(r) => format!("role {}", name(r)),
                    Member::HeadOf(u) => format!("head of unit {}", name(u)),
                })
                .collect();
            let held = if *where_held { " where held" } else { "" };
            format!("body {} includes {}{held}", name(body), members.join(", "))
        }
        Statement::Filled { role, count } => {
            let mut text = format!("role {} filled", name(role));
            if let Some(count) = count {
                let _ = write!(
                    text,
                    " by {}",
                    match count.node {
                        HolderCount::Exactly(n) => format!("exactly {n}"),
                        HolderCount::AtLeast(n) => format!("at least {n}"),
                        HolderCount::AtMost(n) => format!("at most {n}"),
                    }
                );
            }
            text
        }
        Statement::Headcount { unit, max } => {
            format!("unit {} headcount at most {}", name(unit), max.node)
        }
        Statement::Term { length, target } => {
            let target = match &target.node {
                TermTarget::Level(level) => format!("level {}", level.keyword()),
                TermTarget::Role(role) => format!("role {}", name(role)),
            };
            format!("term {} for {target}", duration_expr(length))
        }
        Statement::EveryUnitHasHead => "every unit has head".into(),
        Statement::EveryPersonHasManager => "every person has manager".into(),
        Statement::EveryRoleWithinSeats => "every role within seats".into(),
        Statement::NoReportingCycles => "no reporting cycles".into(),
        Statement::LimitRow { band, party: p } => format!("{}: {}", band_text(band), party(p)),
        Statement::Field { field, rule } => format!("{} {}", field.node, field_rule(rule)),
    }
}

fn band_text(band: &Band) -> String {
    match (&band.over, &band.up_to) {
        (Some(over), Some(up)) => format!("over {} up to {}", amount(over), amount(up)),
        (Some(over), None) => format!("over {}", amount(over)),
        (None, Some(up)) => format!("up to {}", amount(up)),
        (None, None) => String::new(),
    }
}

/// ` per department [under role X]`.
fn per_party(per: &PerParty) -> String {
    match &per.under {
        Some(role) => format!(" per department under role {}", name(role)),
        None => " per department".into(),
    }
}

fn field_rule(rule: &FieldRule) -> String {
    match rule {
        FieldRule::MissingAfter(d) => format!("missing after {}", date_expr(d)),
        FieldRule::ByNext { kind, collection } => {
            format!("by next {} {}", name(kind), collection.keyword())
        }
        FieldRule::Deadline(d) => format!("by {}", date_expr(d)),
        FieldRule::Window { from, to } => match to {
            Some(to) => format!("from {} to {}", date_expr(from), date_expr(to)),
            None => format!("from {}", date_expr(from)),
        },
        FieldRule::LastDays { first, days, of } => format!(
            "in {} {} days of {}",
            if *first { "first" } else { "last" },
            days.node,
            period_ref(of)
        ),
        FieldRule::Offset {
            within,
            relation,
            other,
        } => format!(
            "within {} {} {}",
            duration_expr(within),
            relation_word(*relation),
            other.node
        ),
        FieldRule::Margin {
            margin,
            relation,
            other,
        } => format!(
            "at least {} {} {}",
            duration_expr(margin),
            relation_word(*relation),
            other.node
        ),
        FieldRule::Order {
            negated,
            relation,
            other,
        } => format!(
            "{}{} {}",
            if *negated { "not " } else { "" },
            relation_word(*relation),
            other.node
        ),
        FieldRule::Is(p) => format!("is {}", party(p)),
        FieldRule::IsAll(ps) => format!(
            "is {}",
            ps.iter()
                .map(|p| party(p))
                .collect::<Vec<_>>()
                .join(" and ")
        ),
        FieldRule::Count {
            at_least,
            count,
            unless,
        } => {
            let mut text = format!(
                "at {} {}",
                if *at_least { "least" } else { "most" },
                count.node
            );
            if let Some(u) = unless {
                let _ = write!(text, " unless {}", cond(u));
            }
            text
        }
        FieldRule::Range { min, max, unless } => {
            let mut text = format!("between {} and {}", min.node, max.node);
            if let Some(u) = unless {
                let _ = write!(text, " unless {}", cond(u));
            }
            text
        }
    }
}

fn relation_word(relation: Relation) -> &'static str {
    match relation {
        Relation::Before => "before",
        Relation::After => "after",
        Relation::Around => "of",
    }
}

fn order_target(target: &OrderTarget) -> String {
    match target {
        OrderTarget::Signed => "signed".into(),
        OrderTarget::Reviewed => "reviewed".into(),
        OrderTarget::Field(f) => f.to_string(),
    }
}

fn chain(chain: &Chain) -> String {
    let mut text = String::new();
    for (i, step) in chain.steps.iter().enumerate() {
        if i > 0 {
            let link = chain.links.get(i - 1).map_or(Link::Then, |l| l.node);
            text.push_str(if link == Link::Then {
                " then "
            } else {
                " and "
            });
        }
        text.push_str(&party(&step.party));
        if let Some(field) = step.unless {
            text.push_str(" unless ");
            text.push_str(field.keyword());
        }
        if step.last {
            text.push_str(" last");
        }
    }
    text
}

/// A party as written in a clause.
pub fn party(p: &Party) -> String {
    match p {
        Party::Head(u) => format!("head of {}", unit_ref(u)),
        Party::Overseer(u) => format!("overseer of {}", unit_ref(u)),
        Party::Superior(f) => format!("superior of {}", f.keyword()),
        Party::Role(n) => format!("role {}", name(n)),
        Party::Body(n) => format!("body {}", name(n)),
        Party::Unit(n) => format!("unit {}", name(n)),
        Party::Person(n) => format!("person {}", name(n)),
        Party::Either(alternatives) => alternatives
            .iter()
            .map(|a| party(&a.node))
            .collect::<Vec<_>>()
            .join(" or "),
    }
}

fn unit_ref(u: &UnitRef) -> String {
    match u {
        UnitRef::Named(n) => format!("unit {}", name(n)),
        UnitRef::Of(f) => format!("{}.unit", f.keyword()),
        UnitRef::Any => "any unit".into(),
    }
}

fn cadence(c: &Cadence) -> String {
    match c {
        Cadence::Unit(u) => u.keyword().into(),
        Cadence::Weekday(w) => w.keyword().into(),
        Cadence::NthWeekday(n, w) => format!("{} {} of month", ordinal(*n), w.keyword()),
        Cadence::LastDayOfMonth => "last day of month".into(),
        Cadence::DayOfMonth(d) => format!("day {d} of month"),
    }
}

fn ordinal(o: Ordinal) -> &'static str {
    match o {
        Ordinal::Nth(1) => "first",
        Ordinal::Nth(2) => "second",
        Ordinal::Nth(3) => "third",
        Ordinal::Nth(4) => "fourth",
        Ordinal::Nth(_) => "fifth",
        Ordinal::Last => "last",
    }
}

/// A date expression as written.
pub fn date_expr(d: &DateExpr) -> String {
    let mut text = anchor(&d.anchor);
    if let Some((sign, dur)) = &d.offset {
        let _ = write!(
            text,
            " {} {}",
            if *sign == Sign::Plus { "+" } else { "-" },
            duration_expr(dur)
        );
    }
    text
}

fn anchor(a: &Anchor) -> String {
    let with_of = |base: String, of: &Option<PeriodRef>| match of {
        Some(p) => format!("{base} of {}", period_ref(p)),
        None => base,
    };
    match a {
        Anchor::Edge { start, of } => format!(
            "{} of {}",
            if *start { "start" } else { "end" },
            period_ref(of)
        ),
        Anchor::Day { day, of } => with_of(format!("day {day}"), of),
        Anchor::Weekday { weekday, of } => with_of(weekday.keyword().into(), of),
        Anchor::MonthDay { date, of } => with_of(month_day(*date), of),
        Anchor::Date(d) => full_date(*d),
        Anchor::Param { name, of } => with_of(name.clone(), of),
    }
}

/// `previous year`, `month`, `period`.
pub fn period_ref(p: &PeriodRef) -> String {
    let unit = p.unit.map_or("period", PeriodUnit::keyword);
    match p.shift {
        s if s < 0 => format!("previous {unit}"),
        s if s > 0 => format!("next {unit}"),
        _ => unit.to_string(),
    }
}

pub fn month_day(md: MonthDay) -> String {
    format!("{:02}-{:02}", md.month, md.day)
}

pub fn full_date(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)
}

fn duration_expr(d: &DurationExpr) -> String {
    match d {
        DurationExpr::Literal(d) => duration(*d),
        DurationExpr::Param(p) => p.clone(),
    }
}

/// A duration in its canonical spelling, in the language it was written in.
pub fn duration(d: Duration) -> String {
    let n = d.amount;
    if d.chinese {
        let unit = match d.unit {
            DurationUnit::Minutes => "分钟",
            DurationUnit::Hours => "小时",
            DurationUnit::Days => "天",
            DurationUnit::WorkingDays => "个工作日",
            DurationUnit::Weeks => "周",
            DurationUnit::Months => "个月",
            DurationUnit::Years => "年",
        };
        return format!("{n}{unit}");
    }
    let (one, many) = match d.unit {
        DurationUnit::Minutes => ("minute", "minutes"),
        DurationUnit::Hours => ("hour", "hours"),
        DurationUnit::Days => ("day", "days"),
        DurationUnit::WorkingDays => ("working day", "working days"),
        DurationUnit::Weeks => ("week", "weeks"),
        DurationUnit::Months => ("month", "months"),
        DurationUnit::Years => ("year", "years"),
    };
    format!("{n} {}", if n == 1 { one } else { many })
}

/// An amount as written: digits, scale, currency.
pub fn amount(a: &Amount) -> String {
    let mut text = a.digits.clone();
    if let Some(scale) = a.scale {
        text.push_str(scale.symbol());
    }
    match a.currency.as_deref() {
        Some("元") => text.push('元'),
        Some(code) => {
            text.push(' ');
            text.push_str(code);
        }
        None => {}
    }
    text
}

fn param_value(v: &ParamValue) -> String {
    match v {
        ParamValue::Duration(d) => duration(*d),
        ParamValue::Date(d) => full_date(*d),
        ParamValue::MonthDay(md) => month_day(*md),
        ParamValue::Amount(a) => amount(a),
        ParamValue::None => "none".into(),
        ParamValue::Kinds(kinds) => format!(
            "[{}]",
            kinds.iter().map(|k| name(k)).collect::<Vec<_>>().join(", ")
        ),
    }
}

/// A condition as written.
pub fn cond(c: &Cond) -> String {
    match c {
        Cond::Or(parts) => parts.iter().map(cond).collect::<Vec<_>>().join(" or "),
        Cond::And(parts) => parts.iter().map(cond).collect::<Vec<_>>().join(" and "),
        Cond::Not(inner) => format!("not {}", cond(inner)),
        Cond::Group(inner) => format!("({})", cond(inner)),
        Cond::Compare {
            field,
            op,
            value: v,
        } => format!("{} {} {}", field.node, op.symbol(), value(v)),
        Cond::Present(field) => field.node.to_string(),
        Cond::InUnit { field, unit } => format!("{} in unit {}", field.node, name(&unit.node)),
    }
}

fn value(v: &Value) -> String {
    match v {
        Value::Level(l) => l.keyword().into(),
        Value::Bool(b) => b.to_string(),
        Value::Date(d) => full_date(*d),
        Value::MonthDay(md) => month_day(*md),
        Value::Amount(a) => amount(a),
        Value::Text(t) => string(t),
        Value::Word(w) => w.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_quoted_only_when_needed() {
        assert_eq!(name("运营总监"), "运营总监");
        assert_eq!(name("ops-director"), "ops-director");
        assert_eq!(name("Operations Director"), "\"Operations Director\"");
        assert_eq!(name("a\"b"), "\"a\\\"b\"");
        assert_eq!(name(""), "\"\"");
    }

    #[test]
    fn durations_keep_their_language() {
        let d = |amount, unit, chinese| {
            duration(Duration {
                amount,
                unit,
                chinese,
            })
        };
        assert_eq!(d(24, DurationUnit::Hours, false), "24 hours");
        assert_eq!(d(1, DurationUnit::WorkingDays, false), "1 working day");
        assert_eq!(d(3, DurationUnit::WorkingDays, true), "3个工作日");
    }
}
