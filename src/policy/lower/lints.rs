//! Checks that need a whole clause: chains that repeat a party, orders with nothing to order,
//! authority tables with gaps or overlaps, cadences that can never be met, parties that cannot
//! fit their field.

use crate::i18n::{Arg, Message};

use super::*;

impl ClauseLowerer<'_> {
    /// Checks that need every rule of the clause: chains, orders, limit tables.
    pub(super) fn check_rules(
        &mut self,
        scope: &Scope,
        rules: &mut Vec<Rule>,
        name_span: Span,
        stated: &Stated,
    ) {
        let subject = scope.id.to_string();
        let distinct = rules
            .iter()
            .any(|r| matches!(r.kind, RuleKind::SignersDistinct));
        let (has_signed, has_reviewed) = (stated.signed, stated.reviewed);
        for rule in rules.iter() {
            match &rule.kind {
                RuleKind::Signed { steps, .. } => {
                    let mut seen: BTreeSet<String> = BTreeSet::new();
                    for step in steps {
                        let key = step.party.to_string();
                        if !seen.insert(key.clone()) {
                            let message = Message::new("policy-chain-twice")
                                .arg("party", step.party.message());
                            if distinct {
                                self.error(
                                    Check::PolicyError,
                                    &subject,
                                    step.loc.span,
                                    message,
                                    Message::new("policy-signers-must-be-distinct-so-one"),
                                );
                            } else {
                                self.warn(
                                    &subject,
                                    step.loc.span,
                                    message,
                                    Message::new("policy-one-person-would-sign-twice-remove"),
                                );
                            }
                        }
                    }
                }
                RuleKind::SignersDistinct if !has_signed => self.error(
                    Check::PolicyError,
                    &subject,
                    rule.loc.span,
                    Message::new("policy-signers-distinct-with-no-signed-by"),
                    Message::new("policy-add-the-chain-whose-signers-must"),
                ),
                RuleKind::SignedBefore(_) if !has_signed => self.error(
                    Check::PolicyError,
                    &subject,
                    rule.loc.span,
                    Message::new("policy-signed-before-with-no-signed-by"),
                    Message::new("policy-say-who-signs-with-signed-by"),
                ),
                RuleKind::ReviewedBefore(_) if !has_reviewed => self.error(
                    Check::PolicyError,
                    &subject,
                    rule.loc.span,
                    Message::new("policy-reviewed-before-with-no-reviewed-by"),
                    Message::new("policy-say-who-reviews-with-reviewed-by"),
                ),
                _ => {}
            }
        }
        // One clause, one authority table: merge the rows, then look for gaps and overlaps.
        let mut bands: Vec<Band> = Vec::new();
        let mut table_loc = None;
        rules.retain(|r| match &r.kind {
            RuleKind::Limits { bands: b } => {
                bands.extend(b.iter().cloned());
                table_loc.get_or_insert(r.loc);
                false
            }
            _ => true,
        });
        if let Some(loc) = table_loc {
            self.check_limits(&subject, &mut bands, name_span);
            rules.push(Rule {
                kind: RuleKind::Limits { bands },
                loc,
                when: Vec::new(),
            });
        }
    }

    pub(super) fn check_limits(&mut self, subject: &str, bands: &mut [Band], name_span: Span) {
        let currencies: BTreeSet<Option<&str>> = bands
            .iter()
            .flat_map(|b| [b.over.as_ref(), b.up_to.as_ref()])
            .flatten()
            .map(|m| m.currency.as_deref())
            .collect();
        if currencies.len() > 1 {
            self.error(
                Check::PolicyError,
                subject,
                name_span,
                Message::new("policy-the-authority-table-mixes-currencies"),
                Message::new("policy-write-every-amount-in-one-currency"),
            );
        }
        for band in bands.iter() {
            if let (Some(lo), Some(hi)) = (&band.over, &band.up_to)
                && lo.units >= hi.units
            {
                self.errors.push(
                    Finding::new(
                        Check::PolicyError,
                        subject,
                        Message::new("policy-row-empty")
                            .arg("over", lo.to_string())
                            .arg("up_to", hi.to_string()),
                    )
                    .at(band.loc)
                    .help(Message::new("policy-the-lower-bound-comes-first")),
                );
            }
        }
        bands.sort_by_key(|b| {
            (
                b.over.as_ref().map_or(0, |m| m.units),
                b.up_to.as_ref().map_or(i128::MAX, |m| m.units),
            )
        });
        let mut covered_to: Option<(i128, Loc)> = Some((0, Loc::new(self.file, name_span)));
        for band in bands.iter() {
            let lo = band.over.as_ref().map_or(0, |m| m.units);
            match covered_to {
                None => {
                    self.errors.push(
                        Finding::new(
                            Check::PolicyError,
                            subject,
                            Message::new("policy-the-authority-table-overlaps-a-row"),
                        )
                        .at(band.loc)
                        .help(Message::new("policy-give-the-open-ended-row-over")),
                    );
                }
                Some((to, prev)) if lo > to => {
                    self.errors.push(
                        Finding::new(
                            Check::PolicyError,
                            subject,
                            Message::new("policy-table-gap")
                                .arg("over", money_text(to))
                                .arg("up_to", money_text(lo)),
                        )
                        .at(band.loc)
                        .related(Message::new("policy-the-row-below-ends-here"), prev)
                        .help(Message::new("policy-make-each-row-start-where-the")),
                    );
                }
                Some((to, prev)) if lo < to => {
                    self.errors.push(
                        Finding::new(
                            Check::PolicyError,
                            subject,
                            Message::new("policy-table-overlap")
                                .arg("over", money_text(lo))
                                .arg("up_to", money_text(to)),
                        )
                        .at(band.loc)
                        .related(Message::new("policy-the-other-row"), prev)
                        .help(Message::new("policy-make-each-row-start-where-the")),
                    );
                }
                _ => {}
            }
            covered_to = band.up_to.as_ref().map(|hi| {
                (
                    covered_to.map_or(hi.units, |(to, _)| to.max(hi.units)),
                    band.loc,
                )
            });
        }
    }

    pub(super) fn check_cadence(&mut self, subject: &str, cadence: &Spanned<ast::Cadence>) {
        match cadence.node {
            ast::Cadence::NthWeekday(ast::Ordinal::Nth(5), w) => self.error(
                Check::PolicyError,
                subject,
                cadence.span,
                Message::new("policy-no-fifth").arg("weekday", w.keyword()),
                Message::new("policy-no-fifth-help").arg("weekday", w.keyword()),
            ),
            ast::Cadence::DayOfMonth(d) if d == 0 || d > 28 => self.error(
                Check::PolicyError,
                subject,
                cadence.span,
                Message::new("policy-no-day").arg("day", u32::from(d)),
                Message::new("policy-use-last-day-of-month-or"),
            ),
            _ => {}
        }
    }

    /// A party inside the party rule must fit the field's type.
    pub(super) fn check_party_fits(
        &mut self,
        subject: &str,
        field: &Field,
        party: &Party,
        span: Span,
    ) {
        let (FieldType::Ref(collections) | FieldType::RefList(collections)) = field.ty else {
            return;
        };
        if let Party::Either(alternatives) = party {
            for a in alternatives {
                self.check_party_fits(subject, field, a, span);
            }
            return;
        }
        let ok = match party {
            Party::Either(_) => true,
            Party::Body(_) => collections.contains(&"bodies"),
            Party::Unit(_) => collections.contains(&"units"),
            Party::Role(_)
            | Party::Person(_)
            | Party::Head(_)
            | Party::Overseer(_)
            | Party::Superior(_) => collections.contains(&"people"),
        };
        if !ok {
            self.error(
                Check::PolicyError,
                subject,
                span,
                Message::new("policy-never-party")
                    .arg("field", field.path.as_str())
                    .arg(
                        "holds",
                        Arg::join(collections.iter().copied(), crate::i18n::Joiner::Or),
                    )
                    .arg("party", party.message()),
                Message::new("policy-name-a-party-of-the-kind"),
            );
        }
    }
}

