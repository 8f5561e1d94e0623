//! Records still under way — a request awaiting its next signature — whose next step changes
//! hands. The agenda lists only duties with a due time, so a request under a clause that sets
//! no deadline is no agenda item; yet a change can leave its next signer's post with nobody, and
//! the request could then never be completed. Each state's next steps are taken on its own
//! organisation ([`next_steps`]) and compared ([`compare`]).

use crate::agenda::{Next, Person, waiting_on};
use crate::data::model::Record;
use crate::engine::{Context, conditions, records};
use crate::policy::model::{Clause, KindFilter};
use std::collections::BTreeMap;
use std::sync::Arc;

/// A record under way whose next step's people differ after the changes.
#[derive(Clone, Debug)]
pub struct Waiting {
    pub clause: Arc<str>,
    /// The record's id.
    pub record: String,
    /// The step it waits for, and by whom as the policy names them.
    pub step: Next,
    pub before: Vec<Person>,
    pub after: Vec<Person>,
}

/// Each record under way, by (record, clause): its next step and who may take it.
pub type NextSteps = BTreeMap<(String, Arc<str>), (Next, Vec<Person>)>;

/// The records under way (their indices), found once for both states: the records do not
/// change, only the organisation does.
pub fn under_way(ctx: &Context) -> Vec<usize> {
    use rayon::prelude::*;
    let all = &ctx.data.records.all;
    (0..all.len())
        .into_par_iter()
        .filter(|&i| records::is_pending(&all[i]))
        .collect()
}

/// The next steps of the records under way, on `ctx`'s organisation; each clause is asked
/// whether it binds them.
pub fn next_steps(ctx: &Context, under_way: &[usize]) -> NextSteps {
    let all = &ctx.data.records.all;
    let mut out = NextSteps::new();
    for clause in &ctx.policies.clauses {
        let bound = under_way.iter().map(|&i| &*all[i]);
        for record in bound.filter(|r| binds(ctx, clause, r)) {
            if let Some(next) = waiting_on(ctx, clause, record) {
                out.insert((record.id.value.clone(), clause.id.clone()), next);
            }
        }
    }
    out
}

/// Does the clause bind the record: its collection, its kinds, its `when`?
fn binds(ctx: &Context, clause: &Clause, record: &Record) -> bool {
    let kind_bound = match &clause.kinds {
        KindFilter::Any => true,
        KindFilter::Only(kinds) => kinds.iter().any(|k| k == record.kind()),
    };
    clause.collection() == Some(record.collection)
        && kind_bound
        && clause
            .condition
            .as_ref()
            .is_none_or(|c| conditions::holds(c, record, &ctx.data.org))
}

/// The records whose next step's people differ between the two states, in record order.
pub fn compare(before: &NextSteps, after: &NextSteps) -> Vec<Waiting> {
    let ids = |people: &[Person]| people.iter().map(|p| p.id.clone()).collect::<Vec<_>>();
    before
        .iter()
        .filter_map(|(key, (step, was))| {
            let (_, is) = after.get(key)?;
            (ids(was) != ids(is)).then(|| Waiting {
                clause: key.1.clone(),
                record: key.0.clone(),
                step: step.clone(),
                before: was.clone(),
                after: is.clone(),
            })
        })
        .collect()
}
