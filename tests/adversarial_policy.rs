//! The gate under attack, policy side (issue 17, items 6, 7, 8, 11, 15 and 16): crafted
//! repositories, configurations, stores, archives and hooks, each run through the real
//! binary. Every test here failed before the change it guards.

mod support;

use std::io::Write as _;
use std::path::Path;
use std::process::Output;
use std::time::{Duration, Instant};

use support::cli::{Sandbox, stderr};
use support::repo::Repo;
use support::{TOKEN, leak};

fn code(output: &Output) -> i32 {
    output.status.code().unwrap_or(-1)
}

// ---------------------------------------------------------------------------------------
// Advisory store and archives (items 8 and 15)
// ---------------------------------------------------------------------------------------

/// A malicious-package record for `name` (every npm version), as OSV writes one.
fn mal_record(id: &str, name: &str) -> String {
    format!(
        r#"{{"id":"{id}","modified":"2025-01-01T00:00:00Z","summary":"Malicious code in {name} (npm)","affected":[{{"package":{{"ecosystem":"npm","name":"{name}"}},"ranges":[{{"type":"SEMVER","events":[{{"introduced":"0"}}]}}]}}]}}"#
    )
}

/// A sandbox whose store holds one malicious npm record (`evil-pkg`).
fn store_with_one_record() -> Sandbox {
    let sandbox = Sandbox::new();
    sandbox.write("record.json", mal_record("MAL-2099-0001", "evil-pkg"));
    sandbox.import("record.json");
    sandbox
}

fn store_file(sandbox: &Sandbox) -> std::path::PathBuf {
    sandbox.path().join("cache/advisories.sqlite3")
}

