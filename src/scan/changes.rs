//! Scanning a change set: the new side of every changed file is scanned whole, in
//! parallel (one blob plus its previous version in memory per thread), and the rule in
//! [`super::new`] keeps what the change introduced.

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::OnceLock;

use gix::bstr::{BStr, BString, ByteSlice};
use rayon::prelude::*;

use crate::finding::{Skipped, Stats};
use crate::fs::{is_binary, too_large};
use crate::git::added::AddedLines;
use crate::git::changes::{FileChange, read_file_side};
use crate::git::tree::EntryKind;
use crate::git::{GitError, blob_size, display_path, read_blob};
use crate::scan::ScanError;
use crate::scan::new::{Found, SecretKey, keys, retain_new};
use crate::secrets::{Match, Scanner};

/// A match the change introduced; the raw secret is still here (it is redacted only when
/// the finding is built), so the range check can find the commit that added it.
#[derive(Clone, Debug)]
pub(crate) struct NewMatch {
    pub path: BString,
    pub m: Match,
}

/// What a change set produced.
#[derive(Debug, Default)]
pub(crate) struct Evaluated {
    pub matches: Vec<NewMatch>,
    pub stats: Stats,
}

/// Scans the new side of every change and keeps what the change introduced.
pub(crate) fn evaluate(
    repo: &gix::Repository,
    scanner: &Scanner,
    changes: &[FileChange],
    max_file_size: u64,
) -> Result<Evaluated, ScanError> {
    let sync = repo.clone().into_sync();
    // Secrets in deleted files, computed only if some file has a candidate match; the
    // first thread to need them computes them, the others wait.
    let deleted: OnceLock<Result<HashSet<SecretKey>, String>> = OnceLock::new();
    let outcomes: Vec<Result<FileOutcome, ScanError>> = changes
        .par_iter()
        .map_init(
            || sync.to_thread_local(),
            |repo, change| evaluate_file(repo, scanner, change, changes, &deleted, max_file_size),
        )
        .collect();

    let mut out = Evaluated::default();
    for outcome in outcomes {
        match outcome? {
            FileOutcome::Scanned { bytes, matches } => {
                out.stats.files += 1;
                out.stats.blobs += 1;
                out.stats.bytes += bytes;
                out.matches.extend(matches);
            }
            FileOutcome::Skipped(skipped) => out.stats.skipped.push(skipped),
            FileOutcome::Nothing => {}
        }
    }
    Ok(out)
}

/// The changed paths that are lockfiles or manifests, for the dependency diff. The one list
/// of such files is lockfile-parsers' (`check` once kept its own, which lacked
/// `requirements/*.txt`). Paths keep git's bytes: a lossy UTF-8 copy of a directory name
/// that is not UTF-8 names no file, and the lockfile under it once read as absent on both
/// sides.
pub(crate) fn dependency_files(changes: &[FileChange]) -> Vec<PathBuf> {
    changes
        .iter()
        .map(|c| {
            // Only fails where paths must be UTF-8 (Windows); there the lossy copy is all
            // the file system could hold anyway.
            gix::path::from_bstr(c.path.as_slice().as_bstr()).map_or_else(
                |_| PathBuf::from(display_path(c.path.as_ref())),
                std::borrow::Cow::into_owned,
            )
        })
        .filter(|path| lockfile_parsers::is_dependency_file(path))
        .collect()
}

/// Every changed path.
pub(crate) fn paths(changes: &[FileChange]) -> Vec<String> {
    changes
        .iter()
        .map(|c| display_path(c.path.as_ref()))
        .collect()
}

enum FileOutcome {
    Scanned { bytes: u64, matches: Vec<NewMatch> },
    Skipped(Skipped),
    Nothing,
}

fn skipped(path: &BStr, reason: &str) -> FileOutcome {
    FileOutcome::Skipped(Skipped {
        path: display_path(path),
        reason: reason.to_string(),
    })
}

fn evaluate_file(
    repo: &gix::Repository,
    scanner: &Scanner,
    change: &FileChange,
    all: &[FileChange],
    deleted: &OnceLock<Result<HashSet<SecretKey>, String>>,
    max_file_size: u64,
) -> Result<FileOutcome, ScanError> {
    let path = change.path.as_ref();
    let Some(new) = change.new else {
        return Ok(FileOutcome::Nothing);
    };
    match new.kind {
        EntryKind::Submodule => return Ok(skipped(path, "submodule")),
        EntryKind::Link => return Ok(skipped(path, "symlink")),
        EntryKind::File => {}
    }
    let size = blob_size(repo, new.id)?;
    if size > max_file_size {
        return Ok(skipped(path, &too_large(size, max_file_size)));
    }
    let content = read_blob(repo, new.id)?;
    if is_binary(&content) {
        return Ok(skipped(path, "binary"));
    }
    let bytes = content.len() as u64;
    let display = display_path(path);
    let mut found: Vec<Found> = scanner
        .scan(&display, &content)?
        .into_iter()
        .map(|m| Found { m, scanner })
        .collect();
    let old = std::cell::OnceCell::new();
    let old_version = || -> Result<&Option<Vec<u8>>, ScanError> {
        if old.get().is_none() {
            let _ = old.set(read_file_side(repo, change.old)?);
        }
        Ok(old.get().expect("set above"))
    };
    retain_new(
        &mut found,
        || -> Result<AddedLines, ScanError> {
            Ok(AddedLines::between(old_version()?.as_deref(), &content))
        },
        || {
            let mut known = match old_version()? {
                Some(old) => keys(scanner, &display, old)?,
                None => HashSet::new(),
            };
            let deleted = deleted
                .get_or_init(|| deleted_secrets(repo, scanner, all).map_err(|e| e.to_string()))
                .as_ref()
                .map_err(|message| {
                    GitError::repository(repo, "reading deleted files", message.clone())
                })?;
            known.extend(deleted.iter().cloned());
            Ok(known)
        },
    )?;
    Ok(FileOutcome::Scanned {
        bytes,
        matches: found
            .into_iter()
            .map(|f| NewMatch {
                path: change.path.clone(),
                m: f.m,
            })
            .collect(),
    })
}

/// Every secret in the files the change deletes: the old half of a rename or a move.
fn deleted_secrets(
    repo: &gix::Repository,
    scanner: &Scanner,
    changes: &[FileChange],
) -> Result<HashSet<SecretKey>, ScanError> {
    let mut known = HashSet::new();
    for change in changes.iter().filter(|c| c.new.is_none()) {
        if let Some(content) = read_file_side(repo, change.old)?
            && !is_binary(&content)
        {
            known.extend(keys(
                scanner,
                &display_path(change.path.as_ref()),
                &content,
            )?);
        }
    }
    Ok(known)
}
