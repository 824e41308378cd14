//! `tollgate deps` and the dependency half of `tollgate check`, through the real binary:
//! advisory verdicts from real OSV records for npm, PyPI, Go and Rust crates, the fixed
//! version not flagged, the missing-store rules, the online API mode against a local
//! server, and credentials in package-manager configuration.

mod isolation;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use serde_json::Value;

const OSV: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/osv");
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

/// Runs the binary with no package-manager configuration at all (a fresh HOME, no
/// registry variables), so no test reaches a real registry.
fn tollgate(dir: &Path, cache: &Path, args: &[&str]) -> Output {
    let mut command = isolation::tollgate_command();
    command
        .args(args)
        .current_dir(dir)
        .env("HOME", cache)
        .env("CARGO_HOME", cache)
        .env("TOLLGATE_CACHE_DIR", cache)
        .env("NO_COLOR", "1")
        .output()
        .expect("run tollgate")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A cache directory whose store holds the sample records and the whole crates export.
fn filled_cache() -> tempfile::TempDir {
    let cache = tempfile::tempdir().unwrap();
    for source in [format!("{OSV}/samples"), format!("{OSV}/crates-io/all.zip")] {
        let output = tollgate(cache.path(), cache.path(), &["feed", "import", &source]);
        assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    }
    cache
}

fn json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", text(&output.stdout)))
}

fn dependency<'a>(report: &'a Value, name: &str) -> &'a Value {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == "dependency" && f["name"] == name)
        .unwrap_or_else(|| panic!("no finding for {name} in {report}"))
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

