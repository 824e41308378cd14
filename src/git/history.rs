//! A repository's history as introductions: every commit reachable from `HEAD` (or from
//! every ref), and for each distinct file blob the first commit that introduced it.
//!
//! Commits are visited parents-first; each is diffed against its parents (in parallel, in
//! bounded chunks). A blob is *introduced* by a commit when it differs from the version at
//! that path in every parent — so a secret arriving through a merge is attributed to the
//! branch commit that wrote it, not again to the merge. The first introduction of each blob
//! is kept: its commit, path and the path's previous blob; and, for commits that add paths
//! while deleting others, the deleted blobs (the old half of a rename).
//!
//! What is in those blobs is `scan`'s business (`scan::history`): it scans each distinct
//! blob once and attributes what is new to the introducing commit.
//!
//! # Memory ceiling
//!
//! The trees of [`COMMIT_CHUNK`] commits' diffs are in memory at once, never the whole
//! history. What grows with history is metadata: per distinct blob its id and first
//! introduction (about 50 bytes) plus each distinct path once, and per commit its id and
//! parent ids.

use std::collections::{HashMap, HashSet};

use gix::ObjectId;
use gix::bstr::BString;
use rayon::prelude::*;

use crate::git::changes::tree_changes;
use crate::git::tree::EntryKind;
use crate::git::{GitError, commit_tree, find_commit, resolve_commit};

/// Commits whose diffs are computed in parallel before their introductions are merged in
/// order; bounds memory while keeping both cores busy.
const COMMIT_CHUNK: usize = 256;

/// The commits reachable from `tips` but not from `hidden`, parents before children.
pub(crate) fn commits_between(
    repo: &gix::Repository,
    tips: Vec<ObjectId>,
    hidden: Vec<ObjectId>,
) -> Result<Vec<WalkedCommit>, GitError> {
    walk(repo, tips, hidden)
}

/// The commits the walk starts from: `HEAD`, and every ref with `all_refs`.
pub(crate) fn tips(repo: &gix::Repository, all_refs: bool) -> Result<Vec<ObjectId>, GitError> {
    let mut tips = Vec::new();
    let head = repo
        .head()
        .map_err(|e| GitError::repository(repo, "cannot read HEAD", e))?;
    if !head.is_unborn() {
        tips.push(resolve_commit(repo, "HEAD")?);
    }
    if all_refs {
        let refs_error =
            |e: crate::git::Source| GitError::repository(repo, "cannot list the refs", e);
        let platform = repo.references().map_err(|e| refs_error(e.into()))?;
        for reference in platform.all().map_err(|e| refs_error(e.into()))? {
            let mut reference = reference.map_err(|e| refs_error(e.into()))?;
            let name = reference.name().as_bstr().to_string();
            let id = reference.peel_to_id().map_err(|e| GitError::UnknownRef {
                rev: name.clone(),
                source: Box::new(e),
            })?;
            // Tags may name trees or blobs; only commits start a history.
            if let Ok(commit) = id.object().and_then(|o| o.peel_to_commit()) {
                tips.push(commit.id);
            }
        }
    }
    tips.sort();
    tips.dedup();
    Ok(tips)
}

/// A commit and its parents, as the walk saw them.
pub(crate) type WalkedCommit = (ObjectId, Vec<ObjectId>);

fn walk(
    repo: &gix::Repository,
    tips: Vec<ObjectId>,
    hidden: Vec<ObjectId>,
) -> Result<Vec<WalkedCommit>, GitError> {
    if tips.is_empty() {
        return Ok(Vec::new());
    }
    let walk = repo
        .rev_walk(tips)
        .with_hidden(hidden)
        .all()
        .map_err(|e| GitError::repository(repo, "walking history", e))?;
    let mut commits = Vec::new();
    for info in walk {
        let info = info.map_err(|e| GitError::repository(repo, "walking history", e))?;
        commits.push((info.id, info.parent_ids.iter().copied().collect()));
    }
    Ok(oldest_first(commits))
}

