//! "Did you mean …?" for near-miss names, keywords and fields.

use crate::i18n::Message;

/// The candidate closest to `word`, if it is close enough to be a plausible typo.
///
/// Closeness is Damerau–Levenshtein distance on characters, allowed to grow with the length of
/// the word (one edit for short words, up to a third of the characters for long ones), so that
/// `nmae` suggests `name` and `运营总鉴` suggests `运营总监` but `a` suggests nothing.
pub fn closest<'a, I, S>(word: &str, candidates: I) -> Option<String>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str> + 'a,
{
    let len = word.chars().count();
    let budget = (len / 3).clamp(1, 3);
    let mut best: Option<(usize, String)> = None;
    for candidate in candidates {
        let candidate = candidate.as_ref();
        // The distance is at least the difference in length: a candidate too long or too short
        // is out of reach without computing it (a case-only match has the same length).
        if candidate == word || len.abs_diff(candidate.chars().count()) > budget {
            continue;
        }
        let case_only = candidate.eq_ignore_ascii_case(word);
        if !case_only && bag_distance(word, candidate) > budget {
            continue;
        }
        let distance = strsim::damerau_levenshtein(word, candidate);
        if (distance <= budget || case_only)
            && best
                .as_ref()
                .is_none_or(|(d, b)| distance < *d || (distance == *d && candidate < b.as_str()))
        {
            best = Some((distance, candidate.to_string()));
        }
    }
    best.map(|(_, c)| c)
}

/// A lower bound of the Damerau–Levenshtein distance, without its matrix and alphabet map: an
/// insertion or deletion leaves one character of one side unmatched, a substitution one of each
/// side, a transposition none — so the characters of either word that the other lacks (counted
/// with repeats) take at least that many edits. Most candidates fail on it alone.
fn bag_distance(a: &str, b: &str) -> usize {
    let mut unmatched: Vec<char> = b.chars().collect();
    let mut missing = 0;
    for c in a.chars() {
        match unmatched.iter().position(|&u| u == c) {
            Some(i) => {
                unmatched.swap_remove(i);
            }
            None => missing += 1,
        }
    }
    missing.max(unmatched.len())
}

/// `did you mean `x`?` / 是否指 `x`？, or nothing.
pub fn did_you_mean<'a, I, S>(word: &str, candidates: I) -> Option<Message>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str> + 'a,
{
    closest(word, candidates).map(|c| Message::new("did-you-mean").arg("word", c))
}

/// How many edit distances "did you mean" may compute for one run's many misses (an unknown
/// reference, a signature row naming no record): enough for every typo a person makes, and
/// bounded when a broken export dangles a million references against a million ids.
pub const BUDGET: usize = 4_000_000;

/// "Did you mean" for many words against one list of candidates, in parallel, within
/// [`BUDGET`] comparisons: the distinct words are taken in sorted order, so which of them get a
/// suggestion never depends on the order they were met in. Returns (word, suggestion) sorted by
/// word, for the words asked about.
pub fn did_you_mean_all<'w>(
    words: impl IntoIterator<Item = &'w str>,
    candidates: &[&str],
) -> Vec<(&'w str, Option<Message>)> {
    use rayon::prelude::*;
    let mut words: Vec<&str> = words.into_iter().collect();
    words.sort_unstable();
    words.dedup();
    let affordable = BUDGET / candidates.len().max(1);
    words.truncate(affordable);
    words
        .into_par_iter()
        .map(|w| (w, did_you_mean(w, candidates)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bag_distance_never_exceeds_the_edit_distance() {
        let words = [
            "",
            "a",
            "ab",
            "ba",
            "abc",
            "ca",
            "name",
            "nmae",
            "NAME",
            "names",
            "approved_by",
            "aproved_by",
            "approvedby",
            "运营总监",
            "运营总鉴",
            "总监运营",
            "deadline",
            "dedline",
            "aabb",
            "bbaa",
            "abab",
        ];
        for a in words {
            for b in words {
                let (bag, edits) = (bag_distance(a, b), strsim::damerau_levenshtein(a, b));
                assert!(bag <= edits, "{a} / {b}: bag {bag} > edits {edits}");
            }
        }
        // It is a real filter: a word made of other letters is ruled out by counting alone.
        assert_eq!(bag_distance("zzzz", "name"), 4);
        assert_eq!(bag_distance("nmae", "name"), 0);
    }

    #[test]
    fn suggests_near_misses_only() {
        assert_eq!(closest("nmae", ["name", "id"]).as_deref(), Some("name"));
        assert_eq!(
            closest("运营总鉴", ["运营总监", "总裁"]).as_deref(),
            Some("运营总监")
        );
        assert_eq!(closest("xyz", ["name", "id"]), None);
        assert_eq!(closest("People", ["people"]).as_deref(), Some("people"));
    }

    #[test]
    fn many_words_are_answered_in_sorted_order_within_the_budget() {
        let found: Vec<(&str, Option<String>)> =
            did_you_mean_all(["nmae", "idd", "nmae"], &["name", "id"])
                .into_iter()
                .map(|(w, m)| (w, m.map(|m| m.to_string())))
                .collect();
        assert_eq!(
            found,
            vec![
                ("idd", Some("did you mean `id`?".to_string())),
                ("nmae", Some("did you mean `name`?".to_string())),
            ]
        );
        // More candidates than the budget allows one comparison each: nobody is asked about.
        let many: Vec<String> = (0..=BUDGET).map(|i| format!("p{i}")).collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        assert!(did_you_mean_all(["p1x"], &many).is_empty());
    }

    #[test]
    fn ties_break_alphabetically() {
        assert_eq!(closest("cat", ["bat", "eat"]).as_deref(), Some("bat"));
    }
}
