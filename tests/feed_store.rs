//! The SQLite advisory store against the real OSV exports in `corpus/osv`: import of a
//! full export, lookups with alias folding, provenance in `status`, and every bad-input
//! path (damaged zip, invalid records, missing or empty store) leaving the store intact.

use std::path::{Path, PathBuf};

use tollgate::osv::{Ecosystem, Error, Severity, Store};

const OSV: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/osv");

fn export(dir: &str) -> PathBuf {
    Path::new(OSV).join(dir).join("all.zip")
}

fn store_in(dir: &tempfile::TempDir) -> PathBuf {
    dir.path().join("cache").join("advisories.sqlite3")
}

#[test]
fn crates_export_imports_and_answers_lookups() {
    let dir = tempfile::tempdir().unwrap();
    let path = store_in(&dir);
    let summary = Store::open(&path)
        .unwrap()
        .import(&export("crates-io"))
        .unwrap();
    assert_eq!(summary.ecosystem, Some(Ecosystem::Cargo));
    assert_eq!(summary.imported, 1208);
    assert_eq!(summary.malicious, 2);
    assert_eq!(summary.withdrawn, 13);
    assert!(summary.skipped.is_empty(), "{:?}", summary.skipped);

    let store = Store::open_for_lookup(&path).unwrap();
    let time = store.check(Ecosystem::Cargo, "time", "0.2.10").unwrap();
    let rustsec = time
        .iter()
        .find(|a| a.id == "RUSTSEC-2020-0071")
        .expect("time 0.2.10 is vulnerable");
    assert_eq!(rustsec.fixed.as_deref(), Some("0.2.23"));
    assert!(rustsec.aliases.contains(&"CVE-2020-26235".to_string()));
    // CVSS:3.1/AV:L/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H scores 6.2.
    assert_eq!(rustsec.cvss_score, Some(6.2));
    assert_eq!(rustsec.severity, Some(Severity::Medium));
    assert!(!rustsec.malicious);
    assert!(
        store
            .check(Ecosystem::Cargo, "time", "0.2.23")
            .unwrap()
            .iter()
            .all(|a| a.id != "RUSTSEC-2020-0071")
    );
    // Withdrawn (RUSTSEC-2020-0053) is not reported.
    assert!(
        store
            .check(Ecosystem::Cargo, "dirs", "1.0.5")
            .unwrap()
            .iter()
            .all(|a| a.id != "RUSTSEC-2020-0053")
    );
    // Informational notices are marked as such.
    let kyber = store
        .check(Ecosystem::Cargo, "pqcrypto-kyber", "0.8.1")
        .unwrap();
    assert_eq!(kyber[0].informational.as_deref(), Some("unmaintained"));
    // The batched form answers the same, in order.
    let many = store
        .check_many(&[
            (Ecosystem::Cargo, "time", "0.2.10"),
            (Ecosystem::Cargo, "time", "0.2.23"),
            (Ecosystem::Cargo, "rustdecimal", "1.0.0"),
        ])
        .unwrap();
    assert_eq!(many[0], time);
    assert_eq!(
        many[1],
        store.check(Ecosystem::Cargo, "time", "0.2.23").unwrap()
    );
    assert_eq!(many[2][0].id, "MAL-2022-1");
    // Unknown packages: nothing.
    assert!(
        store
            .check(Ecosystem::Cargo, "no-such-crate-here", "1.0.0")
            .unwrap()
            .is_empty()
    );
    assert!(
        store
            .check(Ecosystem::Npm, "time", "0.2.10")
            .unwrap()
            .is_empty()
    );
}

#[test]
fn records_aliasing_each_other_are_reported_once() {
    // RUSTSEC-2022-0042 and MAL-2022-1 both cover `rustdecimal` and alias each other.
    let dir = tempfile::tempdir().unwrap();
    let path = store_in(&dir);
    Store::open(&path)
        .unwrap()
        .import(&export("crates-io"))
        .unwrap();
    let store = Store::open_for_lookup(&path).unwrap();
    let found = store
        .check(Ecosystem::Cargo, "rustdecimal", "1.23.1")
        .unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].id, "MAL-2022-1");
    assert!(found[0].malicious);
    assert!(
        found[0].aliases.contains(&"RUSTSEC-2022-0042".to_string()),
        "{:?}",
        found[0].aliases
    );
    assert!(
        found[0]
            .aliases
            .contains(&"GHSA-7pwq-f4pq-78gm".to_string())
    );
    // Crate names match whatever the case or separator spelling.
    assert_eq!(
        advisories(&store, Ecosystem::Cargo, "RustDecimal", "1.23.1"),
        1
    );
}

