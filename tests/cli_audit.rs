//! `tollgate deps --audit`: the lockfiles of a tree judged whole against the advisories,
//! as osv-scanner users expect, through the real binary, with a store built from the real
//! crate advisories in `corpus/osv` and a real Cargo.lock from `corpus/lockfiles/pairs`.

mod support;

use support::cli::{Sandbox, findings, json, stderr, stdout};

/// ripgrep's Cargo.lock at 2e181560 (`corpus/lockfiles/pairs/SOURCES.md`): 54 registry
/// packages, among them regex 1.3.3 (RUSTSEC-2022-0013, high, fixed in 1.5.5).
const RIPGREP: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/corpus/lockfiles/pairs/cargo/ripgrep-2e181560-5a6e17fc/base/Cargo.lock"
);

fn audited() -> Sandbox {
    let sandbox = Sandbox::new();
    sandbox.import(&format!("{}/crates-io/all.zip", support::OSV));
    sandbox.write("project/Cargo.lock", std::fs::read(RIPGREP).unwrap());
    sandbox
}

#[test]
fn audit_tables_every_advisory_and_summarises_by_severity() {
    let sandbox = audited();
    let output = sandbox.run(&["deps", "--audit", "project"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].contains("advisory") && lines[0].contains("fixed"),
        "{text}"
    );
    let regex = lines
        .iter()
        .find(|l| l.contains("RUSTSEC-2022-0013"))
        .unwrap_or_else(|| panic!("no regex row: {text}"));
    let cells: Vec<&str> = regex.split_whitespace().collect();
    assert_eq!(
        cells,
        [
            "✗",
            "crates.io",
            "regex",
            "1.3.3",
            "RUSTSEC-2022-0013",
            "high",
            "1.5.5",
            "project/Cargo.lock"
        ]
    );
    // A RustSec notice is listed, but does not block.
    let atty = lines
        .iter()
        .find(|l| l.contains("RUSTSEC-2024-0375"))
        .unwrap_or_else(|| panic!("no atty row: {text}"));
    assert!(
        atty.starts_with(' ') && atty.contains("notice: unmaintained"),
        "{atty}"
    );
    assert_eq!(
        lines.last().copied(),
        Some(
            "BLOCKED: 2 packages at or above fail-on; audited 54 packages in 1 lockfile: 2 \
             vulnerabilities (0 critical, 1 high, 0 medium, 0 low, 1 unrated), 0 malicious, 5 \
             notices, 0 not checked"
        ),
        "{text}"
    );
    // Seven advisory rows under the header, one summary line.
    assert_eq!(lines.len(), 1 + 7 + 1, "{text}");
}

#[test]
fn audit_passes_below_fail_on_and_lists_only_flagged_packages_in_json() {
    let sandbox = audited();
    let output = sandbox.run(&["deps", "--audit", "--fail-on", "critical"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stdout(&output)
            .lines()
            .last()
            .unwrap()
            .starts_with("PASSED; audited 54 packages"),
        "{}",
        stdout(&output)
    );
    let output = sandbox.run(&["deps", "--audit", "project/Cargo.lock", "--format", "json"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let report = json(&output);
    let mut names: Vec<&str> = findings(&report)
        .iter()
        .map(|f| f["name"].as_str().unwrap())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "atty",
            "crossbeam-channel",
            "crossbeam-utils",
            "memmap",
            "regex",
            "thread_local"
        ]
    );
    assert!(
        stderr(&output).contains("audited 54 packages in 1 lockfile"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn audit_refuses_a_missing_path_or_store() {
    let sandbox = audited();
    let output = sandbox.run(&["deps", "--audit", "nowhere/Cargo.lock"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("nowhere/Cargo.lock"),
        "{}",
        stderr(&output)
    );
    let output = sandbox.run(&["deps", "--audit", "project", "--store", "none.sqlite3"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("no advisory store"),
        "{}",
        stderr(&output)
    );
    // A tree and a change are different questions.
    let output = sandbox.run(&["deps", "--audit", "project", "--base", "main"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn an_ecosystem_missing_from_the_store_is_one_unchecked_row_that_blocks() {
    let sandbox = audited();
    let mocha = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/corpus/lockfiles/pairs/npm/mocha-28b48247-9c9fcb5f/base/package-lock.json"
    );
    sandbox.write("web/package-lock.json", std::fs::read(mocha).unwrap());
    let output = sandbox.run(&["deps", "--audit", "project", "web"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let text = stdout(&output);
    let npm: Vec<&str> = text.lines().filter(|l| l.contains(" npm ")).collect();
    assert_eq!(npm.len(), 1, "{text}");
    assert!(
        npm[0].starts_with('✗')
            && npm[0].contains("packages)")
            && npm[0].contains("not checked: no-advisories-for-ecosystem")
            && npm[0].ends_with("web/package-lock.json"),
        "{}",
        npm[0]
    );
    let summary = text.lines().last().unwrap();
    assert!(summary.contains("in 2 lockfiles"), "{summary}");
    assert!(!summary.contains(", 0 not checked"), "{summary}");
}
