//! Which old version became which new one, when a name changes several versions at once.
//!
//! A name can be installed in several versions (npm's nested `node_modules`, Cargo's
//! semver-incompatible duplicates). Versions on both sides are unchanged; the others are
//! paired so that the report reads like the change:
//!
//! 1. **Same line first.** A line is what the ecosystem treats as compatible: the major
//!    version, or the minor one for `0.x`. Within a line, old and new versions are paired
//!    in ascending order, which never turns two upgrades into a crossing downgrade.
//! 2. **Then the nearest.** What is left on both sides is paired by closeness of the
//!    release numbers (major, then minor, then patch), so `1.x → 3.x` beside a new `2.x`
//!    pairs the nearest lines.
//! 3. **The rest is added or removed.** A new version in a line the base lacks, with no old
//!    version left to pair, is a second copy beside the first, not a downgrade: base
//!    bitflags 2.11.1, head 1.3.2 and 2.13.0 is 2.11.1 → 2.13.0 plus an added 1.3.2.
//!
//! A single version on each side is always one pair, whatever the lines, so a real
//! downgrade (`2.0.0 → 1.9.0`, nothing else) stays a downgrade. The number of pairs is the
//! smaller of the two sides' counts, as in the ascending pairing this replaces, so the
//! shared lockfile corpus' counts of added, removed and changed do not move; only which
//! version is which does.

use std::cmp::Reverse;

use lockfile_parsers::Ecosystem;
use lockfile_parsers::version::Version;

/// How a name's versions that are only on one side pair up. Inputs are in ascending
/// ecosystem order (unpinned and unorderable last in the order the diff sorts them);
/// outputs keep each side's order.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Pairing<'a> {
    pub pairs: Vec<(Option<&'a str>, Option<&'a str>)>,
    pub removed: Vec<Option<&'a str>>,
    pub added: Vec<Option<&'a str>>,
}

/// Pairs `old` (only in the base) with `new` (only in the head).
pub(crate) fn pair<'a>(
    eco: Ecosystem,
    old: &[Option<&'a str>],
    new: &[Option<&'a str>],
) -> Pairing<'a> {
    let (ro, rn): (Vec<_>, Vec<_>) = (
        old.iter().map(|v| release(eco, *v)).collect(),
        new.iter().map(|v| release(eco, *v)).collect(),
    );
    let mut old_taken = vec![false; old.len()];
    let mut new_taken = vec![false; new.len()];
    let mut matched: Vec<(usize, usize)> = Vec::new();
    // 1. Ascending within each line.
    let mut lines: Vec<Line> = ro.iter().flatten().map(|r| line(r)).collect();
    lines.sort_unstable();
    lines.dedup();
    for l in lines {
        let o = (0..old.len()).filter(|&i| ro[i].as_ref().map(|r| line(r)) == Some(l));
        let n = (0..new.len()).filter(|&j| rn[j].as_ref().map(|r| line(r)) == Some(l));
        for (i, j) in o.zip(n) {
            old_taken[i] = true;
            new_taken[j] = true;
            matched.push((i, j));
        }
    }
    // 2. The nearest of what is left, one pair at a time; ties go to the lower versions.
    loop {
        let best = (0..old.len())
            .filter(|&i| !old_taken[i])
            .flat_map(|i| {
                (0..new.len())
                    .filter(|&j| !new_taken[j])
                    .map(move |j| (i, j))
            })
            .min_by_key(|&(i, j)| (distance(ro[i].as_deref(), rn[j].as_deref()), i, j));
        let Some((i, j)) = best else { break };
        old_taken[i] = true;
        new_taken[j] = true;
        matched.push((i, j));
    }
    matched.sort_unstable_by_key(|&(i, j)| (j, i));
    Pairing {
        pairs: matched.into_iter().map(|(i, j)| (old[i], new[j])).collect(),
        removed: (0..old.len())
            .filter(|&i| !old_taken[i])
            .map(|i| old[i])
            .collect(),
        added: (0..new.len())
            .filter(|&j| !new_taken[j])
            .map(|j| new[j])
            .collect(),
    }
}

/// A compatibility line: `(major, 0)`, or `(0, minor)` for `0.x`.
type Line = (u64, u64);

