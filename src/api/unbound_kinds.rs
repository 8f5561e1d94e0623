//! Nothing bound to nothing in silence (DATA.md v3): records whose `kind` no clause of the chosen
//! policies binds are counted per kind and file, so that a 类型 column saying 投诉 where the
//! clauses judge `service-request` is seen — the trial's late complaint vanished without a word.
//! JSON `summary.unbound_kinds`; one human warning line each.

use crate::engine::Context;
use crate::policy::model::{Clause, KindFilter};
use crate::report::UnboundKind;
use crate::source::Sources;
use crate::vocab::Collection;
use std::collections::BTreeMap;

/// Chinese words an export writes for a kind the built-in pack binds: a 类型 cell holding one
/// of them (or a longer word containing it) suggests the kind. The clauses' own titles
/// (行政周例会, 客服周报 …) suggest theirs too.
const KIND_WORDS: &[(&str, &str)] = &[
    ("投诉", "service-request"),
    ("客诉", "service-request"),
    ("报修", "service-request"),
    ("维修", "service-request"),
    ("服务", "service-request"),
    ("安装", "installation"),
    ("采购", "purchase"),
    ("请购", "purchase"),
    ("请假", "leave"),
    ("休假", "leave"),
    ("招聘", "hire"),
    ("录用", "hire"),
    ("招标", "tender"),
    ("入库", "stock-in"),
    ("领料", "material-requisition"),
    ("来访", "visitor"),
    ("访客", "visitor"),
    ("晨会", "morning-briefing"),
    ("全员大会", "all-hands"),
    ("员工大会", "all-hands"),
    ("调班", "shift-swap"),
    ("换班", "shift-swap"),
];

/// The kinds of records no clause binds, by collection, kind and file.
pub fn unbound_kinds(ctx: &Context, sources: &Sources) -> Vec<UnboundKind> {
    let mut out = Vec::new();
    for collection in Collection::ALL {
        let bound = bound_kinds(ctx.policies.clauses.iter().map(|c| &**c), collection);
        let Some(bound) = bound else { continue }; // a clause takes every kind
        let mut kinds: Vec<(&str, &[usize])> = ctx
            .data
            .records
            .kinds(collection)
            .filter(|(k, _)| !bound.contains_key(k))
            .collect();
        kinds.sort_unstable_by(|a, b| a.0.cmp(b.0));
        for (kind, ids) in kinds {
            let mut per_file: BTreeMap<String, usize> = BTreeMap::new();
            for &i in ids {
                let loc = ctx.data.records.all[i].loc;
                let file = sources
                    .get(loc.file)
                    .map_or_else(String::new, |f| match &f.sheet {
                        Some(sheet) => format!("{} › {sheet}", f.name),
                        None => f.name.clone(),
                    });
                *per_file.entry(file).or_default() += 1;
            }
            let did_you_mean = suggestion(kind, &bound);
            out.extend(per_file.into_iter().map(|(file, records)| UnboundKind {
                kind: kind.to_string(),
                file,
                records,
                did_you_mean: did_you_mean.clone(),
            }));
        }
    }
    out
}

/// The kinds of a collection some clause binds, each with the Chinese titles of the clauses that
/// bind it alone; `None` when a clause binds every kind of it without condition.
pub(super) fn bound_kinds<'c>(
    clauses: impl IntoIterator<Item = &'c Clause>,
    collection: Collection,
) -> Option<Bound<'c>> {
    let mut bound = Bound::new();
    for clause in clauses {
        if clause.collection() != Some(collection) {
            continue;
        }
        match &clause.kinds {
            // A clause of every kind binds them all, unless its `when` picks some (the office's
            // notice duty: the office's own meetings), which name their kinds.
            KindFilter::Any if clause.condition.is_none() => return None,
            KindFilter::Any => {}
            KindFilter::Only(kinds) => {
                for k in kinds {
                    let titles = bound.entry(k.as_str()).or_default();
                    if let (1, Some(title)) = (kinds.len(), &clause.title) {
                        titles.push(title.split(" · ").next().unwrap_or(title).trim());
                    }
                }
            }
        }
    }
    Some(bound)
}

/// Kinds bound, each with the Chinese titles of the clauses that bind it alone.
pub(super) type Bound<'c> = BTreeMap<&'c str, Vec<&'c str>>;

/// The bound kind an unbound one most likely means: a Chinese word for it, a clause's title that
/// holds it (客服周报 in 客服周报（周六）), a near spelling, or the only kind of its collection the
/// clauses bind.
pub(super) fn suggestion(kind: &str, bound: &Bound) -> Option<String> {
    if let Some((_, k)) = KIND_WORDS
        .iter()
        .find(|(word, k)| kind.contains(word) && bound.contains_key(k))
    {
        return Some((*k).to_string());
    }
    let chinese = kind.chars().count() >= 2 && !kind.is_ascii();
    if let Some((k, _)) = bound
        .iter()
        .find(|(_, titles)| chinese && titles.iter().any(|t| t.contains(kind)))
    {
        return Some((*k).to_string());
    }
    if let Some(close) = crate::suggest::closest(kind, bound.keys()) {
        return Some(close);
    }
    match bound.keys().collect::<Vec<_>>().as_slice() {
        [only] => Some((**only).to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chinese_word_a_spelling_or_the_only_kind_is_suggested() {
        let bound: Bound = [("service-request", vec![]), ("installation", vec![])].into();
        assert_eq!(
            suggestion("客户投诉", &bound).as_deref(),
            Some("service-request")
        );
        assert_eq!(
            suggestion("instalation", &bound).as_deref(),
            Some("installation")
        );
        assert_eq!(suggestion("咨询", &bound), None);
        let one: Bound = [("purchase", vec![])].into();
        assert_eq!(suggestion("合同", &one).as_deref(), Some("purchase"));
        // A word is suggested only for a kind the clauses bind.
        let other: Bound = [("leave", vec![]), ("hire", vec![])].into();
        assert_eq!(suggestion("投诉", &other), None);
        // A clause's title holds the export's word.
        let titled: Bound = [("cs-weekly", vec!["客服周报（周六）"]), ("leave", vec![])].into();
        assert_eq!(
            suggestion("客服周报", &titled).as_deref(),
            Some("cs-weekly")
        );
    }
}
