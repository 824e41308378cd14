//! Advisory store speed: importing the whole npm export (the largest in
//! `../shared/osv`), and answering a 5,000-package lockfile diff including opening the
//! store. Targets from issue 5: import under 30 s on one core; 5,000 lookups under 50 ms.
//!
//! Run: `cargo bench --bench feed`. The store size is printed once.

use std::hint::black_box;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use tollgate::osv::{Ecosystem, Store};

const OSV: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/osv");

fn export(dir: &str) -> PathBuf {
    Path::new(OSV).join(dir).join("all.zip")
}

fn import_npm(c: &mut Criterion) {
    let mut group = c.benchmark_group("feed_import");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(30));
    let mut printed = false;
    group.bench_function("npm_all_zip", |b| {
        b.iter_batched(
            || tempfile::tempdir().unwrap(),
            |dir| {
                let path = dir.path().join("advisories.sqlite3");
                let summary = Store::open(&path).unwrap().import(&export("npm")).unwrap();
                if !printed {
                    let size = std::fs::metadata(&path).unwrap().len();
                    eprintln!(
                        "\nnpm import: {} records, store {} bytes",
                        summary.imported, size
                    );
                    printed = true;
                }
                black_box(summary.imported)
            },
            criterion::BatchSize::PerIteration,
        )
    });
    group.finish();
}

/// Package names that have records: the first `n` npm names in the export.
fn npm_names(n: usize) -> Vec<String> {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(export("npm")).unwrap()).unwrap();
    let mut names = Vec::new();
    for i in 0..zip.len() {
        let mut text = String::new();
        zip.by_index(i).unwrap().read_to_string(&mut text).unwrap();
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        if let Some(name) = v["affected"][0]["package"]["name"].as_str() {
            names.push(name.to_string());
        }
        if names.len() == n {
            break;
        }
    }
    names
}

fn lookups(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("advisories.sqlite3");
    let mut store = Store::open(&path).unwrap();
    for eco in ["npm", "PyPI", "Go", "crates-io"] {
        store.import(&export(eco)).unwrap();
    }
    drop(store);
    eprintln!(
        "\nfull store (4 exports): {} bytes",
        std::fs::metadata(&path).unwrap().len()
    );

    // A 5,000-package diff: 1,000 npm packages with records, the rest clean names across
    // the four ecosystems, as in a large lockfile where almost everything is clean.
    let mut queries: Vec<(Ecosystem, String, String)> = npm_names(1000)
        .into_iter()
        .map(|n| (Ecosystem::Npm, n, "1.0.0".to_string()))
        .collect();
    for i in 0..2500 {
        queries.push((Ecosystem::Npm, format!("clean-package-{i}"), "2.3.4".into()));
    }
    for (name, v) in [
        ("django", "1.4.5"),
        ("requests", "2.31.0"),
        ("py", "1.11.0"),
    ] {
        queries.push((Ecosystem::PyPI, name.into(), v.into()));
    }
    for i in 0..597 {
        queries.push((Ecosystem::PyPI, format!("clean_py_{i}"), "1.0".into()));
    }
    for i in 0..500 {
        queries.push((
            Ecosystem::Go,
            format!("example.com/mod/{i}"),
            "v1.2.3".into(),
        ));
    }
    queries.push((Ecosystem::Go, "stdlib".into(), "1.20.0".into()));
    queries.push((Ecosystem::Cargo, "time".into(), "0.2.10".into()));
    while queries.len() < 5000 {
        queries.push((
            Ecosystem::Cargo,
            format!("clean-crate-{}", queries.len()),
            "0.1.0".into(),
        ));
    }

    let borrowed: Vec<(Ecosystem, &str, &str)> = queries
        .iter()
        .map(|(e, n, v)| (*e, n.as_str(), v.as_str()))
        .collect();

    let mut group = c.benchmark_group("feed_lookup");
    group.sample_size(20);
    group.bench_function("open_and_5000_lookups", |b| {
        b.iter(|| {
            let store = Store::open_for_lookup(&path).unwrap();
            let found = store.check_many(&borrowed).unwrap();
            black_box(found.iter().map(Vec::len).sum::<usize>())
        })
    });
    group.finish();
}

criterion_group!(benches, import_npm, lookups);
criterion_main!(benches);
