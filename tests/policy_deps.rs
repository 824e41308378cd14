//! `[deps]` in tollgate.toml through the real loader: every key, allow entries and their
//! expiry, and unknown keys or bad values failing with the key named.

use jiff::civil::date;
use serde_json::json;
use tollgate::finding::{Change, DependencyFinding, Severity, Verdict};
use tollgate::policy::Config;
use tollgate::policy::deps_policy::{DepsPolicy, Level, Mode};

fn load(text: &str) -> Result<Config, String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tollgate.toml");
    std::fs::write(&path, text).unwrap();
    Config::load(&path).map_err(|e| e.to_string())
}

fn policy(text: &str) -> DepsPolicy {
    load(text).unwrap().deps.with_today(date(2026, 6, 1))
}

fn finding(eco: &str, name: &str, version: &str) -> DependencyFinding {
    DependencyFinding {
        ecosystem: eco.into(),
        name: name.into(),
        version: Some(version.into()),
        previous_version: None,
        change: Change::Added,
        lockfile: "package-lock.json".into(),
        direct: true,
        introduced_by: vec![],
        checks: vec![],
        from_registry: true,
        fixed_advisories: vec![],
        published: None,
        specifier: None,
        line: None,
    }
}

/// A verdict of kind `name` as the report writes it: its required evidence, then
/// `details` (which may replace it). Read through `Verdict`'s own deserialiser.
fn check(name: &str, details: serde_json::Value) -> Verdict {
    let required = match name {
        "malicious" | "vulnerable" => json!({"id": "X-1"}),
        "recently-published" => json!({"published": "2026-05-31T00:00:00Z"}),
        "typosquat" => json!({"resembles": "x", "similarity": "scope"}),
        "source" => json!({"current": "registry"}),
        "integrity" => json!({"previous": "sha512-a"}),
        "install-script" => json!({"reason": "added"}),
        "unknown" => json!({"reason": "timeout"}),
        other => panic!("no verdict kind {other}"),
    };
    let mut object = json!({ "check": name });
    for (key, value) in required
        .as_object()
        .unwrap()
        .iter()
        .chain(details.as_object().unwrap())
    {
        object[key] = value.clone();
    }
    serde_json::from_value(object).unwrap()
}

fn level(p: &DepsPolicy, f: &DependencyFinding, c: &Verdict, mode: Mode) -> Level {
    p.level(f, c, mode, Severity::Medium)
}

#[test]
fn defaults_fail_everything_but_install_scripts_and_staged_unknowns() {
    let p = policy("");
    let f = finding("npm", "a", "1.0.0");
    for name in [
        "malicious",
        "recently-published",
        "typosquat",
        "source",
        "integrity",
    ] {
        assert_eq!(
            level(&p, &f, &check(name, json!({})), Mode::Base),
            Level::Fail,
            "{name}"
        );
    }
    assert_eq!(
        level(&p, &f, &check("install-script", json!({})), Mode::Base),
        Level::Warn
    );
    let unknown = check("unknown", json!({"reason": "timeout"}));
    assert_eq!(level(&p, &f, &unknown, Mode::Base), Level::Fail);
    assert_eq!(level(&p, &f, &unknown, Mode::Staged), Level::Warn);
    assert_eq!(p.min_age, jiff::SignedDuration::from_hours(72));
}

#[test]
fn every_check_key_takes_fail_warn_or_off() {
    let p = policy(
        "[deps]\nmalicious = \"warn\"\nvulnerable = \"off\"\nrecently-published = \"warn\"\ntyposquat = \"off\"\nsource = \"warn\"\nintegrity = \"off\"\ninstall-script = \"fail\"\nunknown = \"off\"\nmin-age = \"3d\"\n",
    );
    let f = finding("npm", "a", "1.0.0");
    let expect = [
        ("malicious", Level::Warn),
        ("vulnerable", Level::Off),
        ("recently-published", Level::Warn),
        ("typosquat", Level::Off),
        ("source", Level::Warn),
        ("integrity", Level::Off),
        ("install-script", Level::Fail),
        ("unknown", Level::Off),
    ];
    for (name, want) in expect {
        assert_eq!(
            level(
                &p,
                &f,
                &check(name, json!({"severity": "critical"})),
                Mode::Base
            ),
            want,
            "{name}"
        );
    }
    assert_eq!(
        level(&p, &f, &check("unknown", json!({})), Mode::Staged),
        Level::Off
    );
    assert_eq!(p.min_age, jiff::SignedDuration::from_hours(72));
    let p = policy("[deps]\nunknown = { base = \"warn\", staged = \"fail\" }\nmin-age = \"90m\"\n");
    assert_eq!(
        level(&p, &f, &check("unknown", json!({})), Mode::Base),
        Level::Warn
    );
    assert_eq!(
        level(&p, &f, &check("unknown", json!({})), Mode::Staged),
        Level::Fail
    );
    assert_eq!(p.min_age, jiff::SignedDuration::from_mins(90));
}

