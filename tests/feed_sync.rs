//! `feed sync` against a local HTTP server on 127.0.0.1 serving the real crates export:
//! success, and every failure (HTTP 500, a body cut short, a truncated zip, a server that
//! hangs past the client timeout) leaving the previous store content untouched.

mod support;

use std::path::{Path, PathBuf};
use std::time::Duration;

use support::OSV;
use support::http::{Reply, routes};
use tollgate::osv::sync::{SyncOptions, export_url, sync};
use tollgate::osv::{Ecosystem, Error, Store};

fn crates_zip() -> Vec<u8> {
    std::fs::read(Path::new(OSV).join("crates-io/all.zip")).unwrap()
}

fn path_of(eco: Ecosystem) -> String {
    export_url("", eco)
}

fn options(base: &str) -> SyncOptions {
    SyncOptions {
        base_url: base.to_string(),
        connect_timeout: Duration::from_secs(2),
        timeout: Duration::from_secs(5),
    }
}

fn fresh_store(dir: &tempfile::TempDir) -> (PathBuf, Store) {
    let path = dir.path().join("advisories.sqlite3");
    let store = Store::open(&path).unwrap();
    (path, store)
}

/// A store filled by a successful sync of the crates export.
fn synced_store(dir: &tempfile::TempDir) -> Store {
    let server = routes(vec![(
        path_of(Ecosystem::Cargo),
        Reply::bytes(crates_zip()),
    )]);
    let (_, mut store) = fresh_store(dir);
    let summaries = sync(&mut store, &options(server.base()), &[Ecosystem::Cargo]).unwrap();
    assert_eq!(summaries[0].imported, 1208);
    store
}

fn fingerprint(store: &Store) -> String {
    let status = store.status().unwrap();
    let found = store.check(Ecosystem::Cargo, "time", "0.2.10").unwrap();
    format!(
        "{:?} {:?}",
        status.ecosystems,
        found.iter().map(|a| &a.id).collect::<Vec<_>>()
    )
}

#[test]
fn sync_downloads_and_imports_the_export() {
    let dir = tempfile::tempdir().unwrap();
    let store = synced_store(&dir);
    let status = store.status().unwrap();
    let cargo = status
        .ecosystems
        .iter()
        .find(|e| e.ecosystem == Ecosystem::Cargo.as_str())
        .unwrap();
    assert_eq!((cargo.records, cargo.malicious), (1208, 2));
    assert_eq!(cargo.kind.as_deref(), Some("sync"));
    assert!(
        cargo
            .source
            .as_deref()
            .unwrap()
            .starts_with("http://127.0.0.1:")
    );
    assert!(
        store
            .check(Ecosystem::Cargo, "time", "0.2.10")
            .unwrap()
            .iter()
            .any(|a| a.id == "RUSTSEC-2020-0071")
    );
    // No download is left behind next to the store.
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.contains(".sync-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

fn assert_failure_keeps_store(reply: Reply, check: impl Fn(&Error) -> bool) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = synced_store(&dir);
    let before = fingerprint(&store);
    let server = routes(vec![(path_of(Ecosystem::Cargo), reply)]);
    let mut opts = options(server.base());
    opts.timeout = Duration::from_millis(700);
    let err = sync(&mut store, &opts, &[Ecosystem::Cargo]).unwrap_err();
    assert!(check(&err), "unexpected error: {err:?}");
    assert!(
        err.to_string().contains(server.base()),
        "error should name the URL: {err}"
    );
    assert_eq!(fingerprint(&store), before);
    // And a fresh reader sees the same.
    let reopened = Store::open_for_lookup(store.path()).unwrap();
    assert_eq!(fingerprint(&reopened), before);
}

#[test]
fn http_500_keeps_previous_store() {
    assert_failure_keeps_store(Reply::status(500), |e| {
        matches!(e, Error::HttpStatus { status: 500, .. })
    });
}

#[test]
fn body_cut_short_keeps_previous_store() {
    assert_failure_keeps_store(Reply::CutShort(crates_zip()), |e| {
        matches!(e, Error::Http { .. } | Error::Truncated { .. })
    });
}

#[test]
fn truncated_zip_keeps_previous_store() {
    let bytes = crates_zip();
    let half = bytes[..bytes.len() / 2].to_vec();
    assert_failure_keeps_store(Reply::bytes(half), |e| matches!(e, Error::Zip { .. }));
}

#[test]
fn hang_past_timeout_keeps_previous_store() {
    assert_failure_keeps_store(
        Reply::late(Duration::from_secs(3), Reply::status(200)),
        |e| match e {
            Error::Http { source, .. } => source.is_timeout(),
            _ => false,
        },
    );
}

#[test]
fn one_failed_ecosystem_aborts_the_whole_sync() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut store) = fresh_store(&dir);
    let go = std::fs::read(Path::new(OSV).join("Go/all.zip")).unwrap();
    let server = routes(vec![
        (path_of(Ecosystem::Go), Reply::bytes(go)),
        (path_of(Ecosystem::Cargo), Reply::status(503)),
    ]);
    let err = sync(
        &mut store,
        &options(server.base()),
        &[Ecosystem::Go, Ecosystem::Cargo],
    )
    .unwrap_err();
    assert!(
        matches!(err, Error::HttpStatus { status: 503, .. }),
        "{err:?}"
    );
    assert!(
        store.status().unwrap().is_empty(),
        "Go must not land without the crates export"
    );
}
