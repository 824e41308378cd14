//! The standing adversarial suite: every case under `tests/adversarial/` (one directory
//! each, described by its `case.toml`; the format is in `tests/adversarial/README.md`) is
//! set up in a sandbox and run through the real binary in every output format. Each run
//! must exit as the case expects, and every run, whatever the case, must hold the
//! invariants below:
//!
//! - no forbidden string (a credential, a secret) in standard output or standard error,
//!   raw, percent-encoded or JSON-escaped, nor in any file tollgate wrote;
//! - no control character reaches the terminal (ESC, CR, BEL, C1, bidi overrides);
//! - nothing outside `--format github` can start a GitHub workflow command (a line that
//!   begins with `::`, or `##[` anywhere), and `--format github` prints only well-formed
//!   annotations;
//! - JSON and SARIF parse; Markdown has no heading, HTML or `<details>` block of its own
//!   making beyond tollgate's.
//!
//! `ADVERSARIAL_CASE=name` runs one case.

mod support;

use std::collections::{BTreeMap, HashMap};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine;
use serde::Deserialize;
use support::http::{Reply, Server, routes};

const CASES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/adversarial");

/// The `--format` values a run is repeated with unless the case names others.
const ALL_FORMATS: [&str; 5] = ["text", "json", "sarif", "markdown", "github"];

/// A run that takes longer than this is a failure (resource exhaustion).
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(120);

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    /// What the case tries and what tollgate must do.
    about: String,
    /// Strings that must appear in no output and no file tollgate writes.
    #[serde(default)]
    forbidden: Vec<String>,
    /// Environment of every tollgate run (setup and runs).
    #[serde(default)]
    env: BTreeMap<String, String>,
    /// A local HTTP server: path (and query) → reply; every other path is a 404.
    #[serde(default)]
    server: BTreeMap<String, Route>,
    #[serde(default)]
    setup: Vec<Step>,
    run: Vec<Run>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Route {
    #[serde(default = "ok")]
    status: u16,
    #[serde(default)]
    body: String,
    /// A file of the case directory as the body.
    from: Option<String>,
}

fn ok() -> u16 {
    200
}

/// One setup step; exactly one of the action keys is set.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Step {
    /// Write a file (directories created): `text`, `base64` or `from`, else empty.
    write: Option<String>,
    text: Option<String>,
    base64: Option<String>,
    from: Option<String>,
    /// The step's path is percent-encoded bytes (`%FF` for a byte that is not UTF-8).
    #[serde(default)]
    percent_path: bool,
    /// Copy a file or directory of the case directory to the same path (or `to`).
    copy: Option<String>,
    to: Option<String>,
    mkdir: Option<String>,
    /// Create a symbolic link at this path pointing at `target` (need not exist).
    symlink: Option<String>,
    target: Option<String>,
    remove: Option<String>,
    /// Run git with these arguments (isolated configuration, fixed dates).
    git: Option<Vec<String>>,
    /// `git add -A` then `git commit` with this message; `author` sets the author name.
    commit: Option<String>,
    author: Option<String>,
    /// Run tollgate with these arguments; must exit `exit` (default 0).
    tollgate: Option<Vec<String>>,
    exit: Option<i32>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Run {
    args: Vec<String>,
    exit: i32,
    /// `--format` values to repeat the run with; `[]` runs it once as written.
    formats: Option<Vec<String>>,
    stdin: Option<String>,
    /// Text each run's standard error (or output) must contain.
    #[serde(default)]
    stderr_contains: Vec<String>,
    #[serde(default)]
    stdout_contains: Vec<String>,
    /// Seconds before the run counts as hung.
    timeout: Option<u64>,
}

/// A sandbox: the working directory, a home, a cache, and what the case itself wrote.
struct Sandbox {
    _root: tempfile::TempDir,
    root: PathBuf,
    work: PathBuf,
    dir: PathBuf,
    env: Vec<(String, String)>,
    /// Files the case wrote, with their content: not tollgate's writing.
    written: HashMap<PathBuf, Vec<u8>>,
    clock: i64,
}

