//! `tollgate dir` driven through the real binary: every output format, exit code and
//! suppression path.

mod support;

use std::path::Path;
use std::process::{Output, Stdio};

use serde_json::Value;
use support::TOKEN;
use support::cli::{json, stderr, stdout};
/// The same token with its last checksum character changed.
const BAD_CHECKSUM: &str = "ghp_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC12qUI4g";

fn tollgate(dir: &Path, args: &[&str]) -> Output {
    support::cli::tollgate(dir)
        .args(args)
        .output()
        .expect("run tollgate")
}

fn repo_with(files: &[(&str, &str)]) -> tempfile::TempDir {
    support::tree(files)
}

fn leaky() -> tempfile::TempDir {
    repo_with(&[
        (
            "src/config.py",
            &format!("import os\n\nGITHUB = \"{TOKEN}\"\n"),
        ),
        ("src/clean.py", "print('hello')\n"),
    ])
}

#[test]
fn finding_exits_1_and_clean_tree_exits_0() {
    let dir = leaky();
    let found = tollgate(dir.path(), &["dir", "."]);
    assert_eq!(found.status.code(), Some(1), "{}", stderr(&found));
    let text = stdout(&found);
    assert!(text.contains("src/config.py:3:11 github-pat"), "{text}");
    assert!(
        !text.contains(TOKEN),
        "text output leaks the secret: {text}"
    );

    let clean = repo_with(&[("a.py", "print('hello')\n")]);
    let passed = tollgate(clean.path(), &["dir", "."]);
    assert_eq!(passed.status.code(), Some(0));
    assert!(
        stdout(&passed).starts_with("no findings (1 file,"),
        "{}",
        stdout(&passed)
    );
}

#[test]
fn json_report_follows_the_design_schema() {
    let dir = leaky();
    let report = json(&tollgate(dir.path(), &["dir", ".", "--format", "json"]));
    assert_eq!(report["version"], 1);
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1);
    let f = &findings[0];
    let keys: Vec<&str> = f.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "kind",
            "rule",
            "description",
            "severity",
            "file",
            "line",
            "column",
            "commit",
            "author",
            "date",
            "secret",
            "fingerprint",
            "entropy",
            "validation",
            "confidence",
            "blocking"
        ]
    );
    assert_eq!(f["kind"], "secret");
    assert_eq!(f["rule"], "github-pat");
    assert_eq!(f["file"], "src/config.py");
    assert_eq!(
        (f["line"].as_u64(), f["column"].as_u64()),
        (Some(3), Some(11))
    );
    assert_eq!(f["commit"], Value::Null);
    assert_eq!(f["validation"], "checksum");
    assert_eq!(f["secret"], "ghp_…redacted…");
    assert_eq!(report["stats"]["files"], 2);
    let stats: Vec<&str> = report["stats"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        stats,
        [
            "files",
            "bytes",
            "blobs",
            "commits",
            "skipped",
            "elapsed_ms"
        ]
    );
}

#[test]
fn no_redact_shows_the_secret() {
    let dir = leaky();
    let report = json(&tollgate(
        dir.path(),
        &["dir", ".", "--format", "json", "--no-redact"],
    ));
    assert_eq!(report["findings"][0]["secret"], TOKEN);
}