/// Orders commits so that every parent comes before its children (a depth-first
/// post-order over the walked set), which is what "earliest" means in a history with
/// skewed clocks.
pub(crate) fn oldest_first(commits: Vec<WalkedCommit>) -> Vec<WalkedCommit> {
    let index: HashMap<ObjectId, usize> =
        commits.iter().enumerate().map(|(i, c)| (c.0, i)).collect();
    let mut done = vec![false; commits.len()];
    let mut order = Vec::with_capacity(commits.len());
    let mut stack: Vec<(usize, bool)> = Vec::new();
    for start in (0..commits.len()).rev() {
        stack.push((start, false));
        while let Some((i, expanded)) = stack.pop() {
            if done[i] {
                continue;
            }
            if expanded {
                done[i] = true;
                order.push(i);
                continue;
            }
            stack.push((i, true));
            for parent in commits[i].1.iter().rev() {
                if let Some(&p) = index.get(parent)
                    && !done[p]
                {
                    stack.push((p, false));
                }
            }
        }
    }
    let mut slots: Vec<Option<WalkedCommit>> = commits.into_iter().map(Some).collect();
    order.into_iter().filter_map(|i| slots[i].take()).collect()
}

/// The first introduction of a blob: indexes into the walked commits and into
/// [`Introductions::paths`].
#[derive(Clone, Copy, Debug)]
pub(crate) struct Intro {
    pub commit: u32,
    pub path: u32,
    /// The path's blob in the (first) parent, when it was a file.
    pub old: Option<ObjectId>,
}

/// Every distinct file blob of the history with its first introduction.
#[derive(Default)]
pub(crate) struct Introductions {
    /// Each distinct path once. Empty for a path not yet known again after
    /// [`Introductions::from_parts`], which knows paths by their hash only.
    pub paths: Vec<BString>,
    path_ids: HashMap<BString, u32>,
    /// Path ids by the path's hash, for introductions restored from a saved state whose
    /// paths are known by hash only (see `scan::history_state`).
    hashed_path_ids: HashMap<[u8; 32], u32>,
    pub blobs: HashMap<ObjectId, Intro>,
    /// Blobs in order of first introduction, so results are deterministic.
    pub order: Vec<ObjectId>,
    /// Blobs deleted by commits that also added new paths: the old half of a rename.
    pub deleted: HashMap<u32, Vec<ObjectId>>,
}

impl Introductions {
    /// Introductions restored from saved parts whose paths are known only by their hash
    /// (`path_hashes[id]`); `paths` are empty until [`Introductions::set_path`] or a newly
    /// recorded commit names them.
    pub(crate) fn from_parts(
        path_hashes: &[[u8; 32]],
        blobs: HashMap<ObjectId, Intro>,
        order: Vec<ObjectId>,
        deleted: HashMap<u32, Vec<ObjectId>>,
    ) -> Introductions {
        Introductions {
            paths: vec![BString::default(); path_hashes.len()],
            path_ids: HashMap::new(),
            hashed_path_ids: path_hashes
                .iter()
                .enumerate()
                .map(|(id, hash)| (*hash, id as u32))
                .collect(),
            blobs,
            order,
            deleted,
        }
    }

    /// Each path's hash, by path id: what a saved state keeps instead of the path.
    pub(crate) fn path_hashes(&self) -> Vec<[u8; 32]> {
        let mut hashes = vec![[0; 32]; self.paths.len()];
        for (hash, &id) in &self.hashed_path_ids {
            hashes[id as usize] = *hash;
        }
        for (id, path) in self.paths.iter().enumerate() {
            if !path.is_empty() {
                hashes[id] = *blake3::hash(path).as_bytes();
            }
        }
        hashes
    }

    /// Names a path known only by its hash.
    pub(crate) fn set_path(&mut self, id: u32, path: BString) {
        self.path_ids.insert(path.clone(), id);
        self.paths[id as usize] = path;
    }

    /// The path a blob was first introduced under.
    pub(crate) fn path_of(&self, blob: &ObjectId) -> &BString {
        &self.paths[self.blobs[blob].path as usize]
    }
}

/// What one commit changed, as far as introductions go.
#[derive(Default)]
struct CommitChanges {
    /// (path, new blob, previous blob at that path)
    added: Vec<(BString, ObjectId, Option<ObjectId>)>,
    deleted: Vec<ObjectId>,
}

/// The first introduction of every blob of `commits` (parents first); `tick` is told how
/// many commits each step finished, for a progress display.
pub(crate) fn introductions(
    repo: &gix::Repository,
    commits: &[WalkedCommit],
    tick: &dyn Fn(u64),
) -> Result<Introductions, GitError> {
    let mut intros = Introductions::default();
    extend_introductions(repo, &mut intros, commits, 0, tick)?;
    Ok(intros)
}

