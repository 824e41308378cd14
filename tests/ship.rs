//! How tollgate ships (issue 14): the Action's download-and-verify script against a fake
//! release served on 127.0.0.1, the Action never compiling unless asked, the release
//! workflow, Action and Dockerfile passing tollgate's own pipeline check, one run
//! writing several outputs (`--also`), and `[deps]` / `[pipeline] exclude` listing what
//! they leave out in `stats.skipped`.

mod support;

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use support::cli::{findings, stderr, stdout};
use support::http::{self, Reply};
use support::repo::Repo;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const TARGET: &str = "x86_64-unknown-linux-musl";
const ASSET: &str = "tollgate-x86_64-unknown-linux-musl.tar.gz";
/// What the fake release's binary holds, to recognise it after extraction.
const FAKE_BINARY: &[u8] = b"#!/bin/sh\necho fake tollgate 9.9.9\n";

/// A `.tar.gz` holding `tollgate` with `FAKE_BINARY`, as the release workflow packs it.
fn archive() -> Vec<u8> {
    let mut tar = tar::Builder::new(flate2::write::GzEncoder::new(
        Vec::new(),
        flate2::Compression::default(),
    ));
    let mut header = tar::Header::new_gnu();
    header.set_size(FAKE_BINARY.len() as u64);
    header.set_mode(0o755);
    header.set_cksum();
    tar.append_data(&mut header, "tollgate", FAKE_BINARY)
        .unwrap();
    tar.into_inner().unwrap().finish().unwrap()
}

/// The SHA-256 of `bytes` in hex, by the same tool the script uses.
fn sha256(bytes: &[u8]) -> String {
    let mut child = Command::new("sha256sum")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("sha256sum");
    child.stdin.take().unwrap().write_all(bytes).unwrap();
    let out = child.wait_with_output().unwrap();
    String::from_utf8(out.stdout).unwrap()[..64].to_string()
}

/// Serves a release at `/dl/v9.9.9/`: `sums` as SHA256SUMS (404 when `None`) and the
/// archive (404 when `None`).
fn release(sums: Option<String>, asset: Option<Vec<u8>>) -> http::Server {
    let mut routes = Vec::new();
    if let Some(sums) = sums {
        routes.push((
            "/dl/v9.9.9/SHA256SUMS".to_string(),
            Reply::bytes(sums.into_bytes()),
        ));
    }
    if let Some(asset) = asset {
        routes.push((format!("/dl/v9.9.9/{ASSET}"), Reply::bytes(asset)));
    }
    http::routes(routes)
}

fn good_sums(archive: &[u8]) -> String {
    format!(
        "{}  tollgate-aarch64-apple-darwin.tar.gz\n{}  {ASSET}\n",
        "0".repeat(64),
        sha256(archive)
    )
}

/// Runs the install script against `server` into `dest`, signatures off (no verifier
/// is reachable from a test).
fn install(server: &http::Server, dest: &Path) -> Output {
    install_with(server, dest, "off")
}

/// Runs the install script against `server` into `dest` with `--verify-signature MODE`.
fn install_with(server: &http::Server, dest: &Path, mode: &str) -> Output {
    Command::new("bash")
        .arg(Path::new(ROOT).join("scripts/install-tollgate.sh"))
        .args([
            "--repo",
            "example/tollgate",
            "--version",
            "v9.9.9",
            "--target",
            TARGET,
        ])
        .arg("--dest")
        .arg(dest)
        .args(["--base-url", &format!("{}/dl/v9.9.9", server.base())])
        .args(["--verify-signature", mode])
        .env_remove("GH_TOKEN")
        .env_remove("GITHUB_TOKEN")
        .output()
        .expect("run bash")
}

fn code(output: &Output) -> i32 {
    output.status.code().unwrap_or(-1)
}

