//! The regulation's own word for a duty (PACK.md v3): the modal word the cited article uses —
//! 必须, 应, 不得 … bind; 一般, 原则上, 建议, 可 … soften. A clause records it as a fact, and its
//! severity follows from it unless the clause says why not.

use super::Severity;

/// Words that bind: a duty the regulation requires. 由 stands for a plain imperative with no
/// modal word ("由…主持", "报…审批", "每月…召开").
pub const BINDING: &[&str] = &[
    "必须",
    "应",
    "应当",
    "须",
    "需",
    "不得",
    "严禁",
    "一定要",
    "方可",
    "由",
];

/// Words that soften: what the regulation recommends or allows.
pub const SOFTENING: &[&str] = &["一般", "原则上", "建议", "可", "可以", "酌情", "尽量"];

/// Traditional forms (operations-procedures is written in traditional script) and the simplified
/// form the pack records.
const TRADITIONAL: &[(&str, &str)] = &[
    ("應", "应"),
    ("應當", "应当"),
    ("須", "须"),
    ("嚴禁", "严禁"),
    ("原則上", "原则上"),
    ("建議", "建议"),
    ("盡量", "尽量"),
];

/// Does the word bind (an error when breached) or soften (a warning)?
pub fn severity(word: &str) -> Option<Severity> {
    if BINDING.contains(&word) {
        Some(Severity::Error)
    } else if SOFTENING.contains(&word) {
        Some(Severity::Warning)
    } else {
        None
    }
}

/// The simplified form of a traditional word, to suggest.
pub fn simplified(word: &str) -> Option<&'static str> {
    TRADITIONAL
        .iter()
        .find(|(t, _)| *t == word)
        .map(|(_, s)| *s)
}

/// Every word, for "did you mean".
pub fn all() -> impl Iterator<Item = &'static str> {
    BINDING.iter().chain(SOFTENING).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_bind_or_soften_never_both() {
        for w in BINDING {
            assert!(!SOFTENING.contains(w), "{w}");
        }
        assert_eq!(severity("必须"), Some(Severity::Error));
        assert_eq!(severity("原则上"), Some(Severity::Warning));
        assert_eq!(severity("must"), None);
        assert_eq!(simplified("應"), Some("应"));
    }
}
