//! Version ordering per ecosystem, as advisory range matching needs it.
//!
//! OSV ranges are written in each ecosystem's own version language, so "is 1.2.3 below
//! the fix" must be answered by that ecosystem's rules, never by string order:
//!
//! - npm and Rust crates: SemVer 2.0 precedence. Build metadata never affects order
//!   (the `semver` crate's `Ord` uses it as a tie-breaker, so we use `cmp_precedence`).
//!   npm versions are parsed leniently the way npm's loose mode reads them
//!   (`v1.2.3`, `=1.2.3`, `1.2` as `1.2.0`); crate versions must be full SemVer.
//! - Go module versions: SemVer with an optional `v` prefix (OSV's Go records omit it,
//!   go.mod writes it). Pseudo-versions (`v0.0.0-20180525145409-4c9aadca8f89`,
//!   `v1.2.4-0.2018…`, `v1.2.3-pre.0.2018…`) are SemVer pre-releases whose identifiers
//!   were designed to sort correctly under plain SemVer precedence, and `+incompatible`
//!   is build metadata, so both order correctly without special cases. Go's shorthand
//!   `v1` / `v1.2` (no pre-release) is accepted as `v1.0.0` / `v1.2.0`.
//! - PyPI: PEP 440 through `pep440_rs` (epochs, pre/post/dev releases, local versions,
//!   and normalisation such as `0.8.0-alpha2` = `0.8.0a2`).

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use crate::Ecosystem;

/// A version parsed by its ecosystem's rules. Two versions only compare when they come
/// from the same version language; comparing across languages yields `None`.
#[derive(Clone, Debug)]
pub enum Version {
    /// npm, Rust crates and Go modules (with the `v` prefix removed).
    SemVer(semver::Version),
    /// PyPI.
    Pep440(pep440_rs::Version),
}

impl Version {
    /// Parses `text` as a version of `eco`; `None` when it is not one.
    pub fn parse(eco: Ecosystem, text: &str) -> Option<Version> {
        let text = text.trim();
        match eco {
            Ecosystem::Npm => parse_npm(text).map(Version::SemVer),
            Ecosystem::Cargo => semver::Version::parse(text).ok().map(Version::SemVer),
            Ecosystem::Go => parse_go(text).map(Version::SemVer),
            Ecosystem::PyPI => pep440_rs::Version::from_str(text).ok().map(Version::Pep440),
        }
    }

    /// True for pre-releases (SemVer pre-release identifiers; PEP 440 a/b/rc/dev).
    pub fn is_prerelease(&self) -> bool {
        match self {
            Version::SemVer(v) => !v.pre.is_empty(),
            Version::Pep440(v) => v.any_prerelease(),
        }
    }
}

impl PartialEq for Version {
    fn eq(&self, other: &Self) -> bool {
        self.partial_cmp(other) == Some(Ordering::Equal)
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        match (self, other) {
            (Version::SemVer(a), Version::SemVer(b)) => Some(a.cmp_precedence(b)),
            (Version::Pep440(a), Version::Pep440(b)) => Some(a.cmp(b)),
            _ => None,
        }
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Version::SemVer(v) => v.fmt(f),
            Version::Pep440(v) => v.fmt(f),
        }
    }
}

/// Orders two version strings of `eco`; `None` if either is not a valid version there.
pub fn compare(eco: Ecosystem, a: &str, b: &str) -> Option<Ordering> {
    Version::parse(eco, a)?.partial_cmp(&Version::parse(eco, b)?)
}

/// npm loose mode: optional `v` or `=` prefix, and a missing minor or patch is zero.
fn parse_npm(text: &str) -> Option<semver::Version> {
    let text = text.strip_prefix('=').unwrap_or(text).trim_start();
    let text = text.strip_prefix(['v', 'V']).unwrap_or(text);
    semver::Version::parse(text)
        .ok()
        .or_else(|| semver::Version::parse(&pad_core(text)?).ok())
}

/// Go module versions: optional `v`; `v1` and `v1.2` are shorthand only without a
/// pre-release or build suffix, as in Go's own `semver` package.
fn parse_go(text: &str) -> Option<semver::Version> {
    let text = text.strip_prefix('v').unwrap_or(text);
    if let Ok(v) = semver::Version::parse(text) {
        return Some(v);
    }
    if text.contains(['-', '+']) {
        return None;
    }
    semver::Version::parse(&pad_core(text)?).ok()
}

