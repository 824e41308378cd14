//! `tollgate log` through the real binary: streaming, `--mask` in a pipe, ANSI colours
//! and CI timestamps, and a PEM block printed across the reader's buffer boundary.

mod support;

use std::io::Write;
use std::process::{Output, Stdio};

use support::cli::{json, stderr, stdout};
use support::token;

fn log(dir: &std::path::Path, args: &[&str], input: &[u8]) -> Output {
    log_in_pieces(dir, args, &[input])
}

/// Feeds `pieces` with a pause between them, as a running build does: each pause leaves
/// the reader with nothing buffered, which ends a chunk there.
fn log_in_pieces(dir: &std::path::Path, args: &[&str], pieces: &[&[u8]]) -> Output {
    let mut child = support::cli::tollgate(dir)
        .arg("log")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run tollgate log");
    let mut stdin = child.stdin.take().unwrap();
    let pieces: Vec<Vec<u8>> = pieces.iter().map(|p| p.to_vec()).collect();
    let writer = std::thread::spawn(move || {
        for (i, piece) in pieces.iter().enumerate() {
            if i > 0 {
                std::thread::sleep(std::time::Duration::from_millis(300));
            }
            // The child may exit early on an error; a broken pipe is then expected.
            if stdin.write_all(piece).and_then(|_| stdin.flush()).is_err() {
                return;
            }
        }
    });
    let output = child.wait_with_output().expect("wait for tollgate log");
    writer.join().unwrap();
    output
}

/// An invented RSA key body: base64 from a fixed xorshift sequence, 64 characters a line.
fn pem_lines() -> Vec<String> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut body = String::from("MIIEow");
    while body.len() < 64 * 6 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        body.push(ALPHABET[(state % 64) as usize] as char);
    }
    let mut lines = vec!["-----BEGIN RSA PRIVATE KEY-----".to_string()];
    lines.extend(
        body.as_bytes()
            .chunks(64)
            .map(|c| String::from_utf8(c.to_vec()).unwrap()),
    );
    lines.push("-----END RSA PRIVATE KEY-----".to_string());
    lines
}

#[test]
fn mask_replaces_a_coloured_timestamped_token_and_keeps_the_rest_of_the_log() {
    let dir = tempfile::tempdir().unwrap();
    let input = format!(
        "Run make deploy\n\
         2024-05-01T12:00:00.1234567Z \x1b[33mGITHUB_TOKEN=gh\x1b[0mp_{}\n\
         done\n",
        &token(7)[4..]
    );
    let output = log(dir.path(), &["--mask"], input.as_bytes());
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "Run make deploy\n\
         2024-05-01T12:00:00.1234567Z \x1b[33mGITHUB_TOKEN=***\n\
         done\n"
    );
    let errors = stderr(&output);
    assert!(errors.contains("-:2:14 github-pat"), "{errors}");
    assert!(!errors.contains(&token(7)), "stderr leaks the token");
}

#[test]
fn a_clean_log_passes_through_unchanged_and_exits_0() {
    let dir = tempfile::tempdir().unwrap();
    let input = "\x1b[1mCompiling\x1b[0m app v0.1.0\n2024-05-01T12:00:00Z Finished\n";
    let output = log(dir.path(), &["--mask"], input.as_bytes());
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stdout(&output), input);
}

#[test]
fn a_timestamped_pem_block_split_between_two_reads_still_matches_and_is_masked() {
    let dir = tempfile::tempdir().unwrap();
    let filler_line = "2024-05-01T12:00:00.0000000Z compiling module\n";
    let filler_lines = 2000;
    let mut input = filler_line.repeat(filler_lines);
    for line in pem_lines() {
        input.push_str(&format!("2024-05-01T12:00:01.0000000Z {line}\n"));
    }
    input.push_str("after\n");
    // The build pauses after the block's third line.
    let third = pem_lines()[3].clone();
    let split = input.find(&third).unwrap() - "2024-05-01T12:00:01.0000000Z ".len();
    assert!(input[..split].ends_with('\n'));
    let output = log_in_pieces(
        dir.path(),
        &["--mask", "--format", "json", "--output", "report.json"],
        &[&input.as_bytes()[..split], &input.as_bytes()[split..]],
    );
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let masked = stdout(&output);
    assert_eq!(masked.lines().count(), input.lines().count());
    assert!(!masked.contains("MIIEow"), "the key body is not masked");
    assert!(
        masked.ends_with("***\nafter\n"),
        "{}",
        &masked[masked.len() - 200..]
    );
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("report.json")).unwrap()).unwrap();
    let findings = support::cli::findings(&report);
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0]["rule"], "private-key-rsa");
    assert_eq!(findings[0]["line"], filler_lines + 1);
}

#[test]
fn a_log_file_reports_findings_with_lines_and_json_works() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::new();
    for i in 0..1000 {
        text.push_str(&format!("line {i}\n"));
    }
    text.push_str(&format!("export GITHUB_TOKEN={}\n", token(8)));
    std::fs::write(dir.path().join("build.log"), &text).unwrap();
    let output = support::cli::tollgate(dir.path())
        .args(["log", "build.log", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let report = json(&output);
    let findings = support::cli::findings(&report);
    assert_eq!(findings[0]["file"], "build.log");
    assert_eq!(findings[0]["line"], 1001);

    let missing = support::cli::tollgate(dir.path())
        .args(["log", "no-such.log"])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        stderr(&missing).contains("no-such.log"),
        "{}",
        stderr(&missing)
    );
}

#[test]
fn log_outside_a_repository_writes_no_salt_into_the_current_directory() {
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let input = format!("export GITHUB_TOKEN={}\n", token(9));
    let mut child = support::cli::tollgate(dir.path())
        .args(["log", "--mask"])
        .env("TOLLGATE_CACHE_DIR", cache.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let written: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert!(written.is_empty(), "log wrote {written:?}");
    assert!(cache.path().join("salt").is_file(), "no salt in the cache");
}
