//! The dependency policy through the real binary: publish times from a local registry
//! found through `npm_config_registry`, `recently-published` and `not-found-in-registry`
//! verdicts, and `[deps]` levels and allow entries (with expiry) deciding the exit code.

mod isolation;

use std::process::{Command, Output};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

const OSV: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/osv");

/// A package-lock v3 holding `packages` (name, version).
fn lockfile(packages: &[(&str, &str)]) -> String {
    let mut map = serde_json::Map::new();
    map.insert("".into(), json!({"name": "app", "version": "1.0.0"}));
    for (name, version) in packages {
        map.insert(
            format!("node_modules/{name}"),
            json!({"version": version, "resolved": format!("https://registry.npm.invalid/{name}/-/{name}-{version}.tgz"),
                   "integrity": format!("sha512-{name}{version}")}),
        );
    }
    json!({"name": "app", "lockfileVersion": 3, "requires": true, "packages": map}).to_string()
}

/// Serves npm package documents: `fresh-pkg` 2.0.0 published an hour ago, `old-pkg` 1.0.0
/// years ago; anything else is a 404. Counts requests; at most `limit`, for 30 s.
fn npm_registry(limit: usize) -> (String, std::thread::JoinHandle<usize>) {
    let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let base = format!(
        "http://127.0.0.1:{}/",
        server.server_addr().to_ip().unwrap().port()
    );
    let hour_ago = jiff::Timestamp::now() - jiff::SignedDuration::from_hours(1);
    let thread = std::thread::spawn(move || {
        let started = Instant::now();
        let mut served = 0;
        while served < limit && started.elapsed() < Duration::from_secs(30) {
            let Ok(Some(request)) = server.recv_timeout(Duration::from_millis(50)) else {
                continue;
            };
            served += 1;
            let document = match request.url().trim_start_matches('/') {
                "fresh-pkg" => {
                    json!({"name": "fresh-pkg", "time": {"created": "2020-01-01T00:00:00.000Z", "2.0.0": hour_ago.to_string()}})
                }
                "old-pkg" => {
                    json!({"name": "old-pkg", "time": {"1.0.0": "2019-05-01T10:00:00.000Z"}})
                }
                _ => {
                    let _ = request.respond(tiny_http::Response::empty(404));
                    continue;
                }
            };
            let _ = request.respond(tiny_http::Response::from_string(document.to_string()));
        }
        served
    });
    (base, thread)
}

struct Project {
    dir: tempfile::TempDir,
}

impl Project {
    /// `base/` and `head/` lockfiles, and a store holding the sample OSV records.
    fn new(head: &[(&str, &str)]) -> Project {
        let dir = tempfile::tempdir().unwrap();
        for (side, packages) in [("base", &[][..]), ("head", head)] {
            std::fs::create_dir(dir.path().join(side)).unwrap();
            std::fs::write(
                dir.path().join(side).join("package-lock.json"),
                lockfile(packages),
            )
            .unwrap();
        }
        let project = Project { dir };
        let import = project.run(None, &["feed", "import", &format!("{OSV}/samples")]);
        assert_eq!(import.status.code(), Some(0));
        project
    }

    fn run(&self, registry: Option<&str>, args: &[&str]) -> Output {
        let root = self.dir.path();
        let mut command = isolation::tollgate_command();
        if let Some(url) = registry {
            command.env("npm_config_registry", url);
        }
        command
            .args(args)
            .current_dir(root)
            .env("HOME", root.join("home"))
            .env("CARGO_HOME", root.join("home"))
            .env("TOLLGATE_CACHE_DIR", root.join("cache"))
            .output()
            .unwrap()
    }

    fn deps(&self, registry: Option<&str>) -> (Option<i32>, Value, String) {
        let output = self.run(registry, &["deps", "base", "head", "--format", "json"]);
        let report = serde_json::from_slice(&output.stdout).unwrap_or(Value::Null);
        (
            output.status.code(),
            report,
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    }

    fn config(&self, text: &str) {
        std::fs::write(self.dir.path().join("tollgate.toml"), text).unwrap();
    }
}

fn checks_of(report: &Value, name: &str) -> Vec<Value> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == name)
        .map(|f| f["checks"].as_array().unwrap().clone())
        .unwrap_or_default()
}

