//! `tollgate check --staged` on real repositories: only what the index adds relative to
//! HEAD is reported.

mod support;

use support::{TOKEN, cli::findings, cli::stderr, leak, repo::Repo, repo::locations, token};

#[test]
fn secret_in_a_new_staged_file_is_reported_at_its_line() {
    let repo = Repo::new();
    repo.write("README.md", "hello\n");
    repo.commit("init");
    repo.write("src/config.py", format!("import os\n\n{}", leak(TOKEN)));
    repo.git(&["add", "src/config.py"]);
    let (code, report) = repo.report(&["check", "--staged"]);
    assert_eq!(code, 1);
    assert_eq!(locations(&report), vec![("src/config.py".to_string(), 3)]);
    let finding = &findings(&report)[0];
    assert_eq!(finding["rule"], "github-pat");
    assert!(
        finding["commit"].is_null(),
        "a staged change has no commit yet"
    );
    assert!(!finding["secret"].as_str().unwrap().contains(&TOKEN[8..]));
}

#[test]
fn modified_file_reports_only_its_added_lines() {
    let repo = Repo::new();
    let old = token(1);
    repo.write("app.env", format!("A=1\n{}B=2\n", leak(&old)));
    repo.commit("old secret already in history");
    let new = token(2);
    repo.write("app.env", format!("A=1\n{}B=3\n{}", leak(&old), leak(&new)));
    repo.git(&["add", "app.env"]);
    let (code, report) = repo.report(&["check", "--staged"]);
    assert_eq!(code, 1);
    assert_eq!(locations(&report), vec![("app.env".to_string(), 4)]);
}

#[test]
fn clean_edit_beside_an_old_secret_passes() {
    let (code, report) = staged_edit(
        "app.env",
        format!("A=1\n{}", leak(TOKEN)),
        format!("A=2\n{}", leak(TOKEN)),
    );
    assert_eq!(code, 0, "{report}");
    assert!(findings(&report).is_empty());
}

/// `check --staged` after committing `file` as `before` and staging it as `after`.
fn staged_edit(file: &str, before: String, after: String) -> (i32, serde_json::Value) {
    let repo = Repo::new();
    repo.write(file, before);
    repo.commit("old");
    repo.write(file, after);
    repo.git(&["add", file]);
    repo.report(&["check", "--staged"])
}

#[test]
fn moved_file_with_old_secret_is_not_a_new_finding() {
    let repo = Repo::new();
    repo.write("old/place.py", format!("x = 1\n{}", leak(TOKEN)));
    repo.commit("old");
    std::fs::create_dir(repo.path.join("new")).unwrap();
    repo.git(&["mv", "old/place.py", "new/place.py"]);
    let (code, report) = repo.report(&["check", "--staged"]);
    assert_eq!(code, 0, "{report}");

    // A move with edits, far beyond git's rename similarity, is still not new.
    repo.write(
        "new/place.py",
        format!("{}{}", "y = 2\n".repeat(40), leak(TOKEN)),
    );
    repo.git(&["add", "-A"]);
    let (code, report) = repo.report(&["check", "--staged"]);
    assert_eq!(code, 0, "{report}");
}

#[test]
fn line_moved_within_a_file_is_not_a_new_finding() {
    let (code, report) = staged_edit(
        "a.py",
        format!("{}a = 1\nb = 2\nc = 3\n", leak(TOKEN)),
        format!("a = 1\nb = 2\nc = 3\n{}", leak(TOKEN)),
    );
    assert_eq!(code, 0, "{report}");
}

#[test]
fn deleting_a_secret_is_not_reported() {
    let repo = Repo::new();
    repo.write("a.py", format!("a = 1\n{}", leak(TOKEN)));
    repo.write("b.py", leak(&token(3)));
    repo.commit("old");
    repo.write("a.py", "a = 1\n");
    repo.git(&["rm", "-q", "b.py"]);
    repo.git(&["add", "a.py"]);
    let (code, report) = repo.report(&["check", "--staged"]);
    assert_eq!(code, 0, "{report}");
}

