//! A change set — the files a change touched, with their old and new blob — and the rule
//! that decides which of the matches in the new blobs the change introduced (module
//! documentation of [`crate::git`]).
//!
//! The staged check and the range check both reduce to a change set; history applies the
//! same rule per commit (with its scan results coming from the cache).

use std::collections::HashSet;
use std::sync::OnceLock;

use gix::ObjectId;
use gix::bstr::{BStr, BString};
use rayon::prelude::*;

use crate::finding::{Skipped, Stats};
use crate::git::added::AddedLines;
use crate::git::{ChangedFile, GitError, blob_size, display_path, is_binary, read_blob};
use crate::secrets::{Match, Scanner};

/// What a tree or index entry is, as far as scanning is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryKind {
    /// A regular or executable file: scanned.
    File,
    /// A symbolic link: its blob is a path, not content; skipped and listed.
    Link,
    /// A submodule commit: its content lives in another repository; skipped and listed.
    Submodule,
}

impl EntryKind {
    pub fn from_tree_mode(mode: gix::object::tree::EntryMode) -> Option<EntryKind> {
        if mode.is_commit() {
            Some(EntryKind::Submodule)
        } else if mode.is_link() {
            Some(EntryKind::Link)
        } else if mode.is_blob() {
            Some(EntryKind::File)
        } else {
            None
        }
    }
}

/// One side of a changed path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Side {
    pub id: ObjectId,
    pub kind: EntryKind,
}

/// A path the change touched; `old` is `None` for an added path, `new` for a deleted one.
#[derive(Clone, Debug)]
pub struct FileChange {
    pub path: BString,
    pub old: Option<Side>,
    pub new: Option<Side>,
}

/// A match the change introduced; the raw secret is still here (it is redacted only when
/// the finding is built), so the range check can find the commit that added it.
#[derive(Clone, Debug)]
pub struct NewMatch {
    pub path: BString,
    pub blob: ObjectId,
    pub m: Match,
}

/// The key by which "the same secret" is recognised across files: rule and secret bytes.
type SecretKey = (usize, Vec<u8>);

/// What a change set produced.
#[derive(Debug, Default)]
pub struct Evaluated {
    pub matches: Vec<NewMatch>,
    pub stats: Stats,
    pub lockfiles: Vec<ChangedFile>,
}

/// Scans the new side of every change and keeps what the change introduced. Files are
/// scanned in parallel, one blob (plus its previous version) in memory per thread.
pub fn evaluate(
    repo: &gix::Repository,
    scanner: &Scanner,
    changes: &[FileChange],
    max_file_size: u64,
) -> Result<Evaluated, GitError> {
    let sync = repo.clone().into_sync();
    // Secrets in deleted files, computed only if some file has a candidate match.
    let deleted: OnceLock<Result<HashSet<SecretKey>, String>> = OnceLock::new();
    let outcomes: Vec<Result<FileOutcome, GitError>> = changes
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
    // The one list of dependency files is lockfile-parsers' (`check` once kept its own,
    // which lacked `requirements/*.txt`).
    for change in changes.iter().filter(|c| {
        lockfile_parsers::is_dependency_file(std::path::Path::new(&display_path(c.path.as_ref())))
    }) {
        out.lockfiles.push(ChangedFile {
            path: display_path(change.path.as_ref()),
            base: read_file_side(repo, change.old)?,
            head: read_file_side(repo, change.new)?,
        });
    }
    Ok(out)
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
) -> Result<FileOutcome, GitError> {
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
        return Ok(skipped(path, &crate::fs::too_large(size, max_file_size)));
    }
    let content = read_blob(repo, new.id)?;
    if is_binary(&content) {
        return Ok(skipped(path, "binary"));
    }
    let bytes = content.len() as u64;
    let display = display_path(path);
    let mut matches = scanner.scan(&display, &content)?;
    if !matches.is_empty() {
        let old = read_file_side(repo, change.old)?;
        let added = AddedLines::between(old.as_deref(), &content);
        matches.retain(|m| added.overlaps(m.line, m.end_line));
        if !matches.is_empty() {
            let mut known: HashSet<SecretKey> = match &old {
                Some(old) => keys(&scanner.scan(&display, old)?),
                None => HashSet::new(),
            };
            let deleted = deleted
                .get_or_init(|| deleted_secrets(repo, scanner, all).map_err(|e| e.to_string()))
                .as_ref()
                .map_err(|message| GitError::Repository {
                    path: repo.git_dir().to_path_buf(),
                    message: message.clone(),
                })?;
            known.extend(deleted.iter().cloned());
            matches.retain(|m| !known.contains(&(m.rule, m.secret.clone())));
        }
    }
    Ok(FileOutcome::Scanned {
        bytes,
        matches: matches
            .into_iter()
            .map(|m| NewMatch {
                path: change.path.clone(),
                blob: new.id,
                m,
            })
            .collect(),
    })
}

