#![doc = include_str!("../../../docs/checks/unbound-reference.md")]

use crate::diagnostic::Finding;
use crate::engine::Scope;
use crate::i18n::Message;
use crate::policy::model::Name;
use crate::source::Loc;
use crate::suggest;

/// A name of the clause that nothing in the data goes by (`known` is false).
pub fn check(scope: Scope, name: &Name, loc: Loc, known: bool) -> Option<Finding> {
    if known {
        return None;
    }
    let kind = name.kind.keyword();
    let spellings = scope.ctx.data.org.spellings(name.kind);
    let help = match suggest::did_you_mean(&name.text, &spellings) {
        Some(d) => crate::i18n::Text::from(d),
        None => Message::new("unbound-reference-help")
            .arg("name", name.text.as_str())
            .arg("kind", Message::new(kind_word(name.kind)))
            .arg("keyword", kind)
            .into(),
    };
    let mut f = scope.finding(
        crate::diagnostic::Check::UnboundReference,
        &name.text,
        Message::new(if name.kind == crate::vocab::NameKind::Role {
            "unbound-reference-role"
        } else {
            "unbound-reference"
        })
        .arg("kind", Message::new(kind_word(name.kind)))
        .arg("name", name.text.as_str())
        .arg("clause", &*scope.clause.id),
        loc,
    );
    f.severity = crate::diagnostic::Check::UnboundReference.default_severity();
    f.policy_location = Some(scope.clause.loc);
    Some(
        f.at(loc)
            .label(Message::new("unbound-reference-label"))
            .help(help),
    )
}

/// A kind of name as a message says it (`role` / `岗位`).
fn kind_word(kind: crate::vocab::NameKind) -> &'static str {
    match kind {
        crate::vocab::NameKind::Role => "name-role",
        crate::vocab::NameKind::Unit => "name-unit",
        crate::vocab::NameKind::Body => "name-body",
        crate::vocab::NameKind::Person => "name-person",
    }
}