#[test]
fn a_version_younger_than_min_age_blocks_and_the_cache_stops_the_second_request() {
    let project = Project::new(&[("fresh-pkg", "2.0.0"), ("old-pkg", "1.0.0")]);
    let (url, server) = npm_registry(2);
    let (code, report, stderr) = project.deps(Some(&url));
    assert_eq!(code, Some(1), "{stderr}");
    let fresh = checks_of(&report, "fresh-pkg");
    assert_eq!(fresh.len(), 1, "{fresh:?}");
    assert_eq!(fresh[0]["check"], "recently-published");
    assert!(fresh[0]["published"].as_str().is_some());
    assert!(
        checks_of(&report, "old-pkg").is_empty(),
        "an old version passes"
    );

    // Publish times never change: the second run asks the registry nothing. The server
    // stops after two requests (or 30 s); two documents were asked for, once each.
    let (code, _, _) = project.deps(Some(&url));
    assert_eq!(code, Some(1));
    assert_eq!(
        server.join().unwrap(),
        2,
        "the second run was answered from the cache"
    );
}

#[test]
fn a_version_the_registry_does_not_have_is_unknown_and_blocks() {
    let project = Project::new(&[("vanished-pkg", "6.6.6")]);
    let (url, _server) = npm_registry(10);
    let (code, report, _) = project.deps(Some(&url));
    assert_eq!(code, Some(1));
    let checks = checks_of(&report, "vanished-pkg");
    assert_eq!(checks[0]["check"], "unknown");
    assert_eq!(checks[0]["reason"], "not-found-in-registry");
}

#[test]
fn no_registry_configured_is_said_once_and_does_not_block() {
    let project = Project::new(&[("fresh-pkg", "2.0.0")]);
    let (code, report, stderr) = project.deps(None);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(checks_of(&report, "fresh-pkg").is_empty());
    assert_eq!(
        stderr.matches("no registry configured").count(),
        1,
        "{stderr}"
    );
}

#[test]
fn policy_levels_and_allow_entries_decide_the_exit_code() {
    let project = Project::new(&[("fresh-pkg", "2.0.0")]);
    let (url, _server) = npm_registry(20);

    project.config("[deps]\nrecently-published = \"warn\"\n");
    let (code, report, stderr) = project.deps(Some(&url));
    assert_eq!(code, Some(0), "a warning does not block: {report} {stderr}");
    assert_eq!(
        checks_of(&report, "fresh-pkg")[0]["check"],
        "recently-published"
    );

    project.config("[deps]\nmin-age = \"30m\"\n");
    assert_eq!(
        project.deps(Some(&url)).0,
        Some(0),
        "an hour is older than 30 minutes"
    );

    project.config(
        "[[deps.allow]]\npackage = \"npm:fresh-pkg@2.0.0\"\nreason = \"vendor hotfix, reviewed\"\n",
    );
    let (code, report, _) = project.deps(Some(&url));
    assert_eq!(code, Some(0));
    assert!(
        checks_of(&report, "fresh-pkg").is_empty(),
        "an allowed check is not reported"
    );

    project.config(
        "[[deps.allow]]\npackage = \"fresh-pkg\"\nreason = \"reviewed\"\nexpires = 2020-01-31\n",
    );
    let (code, _, stderr) = project.deps(Some(&url));
    assert_eq!(code, Some(1), "an expired entry no longer applies");
    assert!(stderr.contains("expired on 2020-01-31"), "{stderr}");

    project.config("[deps]\nrecently-publishd = \"warn\"\n");
    let (code, _, stderr) = project.deps(Some(&url));
    assert_eq!(code, Some(2));
    assert!(stderr.contains("recently-publishd"), "{stderr}");
}

#[test]
fn init_writes_a_commented_policy_that_loads() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_tollgate"))
            .args(args)
            .current_dir(dir.path())
            .output()
            .unwrap()
    };
    assert_eq!(run(&["init"]).status.code(), Some(0));
    let text = std::fs::read_to_string(dir.path().join("tollgate.toml")).unwrap();
    assert!(text.contains("min-age"));
    assert_eq!(
        run(&["init"]).status.code(),
        Some(2),
        "refuses to overwrite"
    );
    assert_eq!(run(&["init", "--force"]).status.code(), Some(0));
    std::fs::write(dir.path().join("a.txt"), "nothing here\n").unwrap();
    assert_eq!(
        run(&["dir", "a.txt"]).status.code(),
        Some(0),
        "the written policy loads"
    );
}