/// Pads `1` or `1.2` (optionally followed by `-pre` / `+build`) to three components.
fn pad_core(text: &str) -> Option<String> {
    let split = text.find(['-', '+']).unwrap_or(text.len());
    let (core, rest) = text.split_at(split);
    let parts = core.split('.').count();
    if parts >= 3 || core.is_empty() || !core.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return None;
    }
    let zeros = ".0".repeat(3 - parts);
    Some(format!("{core}{zeros}{rest}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Ordering::{Equal, Greater, Less};

    fn assert_ascending(eco: Ecosystem, versions: &[&str]) {
        for (i, a) in versions.iter().enumerate() {
            for (j, b) in versions.iter().enumerate() {
                assert_eq!(compare(eco, a, b), Some(i.cmp(&j)), "{eco}: {a} vs {b}");
            }
        }
    }

    #[test]
    fn semver_spec_precedence_example() {
        // SemVer 2.0 §11's own example chain.
        let chain = [
            "1.0.0-alpha",
            "1.0.0-alpha.1",
            "1.0.0-alpha.beta",
            "1.0.0-beta",
            "1.0.0-beta.2",
            "1.0.0-beta.11",
            "1.0.0-rc.1",
            "1.0.0",
            "2.0.0",
            "2.1.0",
            "2.1.1",
        ];
        assert_ascending(Ecosystem::Npm, &chain);
        assert_ascending(Ecosystem::Cargo, &chain);
        assert_ascending(Ecosystem::Go, &chain);
    }

    #[test]
    fn build_metadata_does_not_order() {
        assert_eq!(compare(Ecosystem::Cargo, "1.0.0+a", "1.0.0+b"), Some(Equal));
        assert_eq!(
            compare(Ecosystem::Npm, "1.0.0+build.5", "1.0.0"),
            Some(Equal)
        );
    }

    #[test]
    fn npm_loose_versions() {
        assert_eq!(compare(Ecosystem::Npm, "v1.2.3", "1.2.3"), Some(Equal));
        assert_eq!(compare(Ecosystem::Npm, "=1.2.3", "1.2.3"), Some(Equal));
        assert_eq!(compare(Ecosystem::Npm, "1.2", "1.2.0"), Some(Equal));
        assert_eq!(compare(Ecosystem::Npm, "1", "1.0.0"), Some(Equal));
        assert_eq!(compare(Ecosystem::Npm, "1.2-beta", "1.2.0"), Some(Less));
        assert_eq!(compare(Ecosystem::Npm, "latest", "1.0.0"), None);
        // Crates are strict: a lockfile never holds a partial version.
        assert_eq!(compare(Ecosystem::Cargo, "1.2", "1.2.0"), None);
        assert_eq!(compare(Ecosystem::Cargo, "v1.2.0", "1.2.0"), None);
    }

    #[test]
    fn rustsec_dash_zero_lower_bound_excludes_earlier_patch() {
        // RUSTSEC ranges use `0.2.1-0` to start just below 0.2.1.
        assert_eq!(compare(Ecosystem::Cargo, "0.2.0", "0.2.1-0"), Some(Less));
        assert_eq!(compare(Ecosystem::Cargo, "0.2.1", "0.2.1-0"), Some(Greater));
        assert_eq!(compare(Ecosystem::Cargo, "0.0.0", "0.0.0-0"), Some(Greater));
    }

    #[test]
    fn go_prefix_pseudo_versions_and_incompatible() {
        let go = Ecosystem::Go;
        assert_eq!(compare(go, "v1.2.3", "1.2.3"), Some(Equal));
        assert_eq!(compare(go, "v1", "v1.0.0"), Some(Equal));
        assert_eq!(compare(go, "v1.2", "v1.2.0"), Some(Equal));
        assert_eq!(compare(go, "v1.2-pre", "v1.2.0-pre"), None);
        assert_eq!(compare(go, "v3.0.0+incompatible", "3.0.0"), Some(Equal));
        // Pseudo-versions, in the three forms `go` mints, sort between their neighbours.
        assert_ascending(
            go,
            &[
                "v0.0.0-20170915032832-14c0d48ead0c",
                "v0.0.0-20180525145409-4c9aadca8f89",
                "v0.1.0",
                "v1.2.3-pre",
                "v1.2.3-pre.0.20180525145409-4c9aadca8f89",
                "v1.2.3",
                "v1.2.4-0.20180525145409-4c9aadca8f89",
                "v1.2.4",
            ],
        );
        assert_ascending(
            go,
            &[
                "3.0.0+incompatible",
                "3.0.1-0.20180525145409-4c9aadca8f89+incompatible",
                "v3.0.1+incompatible",
            ],
        );
        assert_eq!(compare(go, "1.26.0-0", "1.26.0-rc.1"), Some(Less));
        assert_eq!(compare(go, "v01.2.3", "1.2.3"), None);
    }

    #[test]
    fn pep440_spec_ordering() {
        // PEP 440's summary-of-permitted-suffixes ordering example.
        assert_ascending(
            Ecosystem::PyPI,
            &[
                "1.dev0",
                "1.0.dev456",
                "1.0a1",
                "1.0a2.dev456",
                "1.0a12.dev456",
                "1.0a12",
                "1.0b1.dev456",
                "1.0b2",
                "1.0b2.post345.dev456",
                "1.0b2.post345",
                "1.0rc1.dev456",
                "1.0rc1",
                "1.0",
                "1.0+abc.5",
                "1.0+abc.7",
                "1.0+5",
                "1.0.post456.dev34",
                "1.0.post456",
                "1.0.15",
                "1.1.dev1",
                "1!0.1",
            ],
        );
    }

    #[test]
    fn pep440_normalisation() {
        let py = Ecosystem::PyPI;
        for (a, b) in [
            ("0.8.0-alpha2", "0.8.0a2"),
            ("1.0-RC1", "1.0rc1"),
            ("1.0c1", "1.0rc1"),
            ("1.0-1", "1.0.post1"),
            ("1.0.rev1", "1.0.post1"),
            ("v1.0", "1.0"),
            ("1.0", "1.0.0"),
            ("0!1.0", "1.0"),
            ("1.0.DEV", "1.0.dev0"),
            (" 1.0 ", "1.0"),
        ] {
            assert_eq!(compare(py, a, b), Some(Equal), "{a} = {b}");
        }
        assert_eq!(compare(py, "not a version", "1.0"), None);
    }

    #[test]
    fn different_languages_do_not_compare() {
        let a = Version::parse(Ecosystem::PyPI, "1.0").unwrap();
        let b = Version::parse(Ecosystem::Npm, "1.0.0").unwrap();
        assert_eq!(a.partial_cmp(&b), None);
        assert!(a != b);
    }

    /// Order properties over a generated grid: total, antisymmetric, transitive, and
    /// consistent with sorting. Cheap stand-in for a property-testing crate.
    #[test]
    fn semver_order_is_a_total_order_on_a_grid() {
        let mut grid = Vec::new();
        for core in ["0.0.0", "0.1.0", "1.0.0", "1.0.10", "1.0.2", "10.0.0"] {
            for pre in [
                "",
                "-0",
                "-1",
                "-10",
                "-alpha",
                "-alpha.1",
                "-alpha.beta",
                "-rc.1",
            ] {
                for build in ["", "+b.1"] {
                    grid.push(format!("{core}{pre}{build}"));
                }
            }
        }
        for eco in [Ecosystem::Npm, Ecosystem::Cargo, Ecosystem::Go] {
            check_total_order(eco, &grid);
        }
    }

    fn check_total_order(eco: Ecosystem, grid: &[String]) {
        let parsed: Vec<Version> = grid
            .iter()
            .map(|s| Version::parse(eco, s).unwrap())
            .collect();
        for a in &parsed {
            for b in &parsed {
                let ab = a.partial_cmp(b).unwrap();
                assert_eq!(ab.reverse(), b.partial_cmp(a).unwrap(), "{a} vs {b}");
                for c in &parsed {
                    if ab != Greater && b <= c {
                        assert!(a <= c, "{eco}: {a} <= {b} <= {c}");
                    }
                }
            }
        }
    }

    /// PEP 440 order checked against Python's `packaging` through a precomputed file
    /// (the script that made it is in its header).
    #[test]
    fn pep440_matches_python_packaging_reference_order() {
        let text = include_str!("../../corpus/osv/versions/pep440-order.txt");
        let groups: Vec<Vec<&str>> = text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| l.split(' ').collect())
            .collect();
        assert!(groups.len() > 500, "reference file too small");
        let py = Ecosystem::PyPI;
        for group in &groups {
            for v in group {
                assert_eq!(compare(py, group[0], v), Some(Equal), "{} = {v}", group[0]);
            }
        }
        for pair in groups.windows(2) {
            let (a, b) = (pair[0][0], pair[1][0]);
            assert_eq!(compare(py, a, b), Some(Less), "{a} < {b}");
        }
    }
}
