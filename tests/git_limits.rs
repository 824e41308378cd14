//! `[secrets] max-file-size` applies to git blobs: a blob over the limit is listed as
//! skipped with the reason and never read, in the staged check and in history.

mod support;

use support::cli::skipped;
use support::{leak, repo::Repo, token};

fn repo_with_limit() -> Repo {
    let repo = Repo::new();
    repo.write("tollgate.toml", "[secrets]\nmax-file-size = 1024\n");
    repo.write("small.py", leak(&token(1)));
    let mut big = leak(&token(2));
    big.push_str(&"# padding\n".repeat(200));
    repo.write("big.py", big);
    repo.git(&["add", "-A"]);
    repo
}

#[test]
fn staged_blob_over_the_limit_is_skipped_with_the_reason() {
    let repo = repo_with_limit();
    let (code, report) = repo.report(&["check", "--staged"]);
    assert_eq!(code, 1, "the small file's secret is still found");
    let files: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["file"].as_str().unwrap())
        .collect();
    assert_eq!(files, ["small.py"]);
    let skipped = skipped(&report);
    assert_eq!(skipped.len(), 1, "{skipped:?}");
    assert_eq!(skipped[0].0, "big.py");
    assert!(
        skipped[0].1.starts_with("larger than --max-file-size"),
        "{skipped:?}"
    );
}

#[test]
fn history_blob_over_the_limit_is_skipped_with_the_reason() {
    let repo = repo_with_limit();
    repo.commit("both files");
    let (code, report) = repo.report(&["history", "--no-cache"]);
    assert_eq!(code, 1);
    let skipped = skipped(&report);
    assert!(
        skipped
            .iter()
            .any(|(p, r)| p == "big.py" && r.starts_with("larger than --max-file-size")),
        "{skipped:?}"
    );
}
