//! A team coming from gitleaks keeps its files and invocations: `.gitleaksignore` entries
//! and gitleaks reports (as baselines) with gitleaks' rule ids, gitleaks configurations
//! with their `[extend]`, gitleaks' flags and commands, and a report in gitleaks' JSON.
//! All through the real binary on real git repositories.

mod support;

use serde_json::Value;
use support::TOKEN;
use support::cli::{stderr, stdout};
use support::repo::Repo;

/// An AWS access key id made for these tests (tollgate's `aws-access-key-id`, gitleaks'
/// `aws-access-token`).
const AWS_KEY: &str = "AKIAQYLPMN5HHHFPZAM2";

/// A repository whose one commit adds an AWS key on line 2 and a GitHub token on line 3
/// of `conf.py`.
fn leaky_repo() -> (Repo, String) {
    let repo = Repo::new();
    repo.write(
        "conf.py",
        format!("x = 1\nAWS_KEY = \"{AWS_KEY}\"\nGITHUB_TOKEN = \"{TOKEN}\"\n"),
    );
    let commit = repo.commit("add settings");
    (repo, commit)
}

fn code(output: &std::process::Output) -> i32 {
    output.status.code().unwrap_or(-1)
}

/// The rule ids of a gitleaks JSON report.
fn rule_ids(report: &Value) -> Vec<String> {
    let mut ids: Vec<String> = report
        .as_array()
        .expect("a gitleaks report is an array")
        .iter()
        .map(|f| f["RuleID"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    ids
}

fn gitleaks_report(output: &std::process::Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}; stderr: {}",
            stdout(output),
            stderr(output)
        )
    })
}

#[test]
fn gitleaksignore_entries_with_gitleaks_rule_ids_suppress_the_tollgate_finding() {
    let (repo, commit) = leaky_repo();
    // gitleaks' id for an AWS key, in both entry forms; the GitHub token stays reported.
    repo.write(
        ".gitleaksignore",
        format!("conf.py:aws-access-token:2\n{commit}:conf.py:aws-access-token:2\n"),
    );
    let (status, report) = repo.report(&["dir", "conf.py"]);
    assert_eq!(status, 1);
    let rules: Vec<&str> = support::cli::findings(&report)
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, ["github-pat"], "{report}");
    let (status, report) = repo.report(&["history", "."]);
    assert_eq!(status, 1);
    assert_eq!(support::cli::findings(&report).len(), 1, "{report}");
    // An entry for another line suppresses nothing.
    repo.write(".gitleaksignore", "conf.py:aws-access-token:3\n");
    let (_, report) = repo.report(&["dir", "conf.py"]);
    assert_eq!(support::cli::findings(&report).len(), 2, "{report}");
}

#[test]
fn a_gitleaks_json_report_is_accepted_as_baseline() {
    let (repo, commit) = leaky_repo();
    // As gitleaks writes it: its rule ids, its field names, the secret redacted.
    let report = format!(
        r#"[
 {{"RuleID": "aws-access-token", "Description": "AWS", "StartLine": 2, "EndLine": 2,
   "StartColumn": 13, "EndColumn": 32, "Match": "REDACTED", "Secret": "REDACTED",
   "File": "conf.py", "SymlinkFile": "", "Commit": "{commit}", "Entropy": 3.6,
   "Author": "Ada Author", "Email": "ada@example.invalid", "Date": "2023-11-14T22:14:20Z",
   "Message": "add settings", "Tags": [], "Fingerprint": "{commit}:conf.py:aws-access-token:2"}},
 {{"RuleID": "github-pat", "Description": "GitHub", "StartLine": 3, "EndLine": 3,
   "StartColumn": 18, "EndColumn": 57, "Match": "REDACTED", "Secret": "REDACTED",
   "File": "conf.py", "SymlinkFile": "", "Commit": "{commit}", "Entropy": 4.9,
   "Author": "Ada Author", "Email": "ada@example.invalid", "Date": "2023-11-14T22:14:20Z",
   "Message": "add settings", "Tags": [], "Fingerprint": "{commit}:conf.py:github-pat:3"}}
]"#
    );
    std::fs::write(repo.root.path().join("gitleaks-report.json"), &report).unwrap();
    let baseline = repo.root.path().join("gitleaks-report.json");
    let baseline = baseline.to_str().unwrap();
    let passed = repo.tollgate(&["history", ".", "--baseline", baseline]);
    assert_eq!(code(&passed), 0, "{}", stderr(&passed));
    // gitleaks' spelling of the flag.
    let passed = repo.tollgate(&["git", ".", "--baseline-path", baseline]);
    assert_eq!(code(&passed), 0, "{}", stderr(&passed));
    // A new secret in a later commit is not in the baseline.
    repo.write("more.py", format!("TOKEN = \"{}\"\n", support::token(7)));
    repo.commit("more");
    let (status, found) = repo.report(&["history", ".", "--baseline", baseline]);
    assert_eq!(status, 1);
    assert_eq!(
        support::repo::locations(&found),
        [("more.py".to_string(), 1)],
        "{found}"
    );
    // A report that is not one is an error naming the file.
    std::fs::write(repo.root.path().join("bad.json"), "[{\"RuleID\": 3}]").unwrap();
    let bad = repo.root.path().join("bad.json");
    let failed = repo.tollgate(&["history", ".", "--baseline", bad.to_str().unwrap()]);
    assert_eq!(code(&failed), 2);
    assert!(
        stderr(&failed).contains("bad.json:1: read as a gitleaks JSON report"),
        "{}",
        stderr(&failed)
    );
}

