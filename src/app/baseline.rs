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

#[derive(Clone, Debug, clap::Args)]
pub struct BaselineArgs {
    /// Files or directories to scan (default: the current directory).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Where to write the baseline.
    #[arg(long = "baseline-file", value_name = "FILE", default_value = DEFAULT_BASELINE)]
    pub file: PathBuf,
    #[command(flatten)]
    pub common: CommonArgs,
}

pub fn run(args: &BaselineArgs) -> anyhow::Result<Outcome> {
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    // A baseline records everything found, including what an older baseline suppressed.
    let mut common = args.common.clone();
    common.baseline = None;
    let session = Session::prepare(Path::new("."), &common)?;
    let (all, _) = scan_inputs(
        &session,
        &paths,
        false,
        None,
        args.common.threads,
        &Default::default(),
    )?;
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
