//! Typosquat: a newly added package whose name is a near miss of a popular name.
//!
//! Attackers publish `lodahs`, `reqeusts`, `python-dateutils`, `@evil/lodash` and wait for
//! a slip of the keyboard or of an AI assistant. Each newly added package is compared with
//! the popular names of its ecosystem (`data/popular/*.txt`, compiled in; see the README
//! there for where they come from); a package that is itself in the list is never flagged,
//! so the check is about names that *resemble* popular ones without *being* one.
//!
//! Four kinds of resemblance, tried from the most to the least specific:
//! - **separator**: equal once `-`, `_` and `.` are removed (`pythondateutil`);
//! - **confusable**: equal once look-alike characters are folded (`rn`→`m`, `1`→`l`,
//!   `0`→`o`, `vv`→`w`): `1odash`, `rnoment`;
//! - **scope**: an npm scoped name whose bare part is a popular unscoped name, or a popular
//!   name under another scope, where the scope is not one the popular list uses
//!   (`@evil/lodash`; `@types/lodash` is fine: `@types` is a popular scope);
//! - **edit distance** (optimal string alignment, so a swap of neighbours counts 1):
//!   distance 1 for names of at least [`MIN_LEN_DISTANCE_1`] characters, 2 for names of at
//!   least [`MIN_LEN_DISTANCE_2`]. The limits follow how crowded the popular lists are
//!   (measured with `data/popular/make.py`'s lists, share of popular names that have
//!   another popular name that close): npm 31 % of 2–4 character names at distance 1 (`ms`,
//!   `qs`, `fs`...), 14 % of 5–7 character names at distance 1, 6 % of 8–11 at distance 1
//!   but 16 % at distance 2, and 5 % of names of 12 or more at distance 2 (PyPI: 32 %,
//!   12 %, 4 %, 16 %, 8.5 %). Below five characters any new name would resemble
//!   something; distance 2 only becomes as sparse as distance 1 on mid-length names from
//!   twelve characters on, where typos also more often touch two characters.
//!
//! Go module paths are compared by their repository root without a major-version suffix
//! (`/v2`, `.v3`), so `github.com/x/y/v2` and a sub-package of a popular module are not
//! near misses of `github.com/x/y`.
//!
//! **Established names are never flagged.** A name that ranks below the popular list by
//! downloads but among the most used of its ecosystem (npm ranks 5,001 to 50,000, PyPI
//! 5,001 to 15,000: `data/popular/*-established.txt`) has been in wide use for long; a
//! squat is new and little used. `httperrors` beside `http-errors`, or
//! `babel-plugin-transform-object-rest-spread` beside `@babel/plugin-...`, are such names.
//!
//! **Cost.** Distances are computed only for the candidates of a piece index
//! (`pieces.rs`), built in well under a millisecond; separator, confusable and scope
//! look-ups are hash look-ups. The check costs microseconds a name, whatever the
//! length of the lists.

mod pieces;

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use lockfile_parsers::Ecosystem;

use crate::finding::{Similarity, Verdict};

use pieces::PieceIndex;

/// Names shorter than this are only compared by separator, confusable and scope swaps.
pub(crate) const MIN_LEN_DISTANCE_1: usize = 5;
/// Names at least this long may be two edits away from the popular name.
pub(crate) const MIN_LEN_DISTANCE_2: usize = 12;

const NPM: &str = include_str!("../../data/popular/npm.txt");
const PYPI: &str = include_str!("../../data/popular/pypi.txt");
const CRATES: &str = include_str!("../../data/popular/crates.txt");
const GO: &str = include_str!("../../data/popular/go.txt");
const NPM_ESTABLISHED: &str = include_str!("../../data/popular/npm-established.txt");
const PYPI_ESTABLISHED: &str = include_str!("../../data/popular/pypi-established.txt");

/// The popular name a package resembles, and how.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Resemblance {
    pub resembles: &'static str,
    pub similarity: Similarity,
}

