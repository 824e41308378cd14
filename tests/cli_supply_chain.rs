//! The supply-chain checks on a real lockfile pair edited for each case: mocha's
//! package-lock (v3) from the lockfile corpus, whose head gains a look-alike of a popular
//! package, a tarball from another host, a plain-http tarball, a changed integrity hash
//! and a new install script.

mod support;

use serde_json::{Value, json};

const PAIR: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/corpus/lockfiles/pairs/npm/mocha-c7cfbe9e-2fb44ffd"
);

fn read_lock(side: &str) -> Value {
    serde_json::from_str(
        &std::fs::read_to_string(format!("{PAIR}/{side}/package-lock.json")).unwrap(),
    )
    .unwrap()
}

/// The head lockfile with the edits, and the names of the packages each edit touched.
fn edited_head() -> Value {
    let mut lock = read_lock("head");
    let packages = lock["packages"].as_object_mut().unwrap();
    // A look-alike of lodash, from the registry the lockfile already uses.
    packages.insert(
        "node_modules/lodahs".into(),
        json!({"version": "4.17.21", "resolved": "https://registry.npm.invalid/lodahs/-/lodahs-4.17.21.tgz",
               "integrity": "sha512-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==", "dev": true}),
    );
    // A package from a registry host no base package uses, an arbitrary tarball URL, and
    // one over plain http.
    packages.insert(
        "node_modules/left-pad".into(),
        json!({"version": "1.3.0", "resolved": "https://evil.invalid/left-pad/-/left-pad-1.3.0.tgz", "integrity": "sha512-left", "dev": true}),
    );
    packages.insert(
        "node_modules/tarball-pkg".into(),
        json!({"version": "0.1.0", "resolved": "https://files.evil.invalid/tarball-pkg.tgz", "integrity": "sha512-tar", "dev": true}),
    );
    packages.insert(
        "node_modules/right-pad".into(),
        json!({"version": "1.0.1", "resolved": "http://registry.npm.invalid/right-pad/-/right-pad-1.0.1.tgz", "integrity": "sha512-right", "dev": true}),
    );
    // Same version, different tarball hash: tampering.
    packages["node_modules/@babel/code-frame"]["integrity"] =
        json!("sha512-Zm9yZ2VkZm9yZ2VkZm9yZ2VkZm9yZ2VkZm9yZ2Vk");
    // A package that newly runs code at install time.
    packages.insert(
        "node_modules/postinstall-thing".into(),
        json!({"version": "1.0.0", "resolved": "https://registry.npm.invalid/postinstall-thing/-/postinstall-thing-1.0.0.tgz",
               "integrity": "sha512-post", "hasInstallScript": true, "dev": true}),
    );
    lock
}

#[test]
fn each_edit_of_a_real_lockfile_gets_its_check() {
    let sandbox = support::cli::Sandbox::new();
    let dir = &sandbox.dir;
    for side in ["base", "head"] {
        std::fs::create_dir(dir.path().join(side)).unwrap();
        std::fs::copy(
            format!("{PAIR}/{side}/package.json"),
            dir.path().join(side).join("package.json"),
        )
        .unwrap();
    }
    std::fs::copy(
        format!("{PAIR}/base/package-lock.json"),
        dir.path().join("base/package-lock.json"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("head/package-lock.json"),
        edited_head().to_string(),
    )
    .unwrap();
    let run_with = |registry: Option<&str>, args: &[&str]| {
        let mut command = sandbox.command_in(sandbox.path());
        if let Some(url) = registry {
            command.env("npm_config_registry", url);
        }
        command.args(args).output().unwrap()
    };
    let run = |args: &[&str]| run_with(None, args);
    sandbox.import(&format!("{}/samples", support::OSV));
    let output = run(&["deps", "base", "head", "--format", "json"]);
    assert_eq!(
        output.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    let checks = |name: &str| -> Vec<(String, String)> {
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["name"] == name)
            .flat_map(|f| f["checks"].as_array().unwrap().clone())
            .map(|c| {
                let detail = ["resembles", "reason"]
                    .iter()
                    .find_map(|k| c[*k].as_str())
                    .unwrap_or("")
                    .to_string();
                (c["check"].as_str().unwrap().to_string(), detail)
            })
            .collect()
    };
    assert_eq!(
        checks("lodahs"),
        [("typosquat".to_string(), "lodash".to_string())]
    );
    assert_eq!(
        checks("left-pad"),
        [("source".to_string(), "unknown-host".to_string())]
    );
    assert_eq!(
        checks("tarball-pkg"),
        [("source".to_string(), "url".to_string())]
    );
    assert_eq!(
        checks("right-pad"),
        [("source".to_string(), "plain-http".to_string())]
    );
    assert_eq!(checks("@babel/code-frame")[0].0, "integrity");
    assert_eq!(
        checks("postinstall-thing"),
        [("install-script".to_string(), "added".to_string())]
    );
    // The real changes of the pair (webpack upgrade, js-yaml 5) carry no check.
    assert!(checks("webpack").is_empty(), "{:?}", checks("webpack"));

    // The registry the project is configured for is known, whatever the base used.
    // (--offline: that registry is not on this machine, and nothing may be asked of it.)
    let output = run_with(
        Some("https://evil.invalid/"),
        &["deps", "base", "head", "--format", "json", "--offline"],
    );
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    let left_pad = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == "left-pad")
        .unwrap();
    assert!(
        left_pad["checks"].as_array().unwrap().is_empty(),
        "{left_pad}"
    );
    assert!(String::from_utf8_lossy(&output.stderr).contains("--offline: publish times"));
}