/// Adds the introductions of `commits` (parents first, none of them already recorded,
/// their parents recorded or among them) to `intros`; the first of them is commit number
/// `first` of the whole history.
pub(crate) fn extend_introductions(
    repo: &gix::Repository,
    intros: &mut Introductions,
    commits: &[WalkedCommit],
    first: usize,
    tick: &dyn Fn(u64),
) -> Result<(), GitError> {
    let sync = repo.clone().into_sync();
    let shallow = repo.is_shallow().unwrap_or(false);
    for (chunk_index, chunk) in commits.chunks(COMMIT_CHUNK).enumerate() {
        let changes: Vec<Result<CommitChanges, GitError>> = chunk
            .par_iter()
            .map_init(
                || sync.to_thread_local(),
                |repo, (id, _)| commit_changes(repo, *id, shallow),
            )
            .collect();
        for (offset, changes) in changes.into_iter().enumerate() {
            let commit = (first + chunk_index * COMMIT_CHUNK + offset) as u32;
            intros.record(commit, changes?);
        }
        tick(chunk.len() as u64);
    }
    Ok(())
}

impl Introductions {
    fn record(&mut self, commit: u32, changes: CommitChanges) {
        let mut adds_new_path = false;
        for (path, blob, old) in changes.added {
            adds_new_path |= old.is_none();
            if self.blobs.contains_key(&blob) {
                continue;
            }
            let restored = || {
                let hash = blake3::hash(&path);
                self.hashed_path_ids.get(hash.as_bytes()).copied()
            };
            let known = match self.path_ids.get(&path) {
                Some(&id) => Some(id),
                None if self.hashed_path_ids.is_empty() => None,
                None => restored(),
            };
            let path = match known {
                Some(id) => {
                    if self.paths[id as usize].is_empty() {
                        self.set_path(id, path);
                    }
                    id
                }
                None => {
                    let id = self.paths.len() as u32;
                    self.paths.push(path.clone());
                    self.path_ids.insert(path, id);
                    id
                }
            };
            self.blobs.insert(blob, Intro { commit, path, old });
            self.order.push(blob);
        }
        if adds_new_path && !changes.deleted.is_empty() {
            self.deleted.insert(commit, changes.deleted);
        }
    }
}

/// The file blobs a commit introduces: those that differ from every parent's version.
fn commit_changes(
    repo: &gix::Repository,
    id: ObjectId,
    shallow: bool,
) -> Result<CommitChanges, GitError> {
    let commit = find_commit(repo, id)?;
    let tree = commit
        .tree_id()
        .map_err(|e| GitError::object("commit", id, e))?
        .detach();
    let mut parent_trees = Vec::new();
    for parent in commit.parent_ids() {
        match commit_tree(repo, parent.detach()) {
            Ok(tree) => parent_trees.push(tree),
            // The boundary of a shallow clone: the parent was never fetched.
            Err(_) if shallow => {}
            Err(e) => return Err(e),
        }
    }
    let mut out = CommitChanges::default();
    let first = tree_changes(repo, parent_trees.first().copied(), tree)?;
    let mut also_changed_in_others: Option<HashSet<(BString, ObjectId)>> = None;
    for &other in parent_trees.iter().skip(1) {
        let changed: HashSet<(BString, ObjectId)> = tree_changes(repo, Some(other), tree)?
            .into_iter()
            .filter_map(|c| c.new.map(|n| (c.path, n.id)))
            .collect();
        also_changed_in_others = Some(match also_changed_in_others {
            None => changed,
            Some(previous) => previous.intersection(&changed).cloned().collect(),
        });
    }
    for change in first {
        match (change.old, change.new) {
            (old, Some(new)) if new.kind == EntryKind::File => {
                if let Some(others) = &also_changed_in_others
                    && !others.contains(&(change.path.clone(), new.id))
                {
                    continue;
                }
                let old = old.filter(|o| o.kind == EntryKind::File).map(|o| o.id);
                out.added.push((change.path, new.id, old));
            }
            (Some(old), None) if old.kind == EntryKind::File && parent_trees.len() == 1 => {
                out.deleted.push(old.id);
            }
            _ => {}
        }
    }
    Ok(out)
}
