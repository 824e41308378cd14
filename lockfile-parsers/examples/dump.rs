//! Prints one line per lockfile given on the command line: `path`, then `ok`, the number
//! of packages, a digest of their sorted (name, version, source kind, dev, direct) tuples
//! and the number of unique (name, version) pairs of non-local packages, or `error` and the
//! message. Used to check that a parser change keeps every real file
//! reading as before: run it on the same files from two builds and diff the output.
//!
//! `cargo run --release -p lockfile-parsers --example dump -- FILE...`; with `DUMP_ROWS` set
//! in the environment, every package's tuple follows its file's line.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::Path;

use lockfile_parsers::{Source, parse_file};

fn kind(s: &Source) -> &'static str {
    match s {
        Source::Registry { .. } => "registry",
        Source::Git { .. } => "git",
        Source::Url { .. } => "url",
        Source::Path { .. } => "path",
        Source::Workspace { .. } => "workspace",
    }
}

fn main() {
    for arg in std::env::args().skip(1) {
        match parse_file(Path::new(&arg)) {
            Ok(lock) => {
                let mut rows: Vec<_> = lock
                    .packages
                    .iter()
                    .map(|p| (&p.name, &p.version, kind(&p.source), p.dev, p.direct))
                    .collect();
                rows.sort();
                let mut h = DefaultHasher::new();
                rows.hash(&mut h);
                let unique: std::collections::BTreeSet<_> = lock
                    .packages
                    .iter()
                    .filter(|p| !p.source.is_local())
                    .map(|p| (&p.name, &p.version))
                    .collect();
                println!(
                    "{arg}\tok\t{}\t{:016x}\t{}",
                    rows.len(),
                    h.finish(),
                    unique.len()
                );
                if std::env::var_os("DUMP_ROWS").is_some() {
                    for row in rows {
                        println!("  {row:?}");
                    }
                }
            }
            Err(e) => println!("{arg}\terror\t{e}"),
        }
    }
}
