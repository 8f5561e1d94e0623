//! Code lenses on a policy's clauses: when each next falls due for the workspace's data, and how
//! many of its duties are overdue — `zhidu agenda` over the workspace, a year ahead.

use super::{Server, text};
use crate::api::agenda::{AgendaOptions, Within, WithinUnit, agenda};
use crate::api::check::CheckOptions;
use crate::i18n::{Message, Text};
use serde_json::{Value, json};

impl Server<'_> {
    pub(super) fn code_lenses(&self, uri: &str) -> Value {
        let (Some(path), Some(source)) = (text::path_of(uri), self.documents.get(uri)) else {
            return json!([]);
        };
        let clauses = crate::api::clauses::clauses_in_text(&path, source);
        if clauses.is_empty() {
            return json!([]);
        }
        let options = AgendaOptions {
            check: CheckOptions {
                paths: vec![self.data_root(&path)],
                workspace: Some(self.workspace.clone()),
                ..CheckOptions::default()
            },
            within: Some(Within {
                count: 1,
                unit: WithinUnit::Years,
            }),
            ..AgendaOptions::default()
        };
        let Ok(outcome) = agenda(&options) else {
            return json!([]);
        };
        let items = &outcome.agenda.items;
        let lenses: Vec<Value> = clauses
            .into_iter()
            .filter_map(|(span, clause)| {
                let mine: Vec<_> = items.iter().filter(|i| *i.clause == *clause.id).collect();
                let overdue = mine
                    .iter()
                    .filter(|i| i.status == crate::agenda::Status::Overdue)
                    .count();
                let next = mine
                    .iter()
                    .find(|i| i.status != crate::agenda::Status::Overdue);
                let message = match (next, overdue) {
                    (None, 0) => return None,
                    (None, n) => Message::new("lsp-lens-overdue").arg("count", n),
                    (Some(next), n) => Message::new("lsp-lens-next")
                        .date("due", next.due)
                        .arg("what", next.what.clone())
                        .arg("overdue", n),
                };
                let title = Text::from(message).render(self.lang, true).into_owned();
                let range = text::range(source, span.start, span.end, self.encoding);
                Some(json!({"range": range, "command": {"title": title, "command": ""}}))
            })
            .collect();
        json!(lenses)
    }
}