#[test]
fn install_script_with_the_right_checksum_installs_the_binary() {
    let archive = archive();
    let server = release(Some(good_sums(&archive)), Some(archive));
    let dest = tempfile::tempdir().unwrap();
    let output = install(&server, dest.path());
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let bin = PathBuf::from(stdout(&output).trim());
    assert_eq!(bin, dest.path().join("bin/tollgate"));
    assert_eq!(std::fs::read(&bin).unwrap(), FAKE_BINARY);
    let run = Command::new(&bin).output().unwrap();
    assert_eq!(
        stdout(&run),
        "fake tollgate 9.9.9\n",
        "the binary is executable"
    );
    assert!(stderr(&output).contains("SHA-256 matches SHA256SUMS"));
}

#[test]
fn install_script_refuses_a_wrong_checksum_with_exit_2_and_deletes_the_download() {
    let archive = archive();
    let mut tampered = archive.clone();
    tampered.extend_from_slice(b"appended");
    let server = release(Some(good_sums(&archive)), Some(tampered));
    let dest = tempfile::tempdir().unwrap();
    let output = install(&server, dest.path());
    assert_eq!(code(&output), 2);
    let message = stderr(&output);
    assert!(message.contains("checksum mismatch"), "{message}");
    assert!(
        message.contains(&sha256(&archive)),
        "names the expected sum: {message}"
    );
    assert!(
        !dest.path().join(ASSET).exists(),
        "the bad download is deleted"
    );
    assert!(!dest.path().join("bin/tollgate").exists());
    assert_eq!(stdout(&output), "", "no binary path is printed");
}

#[test]
fn install_script_fails_with_exit_2_when_sha256sums_has_no_entry_for_the_asset() {
    let archive = archive();
    let sums = format!(
        "{}  tollgate-aarch64-apple-darwin.tar.gz\n",
        sha256(&archive)
    );
    let server = release(Some(sums), Some(archive));
    let dest = tempfile::tempdir().unwrap();
    let output = install(&server, dest.path());
    assert_eq!(code(&output), 2);
    let message = stderr(&output);
    assert!(
        message.contains(&format!("no entry for {ASSET}")),
        "{message}"
    );
    assert_eq!(
        server.hits(&format!("/dl/v9.9.9/{ASSET}")),
        0,
        "nothing unverifiable is downloaded"
    );
}

#[test]
fn install_script_fails_with_exit_2_when_the_asset_is_missing_from_the_release() {
    let archive = archive();
    let server = release(Some(good_sums(&archive)), None);
    let dest = tempfile::tempdir().unwrap();
    let output = install(&server, dest.path());
    assert_eq!(code(&output), 2);
    let message = stderr(&output);
    assert!(
        message.contains("HTTP 404") && message.contains(ASSET),
        "{message}"
    );
    assert!(!dest.path().join("bin/tollgate").exists());
}

#[test]
fn install_script_fails_with_exit_2_when_the_release_does_not_exist() {
    let server = release(None, None);
    let dest = tempfile::tempdir().unwrap();
    let output = install(&server, dest.path());
    assert_eq!(code(&output), 2);
    let message = stderr(&output);
    assert!(
        message.contains("HTTP 404")
            && message.contains("SHA256SUMS")
            && message.contains("v9.9.9"),
        "{message}"
    );
}

#[test]
fn install_script_rechecks_a_cached_archive_and_replaces_a_tampered_one() {
    let archive = archive();
    let server = release(Some(good_sums(&archive)), Some(archive.clone()));
    let dest = tempfile::tempdir().unwrap();
    // A good cached copy is used without downloading it again.
    std::fs::write(dest.path().join(ASSET), &archive).unwrap();
    let output = install(&server, dest.path());
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(server.hits(&format!("/dl/v9.9.9/{ASSET}")), 0);
    assert_eq!(
        server.hits("/dl/v9.9.9/SHA256SUMS"),
        1,
        "the sums are always fetched"
    );
    // A poisoned cache entry is not trusted: it is downloaded again and checked.
    std::fs::write(dest.path().join(ASSET), b"poisoned").unwrap();
    let output = install(&server, dest.path());
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(server.hits(&format!("/dl/v9.9.9/{ASSET}")), 1);
    assert_eq!(
        std::fs::read(dest.path().join("bin/tollgate")).unwrap(),
        FAKE_BINARY
    );
}