/// The record ids in the sandbox's store, read with SQLite directly.
fn record_ids(sandbox: &Sandbox) -> Vec<String> {
    let conn = rusqlite::Connection::open(store_file(sandbox)).unwrap();
    let mut statement = conn.prepare("SELECT id FROM records ORDER BY id").unwrap();
    statement
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn set_store_version(sandbox: &Sandbox, version: i64) {
    let conn = rusqlite::Connection::open(store_file(sandbox)).unwrap();
    conn.pragma_update(None, "user_version", version).unwrap();
}

fn store_version(sandbox: &Sandbox) -> i64 {
    let conn = rusqlite::Connection::open(store_file(sandbox)).unwrap();
    conn.pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap()
}

/// An npm v3 lockfile holding `packages` as (name, version).
fn npm_lock(packages: &[(&str, &str)]) -> String {
    let mut entries = vec![r#""": {"name": "app", "version": "1.0.0"}"#.to_string()];
    for (name, version) in packages {
        entries.push(format!(
            r#""node_modules/{name}": {{"version": "{version}", "resolved": "https://registry.npm.invalid/{name}/-/{name}-{version}.tgz", "integrity": "sha512-AAAA"}}"#
        ));
    }
    format!(
        r#"{{"name": "app", "version": "1.0.0", "lockfileVersion": 3, "requires": true, "packages": {{{}}}}}"#,
        entries.join(", ")
    )
}

#[test]
fn a_store_of_a_future_schema_version_is_neither_read_nor_written() {
    let sandbox = store_with_one_record();
    set_store_version(&sandbox, 99);
    sandbox.write("base/package-lock.json", npm_lock(&[]));
    sandbox.write("head/package-lock.json", npm_lock(&[("evil-pkg", "1.0.0")]));

    // A lookup refuses, naming the version and how to rebuild.
    let lookup = sandbox.run(&["deps", "base", "head", "--offline"]);
    assert_eq!(code(&lookup), 2, "{}", stderr(&lookup));
    let message = stderr(&lookup);
    assert!(
        message.contains("schema version 99") && message.contains("--rebuild"),
        "{message}"
    );

    // An import refuses too and leaves the file as it was (it used to drop every table).
    sandbox.write("other.json", mal_record("MAL-2099-0002", "other-pkg"));
    let import = sandbox.run(&["feed", "import", "other.json"]);
    assert_eq!(code(&import), 2, "{}", stderr(&import));
    assert!(stderr(&import).contains("schema version 99"));
    assert_eq!(store_version(&sandbox), 99);
    assert_eq!(record_ids(&sandbox), ["MAL-2099-0001"]);

    // `--rebuild` replaces it with a store of this version, and lookups work again.
    let rebuilt = sandbox.run(&["feed", "import", "other.json", "--rebuild"]);
    assert_eq!(code(&rebuilt), 0, "{}", stderr(&rebuilt));
    // This tollgate's layout version (2 since records carry their malformed range events).
    assert_eq!(store_version(&sandbox), 2);
    assert_eq!(record_ids(&sandbox), ["MAL-2099-0002"]);
    let leftovers: Vec<_> = std::fs::read_dir(sandbox.path().join("cache"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("rebuild"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_failed_rebuild_leaves_the_old_store_in_place() {
    let sandbox = store_with_one_record();
    set_store_version(&sandbox, 0);
    sandbox.write("not-osv.json", "{}");
    let output = sandbox.run(&["feed", "import", "missing.zip", "--rebuild"]);
    assert_eq!(code(&output), 2);
    assert_eq!(store_version(&sandbox), 0);
    assert_eq!(record_ids(&sandbox), ["MAL-2099-0001"]);
}

/// One zip entry as the test writes it: name, compression method (0 stored, 8 deflate),
/// the compressed bytes, and the inflated size the headers declare.
struct Entry<'a> {
    name: &'a str,
    method: u16,
    data: &'a [u8],
    declared: u64,
}

/// Writes a zip archive by hand, headers and all, so a test can make them lie. Sizes of
/// 4 GiB and more go into a ZIP64 extra field, as the format says.
fn zip_archive(entries: &[Entry<'_>]) -> Vec<u8> {
    fn u16le(out: &mut Vec<u8>, v: u16) {
        out.extend_from_slice(&v.to_le_bytes());
    }
    fn u32le(out: &mut Vec<u8>, v: u32) {
        out.extend_from_slice(&v.to_le_bytes());
    }
    let mut out = Vec::new();
    let mut central = Vec::new();
    for entry in entries {
        let offset = out.len() as u32;
        let zip64 = entry.declared >= u64::from(u32::MAX);
        let size32 = if zip64 {
            u32::MAX
        } else {
            entry.declared as u32
        };
        let extra: Vec<u8> = if zip64 {
            let mut e = Vec::new();
            u16le(&mut e, 0x0001);
            u16le(&mut e, 8);
            e.extend_from_slice(&entry.declared.to_le_bytes());
            e
        } else {
            Vec::new()
        };
        let crc = 0u32; // never reached: the limits stop the read first
        // Local file header.
        u32le(&mut out, 0x0403_4b50);
        u16le(&mut out, if zip64 { 45 } else { 20 });
        u16le(&mut out, 0);
        u16le(&mut out, entry.method);
        u16le(&mut out, 0);
        u16le(&mut out, 0);
        u32le(&mut out, crc);
        u32le(&mut out, entry.data.len() as u32);
        u32le(&mut out, size32);
        u16le(&mut out, entry.name.len() as u16);
        u16le(&mut out, extra.len() as u16);
        out.extend_from_slice(entry.name.as_bytes());
        out.extend_from_slice(&extra);
        out.extend_from_slice(entry.data);
        // Central directory header.
        u32le(&mut central, 0x0201_4b50);
        u16le(&mut central, 45);
        u16le(&mut central, if zip64 { 45 } else { 20 });
        u16le(&mut central, 0);
        u16le(&mut central, entry.method);
        u16le(&mut central, 0);
        u16le(&mut central, 0);
        u32le(&mut central, crc);
        u32le(&mut central, entry.data.len() as u32);
        u32le(&mut central, size32);
        u16le(&mut central, entry.name.len() as u16);
        u16le(&mut central, extra.len() as u16);
        u16le(&mut central, 0);
        u16le(&mut central, 0);
        u16le(&mut central, 0);
        u32le(&mut central, 0);
        u32le(&mut central, offset);
        central.extend_from_slice(entry.name.as_bytes());
        central.extend_from_slice(&extra);
    }
    let central_offset = out.len() as u32;
    out.extend_from_slice(&central);
    u32le(&mut out, 0x0605_4b50);
    u16le(&mut out, 0);
    u16le(&mut out, 0);
    u16le(&mut out, entries.len() as u16);
    u16le(&mut out, entries.len() as u16);
    u32le(&mut out, central.len() as u32);
    u32le(&mut out, central_offset);
    u16le(&mut out, 0);
    out
}

/// A raw DEFLATE stream of `chunks` × 8 MiB of zeros. One 8 MiB chunk is compressed
/// once and ends on a sync flush (byte-aligned, and its back-references only reach
/// zeros), so copies of it chain into one valid stream; a final empty block ends it. So
/// a gigabyte bomb costs the test a few milliseconds.
fn zero_bomb(chunks: usize) -> Vec<u8> {
    let mut encoder = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(&vec![0u8; 8 << 20]).unwrap();
    encoder.flush().unwrap();
    let chunk = encoder.get_ref().clone();
    let mut stream = Vec::with_capacity(chunk.len() * chunks + 2);
    for _ in 0..chunks {
        stream.extend_from_slice(&chunk);
    }
    // BFINAL=1, fixed Huffman, end-of-block: ten bits.
    stream.extend_from_slice(&[0x03, 0x00]);
    stream
}

/// Runs `feed import` on `zip` in a sandbox whose store holds one record, and checks
/// the common outcome: exit 2 within seconds, the entry named, the store unchanged.
fn import_is_refused(zip: Vec<u8>, entry: &str, reason: &str) {
    let sandbox = store_with_one_record();
    sandbox.write("all.zip", &zip);
    let started = Instant::now();
    let output = sandbox.run(&["feed", "import", "all.zip"]);
    let elapsed = started.elapsed();
    assert_eq!(code(&output), 2, "{}", stderr(&output));
    let message = stderr(&output);
    assert!(
        message.contains(&format!("entry `{entry}`")) && message.contains(reason),
        "{message}"
    );
    // Generous for a loaded machine; the point is "not minutes, not an abort".
    assert!(elapsed < Duration::from_secs(30), "took {elapsed:?}");
    assert_eq!(record_ids(&sandbox), ["MAL-2099-0001"]);
}

#[test]
fn a_zip_entry_that_declares_two_to_the_sixty_bytes_is_refused_before_reading() {
    let zip = zip_archive(&[Entry {
        name: "MAL-2099-9999.json",
        method: 0,
        data: b"{}",
        declared: 1 << 60,
    }]);
    assert!(zip.len() < 300, "{} bytes", zip.len());
    import_is_refused(
        zip,
        "MAL-2099-9999.json",
        "declares 1152921504606846976 bytes",
    );
}

#[test]
fn a_megabyte_that_inflates_to_a_gigabyte_is_refused_whatever_its_header_says() {
    let bomb = zero_bomb(128);
    assert!(bomb.len() < 2 << 20, "{} bytes", bomb.len());
    // The header tells the truth: refused from the header.
    let honest = zip_archive(&[Entry {
        name: "bomb.json",
        method: 8,
        data: &bomb,
        declared: 1 << 30,
    }]);
    import_is_refused(honest, "bomb.json", "declares 1073741824 bytes");
    // The header lies (a thousand bytes): refused once the read passes what it declared.
    let lying = zip_archive(&[Entry {
        name: "bomb.json",
        method: 8,
        data: &bomb,
        declared: 1000,
    }]);
    import_is_refused(lying, "bomb.json", "larger than its declared");
}

// ---------------------------------------------------------------------------------------
// gitleaks configurations (item 7)
// ---------------------------------------------------------------------------------------

const GITLEAKS_RULE: &str = r#"
[[rules]]
id = "acme-key"
description = "Acme key"
regex = '''acme_[a-z0-9]{16}'''
secretGroup = 0
keywords = ["acme_"]
"#;

#[test]
fn a_gitleaks_key_beside_tollgate_tables_is_an_error_naming_both() {
    let sandbox = Sandbox::new();
    sandbox.write(
        "tollgate.toml",
        format!("title = \"looks like gitleaks\"\n{GITLEAKS_RULE}\n[deps]\nmalicious = \"off\"\n\n[secrets]\nexclude = [\"**\"]\n"),
    );
    sandbox.write("src/app.py", support::leak(support::TOKEN));
    let output = sandbox.run(&["dir", "."]);
    assert_eq!(code(&output), 2, "{}", stderr(&output));
    let message = stderr(&output);
    for key in [
        "`title`",
        "`secretGroup` in rule `acme-key`",
        "`[deps]`",
        "`[secrets]`",
    ] {
        assert!(message.contains(key), "{key} not named: {message}");
    }
}

#[test]
fn a_gitleaks_configuration_alone_is_used_and_said_once() {
    let sandbox = Sandbox::new();
    sandbox.write(
        "tollgate.toml",
        format!("title = \"ours\"\n[extend]\nuseDefault = true\n{GITLEAKS_RULE}"),
    );
    // Not a run of sequential digits, which the placeholder check would take for an example.
    sandbox.write("a.txt", "key = acme_k3j9x2m7q4w8v1z5\n");
    let output = sandbox.run(&["dir", ".", "--format", "json"]);
    assert_eq!(code(&output), 1, "{}", stderr(&output));
    let report = support::cli::json(&output);
    assert!(
        support::cli::findings(&report)
            .iter()
            .any(|f| f["rule"] == "acme-key"),
        "{report}"
    );
    let message = stderr(&output);
    assert_eq!(
        message.matches("read as a gitleaks configuration").count(),
        1,
        "{message}"
    );
    assert!(message.contains("`title`") && message.contains("`extend`"));
}

#[test]
fn a_gitleaks_configuration_with_an_unknown_key_is_an_error() {
    let sandbox = Sandbox::new();
    sandbox.write(
        "tollgate.toml",
        format!("title = \"ours\"\nfail-on = \"critical\"\n{GITLEAKS_RULE}"),
    );
    sandbox.write("a.txt", "nothing here\n");
    let output = sandbox.run(&["dir", "."]);
    assert_eq!(code(&output), 2, "{}", stderr(&output));
    assert!(stderr(&output).contains("`fail-on`"), "{}", stderr(&output));
}

// ---------------------------------------------------------------------------------------
// The hook and `init` (item 16, and issue 16's chained hook and refusal message)
// ---------------------------------------------------------------------------------------

/// A repository with one commit whose hooks live in the tracked `.githooks` (as with
/// husky and similar), so a pull request decides what that directory holds.
fn repo_with_tracked_hooks() -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "hi\n");
    repo.commit("init");
    std::fs::create_dir_all(repo.path.join(".githooks")).unwrap();
    repo.git(&["config", "core.hooksPath", ".githooks"]);
    repo
}

#[cfg(unix)]
#[test]
fn a_dangling_hook_symlink_is_refused_and_nothing_is_created_outside() {
    let repo = repo_with_tracked_hooks();
    let outside = repo.root.path().join("outside-the-repo");
    std::os::unix::fs::symlink(&outside, repo.path.join(".githooks/pre-commit")).unwrap();
    for force in [false, true] {
        let args: &[&str] = if force {
            &["hook", "install", "--force"]
        } else {
            &["hook", "install"]
        };
        let output = repo.tollgate(args);
        assert_eq!(code(&output), 2, "{}", stderr(&output));
        assert!(
            stderr(&output).contains("symbolic link"),
            "{}",
            stderr(&output)
        );
        assert!(!outside.exists(), "a file was created through the link");
        assert!(
            std::fs::symlink_metadata(repo.path.join(".githooks/pre-commit"))
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }
}

#[cfg(unix)]
#[test]
fn a_hook_symlink_to_a_real_file_is_refused_and_the_file_is_untouched() {
    let repo = repo_with_tracked_hooks();
    let target = repo.root.path().join("bashrc");
    std::fs::write(&target, "alias ll='ls -l'\n").unwrap();
    std::os::unix::fs::symlink(&target, repo.path.join(".githooks/pre-commit")).unwrap();
    let output = repo.tollgate(&["hook", "install", "--force"]);
    assert_eq!(code(&output), 2, "{}", stderr(&output));
    assert_eq!(
        std::fs::read_to_string(&target).unwrap(),
        "alias ll='ls -l'\n"
    );
}

#[cfg(unix)]
#[test]
fn a_hooks_path_that_leaves_the_working_tree_through_a_link_is_refused() {
    let repo = Repo::new();
    let elsewhere = repo.root.path().join("elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::os::unix::fs::symlink(&elsewhere, repo.path.join("hooks")).unwrap();
    repo.git(&["config", "core.hooksPath", "hooks"]);
    let output = repo.tollgate(&["hook", "install"]);
    assert_eq!(code(&output), 2, "{}", stderr(&output));
    assert!(
        stderr(&output).contains("outside the working tree"),
        "{}",
        stderr(&output)
    );
    assert!(std::fs::read_dir(&elsewhere).unwrap().next().is_none());
}

#[test]
fn an_update_keeps_the_users_lines_in_a_hook_that_holds_the_marker() {
    let repo = repo_with_tracked_hooks();
    let first = repo.tollgate(&["hook", "install"]);
    assert_eq!(code(&first), 0, "{}", stderr(&first));
    let hook = repo.path.join(".githooks/pre-commit");
    // The user appends their own lines to tollgate's hook.
    let mut text = std::fs::read_to_string(&hook).unwrap();
    text.push_str("echo user-line-one\ntouch \"$(git rev-parse --git-dir)/user-ran\"\n");
    std::fs::write(&hook, &text).unwrap();

    let again = repo.tollgate(&["hook", "install"]);
    assert_eq!(code(&again), 0, "{}", stderr(&again));
    let after = std::fs::read_to_string(&hook).unwrap();
    assert!(after.contains("echo user-line-one\n"), "{after}");
    assert!(after.contains("/user-ran"), "{after}");
    assert_eq!(
        after
            .matches("installed by `tollgate hook install`")
            .count(),
        1
    );
    assert!(support::cli::stdout(&again).contains("2 lines of your own kept"));

    // And the user's lines still run on a clean commit.
    repo.write("clean.py", "print('ok')\n");
    repo.git(&["add", "clean.py"]);
    let commit = repo.git_output(&["commit", "-q", "-m", "clean"]);
    assert!(commit.status.success(), "{}", stderr(&commit));
    assert!(repo.path.join(".git/user-ran").exists());
}

#[test]
fn a_second_force_never_overwrites_the_saved_hook() {
    let repo = repo_with_tracked_hooks();
    let hook = repo.path.join(".githooks/pre-commit");
    let backup = repo.path.join(".githooks/pre-commit.pre-tollgate");
    std::fs::write(&hook, "#!/bin/sh\necho original\n").unwrap();
    let forced = repo.tollgate(&["hook", "install", "--force"]);
    assert_eq!(code(&forced), 0, "{}", stderr(&forced));
    assert_eq!(
        std::fs::read_to_string(&backup).unwrap(),
        "#!/bin/sh\necho original\n"
    );

    // Another tool puts its own hook in place; a second --force must not lose the first.
    std::fs::write(&hook, "#!/bin/sh\necho second\n").unwrap();
    let again = repo.tollgate(&["hook", "install", "--force"]);
    assert_eq!(code(&again), 2, "{}", stderr(&again));
    assert!(
        stderr(&again).contains("pre-commit.pre-tollgate"),
        "{}",
        stderr(&again)
    );
    assert_eq!(
        std::fs::read_to_string(&backup).unwrap(),
        "#!/bin/sh\necho original\n"
    );
    assert_eq!(
        std::fs::read_to_string(&hook).unwrap(),
        "#!/bin/sh\necho second\n"
    );
}

#[cfg(unix)]
fn executable(path: &Path, text: &str) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::write(path, text).unwrap();
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[cfg(unix)]
#[test]
fn the_installed_hook_runs_the_saved_hook_first_and_fails_when_it_fails() {
    let repo = Repo::new();
    repo.write("README.md", "hi\n");
    repo.commit("init");
    let hooks = repo.path.join(".git/hooks");
    std::fs::create_dir_all(&hooks).unwrap();
    executable(
        &hooks.join("pre-commit"),
        "#!/bin/sh\ntouch \"$(git rev-parse --git-dir)/previous-ran\"\n[ ! -e \"$(git rev-parse --show-toplevel)/veto\" ]\n",
    );
    let forced = repo.tollgate(&["hook", "install", "--force"]);
    assert_eq!(code(&forced), 0, "{}", stderr(&forced));

    // A clean commit: the saved hook runs, passes, and so does tollgate.
    repo.write("clean.py", "print('ok')\n");
    repo.git(&["add", "clean.py"]);
    let clean = repo.git_output(&["commit", "-q", "-m", "clean"]);
    assert!(clean.status.success(), "{}", stderr(&clean));
    assert!(repo.path.join(".git/previous-ran").exists());

    // The saved hook fails: the commit is refused, although it adds no secret.
    repo.write("veto", "x\n");
    repo.git(&["add", "veto"]);
    let vetoed = repo.git_output(&["commit", "-q", "-m", "vetoed"]);
    assert!(
        !vetoed.status.success(),
        "the saved hook's failure must refuse the commit"
    );
    assert_eq!(repo.git(&["rev-list", "--count", "HEAD"]), "2");
}

#[test]
fn the_hooks_refusal_ends_with_the_three_ways_forward_and_the_fingerprint() {
    let repo = Repo::new();
    repo.write("README.md", "hi\n");
    repo.commit("init");
    let installed = repo.tollgate(&["hook", "install"]);
    assert_eq!(code(&installed), 0, "{}", stderr(&installed));
    repo.write("leak.py", leak(TOKEN));
    repo.git(&["add", "leak.py"]);
    let refused = repo.git_output(&["commit", "-q", "-m", "leak"]);
    assert!(!refused.status.success());
    let message = stderr(&refused);
    let (_, report) = repo.report(&["check", "--staged"]);
    let fingerprint = support::cli::findings(&report)[0]["fingerprint"]
        .as_str()
        .unwrap()
        .to_string();
    let tail: Vec<&str> = message.trim_end().lines().rev().take(4).collect();
    let tail: Vec<&str> = tail.into_iter().rev().collect();
    assert!(message.contains("commit refused"), "{message}");
    assert!(tail[0].contains("git commit --no-verify"), "{message}");
    assert!(tail[1].contains("tollgate:allow"), "{message}");
    assert!(tail[2].contains(".tollgateignore"), "{message}");
    assert!(tail[3].trim_start().starts_with(&fingerprint), "{message}");
}

#[cfg(unix)]
#[test]
fn init_refuses_a_symlinked_config_dangling_or_not() {
    let sandbox = Sandbox::new();
    let outside = sandbox.path().join("outside.toml");
    std::os::unix::fs::symlink(&outside, sandbox.path().join("tollgate.toml")).unwrap();
    for args in [&["init"][..], &["init", "--force"][..]] {
        let output = sandbox.run(args);
        assert_eq!(code(&output), 2, "{}", stderr(&output));
        assert!(
            stderr(&output).contains("symbolic link"),
            "{}",
            stderr(&output)
        );
        assert!(!outside.exists(), "init wrote through the link");
    }
    // A link to an existing file: that file stays as it was, even with --force.
    std::fs::write(&outside, "# mine\n").unwrap();
    let output = sandbox.run(&["init", "--force"]);
    assert_eq!(code(&output), 2);
    assert_eq!(std::fs::read_to_string(&outside).unwrap(), "# mine\n");
}

// ---------------------------------------------------------------------------------------
// The policy of a pull-request gate comes from the merge base (item 6)
// ---------------------------------------------------------------------------------------

/// main holds `base_files`; the branch `feature` adds a secret and `head_files` in one
/// commit (as an attacker's pull request would).
fn pull_request(base_files: &[(&str, &str)], head_files: &[(&str, &str)]) -> Repo {
    let repo = Repo::new();
    repo.write("README.md", "hi\n");
    for (path, text) in base_files {
        repo.write(path, text);
    }
    repo.commit("base");
    repo.git(&["checkout", "-q", "-b", "feature"]);
    repo.write("conf/settings.py", leak(TOKEN));
    for (path, text) in head_files {
        repo.write(path, text);
    }
    repo.commit("a secret, and a policy that lets it through");
    repo
}

/// The kinds and files of a report's findings, as "kind file".
fn kinds(report: &serde_json::Value) -> Vec<String> {
    let mut kinds: Vec<String> = support::cli::findings(report)
        .iter()
        .map(|f| {
            let file = f["file"].as_str().or_else(|| f["lockfile"].as_str());
            format!("{} {}", f["kind"].as_str().unwrap(), file.unwrap())
        })
        .collect();
    kinds.sort();
    kinds
}

/// Runs `check --base main` in every format: none may show the token; returns the exit
/// code and the JSON report.
fn check_base(repo: &Repo, extra: &[&str]) -> (i32, serde_json::Value, String) {
    for format in ["text", "sarif", "markdown", "github"] {
        let output =
            repo.tollgate(&[&["check", "--base", "main", "--format", format], extra].concat());
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            stderr(&output)
        );
        assert!(!all.contains(TOKEN), "{format} shows the token: {all}");
    }
    let output = repo.tollgate(&[&["check", "--base", "main", "--format", "json"], extra].concat());
    let message = stderr(&output);
    assert!(!message.contains(TOKEN) && !String::from_utf8_lossy(&output.stdout).contains(TOKEN));
    (code(&output), support::cli::json(&output), message)
}

#[test]
fn a_pull_request_that_excludes_everything_is_still_judged_by_the_bases_policy() {
    let repo = pull_request(&[], &[("tollgate.toml", "[secrets]\nexclude = [\"**\"]\n")]);
    let (exit, report, _) = check_base(&repo, &[]);
    assert_eq!(exit, 1, "{report}");
    assert_eq!(
        kinds(&report),
        ["policy tollgate.toml", "secret conf/settings.py"]
    );
    let change = support::cli::findings(&report)
        .iter()
        .find(|f| f["kind"] == "policy")
        .unwrap()
        .clone();
    assert_eq!(change["check"], "policy-changed");
    assert_eq!(change["line"], 1);
    assert_eq!(change["before"], serde_json::Value::Null);
    assert_eq!(change["after"], "[secrets]\nexclude = [\"**\"]");
    assert_eq!(change["accepted"], false);

    // `check --staged` reads the working tree, which the developer owns.
    repo.write("conf/more.py", leak(&support::token(5)));
    repo.git(&["add", "-A"]);
    let staged = repo.tollgate(&["check", "--staged"]);
    assert_eq!(code(&staged), 0, "{}", stderr(&staged));
}

#[test]
fn an_ignore_entry_for_the_pull_requests_own_secret_does_not_suppress_it() {
    // The fingerprint of the token under the shared salt (no salt on main), as the
    // attacker would learn it from a first run.
    let probe = pull_request(&[], &[]);
    let (_, report, _) = check_base(&probe, &[]);
    let fingerprint = support::cli::findings(&report)[0]["fingerprint"]
        .as_str()
        .unwrap()
        .to_string();
    let ignore = format!("{fingerprint} revoked test token\n");
    let gitleaks = "conf/settings.py:github-pat:1\n";
    let baseline = format!("{fingerprint}\n");
    for (file, text, extra) in [
        (".tollgateignore", ignore.as_str(), &[][..]),
        (".gitleaksignore", gitleaks, &[][..]),
        (
            "ci/baseline",
            baseline.as_str(),
            &["--baseline", "ci/baseline"][..],
        ),
    ] {
        let repo = pull_request(&[], &[(file, text)]);
        let (exit, report, _) = check_base(&repo, extra);
        assert_eq!(exit, 1, "{file}: {report}");
        assert_eq!(
            kinds(&report),
            [
                format!("policy {file}"),
                "secret conf/settings.py".to_string()
            ],
            "{file}"
        );
        // The same entry on main suppresses the secret: the rule is where it comes from.
        let repo = pull_request(&[(file, text)], &[]);
        let (exit, report, _) = check_base(&repo, extra);
        assert_eq!(exit, 0, "{file} on main: {report}");
    }
}

#[test]
fn turning_off_the_malicious_check_in_the_pull_request_does_not_pass_a_malicious_package() {
    let repo = pull_request(
        &[("package-lock.json", &npm_lock(&[("left-pad", "1.3.0")]))],
        &[
            (
                "package-lock.json",
                &npm_lock(&[("left-pad", "1.3.0"), ("evil-pkg", "1.0.0")]),
            ),
            ("tollgate.toml", "[deps]\nmalicious = \"off\"\n"),
        ],
    );
    repo.write("conf/settings.py", "clean = 1\n");
    repo.commit("drop the secret: only the dependency is at stake");
    let record = repo.root.path().join("record.json");
    std::fs::write(&record, mal_record("MAL-2099-0002", "evil-pkg")).unwrap();
    let import = repo.tollgate(&["feed", "import", record.to_str().unwrap()]);
    assert_eq!(code(&import), 0, "{}", stderr(&import));
    let output = repo.tollgate(&["deps", "--base", "main", "--format", "json"]);
    assert_eq!(code(&output), 1, "{}", stderr(&output));
    let report = support::cli::json(&output);
    assert_eq!(
        kinds(&report),
        ["dependency package-lock.json", "policy tollgate.toml"],
        "{report}"
    );
    let (exit, report, _) = check_base(&repo, &[]);
    assert_eq!(exit, 1, "{report}");
}

#[test]
fn a_policy_change_applies_only_when_accepted_and_only_as_reviewed() {
    let repo = pull_request(
        &[],
        &[("tollgate.toml", "[secrets]\nexclude = [\"conf/**\"]\n")],
    );
    let (_, report, _) = check_base(&repo, &[]);
    let digest = support::cli::findings(&report)
        .iter()
        .find(|f| f["kind"] == "policy")
        .unwrap()["digest"]
        .as_str()
        .unwrap()
        .to_string();

    // Accepted as reviewed: the head's policy applies, the change is still shown.
    let accept = format!("--accept-policy-change={digest}");
    let (exit, report, _) = check_base(&repo, &[&accept]);
    assert_eq!(exit, 0, "{report}");
    assert_eq!(kinds(&report), ["policy tollgate.toml"]);
    assert_eq!(support::cli::findings(&report)[0]["accepted"], true);

    // Changed after the review: the digest no longer fits, the base's policy applies.
    repo.write("tollgate.toml", "[secrets]\nexclude = [\"**\"]\n");
    repo.commit("widen after review");
    let (exit, report, message) = check_base(&repo, &[&accept]);
    assert_eq!(exit, 1, "{report}");
    assert!(message.contains("changed after the review"), "{message}");
    assert_eq!(
        kinds(&report),
        ["policy tollgate.toml", "secret conf/settings.py"]
    );
}

#[test]
fn policy_lines_in_a_report_hide_secrets_and_url_passwords() {
    let repo = pull_request(
        &[],
        &[(
            "tollgate.toml",
            &format!(
                "# {TOKEN}\n[feed]\nurl = \"https://ci:hunter2hunter2@advisories.example.invalid/all.zip\"\n"
            ),
        )],
    );
    let (exit, report, _) = check_base(&repo, &[]);
    assert_eq!(exit, 1, "{report}");
    let text = report.to_string();
    assert!(!text.contains("hunter2hunter2"), "{text}");
    assert!(
        text.contains("https://ci:***@advisories.example.invalid"),
        "{text}"
    );
}

// ---------------------------------------------------------------------------------------
// Fingerprints: Argon2id under a salt per repository; legacy entries migrate (item 11)
// ---------------------------------------------------------------------------------------

/// A weak password, the kind an attacker guesses from a list.
const WEAK: &str = "Summer2024!";
const WEAK_RULE: &str = "generic-password";

/// The legacy fingerprint: BLAKE3 keyed by a context string anyone can read in the
/// binary, which is what made offline guessing cheap.
fn legacy(rule: &str, secret: &str) -> String {
    let mut hasher =
        blake3::Hasher::new_derive_key("tollgate 2026-11 secret finding fingerprint v1");
    hasher.update(rule.as_bytes());
    hasher.update(&[0]);
    hasher.update(secret.as_bytes());
    hasher.finalize().to_hex()[..32].to_string()
}

/// Argon2id (19 MiB, 2 passes, 1 lane, 20 bytes) of rule, a zero byte and the secret.
fn argon2id(salt_hex: &str, rule: &str, secret: &str) -> String {
    let salt: Vec<u8> = (0..salt_hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&salt_hex[i..i + 2], 16).unwrap())
        .collect();
    let params = argon2::Params::new(19 * 1024, 2, 1, Some(20)).unwrap();
    let mut out = [0u8; 20];
    argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params)
        .hash_password_into(format!("{rule}\0{secret}").as_bytes(), &salt, &mut out)
        .unwrap();
    out.iter().map(|b| format!("{b:02x}")).collect()
}

/// A sandbox holding the weak password, and the entries of the baseline written for it.
fn baseline_of_weak_password() -> (Sandbox, Vec<String>) {
    let sandbox = Sandbox::new();
    sandbox.write("app.env", format!("password = \"{WEAK}\"\n"));
    let output = sandbox.run(&["baseline"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert!(
        stderr(&output).contains(".tollgate/salt"),
        "{}",
        stderr(&output)
    );
    let text = std::fs::read_to_string(sandbox.path().join(".tollgate-baseline")).unwrap();
    let entries = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split_whitespace().next().unwrap().to_string())
        .collect();
    (sandbox, entries)
}

fn salt_hex(sandbox: &Sandbox) -> String {
    let text = std::fs::read_to_string(sandbox.path().join(".tollgate/salt")).unwrap();
    text.lines()
        .find(|l| !l.starts_with('#'))
        .unwrap()
        .trim()
        .to_string()
}

#[test]
fn a_weak_passwords_fingerprint_is_not_found_by_hashing_guesses_with_the_public_key() {
    let (first, entries) = baseline_of_weak_password();
    assert_eq!(entries.len(), 1, "{entries:?}");
    let entry = &entries[0];
    // The attack of the issue: hash a list of guesses with the public key.
    let guesses = ["password", "hunter2", "Winter2023!", WEAK, "letmein"];
    for guess in guesses {
        assert_ne!(*entry, legacy(WEAK_RULE, guess), "{guess} recovered");
    }
    // It is Argon2id under this repository's salt, the only way to test a guess...
    let salt = salt_hex(&first);
    assert_eq!(*entry, argon2id(&salt, WEAK_RULE, WEAK));
    // ...and another repository has another salt, so that work does not carry over.
    let (second, others) = baseline_of_weak_password();
    assert_ne!(salt_hex(&second), salt);
    assert_ne!(others, entries);
    assert_eq!(others[0], argon2id(&salt_hex(&second), WEAK_RULE, WEAK));
}

#[test]
fn legacy_entries_still_match_and_baseline_rewrites_them_once() {
    let sandbox = Sandbox::new();
    sandbox.write("app.env", format!("password = \"{WEAK}\"\n"));
    sandbox.write("keys.py", leak(TOKEN));
    let old_password = legacy(WEAK_RULE, WEAK);
    let old_token = legacy("github-pat", TOKEN);
    let unrelated = legacy("github-pat", "ghp_gone");
    sandbox.write(
        ".tollgateignore",
        format!(
            "# reviewed in 2025\n{old_token} revoked test token\n{unrelated} removed long ago\n"
        ),
    );
    sandbox.write("old-baseline", format!("{old_password}\n"));
    // The old forms suppress both findings.
    let output = sandbox.run(&["dir", ".", "--baseline", "old-baseline", "--format", "json"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));

    // `tollgate baseline` writes the new form, and rewrites the ignore entries it found.
    let output = sandbox.run(&["baseline"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let message = stderr(&output);
    assert!(
        message.contains("rewrote 1 legacy entry of .tollgateignore"),
        "{message}"
    );
    assert!(
        message.contains("1 legacy entry of .tollgateignore match"),
        "{message}"
    );
    let salt = salt_hex(&sandbox);
    let ignore = std::fs::read_to_string(sandbox.path().join(".tollgateignore")).unwrap();
    assert_eq!(
        ignore,
        format!(
            "# reviewed in 2025\n{} revoked test token\n{unrelated} removed long ago\n",
            argon2id(&salt, "github-pat", TOKEN)
        )
    );
    let baseline = std::fs::read_to_string(sandbox.path().join(".tollgate-baseline")).unwrap();
    assert!(
        baseline.contains(&argon2id(&salt, WEAK_RULE, WEAK)),
        "{baseline}"
    );
    assert!(!baseline.contains(&old_password), "{baseline}");
    // The new forms suppress both, and a second run has nothing left to rewrite.
    let output = sandbox.run(&["dir", ".", "--baseline", ".tollgate-baseline"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let output = sandbox.run(&["baseline"]);
    assert!(!stderr(&output).contains("rewrote"), "{}", stderr(&output));
}

#[test]
fn a_config_named_on_the_command_line_that_no_side_has_is_an_error() {
    let repo = pull_request(&[], &[]);
    let output = repo.tollgate(&["check", "--base", "main", "--config", "ci/tollgate.toml"]);
    assert_eq!(code(&output), 2, "{}", stderr(&output));
    assert!(
        stderr(&output).contains("ci/tollgate.toml: not found in the merge base nor in the head"),
        "{}",
        stderr(&output)
    );
}
