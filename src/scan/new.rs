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

use std::collections::HashSet;

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
