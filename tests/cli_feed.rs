//! `tollgate feed import | sync | status` through the real binary, with a store in a
//! temporary cache directory and a local HTTP server on 127.0.0.1 for sync.

mod support;

use std::path::Path;
use std::process::Output;

use serde_json::Value;
use support::OSV;
use support::cli::{feed_ecosystem, stderr};
use support::http::{Reply, routes};

/// The Rust crates ecosystem as OSV (and so the store) names it.
const CRATES: &str = tollgate::osv::RUST_CRATES_ECOSYSTEM;

fn tollgate(cache: &Path, args: &[&str]) -> Output {
    support::cli::tollgate(cache)
        .args(args)
        .env("TOLLGATE_CACHE_DIR", cache)
        .output()
        .expect("run tollgate")
}

fn status(cache: &Path) -> Value {
    let output = tollgate(cache, &["feed", "status", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn status_without_a_store_says_how_to_fill_it() {
    let cache = tempfile::tempdir().unwrap();
    let output = tollgate(cache.path(), &["feed", "status"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("run `tollgate feed sync` or `tollgate feed import PATH`"));
}

#[test]
fn import_of_a_real_export_and_bad_records_is_counted_in_status() {
    let cache = tempfile::tempdir().unwrap();
    let zip = format!("{OSV}/Go/all.zip");
    let output = tollgate(cache.path(), &["feed", "import", &zip]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let go = feed_ecosystem(&status(cache.path()), "Go").clone();
    assert!(go["records"].as_u64().unwrap() > 4000, "{go}");
    assert_eq!(
        go["malicious"].as_u64(),
        Some(8),
        "the export holds eight Go MAL records"
    );

    // A directory with one good record and one that is not OSV: the good one is imported,
    // the bad one reported and counted, and the import does not fail.
    let dir = cache.path().join("records");
    std::fs::create_dir(&dir).unwrap();
    std::fs::copy(
        format!("{OSV}/samples/MAL-2022-9.json"),
        dir.join("MAL-2022-9.json"),
    )
    .unwrap();
    std::fs::write(dir.join("broken.json"), "{\"id\": 42}").unwrap();
    let output = tollgate(cache.path(), &["feed", "import", dir.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stderr(&output).contains("1 skipped"), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("broken.json"),
        "{}",
        stderr(&output)
    );
    let npm = feed_ecosystem(&status(cache.path()), "npm").clone();
    assert_eq!(npm["malicious"].as_u64(), Some(1));
}

#[test]
fn import_of_a_corrupt_zip_fails_and_keeps_the_store() {
    let cache = tempfile::tempdir().unwrap();
    tollgate(
        cache.path(),
        &["feed", "import", &format!("{OSV}/samples/MAL-2022-9.json")],
    );
    let bad = cache.path().join("all.zip");
    let mut bytes = std::fs::read(format!("{OSV}/crates-io/all.zip")).unwrap();
    bytes.truncate(bytes.len() / 3);
    std::fs::write(&bad, bytes).unwrap();
    let output = tollgate(cache.path(), &["feed", "import", bad.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("all.zip"), "{}", stderr(&output));
    assert_eq!(
        feed_ecosystem(&status(cache.path()), "npm")["records"].as_u64(),
        Some(1)
    );
}

#[test]
fn sync_from_a_local_server_and_a_failed_sync_keeps_the_previous_store() {
    let cache = tempfile::tempdir().unwrap();
    let zip = std::fs::read(format!("{OSV}/crates-io/all.zip")).unwrap();
    let server = routes(vec![(format!("/{CRATES}/all.zip"), Reply::bytes(zip))]);
    let base = server.base().to_string();
    let output = tollgate(
        cache.path(),
        &["feed", "sync", "--ecosystem", "cargo", "--url", &base],
    );
    assert_eq!(server.total(), 1);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let before = feed_ecosystem(&status(cache.path()), CRATES).clone();
    assert!(before["records"].as_u64().unwrap() > 1000);
    assert_eq!(before["kind"], "sync");

    let server = routes(vec![(format!("/{CRATES}/all.zip"), Reply::status(500))]);
    let base = server.base().to_string();
    let output = tollgate(
        cache.path(),
        &["feed", "sync", "--ecosystem", "cargo", "--url", &base],
    );
    assert_eq!(server.total(), 1);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("500"), "{}", stderr(&output));
    assert_eq!(feed_ecosystem(&status(cache.path()), CRATES), &before);
}

#[test]
fn status_lists_every_ecosystem_and_names_the_ones_without_records() {
    let cache = tempfile::tempdir().unwrap();
    let record = format!("{OSV}/samples/MAL-2022-9.json");
    let output = tollgate(cache.path(), &["feed", "import", &record]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let status = status(cache.path());
    assert_eq!(feed_ecosystem(&status, "npm")["records"], 1);
    for missing in ["PyPI", "Go", CRATES] {
        assert_eq!(feed_ecosystem(&status, missing)["records"], 0, "{status}");
    }
    let output = tollgate(cache.path(), &["feed", "status"]);
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        text.contains("no records for Go, PyPI, ") && text.contains("no-advisories-for-ecosystem"),
        "{text}"
    );
}