#[test]
fn install_script_requiring_a_signature_without_a_verifier_fails_with_exit_2() {
    let on_path = |tool: &str| {
        Command::new("sh")
            .args(["-c", &format!("command -v {tool}")])
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if on_path("cosign") || on_path("gh") {
        eprintln!("skipped: a signature verifier is installed on this machine");
        return;
    }
    let archive = archive();
    let server = release(Some(good_sums(&archive)), Some(archive));
    let dest = tempfile::tempdir().unwrap();
    let output = install_with(&server, dest.path(), "required");
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("cannot verify the signature"),
        "{}",
        stderr(&output)
    );
    assert!(!dest.path().join("bin/tollgate").exists());
}

/// Every step of action.yml that mentions cargo runs only with `build-from-source: true`,
/// and the download step runs only without it.
#[test]
fn action_runs_cargo_only_when_asked_to_build_from_source() {
    let text = std::fs::read_to_string(Path::new(ROOT).join("action.yml")).unwrap();
    let action: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
    let steps = action["runs"]["steps"].as_array().unwrap();
    let mut cargo_steps = 0;
    let mut download_steps = 0;
    for step in steps {
        let run = step["run"].as_str().unwrap_or("");
        let condition = step["if"].as_str().unwrap_or("");
        if run.contains("cargo") {
            cargo_steps += 1;
            assert!(
                condition.contains("inputs.build-from-source == 'true'"),
                "step `{}` runs cargo unconditionally",
                step["name"]
            );
        }
        if run.contains("install-tollgate.sh") {
            download_steps += 1;
            assert!(condition.contains("inputs.build-from-source != 'true'"));
        }
    }
    assert_eq!((cargo_steps, download_steps), (1, 1));
    assert_eq!(action["inputs"]["build-from-source"]["default"], "false");
}

/// The release workflow, the Action and the Dockerfile, copied into a tree of their own,
/// pass `tollgate pipeline` with no finding at all.
#[test]
fn release_workflow_action_and_dockerfile_pass_tollgates_own_pipeline_check() {
    let files = [".github/workflows/release.yml", "action.yml", "Dockerfile"];
    let texts: Vec<(&str, String)> = files
        .iter()
        .map(|f| {
            (
                *f,
                std::fs::read_to_string(Path::new(ROOT).join(f)).unwrap(),
            )
        })
        .collect();
    let borrowed: Vec<(&str, &str)> = texts.iter().map(|(f, t)| (*f, t.as_str())).collect();
    let tree = support::tree(&borrowed);
    let output = support::cli::tollgate(tree.path())
        .args(["pipeline", ".", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(code(&output), 0, "{}{}", stdout(&output), stderr(&output));
    let report = support::cli::json(&output);
    assert_eq!(findings(&report).len(), 0, "{report:#}");
    assert_eq!(report["stats"]["files"], 3, "all three were read");
}

/// A repository whose base has `policy` as tollgate.toml, and a `pr` branch that adds a
/// malformed lockfile and a Dockerfile with an unpinned image under `fixtures/`.
fn repo_with_fixtures(policy: &str) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "project\n");
    repo.write("tollgate.toml", policy);
    repo.commit("base");
    repo.git(&["checkout", "-q", "-b", "pr"]);
    repo.write("fixtures/bad/package-lock.json", "{ not json");
    repo.write("fixtures/Dockerfile", "FROM node:20\n");
    repo.commit("fixtures");
    repo
}