#[test]
fn go_export_imports_fully_and_status_reports_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = store_in(&dir);
    let mut store = Store::open(&path).unwrap();
    let summary = store.import(&export("Go")).unwrap();
    assert_eq!(
        (summary.imported, summary.malicious, summary.withdrawn),
        (4299, 8, 17)
    );
    let status = store.status().unwrap();
    let go = status
        .ecosystems
        .iter()
        .find(|e| e.ecosystem == "Go")
        .unwrap();
    assert_eq!(
        (go.records, go.malicious, go.withdrawn, go.skipped),
        (4299, 8, 17, 0)
    );
    assert_eq!(go.kind.as_deref(), Some("import"));
    assert!(go.source.as_deref().unwrap().ends_with("all.zip"));
    assert!(go.updated_at.is_some());
    let age = status.age(jiff::Timestamp::now()).unwrap();
    assert!(age.as_secs() < 3600);
    assert!(status.size_bytes > 1_000_000);

    // Re-importing the same export replaces rather than duplicates.
    let again = store.import(&export("Go")).unwrap();
    assert_eq!(again.replaced, 4299);
    let go = store
        .status()
        .unwrap()
        .ecosystems
        .into_iter()
        .find(|e| e.ecosystem == "Go")
        .unwrap();
    assert_eq!(go.records, 4299);

    let found = store
        .check(Ecosystem::Go, "github.com/evanphx/json-patch", "v0.5.1")
        .unwrap();
    assert!(
        found
            .iter()
            .any(|a| a.id == "GO-2021-0076" && a.fixed.as_deref() == Some("0.5.2")),
        "{found:?}"
    );
    let bolt = store
        .check(Ecosystem::Go, "github.com/boltdb-go/bolt", "v1.3.1")
        .unwrap();
    assert!(bolt.iter().any(|a| a.id == "MAL-2025-2545" && a.malicious));
}

#[test]
fn samples_directory_imports_and_updates_by_id() {
    let dir = tempfile::tempdir().unwrap();
    let path = store_in(&dir);
    let mut store = Store::open(&path).unwrap();
    let samples = Path::new(OSV).join("samples");
    let summary = store.import(&samples).unwrap();
    assert_eq!(summary.imported, 16);
    assert!(summary.skipped.is_empty());
    // A second import updates the same ids in place.
    store.import(&samples).unwrap();
    let status = store.status().unwrap();
    let total: u64 = status.ecosystems.iter().map(|e| e.records).sum();
    assert_eq!(total, 16);
    let semver = store.check(Ecosystem::Npm, "semver", "7.5.1").unwrap();
    assert_eq!(semver.len(), 1);
    assert_eq!(semver[0].id, "GHSA-c2qf-rxjj-qqgw");
    assert_eq!(semver[0].severity, Some(Severity::Medium));
    assert_eq!(semver[0].cvss_score, Some(5.3));
    assert_eq!(semver[0].fixed.as_deref(), Some("7.5.2"));
    assert!(
        store
            .check(Ecosystem::Npm, "drata", "1.0.0")
            .unwrap()
            .is_empty(),
        "withdrawn"
    );
    assert_eq!(
        store.check(Ecosystem::PyPI, "Py", "1.11.0").unwrap()[0].id,
        "PYSEC-2022-42969"
    );
    // The raw record is kept for reports.
    let raw = store.raw_record("MAL-2022-9").unwrap().unwrap();
    assert!(raw.contains("0-dns"));
}

