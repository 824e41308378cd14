//! Every sample record in `corpus/osv/samples` (and the four crates samples that live
//! only in the crates export): versions inside its ranges match, versions just outside
//! do not, and withdrawn records never match.

use std::io::Read;

use tollgate::osv::matching::{affects, match_version};
use tollgate::osv::{Ecosystem, Record};

const OSV: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/osv");

fn sample(id: &str) -> Record {
    let path = format!("{OSV}/samples/{id}.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    Record::from_json(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The crates samples are read from the export by id: their plain copies would spell the
/// registry host in reference links.
fn crates_record(id: &str) -> Record {
    let path = format!("{OSV}/crates-io/all.zip");
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&path).unwrap()).unwrap();
    let mut text = String::new();
    zip.by_name(&format!("{id}.json"))
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    Record::from_json(&text).unwrap()
}

struct Case {
    record: Record,
    eco: Ecosystem,
    name: &'static str,
    inside: &'static [&'static str],
    outside: &'static [&'static str],
}

fn check(case: &Case) {
    let id = &case.record.id;
    for v in case.inside {
        assert!(
            affects(&case.record, case.eco, case.name, v),
            "{id}: {} {v} should match",
            case.name
        );
    }
    for v in case.outside {
        assert!(
            !affects(&case.record, case.eco, case.name, v),
            "{id}: {} {v} should not match",
            case.name
        );
    }
}

fn fixed(record: &Record, eco: Ecosystem, name: &str, version: &str) -> Option<String> {
    match_version(record, eco, name, version)
        .expect("matches")
        .fixed
}

#[test]
fn ghsa_semver_three_entries_for_one_package() {
    let record = sample("GHSA-c2qf-rxjj-qqgw");
    check(&Case {
        record: record.clone(),
        eco: Ecosystem::Npm,
        name: "semver",
        inside: &[
            "0.0.1",
            "5.7.1",
            "6.0.0",
            "6.3.0",
            "7.0.0",
            "7.5.1",
            "7.5.2-rc.1",
        ],
        outside: &[
            "5.7.2",
            "5.7.3",
            "6.0.0-rc.1",
            "6.3.1",
            "6.4.0",
            "7.0.0-beta",
            "7.5.2",
            "7.6.0",
        ],
    });
    assert_eq!(
        fixed(&record, Ecosystem::Npm, "semver", "7.5.1").as_deref(),
        Some("7.5.2")
    );
    assert_eq!(
        fixed(&record, Ecosystem::Npm, "semver", "6.3.0").as_deref(),
        Some("6.3.1")
    );
    assert_eq!(
        fixed(&record, Ecosystem::Npm, "semver", "5.0.0").as_deref(),
        Some("5.7.2")
    );
    assert!(!affects(&record, Ecosystem::Npm, "semver-extra", "5.0.0"));
    assert!(!affects(&record, Ecosystem::PyPI, "semver", "5.0.0"));
}

#[test]
fn mal_all_versions_records() {
    for (id, eco, name) in [
        ("MAL-2022-9", Ecosystem::Npm, "0-dns"),
        ("MAL-2024-11038", Ecosystem::Npm, "fe-prometheus-report"),
        ("MAL-2025-2545", Ecosystem::Go, "github.com/boltdb-go/bolt"),
    ] {
        let record = sample(id);
        assert!(record.is_malicious());
        for v in ["0.0.0", "0.0.1", "6.5.8", "99.0.0", "1.0.0-alpha"] {
            assert!(affects(&record, eco, name, v), "{id} {v}");
        }
        // "Just outside" an all-versions record is another package or ecosystem.
        assert!(!affects(&record, eco, &format!("{name}x"), "1.0.0"), "{id}");
        assert!(!affects(&record, Ecosystem::PyPI, name, "1.0.0"), "{id}");
    }
    // Go versions as go.mod writes them, with the prefix and as pseudo-versions.
    let bolt = sample("MAL-2025-2545");
    assert!(affects(
        &bolt,
        Ecosystem::Go,
        "github.com/boltdb-go/bolt",
        "v1.3.1"
    ));
    assert!(affects(
        &bolt,
        Ecosystem::Go,
        "github.com/boltdb-go/bolt",
        "v0.0.0-20240101000000-abcdefabcdef"
    ));
    assert!(!affects(
        &bolt,
        Ecosystem::Go,
        "github.com/boltdb/bolt",
        "v1.3.1"
    ));
}

