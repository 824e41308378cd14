//! A repository with a damaged object: every git command fails with exit 2 and names the
//! object, instead of passing because it could not read something.

mod support;

use support::{cli::stderr, leak, repo::Repo, token};

/// A repository whose second commit adds a file whose blob is then overwritten with junk.
fn repo_with_corrupt_blob() -> (Repo, String) {
    let repo = Repo::new();
    repo.write("README.md", "hello\n");
    repo.commit("first");
    repo.git(&["checkout", "-q", "-b", "feature"]);
    repo.write("config.py", leak(&token(7)));
    repo.commit("add config");
    let blob = repo
        .git(&["rev-parse", "HEAD:config.py"])
        .trim()
        .to_string();
    let object = repo
        .path
        .join(".git/objects")
        .join(&blob[..2])
        .join(&blob[2..]);
    std::fs::write(&object, b"this is not a zlib stream").unwrap();
    (repo, blob)
}

#[test]
fn history_over_a_corrupt_object_fails_naming_it() {
    let (repo, blob) = repo_with_corrupt_blob();
    let output = repo.tollgate(&["history", "--no-cache"]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(stderr(&output).contains(&blob), "{}", stderr(&output));
}

#[test]
fn range_check_over_a_corrupt_object_fails_naming_it() {
    let (repo, blob) = repo_with_corrupt_blob();
    let output = repo.tollgate(&["check", "--base", "main"]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(stderr(&output).contains(&blob), "{}", stderr(&output));
}