#[test]
fn fail_on_splits_vulnerabilities_by_severity() {
    let f = finding("npm", "a", "1.0.0");
    let vuln = |s: &str| check("vulnerable", json!({"id": "GHSA-x", "severity": s}));
    let p = policy("[deps]\nfail-on = \"high\"\n");
    assert_eq!(level(&p, &f, &vuln("medium"), Mode::Base), Level::Warn);
    assert_eq!(level(&p, &f, &vuln("high"), Mode::Base), Level::Fail);
    // Without `fail-on` the run's threshold (medium here) decides.
    let p = policy("");
    assert_eq!(level(&p, &f, &vuln("medium"), Mode::Base), Level::Fail);
    assert_eq!(level(&p, &f, &vuln("low"), Mode::Base), Level::Warn);
    let notice = check(
        "vulnerable",
        json!({"id": "RUSTSEC-x", "informational": "unmaintained"}),
    );
    assert_eq!(level(&p, &f, &notice, Mode::Base), Level::Warn);
}

#[test]
fn allow_entries_by_package_version_and_advisory_until_they_expire() {
    let p = policy(
        r#"
[[deps.allow]]
package = "npm:left-pad"
reason = "vendored fork"

[[deps.allow]]
package = "PyPI:Python_Dateutil@2.9.0"
reason = "checked by hand"
expires = 2026-12-31

[[deps.allow]]
advisory = "CVE-2024-0001"
reason = "not reachable"

[[deps.allow]]
package = "old-thing"
expires = 2026-01-31
reason = "was temporary"
"#,
    );
    let any = check("typosquat", json!({"resembles": "x"}));
    assert_eq!(
        level(&p, &finding("npm", "left-pad", "9.9.9"), &any, Mode::Base),
        Level::Off
    );
    assert_eq!(
        level(&p, &finding("PyPI", "left-pad", "1.0.0"), &any, Mode::Base),
        Level::Fail
    );
    assert_eq!(
        level(
            &p,
            &finding("PyPI", "python-dateutil", "2.9.0"),
            &any,
            Mode::Base
        ),
        Level::Off
    );
    assert_eq!(
        level(
            &p,
            &finding("PyPI", "python-dateutil", "2.9.1"),
            &any,
            Mode::Base
        ),
        Level::Fail
    );
    let by_alias = check(
        "vulnerable",
        json!({"id": "GHSA-1", "aliases": ["CVE-2024-0001"], "severity": "high"}),
    );
    let other = check("vulnerable", json!({"id": "GHSA-2", "severity": "high"}));
    let f = finding("npm", "b", "1.0.0");
    assert_eq!(level(&p, &f, &by_alias, Mode::Base), Level::Off);
    assert_eq!(level(&p, &f, &other, Mode::Base), Level::Fail);
    // Expired: applies no more, and is listed.
    assert_eq!(
        level(&p, &finding("npm", "old-thing", "1.0.0"), &any, Mode::Base),
        Level::Fail
    );
    let warnings = p.expiry_warnings();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].contains("old-thing") && warnings[0].contains("2026-01-31"),
        "{warnings:?}"
    );
    // The same entry still applies on its last day.
    let p = p.with_today(date(2026, 1, 31));
    assert_eq!(
        level(&p, &finding("npm", "old-thing", "1.0.0"), &any, Mode::Base),
        Level::Off
    );
    assert!(p.expiry_warnings().is_empty());
}

#[test]
fn unknown_keys_and_bad_values_name_the_key() {
    let cases = [
        ("[deps]\ntypo-squat = \"fail\"\n", "typo-squat"),
        ("[deps]\nsource = \"block\"\n", "block"),
        ("[deps]\nmin-age = \"three days\"\n", "min-age"),
        ("[deps]\nfail-on = \"severe\"\n", "severe"),
        ("[[deps.allow]]\npackage = \"a\"\n", "reason"),
        (
            "[[deps.allow]]\nreason = \"r\"\n",
            "needs `package` or `advisory`",
        ),
        (
            "[[deps.allow]]\npackage = \"a\"\nreason = \"r\"\nexpires = \"soon\"\n",
            "expires",
        ),
        (
            "[[deps.allow]]\npackage = \"a\"\nreason = \"r\"\nuntil = 2026-01-01\n",
            "until",
        ),
        (
            "[[deps.allow]]\npackage = \"nosuch:a\"\nreason = \"r\"\n",
            "package",
        ),
        ("[registries]\nnpm-registry = \"x\"\n", "npm-registry"),
    ];
    for (text, key) in cases {
        let err = load(text).unwrap_err();
        assert!(
            err.contains(key) && err.contains("tollgate.toml"),
            "{text}: {err}"
        );
    }
}

#[test]
fn registries_table_is_read() {
    let c = load("[registries]\nnpm = \"http://127.0.0.1:1/npm\"\npypi = \"http://127.0.0.1:1/simple\"\ncrates = \"http://127.0.0.1:1\"\ngo = \"http://127.0.0.1:1/go\"\ndeps-dev = \"http://127.0.0.1:1/dd\"\n").unwrap();
    assert_eq!(c.registries.npm.as_deref(), Some("http://127.0.0.1:1/npm"));
    assert_eq!(
        c.registries.deps_dev.as_deref(),
        Some("http://127.0.0.1:1/dd")
    );
}
