//! Pipeline definitions in the gate (issue 13), through the real binary: what `check
//! --base` and `check --staged` report of a change to workflows, Dockerfiles, GitLab CI,
//! pre-commit and CODEOWNERS, what `tollgate pipeline` reports of a whole tree, the
//! `[pipeline]` policy, and every output format.

mod support;

use serde_json::Value;
use support::FOUR_PROBLEMS;
use support::cli::{findings, stderr, stdout};
use support::repo::Repo;

/// (check, file, line) of every pipeline finding, in report order.
fn pipeline(report: &Value) -> Vec<(String, String, u64)> {
    findings(report)
        .iter()
        .filter(|f| f["kind"] == "pipeline")
        .map(|f| {
            (
                f["check"].as_str().unwrap().to_string(),
                f["file"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn at(check: &str, file: &str, line: u64) -> (String, String, u64) {
    (check.to_string(), file.to_string(), line)
}

/// A repository with `files` committed on `main` and a `pr` branch checked out.
fn repo_with(files: &[(&str, &str)]) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "project\n");
    for (path, text) in files {
        repo.write(path, text);
    }
    repo.commit("base");
    repo.git(&["checkout", "-q", "-b", "pr"]);
    repo
}

const WORKFLOW: &str = ".github/workflows/preview.yml";

#[test]
fn four_problem_pull_request_fails_check_base_with_four_findings_at_their_lines() {
    let repo = repo_with(&[]);
    repo.write(WORKFLOW, FOUR_PROBLEMS);
    repo.commit("add preview workflow");
    let (code, report) = repo.report(&["check", "--base", "main"]);
    assert_eq!(code, 1, "{report}");
    assert_eq!(
        pipeline(&report),
        [
            at("excessive-permissions", WORKFLOW, 4),
            at("unpinned-image", WORKFLOW, 9),
            at("unpinned-action", WORKFLOW, 11),
            at("dangerous-trigger", WORKFLOW, 13),
        ]
    );
    let action = &findings(&report)[2];
    assert_eq!(action["after"], "actions/checkout@v4");
    assert_eq!(action["column"], 15);
    assert!(action["fix"].as_str().unwrap().contains("commit SHA"));
    assert_eq!(action["fingerprint"].as_str().unwrap().len(), 32);
}

#[test]
fn the_same_problems_already_in_the_workflow_are_not_reported_only_what_the_change_adds() {
    let repo = repo_with(&[(WORKFLOW, FOUR_PROBLEMS)]);
    // The change adds a step with a second tag-pinned action and edits the script.
    let changed = FOUR_PROBLEMS.replace(
        "      - run: npm ci && npm run preview\n",
        "      - uses: actions/setup-node@v4\n      - run: npm ci && npm run build\n",
    );
    repo.write(WORKFLOW, changed);
    repo.commit("use setup-node");
    let (code, report) = repo.report(&["check", "--base", "main"]);
    assert_eq!(code, 1, "{report}");
    assert_eq!(pipeline(&report), [at("unpinned-action", WORKFLOW, 14)]);
    assert_eq!(findings(&report)[0]["after"], "actions/setup-node@v4");
}

#[test]
fn a_renamed_workflow_brings_no_new_findings() {
    let repo = repo_with(&[(WORKFLOW, FOUR_PROBLEMS)]);
    repo.git(&["mv", WORKFLOW, ".github/workflows/renamed.yml"]);
    repo.commit("rename");
    let (code, report) = repo.report(&["check", "--base", "main"]);
    assert_eq!(code, 0, "{report}");
    assert!(pipeline(&report).is_empty(), "{report}");
}

const PERMISSIONS: &str = "\
on: push
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: make
";

#[test]
fn widened_permissions_are_drift_with_before_and_after() {
    let file = ".github/workflows/build.yml";
    let repo = repo_with(&[(file, PERMISSIONS)]);
    repo.write(
        file,
        PERMISSIONS.replace("contents: read", "contents: write"),
    );
    repo.commit("widen");
    let (code, report) = repo.report(&["check", "--base", "main"]);
    assert_eq!(code, 1, "{report}");
    assert_eq!(pipeline(&report), [at("excessive-permissions", file, 3)]);
    let drift = &findings(&report)[0];
    assert_eq!(drift["before"], "contents: read", "{drift}");
    assert_eq!(drift["after"], "contents: write", "{drift}");
}

#[test]
fn deleting_the_permissions_block_is_reported_without_an_added_line() {
    let file = ".github/workflows/build.yml";
    let repo = repo_with(&[(file, PERMISSIONS)]);
    repo.write(
        file,
        PERMISSIONS.replace("permissions:\n  contents: read\n", ""),
    );
    repo.commit("drop permissions");
    let (code, report) = repo.report(&["check", "--base", "main"]);
    assert_eq!(code, 0, "a missing block warns: {report}");
    assert_eq!(
        pipeline(&report),
        [at("excessive-permissions", file, 3)],
        "{report}"
    );
}

#[test]
fn staged_dockerfile_and_hook_changes_are_reviewed_before_the_commit() {
    let repo = repo_with(&[("Dockerfile", "FROM scratch\nCOPY app /app\n")]);
    repo.write(
        "Dockerfile",
        "FROM node:latest AS build\nRUN curl -fsSL https://deb.example.org/setup | bash -\nFROM scratch\nCOPY --from=build /app /app\n",
    );
    repo.write(
        ".pre-commit-config.yaml",
        "repos:\n  - repo: https://github.com/psf/black\n    rev: 24.4.2\n    hooks:\n      - id: black\n",
    );
    repo.git(&["add", "-A"]);
    let (code, report) = repo.report(&["check", "--staged"]);
    assert_eq!(code, 1, "{report}");
    assert_eq!(
        pipeline(&report),
        [
            at("unpinned-hook", ".pre-commit-config.yaml", 3),
            at("unpinned-image", "Dockerfile", 1),
            at("curl-pipe-shell", "Dockerfile", 2),
        ]
    );
    assert_eq!(findings(&report)[1]["severity"], "high", "latest is high");
}

#[test]
fn a_workflow_that_does_not_parse_is_an_error_naming_file_and_line() {
    let repo = repo_with(&[]);
    repo.write(
        ".github/workflows/broken.yml",
        "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n   steps: [\n",
    );
    repo.commit("broken");
    let output = repo.tollgate(&["check", "--base", "main"]);
    assert_eq!(output.status.code(), Some(2), "{}", stdout(&output));
    let message = stderr(&output);
    assert!(
        message.contains(".github/workflows/broken.yml:5:"),
        "{message}"
    );
    assert!(message.contains("not a valid GitHub workflow"), "{message}");
    let output = repo.tollgate(&["pipeline", "."]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains(".github/workflows/broken.yml:5:"));
}

/// One file per check; the line of each finding is noted beside it.
const TRIAGE: &str = "\
name: Triage
on:
  issues:
    types: [opened, edited]
  issue_comment:
    types: [created]
permissions:
  issues: write
jobs:
  label:
    runs-on: ubuntu-latest
    steps:
      - name: Echo title
        run: |
          echo \"New issue\"
          echo \"${{ github.event.issue.title }}\"
      - uses: actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea # v7.0.1
        with:
          script: |
            const body = `${{ github.event.comment.body }}`
            console.log(body)
";

const CI: &str = "\
name: CI
on: [push, pull_request]
env:
  ACTIONS_STEP_DEBUG: true
permissions:
  contents: read
jobs:
  build:
    runs-on: [self-hosted, linux]
    strategy:
      matrix:
        node: [18, 20]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@main
        with:
          node-version: ${{ matrix.node }}
      - run: curl -fsSL https://get.example.com/install.sh | bash
      - run: npm publish
        env:
          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}
  release:
    uses: other-org/shared/.github/workflows/release.yml@v2
    secrets: inherit
";

const GITLAB: &str = "\
variables:
  CI_DEBUG_TRACE: \"true\"
test:
  image: python:3.12
  script:
    - curl https://x.example/i.sh | sh
    - deploy --token \"$DEPLOY_TOKEN\"
";

const COMPOSITE: &str = "\
name: Setup
runs:
  using: composite
  steps:
    - uses: docker://alpine:3.20
    - run: echo \"${{ github.event.pull_request.title }}\"
      shell: bash
";

fn tree_with_every_check() -> Repo {
    let repo = Repo::new();
    repo.write(".github/workflows/triage.yml", TRIAGE);
    repo.write(".github/workflows/ci.yml", CI);
    repo.write(".github/actions/setup/action.yml", COMPOSITE);
    repo.write(".github/workflows/preview.yml", FOUR_PROBLEMS);
    repo.write(".gitlab-ci.yml", GITLAB);
    repo.write(
        "docker-compose.yml",
        "services:\n  db:\n    image: postgres:16\n",
    );
    repo.write(
        ".pre-commit-config.yaml",
        "repos:\n  - repo: https://github.com/psf/black\n    rev: 24.4.2\n    hooks:\n      - id: black\n",
    );
    repo.write("terraform/main.tf", "terraform {}\n");
    repo.write(
        "CODEOWNERS",
        "/.github/ @ci-team\n*.yml @ci-team\n*.yaml @ci-team\n",
    );
    repo
}

#[test]
fn tollgate_pipeline_audits_a_tree_with_every_check_at_its_line() {
    let repo = tree_with_every_check();
    let (code, report) = repo.report(&["pipeline", "."]);
    assert_eq!(code, 1, "{report}");
    let ci = ".github/workflows/ci.yml";
    let triage = ".github/workflows/triage.yml";
    let action = ".github/actions/setup/action.yml";
    let expected = [
        at("unpinned-action", action, 5),
        at("template-injection", action, 6),
        at("debug-enabled", ci, 4),
        at("self-hosted-on-pr", ci, 9),
        at("unpinned-action", ci, 14),
        at("unpinned-action", ci, 15),
        at("curl-pipe-shell", ci, 18),
        at("new-secret-reference", ci, 21),
        at("unpinned-action", ci, 23),
        at("secrets-inherit", ci, 24),
        at("excessive-permissions", WORKFLOW, 4),
        at("unpinned-image", WORKFLOW, 9),
        at("unpinned-action", WORKFLOW, 11),
        at("dangerous-trigger", WORKFLOW, 13),
        at("dangerous-trigger", triage, 5),
        at("template-injection", triage, 16),
        at("template-injection", triage, 20),
        at("debug-enabled", ".gitlab-ci.yml", 2),
        at("unpinned-image", ".gitlab-ci.yml", 4),
        at("curl-pipe-shell", ".gitlab-ci.yml", 6),
        at("new-secret-reference", ".gitlab-ci.yml", 7),
        at("unpinned-hook", ".pre-commit-config.yaml", 3),
        at("unpinned-image", "docker-compose.yml", 3),
        at("codeowners-gap", "terraform/main.tf", 1),
    ];
    let mut found = pipeline(&report);
    found.sort();
    let mut expected = expected.to_vec();
    expected.sort();
    assert_eq!(found, expected);
    // Every check of the issue list is exercised by this tree.
    for check in [
        "unpinned-action",
        "unpinned-image",
        "dangerous-trigger",
        "template-injection",
        "excessive-permissions",
        "new-secret-reference",
        "secrets-inherit",
        "debug-enabled",
        "self-hosted-on-pr",
        "curl-pipe-shell",
        "unpinned-hook",
        "codeowners-gap",
    ] {
        assert!(found.iter().any(|f| f.0 == check), "{check}");
    }
}

#[test]
fn local_and_self_repository_actions_digests_scratch_stages_and_trusted_owners_pass() {
    let repo = Repo::new();
    repo.write(
        ".github/workflows/ci.yml",
        "\
name: CI
on:
  pull_request:
  push:
    branches: [main]
permissions:
  contents: read
jobs:
  test:
    runs-on: ${{ matrix.os }}
    strategy:
      matrix:
        os: [ubuntu-latest, macos-latest]
    container:
      image: node:20@sha256:0d3c6a1e1d0fbb3d1a8a5f1e8f8d2f0c7b6a5e4d3c2b1a0f9e8d7c6b5a4f3e2d
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1
      - uses: ./.github/actions/build
      - uses: $/.github/actions/build
      - uses: docker://alpine@sha256:0d3c6a1e1d0fbb3d1a8a5f1e8f8d2f0c7b6a5e4d3c2b1a0f9e8d7c6b5a4f3e2d
      - uses: actions/setup-python@v5
      - name: Title through the environment
        env:
          TITLE: ${{ github.event.pull_request.title }}
        run: echo \"$TITLE\" && echo \"${{ github.sha }}\"
      - run: curl -fsSLo install.sh https://get.example.com/install.sh && sha256sum -c install.sh.sha256
  reuse:
    uses: ./.github/workflows/reusable.yml
    secrets: inherit
",
    );
    repo.write(
        ".github/workflows/reusable.yml",
        "on: workflow_call\npermissions: {}\njobs:\n  noop:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n",
    );
    repo.write(
        ".github/actions/build/action.yml",
        "name: Build\nruns:\n  using: composite\n  steps:\n    - run: make\n      shell: bash\n",
    );
    repo.write(
        "Dockerfile",
        "FROM golang:1.22@sha256:0d3c6a1e1d0fbb3d1a8a5f1e8f8d2f0c7b6a5e4d3c2b1a0f9e8d7c6b5a4f3e2d AS build\nRUN go build -o /app ./...\nFROM scratch\nCOPY --from=build /app /app\n",
    );
    repo.write(
        ".pre-commit-config.yaml",
        "repos:\n  - repo: https://github.com/psf/black\n    rev: 2c9f875913ee60ca25ce70243dc24d5b6415598c  # frozen: 24.4.2\n    hooks:\n      - id: black\n  - repo: local\n    hooks:\n      - id: fmt\n        name: fmt\n        entry: cargo fmt\n        language: system\n",
    );
    repo.write("CODEOWNERS", "* @core\n");
    // Without trust in `actions/*`, the one tag-pinned action is the only problem; the
    // title passed through the environment is not an expansion, and `github.sha` is
    // shown as low-risk information.
    let (code, report) = repo.report(&["pipeline", "."]);
    assert_eq!(code, 1, "{report}");
    let ci = ".github/workflows/ci.yml";
    assert_eq!(
        pipeline(&report),
        [
            at("unpinned-action", ci, 21),
            at("template-injection", ci, 25)
        ]
    );
    let sha = &findings(&report)[1];
    assert_eq!(sha["after"], "${{ github.sha }}");
    assert_eq!(sha["severity"], "low");
    repo.write(
        "tollgate.toml",
        "[pipeline]\nallowed-actions = [\"actions/*\"]\n",
    );
    let (code, report) = repo.report(&["pipeline", "."]);
    assert_eq!(code, 0, "{report}");
    assert_eq!(pipeline(&report), [at("template-injection", ci, 25)]);
}

#[test]
fn levels_allow_entries_expiry_and_exclude_shape_the_result() {
    let repo = tree_with_every_check();
    repo.write(
        "tollgate.toml",
        "\
[pipeline]
unpinned-action = \"off\"
template-injection = \"warn\"
exclude = [\".gitlab-ci.yml\", \".github/actions/**\"]

[[pipeline.allow]]
check = \"dangerous-trigger\"
file = \".github/workflows/preview.yml\"
reason = \"the job runs in an isolated environment\"
expires = 2999-01-01

[[pipeline.allow]]
check = \"unpinned-image\"
value = \"node:20\"
reason = \"expired exception\"
expires = 2020-01-01
",
    );
    let (_, report) = repo.report(&["pipeline", "."]);
    let found = pipeline(&report);
    assert!(!found.iter().any(|f| f.0 == "unpinned-action"), "off");
    assert!(
        !found
            .iter()
            .any(|f| f.0 == "dangerous-trigger" && f.1 == WORKFLOW),
        "allowed"
    );
    assert!(
        !found
            .iter()
            .any(|f| f.1 == ".gitlab-ci.yml" || f.1.starts_with(".github/actions/")),
        "excluded: {found:?}"
    );
    assert!(
        found.contains(&at("unpinned-image", WORKFLOW, 9)),
        "an expired allow entry no longer applies"
    );
    let output = repo.tollgate(&["pipeline", "."]);
    assert!(
        stderr(&output).contains("expired on 2020-01-01"),
        "{}",
        stderr(&output)
    );
    let bad = Repo::new();
    bad.write("tollgate.toml", "[pipeline]\nunpinned-actions = \"off\"\n");
    let output = bad.tollgate(&["pipeline", "."]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("unpinned-actions"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_new_secret_reference_is_information_and_does_not_fail() {
    let file = ".github/workflows/build.yml";
    let repo = repo_with(&[(file, PERMISSIONS)]);
    repo.write(
        file,
        PERMISSIONS.replace(
            "- run: make",
            "- run: make\n        env:\n          TOKEN: ${{ secrets.DEPLOY_TOKEN }}",
        ),
    );
    repo.commit("use the token");
    let (code, report) = repo.report(&["check", "--base", "main"]);
    assert_eq!(code, 0, "{report}");
    assert_eq!(pipeline(&report), [at("new-secret-reference", file, 10)]);
    let output = repo.tollgate(&["check", "--base", "main", "--format", "github"]);
    assert!(stdout(&output).starts_with("::notice file=.github/workflows/build.yml,line=10,"));
}

#[test]
fn removing_codeowners_coverage_is_reported() {
    let repo = repo_with(&[
        (".github/workflows/build.yml", PERMISSIONS),
        ("CODEOWNERS", "* @core\n"),
    ]);
    repo.write("CODEOWNERS", "*.md @docs\n");
    repo.commit("narrow owners");
    let (code, report) = repo.report(&["check", "--base", "main"]);
    assert_eq!(code, 0, "a gap warns: {report}");
    assert_eq!(
        pipeline(&report),
        [at("codeowners-gap", ".github/workflows/build.yml", 1)]
    );
    let message = findings(&report)[0]["message"].as_str().unwrap();
    assert!(message.contains("no longer covered"), "{message}");
}

#[test]
fn pipeline_findings_appear_in_sarif_markdown_github_and_text() {
    let repo = repo_with(&[]);
    repo.write(WORKFLOW, FOUR_PROBLEMS);
    repo.commit("add preview workflow");
    let run = |format: &str| {
        let output = repo.tollgate(&["check", "--base", "main", "--format", format]);
        assert_eq!(
            output.status.code(),
            Some(1),
            "{format}: {}",
            stderr(&output)
        );
        stdout(&output)
    };
    let sarif: Value = serde_json::from_str(&run("sarif")).unwrap();
    let sarif_run = &sarif["runs"][0];
    let rules = sarif_run["tool"]["driver"]["rules"].as_array().unwrap();
    let rule = rules
        .iter()
        .find(|r| r["id"] == "pipeline/dangerous-trigger")
        .expect("a rule per check");
    assert!(rule["help"]["text"].as_str().unwrap().contains("Fix:"));
    let result = sarif_run["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "pipeline/unpinned-action")
        .unwrap();
    assert_eq!(result["level"], "error");
    assert_eq!(
        result["locations"][0]["physicalLocation"]["region"]["startLine"],
        11
    );
    let markdown = run("markdown");
    assert!(markdown.contains("#### Blocking: pipeline"), "{markdown}");
    assert!(markdown.contains(&format!("| unpinned-action (high) | `{WORKFLOW}:11` |")));
    let github = run("github");
    assert!(github.contains(&format!(
        "::error file={WORKFLOW},line=13,col=16,title=tollgate dangerous-trigger::"
    )));
    assert!(
        github.contains(&format!("::warning file={WORKFLOW},line=9,")),
        "{github}"
    );
    let text = run("text");
    assert!(
        text.contains(&format!("{WORKFLOW}:4:14 excessive-permissions high")),
        "{text}"
    );
    assert!(text.contains("4 pipeline findings"), "{text}");
}
