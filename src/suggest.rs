//! "Did you mean …?" for near-miss names, keywords and fields.

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
        if candidate == word {
            continue;
        }
        let distance = strsim::damerau_levenshtein(word, candidate);
        let case_only = candidate.eq_ignore_ascii_case(word);
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

/// `did you mean `x`?` or nothing.
pub fn did_you_mean<'a, I, S>(word: &str, candidates: I) -> Option<String>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str> + 'a,
{
    closest(word, candidates).map(|c| format!("did you mean `{c}`?"))
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn ties_break_alphabetically() {
        assert_eq!(closest("cat", ["bat", "eat"]).as_deref(), Some("bat"));
    }
}
