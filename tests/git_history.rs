//! `tollgate history`: every commit, each distinct blob once, each finding attributed to
//! the commit that introduced it.

mod support;

use support::{TOKEN, cli::findings, cli::stderr, leak, repo::Repo, repo::locations, token};

/// (file, line, commit) of every finding.
fn attributed(report: &serde_json::Value) -> Vec<(String, u64, String)> {
    findings(report)
        .iter()
        .map(|f| {
            (
                f["file"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
                f["commit"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn secret_added_then_deleted_is_found_at_the_commit_that_added_it() {
    let repo = Repo::new();
    repo.write("README.md", "hi\n");
    repo.commit("init");
    repo.write("a.py", format!("a = 1\n{}", leak(TOKEN)));
    let added = repo.commit("leak");
    repo.write("a.py", "a = 1\n");
    repo.commit("remove");
    let (code, report) = repo.report(&["history", "--no-cache"]);
    assert_eq!(code, 1, "{report}");
    assert_eq!(attributed(&report), vec![("a.py".to_string(), 2, added)]);
    let finding = &findings(&report)[0];
    assert_eq!(finding["author"], "Ada Author <ada@example.invalid>");
    assert!(finding["date"].as_str().unwrap().ends_with("+00:00"));
    assert_eq!(report["stats"]["commits"], 3);
}

#[test]
fn modified_moved_and_readded_files_do_not_repeat_a_finding() {
    let repo = Repo::new();
    repo.write("a.py", format!("a = 1\n{}", leak(TOKEN)));
    let added = repo.commit("leak");
    repo.write("a.py", format!("a = 2\n{}", leak(TOKEN)));
    repo.commit("edit elsewhere in the file");
    std::fs::create_dir(repo.path.join("lib")).unwrap();
    repo.git(&["mv", "a.py", "lib/a.py"]);
    repo.commit("move");
    repo.write("lib/a.py", format!("a = 2\nb = 3\n{}", leak(TOKEN)));
    repo.commit("edit after the move");
    repo.git(&["rm", "-q", "lib/a.py"]);
    repo.commit("delete");
    repo.write("lib/a.py", format!("a = 2\nb = 3\n{}", leak(TOKEN)));
    repo.commit("re-add the same content");
    let (code, report) = repo.report(&["history", "--no-cache"]);
    assert_eq!(code, 1);
    assert_eq!(attributed(&report), vec![("a.py".to_string(), 2, added)]);
}

#[test]
fn secret_re_added_in_new_content_is_reported_again() {
    let repo = Repo::new();
    repo.write("a.py", leak(TOKEN));
    let first = repo.commit("leak");
    repo.write("a.py", "clean = 1\n");
    repo.commit("remove");
    repo.write("a.py", format!("clean = 1\n{}", leak(TOKEN)));
    let again = repo.commit("leak again");
    let (_, report) = repo.report(&["history", "--no-cache"]);
    assert_eq!(
        attributed(&report),
        vec![
            ("a.py".to_string(), 1, first),
            ("a.py".to_string(), 2, again)
        ]
    );
}

#[test]
fn secret_arriving_through_a_merge_is_attributed_once_to_its_branch_commit() {
    let repo = Repo::new();
    repo.write("README.md", "hi\n");
    repo.commit("init");
    repo.git(&["checkout", "-q", "-b", "feature"]);
    repo.write("f.py", leak(TOKEN));
    let leaking = repo.commit("leak on the branch");
    repo.git(&["checkout", "-q", "main"]);
    repo.write("main.py", "m = 1\n");
    repo.commit("main moves on");
    repo.git(&["merge", "-q", "--no-ff", "-m", "merge feature", "feature"]);
    let (code, report) = repo.report(&["history", "--no-cache"]);
    assert_eq!(code, 1);
    assert_eq!(attributed(&report), vec![("f.py".to_string(), 1, leaking)]);
}

#[test]
fn unmerged_branch_is_scanned_only_with_all_refs() {
    let repo = Repo::new();
    repo.write("README.md", "hi\n");
    repo.commit("init");
    repo.git(&["checkout", "-q", "-b", "experiment"]);
    repo.write("x.py", leak(&token(21)));
    repo.commit("leak on a side branch");
    repo.git(&["checkout", "-q", "main"]);
    let (code, report) = repo.report(&["history", "--no-cache"]);
    assert_eq!(code, 0, "{report}");
    let (code, report) = repo.report(&["history", "--no-cache", "--all-refs"]);
    assert_eq!(code, 1, "{report}");
    assert_eq!(locations(&report), vec![("x.py".to_string(), 1)]);
}

#[test]
fn since_limits_the_walk_to_newer_commits() {
    let repo = Repo::new();
    repo.write("old.py", leak(&token(22)));
    let old = repo.commit("old leak");
    repo.write("new.py", leak(&token(23)));
    repo.commit("new leak");
    let (_, report) = repo.report(&["history", "--no-cache", "--since", &old]);
    assert_eq!(locations(&report), vec![("new.py".to_string(), 1)]);
    assert_eq!(report["stats"]["commits"], 1);
}

#[test]
fn empty_repository_has_no_history_and_passes() {
    let repo = Repo::new();
    let (code, report) = repo.report(&["history", "--no-cache"]);
    assert_eq!(code, 0);
    assert!(findings(&report).is_empty());
    assert_eq!(report["stats"]["commits"], 0);
}

#[test]
fn second_run_reads_only_new_blobs_from_the_cache_which_holds_no_secret() {
    let repo = Repo::new();
    repo.write("a.py", leak(TOKEN));
    repo.write("b.py", "b = 1\n");
    // The fingerprints' salt, committed (else the first run creates it, and "two"
    // below would commit it as a new blob).
    repo.write(".tollgate/salt", "00112233445566778899aabbccddeeff\n");
    repo.commit("one");
    let (_, first) = repo.report(&["history"]);
    assert!(first["stats"]["bytes"].as_u64().unwrap() > 0);
    let (code, second) = repo.report(&["history"]);
    assert_eq!(code, 1);
    assert_eq!(
        second["stats"]["bytes"], 0,
        "everything came from the cache"
    );
    assert_eq!(findings(&first), findings(&second));

    repo.write("c.py", "c = 1\n");
    repo.commit("two");
    let (_, third) = repo.report(&["history"]);
    assert_eq!(third["stats"]["bytes"], 6, "only the new blob was read");

    // --no-redact cannot be served from the redacted cache: the secret is re-read.
    let (_, plain) = repo.report(&["history", "--no-redact"]);
    assert_eq!(findings(&plain)[0]["secret"], TOKEN);

    for entry in std::fs::read_dir(repo.root.path().join("cache")).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        assert!(
            !bytes.windows(TOKEN.len()).any(|w| w == TOKEN.as_bytes()),
            "the cache must not store the secret"
        );
    }
}

/// A report's findings and stats, without what depends on the run (time, bytes read).
fn outcome(report: &serde_json::Value) -> (Vec<serde_json::Value>, serde_json::Value) {
    let mut stats = report["stats"].clone();
    stats["elapsed_ms"] = 0.into();
    stats["bytes"] = 0.into();
    (findings(report).to_vec(), stats)
}

#[test]
fn rerun_reads_only_new_commits_and_reports_what_a_fresh_run_reports() {
    let repo = Repo::new();
    repo.write(".tollgate/salt", "00112233445566778899aabbccddeeff\n");
    repo.write("keys/a.py", leak(TOKEN));
    repo.write("logo.png", b"\x89PNG\0\0binary");
    let one = repo.commit("one");
    let (_, first) = repo.report(&["history", "--all-refs"]);

    repo.write("keys/a.py", format!("x = 1\n{}", leak(TOKEN)));
    repo.write("b.py", leak(&token(24)));
    let two = repo.commit("two");
    let (code, rerun) = repo.report(&["history", "--all-refs"]);
    assert_eq!(code, 1);
    assert!(first["stats"]["bytes"].as_u64().unwrap() > 0);
    assert_eq!(
        rerun["stats"]["bytes"].as_u64().unwrap() as usize,
        "x = 1\n".len() + leak(TOKEN).len() + leak(&token(24)).len(),
        "only the blobs of the new commit are read"
    );
    let (_, fresh) = repo.report(&["history", "--all-refs", "--no-cache"]);
    assert_eq!(outcome(&rerun), outcome(&fresh));
    assert_eq!(
        attributed(&rerun),
        vec![
            ("keys/a.py".to_string(), 1, one.clone()),
            ("b.py".to_string(), 1, two)
        ]
    );

    let (_, unchanged) = repo.report(&["history", "--all-refs"]);
    assert_eq!(unchanged["stats"]["bytes"], 0, "nothing new to read");
    assert_eq!(outcome(&unchanged), outcome(&fresh));

    // A rewound branch: the saved history is no longer all reachable, so it is walked anew.
    repo.git(&["reset", "-q", "--hard", &one]);
    let (_, rewound) = repo.report(&["history", "--all-refs"]);
    let (_, rewound_fresh) = repo.report(&["history", "--all-refs", "--no-cache"]);
    assert_eq!(outcome(&rewound), outcome(&rewound_fresh));
    assert_eq!(rewound["stats"]["commits"], 1);
}

#[test]
fn shallow_clone_history_scans_what_it_has() {
    let origin = Repo::new();
    origin.write("a.py", leak(&token(24)));
    origin.commit("one");
    origin.write("b.py", leak(&token(25)));
    origin.commit("two");
    let clone = origin.root.path().join("clone");
    let url = format!("file://{}", origin.path.display());
    origin.git(&["clone", "-q", "--depth", "1", &url, clone.to_str().unwrap()]);
    let output = origin.tollgate_in(&clone, &["history", "--no-cache", "--format", "json"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let mut files: Vec<String> = locations(&report).into_iter().map(|l| l.0).collect();
    files.sort();
    assert_eq!(
        files,
        vec!["a.py", "b.py"],
        "the boundary commit counts as adding its tree"
    );
}

#[test]
fn unknown_since_revision_is_an_error() {
    let repo = Repo::new();
    repo.write("a.py", "a\n");
    repo.commit("one");
    let output = repo.tollgate(&["history", "--no-cache", "--since", "v9.9"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("v9.9"), "{}", stderr(&output));
}