#[test]
fn unstaged_secret_is_not_reported_but_staged_one_is() {
    let repo = Repo::new();
    repo.write("a.py", "a = 1\n");
    repo.commit("init");
    repo.write("a.py", format!("a = 1\n{}", leak(&token(4))));
    repo.git(&["add", "a.py"]);
    // A later, unstaged edit adds another secret: not part of the commit.
    repo.write(
        "a.py",
        format!("a = 1\n{}{}", leak(&token(4)), leak(&token(5))),
    );
    repo.write("untracked.py", leak(&token(6)));
    let (code, report) = repo.report(&["check", "--staged"]);
    assert_eq!(code, 1);
    assert_eq!(locations(&report), vec![("a.py".to_string(), 2)]);
    assert!(report.to_string().contains("ghp_") && findings(&report).len() == 1);
}

#[test]
fn repository_without_commits_scans_everything_staged() {
    let repo = Repo::new();
    repo.write("first.py", leak(TOKEN));
    repo.git(&["add", "first.py"]);
    let (code, report) = repo.report(&["check", "--staged"]);
    assert_eq!(code, 1);
    assert_eq!(locations(&report), vec![("first.py".to_string(), 1)]);

    let empty = Repo::new();
    let (code, report) = empty.report(&["check", "--staged"]);
    assert_eq!(code, 0);
    assert!(findings(&report).is_empty());
}

#[test]
fn binary_file_is_skipped_and_listed() {
    let repo = Repo::new();
    repo.write("README.md", "hi\n");
    repo.commit("init");
    let mut blob = b"\x89PNG\r\n\x1a\n\0\0".to_vec();
    blob.extend_from_slice(TOKEN.as_bytes());
    repo.write("logo.png", blob);
    repo.git(&["add", "logo.png"]);
    let (code, report) = repo.report(&["check", "--staged"]);
    assert_eq!(code, 0, "{report}");
    let skipped = report["stats"]["skipped"].as_array().unwrap();
    assert!(
        skipped
            .iter()
            .any(|s| s["path"] == "logo.png" && s["reason"] == "binary"),
        "{report}"
    );
}

#[test]
fn symlink_and_submodule_are_skipped_and_listed() {
    let inner = Repo::new();
    inner.write("lib.py", leak(&token(7)));
    inner.commit("inner");

    let repo = Repo::new();
    repo.write("README.md", "hi\n");
    repo.commit("init");
    std::os::unix::fs::symlink("README.md", repo.path.join("link.md")).unwrap();
    repo.git(&[
        "-c",
        "protocol.file.allow=always",
        "submodule",
        "add",
        "-q",
        inner.path.to_str().unwrap(),
        "vendor/inner",
    ]);
    repo.git(&["add", "-A"]);
    let (code, report) = repo.report(&["check", "--staged"]);
    assert_eq!(code, 0, "{report}");
    let skipped = report["stats"]["skipped"].to_string();
    assert!(
        skipped.contains("link.md") && skipped.contains("symlink"),
        "{report}"
    );
    assert!(
        skipped.contains("vendor/inner") && skipped.contains("submodule"),
        "{report}"
    );
}

#[test]
fn intent_to_add_entry_is_not_scanned() {
    let repo = Repo::new();
    repo.write("README.md", "hi\n");
    repo.commit("init");
    repo.write("later.py", leak(TOKEN));
    repo.git(&["add", "-N", "later.py"]);
    let (code, report) = repo.report(&["check", "--staged"]);
    assert_eq!(code, 0, "{report}");
    assert!(findings(&report).is_empty());
}

