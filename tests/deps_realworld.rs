//! Every pair of the real-world corpus (`corpus/lockfiles/realworld/SOURCES.md`: 403 pairs
//! of committed lockfiles from 38 public repositories) parses on both sides and diffs.
//!
//! The pairs are upstream files and are not committed; `extract.py` rebuilds them from the
//! repositories' snapshots into `corpus/lockfiles/realworld/pairs/`, so the tests are ignored
//! by default: `cargo test --test deps_realworld -- --ignored`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::Value;
use tollgate::deps::diff_files;

const REALWORLD: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/lockfiles/realworld");

/// `(pair directory, lockfile path inside each side)` of every pair.
fn pairs() -> Vec<(PathBuf, String)> {
    let index = Path::new(REALWORLD).join("pairs/pairs.json");
    let text = std::fs::read_to_string(&index).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run corpus/lockfiles/realworld/extract.py first",
            index.display()
        )
    });
    let rows: Vec<Value> = serde_json::from_str(&text).unwrap();
    rows.iter()
        .map(|r| {
            (
                Path::new(REALWORLD)
                    .join("pairs")
                    .join(r["pair"].as_str().unwrap()),
                r["path"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
#[ignore = "needs corpus/lockfiles/realworld/pairs, rebuilt by extract.py (not committed)"]
fn every_real_world_pair_parses_and_diffs() {
    let pairs = pairs();
    assert!(pairs.len() >= 400, "{} pairs", pairs.len());
    let mut failures = Vec::new();
    let mut empty = 0;
    for (dir, path) in &pairs {
        let (base, head) = (dir.join("base").join(path), dir.join("head").join(path));
        for side in [&base, &head] {
            match lockfile_parsers::parse_file(side) {
                // Real files can hold no package (a 2019 go.sum with only `/go.mod` lines).
                Ok(lock) => empty += usize::from(lock.packages.is_empty()),
                Err(e) => failures.push(e.to_string()),
            }
        }
        if let Err(e) = diff_files(&base, &head) {
            failures.push(format!("{}: diff: {e}", dir.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        empty * 50 < pairs.len() * 2,
        "{empty} sides without packages"
    );
}

/// The YAML parser swap (serde_yaml 0.9 to serde-saphyr) keeps every pnpm and yarn-berry
/// file reading as before: `yaml-before-swap.tsv` holds, for each such file, the number of
/// unique (name, version) pairs of its non-local packages as the old parser read them
/// (files it could not read at all are not listed).
#[test]
#[ignore = "needs corpus/lockfiles/realworld/pairs, rebuilt by extract.py (not committed)"]
fn yaml_lockfiles_read_as_before_the_parser_swap() {
    let before: BTreeMap<String, usize> =
        std::fs::read_to_string(Path::new(REALWORLD).join("yaml-before-swap.tsv"))
            .unwrap()
            .lines()
            .filter_map(|l| l.split_once('\t'))
            .map(|(f, n)| (f.to_string(), n.parse().unwrap()))
            .collect();
    assert!(before.len() > 100, "{} files", before.len());
    for (file, count) in &before {
        let lock = lockfile_parsers::parse_file(&Path::new(REALWORLD).join("pairs").join(file))
            .unwrap_or_else(|e| panic!("{e}"));
        let unique: BTreeSet<_> = lock
            .packages
            .iter()
            .filter(|p| !p.source.is_local())
            .map(|p| (&p.name, &p.version))
            .collect();
        assert_eq!(unique.len(), *count, "{file}");
    }
}