/// One ecosystem's popular names with the indexes the comparisons need.
pub(crate) struct Popular {
    ecosystem: Ecosystem,
    /// Comparison keys (see [`key`]) of every popular name.
    keys: HashSet<String>,
    /// Keys of established names: ranked below the popular ones by downloads, so not
    /// compared with, but long-standing and widely used, so never flagged either.
    /// Sorted, as the list files are, so no name is copied.
    established: Vec<&'static str>,
    /// Names as listed, with their key; a name's id is its position here.
    names: Vec<(&'static str, String)>,
    /// The characters of every key in `names`, one after another; key `id` is
    /// `chars[spans[id].0..spans[id].1]` (decoded once, not per comparison).
    chars: Vec<char>,
    spans: Vec<(u32, u32)>,
    /// The ids of `names` filed under their pieces, for the edit distance.
    index: PieceIndex,
    by_separator: HashMap<String, &'static str>,
    by_confusable: HashMap<String, &'static str>,
    /// Bare names (after the scope) of popular npm names, scoped or not.
    bare: HashMap<&'static str, &'static str>,
    scopes: HashSet<&'static str>,
}

impl Popular {
    fn build(ecosystem: Ecosystem, text: &'static str, established: &'static str) -> Popular {
        let mut p = Popular {
            ecosystem,
            keys: HashSet::new(),
            established: sorted(names(established)),
            names: Vec::new(),
            chars: Vec::new(),
            spans: Vec::new(),
            index: PieceIndex::new(distance_limit),
            by_separator: HashMap::new(),
            by_confusable: HashMap::new(),
            bare: HashMap::new(),
            scopes: HashSet::new(),
        };
        for name in names(text) {
            let k = key(ecosystem, name);
            p.by_separator.entry(strip_separators(&k)).or_insert(name);
            p.by_confusable.entry(fold_confusables(&k)).or_insert(name);
            if ecosystem == Ecosystem::Npm {
                // An unscoped popular name is the better answer to "resembles what".
                match split_scope(name) {
                    (Some(scope), bare) => {
                        p.scopes.insert(scope);
                        p.bare.entry(bare).or_insert(name);
                    }
                    (None, bare) => {
                        p.bare.insert(bare, name);
                    }
                }
            }
            if p.keys.insert(k.clone()) {
                let start = p.chars.len();
                p.chars.extend(k.chars());
                p.index.insert(p.names.len() as u32, &p.chars[start..]);
                p.spans.push((start as u32, p.chars.len() as u32));
                p.names.push((name, k));
            }
        }
        p
    }

    /// The popular name `name` resembles, if any; `None` for popular and established
    /// names themselves.
    pub(crate) fn resemblance(&self, name: &str) -> Option<Resemblance> {
        let k = key(self.ecosystem, name);
        if self.keys.contains(&k) || self.established.binary_search(&k.as_str()).is_ok() {
            return None;
        }
        let hit = |resembles, similarity| {
            Some(Resemblance {
                resembles,
                similarity,
            })
        };
        if let Some(&p) = self.by_separator.get(&strip_separators(&k)) {
            return hit(p, Similarity::Separator);
        }
        if let Some(&p) = self.by_confusable.get(&fold_confusables(&k)) {
            return hit(p, Similarity::ConfusableCharacters);
        }
        if let Some(p) = self.scope_swap(name) {
            return hit(p, Similarity::Scope);
        }
        self.nearest(&k).and_then(|(p, d)| {
            let similarity = match d {
                1 => Similarity::EditDistance1,
                _ => Similarity::EditDistance2,
            };
            hit(p, similarity)
        })
    }

    fn scope_swap(&self, name: &str) -> Option<&'static str> {
        if self.ecosystem != Ecosystem::Npm {
            return None;
        }
        let (Some(scope), bare) = split_scope(name) else {
            return None;
        };
        if self.scopes.contains(scope) {
            return None;
        }
        self.bare.get(bare).copied()
    }