#[test]
fn mal_versions_lists() {
    check(&Case {
        record: sample("MAL-2024-7682"),
        eco: Ecosystem::Npm,
        name: "sap-body",
        inside: &["0.0.0", "v0.0.0"],
        outside: &["0.0.1", "1.0.0", "0.0.0-1"],
    });
    check(&Case {
        record: sample("MAL-2024-2416"),
        eco: Ecosystem::Npm,
        name: "get-current-env",
        inside: &["99.99.99"],
        outside: &["99.99.98", "99.99.100", "100.0.0", "1.0.0"],
    });
    check(&Case {
        record: sample("MAL-2023-1359"),
        eco: Ecosystem::PyPI,
        name: "bytedtrace",
        inside: &["0.1.0", "0.1.5", "0.1.9", "0.1.09", "0.1.5.0"],
        outside: &["0.0.9", "0.1.10", "0.2.0", "0.1.5.post1", "0.1.5a1"],
    });
    // The name as PyPI users type it also matches.
    assert!(affects(
        &sample("MAL-2023-1359"),
        Ecosystem::PyPI,
        "ByteDTrace",
        "0.1.2"
    ));
}

#[test]
fn mal_scoped_name_with_last_affected() {
    check(&Case {
        record: sample("MAL-2023-8697"),
        eco: Ecosystem::Npm,
        name: "@ledgerhq/connect-kit",
        inside: &["1.1.5", "1.1.6", "1.1.7"],
        outside: &[
            "1.1.4",
            "1.1.5-beta.1",
            "1.1.8",
            "1.1.8-0",
            "1.2.0",
            "0.0.0",
        ],
    });
    assert!(!affects(
        &sample("MAL-2023-8697"),
        Ecosystem::Npm,
        "connect-kit",
        "1.1.6"
    ));
}

#[test]
fn withdrawn_records_never_match() {
    for (id, eco, name, v) in [
        ("MAL-2024-1398", Ecosystem::Npm, "drata", "1.0.0"),
        ("MAL-2024-1398", Ecosystem::Npm, "drata", "1.1.0"),
        ("PYSEC-2021-13", Ecosystem::PyPI, "flask-caching", "1.10.1"),
        (
            "GO-2022-0617",
            Ecosystem::Go,
            "k8s.io/kubernetes",
            "v1.20.0",
        ),
    ] {
        let record = sample(id);
        assert!(record.is_withdrawn(), "{id}");
        assert!(!affects(&record, eco, name, v), "{id} {v}");
        // The ranges themselves would cover it: only the withdrawal stops the match.
        let live = Record {
            withdrawn: None,
            ..record
        };
        assert!(affects(&live, eco, name, v), "{id} {v} without withdrawal");
    }
    let dirs = crates_record("RUSTSEC-2020-0053");
    assert!(dirs.is_withdrawn());
    assert!(!affects(&dirs, Ecosystem::Cargo, "dirs", "1.0.5"));
    assert!(affects(
        &Record {
            withdrawn: None,
            ..dirs
        },
        Ecosystem::Cargo,
        "dirs",
        "1.0.5"
    ));
}

#[test]
fn pysec_django_four_pairs_with_prerelease_bounds() {
    let record = sample("PYSEC-2014-19");
    check(&Case {
        record: record.clone(),
        eco: Ecosystem::PyPI,
        name: "Django",
        inside: &[
            "1.4",
            "1.4.12",
            "1.5",
            "1.5.7",
            "1.6",
            "1.6.4",
            "1.7a0",
            "1.7a2",
            "1.7b3",
            "1.7b4.dev1",
        ],
        outside: &[
            "1.3.7", "1.4.13", "1.4.22", "1.5.8", "1.5.12", "1.6.5", "1.7b4", "1.7rc1", "1.7",
            "1.4rc1",
        ],
    });
    assert_eq!(
        fixed(&record, Ecosystem::PyPI, "django", "1.7a2").as_deref(),
        Some("1.7b4")
    );
    assert_eq!(
        fixed(&record, Ecosystem::PyPI, "django", "1.5.1").as_deref(),
        Some("1.5.8")
    );
}

#[test]
fn pysec_beaker_post_release_fix_and_git_range_ignored() {
    let record = sample("PYSEC-2012-1");
    check(&Case {
        record: record.clone(),
        eco: Ecosystem::PyPI,
        name: "beaker",
        inside: &["0.5", "1.6.4", "1.6.5", "1.6.5.post1.dev0", "1.6.5+local"],
        outside: &["1.6.5.post1", "1.6.5.post2", "1.6.6", "1.7"],
    });
    assert_eq!(
        fixed(&record, Ecosystem::PyPI, "Beaker", "1.6.5").as_deref(),
        Some("1.6.5.post1")
    );
}