#[test]
fn non_utf8_path_is_scanned_and_named() {
    use std::os::unix::ffi::OsStrExt;
    let repo = Repo::new();
    repo.write("README.md", "hi\n");
    repo.commit("init");
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.env");
    repo.write(name, leak(TOKEN));
    repo.git(&["add", "-A"]);
    let (code, report) = repo.report(&["check", "--staged"]);
    assert_eq!(code, 1, "{report}");
    let file = findings(&report)[0]["file"].as_str().unwrap();
    assert!(file.starts_with("caf") && file.ends_with(".env"), "{file}");
}

#[test]
fn check_runs_inside_a_linked_worktree_against_its_own_index() {
    let repo = Repo::new();
    repo.write("README.md", "hi\n");
    repo.commit("init");
    let worktree = repo.linked_worktree("side");
    std::fs::write(worktree.join("side.py"), leak(TOKEN)).unwrap();
    repo.git_in(&worktree, &["add", "side.py"]);
    let output = repo.tollgate_in(&worktree, &["check", "--staged", "--format", "json"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(locations(&report), vec![("side.py".to_string(), 1)]);
    // The main worktree's index is untouched.
    let (code, _) = repo.report(&["check", "--staged"]);
    assert_eq!(code, 0);
}

#[test]
fn multi_line_secret_with_one_changed_line_is_reported() {
    let repo = Repo::new();
    // A custom multi-line rule, so the test does not depend on a built-in key format.
    repo.write(
        "tollgate.toml",
        "[[rules]]\nid = \"test-key-block\"\ndescription = \"test key block\"\n\
         regex = '''(?s)-----BEGIN TEST KEY-----\\n.{20,4000}?\\n-----END TEST KEY-----'''\n\
         keywords = [\"BEGIN TEST KEY\"]\n",
    );
    let key = |middle: &str| {
        format!(
            "-----BEGIN TEST KEY-----\n\
             MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n\
             {middle}\n\
             VaT6pDf7XN8xMEWE4r1gYy0QafJZkN5Ws6wWVJxEbxL4ZvY6bhF0q9BaRhZ0EFq0\n\
             -----END TEST KEY-----\n"
        )
    };
    repo.write(
        "key.txt",
        format!(
            "before\n{}after\n",
            key("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAE")
        ),
    );
    repo.commit("old key");
    // An edit outside the block: the key is not new.
    repo.write(
        "key.txt",
        format!(
            "BEFORE\n{}after\n",
            key("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAE")
        ),
    );
    repo.git(&["add", "key.txt"]);
    assert_eq!(repo.report(&["check", "--staged"]).0, 0);
    // One line inside the block changed: the (new) key is reported, at its first line.
    repo.write(
        "key.txt",
        format!(
            "before\n{}after\n",
            key("c3NoLXJzYQAAAAMBAAEAAAGBAKzL2kF9zQ8w")
        ),
    );
    repo.git(&["add", "key.txt"]);
    let (code, report) = repo.report(&["check", "--staged"]);
    assert_eq!(code, 1, "{report}");
    assert_eq!(locations(&report), vec![("key.txt".to_string(), 2)]);
}

#[test]
fn dependency_files_are_not_secrets_but_do_not_break_the_check() {
    let repo = Repo::new();
    repo.write("Cargo.lock", "version = 4\n");
    repo.commit("init");
    repo.write(
        "Cargo.lock",
        "version = 4\n\n[[package]]\nname = \"a\"\nversion = \"1.0.0\"\n",
    );
    repo.git(&["add", "Cargo.lock"]);
    let (code, _) = repo.report(&["check", "--staged"]);
    assert_eq!(code, 0);
}

#[test]
fn outside_a_repository_is_an_error_naming_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let output = support::cli::tollgate(dir.path())
        .args(["check", "--staged", "--repo"])
        .arg(dir.path())
        .env("GIT_CEILING_DIRECTORIES", dir.path().parent().unwrap())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(message.contains("not a git repository"), "{message}");
    assert!(
        message.contains(&dir.path().display().to_string()),
        "{message}"
    );
}
