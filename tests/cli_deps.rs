//! `tollgate deps` and the dependency half of `tollgate check`, through the real binary:
//! advisory verdicts from real OSV records for npm, PyPI, Go and Rust crates, the fixed
//! version not flagged, the missing-store rules, the online API mode against a local
//! server, and credentials in package-manager configuration.

mod support;

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;
use support::OSV;
use support::cli::{Sandbox, dependency, json, stderr, stdout};
use support::http::{Reply, serve};
use support::repo::Repo;

const PAIRS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/verdicts");

/// (ecosystem dir, OSV ecosystem, malicious package, MAL id, vulnerable package, advisory id)
const CASES: [(&str, &str, &str, &str, &str, &str); 4] = [
    (
        "npm",
        "npm",
        "0-dns",
        "MAL-2022-9",
        "semver",
        "GHSA-c2qf-rxjj-qqgw",
    ),
    (
        "pypi",
        "PyPI",
        "bytedtrace",
        "MAL-2023-1359",
        "django",
        "PYSEC-2014-19",
    ),
    (
        "go",
        "Go",
        "github.com/boltdb-go/bolt",
        "MAL-2025-2545",
        "github.com/evanphx/json-patch",
        "GO-2021-0076",
    ),
    (
        "cargo",
        "cargo",
        "rustdecimal",
        "MAL-2022-1",
        "time",
        "RUSTSEC-2020-0071",
    ),
];

/// Runs the binary in `dir` with the sandbox's home and advisory store.
fn tollgate(dir: &Path, sandbox: &Sandbox, args: &[&str]) -> Output {
    sandbox.command_in(dir).args(args).output().unwrap()
}

