//! The full-history audit: every blob the selected history introduced (see
//! `git::history`), each distinct blob scanned once, each finding attributed to the
//! earliest commit that introduced its blob.
//!
//! 1. **Introductions** come from `git::history`.
//! 2. **Scan.** Each distinct blob is scanned once, in parallel, under its first path;
//!    results come from and go to the persistent [cache](super::cache).
//! 3. **Attribution.** For the few blobs with matches, the rule of [`super::new`] decides
//!    which matches the introducing commit added (lines added relative to the previous
//!    blob, rule + secret not already in it nor in a file the commit deleted). So an edit
//!    elsewhere in a file that holds an old secret, or a rename, does not report the
//!    secret again, while a secret added and deleted in the next commit is found.
//!
//! # Memory ceiling
//!
//! Content in memory is bounded by the blobs in flight: one blob per scanning thread in
//! phase 2, one blob and its previous version in phase 3 — never the whole history. Per
//! distinct blob the scan result is kept only when it has matches (or was skipped), next
//! to the introductions' metadata (about 80 bytes per distinct blob in all). A repository
//! with a million distinct blobs therefore needs on the order of 100 MB.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::Instant;

use gix::ObjectId;
use gix::bstr::BString;
use rayon::prelude::*;

use crate::finding::{SecretFinding, Skipped, Stats};
use crate::fs::{is_binary, too_large};
use crate::git::added::AddedLines;
use crate::git::history::{Introductions, WalkedCommit};
use crate::git::{self, CommitInfo, blob_size, commit_info, display_path, read_blob};
use crate::progress::Progress;
use crate::scan::cache::{BlobResult, Cache, CachedMatch};
use crate::scan::new::{Candidate, SecretKey, retain_new};
use crate::scan::{GitScan, Origin, ScanError, to_finding};
use crate::secrets::{Scanner, ruleset_hash};

/// What `tollgate history` was asked to do.
#[derive(Clone, Debug)]
pub struct HistoryOptions {
    /// Walk from every ref (branches, tags, remotes), not only `HEAD`.
    pub all_refs: bool,
    /// Only commits not reachable from this revision (`REV..HEAD`).
    pub since: Option<String>,
    /// Directory of the persistent scan cache; `None` is `--no-cache`.
    pub cache_dir: Option<PathBuf>,
    /// Draw a progress bar on standard error (only when it is a terminal).
    pub progress: bool,
    pub redact: bool,
    /// Blobs larger than this are skipped (and listed), never read into memory.
    pub max_file_size: u64,
}

impl Default for HistoryOptions {
    fn default() -> Self {
        HistoryOptions {
            all_refs: false,
            since: None,
            cache_dir: None,
            progress: false,
            redact: true,
            max_file_size: crate::fs::DEFAULT_MAX_FILE_SIZE,
        }
    }
}

/// Scans every blob that the selected history introduced.
pub fn history(
    repo_path: &Path,
    scanner: &Scanner,
    options: &HistoryOptions,
) -> Result<GitScan, ScanError> {
    let started = Instant::now();
    let repo = git::open(repo_path)?;
    let progress = Progress::new(options.progress);
    let commits = git::history::commits(&repo, options.all_refs, options.since.as_deref())?;
    let bar = progress.bar(commits.len() as u64, "commits");
    let intros = git::history::introductions(&repo, &commits, &|n| bar.inc(n))?;
    bar.finish_and_clear();
    let mut cache = match &options.cache_dir {
        Some(dir) => Some(Cache::open(
            dir,
            &ruleset_hash(&scanner.rules().cloned().collect::<Vec<_>>()),
        )?),
        None => None,
    };
    let scanned = scan_blobs(&repo, scanner, &intros, cache.as_mut(), options, &progress)?;

    let findings = attribute(&repo, scanner, &commits, &intros, &scanned.results)?;
    let stats = Stats {
        commits: commits.len() as u64,
        blobs: intros.order.len() as u64,
        files: intros.paths.len() as u64,
        bytes: scanned.bytes,
        skipped: scanned.skipped,
        elapsed_ms: started.elapsed().as_millis() as u64,
    };
    Ok(GitScan {
        findings,
        stats,
        ..GitScan::default()
    })
}

