//! Every real lockfile pair in `corpus/lockfiles/pairs` (see its SOURCES.md) parses and
//! yields packages.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use lockfile_parsers::{find_lockfiles, parse_file};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus/lockfiles/pairs")
}

fn pairs() -> Vec<PathBuf> {
    let mut out = Vec::new();
    for eco in std::fs::read_dir(corpus()).unwrap() {
        let eco = eco.unwrap().path();
        if eco.is_dir() {
            out.extend(std::fs::read_dir(&eco).unwrap().map(|p| p.unwrap().path()));
        }
    }
    out.sort();
    out
}

#[test]
fn every_corpus_lockfile_parses_to_packages() {
    let pairs = pairs();
    assert_eq!(pairs.len(), 23, "SOURCES.md lists 23 pairs");
    for pair in pairs {
        for side in ["base", "head"] {
            let files = find_lockfiles(&pair.join(side)).unwrap();
            assert_eq!(files.len(), 1, "{}: {files:?}", pair.display());
            for f in files {
                let lock = parse_file(&f).unwrap_or_else(|e| panic!("{e}"));
                let unique: BTreeSet<_> = lock
                    .packages
                    .iter()
                    .filter(|p| !p.source.is_local())
                    .map(|p| (p.name.clone(), p.version.clone()))
                    .collect();
                assert!(!unique.is_empty(), "{}", f.display());
                eprintln!(
                    "{} {side}: {} packages, {} unique",
                    pair.file_name().unwrap().to_string_lossy(),
                    lock.packages.len(),
                    unique.len()
                );
            }
        }
    }
}
