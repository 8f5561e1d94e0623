//! The languages zhidu speaks (CLI v3 "Language of messages"). Every sentence a person reads is a
//! message of the catalogues in `locales/<lang>/*.ftl` (Project Fluent, compiled in): findings
//! carry a [`Message`] — an id and its arguments — and a report renders it in the reader's
//! language when it prints it, so a machine format that prints no prose, and a large run, pay
//! nothing for the choice. Machine fields (check codes, clause ids, subjects, fingerprints) never
//! change with the language; a fingerprint is made from the English text.

mod catalog;
mod lang;
mod message;

pub use lang::Lang;
pub use message::{Arg, Joiner, Message, Text};

/// One message of the catalogue in `lang`, formatted for a person (`human`: dates as 2026年7月31日
/// in Chinese) or for a machine format (ISO dates).
pub fn t(lang: Lang, id: &str, args: &[(&str, Arg)], human: bool) -> String {
    catalog::format(lang, id, args, human)
}
