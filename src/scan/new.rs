//! The one definition of "this change introduced this secret", used by `check --staged`,
//! `check --base`, `history` (per introducing commit) and the dependency-file scan of
//! `deps`:
//!
//! > A match is new when it overlaps a line that the change added to its file, and its
//! > (rule, secret) pair occurs neither in that file's previous version nor in any file
//! > the same change deletes.
//!
//! The second half is what makes a rename (a deletion plus an addition, with or without
//! edits) or a move of a line within a file not a new finding, without depending on git's
//! similarity-based rename detection. A secret copied from a file the change does not
//! touch is reported: it is a new occurrence, and proving otherwise would mean scanning the
//! whole base tree, which a pre-commit hook cannot afford.
//!
//! "The same secret" is the (rule id, identity) pair: the identity is the fast keyed hash
//! of rule and secret (`secrets::fingerprint::legacy`), so it identifies the secret
//! without holding it, which lets `history` compare against cached results that never
//! store secrets. (The published fingerprint is a memory-hard hash, far too slow to
//! compute for every match of every previous version.)
//!
//! Pipeline findings (`pipeline::review`) are properties of a file's structure, not
//! occurrences of text, and their version of the rule is [`retain_introduced`]: the same
//! key and the same comparison with the previous version and deleted files, counted
//! rather than as a set, and without requiring an added line.

use std::collections::{HashMap, HashSet};

use crate::git::added::AddedLines;
use crate::secrets::engine::CompileError;
use crate::secrets::fingerprint::legacy;
use crate::secrets::{Match, Scanner};

/// The identity of a secret across files and versions: (rule id, identity).
pub(crate) type SecretKey = (String, String);

/// The key of `secret` found by the rule `rule_id`.
pub(crate) fn key(rule_id: &str, secret: &[u8]) -> SecretKey {
    (rule_id.to_string(), legacy(rule_id, secret))
}

/// A match in the new version of a file, as far as the rule needs to see it.
pub(crate) trait Candidate {
    /// First and last line (1-based) the match spans.
    fn lines(&self) -> (u32, u32);
    /// Its (rule, secret) key.
    fn key(&self) -> SecretKey;
}

/// A scanner match as a candidate: its key needs the rule's id, which the scanner holds.
pub(crate) struct Found<'a> {
    pub m: Match,
    pub scanner: &'a Scanner,
}

impl Candidate for Found<'_> {
    fn lines(&self) -> (u32, u32) {
        (self.m.line, self.m.end_line)
    }

    fn key(&self) -> SecretKey {
        key(&self.scanner.rule(self.m.rule).spec.id, &self.m.secret)
    }
}

/// The keys of every secret in `content` (a previous version, a deleted file).
pub(crate) fn keys(
    scanner: &Scanner,
    path: &str,
    content: &[u8],
) -> Result<HashSet<SecretKey>, CompileError> {
    Ok(scanner
        .scan(path, content)?
        .iter()
        .map(|m| key(&scanner.rule(m.rule).spec.id, &m.secret))
        .collect())
}

/// Keeps the candidates the change introduced into one file. `added` gives the lines the
/// change added to the file; `known` the keys of the file's previous version and of every
/// file the change deletes. Both are asked only when some candidate is still in question,
/// so a file without matches costs no diff and no second scan.
pub(crate) fn retain_new<C: Candidate, E>(
    candidates: &mut Vec<C>,
    added: impl FnOnce() -> Result<AddedLines, E>,
    known: impl FnOnce() -> Result<HashSet<SecretKey>, E>,
) -> Result<(), E> {
    if candidates.is_empty() {
        return Ok(());
    }
    let added = added()?;
    candidates.retain(|c| {
        let (first, last) = c.lines();
        added.overlaps(first, last)
    });
    if candidates.is_empty() {
        return Ok(());
    }
    let known = known()?;
    candidates.retain(|c| !known.contains(&c.key()));
    Ok(())
}

