//! The catalogues: `locales/<lang>/*.ftl`, compiled in, one Fluent bundle per language, built
//! once and shared by every thread.

use super::message::{chinese_date, chinese_period};
use super::{Arg, Joiner, Lang};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

/// The catalogue files of each language, by name (the same names in every language).
macro_rules! catalogue {
    ($lang:literal: $($file:literal),+) => {
        &[$(($file, include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $lang, "/", $file)))),+]
    };
}

const EN: &[(&str, &str)] = catalogue!("en": "cli.ftl", "describe.ftl", "explain.ftl", "findings.ftl", "init.ftl", "input.ftl", "lsp.ftl", "policy.ftl", "report.ftl", "agenda.ftl", "test.ftl", "whatif.ftl", "html.ftl");
const ZH: &[(&str, &str)] = catalogue!("zh": "cli.ftl", "describe.ftl", "explain.ftl", "findings.ftl", "init.ftl", "input.ftl", "lsp.ftl", "policy.ftl", "report.ftl", "agenda.ftl", "test.ftl", "whatif.ftl", "html.ftl");

fn sources(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::En => EN,
        Lang::Zh => ZH,
    }
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: OnceLock<[FluentBundle<FluentResource>; 2]> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| Lang::ALL.map(build));
    &bundles[lang as usize]
}

fn build(lang: Lang) -> FluentBundle<FluentResource> {
    let id: Option<unic_langid::LanguageIdentifier> = lang.code().parse().ok();
    let mut bundle = FluentBundle::new_concurrent(id.into_iter().collect());
    // Unicode isolation marks around every placeholder show as stray characters in terminals.
    bundle.set_use_isolating(false);
    for (_, text) in sources(lang) {
        // A catalogue with a syntax error still gives its good messages; tests/i18n.rs keeps
        // every file free of them.
        let resource = FluentResource::try_new((*text).to_string()).unwrap_or_else(|(r, _)| r);
        // A message defined twice keeps its first definition; the test forbids it.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// Formats message `id`; a message missing in `lang` falls back to English, and to its id.
pub fn format(lang: Lang, id: &str, args: &[(&str, Arg)], human: bool) -> String {
    let (bundle, lang, message) = match bundle(lang).get_message(id) {
        Some(m) => (bundle(lang), lang, Some(m)),
        None => (bundle(Lang::En), Lang::En, bundle(Lang::En).get_message(id)),
    };
    let Some(pattern) = message.and_then(|m| m.value()) else {
        return id.to_string();
    };
    let mut fluent = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent.set(*name, value_of(lang, value, human));
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent), &mut errors)
        .into_owned()
}

/// An argument as `lang` writes it.
fn value_of(lang: Lang, value: &Arg, human: bool) -> FluentValue<'_> {
    let chinese = human && lang == Lang::Zh;
    match value {
        Arg::Str(s) if chinese => FluentValue::from(fullwidth_ids(s)),
        Arg::Str(s) => FluentValue::from(s.as_str()),
        Arg::Num(n) => FluentValue::from(*n),
        Arg::Date(d) if chinese => FluentValue::from(chinese_date(d)),
        Arg::Period(p) if chinese => FluentValue::from(chinese_period(p)),
        Arg::Date(d) | Arg::Period(d) => FluentValue::from(d.as_str()),
        Arg::Field(f) => {
            let word = format!("field-{}", f.replace('.', "-"));
            match bundle(lang).get_message(&word) {
                Some(_) if lang == Lang::Zh => FluentValue::from(format(lang, &word, &[], human)),
                _ => FluentValue::from(f.as_str()),
            }
        }
        Arg::Both(both) if lang == Lang::En => FluentValue::from(both.0.as_str()),
        Arg::Both(both) if human => FluentValue::from(fullwidth_ids(&both.1)),
        Arg::Both(both) => FluentValue::from(both.1.as_str()),
        Arg::Msg(m) => FluentValue::from(format(lang, m.id, &m.args, human)),
        Arg::Join(items, joiner) => {
            let between = format(lang, joiner.id(), &[], human);
            let parts: Vec<String> = items
                .iter()
                .map(|item| match value_of(lang, item, human) {
                    FluentValue::String(s) => s.into_owned(),
                    FluentValue::Number(n) => n.as_string().into_owned(),
                    _ => String::new(),
                })
                .collect();
            // Choices are listed with commas, the last one after "or".
            if let (Joiner::Alternatives, [init @ .., last]) = (joiner, parts.as_slice())
                && !init.is_empty()
            {
                let or = format(lang, Joiner::Or.id(), &[], human);
                return FluentValue::from(format!("{}{or}{last}", init.join(&between)));
            }
            FluentValue::from(parts.join(&between))
        }
    }
}

