//! The pre-commit check: what the index adds relative to `HEAD`.
//!
//! The index is compared with `HEAD`'s tree entry by entry (blob id and kind); only paths
//! that differ are read and scanned, so a ten-file change in a ten-thousand-file
//! repository costs one tree walk (a few milliseconds) plus ten blob scans. The working
//! tree is never read: an unstaged edit is not part of the commit, and is not reported.

use std::collections::HashMap;
use std::path::Path;
use std::time::Instant;

use gix::ObjectId;
use gix::bstr::BString;

use crate::git::changes::{self, EntryKind, FileChange, Side};
use crate::git::snapshot::TreeRef;
use crate::git::{GitError, GitScan, ScanOptions, open};
use crate::secrets::{Origin, Scanner, to_finding};

/// Scans the lines the index adds relative to `HEAD` (everything, on a repository without
/// commits). Findings carry no commit: the commit does not exist yet.
pub fn staged(
    repo_path: &Path,
    scanner: &Scanner,
    options: &ScanOptions,
) -> Result<GitScan, GitError> {
    let started = Instant::now();
    let repo = open(repo_path)?;
    let changes = staged_changes(&repo)?;
    let evaluated = changes::evaluate(&repo, scanner, &changes, options.max_file_size)?;
    let findings = evaluated
        .matches
        .iter()
        .map(|nm| {
            let origin = Origin {
                file: crate::git::display_path(nm.path.as_ref()),
                ..Origin::default()
            };
            to_finding(scanner, &nm.m, &origin, options.redact)
        })
        .collect();
    let mut stats = evaluated.stats;
    stats.elapsed_ms = started.elapsed().as_millis() as u64;
    let base = match repo.head_tree_id() {
        Ok(tree) => TreeRef::Tree(tree.detach()),
        Err(_) => TreeRef::Empty,
    };
    Ok(GitScan {
        findings,
        stats,
        lockfiles: evaluated.lockfiles,
        base,
        head: TreeRef::Index,
    })
}

/// The differences between the index and `HEAD`'s tree.
pub(crate) fn staged_changes(repo: &gix::Repository) -> Result<Vec<FileChange>, GitError> {
    let repo_error = |message: String| GitError::Repository {
        path: repo.git_dir().to_path_buf(),
        message,
    };
    if repo.workdir().is_none() {
        return Err(GitError::Bare {
            path: repo.git_dir().to_path_buf(),
        });
    }
    let index = repo
        .index_or_empty()
        .map_err(|e| repo_error(e.to_string()))?;
    let head = repo.head().map_err(|e| repo_error(e.to_string()))?;
    let mut base: HashMap<BString, Side> = if head.is_unborn() {
        HashMap::new()
    } else {
        let tree = repo
            .head_tree_id()
            .map_err(|e| repo_error(format!("HEAD: {e}")))?
            .detach();
        tree_files(repo, tree)?
    };

    let mut changes = Vec::new();
    let mut sparse_dirs: Vec<BString> = Vec::new();
    for entry in index.entries() {
        let path = entry.path(&index);
        if entry.mode == gix::index::entry::Mode::DIR {
            // A sparse index collapses an untouched directory into one entry; nothing in
            // it can be staged.
            let mut prefix = path.to_owned();
            if !prefix.ends_with(b"/") {
                prefix.push(b'/');
            }
            sparse_dirs.push(prefix);
            continue;
        }
        // A conflicted path has no staged version yet; `git commit` refuses it anyway.
        // Its base entry stays out of the comparison so it is not seen as deleted.
        if entry.stage() != gix::index::entry::Stage::Unconflicted {
            base.remove(path);
            continue;
        }
        let old = base.remove(path);
        // `git add -N` records the intent only; the content is not staged.
        if entry
            .flags
            .contains(gix::index::entry::Flags::INTENT_TO_ADD)
        {
            continue;
        }
        let kind = index_kind(entry.mode);
        let new = Side { id: entry.id, kind };
        if old != Some(new) {
            changes.push(FileChange {
                path: path.to_owned(),
                old,
                new: Some(new),
            });
        }
    }
    for (path, old) in base {
        if !sparse_dirs
            .iter()
            .any(|dir| path.starts_with(dir.as_slice()))
        {
            changes.push(FileChange {
                path,
                old: Some(old),
                new: None,
            });
        }
    }
    Ok(changes)
}

fn index_kind(mode: gix::index::entry::Mode) -> EntryKind {
    use gix::index::entry::Mode;
    if mode == Mode::COMMIT {
        EntryKind::Submodule
    } else if mode == Mode::SYMLINK {
        EntryKind::Link
    } else {
        EntryKind::File
    }
}

/// Every file of a tree, by path.
pub(crate) fn tree_files(
    repo: &gix::Repository,
    tree: ObjectId,
) -> Result<HashMap<BString, Side>, GitError> {
    let object_error = |message: String| GitError::Object {
        what: "tree",
        id: tree.to_string(),
        message,
    };
    let tree = repo
        .find_tree(tree)
        .map_err(|e| object_error(e.to_string()))?;
    let mut recorder = gix::traverse::tree::Recorder::default();
    tree.traverse()
        .breadthfirst(&mut recorder)
        .map_err(|e| object_error(e.to_string()))?;
    Ok(recorder
        .records
        .into_iter()
        .filter_map(|entry| {
            EntryKind::from_tree_mode(entry.mode).map(|kind| {
                (
                    entry.filepath,
                    Side {
                        id: entry.oid,
                        kind,
                    },
                )
            })
        })
        .collect())
}