#[test]
fn sarif_has_rules_results_locations_and_fingerprints() {
    let dir = leaky();
    let first = json(&tollgate(dir.path(), &["dir", ".", "--format", "sarif"]));
    assert_eq!(first["version"], "2.1.0");
    let run = &first["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "tollgate");
    assert_eq!(run["tool"]["driver"]["rules"][0]["id"], "github-pat");
    let result = &run["results"][0];
    assert_eq!(result["ruleId"], "github-pat");
    let location = &result["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "src/config.py");
    assert_eq!(location["region"]["startLine"], 3);
    assert_eq!(location["region"]["startColumn"], 11);
    assert!(!first.to_string().contains(TOKEN));

    // Moving the secret elsewhere keeps the fingerprint: the alert stays the same alert.
    std::fs::write(
        dir.path().join("src/config.py"),
        format!("\n\n\n\nX = '{TOKEN}'\n"),
    )
    .unwrap();
    let second = json(&tollgate(dir.path(), &["dir", ".", "--format", "sarif"]));
    assert_eq!(
        result["partialFingerprints"],
        second["runs"][0]["results"][0]["partialFingerprints"]
    );
}

#[test]
fn github_and_markdown_formats() {
    let dir = leaky();
    let github = stdout(&tollgate(dir.path(), &["dir", ".", "--format", "github"]));
    assert_eq!(
        github.trim(),
        "::error file=src/config.py,line=3,col=11,title=tollgate github-pat::GitHub personal access token (classic) (ghp_…redacted…, high confidence)"
    );
    let markdown = stdout(&tollgate(dir.path(), &["dir", ".", "--format", "markdown"]));
    assert!(
        markdown.starts_with("### ❌ tollgate: 1 blocking finding\n"),
        "{markdown}"
    );
    assert!(
        markdown.contains("| github-pat | high | `src/config.py:3` | `ghp_…redacted…` |  |"),
        "{markdown}"
    );
}

#[test]
fn output_file_receives_the_report() {
    let dir = leaky();
    let run = tollgate(
        dir.path(),
        &["dir", "src", "--format", "json", "--output", "report.json"],
    );
    assert_eq!(run.status.code(), Some(1));
    assert!(run.stdout.is_empty());
    let report: Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("report.json")).unwrap()).unwrap();
    assert_eq!(report["findings"].as_array().unwrap().len(), 1);
}

