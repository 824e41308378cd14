//! `tollgate baseline PATH...`: records today's findings so that only new ones fail.
//!
//! The file is sorted with one fingerprint a line, and `.gitattributes` gets a
//! `merge=union` entry for it, so two branches that each add entries merge without a
//! conflict.

use std::path::{Path, PathBuf};

use anyhow::Context as _;

use crate::app::dir::scan_inputs;
use crate::app::{CommonArgs, Outcome, Session};
use crate::finding::SecretFinding;
use crate::policy::suppress::{self, DEFAULT_BASELINE, IGNORE_FILE};
use crate::report::Format;
use crate::scan::{self, HistoryOptions};

/// The baseline takes only the options that change what it records: the report options
/// of the scanning commands (`--format`, `--output`, `--fail-on`, `--baseline`,
/// `--no-redact`) have no meaning for a file of fingerprints, so clap refuses them
/// rather than ignoring them.
#[derive(Clone, Debug, clap::Args)]
pub struct BaselineArgs {
    /// Files or directories to scan (default: the current directory).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Where to write the baseline.
    #[arg(long = "baseline-file", value_name = "FILE", default_value = DEFAULT_BASELINE)]
    pub file: PathBuf,
    /// Also record the secrets of the repository's history (every ref), so that
    /// `tollgate history` and `check --base` pass on secrets committed before the
    /// baseline and since removed.
    #[arg(long)]
    pub history: bool,
    /// Configuration file (default: tollgate.toml in the current directory).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Worker threads (default: one per core).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
}

pub fn run(args: &BaselineArgs) -> anyhow::Result<Outcome> {
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    // A baseline records everything found, including what an older baseline suppressed
    // (no `--baseline` is read).
    let common = CommonArgs {
        format: Format::Text,
        output: None,
        config: args.config.clone(),
        no_redact: false,
        threads: args.threads,
        fail_on: None,
        baseline: None,
        also: Vec::new(),
        report_format: None,
        redact: None,
        exit_code: None,
        no_banner: false,
        verbose: false,
        log_level: None,
    };
    let session = Session::prepare(Path::new("."), &common)?;
    let (mut all, _) = scan_inputs(
        &session,
        &paths,
        false,
        None,
        args.threads,
        &Default::default(),
    )?;
    if args.history {
        let options = HistoryOptions {
            all_refs: true,
            cache_dir: crate::plumbing::cache::cache_dir(),
            max_file_size: session.max_file_size(),
            redact: true,
            ..HistoryOptions::default()
        };
        let history = scan::history(Path::new("."), &session.scanner, &options)
            .context("--history: cannot scan the repository's history")?;
        all.extend(history.findings);
    }
    migrate_ignore_file(Path::new(IGNORE_FILE), &all)?;
    let findings = session.unsuppressed(all);
    std::fs::write(&args.file, suppress::render_baseline(&findings))
        .with_context(|| format!("{}: cannot write baseline", args.file.display()))?;
    ensure_union_merge(&args.file)?;
    eprintln!(
        "wrote {} fingerprints to {}; pass --baseline {} to fail only on new secrets",
        findings.len(),
        args.file.display(),
        args.file.display()
    );
    Ok(Outcome::Pass)
}

/// Rewrites the legacy entries of the ignore file whose secrets this scan found in the
/// current fingerprint form (the baseline itself is written anew in it), and says what
/// it did; entries of secrets not found stay, and still match.
fn migrate_ignore_file(path: &Path, findings: &[SecretFinding]) -> anyhow::Result<()> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e).with_context(|| format!("{}: cannot read", path.display())),
    };
    let (migrated, counts) = suppress::migrate_ignore_file(&text, findings);
    if counts.migrated > 0 {
        std::fs::write(path, migrated)
            .with_context(|| format!("{}: cannot write", path.display()))?;
        eprintln!(
            "rewrote {} legacy entr{} of {} in the current fingerprint form",
            counts.migrated,
            if counts.migrated == 1 { "y" } else { "ies" },
            path.display()
        );
    }
    if counts.left > 0 {
        eprintln!(
            "{} legacy entr{} of {} match no secret this scan found; left as they are (they \
             still match)",
            counts.left,
            if counts.left == 1 { "y" } else { "ies" },
            path.display()
        );
    }
    Ok(())
}

/// Adds `<baseline> merge=union` to the `.gitattributes` beside the baseline.
fn ensure_union_merge(baseline: &Path) -> anyhow::Result<()> {
    let dir = baseline
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = baseline
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let attributes = dir.join(".gitattributes");
    let existing = std::fs::read_to_string(&attributes).unwrap_or_default();
    let line = format!("{name} merge=union");
    if existing.lines().any(|l| l.trim() == line) {
        return Ok(());
    }
    let mut text = existing;
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(&line);
    text.push('\n');
    std::fs::write(&attributes, text)
        .with_context(|| format!("{}: cannot write", attributes.display()))
}
