//! The words of the page: catalogue messages in the report's language, severities, check titles.

use crate::diagnostic::{Check, Severity};
use crate::i18n::{Lang, Message, Text};

pub(super) fn say(lang: Lang, id: &'static str) -> String {
    say_message(lang, Message::new(id))
}

pub(super) fn say_message(lang: Lang, message: Message) -> String {
    Text::from(message).render(lang, true).into_owned()
}

pub(super) fn severity_name(lang: Lang, severity: Severity) -> String {
    say_message(lang, severity.message())
}

/// The check's title in Chinese (GLOSSARY.md), its code in English.
pub(super) fn check_name(lang: Lang, check: Check) -> String {
    match lang {
        Lang::Zh if !check.title_zh().is_empty() => check.title_zh().to_string(),
        _ => check.code().to_string(),
    }
}