fn checks(finding: &Value) -> Vec<(String, String)> {
    finding["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["check"].as_str().unwrap().to_string(),
                c["id"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

/// The JSON report of `deps` from side `from` to side `to` of an ecosystem's verdict pair,
/// which must exit with `code`.
fn pair_report(cache: &Sandbox, dir: &str, from: &str, to: &str, code: i32) -> Value {
    let (base, head) = (
        format!("{PAIRS}/{dir}/{from}"),
        format!("{PAIRS}/{dir}/{to}"),
    );
    let output = tollgate(
        cache.path(),
        cache,
        &["deps", &base, &head, "--format", "json"],
    );
    assert_eq!(
        output.status.code(),
        Some(code),
        "{dir}: {}",
        stderr(&output)
    );
    json(&output)
}

#[test]
fn malicious_and_vulnerable_versions_are_flagged_in_every_ecosystem() {
    let cache = Sandbox::with_advisories();
    for (dir, ecosystem, malicious, mal_id, vulnerable, vuln_id) in CASES {
        let report = pair_report(&cache, dir, "base", "head", 1);
        let bad = dependency(&report, malicious);
        let ecosystem = tollgate::osv::Ecosystem::from_name(ecosystem).unwrap();
        assert_eq!(bad["ecosystem"], ecosystem.as_str());
        assert_eq!(bad["change"], "added");
        assert_eq!(
            checks(bad),
            [("malicious".to_string(), mal_id.to_string())],
            "{dir}"
        );
        let vuln = dependency(&report, vulnerable);
        assert_eq!(vuln["change"], "downgraded");
        assert_eq!(
            checks(vuln),
            [("vulnerable".to_string(), vuln_id.to_string())],
            "{dir}"
        );
    }
}

#[test]
fn the_fixed_version_is_not_flagged_and_is_shown_as_a_fix() {
    let cache = Sandbox::with_advisories();
    for (dir, _, malicious, mal_id, vulnerable, vuln_id) in CASES {
        let report = pair_report(&cache, dir, "head", "base", 0);
        let (base, head) = (format!("{PAIRS}/{dir}/head"), format!("{PAIRS}/{dir}/base"));
        assert!(checks(dependency(&report, vulnerable)).is_empty(), "{dir}");
        assert_eq!(dependency(&report, vulnerable)["change"], "upgraded");
        let table = stdout(&tollgate(cache.path(), &cache, &["deps", &base, &head]));
        assert!(
            table.contains(&format!("fixes {vuln_id}")),
            "{dir}: {table}"
        );
        assert!(table.contains(&format!("fixes {mal_id}")), "{dir}: {table}");
        assert!(table.contains(malicious));
    }
}

#[test]
fn fail_on_high_lets_a_moderate_vulnerability_through_but_never_malware() {
    let cache = Sandbox::with_advisories();
    let (base, head) = (format!("{PAIRS}/npm/base"), format!("{PAIRS}/npm/head"));
    let output = tollgate(
        cache.path(),
        &cache,
        &[
            "deps",
            &base,
            &head,
            "--format",
            "json",
            "--fail-on",
            "high",
        ],
    );
    assert_eq!(
        output.status.code(),
        Some(1),
        "the malicious package still blocks"
    );
    let report = json(&output);
    let vuln = dependency(&report, "semver");
    assert_eq!(
        vuln["checks"][0]["severity"], "medium",
        "GHSA-c2qf is MODERATE"
    );
    let markdown = stdout(&tollgate(
        cache.path(),
        &cache,
        &[
            "deps",
            &base,
            &head,
            "--format",
            "markdown",
            "--fail-on",
            "high",
        ],
    ));
    let (blocking, warnings) = markdown.split_once("#### Warnings").expect(&markdown);
    assert!(
        blocking.contains("`0-dns`") && !blocking.contains("`semver`"),
        "{markdown}"
    );
    assert!(warnings.contains("`semver`"), "{markdown}");
}

#[test]
fn a_missing_store_fails_deps_and_says_how_to_fill_it() {
    let cache = Sandbox::new();
    let (base, head) = (format!("{PAIRS}/npm/base"), format!("{PAIRS}/npm/head"));
    let output = tollgate(cache.path(), &cache, &["deps", &base, &head]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("run `tollgate feed sync` or `tollgate feed import PATH`"));
}

#[test]
fn a_malformed_lockfile_is_exit_2_naming_file_and_line() {
    let cache = Sandbox::with_advisories();
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("package-lock.json");
    std::fs::write(
        &broken,
        "{\n  \"lockfileVersion\": 3,\n  \"packages\": {\n    \"node_modules/x\": {\"version\": \n",
    )
    .unwrap();
    let base = format!("{PAIRS}/npm/base/package-lock.json");
    let output = tollgate(
        dir.path(),
        &cache,
        &["deps", &base, broken.to_str().unwrap()],
    );
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(message.contains("package-lock.json:5:"), "{message}");
}

#[test]
fn credentials_in_package_manager_configuration_are_secret_findings() {
    let cache = Sandbox::with_advisories();
    let root = tempfile::tempdir().unwrap();
    for side in ["base", "head"] {
        let dir = root.path().join(side);
        std::fs::create_dir(&dir).unwrap();
        std::fs::copy(
            format!("{PAIRS}/npm/base/package-lock.json"),
            dir.join("package-lock.json"),
        )
        .unwrap();
    }
    let token =
        tollgate::secrets::checksum::with_checksum("npm_", "q8Zr2LxV0pN7sKd4TbWm9YcE1aF3gH");
    std::fs::write(
        root.path().join("head/.npmrc"),
        format!("//registry.npm.invalid/:_authToken={token}\n"),
    )
    .unwrap();
    let output = tollgate(
        root.path(),
        &cache,
        &["deps", "base", "head", "--format", "json"],
    );
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let report = json(&output);
    let secret = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == "secret")
        .expect("a secret finding");
    assert_eq!(secret["file"], "head/.npmrc");
    assert!(
        !report.to_string().contains(&token),
        "the token is redacted"
    );
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

/// A repository whose `main` holds the base lockfiles of every ecosystem (each in its own
/// directory) and whose `feature` branch moves them to head.
fn repo_with_dependency_change() -> Repo {
    let repo = Repo::new();
    let place = |side: &str| {
        for (dir, ..) in CASES {
            let target: PathBuf = repo.path.join(dir);
            std::fs::create_dir_all(&target).unwrap();
            copy_dir(&Path::new(PAIRS).join(dir).join(side), &target);
        }
    };
    place("base");
    repo.commit("base");
    repo.git(&["checkout", "-q", "-b", "feature"]);
    place("head");
    repo.commit("head");
    repo
}

#[test]
fn check_base_flags_the_dependency_change_of_a_branch() {
    let cache = Sandbox::with_advisories();
    let repo = repo_with_dependency_change();
    let output = tollgate(
        &repo.path,
        &cache,
        &["check", "--base", "main", "--format", "json"],
    );
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let report = json(&output);
    for (dir, _, malicious, mal_id, vulnerable, vuln_id) in CASES {
        let bad = dependency(&report, malicious);
        assert_eq!(
            checks(bad),
            [("malicious".to_string(), mal_id.to_string())],
            "{dir}"
        );
        assert!(
            bad["lockfile"]
                .as_str()
                .unwrap()
                .starts_with(&format!("{dir}/")),
            "{bad}"
        );
        assert_eq!(
            checks(dependency(&report, vulnerable)),
            [("vulnerable".to_string(), vuln_id.to_string())]
        );
    }
    let sarif = json(&tollgate(
        &repo.path,
        &cache,
        &["check", "--base", "main", "--format", "sarif"],
    ));
    let rules: Vec<&str> = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["ruleId"].as_str().unwrap())
        .collect();
    assert_eq!(
        rules
            .iter()
            .filter(|r| **r == "dependency/malicious")
            .count(),
        4,
        "{rules:?}"
    );

    let github = stdout(&tollgate(
        &repo.path,
        &cache,
        &["deps", "--base", "main", "--format", "github"],
    ));
    // At the package's entry in the head's lockfile, not at line 1.
    let lockfile = std::fs::read_to_string(repo.path.join("npm/package-lock.json")).unwrap();
    let entry = 1 + lockfile
        .lines()
        .position(|l| l.contains("\"node_modules/0-dns\""))
        .unwrap();
    assert!(
        github.contains(&format!(
            "::error file=npm/package-lock.json,line={entry},title=tollgate npm 0-dns::"
        )),
        "{github}"
    );
}

#[test]
fn check_base_without_a_store_fails_but_check_staged_warns_and_goes_on() {
    let empty = Sandbox::new();
    let repo = repo_with_dependency_change();
    let output = tollgate(&repo.path, &empty, &["check", "--base", "main"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("tollgate feed sync"));

    repo.git(&["checkout", "-q", "main"]);
    copy_dir(&Path::new(PAIRS).join("npm/head"), &repo.path.join("npm"));
    repo.git(&["add", "-A"]);
    let output = tollgate(&repo.path, &empty, &["check", "--staged"]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    let warning = stderr(&output);
    assert_eq!(
        warning.matches("not checked against advisories").count(),
        1,
        "{warning}"
    );
    assert!(
        warning.contains("publish times not checked for npm: no registry configured"),
        "{warning}"
    );

    let cache = Sandbox::with_advisories();
    let output = tollgate(
        &repo.path,
        &cache,
        &["check", "--staged", "--format", "json"],
    );
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        checks(dependency(&json(&output), "0-dns"))[0].0,
        "malicious"
    );
}

/// Plays OSV's API: `/v1/querybatch` answers from the sample records, `/v1/vulns/ID`
/// serves them; `fail` makes every request a 500.
fn osv_api(fail: bool) -> support::http::Server {
    serve(move |request| {
        if fail {
            return Reply::status(500);
        }
        if request.url == "/v1/querybatch" {
            let query: Value = serde_json::from_str(&request.body).unwrap();
            let results: Vec<Value> = query["queries"]
                .as_array()
                .unwrap()
                .iter()
                .map(|q| match q["package"]["name"].as_str() {
                    Some("0-dns") => serde_json::json!({"vulns": [{"id": "MAL-2022-9", "modified": "2022-06-20T00:00:00Z"}]}),
                    Some("semver") => serde_json::json!({"vulns": [{"id": "GHSA-c2qf-rxjj-qqgw", "modified": "2024-01-01T00:00:00Z"}]}),
                    _ => serde_json::json!({}),
                })
                .collect();
            return Reply::json(serde_json::json!({ "results": results }).to_string());
        }
        match request.url.strip_prefix("/v1/vulns/") {
            Some(id) => Reply::json(
                std::fs::read_to_string(format!("{OSV}/samples/{id}.json")).unwrap_or_default(),
            ),
            None => Reply::status(404),
        }
    })
}

#[test]
fn online_mode_asks_the_osv_api_and_a_failure_is_unknown_not_a_pass() {
    let no_store = Sandbox::new();
    let (base, head) = (format!("{PAIRS}/npm/base"), format!("{PAIRS}/npm/head"));
    let online = |server: &support::http::Server| {
        tollgate(
            no_store.path(),
            &no_store,
            &[
                "deps",
                &base,
                &head,
                "--feed",
                "osv-api",
                "--osv-api-url",
                server.base(),
                "--format",
                "json",
            ],
        )
    };
    let output = online(&osv_api(false));
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let report = json(&output);
    assert_eq!(
        checks(dependency(&report, "0-dns")),
        [("malicious".to_string(), "MAL-2022-9".to_string())]
    );
    assert_eq!(
        checks(dependency(&report, "semver"))[0].1,
        "GHSA-c2qf-rxjj-qqgw"
    );

    let failing = osv_api(true);
    let output = online(&failing);
    assert_eq!(
        output.status.code(),
        Some(1),
        "an unknown result blocks a gate"
    );
    let report = json(&output);
    let unknown = &dependency(&report, "0-dns")["checks"][0];
    assert_eq!(unknown["check"], "unknown");
    assert!(
        unknown["reason"].as_str().unwrap().contains("500"),
        "{unknown}"
    );
    assert!(failing.total() >= 2, "the client retried");
}

/// Regression: `check --base` once matched requirements files by its own list of names,
/// which lacked `requirements/*.txt` and `dev-requirements.txt`, so it never diffed files
/// that `deps` diffs. Both now ask `lockfile_parsers::detect`.
#[test]
fn check_base_diffs_requirements_files_in_a_requirements_directory() {
    let cache = Sandbox::with_advisories();
    let repo = Repo::new();
    repo.write("requirements/dev.txt", "django==1.6.5\n");
    repo.write("dev-requirements.txt", "django==1.6.5\n");
    repo.commit("base");
    repo.git(&["checkout", "-q", "-b", "feature"]);
    repo.write("requirements/dev.txt", "django==1.6.4\n");
    repo.write("dev-requirements.txt", "django==1.6.4\n");
    repo.commit("back to a vulnerable django");
    let output = tollgate(
        &repo.path,
        &cache,
        &["check", "--base", "main", "--format", "json"],
    );
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let report = json(&output);
    let lockfiles: Vec<&str> = support::cli::findings(&report)
        .iter()
        .filter(|f| f["name"] == "django")
        .map(|f| f["lockfile"].as_str().unwrap())
        .collect();
    assert_eq!(lockfiles, ["dev-requirements.txt", "requirements/dev.txt"]);
    assert_eq!(
        checks(dependency(&report, "django")),
        [("vulnerable".to_string(), "PYSEC-2014-19".to_string())]
    );
}

/// The dependency-file scan decides "new" by the same rule as every other scan: a token
/// that the base already had (here on a line whose registry changed) is not new, and
/// neither is one moved from a file the change deletes; a token the change brings is.
#[test]
fn dependency_file_secrets_are_new_by_the_same_rule_as_git_scans() {
    let cache = Sandbox::with_advisories();
    let token =
        tollgate::secrets::checksum::with_checksum("npm_", "q8Zr2LxV0pN7sKd4TbWm9YcE1aF3gH");
    let other =
        tollgate::secrets::checksum::with_checksum("npm_", "Zq8r2LxV0pN7sKd4TbWm9YcE1aF3gH");
    let lock = std::fs::read(format!("{PAIRS}/npm/base/package-lock.json")).unwrap();
    for side in ["base", "head"] {
        cache.write(format!("{side}/web/package-lock.json"), &lock);
    }
    cache.write(
        "base/web/.npmrc",
        format!("//a.invalid/:_authToken={token}\n"),
    );
    cache.write(
        "head/web/.npmrc",
        format!("//b.invalid/:_authToken={token}\n"),
    );
    cache.write(
        "base/old/.npmrc",
        format!("//a.invalid/:_authToken={other}\n"),
    );
    cache.write(
        "head/new/.npmrc",
        format!("//a.invalid/:_authToken={other}\n"),
    );
    let output = tollgate(
        cache.path(),
        &cache,
        &["deps", "base", "head", "--format", "json", "--offline"],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));

    cache.write(
        "head/web/.npmrc",
        format!(
            "//b.invalid/:_authToken={token}\n//c.invalid/:_authToken={}\n",
            tollgate::secrets::checksum::with_checksum("npm_", "aaaa2LxV0pN7sKd4TbWm9YcE1aF3gH")
        ),
    );
    let report = json(&tollgate(
        cache.path(),
        &cache,
        &["deps", "base", "head", "--format", "json", "--offline"],
    ));
    let lines: Vec<(String, u64)> = support::cli::findings(&report)
        .iter()
        .filter(|f| f["kind"] == "secret")
        .map(|f| {
            (
                f["file"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(lines, [("head/web/.npmrc".to_string(), 2)]);
}

/// `deps BASE HEAD` on two directories honours `[deps] exclude` of the project's
/// `tollgate.toml` as `check` does: an excluded lockfile (a fixture adding a malicious
/// package) is neither diffed nor judged, and is listed as skipped; the other lockfiles
/// still are.
#[test]
fn deps_on_directories_leaves_excluded_lockfiles_out_and_lists_them_as_skipped() {
    let sandbox = Sandbox::new();
    sandbox.import(&format!(
        "{}/corpus/osv/adversarial/MAL-2022-9.json",
        env!("CARGO_MANIFEST_DIR")
    ));
    let lock = |packages: &[(&str, &str)]| {
        let entries: String = packages
            .iter()
            .map(|(name, version)| {
                format!(r#","node_modules/{name}":{{"version":"{version}","resolved":"https://r.invalid/{name}/-/{name}-{version}.tgz"}}"#)
            })
            .collect();
        format!(r#"{{"lockfileVersion":3,"packages":{{"":{{"name":"app"}}{entries}}}}}"#)
    };
    for side in ["base", "head"] {
        sandbox.write(
            format!("{side}/package-lock.json"),
            lock(&[("left-pad", "1.3.0")]),
        );
        sandbox.write(format!("{side}/fixtures/package-lock.json"), lock(&[]));
    }
    sandbox.write(
        "head/package-lock.json",
        lock(&[("left-pad", "1.3.0"), ("is-odd", "3.0.1")]),
    );
    sandbox.write(
        "head/fixtures/package-lock.json",
        lock(&[("0-dns", "1.0.0")]),
    );
    let deps = || sandbox.run(&["deps", "base", "head", "--offline", "--format", "json"]);

    let without = deps();
    assert_eq!(without.status.code(), Some(1), "{}", stderr(&without));
    assert_eq!(
        dependency(&json(&without), "0-dns")["lockfile"],
        "fixtures/package-lock.json"
    );

    sandbox.write("tollgate.toml", "[deps]\nexclude = [\"fixtures/**\"]\n");
    let with = deps();
    assert_eq!(with.status.code(), Some(0), "{}", stderr(&with));
    let report = json(&with);
    let names: Vec<&str> = support::cli::findings(&report)
        .iter()
        .filter_map(|f| f["name"].as_str())
        .collect();
    assert_eq!(names, ["is-odd"], "{report:#}");
    assert_eq!(
        support::cli::skipped(&report),
        [(
            "fixtures/package-lock.json".to_string(),
            "excluded by [deps] exclude".to_string()
        )]
    );
}