#[test]
fn malicious_and_vulnerable_versions_are_flagged_in_every_ecosystem() {
    let cache = filled_cache();
    for (dir, ecosystem, malicious, mal_id, vulnerable, vuln_id) in CASES {
        let (base, head) = (format!("{PAIRS}/{dir}/base"), format!("{PAIRS}/{dir}/head"));
        let output = tollgate(
            cache.path(),
            cache.path(),
            &["deps", &base, &head, "--format", "json"],
        );
        assert_eq!(
            output.status.code(),
            Some(1),
            "{dir}: {}",
            text(&output.stderr)
        );
        let report = json(&output);
        let bad = dependency(&report, malicious);
        let ecosystem = tollgate::feed::Ecosystem::from_name(ecosystem).unwrap();
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
    let cache = filled_cache();
    for (dir, _, malicious, mal_id, vulnerable, vuln_id) in CASES {
        let (base, head) = (format!("{PAIRS}/{dir}/head"), format!("{PAIRS}/{dir}/base"));
        let output = tollgate(
            cache.path(),
            cache.path(),
            &["deps", &base, &head, "--format", "json"],
        );
        assert_eq!(
            output.status.code(),
            Some(0),
            "{dir}: {}",
            text(&output.stderr)
        );
        let report = json(&output);
        assert!(checks(dependency(&report, vulnerable)).is_empty(), "{dir}");
        assert_eq!(dependency(&report, vulnerable)["change"], "upgraded");
        let table = text(&tollgate(cache.path(), cache.path(), &["deps", &base, &head]).stdout);
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
    let cache = filled_cache();
    let (base, head) = (format!("{PAIRS}/npm/base"), format!("{PAIRS}/npm/head"));
    let output = tollgate(
        cache.path(),
        cache.path(),
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
    let markdown = text(
        &tollgate(
            cache.path(),
            cache.path(),
            &[
                "deps",
                &base,
                &head,
                "--format",
                "markdown",
                "--fail-on",
                "high",
            ],
        )
        .stdout,
    );
    let (blocking, warnings) = markdown.split_once("#### Warnings").expect(&markdown);
    assert!(
        blocking.contains("`0-dns`") && !blocking.contains("`semver`"),
        "{markdown}"
    );
    assert!(warnings.contains("`semver`"), "{markdown}");
}

#[test]
fn a_missing_store_fails_deps_and_says_how_to_fill_it() {
    let cache = tempfile::tempdir().unwrap();
    let (base, head) = (format!("{PAIRS}/npm/base"), format!("{PAIRS}/npm/head"));
    let output = tollgate(cache.path(), cache.path(), &["deps", &base, &head]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr).contains("run `tollgate feed sync` or `tollgate feed import PATH`")
    );
}

#[test]
fn a_malformed_lockfile_is_exit_2_naming_file_and_line() {
    let cache = filled_cache();
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
        cache.path(),
        &["deps", &base, broken.to_str().unwrap()],
    );
    assert_eq!(output.status.code(), Some(2));
    let message = text(&output.stderr);
    assert!(message.contains("package-lock.json:5:"), "{message}");
}

#[test]
fn credentials_in_package_manager_configuration_are_secret_findings() {
    let cache = filled_cache();
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
        cache.path(),
        &["deps", "base", "head", "--format", "json"],
    );
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
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

fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Dev")
        .env("GIT_AUTHOR_EMAIL", "dev@example.invalid")
        .env("GIT_COMMITTER_NAME", "Dev")
        .env("GIT_COMMITTER_EMAIL", "dev@example.invalid")
        .status()
        .unwrap();
    assert!(status.success(), "git {args:?}");
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

/// A repository whose `main` holds the base lockfiles of every ecosystem (each in its own
/// directory) and whose `feature` branch moves them to head.
fn repo_with_dependency_change() -> tempfile::TempDir {
    let repo = tempfile::tempdir().unwrap();
    git(repo.path(), &["init", "-q", "-b", "main"]);
    let place = |side: &str| {
        for (dir, ..) in CASES {
            let target: PathBuf = repo.path().join(dir);
            std::fs::create_dir_all(&target).unwrap();
            copy_dir(&Path::new(PAIRS).join(dir).join(side), &target);
        }
    };
    place("base");
    git(repo.path(), &["add", "-A"]);
    git(repo.path(), &["commit", "-q", "-m", "base"]);
    git(repo.path(), &["checkout", "-q", "-b", "feature"]);
    place("head");
    git(repo.path(), &["add", "-A"]);
    git(repo.path(), &["commit", "-q", "-m", "head"]);
    repo
}

#[test]
fn check_base_flags_the_dependency_change_of_a_branch() {
    let cache = filled_cache();
    let repo = repo_with_dependency_change();
    let output = tollgate(
        repo.path(),
        cache.path(),
        &["check", "--base", "main", "--format", "json"],
    );
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
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
        repo.path(),
        cache.path(),
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

    let github = text(
        &tollgate(
            repo.path(),
            cache.path(),
            &["deps", "--base", "main", "--format", "github"],
        )
        .stdout,
    );
    assert!(
        github.contains("::error file=npm/package-lock.json,line=1,title=tollgate npm 0-dns::"),
        "{github}"
    );
}

#[test]
fn check_base_without_a_store_fails_but_check_staged_warns_and_goes_on() {
    let empty = tempfile::tempdir().unwrap();
    let repo = repo_with_dependency_change();
    let output = tollgate(repo.path(), empty.path(), &["check", "--base", "main"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("tollgate feed sync"));

    git(repo.path(), &["checkout", "-q", "main"]);
    copy_dir(&Path::new(PAIRS).join("npm/head"), &repo.path().join("npm"));
    git(repo.path(), &["add", "-A"]);
    let output = tollgate(repo.path(), empty.path(), &["check", "--staged"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stdout));
    let warning = text(&output.stderr);
    assert_eq!(
        warning.matches("not checked against advisories").count(),
        1,
        "{warning}"
    );
    assert!(
        warning.contains("publish times not checked for npm: no registry configured"),
        "{warning}"
    );

    let cache = filled_cache();
    let output = tollgate(
        repo.path(),
        cache.path(),
        &["check", "--staged", "--format", "json"],
    );
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        checks(dependency(&json(&output), "0-dns"))[0].0,
        "malicious"
    );
}

/// Plays OSV's API: `/v1/querybatch` answers from the sample records, `/v1/vulns/ID`
/// serves them; `fail` makes every request a 500. Bounded to 30 s and `limit` requests.
fn osv_api(fail: bool, limit: usize) -> (String, std::thread::JoinHandle<usize>) {
    let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let base = format!(
        "http://127.0.0.1:{}",
        server.server_addr().to_ip().unwrap().port()
    );
    let thread = std::thread::spawn(move || {
        let started = Instant::now();
        let mut served = 0;
        while served < limit && started.elapsed() < Duration::from_secs(30) {
            let Ok(Some(mut request)) = server.recv_timeout(Duration::from_millis(50)) else {
                continue;
            };
            served += 1;
            if fail {
                let _ = request.respond(tiny_http::Response::empty(500));
                continue;
            }
            let url = request.url().to_string();
            let body = if url == "/v1/querybatch" {
                let mut text = String::new();
                request.as_reader().read_to_string(&mut text).unwrap();
                let query: Value = serde_json::from_str(&text).unwrap();
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
                serde_json::json!({ "results": results }).to_string()
            } else if let Some(id) = url.strip_prefix("/v1/vulns/") {
                std::fs::read_to_string(format!("{OSV}/samples/{id}.json")).unwrap_or_default()
            } else {
                String::new()
            };
            let _ = request.respond(tiny_http::Response::from_string(body));
        }
        served
    });
    (base, thread)
}

#[test]
fn online_mode_asks_the_osv_api_and_a_failure_is_unknown_not_a_pass() {
    let no_store = tempfile::tempdir().unwrap();
    let (base, head) = (format!("{PAIRS}/npm/base"), format!("{PAIRS}/npm/head"));
    let (url, server) = osv_api(false, 5);
    let output = tollgate(
        no_store.path(),
        no_store.path(),
        &[
            "deps",
            &base,
            &head,
            "--feed",
            "osv-api",
            "--osv-api-url",
            &url,
            "--format",
            "json",
        ],
    );
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
    let report = json(&output);
    assert_eq!(
        checks(dependency(&report, "0-dns")),
        [("malicious".to_string(), "MAL-2022-9".to_string())]
    );
    assert_eq!(
        checks(dependency(&report, "semver"))[0].1,
        "GHSA-c2qf-rxjj-qqgw"
    );
    drop(server);

    let (url, server) = osv_api(true, 20);
    let output = tollgate(
        no_store.path(),
        no_store.path(),
        &[
            "deps",
            &base,
            &head,
            "--feed",
            "osv-api",
            "--osv-api-url",
            &url,
            "--format",
            "json",
        ],
    );
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
    assert!(server.join().unwrap() >= 2, "the client retried");
}

/// The Markdown summary and the GitHub annotations of a fixed scenario, as a reviewer
/// sees them (the timing line left out).
#[test]
fn markdown_and_github_reports_of_a_fixed_scenario() {
    let cache = filled_cache();
    let (base, head) = (format!("{PAIRS}/npm/base"), format!("{PAIRS}/npm/head"));
    let run = |format: &str| {
        text(
            &tollgate(
                cache.path(),
                cache.path(),
                &[
                    "deps",
                    &base,
                    &head,
                    "--format",
                    format,
                    "--fail-on",
                    "high",
                ],
            )
            .stdout,
        )
    };
    let markdown = run("markdown");
    let (body, timing) = markdown.rsplit_once("\n<sub>").unwrap();
    assert!(timing.starts_with("1 files scanned in "), "{timing}");
    assert_eq!(
        body,
        "### ❌ tollgate: 1 blocking finding

#### Blocking: dependencies

| ecosystem | package | version | reasons |
|---|---|---|---|
| npm | `0-dns` | 1.0.0 | added, direct, malicious [MAL-2022-9](https://osv.dev/vulnerability/MAL-2022-9) |

#### Warnings: dependencies

| ecosystem | package | version | reasons |
|---|---|---|---|
| npm | `semver` | 7.5.2 → 7.5.1 | downgraded, direct, vulnerable [GHSA-c2qf-rxjj-qqgw](https://osv.dev/vulnerability/GHSA-c2qf-rxjj-qqgw) (medium, fixed in 7.5.2) |

"
    );
    assert_eq!(
        run("github"),
        "::error file=package-lock.json,line=1,title=tollgate npm 0-dns::0-dns 1.0.0 (added, direct, malicious MAL-2022-9)
::warning file=package-lock.json,line=1,title=tollgate npm semver::semver 7.5.2 → 7.5.1 (downgraded, direct, vulnerable GHSA-c2qf-rxjj-qqgw)
"
    );
}
