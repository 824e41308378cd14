//! The decision every report states: the verdict line of the text output with its counts
//! (warnings, suppressed, baselined, allowed advisories), the JSON `decision` object and
//! `blocking` flags, the fingerprint under each secret, and GitHub annotations only for
//! flagged dependency changes, at their lockfile lines.

mod support;

use std::path::Path;

use support::cli::{Sandbox, findings, json, stdout};
use support::files::copy_dir;
use support::{OSV, leak, token};

const PAIRS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/verdicts");

/// Three secrets: one listed in `.tollgateignore`, one in a baseline, one new.
fn three_secrets() -> Sandbox {
    let sandbox = Sandbox::new();
    for (n, file) in [(1, "ignored.py"), (2, "baselined.py"), (3, "new.py")] {
        sandbox.write(file, leak(&token(n)));
    }
    let report = json(&sandbox.run(&["dir", ".", "--format", "json"]));
    let fingerprint = |file: &str| {
        findings(&report)
            .iter()
            .find(|f| f["file"] == file)
            .and_then(|f| f["fingerprint"].as_str())
            .unwrap_or_else(|| panic!("no finding in {file}: {report}"))
            .to_string()
    };
    sandbox.write(
        ".tollgateignore",
        format!("{} test fixture\n", fingerprint("ignored.py")),
    );
    sandbox.write(
        "known-secrets",
        format!("{}\n", fingerprint("baselined.py")),
    );
    sandbox
}

#[test]
fn text_ends_with_the_verdict_and_counts_what_was_hidden() {
    let sandbox = three_secrets();
    let output = sandbox.run(&["dir", ".", "--baseline", "known-secrets"]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    let last = text.lines().last().unwrap();
    assert_eq!(
        last,
        "BLOCKED: 1 finding at or above fail-on (1 secret); 0 warnings, 1 suppressed, 1 baselined, 0 allowed advisories"
    );
    let report = json(&sandbox.run(&[
        "dir",
        ".",
        "--baseline",
        "known-secrets",
        "--format",
        "json",
    ]));
    let shown = findings(&report);
    assert_eq!(shown.len(), 1, "{report}");
    // The fingerprint that `.tollgateignore` would take is in the text output.
    let fingerprint = shown[0]["fingerprint"].as_str().unwrap();
    assert!(
        text.contains(&format!("    fingerprint {fingerprint}")),
        "{text}"
    );
    assert!(text.contains("[BLOCKS: critical severity"), "{text}");
}

#[test]
fn json_has_the_decision_and_a_blocking_flag_per_finding() {
    let sandbox = three_secrets();
    // `--fail-on critical`: the new GitHub token (critical) blocks; an AWS key id (high)
    // only warns.
    sandbox.write("aws.env", "AWS_ACCESS_KEY_ID=AKIAQYLPMN5HHHFPZAM2\n");
    let output = sandbox.run(&[
        "dir",
        ".",
        "--baseline",
        "known-secrets",
        "--fail-on",
        "critical",
        "--format",
        "json",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let report = json(&output);
    let decision = &report["decision"];
    assert_eq!(decision["outcome"], "blocked", "{report}");
    assert_eq!(decision["blocking"], 1);
    assert_eq!(decision["blocking_kinds"]["secret"], 1);
    assert_eq!(decision["warnings"], 1);
    assert_eq!(decision["suppressed"], 1);
    assert_eq!(decision["baselined"], 1);
    assert_eq!(decision["allowed_advisories"], 0);
    let blocking = |file: &str| {
        findings(&report)
            .iter()
            .find(|f| f["file"] == file)
            .map(|f| f["blocking"].clone())
    };
    assert_eq!(blocking("new.py"), Some(true.into()));
    assert_eq!(blocking("aws.env"), Some(false.into()));
}

/// The npm pair (0-dns, malicious, added; semver downgraded to a vulnerable version) with
/// the malicious advisory allowed.
fn npm_pair_with_the_malware_allowed() -> Sandbox {
    let sandbox = Sandbox::new();
    sandbox.import(&format!("{OSV}/samples"));
    for side in ["base", "head"] {
        copy_dir(
            &Path::new(PAIRS).join("npm").join(side),
            &sandbox.path().join(side),
        );
    }
    sandbox.write(
        "tollgate.toml",
        "[[deps.allow]]\nadvisory = \"MAL-2022-9\"\nreason = \"test fixture\"\n",
    );
    sandbox
}

#[test]
fn an_allowed_advisory_is_counted_and_a_passing_run_says_passed() {
    let sandbox = npm_pair_with_the_malware_allowed();
    let output = sandbox.run(&["deps", "base", "head", "--fail-on", "critical"]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "{text}");
    assert_eq!(
        text.lines().last().unwrap(),
        "PASSED; 1 warning, 0 suppressed, 0 baselined, 1 allowed advisory"
    );
    // The warning row is marked and shows the severity and the fixed version.
    let semver = text.lines().find(|l| l.contains("semver")).unwrap();
    assert!(semver.starts_with("warns "), "{text}");
    assert!(semver.contains("(medium, fixed in 7.5.2)"), "{text}");
}

#[test]
fn blocking_rows_are_marked_and_counted_by_kind() {
    let sandbox = npm_pair_with_the_malware_allowed();
    sandbox.write("tollgate.toml", "");
    let output = sandbox.run(&["deps", "base", "head"]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(
        text.lines()
            .any(|l| l.starts_with("BLOCKS") && l.contains("0-dns")),
        "{text}"
    );
    assert_eq!(
        text.lines().last().unwrap(),
        "BLOCKED: 2 findings at or above fail-on (1 malicious package, 1 vulnerable package); 0 warnings, 0 suppressed, 0 baselined, 0 allowed advisories"
    );
}

#[test]
fn github_annotates_only_flagged_changes_at_their_lockfile_lines() {
    let sandbox = npm_pair_with_the_malware_allowed();
    let output = sandbox.run(&["deps", "base", "head", "--format", "github"]);
    let text = stdout(&output);
    // 0-dns is allowed, so nothing objects to it: no annotation. semver is flagged, at
    // its `node_modules/semver` entry, not at the root's dependency list nor line 1.
    let lockfile = std::fs::read_to_string(sandbox.path().join("head/package-lock.json")).unwrap();
    let entry = lockfile
        .lines()
        .position(|l| l.contains("\"node_modules/semver\""))
        .unwrap()
        + 1;
    let annotations: Vec<&str> = text.lines().filter(|l| l.starts_with("::")).collect();
    assert_eq!(annotations.len(), 1, "{text}");
    assert!(
        annotations[0].starts_with(&format!(
            "::error file=package-lock.json,line={entry},title=tollgate npm semver::"
        )),
        "{text}"
    );
}
