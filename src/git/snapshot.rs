//! One side of a change as a readable tree of files: the base or head commit of a range,
//! `HEAD`, or the index. The dependency diff reads a lockfile's companions through it (the
//! `go.mod` beside a `go.sum`, a requirements include, the `package.json` that says which
//! dependencies are direct) from the same side of the same change, not from the disk.

use std::collections::HashMap;
use std::path::Path;

use gix::ObjectId;
use gix::bstr::BString;

use crate::git::tree::{EntryKind, TreeRef, index_files, tree_files};
use crate::git::{GitError, open, read_blob};

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

    /// Every file's path (repository-relative, `/`-separated).
    pub(crate) fn paths(&self) -> impl Iterator<Item = String> + '_ {
        self.blobs.keys().map(|p| p.to_string())
    }

    /// Whether a file exists at `path`.
    pub(crate) fn contains(&self, path: &str) -> bool {
        self.blobs.contains_key(path.as_bytes())
    }

    /// The bytes at `path` (relative to the repository root). The path is looked up by
    /// its bytes, not a lossy UTF-8 copy, so a file under a directory whose name is not
    /// UTF-8 is found.
    pub fn read(&self, path: &Path) -> Option<Vec<u8>> {
        let key = gix::path::to_unix_separators_on_windows(gix::path::into_bstr(path).ok()?);
        let key: &gix::bstr::BStr = key.as_ref();
        let id = self.blobs.get(key)?;
        read_blob(&self.repo, *id).ok()
    }
}

impl lockfile_parsers::Files for Snapshot {
    fn read(&self, path: &Path) -> Option<Vec<u8>> {
        Snapshot::read(self, path)
    }
}
