//! The two kinds of tree a change has sides in — a commit's tree and the index — read as
//! flat maps of files. `staged` compares them; `snapshot` reads a lockfile's companions
//! from either; both depend on this module and not on each other.

use std::collections::HashMap;

use gix::ObjectId;
use gix::bstr::BString;

use crate::git::GitError;

/// Which tree a side of a change is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum TreeRef {
    /// Nothing (the base of a repository without commits).
    #[default]
    Empty,
    Tree(ObjectId),
    /// The index, as `git commit` would record it.
    Index,
}

/// What a tree or index entry is, as far as scanning is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum EntryKind {
    /// A regular or executable file: scanned.
    File,
    /// A symbolic link: its blob is a path, not content; skipped and listed.
    Link,
    /// A submodule commit: its content lives in another repository; skipped and listed.
    Submodule,
}

impl EntryKind {
    pub(crate) fn from_tree_mode(mode: gix::object::tree::EntryMode) -> Option<EntryKind> {
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

    pub(crate) fn from_index_mode(mode: gix::index::entry::Mode) -> EntryKind {
        use gix::index::entry::Mode;
        if mode == Mode::COMMIT {
            EntryKind::Submodule
        } else if mode == Mode::SYMLINK {
            EntryKind::Link
        } else {
            EntryKind::File
        }
    }
}

/// One side of a changed path: its object and what kind of entry it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Side {
    pub id: ObjectId,
    pub kind: EntryKind,
}

/// Every entry of a tree, by path.
pub(crate) fn tree_files(
    repo: &gix::Repository,
    tree: ObjectId,
) -> Result<HashMap<BString, Side>, GitError> {
    let found = repo
        .find_tree(tree)
        .map_err(|e| GitError::object("tree", tree, e))?;
    let mut recorder = gix::traverse::tree::Recorder::default();
    found
        .traverse()
        .breadthfirst(&mut recorder)
        .map_err(|e| GitError::object("tree", tree, e))?;
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

/// The index, opened as `git commit` would read it.
pub(crate) fn index(repo: &gix::Repository) -> Result<gix::worktree::Index, GitError> {
    repo.index_or_empty()
        .map_err(|e| GitError::repository(repo, "cannot read the index", e))
}

/// The files the index would commit: unconflicted, not `git add -N` placeholders.
pub(crate) fn index_files(repo: &gix::Repository) -> Result<HashMap<BString, ObjectId>, GitError> {
    let index = index(repo)?;
    Ok(index
        .entries()
        .iter()
        .filter(|entry| {
            use gix::index::entry::{Flags, Mode, Stage};
            entry.stage() == Stage::Unconflicted
                && !entry.flags.contains(Flags::INTENT_TO_ADD)
                && (entry.mode == Mode::FILE || entry.mode == Mode::FILE_EXECUTABLE)
        })
        .map(|entry| (entry.path(&index).to_owned(), entry.id))
        .collect())
}

/// The raw bytes of a tree object.
pub(crate) fn tree_data(repo: &gix::Repository, id: ObjectId) -> Result<Vec<u8>, GitError> {
    let mut tree = repo
        .find_tree(id)
        .map_err(|e| GitError::object("tree", id, e))?;
    Ok(std::mem::take(&mut tree.data))
}

/// What a path of a tree holds, for reading one file without listing the tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum PathEntry {
    /// A regular or executable file, with its bytes.
    File(Vec<u8>),
    /// Something else: a link, a submodule, a directory.
    Other(&'static str),
}

/// The entry at `path` (`/`-separated) of the tree `tree`, if any.
pub(crate) fn entry_at(
    repo: &gix::Repository,
    tree: ObjectId,
    path: &str,
) -> Result<Option<PathEntry>, GitError> {
    let found = repo
        .find_tree(tree)
        .map_err(|e| GitError::object("tree", tree, e))?;
    let entry = found
        .lookup_entry_by_path(path)
        .map_err(|e| GitError::object("tree", tree, e))?;
    let Some(entry) = entry else {
        return Ok(None);
    };
    let mode = entry.mode();
    Ok(Some(match EntryKind::from_tree_mode(mode) {
        Some(EntryKind::File) => PathEntry::File(crate::git::read_blob(repo, entry.object_id())?),
        Some(EntryKind::Link) => PathEntry::Other("a symbolic link"),
        Some(EntryKind::Submodule) => PathEntry::Other("a submodule"),
        None => PathEntry::Other("a directory"),
    }))
}
