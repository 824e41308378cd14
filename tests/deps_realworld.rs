//! Every pair of the real-world corpus (`corpus/lockfiles/realworld/SOURCES.md`: historical
//! pairs of committed lockfiles from public repositories, every repository and format)
//! parses on both sides and diffs.
//!
//! The pairs are committed as one archive, `pairs.tar.zst` (written by `pack.py` from
//! what `extract.py` rebuilds out of the repositories' snapshots); the tests read it into
//! memory, never onto disk.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::Path;

use serde_json::Value;
use tollgate::deps::{Side, diff_contents};

const REALWORLD: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/lockfiles/realworld");

/// The archive's files by their path inside it, and its `pairs.json` rows.
struct Corpus {
    files: BTreeMap<String, Vec<u8>>,
    rows: Vec<Value>,
}

impl Corpus {
    fn read() -> Corpus {
        let archive = Path::new(REALWORLD).join("pairs.tar.zst");
        let file =
            std::fs::File::open(&archive).unwrap_or_else(|e| panic!("{}: {e}", archive.display()));
        let mut decoder = zstd::stream::read::Decoder::new(file).unwrap();
        // pack.py compresses with a 128 MiB window (`--long=27`).
        decoder.window_log_max(27).unwrap();
        let mut files = BTreeMap::new();
        for entry in tar::Archive::new(decoder).entries().unwrap() {
            let mut entry = entry.unwrap();
            let name = entry.path().unwrap().to_string_lossy().into_owned();
            let mut bytes = Vec::with_capacity(entry.size() as usize);
            entry.read_to_end(&mut bytes).unwrap();
            files.insert(name, bytes);
        }
        let rows = serde_json::from_slice(&files["pairs.json"]).unwrap();
        Corpus { files, rows }
    }

    /// The files of one side of a pair, by their path in the repository.
    fn side(&self, pair: &str, side: &str) -> BTreeMap<&Path, &[u8]> {
        let prefix = format!("{pair}/{side}/");
        self.files
            .range(prefix.clone()..)
            .take_while(|(name, _)| name.starts_with(&prefix))
            .map(|(name, bytes)| (Path::new(&name[prefix.len()..]), bytes.as_slice()))
            .collect()
    }
}

#[test]
fn every_real_world_pair_parses_and_diffs() {
    let corpus = Corpus::read();
    let rows = &corpus.rows;
    let repos: BTreeSet<&str> = rows.iter().map(|r| r["repo"].as_str().unwrap()).collect();
    assert!(
        rows.len() >= 140 && repos.len() >= 38,
        "{} pairs, {} repositories",
        rows.len(),
        repos.len()
    );
    let mut failures = Vec::new();
    let mut empty = 0;
    for row in rows {
        let (pair, path) = (row["pair"].as_str().unwrap(), row["path"].as_str().unwrap());
        let path = Path::new(path);
        let (base, head) = (corpus.side(pair, "base"), corpus.side(pair, "head"));
        let (base_files, head_files) = (
            |p: &Path| base.get(p).map(|b| b.to_vec()),
            |p: &Path| head.get(p).map(|b| b.to_vec()),
        );
        for (side, files) in [
            (&base, &base_files as &dyn lockfile_parsers::Files),
            (&head, &head_files),
        ] {
            match lockfile_parsers::parse(path, side[path], files) {
                // Real files can hold no package (a 2019 go.sum with only `/go.mod` lines).
                Ok(lock) => empty += usize::from(lock.packages.is_empty()),
                Err(e) => failures.push(format!("{pair}: {e}")),
            }
        }
        if let Err(e) = diff_contents(
            path,
            &Side::of(path, base[path], &base_files),
            &Side::of(path, head[path], &head_files),
        ) {
            failures.push(format!("{pair}: diff: {e}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        empty * 50 < rows.len() * 2,
        "{empty} sides without packages"
    );
}

/// The YAML parser swap (serde_yaml 0.9 to serde-saphyr) keeps every pnpm and yarn-berry
/// file reading as before: `yaml-before-swap.tsv` holds, for each such file of the
/// archive, the number of unique (name, version) pairs of its non-local packages as the
/// old parser read them (files it could not read at all are not listed).
#[test]
fn yaml_lockfiles_read_as_before_the_parser_swap() {
    let corpus = Corpus::read();
    let before: BTreeMap<String, usize> =
        std::fs::read_to_string(Path::new(REALWORLD).join("yaml-before-swap.tsv"))
            .unwrap()
            .lines()
            .filter_map(|l| l.split_once('\t'))
            .map(|(f, n)| (f.to_string(), n.parse().unwrap()))
            .collect();
    assert!(before.len() >= 30, "{} files", before.len());
    for (file, count) in &before {
        // `<pair>/<side>/<path>`: read with the other files of its side, as in a checkout.
        let (pair, rest) = file
            .split_once("/base/")
            .map(|(p, r)| ((p, "base"), r))
            .or_else(|| file.split_once("/head/").map(|(p, r)| ((p, "head"), r)))
            .unwrap_or_else(|| panic!("{file}: no side"));
        let side = corpus.side(pair.0, pair.1);
        let path = Path::new(rest);
        let bytes = side
            .get(path)
            .unwrap_or_else(|| panic!("{file} is not in the archive"));
        let files = |p: &Path| side.get(p).map(|b| b.to_vec());
        let lock =
            lockfile_parsers::parse(path, bytes, &files).unwrap_or_else(|e| panic!("{file}: {e}"));
        let unique: BTreeSet<_> = lock
            .packages
            .iter()
            .filter(|p| !p.source.is_local())
            .map(|p| (&p.name, &p.version))
            .collect();
        assert_eq!(unique.len(), *count, "{file}");
    }
}