#[test]
fn bad_records_are_skipped_counted_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let feed = dir.path().join("feed");
    std::fs::create_dir_all(feed.join("nested")).unwrap();
    std::fs::copy(
        Path::new(OSV).join("samples/MAL-2022-9.json"),
        feed.join("MAL-2022-9.json"),
    )
    .unwrap();
    std::fs::write(
        feed.join("broken.json"),
        "{\"id\": \"X-1\", \"affected\": [",
    )
    .unwrap();
    std::fs::write(feed.join("nested/no-id.json"), r#"{"affected": []}"#).unwrap();
    std::fs::write(
        feed.join("maven.json"),
        r#"{"id":"X-2","affected":[{"package":{"ecosystem":"Maven","name":"a:b"},"versions":["1"]}]}"#,
    )
    .unwrap();
    std::fs::write(feed.join("notes.txt"), "not a record").unwrap();
    let path = store_in(&dir);
    let mut store = Store::open(&path).unwrap();
    let summary = store.import(&feed).unwrap();
    assert_eq!(summary.imported, 1);
    let entries: Vec<&str> = summary
        .skipped
        .iter()
        .map(|s| s.entry.rsplit('/').next().unwrap())
        .collect();
    assert_eq!(
        entries,
        ["broken.json", "maven.json", "no-id.json"],
        "{:?}",
        summary.skipped
    );
    assert!(
        summary.skipped[0].reason.contains("line 1"),
        "{}",
        summary.skipped[0].reason
    );
    assert!(summary.skipped[1].reason.contains("supported ecosystem"));
    let npm = store
        .status()
        .unwrap()
        .ecosystems
        .into_iter()
        .find(|e| e.ecosystem == "npm")
        .unwrap();
    assert_eq!((npm.records, npm.malicious, npm.skipped), (1, 1, 3));
    // A single bad file is reported, not fatal.
    let one = store.import(&feed.join("broken.json")).unwrap();
    assert_eq!((one.imported, one.skipped.len()), (0, 1));
}

#[test]
fn damaged_zip_is_an_error_naming_it_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = store_in(&dir);
    let mut store = Store::open(&path).unwrap();
    store.import(&export("crates-io")).unwrap();
    let before = store.status().unwrap();

    let bytes = std::fs::read(export("Go")).unwrap();
    let truncated = dir.path().join("truncated.zip");
    std::fs::write(&truncated, &bytes[..bytes.len() / 2]).unwrap();
    // Same length, but a run of compressed data overwritten: CRC or inflate must fail.
    let mut corrupt = bytes.clone();
    for b in &mut corrupt[1000..3000] {
        *b = b.wrapping_add(1);
    }
    let damaged = dir.path().join("damaged.zip");
    std::fs::write(&damaged, &corrupt).unwrap();

    for bad in [&truncated, &damaged] {
        let err = store.import(bad).unwrap_err();
        assert!(matches!(err, Error::Zip { .. }), "{err:?}");
        assert!(
            err.to_string().contains(&bad.display().to_string()),
            "{err}"
        );
        let after = store.status().unwrap();
        assert_eq!(
            format!("{:?}", after.ecosystems),
            format!("{:?}", before.ecosystems)
        );
    }
    assert_eq!(
        advisories(&store, Ecosystem::Cargo, "rustdecimal", "1.0.0"),
        1
    );
}

#[test]
fn missing_or_empty_store_is_a_distinct_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = store_in(&dir);
    let err = Store::open_for_lookup(&path).err().unwrap();
    assert!(
        matches!(err, Error::NoStore { empty: false, .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("tollgate feed sync"));
    Store::open(&path).unwrap();
    let err = Store::open_for_lookup(&path).err().unwrap();
    assert!(matches!(err, Error::NoStore { empty: true, .. }), "{err:?}");
    let missing = dir.path().join("nothing-here");
    let err = Store::open(&path).unwrap().import(&missing).unwrap_err();
    assert!(
        matches!(err, Error::Read { .. }) && err.to_string().contains("nothing-here"),
        "{err}"
    );
    let empty_dir = dir.path().join("empty");
    std::fs::create_dir(&empty_dir).unwrap();
    let err = Store::open(&path).unwrap().import(&empty_dir).unwrap_err();
    assert!(matches!(err, Error::NothingToImport { .. }), "{err:?}");
}

/// How many advisories the store has for one package version.
fn advisories(store: &Store, eco: Ecosystem, name: &str, version: &str) -> usize {
    store.check(eco, name, version).unwrap().len()
}
