//! A change set: the paths a change touched, each with its old and new entry, as the
//! staged check (index against `HEAD`), the range check (merge base against head) and
//! the history audit (each commit against its parents) see it.

use gix::ObjectId;
use gix::bstr::BString;

use crate::git::tree::{EntryKind, Side, tree_data};
use crate::git::{GitError, read_blob};

/// A path the change touched; `old` is `None` for an added path, `new` for a deleted one.
#[derive(Clone, Debug)]
pub(crate) struct FileChange {
    pub path: BString,
    pub old: Option<Side>,
    pub new: Option<Side>,
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
pub(crate) fn tree_changes(
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
    .map_err(|e| GitError::object("tree", new_tree, e))?;
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