fn keys(matches: &[Match]) -> HashSet<SecretKey> {
    matches.iter().map(|m| (m.rule, m.secret.clone())).collect()
}

/// Every secret in the files the change deletes: the old half of a rename or a move.
fn deleted_secrets(
    repo: &gix::Repository,
    scanner: &Scanner,
    changes: &[FileChange],
) -> Result<HashSet<SecretKey>, GitError> {
    let mut known = HashSet::new();
    for change in changes.iter().filter(|c| c.new.is_none()) {
        if let Some(content) = read_file_side(repo, change.old)?
            && !is_binary(&content)
        {
            let display = display_path(change.path.as_ref());
            known.extend(keys(&scanner.scan(&display, &content)?));
        }
    }
    Ok(known)
}

/// The content of one side of a change when it is a file.
pub(crate) fn read_file_side(
    repo: &gix::Repository,
    side: Option<Side>,
) -> Result<Option<Vec<u8>>, GitError> {
    match side {
        Some(Side {
            id,
            kind: EntryKind::File,
        }) => read_blob(repo, id).map(Some),
        _ => Ok(None),
    }
}

/// The file-level changes between two trees (`None` is the empty tree). Tree entries
/// themselves are not changes; their files are.
pub fn tree_changes(
    repo: &gix::Repository,
    old_tree: Option<ObjectId>,
    new_tree: ObjectId,
) -> Result<Vec<FileChange>, GitError> {
    use gix::diff::tree::recorder::Change;
    let old_data = match old_tree {
        Some(id) => tree_data(repo, id)?,
        None => Vec::new(),
    };
    let new_data = tree_data(repo, new_tree)?;
    let mut recorder = gix::diff::tree::Recorder::default();
    gix::diff::tree(
        gix::objs::TreeRefIter::from_bytes(&old_data, repo.object_hash()),
        gix::objs::TreeRefIter::from_bytes(&new_data, repo.object_hash()),
        gix::diff::tree::State::default(),
        &repo.objects,
        &mut recorder,
    )
    .map_err(|e| GitError::Object {
        what: "tree",
        id: new_tree.to_string(),
        message: e.to_string(),
    })?;
    let side = |id: ObjectId, mode: gix::object::tree::EntryMode| {
        EntryKind::from_tree_mode(mode).map(|kind| Side { id, kind })
    };
    let mut changes = Vec::new();
    for change in recorder.records {
        let (path, old, new) = match change {
            Change::Addition {
                entry_mode,
                oid,
                path,
                ..
            } => (path, None, side(oid, entry_mode)),
            Change::Deletion {
                entry_mode,
                oid,
                path,
                ..
            } => (path, side(oid, entry_mode), None),
            Change::Modification {
                previous_entry_mode,
                previous_oid,
                entry_mode,
                oid,
                path,
            } => (
                path,
                side(previous_oid, previous_entry_mode),
                side(oid, entry_mode),
            ),
        };
        if old.is_some() || new.is_some() {
            changes.push(FileChange { path, old, new });
        }
    }
    Ok(changes)
}

/// The raw bytes of a tree object.
pub(crate) fn tree_data(repo: &gix::Repository, id: ObjectId) -> Result<Vec<u8>, GitError> {
    let mut tree = repo.find_tree(id).map_err(|e| GitError::Object {
        what: "tree",
        id: id.to_string(),
        message: e.to_string(),
    })?;
    Ok(std::mem::take(&mut tree.data))
}
