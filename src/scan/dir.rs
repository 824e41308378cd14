//! Secrets in files on disk (or standard input), no git needed: the walk comes from `fs`,
//! each file is scanned whole, in parallel, and every match is a finding (on disk there is
//! no change, so nothing to compare with). Archives are opened in memory (`artifacts`) and
//! their inner files scanned like files, named `archive!inner`.

use std::path::PathBuf;

use globset::GlobSet;
use rayon::prelude::*;

use crate::artifacts::{self, ArchiveOptions};
use crate::finding::{SecretFinding, Skipped, Stats};
use crate::fs::{self, FileEntry, WalkOptions};
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
    /// Open archives (`None`: `--no-archives`, archives are binary files).
    pub archives: Option<ArchiveOptions>,
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
        let result = scan_bytes(scanner, "-", &content, options);
        result.add_to(&mut findings, &mut stats)?;
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
            let result = scan_file(scanner, entry, options);
            bar.inc(1);
            result
        })
        .collect();
    bar.finish_and_clear();
    for result in results {
        result.add_to(&mut findings, &mut stats)?;
    }
    Ok((findings, stats))
}

/// What scanning one file (or archive) gave.
#[derive(Default)]
struct FileResult {
    findings: Vec<SecretFinding>,
    /// Files scanned (an archive counts its scanned inner files) and their bytes.
    files: u64,
    bytes: u64,
    skipped: Vec<Skipped>,
    error: Option<ScanError>,
}

impl FileResult {
    fn skipped(path: String, reason: String) -> FileResult {
        FileResult {
            skipped: vec![Skipped { path, reason }],
            ..FileResult::default()
        }
    }

    fn add_to(self, findings: &mut Vec<SecretFinding>, stats: &mut Stats) -> Result<(), ScanError> {
        if let Some(error) = self.error {
            return Err(error);
        }
        stats.files += self.files;
        stats.bytes += self.bytes;
        stats.skipped.extend(self.skipped);
        findings.extend(self.findings);
        Ok(())
    }
}

fn scan_file(scanner: &Scanner, entry: &FileEntry, options: &DirOptions) -> FileResult {
    let path = fs::display_path(&entry.path);
    match fs::read(&entry.path, entry.size) {
        Ok(content) => scan_bytes(scanner, &path, &content, options),
        Err(error) => FileResult::skipped(path, format!("unreadable: {error}")),
    }
}

/// Scans one file's bytes: an archive's inner files when it is one (and archives are on),
/// else the bytes themselves unless binary.
fn scan_bytes(scanner: &Scanner, path: &str, content: &[u8], options: &DirOptions) -> FileResult {
    if let Some(archive) = &options.archives
        && let Some(kind) = artifacts::detect(path, content)
        && archive.formats.contains(kind)
    {
        return scan_archive(scanner, path, content, kind, archive, options.redact);
    }
    if fs::is_binary(content) {
        return FileResult::skipped(path.to_string(), "binary file".into());
    }
    match scan_content(scanner, path, content, options.redact) {
        Ok(findings) => FileResult {
            findings,
            files: 1,
            bytes: content.len() as u64,
            ..FileResult::default()
        },
        Err(error) => FileResult {
            error: Some(error),
            ..FileResult::default()
        },
    }
}

/// Scans every text file inside an archive; binary inner files (class files, images) are
/// not listed, as they would drown `stats.skipped` for every jar.
fn scan_archive(
    scanner: &Scanner,
    path: &str,
    content: &[u8],
    kind: artifacts::archive::Kind,
    archive: &ArchiveOptions,
    redact: bool,
) -> FileResult {
    let mut result = FileResult::default();
    let expanded = artifacts::expand(path, content, kind, archive, &mut |inner, bytes| {
        if result.error.is_some() || fs::is_binary(bytes) {
            return;
        }
        match scanner.scan(inner, bytes) {
            Ok(matches) => {
                let origin = Origin {
                    file: inner.to_string(),
                    archive: Some(path.to_string()),
                    ..Origin::default()
                };
                result.findings.extend(
                    matches
                        .iter()
                        .map(|m| to_finding(scanner, m, &origin, redact)),
                );
                result.files += 1;
                result.bytes += bytes.len() as u64;
            }
            Err(error) => result.error = Some(error.into()),
        }
    });
    result.skipped = expanded.skipped;
    result
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