/// Keeps the structural findings (pipeline checks) a change introduced into one file:
///
/// > A finding is new when the change raises the number of findings with its key above
/// > their number in the file's previous version and the files the change deletes; that
/// > many are reported, those on lines the change added first.
///
/// Unlike a secret, such a finding can arise without an added line (deleting
/// `permissions:` leaves a job with the default token), so no added line is required; and
/// a second copy of a known one (another job on the same movable tag) is new, which a set
/// of keys would hide. `known` counts the keys of the previous version and deleted files.
pub(crate) fn retain_introduced<C: Candidate>(
    candidates: &mut Vec<C>,
    added: &AddedLines,
    known: &HashMap<SecretKey, usize>,
) {
    let mut groups: HashMap<SecretKey, Vec<usize>> = HashMap::new();
    for (i, c) in candidates.iter().enumerate() {
        groups.entry(c.key()).or_default().push(i);
    }
    let mut keep = vec![false; candidates.len()];
    for (key, mut members) in groups {
        let excess = members
            .len()
            .saturating_sub(known.get(&key).copied().unwrap_or(0));
        // Stable: those on added lines first, then in file order.
        members.sort_by_key(|&i| {
            let (first, last) = candidates[i].lines();
            !added.overlaps(first, last)
        });
        for &i in members.iter().take(excess) {
            keep[i] = true;
        }
    }
    let mut flags = keep.into_iter();
    candidates.retain(|_| flags.next().unwrap_or(false));
}

#[cfg(test)]
mod tests {
    use super::*;

    struct At(u32, &'static str);

    impl Candidate for At {
        fn lines(&self) -> (u32, u32) {
            (self.0, self.0)
        }
        fn key(&self) -> SecretKey {
            key("rule", self.1.as_bytes())
        }
    }

    /// The lines of `found` that are new, given the secrets of the old version and of
    /// deleted files in `known`.
    fn keep(old: Option<&[u8]>, new: &[u8], found: Vec<At>, known: &[&str]) -> Vec<u32> {
        let mut found = found;
        retain_new::<_, ()>(
            &mut found,
            || Ok(AddedLines::between(old, new)),
            || Ok(known.iter().map(|s| key("rule", s.as_bytes())).collect()),
        )
        .unwrap();
        found.iter().map(|c| c.0).collect()
    }

    #[test]
    fn a_secret_on_an_added_line_is_new() {
        assert_eq!(keep(Some(b"a\n"), b"a\nS1\n", vec![At(2, "S1")], &[]), [2]);
        assert_eq!(keep(None, b"S1\n", vec![At(1, "S1")], &[]), [1]);
    }

    #[test]
    fn a_secret_on_an_untouched_line_is_not_new() {
        assert!(keep(Some(b"S1\n"), b"S1\nb\n", vec![At(1, "S1")], &["S1"]).is_empty());
    }

    #[test]
    fn a_secret_moved_within_the_file_is_not_new() {
        assert!(keep(Some(b"S1\nb\n"), b"b\nS1\n", vec![At(2, "S1")], &["S1"]).is_empty());
    }

    #[test]
    fn a_secret_from_a_file_the_change_deletes_is_not_new() {
        assert!(keep(None, b"S1\n", vec![At(1, "S1")], &["S1"]).is_empty());
    }

    fn introduced(old: &[u8], new: &[u8], found: Vec<At>, known: &[&str]) -> Vec<u32> {
        let mut found = found;
        let mut counts = HashMap::new();
        for k in known {
            *counts.entry(key("rule", k.as_bytes())).or_insert(0) += 1;
        }
        retain_introduced(&mut found, &AddedLines::between(Some(old), new), &counts);
        found.iter().map(|c| c.0).collect()
    }

    #[test]
    fn a_structural_finding_needs_no_added_line_but_a_new_key() {
        // Deleting line 2 creates the finding on line 1: new although nothing was added.
        assert_eq!(introduced(b"a\nb\n", b"a\n", vec![At(1, "K")], &[]), [1]);
        assert!(introduced(b"a\n", b"a\nb\n", vec![At(1, "K")], &["K"]).is_empty());
    }

    #[test]
    fn a_second_copy_of_a_known_finding_is_new_and_the_added_one_is_kept() {
        let found = vec![At(1, "K"), At(3, "K")];
        assert_eq!(introduced(b"K\nb\n", b"K\nb\nK\n", found, &["K"]), [3]);
    }

    #[test]
    fn known_secrets_are_only_read_when_a_candidate_survives_the_line_check() {
        let mut found = vec![At(1, "S1")];
        retain_new::<_, ()>(
            &mut found,
            || Ok(AddedLines::between(Some(b"S1\n"), b"S1\n")),
            || panic!("asked for known secrets although no line was added"),
        )
        .unwrap();
        assert!(found.is_empty());
    }
}
