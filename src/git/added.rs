//! Which lines of a new file version a change added, by a line diff against the previous
//! version (imara-diff's histogram algorithm, as `git diff --histogram`).
//!
//! Only lines matter, not hunks: a finding is kept when any line it spans was added, so a
//! PEM key of which one line changed is reported, and an untouched key beside an edit is
//! not.

use gix::diff::blob::{Algorithm, Diff, InternedInput, sources::byte_lines};

/// The added lines of a new file version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AddedLines {
    /// A new file: every line is added.
    All,
    /// `added[i]` is true when line `i + 1` of the new version was added.
    Some(Vec<bool>),
}

impl AddedLines {
    /// Compares `new` against `old`; with no old version every line is added.
    pub fn between(old: Option<&[u8]>, new: &[u8]) -> AddedLines {
        let Some(old) = old else {
            return AddedLines::All;
        };
        let input = InternedInput::new(byte_lines(old), byte_lines(new));
        let diff = Diff::compute(Algorithm::Histogram, &input);
        AddedLines::Some(
            (0..input.after.len() as u32)
                .map(|i| diff.is_added(i))
                .collect(),
        )
    }

    /// True when any line of the 1-based inclusive range `[first, last]` was added.
    pub fn overlaps(&self, first: u32, last: u32) -> bool {
        match self {
            AddedLines::All => true,
            AddedLines::Some(added) => (first.max(1)..=last.max(first))
                .any(|line| added.get(line as usize - 1).copied().unwrap_or(false)),
        }
    }
}

/// The changed regions between two versions of a file, as 0-based line ranges of the
/// old and of the new version (one of them empty for a pure insertion or deletion).
pub(crate) fn hunks(old: &[u8], new: &[u8]) -> Vec<(std::ops::Range<u32>, std::ops::Range<u32>)> {
    let input = InternedInput::new(byte_lines(old), byte_lines(new));
    Diff::compute(Algorithm::Histogram, &input)
        .hunks()
        .map(|h| (h.before, h.after))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_file_adds_every_line() {
        let added = AddedLines::between(None, b"a\nb\n");
        assert!(added.overlaps(1, 1) && added.overlaps(2, 2));
    }

    #[test]
    fn only_inserted_and_changed_lines_are_added() {
        let added = AddedLines::between(Some(b"one\ntwo\nthree\n"), b"one\nTWO\nthree\nfour\n");
        assert!(!added.overlaps(1, 1));
        assert!(added.overlaps(2, 2));
        assert!(!added.overlaps(3, 3));
        assert!(added.overlaps(4, 4));
        assert!(
            added.overlaps(1, 2),
            "a multi-line span touching one added line counts"
        );
    }

    #[test]
    fn a_pure_deletion_adds_nothing() {
        let added = AddedLines::between(Some(b"a\nsecret\nb\n"), b"a\nb\n");
        assert!(!added.overlaps(1, 2));
    }

    #[test]
    fn lines_past_the_end_are_not_added() {
        let added = AddedLines::between(Some(b"a\n"), b"a\n");
        assert!(!added.overlaps(5, 9));
    }
}
