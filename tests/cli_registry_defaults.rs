//! With no registry configured anywhere, publish times are still looked up: tollgate asks
//! the ecosystem's own tool which registry it uses (here a fake `npm` on PATH that names
//! a local server standing in for the default), says which source answered, and checks
//! every changed version, downgrades included.

mod support;

use std::path::{Path, PathBuf};

use serde_json::Value;
use support::OSV;
use support::cli::{Sandbox, dependency, json, stderr};
use support::http::{Reply, Server, routes};

const PAIRS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/verdicts");

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

/// A directory holding an `npm` that answers `npm config get registry` with `registry`
/// (and fails on anything else), to put first on PATH.
fn fake_npm(sandbox: &Sandbox, registry: &str) -> PathBuf {
    let bin = sandbox.path().join("bin");
    sandbox.write(
        "bin/npm",
        format!(
            "#!/bin/sh\nif [ \"$1 $2 $3\" = \"config get registry\" ]; then echo '{registry}/'; exit 0; fi\nexit 1\n"
        ),
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(bin.join("npm"), std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    bin
}

/// The npm pair (0-dns added, semver downgraded from 7.5.2 to 7.5.1) and a registry that
/// published 0-dns an hour ago and semver 7.5.1 long ago.
fn setup() -> (Sandbox, Server) {
    let sandbox = Sandbox::new();
    sandbox.import(&format!("{OSV}/samples"));
    for side in ["base", "head"] {
        copy_dir(
            &Path::new(PAIRS).join("npm").join(side),
            &sandbox.path().join(side),
        );
    }
    let recent = jiff::Timestamp::now() - jiff::SignedDuration::from_hours(1);
    let server = routes(vec![
        (
            "/0-dns".to_string(),
            Reply::json(format!(r#"{{"time": {{"1.0.0": "{recent}"}}}}"#)),
        ),
        (
            "/semver".to_string(),
            Reply::json(r#"{"time": {"7.5.1": "2023-05-01T00:00:00Z"}}"#),
        ),
    ]);
    (sandbox, server)
}

fn run_with_npm(sandbox: &Sandbox, bin: &Path) -> std::process::Output {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let mut paths = vec![bin.to_path_buf()];
    paths.extend(std::env::split_paths(&path));
    sandbox
        .command_in(sandbox.path())
        .env("PATH", std::env::join_paths(paths).unwrap())
        .env_remove("TOLLGATE_REGISTRY_DEFAULTS")
        .args(["deps", "base", "head", "--format", "json"])
        .output()
        .unwrap()
}

fn kinds(finding: &Value) -> Vec<String> {
    finding["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["check"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn publish_times_are_looked_up_at_the_registry_npm_names_when_nothing_is_configured() {
    let (sandbox, server) = setup();
    let bin = fake_npm(&sandbox, server.base());
    let output = run_with_npm(&sandbox, &bin);
    let err = stderr(&output);
    assert!(
        err.contains("publish times for npm: no registry configured, asking the one `npm config get registry` names"),
        "{err}"
    );
    assert!(!err.contains("publish times not checked"), "{err}");
    let report = json(&output);
    let added = dependency(&report, "0-dns");
    let recent = added["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["check"] == "recently-published")
        .unwrap_or_else(|| panic!("{report}"));
    assert_eq!(recent["source"], "`npm config get registry`");
    // The downgrade's version was looked up too (and is old enough: no verdict).
    assert_eq!(server.hits("/semver"), 1, "{err}");
    assert!(!kinds(dependency(&report, "semver")).contains(&"recently-published".into()));
}

#[test]
fn switched_off_the_defaults_leave_publish_times_unchecked_and_say_so() {
    let (sandbox, server) = setup();
    let bin = fake_npm(&sandbox, server.base());
    let path = std::env::var_os("PATH").unwrap_or_default();
    let mut paths = vec![bin];
    paths.extend(std::env::split_paths(&path));
    let output = sandbox
        .command_in(sandbox.path())
        .env("PATH", std::env::join_paths(paths).unwrap())
        .env("TOLLGATE_REGISTRY_DEFAULTS", "off")
        .args(["deps", "base", "head", "--format", "json"])
        .output()
        .unwrap();
    assert!(
        stderr(&output).contains("publish times not checked for npm"),
        "{}",
        stderr(&output)
    );
    assert_eq!(server.total(), 0);
}
