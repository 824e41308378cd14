//! The pull-request change: what `head` adds relative to its merge base with `base`.
//!
//! The change is the diff of the two trees, as a reviewer sees it in the pull request, so
//! a secret added in one commit and removed in a later one of the same branch is not part
//! of it (it never reaches the base branch; `history` finds it). [`Attribution`] then
//! finds the first commit of the range whose version of a file contains given bytes, for
//! the finding's provenance.

use std::collections::HashMap;

use gix::ObjectId;

use crate::git::changes::{self, FileChange};
use crate::git::history::oldest_first;
use crate::git::{CommitInfo, GitError, commit_info, commit_tree, read_blob, resolve_commit};

/// A commit range as a change: both trees, the commits oldest first, and the file changes
/// between the merge base and the head.
pub(crate) struct Range {
    pub base_tree: ObjectId,
    pub head_tree: ObjectId,
    pub commits: Vec<ObjectId>,
    pub changes: Vec<FileChange>,
}

/// The change between merge-base(`base`, `head`) and `head` (`HEAD` when `head` is `None`).
pub(crate) fn range(
    repo: &gix::Repository,
    base: &str,
    head: Option<&str>,
) -> Result<Range, GitError> {
    let head_rev = head.unwrap_or("HEAD");
    let shallow = repo.is_shallow().unwrap_or(false);
    let shallow_error = || GitError::ShallowMergeBase {
        base: base.to_string(),
        head: head_rev.to_string(),
    };
    let head_id = resolve_commit(repo, head_rev)?;
    let base_id = match resolve_commit(repo, base) {
        // In a shallow clone the base commit itself is often simply not fetched.
        Err(GitError::UnknownRef { .. }) if shallow && looks_like_object_id(base) => {
            return Err(shallow_error());
        }
        other => other?,
    };
    let merge_base = match repo.merge_base(base_id, head_id) {
        Ok(Some(id)) => id.detach(),
        Ok(None) if shallow => return Err(shallow_error()),
        Ok(None) => {
            return Err(GitError::NoMergeBase {
                base: base.to_string(),
                head: head_rev.to_string(),
            });
        }
        Err(_) if shallow => return Err(shallow_error()),
        Err(e) => {
            return Err(GitError::repository(
                repo,
                format!("merge base of `{base}` and `{head_rev}`"),
                e,
            ));
        }
    };
    let (base_tree, head_tree) = (commit_tree(repo, merge_base)?, commit_tree(repo, head_id)?);
    Ok(Range {
        base_tree,
        head_tree,
        commits: range_commits(repo, head_id, merge_base)?,
        changes: changes::tree_changes(repo, Some(base_tree), head_tree)?,
    })
}

fn looks_like_object_id(rev: &str) -> bool {
    rev.len() >= 7 && rev.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The commits of `merge_base..head`, oldest first.
fn range_commits(
    repo: &gix::Repository,
    head: ObjectId,
    merge_base: ObjectId,
) -> Result<Vec<ObjectId>, GitError> {
    let context = format!("walking {merge_base}..{head}");
    let walk = repo
        .rev_walk([head])
        .with_hidden([merge_base])
        .all()
        .map_err(|e| GitError::repository(repo, &context, e))?;
    let mut commits = Vec::new();
    for info in walk {
        let info = info.map_err(|e| GitError::repository(repo, &context, e))?;
        commits.push((info.id, info.parent_ids.iter().copied().collect()));
    }
    Ok(oldest_first(commits)
        .into_iter()
        .map(|(id, _)| id)
        .collect())
}

/// Finds the first commit of a range whose version of a file contains given bytes,
/// remembering what it read, since findings cluster in few files.
#[derive(Default)]
pub(crate) struct Attribution {
    /// (commit, path) → blob at that path, or `None` when the path is absent.
    blobs: HashMap<(ObjectId, Vec<u8>), Option<ObjectId>>,
    contents: HashMap<ObjectId, Vec<u8>>,
}

impl Attribution {
    /// The first of `commits` (oldest first) whose version of `path` contains `needle`.
    pub(crate) fn commit_of(
        &mut self,
        repo: &gix::Repository,
        commits: &[ObjectId],
        path: &[u8],
        needle: &[u8],
    ) -> Result<Option<CommitInfo>, GitError> {
        for &commit in commits {
            let key = (commit, path.to_vec());
            let blob = match self.blobs.get(&key) {
                Some(blob) => *blob,
                None => {
                    let blob = blob_at(repo, commit, path)?;
                    self.blobs.insert(key, blob);
                    blob
                }
            };
            let Some(blob) = blob else { continue };
            let content = match self.contents.entry(blob) {
                std::collections::hash_map::Entry::Occupied(entry) => entry.into_mut(),
                std::collections::hash_map::Entry::Vacant(entry) => {
                    entry.insert(read_blob(repo, blob)?)
                }
            };
            if memchr::memmem::find(content, needle).is_some() {
                return commit_info(repo, commit).map(Some);
            }
        }
        Ok(None)
    }
}

/// The blob at `path` in `commit`'s tree, if there is a file there.
fn blob_at(
    repo: &gix::Repository,
    commit: ObjectId,
    path: &[u8],
) -> Result<Option<ObjectId>, GitError> {
    let error = |e: crate::git::Source| GitError::Object {
        what: "commit",
        id: commit,
        source: e,
    };
    let tree = repo
        .find_tree(commit_tree(repo, commit)?)
        .map_err(|e| error(Box::new(e)))?;
    let path = gix::path::from_bstr(gix::bstr::BStr::new(path)).map_err(|e| error(Box::new(e)))?;
    let entry = tree
        .lookup_entry_by_path(path.as_ref())
        .map_err(|e| error(Box::new(e)))?;
    Ok(entry.filter(|e| e.mode().is_blob()).map(|e| e.object_id()))
}