#[test]
fn a_gitleaks_configuration_runs_the_built_in_rules_only_with_use_default() {
    let (repo, _) = leaky_repo();
    let rule = "[[rules]]\nid = \"acme-key\"\ndescription = \"Acme key\"\nregex = '''acme_[a-z0-9]{16}'''\nkeywords = [\"acme_\"]\n";
    repo.write("acme.txt", "key = acme_k3j9x2m7q4w8v1z5\n");
    repo.write(".gitleaks.toml", format!("title = \"team\"\n{rule}"));
    let rules_found = |args: &[&str]| -> Vec<String> {
        let (_, report) = repo.report(args);
        let mut rules: Vec<String> = support::cli::findings(&report)
            .iter()
            .map(|f| f["rule"].as_str().unwrap().to_string())
            .collect();
        rules.sort();
        rules
    };
    let config = ["dir", ".", "--config", ".gitleaks.toml"];
    assert_eq!(rules_found(&config), ["acme-key"]);
    // With useDefault, minus a disabled rule named by its gitleaks id.
    repo.write(
        ".gitleaks.toml",
        format!(
            "title = \"team\"\n[extend]\nuseDefault = true\ndisabledRules = [\"aws-access-token\"]\n{rule}"
        ),
    );
    assert_eq!(rules_found(&config), ["acme-key", "github-pat"]);
    // A global allowlist aimed at gitleaks' id of the GitHub token rule.
    repo.write(
        ".gitleaks.toml",
        format!(
            "title = \"team\"\n[extend]\nuseDefault = true\n[[allowlists]]\ntargetRules = [\"github-pat\"]\npaths = ['''conf\\.py''']\n{rule}"
        ),
    );
    assert_eq!(rules_found(&config), ["acme-key", "aws-access-key-id"]);
    // gitleaks' commands read .gitleaks.toml at the scanned root, as gitleaks does.
    let detected = repo.tollgate(&[
        "detect",
        "--no-git",
        "--source",
        ".",
        "--report-format",
        "json",
    ]);
    assert_eq!(
        rule_ids(&gitleaks_report(&detected)),
        ["acme-key", "aws-access-key-id"]
    );
}