    /// The closest popular name within the allowed distance for this length: the first
    /// in list order among the nearest. Distances are computed only for the candidates
    /// the piece index returns.
    fn nearest(&self, k: &str) -> Option<(&'static str, usize)> {
        let chars: Vec<char> = k.chars().collect();
        let limit = distance_limit(chars.len())?;
        let candidates = self.index.candidates(&chars, limit);
        let mut rows = Rows::default();
        let mut best: Option<(&'static str, usize)> = None;
        for id in candidates {
            let (start, end) = self.spans[id as usize];
            let pk = &self.chars[start as usize..end as usize];
            // Only a nearer name can replace the best so far.
            let limit = match best {
                Some((_, 0)) => break,
                Some((_, d)) => d - 1,
                None => limit,
            };
            if let Some(d) = close_enough(&chars, pk, limit, &mut rows) {
                best = Some((self.names[id as usize].0, d));
            }
        }
        best
    }
}

/// How many edits a name of `len` characters may be from a popular name; `None` below
/// [`MIN_LEN_DISTANCE_1`].
fn distance_limit(len: usize) -> Option<usize> {
    match len {
        n if n >= MIN_LEN_DISTANCE_2 => Some(2),
        n if n >= MIN_LEN_DISTANCE_1 => Some(1),
        _ => None,
    }
}

/// The distance from key `k` to popular key `pk` when it counts as a near miss under
/// `limit`.
fn close_enough(k: &[char], pk: &[char], limit: usize, rows: &mut Rows) -> Option<usize> {
    let plen = pk.len();
    // The popular name must itself be long enough for this distance, or `react` would
    // "resemble" `reac`.
    if plen.abs_diff(k.len()) > limit || plen < MIN_LEN_DISTANCE_1 {
        return None;
    }
    let d = osa_within(k, pk, limit, rows)?;
    (d < 2 || plen >= MIN_LEN_DISTANCE_2).then_some(d)
}

/// Rows of the distance table, kept across the comparisons of one name.
#[derive(Default)]
struct Rows {
    two_back: Vec<usize>,
    previous: Vec<usize>,
    current: Vec<usize>,
}

/// The optimal string alignment distance of `a` and `b` (edits, and swaps of neighbours,
/// each counting 1), or `None` when it exceeds `limit`.
///
/// `strsim::osa_distance` computes the whole table, with five allocations, for every
/// candidate; here only the diagonal band `|i - j| <= limit` that a distance within the
/// limit can pass through is computed, in rows reused across candidates, and the
/// comparison stops at the first row whose band is all above the limit. (Same values as
/// strsim within the limit: `the_bounded_distance_is_strsims_within_the_limit`.)
fn osa_within(a: &[char], b: &[char], limit: usize, rows: &mut Rows) -> Option<usize> {
    let (n, m) = (a.len(), b.len());
    if n.abs_diff(m) > limit {
        return None;
    }
    let over = limit + 1;
    let Rows {
        two_back,
        previous,
        current,
    } = rows;
    for row in [&mut *two_back, &mut *previous, &mut *current] {
        row.clear();
        row.resize(m + 1, over);
    }
    for (j, cell) in previous.iter_mut().enumerate().take(limit.min(m) + 1) {
        *cell = j;
    }
    for i in 1..=n {
        let (from, to) = (i.saturating_sub(limit).max(1), (i + limit).min(m));
        current.fill(over);
        if i <= limit {
            current[0] = i;
        }
        let mut best = current[0];
        for j in from..=to {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (previous[j - 1] + cost)
                .min(previous[j] + 1)
                .min(current[j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(two_back[j - 2] + 1);
            }
            current[j] = d.min(over);
            best = best.min(current[j]);
        }
        if best > limit {
            return None;
        }
        std::mem::swap(two_back, previous);
        std::mem::swap(previous, current);
    }
    let d = previous[m];
    (d <= limit).then_some(d)
}

/// The popular names of one ecosystem, built once per process.
pub(crate) fn popular(ecosystem: Ecosystem) -> &'static Popular {
    static LISTS: [OnceLock<Popular>; 4] = [const { OnceLock::new() }; 4];
    // No download ranking exists offline for crates and Go modules: nothing is
    // established there beyond the popular list (data/popular/README.md).
    let (i, text, established) = match ecosystem {
        Ecosystem::Npm => (0, NPM, NPM_ESTABLISHED),
        Ecosystem::PyPI => (1, PYPI, PYPI_ESTABLISHED),
        Ecosystem::Go => (2, GO, ""),
        Ecosystem::Cargo => (3, CRATES, ""),
    };
    LISTS[i].get_or_init(|| Popular::build(ecosystem, text, established))
}

/// The names, sorted (the list files are sorted already, which the sort detects).
fn sorted(names: impl Iterator<Item = &'static str>) -> Vec<&'static str> {
    let mut v: Vec<&'static str> = names.collect();
    v.sort_unstable();
    v
}

/// The names of a list file: one a line, `#` lines are comments.
fn names(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The `typosquat` verdict for a newly added package, or nothing.
pub fn check(ecosystem: Ecosystem, name: &str) -> Option<Verdict> {
    #[cfg(test)]
    CHECKED.with(|n| n.set(n.get() + 1));
    let r = popular(ecosystem).resemblance(name)?;
    Some(Verdict::Typosquat {
        resembles: r.resembles.to_string(),
        similarity: r.similarity,
    })
}

#[cfg(test)]
thread_local! {
    /// Names this thread has checked: lets a test see that a switched-off check never ran.
    pub(crate) static CHECKED: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// What two names are compared by: lowercase; PEP 503 for Python (`-`, `_`, `.` runs are
/// one `-`); for Go the repository root without a major-version suffix.
fn key(ecosystem: Ecosystem, name: &str) -> String {
    let lower = name.trim().to_ascii_lowercase();
    match ecosystem {
        Ecosystem::PyPI => lockfile_parsers::pep503(&lower),
        Ecosystem::Go => go_root(&lower),
        Ecosystem::Npm | Ecosystem::Cargo => lower,
    }
}

/// `github.com/owner/repo` of a deeper path on the big code hosts (their module roots are
/// always three elements), the path less a `/vN` or `.vN` major-version suffix elsewhere.
fn go_root(path: &str) -> String {
    let parts: Vec<&str> = path.split('/').collect();
    let hosted = matches!(
        parts.first().copied(),
        Some("github.com" | "gitlab.com" | "bitbucket.org")
    );
    let mut parts = if hosted && parts.len() > 3 {
        parts[..3].to_vec()
    } else {
        parts
    };
    if parts.len() > 1 && parts.last().is_some_and(|l| is_major(l.strip_prefix('v'))) {
        parts.pop();
    }
    let mut root = parts.join("/");
    if let Some(dot) = root.rfind(".v")
        && is_major(root.get(dot + 2..))
    {
        root.truncate(dot);
    }
    root
}

fn is_major(digits: Option<&str>) -> bool {
    digits.is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
}

fn strip_separators(k: &str) -> String {
    k.chars()
        .filter(|c| !matches!(c, '-' | '_' | '.'))
        .collect()
}

/// Folds characters that look alike in common fonts onto one spelling, after removing
/// separators (a squatter may combine both).
fn fold_confusables(k: &str) -> String {
    strip_separators(k)
        .replace("rn", "m")
        .replace("vv", "w")
        .replace(['1', 'i'], "l")
        .replace('0', "o")
}

fn split_scope(name: &str) -> (Option<&str>, &str) {
    match name.strip_prefix('@').and_then(|n| n.split_once('/')) {
        Some((scope, bare)) => (Some(scope), bare),
        None => (None, name),
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    fn resembles(eco: Ecosystem, name: &str) -> Option<(&'static str, &'static str)> {
        popular(eco)
            .resemblance(name)
            .map(|r| (r.resembles, r.similarity.as_str()))
    }

    #[test]
    fn required_popular_names_are_listed() {
        for (eco, name) in [
            (Ecosystem::Npm, "lodash"),
            (Ecosystem::Npm, "react"),
            (Ecosystem::PyPI, "requests"),
            (Ecosystem::PyPI, "numpy"),
            (Ecosystem::Cargo, "serde"),
            (Ecosystem::Cargo, "tokio"),
            (Ecosystem::Go, "github.com/stretchr/testify"),
        ] {
            assert!(popular(eco).keys.contains(&key(eco, name)), "{eco} {name}");
        }
    }

    #[test]
    fn go_roots_drop_major_versions_and_sub_packages() {
        assert_eq!(go_root("github.com/a/b/v2"), "github.com/a/b");
        assert_eq!(go_root("github.com/a/b/sub/pkg"), "github.com/a/b");
        assert_eq!(go_root("gopkg.in/yaml.v3"), "gopkg.in/yaml");
        assert_eq!(go_root("golang.org/x/crypto"), "golang.org/x/crypto");
    }

    #[test]
    fn confusables_fold_onto_one_spelling() {
        assert_eq!(fold_confusables("rnoment"), fold_confusables("moment"));
        assert_eq!(fold_confusables("1odash"), fold_confusables("lodash"));
        assert_eq!(fold_confusables("l0dash"), fold_confusables("lodash"));
    }

    /// The edit-distance scan as it was before the piece index: every popular name
    /// compared with the new one.
    fn nearest_linear(p: &Popular, k: &str) -> Option<(&'static str, usize)> {
        let len = k.chars().count();
        let limit = distance_limit(len)?;
        let mut best: Option<(&'static str, usize)> = None;
        for (name, pk) in &p.names {
            let plen = pk.chars().count();
            if plen.abs_diff(len) > limit || plen < MIN_LEN_DISTANCE_1 {
                continue;
            }
            let d = strsim::osa_distance(k, pk);
            if d <= limit && (d < 2 || plen >= MIN_LEN_DISTANCE_2) && best.is_none_or(|b| d < b.1) {
                best = Some((name, d));
            }
        }
        best
    }

    #[test]
    fn the_bounded_distance_is_strsims_within_the_limit() {
        let words = [
            "lodash",
            "lodahs",
            "lodas",
            "olodash",
            "ldoash",
            "abcdef",
            "badcfe",
            "ab",
            "ba",
            "",
            "a",
            "eslint-plugin-react",
            "eslint-plugn-raect",
            "seilnt-plugin-reatc",
            "kitten",
            "sitting",
            "ca",
            "abc",
            "acb",
            "cab",
        ];
        let mut rows = Rows::default();
        for a in words {
            for b in words {
                let (ca, cb): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
                let exact = strsim::osa_distance(a, b);
                for limit in 0..4 {
                    assert_eq!(
                        osa_within(&ca, &cb, limit, &mut rows),
                        (exact <= limit).then_some(exact),
                        "{a} {b} {limit}"
                    );
                }
            }
        }
    }

    /// Near misses of a popular name, derived deterministically from its position: a
    /// swap, a deletion, an insertion, a substitution, and two edits at once.
    fn mutations(name: &str, seed: usize) -> Vec<String> {
        let c: Vec<char> = name.chars().collect();
        let n = c.len();
        if n < 2 {
            return Vec::new();
        }
        let (i, j) = (seed % (n - 1), (seed * 7 + 3) % n);
        let letter = char::from(b'a' + (seed % 26) as u8);
        let mut swap = c.clone();
        swap.swap(i, i + 1);
        let mut delete = c.clone();
        delete.remove(j);
        let mut insert = c.clone();
        insert.insert(j, letter);
        let mut substitute = c.clone();
        substitute[j] = letter;
        let mut two = swap.clone();
        two.insert(j, letter);
        [swap, delete, insert, substitute, two]
            .into_iter()
            .map(|v| v.into_iter().collect())
            .collect()
    }

    /// Real package names of the lockfile corpus (the independent expectations list
    /// every added, removed and changed name).
    fn corpus_names(eco: &str) -> Vec<String> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("corpus/lockfiles")
            .join(eco);
        let mut names = Vec::new();
        for file in std::fs::read_dir(dir).unwrap().flatten() {
            let text = std::fs::read_to_string(file.path()).unwrap();
            let v: serde_json::Value = serde_json::from_str(&text).unwrap();
            for field in ["added", "removed", "changed"] {
                for row in v[field].as_array().unwrap() {
                    names.push(row[0].as_str().unwrap().to_string());
                }
            }
        }
        names
    }

    /// The index returns the same nearest name (first in list order among the closest)
    /// as comparing with every popular name did, on near misses of every popular name
    /// and on the real names of the corpus.
    #[test]
    fn the_piece_index_finds_what_the_linear_scan_found() {
        for (eco, dir) in [
            (Ecosystem::Npm, "npm"),
            (Ecosystem::PyPI, "python"),
            (Ecosystem::Cargo, "cargo"),
            (Ecosystem::Go, "go"),
        ] {
            let p = popular(eco);
            // A few hundred real names and every 40th popular name's near misses: the linear
            // scan is slow in debug builds.
            let mut sample: Vec<String> = corpus_names(dir);
            sample.sort_unstable();
            sample.dedup();
            let step = sample.len() / 300 + 1;
            let mut sample: Vec<String> = sample.into_iter().step_by(step).collect();
            for (seed, (_, k)) in p.names.iter().enumerate().step_by(40) {
                sample.extend(mutations(k, seed));
            }
            let (mut compared, mut found) = (0, 0);
            for name in &sample {
                let k = key(eco, name);
                let fast = p.nearest(&k);
                assert_eq!(fast, nearest_linear(p, &k), "{eco} {name}");
                compared += 1;
                found += usize::from(fast.is_some());
            }
            assert!(
                compared > 100 && found * 4 > compared,
                "{eco}: {found} of {compared}"
            );
        }
    }

    #[test]
    fn short_names_are_not_compared_by_distance() {
        // `reac` is one edit from `react`, but four letters are too dense a space.
        assert_eq!(resembles(Ecosystem::Npm, "reac"), None);
        assert_eq!(
            resembles(Ecosystem::Npm, "raect"),
            Some(("react", "edit-distance-1"))
        );
    }
}