struct Scanned {
    /// Blobs that are binary or have matches; clean blobs are not kept.
    results: HashMap<ObjectId, BlobResult>,
    bytes: u64,
    skipped: Vec<Skipped>,
}

fn scan_blobs(
    repo: &gix::Repository,
    scanner: &Scanner,
    intros: &Introductions,
    cache: Option<&mut Cache>,
    options: &HistoryOptions,
    progress: &Progress,
) -> Result<Scanned, ScanError> {
    let (redact, max_file_size) = (options.redact, options.max_file_size);
    let path_of = |blob: &ObjectId| intros.path_of(blob).as_slice();
    let cached: Vec<Option<BlobResult>> = match &cache {
        Some(cache) => cache.get_many(intros.order.iter().map(|b| (*b, path_of(b))))?,
        None => vec![None; intros.order.len()],
    };
    let mut results = HashMap::new();
    let mut to_scan = Vec::new();
    // Asked only when a cached blob has matches: those need a salt anyway.
    let salt = std::cell::OnceCell::new();
    let other_salt = |m: &[CachedMatch]| {
        let current = salt.get_or_init(|| scanner.fingerprinter().salt().id());
        m.iter().any(|c| c.salt != *current)
    };
    for (blob, cached) in intros.order.iter().zip(cached) {
        match cached {
            // An unredacted report needs the secrets, which the cache never holds.
            Some(BlobResult::Matches(m)) if !redact && !m.is_empty() => to_scan.push(*blob),
            // Fingerprints under another salt are of no use here.
            Some(BlobResult::Matches(m)) if other_salt(&m) => to_scan.push(*blob),
            Some(BlobResult::Matches(m)) if m.is_empty() => {}
            Some(result) => {
                results.insert(*blob, result);
            }
            None => to_scan.push(*blob),
        }
    }

    let bar = progress.bar(to_scan.len() as u64, "blobs");
    let sync = repo.clone().into_sync();
    let fresh: Vec<Result<(ObjectId, BlobResult, u64), ScanError>> = to_scan
        .par_iter()
        .map_init(
            || sync.to_thread_local(),
            |repo, blob| {
                let path = display_path(path_of(blob).into());
                let scanned = scan_blob(repo, scanner, *blob, &path, redact, max_file_size);
                bar.inc(1);
                scanned.map(|(result, bytes)| (*blob, result, bytes))
            },
        )
        .collect();
    bar.finish_and_clear();
    let fresh: Vec<(ObjectId, BlobResult, u64)> = fresh.into_iter().collect::<Result<_, _>>()?;

    if let Some(cache) = cache {
        // Only redacted results may be stored; an unredacted run stores what holds no secret.
        // A skipped large blob depends on the limit, not on the rules: never cached.
        let storable = fresh.iter().filter(|(_, result, _)| {
            !matches!(result, BlobResult::TooLarge(_))
                && (redact || !matches!(result, BlobResult::Matches(m) if !m.is_empty()))
        });
        cache.put_many(storable.map(|(blob, result, _)| (*blob, path_of(blob), result)))?;
    }
    let mut bytes = 0;
    for (blob, result, size) in fresh {
        bytes += size;
        if !matches!(&result, BlobResult::Matches(m) if m.is_empty()) {
            results.insert(blob, result);
        }
    }
    let mut skipped: Vec<Skipped> = intros
        .order
        .iter()
        .filter_map(|b| {
            let reason = match results.get(b)? {
                BlobResult::Binary => "binary".to_string(),
                BlobResult::TooLarge(size) => too_large(*size, max_file_size),
                BlobResult::Matches(_) => return None,
            };
            Some(Skipped {
                path: display_path(path_of(b).into()),
                reason,
            })
        })
        .collect();
    skipped.dedup();
    Ok(Scanned {
        results,
        bytes,
        skipped,
    })
}