#[test]
fn deps_exclude_leaves_fixture_lockfiles_out_and_lists_them_as_skipped() {
    let without = repo_with_fixtures("");
    let output = without.tollgate(&["check", "--base", "main", "--feed", "osv-api"]);
    assert_eq!(
        code(&output),
        2,
        "a malformed lockfile is an error: {}",
        stderr(&output)
    );
    assert!(stderr(&output).contains("fixtures/bad/package-lock.json"));

    let with = repo_with_fixtures(
        "[deps]\nexclude = [\"fixtures/**\"]\n[pipeline]\nexclude = [\"fixtures/**\"]\n",
    );
    let (exit, report) = with.report(&["check", "--base", "main", "--feed", "osv-api"]);
    assert_eq!(exit, 0, "{report:#}");
    assert_eq!(findings(&report).len(), 0, "{report:#}");
    let skipped = report["stats"]["skipped"].as_array().unwrap();
    let reason_of = |path: &str| {
        skipped
            .iter()
            .find(|s| s["path"] == path)
            .map(|s| s["reason"].as_str().unwrap().to_string())
    };
    assert_eq!(
        reason_of("fixtures/bad/package-lock.json").as_deref(),
        Some("excluded by [deps] exclude")
    );
    assert_eq!(
        reason_of("fixtures/Dockerfile").as_deref(),
        Some("excluded by [pipeline] exclude")
    );
}

#[test]
fn pipeline_exclude_lists_excluded_files_in_a_whole_tree_audit() {
    let tree = support::tree(&[
        ("fixtures/Dockerfile", "FROM node:20\n"),
        ("tollgate.toml", "[pipeline]\nexclude = [\"fixtures/**\"]\n"),
    ]);
    let output = support::cli::tollgate(tree.path())
        .args(["pipeline", ".", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let report = support::cli::json(&output);
    assert_eq!(findings(&report).len(), 0);
    assert_eq!(
        report["stats"]["skipped"],
        serde_json::json!([{"path": "fixtures/Dockerfile", "reason": "excluded by [pipeline] exclude"}])
    );
}

/// `--format github --also sarif=F --also markdown=G`: the annotations, the SARIF report
/// and the summary of one run, with the same finding in each.
#[test]
fn one_check_run_writes_annotations_sarif_and_summary() {
    let repo = Repo::new();
    repo.write("README.md", "project\n");
    repo.commit("base");
    repo.git(&["checkout", "-q", "-b", "pr"]);
    repo.write("config.py", support::leak(support::TOKEN));
    repo.commit("adds a token");
    let out = tempfile::tempdir().unwrap();
    let (sarif, summary) = (out.path().join("t.sarif"), out.path().join("summary.md"));
    let output = repo.tollgate(&[
        "check".as_ref(),
        "--base".as_ref(),
        "main".as_ref(),
        "--feed".as_ref(),
        "osv-api".as_ref(),
        "--format".as_ref(),
        "github".as_ref(),
        "--also".as_ref(),
        format!("sarif={}", sarif.display()).as_ref(),
        "--also".as_ref(),
        format!("markdown={}", summary.display()).as_ref(),
    ] as &[&std::ffi::OsStr]);
    assert_eq!(code(&output), 1, "the token blocks: {}", stderr(&output));
    assert!(
        stdout(&output).contains("::error file=config.py,line=1"),
        "{}",
        stdout(&output)
    );
    let sarif: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&sarif).unwrap()).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 1);
    let summary = std::fs::read_to_string(&summary).unwrap();
    assert!(summary.contains("config.py"), "{summary}");
    assert!(
        !summary.contains(support::TOKEN),
        "redacted in every output"
    );
}

#[test]
fn also_rejects_a_value_without_a_file_or_with_an_unknown_format() {
    let dir = tempfile::tempdir().unwrap();
    for bad in ["sarif", "sarif=", "yaml=out.yml"] {
        let output = support::cli::tollgate(dir.path())
            .args(["dir", ".", "--also", bad])
            .output()
            .unwrap();
        assert_eq!(code(&output), 2, "{bad}");
        assert!(
            stderr(&output).contains(bad.split('=').next().unwrap()),
            "{bad}: {}",
            stderr(&output)
        );
    }
}
