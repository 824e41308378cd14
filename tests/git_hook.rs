//! `tollgate hook install`: the hook git really runs.

mod support;

use support::{TOKEN, cli::stderr, leak, repo::Repo};

fn install(repo: &Repo, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["hook", "install"];
    args.extend(extra);
    repo.tollgate(&args)
}

#[test]
fn installed_hook_refuses_a_commit_with_a_secret_and_allows_a_clean_one() {
    let repo = Repo::new();
    repo.write("README.md", "hi\n");
    repo.commit("init");
    let output = install(&repo, &[]);
    assert!(output.status.success(), "{}", stderr(&output));

    repo.write("leak.py", leak(TOKEN));
    repo.git(&["add", "leak.py"]);
    let refused = repo.git_output(&["commit", "-q", "-m", "leak"]);
    assert!(!refused.status.success(), "the hook must block the commit");
    // git sends a hook's output to its standard error.
    assert!(
        stderr(&refused).contains("github-pat"),
        "the hook's report names the rule: {}",
        stderr(&refused)
    );
    assert_eq!(repo.git(&["rev-list", "--count", "HEAD"]), "1");

    repo.git(&["rm", "-q", "--cached", "leak.py"]);
    repo.write("clean.py", "print('ok')\n");
    repo.git(&["add", "clean.py"]);
    let allowed = repo.git_output(&["commit", "-q", "-m", "clean"]);
    assert!(allowed.status.success(), "{}", stderr(&allowed));
    assert_eq!(repo.git(&["rev-list", "--count", "HEAD"]), "2");
}

#[test]
fn foreign_hook_is_kept_unless_forced() {
    let repo = Repo::new();
    let hook = repo.path.join(".git/hooks/pre-commit");
    std::fs::create_dir_all(hook.parent().unwrap()).unwrap();
    std::fs::write(&hook, "#!/bin/sh\necho mine\n").unwrap();

    let refused = install(&repo, &[]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(stderr(&refused).contains("--force"), "{}", stderr(&refused));
    assert_eq!(
        std::fs::read_to_string(&hook).unwrap(),
        "#!/bin/sh\necho mine\n"
    );

    let forced = install(&repo, &["--force"]);
    assert!(forced.status.success(), "{}", stderr(&forced));
    assert!(
        std::fs::read_to_string(&hook)
            .unwrap()
            .contains("check --staged")
    );
    let backup = repo.path.join(".git/hooks/pre-commit.pre-tollgate");
    assert_eq!(
        std::fs::read_to_string(backup).unwrap(),
        "#!/bin/sh\necho mine\n"
    );

    // Its own hook is recognised and updated without --force.
    let again = install(&repo, &[]);
    assert!(again.status.success(), "{}", stderr(&again));
}

#[test]
fn hook_goes_where_core_hooks_path_points() {
    let repo = Repo::new();
    repo.git(&["config", "core.hooksPath", "ci/hooks"]);
    let output = install(&repo, &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(repo.path.join("ci/hooks/pre-commit").is_file());
    assert!(!repo.path.join(".git/hooks/pre-commit").exists());
}

#[test]
fn hook_installed_from_a_linked_worktree_guards_every_worktree() {
    let repo = Repo::new();
    repo.write("README.md", "hi\n");
    repo.commit("init");
    let worktree = repo.linked_worktree("side");
    let output = repo.tollgate_in(&worktree, &["hook", "install"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(repo.path.join(".git/hooks/pre-commit").is_file());

    std::fs::write(worktree.join("leak.py"), leak(TOKEN)).unwrap();
    repo.git_in(&worktree, &["add", "leak.py"]);
    let mut commit = std::process::Command::new("git");
    commit
        .args(["commit", "-q", "-m", "leak"])
        .current_dir(&worktree)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "A")
        .env("GIT_AUTHOR_EMAIL", "a@example.invalid")
        .env("GIT_COMMITTER_NAME", "A")
        .env("GIT_COMMITTER_EMAIL", "a@example.invalid");
    assert!(!commit.output().unwrap().status.success());
}