#[test]
fn gitleaks_invocations_run_unchanged_with_gitleaks_meanings() {
    let (repo, commit) = leaky_repo();
    // `gitleaks git` with a report file, its format, its exit code and --redact.
    let out = repo.root.path().join("report.json");
    let output = repo.tollgate(&[
        "git",
        ".",
        "--report-format",
        "json",
        "--report-path",
        out.to_str().unwrap(),
        "--exit-code",
        "3",
        "--redact",
        "--no-banner",
        "-v",
        "--log-level=warn",
    ]);
    assert_eq!(code(&output), 3, "{}", stderr(&output));
    let report: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(rule_ids(&report), ["aws-access-key-id", "github-pat"]);
    let github = by_rule(&report, "github-pat");
    assert_eq!(github["Commit"], commit);
    assert_eq!(github["Email"], "ada@example.invalid");
    assert_eq!(
        github["Fingerprint"],
        format!("{commit}:conf.py:github-pat:3")
    );
    assert!(!report.to_string().contains(TOKEN), "{report}");

    // `--redact=0` is gitleaks' "do not redact"; `-r -` is standard output.
    let shown = repo.tollgate(&[
        "detect",
        "-s",
        ".",
        "--no-git",
        "-f",
        "json",
        "-r",
        "-",
        "--redact=0",
    ]);
    assert_eq!(code(&shown), 1);
    let report = gitleaks_report(&shown);
    let github = by_rule(&report, "github-pat");
    assert_eq!(github["Secret"], TOKEN);
    assert_eq!(
        (github["StartColumn"].as_u64(), github["EndColumn"].as_u64()),
        (Some(17), Some(56))
    );

    // `gitleaks protect --staged` and `gitleaks git --pre-commit --staged`: the staged
    // change; exit code 0 turns the block into a pass, as in gitleaks.
    repo.write("new.py", format!("T = \"{}\"\n", support::token(3)));
    repo.git(&["add", "new.py"]);
    for args in [
        &["protect", "--staged"][..],
        &["git", "--pre-commit", "--staged"][..],
    ] {
        let output = repo.tollgate(args);
        assert_eq!(code(&output), 1, "{args:?}: {}", stderr(&output));
        assert!(stdout(&output).contains("new.py:1"), "{}", stdout(&output));
        assert!(!stdout(&output).contains("conf.py"), "{}", stdout(&output));
    }
    let output = repo.tollgate(&["protect", "--staged", "--exit-code", "0"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));

    // `--log-opts` in the forms the history scan has; others are refused by name.
    let since = repo.tollgate(&["git", ".", "--log-opts", &format!("{commit}..HEAD")]);
    assert_eq!(code(&since), 0, "{}", stderr(&since));
    let refused = repo.tollgate(&["git", ".", "--log-opts", "--author=ada"]);
    assert_eq!(code(&refused), 2);
    assert!(
        stderr(&refused).contains("--author=ada"),
        "{}",
        stderr(&refused)
    );
    // A report format tollgate does not write is a usage error.
    let csv = repo.tollgate(&["git", ".", "--report-format", "csv"]);
    assert_eq!(code(&csv), 2);
}

#[test]
fn gitleaks_json_has_exactly_gitleaks_report_fields() {
    let (repo, _) = leaky_repo();
    let output = repo.tollgate(&["dir", "conf.py", "--format", "gitleaks-json"]);
    assert_eq!(code(&output), 1);
    let report = gitleaks_report(&output);
    let keys: Vec<&str> = report[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    // gitleaks' report/finding.go field order (JSON keys follow struct order).
    assert_eq!(
        keys,
        [
            "RuleID",
            "Description",
            "StartLine",
            "EndLine",
            "StartColumn",
            "EndColumn",
            "Match",
            "Secret",
            "File",
            "SymlinkFile",
            "Commit",
            "Entropy",
            "Author",
            "Email",
            "Date",
            "Message",
            "Tags",
            "Fingerprint"
        ]
    );
    assert!(!stdout(&output).contains(TOKEN));
    assert!(!stdout(&output).contains(AWS_KEY));
}

#[test]
fn gitleaks_spellings_are_hidden_from_help() {
    let repo = Repo::new();
    let help = stdout(&repo.tollgate(&["--help"]));
    for hidden in ["detect", "protect", "  git"] {
        assert!(!help.contains(hidden), "{hidden} in help: {help}");
    }
    let help = stdout(&repo.tollgate(&["dir", "--help"]));
    for hidden in [
        "--report-format",
        "--report-path",
        "--exit-code",
        "--redact",
    ] {
        assert!(!help.contains(hidden), "{hidden} in help: {help}");
    }
    assert!(help.contains("--no-redact"), "{help}");
}

/// The entry of a gitleaks JSON report that `rule` found.
fn by_rule<'a>(report: &'a Value, rule: &str) -> &'a Value {
    report
        .as_array()
        .expect("a gitleaks report is an array")
        .iter()
        .find(|f| f["RuleID"] == rule)
        .unwrap_or_else(|| panic!("no {rule} entry in {report}"))
}
