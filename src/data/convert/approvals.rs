//! Signatures and reviews: in a record's lists, or as rows of `signatures.csv`/`reviews.csv`.

use super::*;
use crate::i18n::Message;

impl Typer<'_> {
    pub(super) fn signature(
        &mut self,
        subject: &str,
        node: &Node,
        fields: &'static [Field],
    ) -> Option<Signature> {
        let (mut t, by, at) = self.approval(
            subject,
            node,
            fields,
            "`signatures`",
            "{by, as, at, decision}",
        )?;
        Some(Signature {
            by,
            as_role: match t.remove("as") {
                Some(Typed::Text(v)) => Some(v),
                _ => None,
            },
            at,
            decision: decision(t.remove("decision")),
            loc: node.loc,
        })
    }

    pub(super) fn review(
        &mut self,
        subject: &str,
        node: &Node,
        fields: &'static [Field],
    ) -> Option<Review> {
        let (mut t, by, at) =
            self.approval(subject, node, fields, "`reviews`", "{by, at, decision}")?;
        Some(Review {
            by,
            at,
            decision: decision(t.remove("decision")),
            loc: node.loc,
        })
    }

    /// What signatures and reviews share: a map with `by` and `at`. Their other fields are left
    /// in the returned map.
    pub(super) fn approval(
        &mut self,
        subject: &str,
        node: &Node,
        fields: &'static [Field],
        what: &str,
        shape: &str,
    ) -> Option<(TypedFields, At<String>, At<Instant>)> {
        let Value::Map(map) = &node.value else {
            self.error(
                node.loc,
                subject,
                Message::new("data-approval-shape")
                    .arg("what", what)
                    .arg("shape", shape)
                    .arg("found", node.describe()),
                None,
            );
            return None;
        };
        let mut t = self.fields(subject, what, fields, map, node);
        let by = match t.remove("by") {
            Some(Typed::Text(v)) => v,
            _ => return None,
        };
        let at = match t.remove("at") {
            Some(Typed::Time(v)) => v,
            _ => return None,
        };
        Some((t, by, at))
    }

    pub(super) fn attached_signature(&mut self, node: &Node) -> Option<Attached<Signature>> {
        let record = self.record_column(node)?;
        let seq = self.seq_column(node);
        let item = self.signature(&record.value, node, schema::SIGNATURE_ROW_FIELDS)?;
        Some(Attached { record, seq, item })
    }

    pub(super) fn attached_review(&mut self, node: &Node) -> Option<Attached<Review>> {
        let record = self.record_column(node)?;
        let seq = self.seq_column(node);
        let item = self.review(&record.value, node, schema::REVIEW_ROW_FIELDS)?;
        Some(Attached { record, seq, item })
    }

    pub(super) fn record_column(&mut self, node: &Node) -> Option<At<String>> {
        match node.get("record") {
            Some(v) => self.id_value(v, "signature"),
            None => {
                self.error(
                    head(node),
                    self.display,
                    Message::new("data-row-without-record"),
                    Some(Message::new("data-row-without-record-help")),
                );
                None
            }
        }
    }

    pub(super) fn seq_column(&mut self, node: &Node) -> Option<i64> {
        node.get("seq")
            .and_then(|v| v.scalar_text())
            .and_then(|t| t.trim().parse().ok())
    }
}

pub(super) fn decision(value: Option<Typed>) -> Decision {
    match value {
        Some(Typed::Word(w)) if w.value == "reject" => Decision::Reject,
        _ => Decision::Approve,
    }
}
