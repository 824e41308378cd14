//! `tollgate dir PATH...`: secrets in files on disk, no git needed; `-` reads stdin.

use std::path::PathBuf;
use std::time::Instant;

use rayon::prelude::*;

use crate::app::{self, CommonArgs, Outcome, Session};
use crate::finding::{Report, SecretFinding, Skipped, Stats};
use crate::fs::{self, FileEntry, ReadOutcome, WalkOptions};
use crate::policy::Mode;
use crate::progress::Progress;
use crate::scan::{Origin, to_finding};

/// Scans of at least this many files show a progress bar (on a terminal).
const PROGRESS_MIN_FILES: usize = 2_000;

#[derive(Clone, Debug, clap::Args)]
pub struct DirArgs {
    /// Files or directories to scan; `-` reads standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Scan files that .gitignore / .ignore exclude.
    #[arg(long)]
    pub no_ignore: bool,
    /// Skip files larger than this (bytes, or with a K, M or G suffix).
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    pub max_file_size: Option<u64>,
    #[command(flatten)]
    pub common: CommonArgs,
}

/// Parses `1048576`, `512K`, `10M`, `1G` (binary multiples).
pub fn parse_size(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let (digits, multiplier) = match text.char_indices().last() {
        Some((i, 'k' | 'K')) => (&text[..i], 1u64 << 10),
        Some((i, 'm' | 'M')) => (&text[..i], 1 << 20),
        Some((i, 'g' | 'G')) => (&text[..i], 1 << 30),
        _ => (text, 1),
    };
    digits
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(multiplier))
        .ok_or_else(|| format!("`{text}` is not a size (use bytes or a K, M, G suffix)"))
}

/// The directory whose `tollgate.toml` and `.tollgateignore` apply: a single directory
/// argument, else the current directory.
fn scan_root(paths: &[PathBuf]) -> PathBuf {
    match paths {
        [only] if only.is_dir() => only.clone(),
        _ => PathBuf::from("."),
    }
}

pub fn run(args: &DirArgs) -> anyhow::Result<Outcome> {
    let started = Instant::now();
    app::configure_threads(args.common.threads);
    let session = Session::prepare(&scan_root(&args.paths), &args.common)?;
    let (findings, mut stats) = scan_inputs(&session, args)?;
    let findings = session.unsuppressed(findings);
    stats.elapsed_ms = started.elapsed().as_millis() as u64;
    let report = Report::new(app::secret_findings(findings), stats);
    app::finish(&report, &args.common, session.gate(Mode::Base))
}

/// Scans the inputs and returns every finding (before suppressions) with the stats.
pub fn scan_inputs(
    session: &Session,
    args: &DirArgs,
) -> anyhow::Result<(Vec<SecretFinding>, Stats)> {
    let mut stats = Stats::default();
    let mut findings = Vec::new();
    let (stdin, paths): (Vec<&PathBuf>, Vec<&PathBuf>) =
        args.paths.iter().partition(|p| p.as_os_str() == "-");
    if !stdin.is_empty() {
        let content = fs::read_stdin()?;
        stats.files += 1;
        stats.bytes += content.len() as u64;
        findings.extend(scan_content(session, "-", &content)?);
    }
    if paths.is_empty() {
        return Ok((findings, stats));
    }
    let options = WalkOptions {
        respect_ignore: !args.no_ignore,
        max_file_size: args
            .max_file_size
            .or(session.config.secrets.max_file_size)
            .unwrap_or(fs::DEFAULT_MAX_FILE_SIZE),
        threads: args.common.threads.unwrap_or(0),
    };
    let inputs: Vec<PathBuf> = paths.into_iter().cloned().collect();
    let mut walked = fs::walk(&inputs, &options)?;
    walked
        .files
        .retain(|f| !session.excluded.is_match(fs::display_path(&f.path)));
    stats.skipped.append(&mut walked.skipped);
    // Small scans finish before a bar would be readable.
    let progress = Progress::new(walked.files.len() >= PROGRESS_MIN_FILES);
    let bar = progress.bar(walked.files.len() as u64, "files");
    let results: Vec<FileResult> = walked
        .files
        .par_iter()
        .map(|entry| {
            let result = scan_file(session, entry);
            bar.inc(1);
            result
        })
        .collect();
    bar.finish_and_clear();
    for result in results {
        match result {
            FileResult::Scanned {
                findings: found,
                bytes,
            } => {
                stats.files += 1;
                stats.bytes += bytes;
                findings.extend(found);
            }
            FileResult::Skipped(skipped) => stats.skipped.push(skipped),
            FileResult::Failed(error) => return Err(error),
        }
    }
    Ok((findings, stats))
}

enum FileResult {
    Scanned {
        findings: Vec<SecretFinding>,
        bytes: u64,
    },
    Skipped(Skipped),
    Failed(anyhow::Error),
}

fn scan_file(session: &Session, entry: &FileEntry) -> FileResult {
    let path = fs::display_path(&entry.path);
    match fs::read_for_scan(entry) {
        ReadOutcome::Skip(reason) => FileResult::Skipped(Skipped { path, reason }),
        ReadOutcome::Text(content) => match scan_content(session, &path, &content) {
            Ok(findings) => FileResult::Scanned {
                findings,
                bytes: content.len() as u64,
            },
            Err(error) => FileResult::Failed(error),
        },
    }
}

fn scan_content(
    session: &Session,
    path: &str,
    content: &[u8],
) -> anyhow::Result<Vec<SecretFinding>> {
    let matches = session.scanner.scan(path, content)?;
    let origin = Origin {
        file: path.to_string(),
        ..Origin::default()
    };
    Ok(matches
        .iter()
        .map(|m| to_finding(&session.scanner, m, &origin, session.redact))
        .collect())
}

/// Used by `baseline` to scan the same way `dir` does.
pub fn default_args(paths: Vec<PathBuf>, common: CommonArgs) -> DirArgs {
    DirArgs {
        paths,
        no_ignore: false,
        max_file_size: None,
        common,
    }
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes_take_binary_suffixes() {
        assert_eq!(parse_size("512"), Ok(512));
        assert_eq!(parse_size("10M"), Ok(10 << 20));
        assert_eq!(parse_size("1g"), Ok(1 << 30));
        assert!(parse_size("ten").is_err());
    }
}
