//! One side of a change as a readable tree of files: the base or head commit of a range,
//! `HEAD`, or the index. The dependency diff reads a lockfile's companions through it (the
//! `go.mod` beside a `go.sum`, a requirements include, the `package.json` that says which
//! dependencies are direct) from the same side of the same change, not from the disk.

use std::collections::HashMap;
use std::path::Path;

use gix::ObjectId;
use gix::bstr::BString;

use crate::git::changes::EntryKind;
use crate::git::staged::tree_files;
use crate::git::{GitError, open, read_blob};

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

/// A side's files by path, read on demand.
pub struct Snapshot {
    repo: gix::Repository,
    blobs: HashMap<BString, ObjectId>,
}

impl Snapshot {
    pub fn open(repo_path: &Path, tree: &TreeRef) -> Result<Snapshot, GitError> {
        let repo = open(repo_path)?;
        let blobs = match tree {
            TreeRef::Empty => HashMap::new(),
            TreeRef::Tree(id) => tree_files(&repo, *id)?
                .into_iter()
                .filter(|(_, side)| side.kind == EntryKind::File)
                .map(|(path, side)| (path, side.id))
                .collect(),
            TreeRef::Index => index_files(&repo)?,
        };
        Ok(Snapshot { repo, blobs })
    }

    /// The bytes at `path` (relative to the repository root, `/`-separated).
    pub fn read(&self, path: &Path) -> Option<Vec<u8>> {
        let key: BString = path.to_string_lossy().replace('\\', "/").into();
        let id = self.blobs.get(&key)?;
        read_blob(&self.repo, *id).ok()
    }
}

impl lockfile_parsers::Files for Snapshot {
    fn read(&self, path: &Path) -> Option<Vec<u8>> {
        Snapshot::read(self, path)
    }
}

fn index_files(repo: &gix::Repository) -> Result<HashMap<BString, ObjectId>, GitError> {
    let index = repo.index_or_empty().map_err(|e| GitError::Repository {
        path: repo.git_dir().to_path_buf(),
        message: e.to_string(),
    })?;
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
