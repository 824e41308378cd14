//! The dependency policy through the real binary: publish times from a local registry
//! found through `npm_config_registry`, `recently-published` and `not-found-in-registry`
//! verdicts, and `[deps]` levels and allow entries (with expiry) deciding the exit code.

mod support;

use std::process::Output;

use serde_json::{Value, json};
use support::OSV;
use support::cli::Sandbox;
use support::http::{Reply, Server, serve};

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
/// years ago; anything else is a 404.
fn npm_registry() -> Server {
    let hour_ago = jiff::Timestamp::now() - jiff::SignedDuration::from_hours(1);
    serve(move |request| {
        let document = match request.url.trim_start_matches('/') {
            "fresh-pkg" => {
                json!({"name": "fresh-pkg", "time": {"created": "2020-01-01T00:00:00.000Z", "2.0.0": hour_ago.to_string()}})
            }
            "old-pkg" => {
                json!({"name": "old-pkg", "time": {"1.0.0": "2019-05-01T10:00:00.000Z"}})
            }
            _ => return Reply::status(404),
        };
        Reply::json(document.to_string())
    })
}

struct Project {
    sandbox: Sandbox,
}

impl Project {
    /// `base/` and `head/` lockfiles, and a store holding the sample OSV records.
    fn new(head: &[(&str, &str)]) -> Project {
        let sandbox = Sandbox::new();
        for (side, packages) in [("base", &[][..]), ("head", head)] {
            sandbox.write(format!("{side}/package-lock.json"), lockfile(packages));
        }
        sandbox.import(&format!("{OSV}/samples"));
        Project { sandbox }
    }

    fn run(&self, registry: Option<&str>, args: &[&str]) -> Output {
        let mut command = self.sandbox.command_in(self.sandbox.path());
        if let Some(url) = registry {
            command.env("npm_config_registry", url);
        }
        command.args(args).output().unwrap()
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
        self.sandbox.write("tollgate.toml", text);
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
    let server = npm_registry();
    let url = format!("{}/", server.base());
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
    // counts two requests: two documents were asked for, once each.
    let (code, _, _) = project.deps(Some(&url));
    assert_eq!(code, Some(1));
    assert_eq!(
        server.total(),
        2,
        "the second run was answered from the cache"
    );
}

#[test]
fn a_version_the_registry_does_not_have_is_unknown_and_blocks() {
    let project = Project::new(&[("vanished-pkg", "6.6.6")]);
    let server = npm_registry();
    let url = format!("{}/", server.base());
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
    let server = npm_registry();
    let url = format!("{}/", server.base());

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
    let sandbox = Sandbox::new();
    let run = |args: &[&str]| sandbox.run(args);
    assert_eq!(run(&["init"]).status.code(), Some(0));
    let text = std::fs::read_to_string(sandbox.path().join("tollgate.toml")).unwrap();
    assert!(text.contains("min-age"));
    assert_eq!(
        run(&["init"]).status.code(),
        Some(2),
        "refuses to overwrite"
    );
    assert_eq!(run(&["init", "--force"]).status.code(), Some(0));
    sandbox.write("a.txt", "nothing here\n");
    assert_eq!(
        run(&["dir", "a.txt"]).status.code(),
        Some(0),
        "the written policy loads"
    );
}