/// A name and its id as Chinese writes them: `高华 (p-gm)` → `高华（p-gm）`. Only an id (letters,
/// digits, `-`, `_`, `.`) in brackets after a Chinese character changes; English text is left
/// as it is.
fn fullwidth_ids(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(" (") {
        let (before, after) = rest.split_at(at);
        let inner_end = after[2..].find(')').map(|e| e + 2);
        let id_like = inner_end.is_some_and(|end| {
            let inner = &after[2..end];
            !inner.is_empty()
                && inner
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        });
        let after_cjk = before.chars().last().is_some_and(|c| !c.is_ascii());
        match inner_end {
            Some(end) if id_like && after_cjk => {
                out.push_str(before);
                out.push('（');
                out.push_str(&after[2..end]);
                out.push('）');
                rest = &after[end + 1..];
            }
            _ => {
                out.push_str(before);
                out.push_str(" (");
                rest = &after[2..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Is there a message `id` in `lang`?
#[cfg(test)]
fn has(lang: Lang, id: &str) -> bool {
    bundle(lang).get_message(id).is_some()
}

/// Every message id of a language's catalogues, in file order.
#[cfg(test)]
fn ids(lang: Lang) -> Vec<String> {
    sources(lang)
        .iter()
        .flat_map(|(_, text)| {
            let resource = FluentResource::try_new((*text).to_string()).unwrap_or_else(|(r, _)| r);
            resource
                .entries()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The placeholders (`{ $name }`) message `id` uses in `lang`, sorted.
#[cfg(test)]
fn placeholders(lang: Lang, id: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (_, text) in sources(lang) {
        let resource = FluentResource::try_new((*text).to_string()).unwrap_or_else(|(r, _)| r);
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry
                && m.id.name == id
                && let Some(value) = &m.value
            {
                collect(&value.elements, &mut out);
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
fn collect(elements: &[fluent_syntax::ast::PatternElement<&str>], out: &mut Vec<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    for e in elements {
        if let PatternElement::Placeable { expression } = e {
            let (inline, variants) = match expression {
                Expression::Inline(i) => (i, None),
                Expression::Select { selector, variants } => (selector, Some(variants)),
            };
            if let InlineExpression::VariableReference { id } = inline {
                out.push(id.name.to_string());
            }
            for v in variants.into_iter().flatten() {
                collect(&v.value.elements, out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalogue_parses_and_defines_each_message_once() {
        for lang in Lang::ALL {
            for (file, text) in sources(lang) {
                if let Err((_, errors)) = FluentResource::try_new((*text).to_string()) {
                    panic!("locales/{lang}/{file}: {errors:?}");
                }
            }
            let ids = ids(lang);
            let mut seen = std::collections::BTreeSet::new();
            for id in &ids {
                assert!(seen.insert(id), "{lang}: `{id}` is defined twice");
            }
        }
    }

    #[test]
    fn every_message_exists_in_both_languages_with_the_same_placeholders() {
        let (en, zh) = (ids(Lang::En), ids(Lang::Zh));
        let missing: Vec<&String> = en.iter().filter(|id| !zh.contains(id)).collect();
        assert!(missing.is_empty(), "not in Chinese: {missing:?}");
        let missing: Vec<&String> = zh.iter().filter(|id| !en.contains(id)).collect();
        assert!(missing.is_empty(), "not in English: {missing:?}");
        for id in &en {
            assert_eq!(
                placeholders(Lang::En, id),
                placeholders(Lang::Zh, id),
                "`{id}` takes other placeholders in Chinese"
            );
        }
    }

    #[test]
    fn ids_after_chinese_names_take_fullwidth_brackets() {
        assert_eq!(fullwidth_ids("高华 (p-gm)"), "高华（p-gm）");
        assert_eq!(
            fullwidth_ids("高华 (p-gm)、马强 (p-2)"),
            "高华（p-gm）、马强（p-2）"
        );
        // English stays as it is, and so does a bracket that holds no id.
        assert_eq!(fullwidth_ids("the head (of it)"), "the head (of it)");
        assert_eq!(fullwidth_ids("Ops (ops)"), "Ops (ops)");
        assert_eq!(fullwidth_ids("总经理 (a b)"), "总经理 (a b)");
    }

    #[test]
    fn a_message_formats_its_arguments_and_dates_for_each_reader() {
        let args = [("source", Arg::Str("《运营中心工作规范》第十六条".into()))];
        assert_eq!(
            format(Lang::En, "report-source", &args, true),
            "source: 《运营中心工作规范》第十六条"
        );
        assert_eq!(
            format(Lang::Zh, "report-source", &args, true),
            "依据：《运营中心工作规范》第十六条"
        );
        // An unknown id falls back to itself rather than failing the report.
        assert_eq!(
            format(Lang::Zh, "no-such-message", &[], true),
            "no-such-message"
        );
        assert!(has(Lang::Zh, "report-source"));
    }
}
