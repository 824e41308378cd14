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

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use lockfile_parsers::Ecosystem;

use crate::finding::{Similarity, Verdict};

/// Names shorter than this are only compared by separator, confusable and scope swaps.
pub(crate) const MIN_LEN_DISTANCE_1: usize = 5;
/// Names at least this long may be two edits away from the popular name.
pub(crate) const MIN_LEN_DISTANCE_2: usize = 12;

const NPM: &str = include_str!("../../data/popular/npm.txt");
const PYPI: &str = include_str!("../../data/popular/pypi.txt");
const CRATES: &str = include_str!("../../data/popular/crates.txt");
const GO: &str = include_str!("../../data/popular/go.txt");

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
    /// Names as listed, with their key, for the edit-distance scan.
    names: Vec<(&'static str, String)>,
    by_separator: HashMap<String, &'static str>,
    by_confusable: HashMap<String, &'static str>,
    /// Bare names (after the scope) of popular npm names, scoped or not.
    bare: HashMap<&'static str, &'static str>,
    scopes: HashSet<&'static str>,
}

impl Popular {
    fn build(ecosystem: Ecosystem, text: &'static str) -> Popular {
        let mut p = Popular {
            ecosystem,
            keys: HashSet::new(),
            names: Vec::new(),
            by_separator: HashMap::new(),
            by_confusable: HashMap::new(),
            bare: HashMap::new(),
            scopes: HashSet::new(),
        };
        for name in text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
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
                p.names.push((name, k));
            }
        }
        p
    }

    /// The popular name `name` resembles, if any; `None` for popular names themselves.
    pub(crate) fn resemblance(&self, name: &str) -> Option<Resemblance> {
        let k = key(self.ecosystem, name);
        if self.keys.contains(&k) {
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

    /// The closest popular name within the allowed distance for this length.
    fn nearest(&self, k: &str) -> Option<(&'static str, usize)> {
        let len = k.chars().count();
        let limit = match len {
            n if n >= MIN_LEN_DISTANCE_2 => 2,
            n if n >= MIN_LEN_DISTANCE_1 => 1,
            _ => return None,
        };
        let mut best: Option<(&'static str, usize)> = None;
        for (name, pk) in &self.names {
            let plen = pk.chars().count();
            // The popular name must itself be long enough for this distance, or `react`
            // would "resemble" `reac`.
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
}

/// The popular names of one ecosystem, built once per process.
pub(crate) fn popular(ecosystem: Ecosystem) -> &'static Popular {
    static LISTS: [OnceLock<Popular>; 4] = [const { OnceLock::new() }; 4];
    let (i, text) = match ecosystem {
        Ecosystem::Npm => (0, NPM),
        Ecosystem::PyPI => (1, PYPI),
        Ecosystem::Go => (2, GO),
        Ecosystem::Cargo => (3, CRATES),
    };
    LISTS[i].get_or_init(|| Popular::build(ecosystem, text))
}

/// The `typosquat` verdict for a newly added package, or nothing.
pub fn check(ecosystem: Ecosystem, name: &str) -> Option<Verdict> {
    let r = popular(ecosystem).resemblance(name)?;
    Some(Verdict::Typosquat {
        resembles: r.resembles.to_string(),
        similarity: r.similarity,
    })
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