pub(super) fn money_text(units: i128) -> String {
    Money {
        units,
        currency: None,
    }
    .to_string()
}

/// `severity LEVEL [because "…"]` as written: the level, the reason, the whole line.
pub(super) type SeveritySetting<'a> = (&'a Spanned<Severity>, Option<&'a Spanned<String>>, Span);

impl ClauseLowerer<'_> {
    /// The clause's severity from its settings: `severity` as written, else what the
    /// regulation's word gives (binding → error, softening → warning), else error. A severity that
    /// departs from the word says why (`because`): the word is a fact about the regulation, the
    /// severity a choice about it.
    pub(super) fn severity(
        &mut self,
        subject: &str,
        severity: Option<SeveritySetting>,
        words: Option<&Spanned<String>>,
    ) -> (Severity, Option<Arc<str>>, Option<String>) {
        let from_word = words.and_then(|w| self.word(subject, w));
        let word = from_word
            .and(words)
            .map(|w| Arc::<str>::from(w.node.as_str()));
        let Some((level, because, line)) = severity else {
            return (from_word.unwrap_or(Severity::Error), word, None);
        };
        let reason = because.map(|b| b.node.clone());
        match (from_word, because) {
            (Some(expected), None) if expected != level.node => {
                let w = word.as_deref().unwrap_or_default();
                self.warn(
                    subject,
                    line,
                    Message::new("policy-severity-departs")
                        .arg("severity", level.node.to_string())
                        .arg("word", w)
                        .arg("expected", expected.to_string()),
                    Message::new("policy-severity-departs-help")
                        .arg("severity", level.node.to_string()),
                );
            }
            (Some(expected), Some(b)) if expected == level.node => self.warn(
                subject,
                b.span,
                Message::new("policy-because-explains-a-severity-the-regulations"),
                Message::new("policy-remove-because"),
            ),
            (None, Some(b)) if words.is_none() => self.warn(
                subject,
                b.span,
                Message::new("policy-because-explains-a-departure-from-the"),
                Message::new("policy-record-the-word-the-cited-article"),
            ),
            _ => {}
        }
        (level.node, word, reason)
    }

    /// The severity a recorded word gives; an unknown word is an error with the closest known one.
    fn word(&mut self, subject: &str, word: &Spanned<String>) -> Option<Severity> {
        if let Some(severity) = crate::diagnostic::words::severity(&word.node) {
            return Some(severity);
        }
        let suggestion = crate::diagnostic::words::simplified(&word.node)
            .map(str::to_string)
            .or_else(|| crate::suggest::closest(&word.node, crate::diagnostic::words::all()));
        let help = match suggestion {
            Some(s) => Message::new("did-you-mean").arg("word", format!("words \"{s}\"")),
            None => Message::new("policy-words-help")
                .arg("bind", crate::diagnostic::words::BINDING.join(" "))
                .arg("soften", crate::diagnostic::words::SOFTENING.join(" ")),
        };
        self.error(
            Check::PolicyError,
            subject,
            word.span,
            Message::new("policy-unknown-word").arg("word", word.node.as_str()),
            help,
        );
        None
    }
}