fn line(release: &[u64]) -> Line {
    match release {
        [0, minor, ..] => (0, *minor),
        [major, ..] => (*major, 0),
        [] => (0, 0),
    }
}

/// The release numbers of a version the ecosystem can read; `None` for unpinned and
/// unreadable versions.
fn release(eco: Ecosystem, version: Option<&str>) -> Option<Vec<u64>> {
    Some(match Version::parse(eco, version?)? {
        Version::SemVer(v) => vec![v.major, v.minor, v.patch],
        Version::Pep440(v) => v.release().to_vec(),
    })
}

/// Closeness of two releases: the first release number that differs and by how much;
/// versions without a release are farther than any two with one.
fn distance(a: Option<&[u64]>, b: Option<&[u64]>) -> (bool, Reverse<usize>, u64) {
    let (Some(a), Some(b)) = (a, b) else {
        return (true, Reverse(0), 0);
    };
    let at = (0..a.len().max(b.len()))
        .find(|&k| a.get(k).unwrap_or(&0) != b.get(k).unwrap_or(&0))
        .unwrap_or(a.len().max(b.len()));
    let gap = a.get(at).unwrap_or(&0).abs_diff(*b.get(at).unwrap_or(&0));
    (false, Reverse(at), gap)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(eco: Ecosystem, old: &[&str], new: &[&str]) -> Pairing<'static> {
        let leak = |v: &[&str]| -> Vec<Option<&'static str>> {
            v.iter()
                .map(|s| Some(&*Box::leak(s.to_string().into_boxed_str())))
                .collect()
        };
        pair(eco, &leak(old), &leak(new))
    }

    #[test]
    fn a_new_copy_in_an_older_major_line_is_added_beside_the_upgrade() {
        let p = run(Ecosystem::Cargo, &["2.11.1"], &["1.3.2", "2.13.0"]);
        assert_eq!(p.pairs, [(Some("2.11.1"), Some("2.13.0"))]);
        assert_eq!(p.added, [Some("1.3.2")]);
        assert!(p.removed.is_empty());
    }

    #[test]
    fn zero_versions_pair_by_minor() {
        let p = run(Ecosystem::Npm, &["0.4.1", "0.5.2"], &["0.5.9"]);
        assert_eq!(p.pairs, [(Some("0.5.2"), Some("0.5.9"))]);
        assert_eq!(p.removed, [Some("0.4.1")]);
    }

    #[test]
    fn a_single_version_on_each_side_is_one_pair_even_across_majors() {
        let p = run(Ecosystem::Npm, &["2.0.0"], &["1.9.0"]);
        assert_eq!(p.pairs, [(Some("2.0.0"), Some("1.9.0"))]);
        let p = run(Ecosystem::Npm, &["1.9.0"], &["3.0.0"]);
        assert_eq!(p.pairs, [(Some("1.9.0"), Some("3.0.0"))]);
    }

    #[test]
    fn within_a_line_pairs_do_not_cross() {
        // Nearest-first would pair 2.5 → 2.4, a downgrade nobody made.
        let p = run(Ecosystem::Npm, &["2.1.0", "2.5.0"], &["2.4.0", "2.9.0"]);
        assert_eq!(
            p.pairs,
            [
                (Some("2.1.0"), Some("2.4.0")),
                (Some("2.5.0"), Some("2.9.0"))
            ]
        );
    }

    #[test]
    fn leftovers_pair_with_the_nearest_line() {
        let p = run(Ecosystem::PyPI, &["1.0", "4.0"], &["5.1"]);
        assert_eq!(p.pairs, [(Some("4.0"), Some("5.1"))]);
        assert_eq!(p.removed, [Some("1.0")]);
    }

    #[test]
    fn unpinned_and_unreadable_versions_still_pair() {
        let p = pair(Ecosystem::PyPI, &[None], &[Some("2.6.4")]);
        assert_eq!(p.pairs, [(None, Some("2.6.4"))]);
        let p = run(Ecosystem::Npm, &["github:a/b#1"], &["github:a/b#2"]);
        assert_eq!(p.pairs, [(Some("github:a/b#1"), Some("github:a/b#2"))]);
    }
}
