//! `template-injection` on real workflow files (excerpts in `corpus/pipeline/low-risk`,
//! see its SOURCES.md): every expansion zizmor reports is reported, the ones whose value
//! cannot carry shell syntax as low-severity information with the reason; a typed
//! boolean input and an expression that yields only literals are low risk; a string input
//! still warns.

mod support;

use serde_json::Value;
use support::cli::findings;
use support::repo::Repo;

const LOW_RISK: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/pipeline/low-risk");

/// A repository with the corpus files as its workflows, committed on `main`.
fn repo_with_corpus(names: &[&str]) -> Repo {
    let repo = Repo::new();
    for name in names {
        let text = std::fs::read_to_string(format!("{LOW_RISK}/{name}")).unwrap();
        repo.write(format!(".github/workflows/{name}"), text);
    }
    repo
}

/// (severity, message) of the template-injection finding for `after` at `file`:`line`.
fn injection(report: &Value, file: &str, line: u64, after: &str) -> (String, String) {
    let path = format!(".github/workflows/{file}");
    let found = findings(report)
        .iter()
        .find(|f| {
            f["check"] == "template-injection"
                && f["file"] == path.as_str()
                && f["line"] == line
                && f["after"] == after
        })
        .unwrap_or_else(|| panic!("no template-injection of {after} at {file}:{line} in {report}"));
    (
        found["severity"].as_str().unwrap().to_string(),
        found["message"].as_str().unwrap().to_string(),
    )
}

#[test]
fn every_expansion_zizmor_reports_is_shown_as_low_risk_with_the_reason() {
    let repo = repo_with_corpus(&[
        "microservices-demo-deploy-pr.yaml",
        "charts-pr-review-hack.yml",
        "astro-issue-needs-repro.yml",
        "npm-cli-pull-request.yml",
        "vue-size-data.yml",
        "rust-analyzer-release.yaml",
    ]);
    let (_, report) = repo.report(&["pipeline", "."]);
    // The nine expansions that zizmor 1.32 reports and tollgate used to leave out.
    let expected = [
        (
            "microservices-demo-deploy-pr.yaml",
            17,
            "${{ github.event.workflow_run.head_sha }}",
            "commit SHA",
        ),
        (
            "microservices-demo-deploy-pr.yaml",
            31,
            "${{ github.event.workflow_run.head_sha }}",
            "commit SHA",
        ),
        (
            "microservices-demo-deploy-pr.yaml",
            28,
            "${{ job.status }}",
            "GitHub or the runner sets it",
        ),
        (
            "charts-pr-review-hack.yml",
            16,
            "${{ github.event.workflow_run.actor.login }}",
            "GitHub login",
        ),
        (
            "astro-issue-needs-repro.yml",
            25,
            "${{ github.event.issue.user.login }}",
            "GitHub login",
        ),
        (
            "npm-cli-pull-request.yml",
            18,
            "${{ github.base_ref }}",
            "branch of the base repository",
        ),
        (
            "vue-size-data.yml",
            21,
            "${{ github.base_ref }}",
            "branch of the base repository",
        ),
        (
            "rust-analyzer-release.yaml",
            30,
            "${{ env.ALLOCATOR_FLAG }}",
            "this file sets it to `${{ matrix.allocator != 'system'",
        ),
        (
            "rust-analyzer-release.yaml",
            30,
            "${{ matrix.pgo && format('--pgo {0}', matrix.pgo) || '' }}",
            "the file's matrix sets it to `clap-rs/clap@v4.5.36`",
        ),
    ];
    for (file, line, after, reason) in expected {
        let (severity, message) = injection(&report, file, line, after);
        assert_eq!(severity, "low", "{file}:{line} {message}");
        assert!(message.contains("low risk: "), "{message}");
        assert!(message.contains(reason), "{file}:{line}: {message}");
    }
    // An attacker-chosen value in the same files is still high.
    let attacker = findings(&report).iter().filter(|f| {
        f["check"] == "template-injection" && f["severity"] != "low" && f["severity"] != "medium"
    });
    assert_eq!(
        attacker.count(),
        0,
        "these excerpts expand no attacker text"
    );
}

#[test]
fn an_expression_that_yields_only_literals_is_low_risk() {
    let repo = repo_with_corpus(&["rust-analyzer-release.yaml"]);
    let (_, report) = repo.report(&["pipeline", "."]);
    let (severity, message) = injection(
        &report,
        "rust-analyzer-release.yaml",
        49,
        "${{ github.ref != 'refs/heads/release' && '--pre-release' || '' }}",
    );
    assert_eq!(severity, "low", "{message}");
    assert!(message.contains("only tested here"), "{message}");
    // `github.ref` expanded on its own is a name outsiders can influence: a warning.
    let text = std::fs::read_to_string(format!("{LOW_RISK}/rust-analyzer-release.yaml"))
        .unwrap()
        .replace(
            "${{ github.ref != 'refs/heads/release' && '--pre-release' || '' }}",
            "${{ github.ref }}",
        );
    repo.write(".github/workflows/rust-analyzer-release.yaml", text);
    let (_, report) = repo.report(&["pipeline", "."]);
    let (severity, _) = injection(
        &report,
        "rust-analyzer-release.yaml",
        49,
        "${{ github.ref }}",
    );
    assert_eq!(severity, "medium");
}

#[test]
fn a_typed_boolean_input_is_low_risk_and_a_string_input_still_warns() {
    let repo = repo_with_corpus(&["pnpm-release.yml", "npm-cli-node-integration.yml"]);
    let (_, report) = repo.report(&["pipeline", "."]);
    let (severity, message) = injection(
        &report,
        "pnpm-release.yml",
        21,
        "${{ inputs.verify_ts_release }}",
    );
    assert_eq!(severity, "low", "{message}");
    assert!(message.contains("a boolean input"), "{message}");
    let (severity, message) = injection(
        &report,
        "npm-cli-node-integration.yml",
        26,
        "${{ inputs.nodeVersion }}",
    );
    assert_eq!(severity, "medium", "{message}");
}

#[test]
fn a_change_that_adds_only_low_risk_expansions_passes_check_base_and_shows_them() {
    let repo = Repo::new();
    repo.write("README.md", "project\n");
    repo.commit("base");
    repo.git(&["checkout", "-q", "-b", "pr"]);
    let text = std::fs::read_to_string(format!("{LOW_RISK}/pnpm-release.yml")).unwrap();
    repo.write(".github/workflows/release.yml", text);
    repo.commit("add the release workflow");
    let (code, report) = repo.report(&["check", "--base", "main"]);
    assert_eq!(code, 0, "information does not block: {report}");
    let shown: Vec<&Value> = findings(&report)
        .iter()
        .filter(|f| f["check"] == "template-injection")
        .collect();
    assert_eq!(shown.len(), 1, "{report}");
    assert_eq!(shown[0]["line"], 21);
    assert_eq!(shown[0]["severity"], "low");
}