#[test]
fn pysec_py_last_affected_and_unnormalised_versions_list() {
    let record = sample("PYSEC-2022-42969");
    check(&Case {
        record: record.clone(),
        eco: Ecosystem::PyPI,
        name: "py",
        inside: &[
            "0.8.0a2",
            "0.8.0-alpha2",
            "0.9.0",
            "1.4.7.dev3",
            "1.11.0",
            "1.11",
        ],
        outside: &["1.11.0.post1", "1.11.1", "2.0.0"],
    });
    assert_eq!(fixed(&record, Ecosystem::PyPI, "py", "1.11.0"), None);
}

#[test]
fn go_incompatible_and_pseudo_version_bounds() {
    let record = sample("GO-2021-0076");
    check(&Case {
        record,
        eco: Ecosystem::Go,
        name: "github.com/evanphx/json-patch",
        inside: &[
            "v0.5.1",
            "0.5.1",
            "v0.0.0-20170101000000-aaaaaaaaaaaa",
            "v3.0.0+incompatible",
            "v3.0.1-0.20180101000000-aaaaaaaaaaaa+incompatible",
        ],
        outside: &[
            "v0.5.2",
            "v1.0.0",
            "v2.0.0+incompatible",
            "v3.0.1-0.20180525145409-4c9aadca8f89+incompatible",
            "v3.0.1-0.20190101000000-aaaaaaaaaaaa+incompatible",
            "v4.0.0+incompatible",
            "v5.0.0",
        ],
    });
}

#[test]
fn go_stdlib_prerelease_bounds() {
    let record = sample("GO-2026-6091");
    check(&Case {
        record: record.clone(),
        eco: Ecosystem::Go,
        name: "stdlib",
        inside: &[
            "1.20.0",
            "1.25.12",
            "1.26.0-rc.1",
            "1.26.0",
            "1.26.5",
            "1.27.0-rc.1",
            "1.27.0-rc.2",
        ],
        outside: &[
            "1.25.13",
            "1.25.14",
            "1.26.6",
            "1.26.7",
            "1.27.0-rc.3",
            "1.27.0",
        ],
    });
    assert_eq!(
        fixed(&record, Ecosystem::Go, "stdlib", "v1.26.0").as_deref(),
        Some("1.26.6")
    );
}

#[test]
fn rustsec_time_dash_zero_bounds() {
    let record = crates_record("RUSTSEC-2020-0071");
    check(&Case {
        record: record.clone(),
        eco: Ecosystem::Cargo,
        name: "time",
        inside: &["0.0.1", "0.1.45", "0.2.1-beta", "0.2.7", "0.2.22"],
        outside: &[
            "0.2.0", "0.2.1", "0.2.2", "0.2.3", "0.2.4", "0.2.5", "0.2.6", "0.2.23", "0.3.0",
        ],
    });
    assert_eq!(
        fixed(&record, Ecosystem::Cargo, "time", "0.1.45").as_deref(),
        Some("0.2.0")
    );
    assert_eq!(
        fixed(&record, Ecosystem::Cargo, "time", "0.2.10").as_deref(),
        Some("0.2.23")
    );
}

#[test]
fn rustsec_informational_and_crates_mal() {
    let kyber = crates_record("RUSTSEC-2024-0381");
    assert_eq!(kyber.informational(), Some("unmaintained"));
    check(&Case {
        record: kyber,
        eco: Ecosystem::Cargo,
        name: "pqcrypto-kyber",
        inside: &["0.0.0", "0.8.1"],
        outside: &[],
    });
    let mal = crates_record("MAL-2022-1");
    assert!(mal.is_malicious());
    check(&Case {
        record: mal,
        eco: Ecosystem::Cargo,
        name: "rustdecimal",
        inside: &["1.23.1", "0.0.0"],
        outside: &[],
    });
    assert!(!affects(
        &crates_record("MAL-2022-1"),
        Ecosystem::Cargo,
        "rust_decimal",
        "1.23.1"
    ));
}

/// A sample added later must get a case here: this lists the ids the cases above cover.
#[test]
fn every_sample_file_is_covered() {
    let covered = [
        "GHSA-c2qf-rxjj-qqgw",
        "MAL-2022-9",
        "MAL-2024-11038",
        "MAL-2025-2545",
        "MAL-2024-7682",
        "MAL-2024-2416",
        "MAL-2023-1359",
        "MAL-2023-8697",
        "MAL-2024-1398",
        "PYSEC-2021-13",
        "GO-2022-0617",
        "PYSEC-2014-19",
        "PYSEC-2012-1",
        "PYSEC-2022-42969",
        "GO-2021-0076",
        "GO-2026-6091",
    ];
    let mut found = 0;
    for entry in std::fs::read_dir(format!("{OSV}/samples")).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if let Some(id) = name.strip_suffix(".json") {
            assert!(covered.contains(&id), "sample {id} has no test");
            found += 1;
        }
    }
    assert_eq!(found, covered.len());
}
