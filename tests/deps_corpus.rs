//! The dependency diff of every real lockfile pair in `corpus/lockfiles/pairs` matches the
//! expectation in `corpus/lockfiles/`, which `corpus/lockfiles/make_expected.py` computes
//! independently (npm's own `npm ls`, pip's own requirements parser, tomllib, json, PyYAML;
//! see that script's docstring). The counts are also checked against the table in
//! `corpus/lockfiles/pairs/SOURCES.md`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_json::Value;
use tollgate::deps::diff_files;
use tollgate::finding::{Change, DependencyFinding};

const PAIRS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/lockfiles/pairs");
const EXPECTED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/lockfiles");

fn expectations() -> Vec<(String, Value)> {
    let mut out = Vec::new();
    for eco in ["cargo", "go", "npm", "python"] {
        let dir = Path::new(EXPECTED).join(eco);
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        for f in files
            .into_iter()
            .filter(|f| f.extension().is_some_and(|e| e == "json"))
        {
            let v: Value = serde_json::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
            out.push((v["pair"].as_str().unwrap().to_string(), v));
        }
    }
    out
}

/// A git dependency's version is its location, which npm ls and the lockfile spell
/// differently (`git+ssh://...#sha` vs `github:owner/repo#sha`): compare the commit.
fn version_key(v: &str) -> String {
    match v.rsplit_once('#') {
        Some((_, commit)) if v.contains("git") => commit.to_string(),
        _ => v.to_string(),
    }
}

fn pairs_of(v: &Value, field: &str) -> BTreeSet<(String, String)> {
    v[field]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e[0].as_str().unwrap().to_string(),
                version_key(e[1].as_str().unwrap_or("")),
            )
        })
        .collect()
}

fn found(findings: &[DependencyFinding], change: Change) -> BTreeSet<(String, String)> {
    findings
        .iter()
        .filter(|f| f.change == change)
        .map(|f| {
            (
                f.name.clone(),
                version_key(
                    f.version
                        .as_deref()
                        .or(f.previous_version.as_deref())
                        .unwrap_or(""),
                ),
            )
        })
        .collect()
}

/// Version changes: upgrades, downgrades, and changes between versions without an order.
fn version_changes(findings: &[DependencyFinding]) -> BTreeSet<(String, String, String)> {
    findings
        .iter()
        .filter(|f| {
            f.version != f.previous_version
                && matches!(
                    f.change,
                    Change::Upgraded | Change::Downgraded | Change::Changed
                )
        })
        .map(|f| {
            (
                f.name.clone(),
                f.previous_version.clone().unwrap_or_default(),
                f.version.clone().unwrap_or_default(),
            )
        })
        .collect()
}

/// An unpinned entry (`*` in Pipfile.lock) has no version in tollgate's findings.
fn unpinned_as_empty(v: &Value) -> String {
    match v.as_str() {
        Some("*") | None => String::new(),
        Some(s) => s.to_string(),
    }
}

/// Added / removed / changed of a pair as SOURCES.md's table lists them.
fn sources_counts(pair: &str) -> (u64, u64, u64, u64) {
    let table = std::fs::read_to_string(Path::new(PAIRS).join("SOURCES.md")).unwrap();
    let row = table
        .lines()
        .find(|l| l.starts_with(&format!("| `{pair}`")))
        .unwrap_or_else(|| panic!("{pair} not in SOURCES.md"));
    let cells: Vec<&str> = row.split('|').map(str::trim).collect();
    let n = |i: usize| cells[i].parse::<u64>().unwrap();
    (n(6), n(7), n(8), n(9))
}

/// Same version, different source or integrity. Counted by hand from the files (a short
/// Python walk over both sides, comparing `resolved` / `source` / hash lists per version):
/// - alacritty 8982000f: vte, vte_generate_state_changes and utf8parse come from the same
///   git repository at another commit;
/// - mocha 6d7c32ab: 43 tarball URLs went from https to http in the head lockfile;
/// - warehouse: pynacl 1.4.0's wheel hashes were replaced (three gone, four new).
fn changed_in_place(pair: &str) -> usize {
    match pair {
        "cargo/alacritty-8982000f-d0301ef6" => 3,
        "npm/mocha-6d7c32ab-123a0d77" => 43,
        "python/warehouse-42cca663-01f87cfd" => 1,
        _ => 0,
    }
}

#[test]
fn every_pair_diff_matches_the_independent_expectation() {
    let all = expectations();
    assert_eq!(all.len(), 23);
    let mut report = Vec::new();
    for (pair, exp) in all {
        let dir = Path::new(PAIRS).join(&pair);
        let findings = diff_files(&dir.join("base"), &dir.join("head"))
            .unwrap_or_else(|e| panic!("{pair}: {e}"));
        let (added, removed) = (
            found(&findings, Change::Added),
            found(&findings, Change::Removed),
        );
        assert_eq!(added, pairs_of(&exp, "added"), "{pair}: added");
        assert_eq!(removed, pairs_of(&exp, "removed"), "{pair}: removed");
        let expected_changes: BTreeSet<(String, String, String)> = exp["changed"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e[0].as_str().unwrap().into(),
                    unpinned_as_empty(&e[1]),
                    unpinned_as_empty(&e[2]),
                )
            })
            .collect();
        assert_eq!(
            version_changes(&findings),
            expected_changes,
            "{pair}: version changes"
        );
        let (total, a, r, c) = sources_counts(&pair);
        assert_eq!(
            (
                exp["head_total"].as_u64().unwrap(),
                added.len() as u64,
                removed.len() as u64,
                expected_changes.len() as u64
            ),
            (total, a, r, c),
            "{pair}: SOURCES.md"
        );
        let in_place = findings
            .iter()
            .filter(|f| f.change == Change::Changed && f.version == f.previous_version)
            .count();
        assert_eq!(
            in_place,
            changed_in_place(&pair),
            "{pair}: changed in place"
        );
        report.push(format!(
            "{pair}: +{a} -{r} ~{c}, changed in place {in_place}"
        ));
    }
    eprintln!("{}", report.join("\n"));
}
