//! Fingerprints: what identifies a finding from one run to the next, so that a baseline, a
//! waiver or GitHub code scanning can recognise it again.
//!
//! A fingerprint is built from the check, the clause and the subject — never from a file name,
//! line or column, so reformatting a file, moving an entry to another file or renaming files
//! keeps it. When one subject has several findings of one check and clause (two missing steps of
//! one request), what tells them apart is the message with its numbers masked (so that "3 days
//! late" and, a week on, "10 days late" stay one finding); findings alike even then are told
//! apart by their order among themselves. The hash is FNV-1a, written out, so that fingerprints
//! do not change with the Rust version.

use super::Finding;
use std::collections::HashMap;

/// Gives every finding its fingerprint, unique within the run.
pub fn assign(findings: &mut [Finding]) {
    let mut groups: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, f) in findings.iter().enumerate() {
        groups.entry(identity(f)).or_default().push(i);
    }
    for (identity, mut members) in groups {
        if let [only] = members[..] {
            findings[only].fingerprint = hash(&identity);
            continue;
        }
        // Each member's English once: formatting a message is the costly part.
        let mut keyed: Vec<(String, String, usize)> = members
            .drain(..)
            .map(|i| {
                let english = findings[i].message.english().into_owned();
                (masked(&english), english, i)
            })
            .collect();
        keyed.sort();
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (detail, _, i) in keyed {
            let n = seen.entry(detail.clone()).or_default();
            let material = match *n {
                0 => format!("{identity}\u{1f}{detail}"),
                n => format!("{identity}\u{1f}{detail}\u{1f}{n}"),
            };
            *n += 1;
            findings[i].fingerprint = hash(&material);
        }
    }
}

/// Check, clause and subject.
fn identity(f: &Finding) -> String {
    let clause = f.clause.as_deref().unwrap_or("");
    format!("{}\u{1f}{clause}\u{1f}{}", f.check.code(), f.subject)
}

/// The message with every run of digits replaced by `#`.
fn masked(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut in_number = false;
    for c in message.chars() {
        if c.is_ascii_digit() {
            if !in_number {
                out.push('#');
            }
            in_number = true;
        } else {
            out.push(c);
            in_number = false;
        }
    }
    out
}

/// 128 bits of FNV-1a (two 64-bit hashes with different offsets), as 32 hex digits.
fn hash(text: &str) -> String {
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut a: u64 = 0xcbf2_9ce4_8422_2325;
    let mut b: u64 = 0x6c62_272e_07bb_0142;
    for &byte in text.as_bytes() {
        a = (a ^ u64::from(byte)).wrapping_mul(PRIME);
        b = (b ^ u64::from(byte.rotate_left(3))).wrapping_mul(PRIME);
    }
    format!("{a:016x}{b:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Check;

    fn finding(subject: &str, message: &str) -> Finding {
        let mut f = Finding::new(Check::MissingApprover, subject, message);
        f.clause = Some("proc.purchase".into());
        f
    }

    #[test]
    fn one_per_subject_keeps_its_fingerprint_whatever_the_message() {
        let mut a = [finding("PR-1", "3 days late")];
        let mut b = [finding("PR-1", "10 days late, now")];
        assign(&mut a);
        assign(&mut b);
        assert_eq!(a[0].fingerprint, b[0].fingerprint);
        assert_eq!(a[0].fingerprint.len(), 32);
    }

    #[test]
    fn several_per_subject_are_told_apart_by_their_masked_message() {
        let mut run = vec![
            finding("PR-1", "not signed by 总经理"),
            finding("PR-1", "not signed by 业务院长"),
            finding("PR-2", "not signed by 总经理"),
        ];
        assign(&mut run);
        let mut later = vec![
            finding("PR-1", "not signed by 业务院长"),
            finding("PR-2", "not signed by 总经理"),
            finding("PR-1", "not signed by 总经理"),
        ];
        assign(&mut later);
        assert_eq!(run[0].fingerprint, later[2].fingerprint);
        assert_eq!(run[1].fingerprint, later[0].fingerprint);
        let mut all: Vec<&str> = run.iter().map(|f| f.fingerprint.as_str()).collect();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), 3);
    }

    #[test]
    fn identical_findings_still_get_distinct_fingerprints() {
        let mut run = vec![
            finding("PR-1", "signed twice"),
            finding("PR-1", "signed twice"),
        ];
        assign(&mut run);
        assert_ne!(run[0].fingerprint, run[1].fingerprint);
    }

    #[test]
    fn masking_numbers() {
        assert_eq!(
            masked("late by 12 days (2026-11-03)"),
            "late by # days (#-#-#)"
        );
    }
}
