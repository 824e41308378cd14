//! Everything a user reads, as reviewed snapshots: each report format of a secret scan, a
//! dependency diff and a pull-request check, the history audit, `rules list`, `feed
//! status`, `feed import`, `init`, and the messages of a run that fails with an error.
//!
//! A change in output is a change of the `.snap` files beside this test, reviewed like
//! code (`cargo insta review`, or `INSTA_UPDATE=always cargo test --test snapshots` and
//! `git diff`). Timings and temporary paths are filtered out; everything else is as the
//! user sees it, standard error and exit code included.

mod support;

use std::path::Path;
use std::process::Output;

use support::cli::{Sandbox, with_filters};
use support::files::copy_dir;
use support::repo::Repo;
use support::{FOUR_PROBLEMS, OSV, TOKEN, leak};

const PAIRS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/verdicts");
const FORMATS: [&str; 5] = ["text", "json", "sarif", "markdown", "github"];

/// A fixed salt for secret fingerprints, so that they are the same in every run (a
/// repository without one gets a random salt on its first finding).
const SALT: (&str, &str) = (".tollgate/salt", "00112233445566778899aabbccddeeff\n");

/// Exit code, standard output and standard error, as one text.
fn render(output: &Output) -> String {
    format!(
        "exit: {}\n--- stdout\n{}--- stderr\n{}",
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// The npm verdict pair (a malicious package added, a vulnerable downgrade) in `base/`
/// and `head/`, with the sample advisories in the store.
fn npm_pair() -> Sandbox {
    let sandbox = Sandbox::new();
    sandbox.import(&format!("{OSV}/samples"));
    for side in ["base", "head"] {
        copy_dir(
            &Path::new(PAIRS).join("npm").join(side),
            &sandbox.path().join(side),
        );
    }
    sandbox
}

#[test]
fn dependency_diff_in_every_format() {
    // `--fail-on high`: the malicious package blocks, the moderate vulnerability warns.
    let sandbox = npm_pair();
    in_every_format(
        &sandbox,
        "deps",
        &["deps", "base", "head", "--fail-on", "high"],
    );
}

/// Snapshots `args` run in `sandbox` once per report format, as `<name>_<format>`.
fn in_every_format(sandbox: &Sandbox, name: &str, args: &[&str]) {
    for format in FORMATS {
        let output = sandbox.run(&[args, &["--format", format]].concat());
        with_filters(sandbox.path(), || {
            insta::assert_snapshot!(format!("{name}_{format}"), render(&output));
        });
    }
}

#[test]
fn fixed_dependencies_in_text() {
    let sandbox = npm_pair();
    let output = sandbox.run(&["deps", "head", "base"]);
    with_filters(sandbox.path(), || {
        insta::assert_snapshot!("deps_fixed_text", render(&output));
    });
}

#[test]
fn secrets_on_disk_in_every_format() {
    let sandbox = Sandbox::new();
    sandbox.write(SALT.0, SALT.1);
    sandbox.write("src/config.py", format!("import os\n\n{}", leak(TOKEN)));
    sandbox.write(
        "deploy/.env",
        "AWS_ACCESS_KEY_ID=AKIAQYLPMN5HHHFPZAM2\nAWS_SECRET_ACCESS_KEY=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\n",
    );
    sandbox.write("src/clean.py", "print('hello')\n");
    // `--fail-on critical`: the AWS pair blocks, the GitHub token only warns.
    in_every_format(
        &sandbox,
        "dir",
        &["dir", "src", "deploy", "--fail-on", "critical"],
    );
}

/// main holds the npm base lockfile; `feature` adds a token in one commit and the npm
/// head lockfile in the next.
fn feature_branch() -> Repo {
    let repo = Repo::new();
    repo.write(SALT.0, SALT.1);
    repo.write("app.py", "print('hello')\n");
    copy_dir(&Path::new(PAIRS).join("npm/base"), &repo.path);
    repo.commit("base");
    repo.git(&["checkout", "-q", "-b", "feature"]);
    repo.write("app.py", format!("print('hello')\n{}", leak(TOKEN)));
    repo.commit("a token");
    copy_dir(&Path::new(PAIRS).join("npm/head"), &repo.path);
    repo.commit("dependencies");
    let import = repo.tollgate(&["feed", "import", &format!("{OSV}/samples")]);
    assert_eq!(import.status.code(), Some(0));
    repo
}

#[test]
fn pull_request_check_in_every_format() {
    let repo = feature_branch();
    for format in FORMATS {
        let output = repo.tollgate(&["check", "--base", "main", "--format", format]);
        with_filters(repo.root.path(), || {
            insta::assert_snapshot!(format!("check_base_{format}"), render(&output));
        });
    }
}

#[test]
fn pre_commit_check_and_history_in_text() {
    let repo = feature_branch();
    repo.write("staged.env", leak(TOKEN));
    copy_dir(&Path::new(PAIRS).join("npm/base"), &repo.path);
    repo.git(&["add", "-A"]);
    let staged = repo.tollgate(&["check", "--staged"]);
    let history = repo.tollgate(&["history", "--no-cache"]);
    with_filters(repo.root.path(), || {
        insta::assert_snapshot!("check_staged_text", render(&staged));
        insta::assert_snapshot!("history_text", render(&history));
    });
}

#[test]
fn rules_list_of_a_custom_rule() {
    // Only the custom rule's line and the counts' shape: the built-in list grows with
    // every rule added, which is not a change of this output's format.
    let sandbox = Sandbox::new();
    sandbox.write(
        "tollgate.toml",
        "[[rules]]\nid = \"acme-key\"\ndescription = \"Acme API key\"\nregex = 'acme_[a-z0-9]{16}'\nkeywords = [\"acme_\"]\nseverity = \"medium\"\n",
    );
    let text = sandbox.run(&["rules", "list"]);
    let json = sandbox.run(&["rules", "list", "--format", "json"]);
    let text = String::from_utf8_lossy(&text.stdout);
    let line = text
        .lines()
        .filter(|l| l.starts_with("acme-key") || l.ends_with(" providers"))
        .map(|l| match l.strip_suffix(" providers") {
            Some(_) => "[N] rules, [M] providers".to_string(),
            None => l.split_whitespace().collect::<Vec<_>>().join(" "),
        })
        .collect::<Vec<_>>()
        .join("\n");
    let listing: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let custom = listing
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "acme-key")
        .unwrap();
    with_filters(sandbox.path(), || {
        insta::assert_snapshot!("rules_list_text", line);
        insta::assert_snapshot!(
            "rules_list_json",
            serde_json::to_string_pretty(custom).unwrap()
        );
    });
}

#[test]
fn feed_import_and_status() {
    let sandbox = Sandbox::new();
    let import = sandbox.run(&["feed", "import", &format!("{OSV}/samples")]);
    let text = sandbox.run(&["feed", "status"]);
    let json = sandbox.run(&["feed", "status", "--format", "json"]);
    let mut settings = insta::Settings::clone_current();
    settings.add_filter(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", "[DATE]");
    settings.add_filter(r#""updated_at": "[^"]+""#, r#""updated_at": "[DATE]""#);
    settings.add_filter(r"\(\d+\.\d MiB\)", "([SIZE] MiB)");
    settings.add_filter(r#""size_bytes": \d+"#, r#""size_bytes": "[SIZE]""#);
    settings.add_filter(&format!("{OSV}/samples"), "[OSV]/samples");
    settings.bind(|| {
        with_filters(sandbox.path(), || {
            insta::assert_snapshot!("feed_import", render(&import));
            insta::assert_snapshot!("feed_status_text", render(&text));
            insta::assert_snapshot!("feed_status_json", render(&json));
        })
    });
}

#[test]
fn init_and_errors() {
    let sandbox = Sandbox::new();
    let init = sandbox.run(&["init"]);
    let again = sandbox.run(&["init"]);
    sandbox.write("bad/tollgate.toml", "[secrets]\nfail_on = \"high\"\n");
    sandbox.write("bad/a.txt", "nothing\n");
    let bad_config = sandbox.run(&["dir", "bad"]);
    sandbox.write(
        "broken/base/package-lock.json",
        "{\"lockfileVersion\": 3, \"packages\": {}}\n",
    );
    sandbox.write(
        "broken/head/package-lock.json",
        "{\n  \"lockfileVersion\": 3,\n  \"packages\": {\n    \"node_modules/x\": {\"version\": \n",
    );
    let broken = sandbox.run(&["deps", "broken/base", "broken/head", "--offline"]);
    with_filters(sandbox.path(), || {
        insta::assert_snapshot!("init", render(&init));
        insta::assert_snapshot!("init_again", render(&again));
        insta::assert_snapshot!("bad_config", render(&bad_config));
        insta::assert_snapshot!("malformed_lockfile", render(&broken));
    });
}

#[test]
fn pipeline_audit_in_every_format() {
    // The issue's four problems, a secret reference (information) and a hook on a tag
    // (a warning), so each format shows blocking, warning and informational findings.
    let sandbox = Sandbox::new();
    let workflow =
        format!("{FOUR_PROBLEMS}        env:\n          TOKEN: ${{{{ secrets.PREVIEW_TOKEN }}}}\n");
    sandbox.write("tree/.github/workflows/preview.yml", &workflow);
    sandbox.write(
        "tree/.pre-commit-config.yaml",
        "repos:\n  - repo: https://github.com/psf/black\n    rev: 24.4.2\n    hooks:\n      - id: black\n",
    );
    in_every_format(&sandbox, "pipeline", &["pipeline", "tree"]);
}