/// Scans one blob under `path`, returning the result and the bytes read.
fn scan_blob(
    repo: &gix::Repository,
    scanner: &Scanner,
    blob: ObjectId,
    path: &str,
    redact: bool,
    max_file_size: u64,
) -> Result<(BlobResult, u64), ScanError> {
    let size = blob_size(repo, blob)?;
    if size > max_file_size {
        return Ok((BlobResult::TooLarge(size), 0));
    }
    let content = read_blob(repo, blob)?;
    let size = content.len() as u64;
    if is_binary(&content) {
        return Ok((BlobResult::Binary, size));
    }
    let matches = scanner
        .scan(path, &content)?
        .iter()
        .map(|m| {
            let finding = to_finding(scanner, m, &Origin::default(), redact);
            CachedMatch {
                identity: finding.identity.clone(),
                salt: scanner.fingerprinter().salt().id(),
                finding,
                end_line: m.end_line,
            }
        })
        .collect();
    Ok((BlobResult::Matches(matches), size))
}

impl Candidate for &CachedMatch {
    fn lines(&self) -> (u32, u32) {
        (self.finding.line, self.end_line)
    }

    fn key(&self) -> SecretKey {
        (self.finding.rule.clone(), self.identity.clone())
    }
}

/// Turns the matches of each blob into findings of the commit that introduced them.
fn attribute(
    repo: &gix::Repository,
    scanner: &Scanner,
    commits: &[WalkedCommit],
    intros: &Introductions,
    results: &HashMap<ObjectId, BlobResult>,
) -> Result<Vec<SecretFinding>, ScanError> {
    let mut infos: HashMap<u32, CommitInfo> = HashMap::new();
    let mut findings = Vec::new();
    for blob in &intros.order {
        let Some(BlobResult::Matches(matches)) = results.get(blob) else {
            continue;
        };
        let intro = intros.blobs[blob];
        let path = &intros.paths[intro.path as usize];
        let mut kept: Vec<&CachedMatch> = matches.iter().collect();
        retain_new(
            &mut kept,
            || -> Result<AddedLines, ScanError> {
                Ok(match intro.old {
                    Some(old) => {
                        AddedLines::between(Some(&read_blob(repo, old)?), &read_blob(repo, *blob)?)
                    }
                    None => AddedLines::All,
                })
            },
            || {
                let mut known = HashSet::new();
                let deleted = intros.deleted.get(&intro.commit).into_iter().flatten();
                for earlier in intro.old.iter().chain(deleted) {
                    known.extend(secret_keys(repo, scanner, intros, results, *earlier, path)?);
                }
                Ok(known)
            },
        )?;
        if kept.is_empty() {
            continue;
        }
        let info = match infos.entry(intro.commit) {
            std::collections::hash_map::Entry::Occupied(entry) => entry.into_mut(),
            std::collections::hash_map::Entry::Vacant(entry) => {
                entry.insert(commit_info(repo, commits[intro.commit as usize].0)?)
            }
        };
        for m in kept {
            let mut finding = m.finding.clone();
            finding.identity = m.identity.clone();
            finding.file = display_path(path.as_ref());
            finding.commit = Some(info.id.clone());
            finding.author = Some(info.author.clone());
            finding.date = Some(info.date.clone());
            findings.push(finding);
        }
    }
    Ok(findings)
}

/// The (rule, identity) pairs in a blob: from this run's results when the blob was
/// scanned, by scanning it now when it lies outside the walked history (`--since`, a
/// shallow boundary).
fn secret_keys(
    repo: &gix::Repository,
    scanner: &Scanner,
    intros: &Introductions,
    results: &HashMap<ObjectId, BlobResult>,
    blob: ObjectId,
    path: &BString,
) -> Result<Vec<SecretKey>, ScanError> {
    let keys = |result: &BlobResult| match result {
        BlobResult::Matches(m) => m
            .iter()
            .map(|m| (m.finding.rule.clone(), m.identity.clone()))
            .collect(),
        BlobResult::Binary | BlobResult::TooLarge(_) => Vec::new(),
    };
    if intros.blobs.contains_key(&blob) {
        return Ok(results.get(&blob).map(keys).unwrap_or_default());
    }
    let (result, _) = scan_blob(
        repo,
        scanner,
        blob,
        &display_path(path.as_ref()),
        true,
        u64::MAX,
    )?;
    Ok(keys(&result))
}