#[test]
fn stdin_is_scanned_with_dash() {
    // In a directory of its own, so nothing else is scanned.
    let dir = tempfile::tempdir().unwrap();
    let mut child = support::cli::tollgate(dir.path())
        .args(["dir", "-", "--format", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("token={TOKEN}\n").as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(json(&output)["findings"][0]["file"], "-");
}

#[test]
fn wrong_checksum_is_not_reported() {
    let dir = repo_with(&[("a.env", &format!("TOKEN={BAD_CHECKSUM}\n"))]);
    assert_eq!(tollgate(dir.path(), &["dir", "."]).status.code(), Some(0));
}

#[test]
fn inline_markers_suppress_their_line_only() {
    for marker in [
        "tollgate:allow",
        "gitleaks:allow",
        "pragma: allowlist secret",
        "trufflehog:ignore",
        "kingfisher:ignore",
    ] {
        let dir = repo_with(&[("a.py", &format!("A = '{TOKEN}'  # {marker}\n"))]);
        assert_eq!(
            tollgate(dir.path(), &["dir", "."]).status.code(),
            Some(0),
            "{marker}"
        );
    }
    let dir = repo_with(&[("a.py", &format!("A = 1  # tollgate:allow\nB = '{TOKEN}'\n"))]);
    assert_eq!(tollgate(dir.path(), &["dir", "."]).status.code(), Some(1));
}

fn fingerprint_of(dir: &Path) -> String {
    let report = json(&tollgate(dir, &["dir", ".", "--format", "json"]));
    report["findings"][0]["fingerprint"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn ignore_file_suppresses_by_fingerprint_and_needs_a_reason() {
    let dir = leaky();
    let fingerprint = fingerprint_of(dir.path());
    std::fs::write(
        dir.path().join(".tollgateignore"),
        format!("{fingerprint}\n"),
    )
    .unwrap();
    let missing_reason = tollgate(dir.path(), &["dir", "."]);
    assert_eq!(missing_reason.status.code(), Some(2));
    assert!(stderr(&missing_reason).contains(".tollgateignore:1: an ignore entry needs a reason"));

    std::fs::write(
        dir.path().join(".tollgateignore"),
        format!("{fingerprint} revoked test token\n"),
    )
    .unwrap();
    assert_eq!(tollgate(dir.path(), &["dir", "."]).status.code(), Some(0));

    // A different secret on the same line is still reported.
    let other = tollgate_token("zZ9yY8xX7wW6vV5uU4tT3sS2rR1qQ0");
    std::fs::write(
        dir.path().join("src/config.py"),
        format!("import os\n\nGITHUB = \"{other}\"\n"),
    )
    .unwrap();
    assert_eq!(tollgate(dir.path(), &["dir", "."]).status.code(), Some(1));
}

/// A valid GitHub token for 30 random characters (CRC32, base62).
fn tollgate_token(random: &str) -> String {
    tollgate::secrets::checksum::with_checksum("ghp_", random)
}

#[test]
fn gitleaksignore_entries_are_honoured() {
    let dir = leaky();
    std::fs::write(
        dir.path().join(".gitleaksignore"),
        "src/config.py:github-pat:3\n",
    )
    .unwrap();
    assert_eq!(tollgate(dir.path(), &["dir", "."]).status.code(), Some(0));
}

#[test]
fn baseline_lets_only_new_secrets_fail() {
    let dir = leaky();
    let written = tollgate(dir.path(), &["baseline"]);
    assert_eq!(written.status.code(), Some(0), "{}", stderr(&written));
    let baseline = std::fs::read_to_string(dir.path().join(".tollgate-baseline")).unwrap();
    assert_eq!(baseline.lines().filter(|l| !l.starts_with('#')).count(), 1);
    let attributes = std::fs::read_to_string(dir.path().join(".gitattributes")).unwrap();
    assert!(attributes.contains(".tollgate-baseline merge=union"));
    // The baseline file itself is not a finding, and the known secret no longer fails.
    let run = tollgate(
        dir.path(),
        &["dir", ".", "--baseline", ".tollgate-baseline"],
    );
    assert_eq!(run.status.code(), Some(0), "{}", stdout(&run));

    let new = tollgate_token("nEwSeCrEt0123456789abcdefGHIJK");
    std::fs::write(dir.path().join("src/new.py"), format!("T = '{new}'\n")).unwrap();
    let run = tollgate(
        dir.path(),
        &[
            "dir",
            ".",
            "--baseline",
            ".tollgate-baseline",
            "--format",
            "json",
        ],
    );
    assert_eq!(run.status.code(), Some(1));
    let report = json(&run);
    assert_eq!(report["findings"].as_array().unwrap().len(), 1);
    assert_eq!(report["findings"][0]["file"], "src/new.py");
}

#[test]
fn binary_and_oversized_files_are_skipped_with_reasons() {
    let dir = repo_with(&[("big.txt", &"a".repeat(4096))]);
    std::fs::write(dir.path().join("image.bin"), [0x89, b'P', 0, 0, b'x']).unwrap();
    let report = json(&tollgate(
        dir.path(),
        &["dir", ".", "--format", "json", "--max-file-size", "1K"],
    ));
    let skipped = report["stats"]["skipped"].as_array().unwrap();
    let reasons: Vec<(String, String)> = skipped
        .iter()
        .map(|s| {
            (
                s["path"].as_str().unwrap().to_string(),
                s["reason"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert!(
        reasons
            .iter()
            .any(|(p, r)| p == "big.txt" && r.contains("max-file-size")),
        "{reasons:?}"
    );
    assert!(
        reasons
            .iter()
            .any(|(p, r)| p == "image.bin" && r == "binary file"),
        "{reasons:?}"
    );
    assert_eq!(report["stats"]["files"], 0);
}

#[cfg(unix)]
#[test]
#[ignore = "file permissions do not stop root's reads; run with --ignored as an ordinary user"]
fn unreadable_file_is_skipped_and_the_scan_goes_on() {
    use std::os::unix::fs::PermissionsExt;
    let dir = leaky();
    let locked = dir.path().join("src/locked.py");
    std::fs::write(&locked, "x").unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    assert!(
        std::fs::read(&locked).is_err(),
        "this user can read a file with mode 000 (root?): nothing to test"
    );
    let run = tollgate(dir.path(), &["dir", ".", "--format", "json"]);
    assert_eq!(run.status.code(), Some(1));
    let report = json(&run);
    assert_eq!(report["findings"].as_array().unwrap().len(), 1);
    assert_eq!(report["stats"]["skipped"][0]["path"], "src/locked.py");
}

#[test]
fn gitignore_is_respected_unless_no_ignore() {
    let dir = repo_with(&[
        (".gitignore", "secret.env\n"),
        ("secret.env", &format!("T={TOKEN}\n")),
    ]);
    assert_eq!(tollgate(dir.path(), &["dir", "."]).status.code(), Some(0));
    assert_eq!(
        tollgate(dir.path(), &["dir", ".", "--no-ignore"])
            .status
            .code(),
        Some(1)
    );
}

#[test]
fn fail_on_threshold_decides_the_exit_code() {
    let dir = repo_with(&[
        (
            "tollgate.toml",
            "[[rules]]\nid = \"acme-key\"\ndescription = \"Acme key\"\nseverity = \"low\"\nregex = '''acme_[a-z0-9]{16}'''\nkeywords = [\"acme_\"]\n",
        ),
        ("a.txt", "k = acme_k3q9z2m7x4v8p1w6\n"),
    ]);
    assert_eq!(tollgate(dir.path(), &["dir", "."]).status.code(), Some(1));
    let run = tollgate(dir.path(), &["dir", ".", "--fail-on", "high"]);
    assert_eq!(run.status.code(), Some(0));
    assert!(
        stdout(&run).contains("acme-key"),
        "reported but not blocking"
    );
}

#[test]
fn custom_rule_errors_exit_2_naming_file_and_rule() {
    let dir = repo_with(&[(
        "rules.toml",
        "[[rules]]\nid = \"broken\"\ndescription = \"d\"\nregex = '''(unclosed'''\nkeywords = [\"x\"]\n",
    )]);
    let run = tollgate(dir.path(), &["dir", ".", "--config", "rules.toml"]);
    assert_eq!(run.status.code(), Some(2));
    let message = stderr(&run);
    assert!(
        message.contains("rules.toml: rule `broken`: bad `regex`"),
        "{message}"
    );

    assert_config_fails(
        "[[rules]]\nid = \"x\"\ndescription = \"d\"\nregex = 'x'\nkeyword = [\"x\"]\n",
        &["dir", "."],
        2,
        "unknown field `keyword`",
    );
}

/// Runs `args` in a tree whose tollgate.toml is `config`: the run exits with `code` and
/// standard error says `message`.
fn assert_config_fails(config: &str, args: &[&str], code: i32, message: &str) {
    let dir = repo_with(&[("tollgate.toml", config)]);
    let run = tollgate(dir.path(), args);
    assert_eq!(run.status.code(), Some(code));
    assert!(stderr(&run).contains(message), "{}", stderr(&run));
}

#[test]
fn gitleaks_configuration_is_accepted_as_is() {
    let dir = repo_with(&[
        (
            ".gitleaks.toml",
            r#"title = "team rules"
[[rules]]
id = "internal-token"
description = "Internal service token"
regex = '''(?i)internal[_-]?token\s*=\s*"(itk_[a-z0-9]{20})"'''
secretGroup = 1
keywords = ["itk_"]
[rules.allowlist]
regexes = ['''itk_0{20}''']
"#,
        ),
        (
            "svc.py",
            "INTERNAL_TOKEN = \"itk_a1b2c3d4e5f6g7h8i9j0\"\nINTERNAL_TOKEN = \"itk_00000000000000000000\"\n",
        ),
    ]);
    let run = tollgate(
        dir.path(),
        &[
            "dir",
            ".",
            "--config",
            ".gitleaks.toml",
            "--format",
            "json",
            "--no-redact",
        ],
    );
    assert_eq!(run.status.code(), Some(1), "{}", stderr(&run));
    let report = json(&run);
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0]["rule"], "internal-token");
    assert_eq!(findings[0]["secret"], "itk_a1b2c3d4e5f6g7h8i9j0");
}

#[test]
fn base64_encoded_secret_is_found_at_the_encoded_text() {
    use base64::Engine;
    let encoded = base64::engine::general_purpose::STANDARD.encode(format!("token: {TOKEN}\n"));
    let dir = repo_with(&[(
        "secret.yaml",
        &format!("kind: Secret\ndata:\n  config: {encoded}\n"),
    )]);
    let report = json(&tollgate(dir.path(), &["dir", ".", "--format", "json"]));
    let f = &report["findings"][0];
    assert_eq!(f["rule"], "github-pat");
    assert_eq!(
        (f["line"].as_u64(), f["column"].as_u64()),
        (Some(3), Some(11))
    );
}

#[test]
fn rules_list_and_test() {
    let dir = repo_with(&[]);
    let list = tollgate(dir.path(), &["rules", "list", "--format", "json"]);
    let rules = json(&list);
    let github = rules
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "github-pat")
        .unwrap();
    assert_eq!(github["source"], "patterns/github.toml");
    assert_eq!(github["keywords"][0], "ghp_");
    let test = tollgate(dir.path(), &["rules", "test"]);
    assert_eq!(test.status.code(), Some(0), "{}", stderr(&test));
    assert!(stdout(&test).contains(" 0 failed"));

    assert_config_fails(
        "[[rules]]\nid = \"acme\"\ndescription = \"d\"\nregex = 'acme_[0-9]{4}'\nkeywords = [\"acme_\"]\nexamples = [\"acme_12\"]\n",
        &["rules", "test"],
        1,
        "rule `acme`: does not find its example \"acme_12\"",
    );
}

#[test]
fn usage_errors_exit_2() {
    let dir = repo_with(&[]);
    assert_eq!(tollgate(dir.path(), &["dir"]).status.code(), Some(2));
    assert_eq!(
        tollgate(dir.path(), &["dir", ".", "--format", "xml"])
            .status
            .code(),
        Some(2)
    );
    let missing = tollgate(dir.path(), &["dir", "missing-dir"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("missing-dir: no such file or directory"));
}

/// Every file and directory under `root`, with the bytes of the files, sorted.
fn listing(root: &Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                out.push((path.clone(), Vec::new()));
                stack.push(path);
            } else {
                out.push((path.clone(), std::fs::read(&path).unwrap()));
            }
        }
    }
    out.sort();
    out
}

/// Makes `dirs` read-only (or writable again).
fn set_readonly(dirs: &[&Path], readonly: bool) {
    for dir in dirs {
        let mut permissions = std::fs::metadata(dir).unwrap().permissions();
        permissions.set_readonly(readonly);
        std::fs::set_permissions(dir, permissions).unwrap();
    }
}

#[test]
fn dir_leaves_a_plain_directory_unchanged_and_fingerprints_under_the_users_salt() {
    let tree = leaky();
    let cache = tempfile::tempdir().unwrap();
    let before = listing(tree.path());
    // Read-only, as a mounted volume or someone else's checkout may be.
    let dirs = [tree.path(), &tree.path().join("src")];
    set_readonly(&dirs, true);
    let run = || {
        support::cli::tollgate(tree.path())
            .args(["dir", ".", "--format", "json"])
            .env("TOLLGATE_CACHE_DIR", cache.path())
            .output()
            .unwrap()
    };
    let (first, second) = (run(), run());
    let after = listing(tree.path());
    set_readonly(&dirs, false);
    assert_eq!(first.status.code(), Some(1), "{}", stderr(&first));
    assert_eq!(after, before, "the scan wrote into the tree");
    // No warning of a shared salt or of a salt to commit: the user's own salt, kept in
    // the cache directory, and the same in both runs.
    assert!(stderr(&first).is_empty(), "{}", stderr(&first));
    assert!(cache.path().join("salt").is_file());
    let fingerprint = |o: &Output| json(o)["findings"][0]["fingerprint"].clone();
    assert_eq!(fingerprint(&first), fingerprint(&second));
    assert_eq!(
        fingerprint(&first).as_str().map(str::len),
        Some(40),
        "{}",
        stdout(&first)
    );
}

#[test]
fn dir_of_a_git_working_tree_keeps_the_repositorys_salt_at_its_top() {
    let tree = leaky();
    let cache = tempfile::tempdir().unwrap();
    let git = std::process::Command::new("git")
        .args(["init", "-q"])
        .current_dir(tree.path())
        .status()
        .unwrap();
    assert!(git.success());
    let run = support::cli::tollgate(&tree.path().join("src"))
        .args(["dir", "."])
        .env("TOLLGATE_CACHE_DIR", cache.path())
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1), "{}", stderr(&run));
    assert!(tree.path().join(".tollgate/salt").is_file());
    assert!(!tree.path().join("src/.tollgate").exists());
    assert!(!cache.path().join("salt").exists());
    assert!(stderr(&run).contains(".tollgate/salt"), "{}", stderr(&run));
}
