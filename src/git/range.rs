//! The pull-request check: what `head` adds relative to its merge base with `base`.
//!
//! The change is the diff of the two trees, as a reviewer sees it in the pull request, so
//! a secret added in one commit and removed in a later one of the same branch is not
//! reported (it never reaches the base branch; `history` finds it). Each finding is then
//! attributed to the first commit of the range whose version of the file contains the
//! secret.

use std::collections::HashMap;
use std::path::Path;
use std::time::Instant;

use gix::ObjectId;

use crate::git::changes::{self, NewMatch};
use crate::git::history::oldest_first;
use crate::git::snapshot::TreeRef;
use crate::git::{
    CommitInfo, GitError, GitScan, ScanOptions, commit_info, commit_tree, display_path, open,
    read_blob, resolve_commit,
};
use crate::secrets::{Origin, Scanner, to_finding};

/// Scans the lines added between merge-base(`base`, `head`) and `head` (`HEAD` when
/// `head` is `None`).
pub fn range(
    repo_path: &Path,
    base: &str,
    head: Option<&str>,
    scanner: &Scanner,
    options: &ScanOptions,
) -> Result<GitScan, GitError> {
    let started = Instant::now();
    let repo = open(repo_path)?;
    let head_rev = head.unwrap_or("HEAD");
    let shallow = repo.is_shallow().unwrap_or(false);
    let shallow_error = || GitError::ShallowMergeBase {
        base: base.to_string(),
        head: head_rev.to_string(),
    };
    let head_id = resolve_commit(&repo, head_rev)?;
    let base_id = match resolve_commit(&repo, base) {
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
            return Err(GitError::Repository {
                path: repo.git_dir().to_path_buf(),
                message: format!("merge base of `{base}` and `{head_rev}`: {e}"),
            });
        }
    };

    let (base_tree, head_tree) = (
        commit_tree(&repo, merge_base)?,
        commit_tree(&repo, head_id)?,
    );
    let changes = changes::tree_changes(&repo, Some(base_tree), head_tree)?;
    let evaluated = changes::evaluate(&repo, scanner, &changes, options.max_file_size)?;
    let commits = range_commits(&repo, head_id, merge_base)?;
    let mut findings = Vec::with_capacity(evaluated.matches.len());
    let mut attribution = Attribution::default();
    for nm in &evaluated.matches {
        let commit = attribution.commit_of(&repo, &commits, nm)?;
        let origin = Origin {
            file: display_path(nm.path.as_ref()),
            commit: commit.as_ref().map(|c| c.id.clone()),
            author: commit.as_ref().map(|c| c.author.clone()),
            date: commit.map(|c| c.date),
        };
        findings.push(to_finding(scanner, &nm.m, &origin, options.redact));
    }
    let mut stats = evaluated.stats;
    stats.commits = commits.len() as u64;
    stats.elapsed_ms = started.elapsed().as_millis() as u64;
    Ok(GitScan {
        findings,
        stats,
        lockfiles: evaluated.lockfiles,
        base: TreeRef::Tree(base_tree),
        head: TreeRef::Tree(head_tree),
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
    let walk_error = |e: &dyn std::fmt::Display| GitError::Repository {
        path: repo.git_dir().to_path_buf(),
        message: format!("walking {merge_base}..{head}: {e}"),
    };
    let walk = repo
        .rev_walk([head])
        .with_hidden([merge_base])
        .all()
        .map_err(|e| walk_error(&e))?;
    let mut commits = Vec::new();
    for info in walk {
        let info = info.map_err(|e| walk_error(&e))?;
        commits.push((info.id, info.parent_ids.iter().copied().collect()));
    }
    Ok(oldest_first(commits)
        .into_iter()
        .map(|(id, _)| id)
        .collect())
}

/// Finds the first commit of the range whose version of a file contains a secret,
/// remembering what it read, since findings cluster in few files.
#[derive(Default)]
struct Attribution {
    /// (commit, path) → blob at that path, or `None` when the path is absent.
    blobs: HashMap<(ObjectId, Vec<u8>), Option<ObjectId>>,
    contents: HashMap<ObjectId, Vec<u8>>,
}

impl Attribution {
    fn commit_of(
        &mut self,
        repo: &gix::Repository,
        commits: &[ObjectId],
        nm: &NewMatch,
    ) -> Result<Option<CommitInfo>, GitError> {
        for &commit in commits {
            let key = (commit, nm.path.to_vec());
            let blob = match self.blobs.get(&key) {
                Some(blob) => *blob,
                None => {
                    let blob = blob_at(repo, commit, &nm.path)?;
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
            if memchr::memmem::find(content, &nm.m.secret).is_some() {
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
    let error = |e: &dyn std::fmt::Display| crate::git::commit_error(commit, e);
    let tree = repo
        .find_tree(commit_tree(repo, commit)?)
        .map_err(|e| error(&e))?;
    let path = gix::path::from_bstr(gix::bstr::BStr::new(path)).map_err(|e| error(&e))?;
    let entry = tree
        .lookup_entry_by_path(path.as_ref())
        .map_err(|e| error(&e))?;
    Ok(entry.filter(|e| e.mode().is_blob()).map(|e| e.object_id()))
}