#[test]
fn every_adversarial_case_holds() {
    let only = std::env::var("ADVERSARIAL_CASE").ok();
    let mut names: Vec<String> = std::fs::read_dir(CASES)
        .unwrap()
        .filter_map(|e| {
            let e = e.unwrap();
            e.path()
                .join("case.toml")
                .is_file()
                .then(|| e.file_name().to_string_lossy().into_owned())
        })
        .filter(|name| only.as_deref().is_none_or(|o| o == name))
        .collect();
    names.sort();
    assert!(!names.is_empty(), "no case under {CASES}");
    let mut failures = Vec::new();
    for name in &names {
        if let Err(problems) = run_case(name) {
            failures.push(format!("{name}:\n  {}", problems.join("\n  ")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        names.len(),
        failures.join("\n")
    );
}

fn run_case(name: &str) -> Result<(), Vec<String>> {
    let dir = Path::new(CASES).join(name);
    let text = std::fs::read_to_string(dir.join("case.toml")).unwrap();
    let case: Case = toml::from_str(&text).map_err(|e| vec![format!("case.toml: {e}")])?;
    assert!(!case.about.trim().is_empty(), "{name}: `about` is empty");
    let server = (!case.server.is_empty()).then(|| serve(&dir, &case.server));
    let host = server
        .as_ref()
        .map(|s| s.base().trim_start_matches("http://").to_string())
        .unwrap_or_default();
    let root = tempfile::tempdir().unwrap();
    let rootpath = root.path().to_path_buf();
    let work = rootpath.join("work");
    std::fs::create_dir_all(&work).unwrap();
    let fill = |text: &str| {
        text.replace("{server}", &host)
            .replace("{work}", &work.display().to_string())
    };
    let mut sandbox = Sandbox {
        _root: root,
        root: rootpath.clone(),
        work: work.clone(),
        dir: dir.clone(),
        env: case.env.iter().map(|(k, v)| (k.clone(), fill(v))).collect(),
        written: HashMap::new(),
        clock: 1_700_000_000,
    };
    let forbidden: Vec<String> = case.forbidden.iter().map(|f| fill(f)).collect();
    let mut problems = Vec::new();
    for (i, step) in case.setup.iter().enumerate() {
        if let Err(problem) = sandbox.step(step, &fill, &forbidden) {
            problems.push(format!("setup step {}: {problem}", i + 1));
            return Err(problems);
        }
    }
    for run in &case.run {
        let formats: Vec<Option<&str>> = match &run.formats {
            Some(list) if list.is_empty() => vec![None],
            Some(list) => list.iter().map(|f| Some(f.as_str())).collect(),
            None => ALL_FORMATS.iter().map(|f| Some(*f)).collect(),
        };
        for format in formats {
            let mut args: Vec<String> = run.args.iter().map(|a| fill(a)).collect();
            if let Some(format) = format {
                args.extend(["--format".to_string(), format.to_string()]);
            }
            let label = format!("`tollgate {}`", args.join(" "));
            let timeout = run.timeout.map_or(DEFAULT_TIMEOUT, Duration::from_secs);
            let output = match sandbox.tollgate(&args, run.stdin.as_deref(), timeout) {
                Ok(output) => output,
                Err(problem) => {
                    problems.push(format!("{label}: {problem}"));
                    continue;
                }
            };
            if output.code != run.exit {
                problems.push(format!(
                    "{label}: exit {} (expected {}); stderr: {}",
                    output.code,
                    run.exit,
                    output.stderr.trim_end()
                ));
            }
            for wanted in &run.stderr_contains {
                if !output.stderr.contains(&fill(wanted)) {
                    problems.push(format!(
                        "{label}: stderr lacks {wanted:?}: {}",
                        output.stderr
                    ));
                }
            }
            for wanted in &run.stdout_contains {
                if !output.stdout.contains(&fill(wanted)) {
                    problems.push(format!("{label}: stdout lacks {wanted:?}"));
                }
            }
            for problem in invariants(format, &output, &forbidden) {
                problems.push(format!("{label}: {problem}"));
            }
            if format == Some("sarif") {
                for problem in sarif_uris(&output.stdout, &sandbox.work, &args) {
                    problems.push(format!("{label}: {problem}"));
                }
            }
            for problem in sandbox.written_files_leak(&forbidden) {
                problems.push(format!("{label}: {problem}"));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

fn serve(dir: &Path, server: &BTreeMap<String, Route>) -> Server {
    let table: Vec<(String, Reply)> = server
        .iter()
        .map(|(path, route)| {
            let body = match &route.from {
                Some(file) => std::fs::read(dir.join(file)).unwrap(),
                None => route.body.clone().into_bytes(),
            };
            let json = body.first() == Some(&b'{');
            (
                path.clone(),
                Reply::Body {
                    status: route.status,
                    body,
                    json,
                },
            )
        })
        .collect();
    routes(table)
}

struct Output {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Sandbox {
    fn path(&self, path: &str, percent: bool) -> PathBuf {
        if percent {
            use std::os::unix::ffi::OsStringExt;
            let bytes = percent_decode(path);
            self.work.join(OsString::from_vec(bytes))
        } else {
            self.work.join(path)
        }
    }

    fn step(
        &mut self,
        step: &Step,
        fill: &dyn Fn(&str) -> String,
        forbidden: &[String],
    ) -> Result<(), String> {
        if let Some(path) = &step.write {
            let content = match (&step.text, &step.base64, &step.from) {
                (Some(text), _, _) => fill(text).into_bytes(),
                (_, Some(b64), _) => base64::engine::general_purpose::STANDARD
                    .decode(b64.split_whitespace().collect::<String>())
                    .map_err(|e| format!("base64: {e}"))?,
                (_, _, Some(file)) => {
                    std::fs::read(self.dir.join(file)).map_err(|e| format!("{file}: {e}"))?
                }
                _ => Vec::new(),
            };
            let path = self.path(path, step.percent_path);
            write(&path, &content);
            self.written.insert(path, content);
        } else if let Some(from) = &step.copy {
            let to = self.path(step.to.as_deref().unwrap_or(from), step.percent_path);
            self.copy(&self.dir.join(from), &to);
        } else if let Some(path) = &step.mkdir {
            std::fs::create_dir_all(self.path(path, step.percent_path)).unwrap();
        } else if let Some(path) = &step.symlink {
            let path = self.path(path, step.percent_path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            let target = step.target.as_deref().ok_or("symlink without target")?;
            std::os::unix::fs::symlink(fill(target), path).map_err(|e| e.to_string())?;
        } else if let Some(path) = &step.remove {
            let path = self.path(path, step.percent_path);
            if path.is_dir() {
                std::fs::remove_dir_all(path).map_err(|e| e.to_string())?;
            } else {
                std::fs::remove_file(path).map_err(|e| e.to_string())?;
            }
        } else if let Some(args) = &step.git {
            let args: Vec<String> = args.iter().map(|a| fill(a)).collect();
            self.git(&args, None)?;
        } else if let Some(message) = &step.commit {
            self.git(&["add".into(), "-A".into()], None)?;
            let args = ["commit", "-q", "--allow-empty", "-m", message.as_str()].map(String::from);
            self.git(&args, step.author.as_deref())?;
        } else if let Some(args) = &step.tollgate {
            let args: Vec<String> = args.iter().map(|a| fill(a)).collect();
            let output = self.tollgate(&args, None, DEFAULT_TIMEOUT)?;
            let expected = step.exit.unwrap_or(0);
            if output.code != expected {
                return Err(format!(
                    "`tollgate {}` exited {} (expected {expected}): {}",
                    args.join(" "),
                    output.code,
                    output.stderr
                ));
            }
            let problems = invariants(None, &output, forbidden);
            if !problems.is_empty() {
                return Err(problems.join("; "));
            }
        } else {
            return Err(format!("a step with no action: {step:?}"));
        }
        Ok(())
    }

    fn copy(&mut self, from: &Path, to: &Path) {
        if from.is_dir() {
            std::fs::create_dir_all(to).unwrap();
            for entry in std::fs::read_dir(from).unwrap() {
                let entry = entry.unwrap();
                self.copy(&entry.path(), &to.join(entry.file_name()));
            }
        } else {
            let content = std::fs::read(from).unwrap();
            write(to, &content);
            self.written.insert(to.to_path_buf(), content);
        }
    }

    /// Distinct, stable commit dates; no configuration of the machine's user.
    fn git(&mut self, args: &[String], author: Option<&str>) -> Result<(), String> {
        self.clock += 60;
        let date = format!("{} +0000", self.clock);
        let home = self.root.join("home");
        std::fs::create_dir_all(&home).unwrap();
        let author = author.unwrap_or("Ada Author");
        let output = Command::new("git")
            .args(args)
            .current_dir(&self.work)
            .env("HOME", &home)
            .env("XDG_CONFIG_HOME", &home)
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_AUTHOR_NAME", author)
            .env("GIT_AUTHOR_EMAIL", "ada@example.invalid")
            .env("GIT_COMMITTER_NAME", "Ada Author")
            .env("GIT_COMMITTER_EMAIL", "ada@example.invalid")
            .env("GIT_AUTHOR_DATE", &date)
            .env("GIT_COMMITTER_DATE", &date)
            .env_remove("GIT_DIR")
            .env_remove("GIT_WORK_TREE")
            .env_remove("GIT_INDEX_FILE")
            .output()
            .map_err(|e| e.to_string())?;
        if output.status.success() {
            Ok(())
        } else {
            Err(format!(
                "git {args:?}: {}",
                String::from_utf8_lossy(&output.stderr)
            ))
        }
    }

    /// The binary in the working directory with the sandbox's home and cache; output to
    /// files, so a large output cannot block it, and killed after `timeout`.
    fn tollgate(
        &self,
        args: &[String],
        stdin: Option<&str>,
        timeout: Duration,
    ) -> Result<Output, String> {
        let home = self.root.join("home");
        std::fs::create_dir_all(&home).unwrap();
        let out_dir = tempfile::tempdir().unwrap();
        let (out_path, err_path) = (out_dir.path().join("out"), out_dir.path().join("err"));
        let mut command = support::cli::tollgate(&self.work);
        command
            .args(args)
            .env("HOME", &home)
            .env("XDG_CONFIG_HOME", home.join(".config"))
            .env("CARGO_HOME", home.join(".cargo"))
            .env("TOLLGATE_CACHE_DIR", self.root.join("cache"))
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .envs(self.env.iter().map(|(k, v)| (k, v)))
            .stdout(std::fs::File::create(&out_path).unwrap())
            .stderr(std::fs::File::create(&err_path).unwrap())
            .stdin(if stdin.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            });
        let mut child = command.spawn().map_err(|e| e.to_string())?;
        if let Some(text) = stdin {
            use std::io::Write;
            let mut pipe = child.stdin.take().unwrap();
            let _ = pipe.write_all(text.as_bytes());
        }
        let started = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
                break status;
            }
            if started.elapsed() > timeout {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("still running after {} s", timeout.as_secs()));
            }
            std::thread::sleep(Duration::from_millis(10));
        };
        let read = |p: &Path| String::from_utf8_lossy(&std::fs::read(p).unwrap()).into_owned();
        Ok(Output {
            // A signal (a panic that aborts, an allocation failure) is no exit code.
            code: status.code().unwrap_or(-1),
            stdout: read(&out_path),
            stderr: read(&err_path),
        })
    }

    /// Forbidden strings in a file under the sandbox that tollgate wrote or changed: the
    /// caches, the store, hooks, configuration, reports. Git's object database is left
    /// out (git wrote it from the case's own files).
    fn written_files_leak(&self, forbidden: &[String]) -> Vec<String> {
        let mut problems = Vec::new();
        let mut stack = vec![self.root.clone()];
        while let Some(dir) = stack.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                let Ok(kind) = entry.file_type() else {
                    continue;
                };
                let relative = path.strip_prefix(&self.root).unwrap();
                let in_git = relative.components().any(|c| c.as_os_str() == ".git");
                let git_internal = in_git
                    && !relative.components().any(|c| c.as_os_str() == "hooks")
                    && relative.file_name().is_none_or(|n| n != "config");
                if kind.is_dir() {
                    stack.push(path);
                    continue;
                }
                if !kind.is_file() || git_internal {
                    continue;
                }
                let Ok(content) = std::fs::read(&path) else {
                    continue;
                };
                if self.written.get(&path) == Some(&content) {
                    continue;
                }
                for secret in forbidden {
                    if variants(secret)
                        .iter()
                        .any(|v| contains(&content, v.as_bytes()))
                    {
                        problems.push(format!(
                            "{} holds the forbidden {secret:?}",
                            relative.display()
                        ));
                    }
                }
            }
        }
        problems
    }
}

fn write(path: &Path, content: &[u8]) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, content).unwrap();
}

fn percent_decode(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(hex) = text.get(i + 1..i + 3)
            && let Ok(b) = u8::from_str_radix(hex, 16)
        {
            out.push(b);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// The spellings under which a forbidden string could still be read: as is,
/// percent-encoded (a URL, a SARIF URI) and JSON-escaped.
fn variants(secret: &str) -> Vec<String> {
    let mut all = vec![secret.to_string()];
    let percent: String = secret
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    let json = serde_json::to_string(secret).unwrap();
    all.push(percent);
    all.push(json[1..json.len() - 1].to_string());
    all.sort();
    all.dedup();
    all
}

/// What must hold of every run's output, whatever the case.
fn invariants(format: Option<&str>, output: &Output, forbidden: &[String]) -> Vec<String> {
    let mut problems = Vec::new();
    for (stream, text) in [("stdout", &output.stdout), ("stderr", &output.stderr)] {
        for secret in forbidden {
            if variants(secret).iter().any(|v| text.contains(v.as_str())) {
                problems.push(format!("{stream} shows the forbidden {secret:?}"));
            }
        }
        if let Some(c) = text.chars().find(|&c| is_dangerous(c)) {
            problems.push(format!("{stream} holds the control character {c:?}"));
        }
        let github_stdout = stream == "stdout" && format == Some("github");
        for line in text.lines() {
            if line.contains("##[") {
                problems.push(format!("{stream} holds a `##[` workflow command: {line:?}"));
            }
            if !github_stdout && line.trim_start().starts_with("::") {
                problems.push(format!("{stream} starts a workflow command: {line:?}"));
            }
        }
    }
    // A failed run prints its error and no report.
    if output.stdout.is_empty() {
        return problems;
    }
    match format {
        Some("json" | "sarif") => {
            if let Err(e) = serde_json::from_str::<serde_json::Value>(&output.stdout) {
                problems.push(format!("stdout is not JSON: {e}"));
            }
        }
        Some("github") => {
            for line in output.stdout.lines() {
                if let Err(problem) = annotation(line) {
                    problems.push(format!(
                        "not a well-formed annotation ({problem}): {line:?}"
                    ));
                }
            }
        }
        Some("markdown") => problems.extend(markdown(&output.stdout)),
        _ => {}
    }
    problems
}

/// Every SARIF artifact URI is a percent-encoded relative reference (RFC 3986: unreserved
/// characters, `/` and `%XX` only here) that resolves to the file, relative to the
/// directory tollgate ran in or, for the lockfiles `deps A B` compares, to the directory
/// of an argument — unless the name held a secret, which is shown redacted
/// (`…redacted…`) and so names no file on purpose.
fn sarif_uris(stdout: &str, work: &Path, args: &[String]) -> Vec<String> {
    use std::os::unix::ffi::OsStrExt;
    fn collect<'a>(value: &'a serde_json::Value, uris: &mut Vec<&'a str>) {
        match value {
            serde_json::Value::Object(map) => {
                if let Some(uri) = map
                    .get("artifactLocation")
                    .and_then(|a| a.get("uri"))
                    .and_then(|u| u.as_str())
                {
                    uris.push(uri);
                }
                map.values().for_each(|v| collect(v, uris));
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| collect(v, uris)),
            _ => {}
        }
    }
    let Ok(value) = serde_json::from_str::<serde_json::Value>(stdout) else {
        return Vec::new(); // reported by `invariants`
    };
    let mut uris = Vec::new();
    collect(&value, &mut uris);
    let mut problems = Vec::new();
    for uri in uris {
        if let Some(c) = uri
            .chars()
            .find(|&c| !(c.is_ascii_alphanumeric() || "-._~/%".contains(c)))
        {
            problems.push(format!("SARIF URI {uri:?} holds {c:?} unencoded"));
        }
        let decoded = percent_decode(uri);
        let relative = Path::new(std::ffi::OsStr::from_bytes(&decoded));
        let mut bases = vec![work.to_path_buf()];
        for arg in args {
            let arg = work.join(arg);
            bases.extend(arg.parent().map(Path::to_path_buf));
            bases.push(arg);
        }
        let resolves = bases
            .iter()
            .any(|base| std::fs::symlink_metadata(base.join(relative)).is_ok());
        if !resolves && !contains(&decoded, "…redacted…".as_bytes()) {
            problems.push(format!("SARIF URI {uri:?} resolves to no file"));
        }
    }
    problems
}

/// Characters that act on a terminal or a log viewer rather than show: C0 controls but
/// newline and tab, DEL, C1 controls, and the bidirectional overrides and isolates.
fn is_dangerous(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `::error|warning|notice key=value,...::message` with every property value escaped.
fn annotation(line: &str) -> Result<(), String> {
    let rest = line.strip_prefix("::").ok_or("no `::`")?;
    let (info, _message) = rest.split_once("::").ok_or("no second `::`")?;
    let (command, properties) = info.split_once(' ').unwrap_or((info, ""));
    if !["error", "warning", "notice"].contains(&command) {
        return Err(format!("command `{command}`"));
    }
    for property in properties.split(',').filter(|p| !p.is_empty()) {
        let (key, value) = property.split_once('=').ok_or("property without `=`")?;
        if !["file", "line", "col", "endLine", "endColumn", "title"].contains(&key) {
            return Err(format!("property `{key}`"));
        }
        if value.contains([':', ',', '\r', '\n']) {
            return Err(format!("unescaped property value `{value}`"));
        }
    }
    Ok(())
}

/// Tollgate's own Markdown: its headings, its one `<details>` block and `<sub>` line, and
/// tables whose rows have the header's columns. Anything else came from a name.
fn markdown(text: &str) -> Vec<String> {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let mut problems = Vec::new();
    let mut heading: Option<String> = None;
    let mut cells = 0;
    let mut header_cells = None;
    let (mut opened, mut closed) = (0, 0);
    for event in Parser::new_ext(text, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Heading { .. }) => heading = Some(String::new()),
            Event::End(TagEnd::Heading(_)) => {
                let h = heading.take().unwrap_or_default();
                let ours = h.starts_with("✅ tollgate: passed")
                    || h.starts_with("❌ tollgate: ")
                    || ["Blocking: secrets", "Blocking: dependencies"].contains(&h.as_str())
                    || ["Warnings: secrets", "Warnings: dependencies"].contains(&h.as_str());
                if !ours {
                    problems.push(format!("a heading tollgate did not write: {h:?}"));
                }
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(h) = heading.as_mut() {
                    h.push_str(&t);
                }
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                let tag = html.trim();
                opened += tag.matches("<details>").count();
                closed += tag.matches("</details>").count();
                let ours = [
                    "<details><summary>",
                    "</summary>",
                    "</details>",
                    "<sub>",
                    "</sub>",
                ];
                if !ours.iter().any(|o| tag.starts_with(o) || tag == *o) {
                    problems.push(format!("HTML tollgate did not write: {tag:?}"));
                }
            }
            Event::Start(Tag::TableRow | Tag::TableHead) => cells = 0,
            Event::Start(Tag::TableCell) => cells += 1,
            Event::End(TagEnd::TableHead) => header_cells = Some(cells),
            Event::End(TagEnd::TableRow) if header_cells.is_some_and(|h| h != cells) => {
                problems.push(format!("a table row of {cells} cells"));
            }
            _ => {}
        }
    }
    if opened > 1 || opened != closed {
        problems.push(format!("{opened} <details> opened, {closed} closed"));
    }
    problems
}
