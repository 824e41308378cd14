//! Secrets in files on disk (or standard input), no git needed: the walk comes from `fs`,
//! each file is scanned whole, in parallel, and every match is a finding (on disk there is
//! no change, so nothing to compare with).

use std::path::PathBuf;

use globset::GlobSet;
use rayon::prelude::*;

use crate::finding::{SecretFinding, Skipped, Stats};
use crate::fs::{self, FileEntry, ReadOutcome, WalkOptions};
use crate::progress::Progress;
use crate::scan::{Origin, ScanError, to_finding};
use crate::secrets::Scanner;

/// Scans of at least this many files show a progress bar (on a terminal).
const PROGRESS_MIN_FILES: usize = 2_000;

/// How to walk and what to report.
#[derive(Clone, Debug)]
pub struct DirOptions {
    pub walk: WalkOptions,
    /// Paths (as reports show them) whose findings are never reported.
    pub excluded: GlobSet,
    pub redact: bool,
}

/// Scans `inputs` (files, directories, `-` for standard input) and returns every finding
/// with the stats.
pub fn dir(
    scanner: &Scanner,
    inputs: &[PathBuf],
    options: &DirOptions,
) -> Result<(Vec<SecretFinding>, Stats), ScanError> {
    let mut stats = Stats::default();
    let mut findings = Vec::new();
    let (stdin, paths): (Vec<&PathBuf>, Vec<&PathBuf>) =
        inputs.iter().partition(|p| p.as_os_str() == "-");
    if !stdin.is_empty() {
        let content = fs::read_stdin()?;
        stats.files += 1;
        stats.bytes += content.len() as u64;
        findings.extend(scan_content(scanner, "-", &content, options.redact)?);
    }
    if paths.is_empty() {
        return Ok((findings, stats));
    }
    let inputs: Vec<PathBuf> = paths.into_iter().cloned().collect();
    let mut walked = fs::walk(&inputs, &options.walk)?;
    walked
        .files
        .retain(|f| !options.excluded.is_match(fs::display_path(&f.path)));
    stats.skipped.append(&mut walked.skipped);
    // Small scans finish before a bar would be readable.
    let progress = Progress::new(walked.files.len() >= PROGRESS_MIN_FILES);
    let bar = progress.bar(walked.files.len() as u64, "files");
    let results: Vec<FileResult> = walked
        .files
        .par_iter()
        .map(|entry| {
            let result = scan_file(scanner, entry, options.redact);
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
    Failed(ScanError),
}

fn scan_file(scanner: &Scanner, entry: &FileEntry, redact: bool) -> FileResult {
    let path = fs::display_path(&entry.path);
    match fs::read_for_scan(entry) {
        ReadOutcome::Skip(reason) => FileResult::Skipped(Skipped { path, reason }),
        ReadOutcome::Text(content) => match scan_content(scanner, &path, &content, redact) {
            Ok(findings) => FileResult::Scanned {
                findings,
                bytes: content.len() as u64,
            },
            Err(error) => FileResult::Failed(error),
        },
    }
}

fn scan_content(
    scanner: &Scanner,
    path: &str,
    content: &[u8],
    redact: bool,
) -> Result<Vec<SecretFinding>, ScanError> {
    let matches = scanner.scan(path, content)?;
    let origin = Origin {
        file: path.to_string(),
        ..Origin::default()
    };
    Ok(matches
        .iter()
        .map(|m| to_finding(scanner, m, &origin, redact))
        .collect())
}
