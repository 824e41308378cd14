//! `tollgate check --base REF [--head REF]`: the pull-request gate.

mod support;

use support::{TOKEN, cli::findings, cli::stderr, leak, repo::Repo, repo::locations, token};

/// main: one commit; feature: three more, the second of which adds a secret.
fn branch_with_secret() -> (Repo, String) {
    let repo = Repo::new();
    repo.write("README.md", "hi\n");
    repo.commit("init");
    repo.git(&["checkout", "-q", "-b", "feature"]);
    repo.write("a.py", "a = 1\n");
    repo.commit("clean");
    repo.write("conf/settings.py", format!("DEBUG = True\n{}", leak(TOKEN)));
    let leaking = repo.commit("leak");
    repo.write("a.py", "a = 2\n");
    repo.commit("after");
    (repo, leaking)
}

#[test]
fn finding_names_the_commit_that_added_it() {
    let (repo, leaking) = branch_with_secret();
    let (code, report) = repo.report(&["check", "--base", "main"]);
    assert_eq!(code, 1, "{report}");
    assert_eq!(
        locations(&report),
        vec![("conf/settings.py".to_string(), 2)]
    );
    let finding = &findings(&report)[0];
    assert_eq!(finding["commit"], leaking.as_str());
    assert_eq!(finding["author"], "Ada Author <ada@example.invalid>");
    assert!(
        finding["date"].as_str().unwrap().starts_with("2023-11-14T"),
        "{finding}"
    );
    assert_eq!(report["stats"]["commits"], 3);
}

#[test]
fn base_branch_moving_on_does_not_add_its_changes() {
    let (repo, _) = branch_with_secret();
    repo.git(&["checkout", "-q", "main"]);
    repo.write("main-only.py", leak(&token(11)));
    repo.commit("main gets its own secret");
    // From main's point of view, feature still adds only its own secret.
    let (code, report) = repo.report(&["check", "--base", "main", "--head", "feature"]);
    assert_eq!(code, 1);
    assert_eq!(
        locations(&report),
        vec![("conf/settings.py".to_string(), 2)]
    );
}

#[test]
fn secret_added_and_removed_within_the_branch_is_not_in_the_change() {
    let repo = Repo::new();
    repo.write("README.md", "hi\n");
    repo.commit("init");
    repo.git(&["checkout", "-q", "-b", "feature"]);
    repo.write("a.py", leak(TOKEN));
    repo.commit("oops");
    repo.write("a.py", "a = 1\n");
    repo.commit("fix");
    let (code, report) = repo.report(&["check", "--base", "main"]);
    assert_eq!(code, 0, "{report}");
}

#[test]
fn unknown_ref_is_an_error_naming_it() {
    let (repo, _) = branch_with_secret();
    let output = repo.tollgate(&["check", "--base", "no-such-branch"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("no-such-branch"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn shallow_clone_without_the_merge_base_fails_with_the_fetch_to_run() {
    let (origin, _) = branch_with_secret();
    let clone = origin.root.path().join("clone");
    let url = format!("file://{}", origin.path.display());
    origin.git(&[
        "clone",
        "-q",
        "--depth",
        "1",
        "--no-single-branch",
        "--branch",
        "feature",
        &url,
        clone.to_str().unwrap(),
    ]);
    let output = origin.tollgate_in(&clone, &["check", "--base", "origin/main"]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let message = stderr(&output);
    assert!(message.contains("git fetch --unshallow"), "{message}");
    assert!(message.contains("origin/main"), "{message}");

    // Fetching the history makes the same check work.
    origin.git_in(&clone, &["fetch", "-q", "--unshallow"]);
    let output = origin.tollgate_in(&clone, &["check", "--base", "origin/main"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
}

#[test]
fn sarif_carries_provenance_and_stable_fingerprints() {
    let (repo, leaking) = branch_with_secret();
    let run = || {
        let output = repo.tollgate(&["check", "--base", "main", "--format", "sarif"]);
        assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
        serde_json::from_slice::<serde_json::Value>(&output.stdout).unwrap()
    };
    let first = run();
    let result = &first["runs"][0]["results"][0];
    assert_eq!(result["properties"]["commit"], leaking.as_str());
    assert_eq!(
        result["partialFingerprints"],
        run()["runs"][0]["results"][0]["partialFingerprints"]
    );
}

#[test]
fn an_ignore_entry_on_the_base_branch_suppresses_a_range_finding() {
    let (repo, _) = branch_with_secret();
    let (_, report) = repo.report(&["check", "--base", "main"]);
    let fingerprint = findings(&report)[0]["fingerprint"]
        .as_str()
        .unwrap()
        .to_string();
    // The policy is the merge base's: an entry in the working tree is not it.
    repo.write(
        ".tollgateignore",
        format!("{fingerprint} test token, revoked\n"),
    );
    let (code, report) = repo.report(&["check", "--base", "main"]);
    assert_eq!(code, 1, "{report}");
    // Committed on main (and merged into the branch) it is.
    repo.git(&["stash", "-q", "-u"]);
    repo.git(&["checkout", "-q", "main"]);
    repo.git(&["stash", "pop", "-q"]);
    repo.commit("ignore the revoked test token");
    repo.git(&["checkout", "-q", "feature"]);
    repo.git(&["merge", "-q", "--no-edit", "main"]);
    let (code, report) = repo.report(&["check", "--base", "main"]);
    assert_eq!(code, 0, "{report}");
}

#[test]
fn authors_are_named_as_the_mailmap_says() {
    let repo = Repo::new();
    repo.write(
        ".mailmap",
        "Ada Lovelace <ada@lovelace.invalid> Ada Author <ada@example.invalid>\n",
    );
    repo.commit("mailmap");
    repo.git(&["checkout", "-q", "-b", "feature"]);
    repo.write("config.py", leak(&token(42)));
    repo.commit("add config");
    let (code, report) = repo.report(&["check", "--base", "main"]);
    assert_eq!(code, 1);
    assert_eq!(
        findings(&report)[0]["author"],
        "Ada Lovelace <ada@lovelace.invalid>"
    );
}
