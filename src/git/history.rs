//! The full-history audit: every commit reachable from `HEAD` (or from every ref), each
//! distinct blob scanned once, each finding attributed to the earliest commit that
//! introduced its blob.
//!
//! Three phases:
//!
//! 1. **Introductions.** Commits are visited parents-first; each is diffed against its
//!    parents (in parallel, in bounded chunks). A blob is *introduced* by a commit when it
//!    differs from the version at that path in every parent — so a secret arriving through
//!    a merge is attributed to the branch commit that wrote it, not again to the merge. The
//!    first introduction of each blob is kept: its commit, path and the path's previous
//!    blob.
//! 2. **Scan.** Each distinct blob is scanned once, in parallel, under its first path;
//!    results come from and go to the persistent [cache](super::cache).
//! 3. **Attribution.** For the few blobs with matches, the module rule of [`crate::git`]
//!    decides which matches the introducing commit added (lines added relative to the
//!    previous blob, rule + secret not already in it nor in a file the commit deleted). So
//!    an edit elsewhere in a file that holds an old secret, or a rename, does not report
//!    the secret again, while a secret added and deleted in the next commit is found.
//!
//! # Memory ceiling
//!
//! Content in memory is bounded by the blobs in flight: one blob per scanning thread in
//! phase 2, one blob and its previous version in phase 3, and the trees of
//! [`COMMIT_CHUNK`] commits' diffs in phase 1 — never the whole history. What grows with
//! history is metadata: per distinct blob about 80 bytes (id, first introduction, scan
//! result — empty for clean blobs) plus each distinct path once, and per commit its id and
//! parent ids. Matches are held only for blobs that have any. A repository with a million
//! distinct blobs therefore needs on the order of 100 MB.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::Instant;

use gix::ObjectId;
use gix::bstr::BString;
use rayon::prelude::*;

use crate::finding::{SecretFinding, Skipped, Stats};
use crate::git::added::AddedLines;
use crate::git::cache::{BlobResult, Cache, CachedMatch};
use crate::git::changes::{EntryKind, tree_changes};
use crate::git::{
    CommitInfo, GitError, GitScan, commit_info, display_path, is_binary, open, read_blob,
    resolve_commit,
};
use crate::progress::Progress;
use crate::secrets::{Origin, Scanner, ruleset_hash, to_finding};

pub use crate::git::cache::default_dir as default_cache_dir;

/// Commits whose diffs are computed in parallel before their introductions are merged in
/// order; bounds phase 1's memory while keeping both cores busy.
const COMMIT_CHUNK: usize = 256;

/// What `tollgate history` was asked to do.
#[derive(Clone, Debug)]
pub struct HistoryOptions {
    /// Walk from every ref (branches, tags, remotes), not only `HEAD`.
    pub all_refs: bool,
    /// Only commits not reachable from this revision (`REV..HEAD`).
    pub since: Option<String>,
    /// Directory of the persistent scan cache; `None` is `--no-cache`.
    pub cache_dir: Option<PathBuf>,
    /// Draw a progress bar on standard error (only when it is a terminal).
    pub progress: bool,
    pub redact: bool,
    /// Blobs larger than this are skipped (and listed), never read into memory.
    pub max_file_size: u64,
}

impl Default for HistoryOptions {
    fn default() -> Self {
        HistoryOptions {
            all_refs: false,
            since: None,
            cache_dir: None,
            progress: false,
            redact: true,
            max_file_size: crate::fs::DEFAULT_MAX_FILE_SIZE,
        }
    }
}

/// Scans every blob that the selected history introduced.
pub fn history(
    repo_path: &Path,
    scanner: &Scanner,
    options: &HistoryOptions,
) -> Result<GitScan, GitError> {
    let started = Instant::now();
    let repo = open(repo_path)?;
    let progress = Progress::new(options.progress);
    let tips = tips(&repo, options.all_refs)?;
    let hidden = match &options.since {
        Some(rev) => vec![resolve_commit(&repo, rev)?],
        None => Vec::new(),
    };
    let commits = walk(&repo, tips, hidden)?;
    let intros = introductions(&repo, &commits, &progress)?;
    let mut cache = match &options.cache_dir {
        Some(dir) => Some(Cache::open(
            dir,
            &ruleset_hash(&scanner.rules().cloned().collect::<Vec<_>>()),
        )?),
        None => None,
    };
    let scanned = scan_blobs(&repo, scanner, &intros, cache.as_mut(), options, &progress)?;

    let findings = attribute(&repo, scanner, &commits, &intros, &scanned.results)?;
    let stats = Stats {
        commits: commits.len() as u64,
        blobs: intros.order.len() as u64,
        files: intros.paths.len() as u64,
        bytes: scanned.bytes,
        skipped: scanned.skipped,
        elapsed_ms: started.elapsed().as_millis() as u64,
    };
    Ok(GitScan {
        findings,
        stats,
        lockfiles: Vec::new(),
        ..GitScan::default()
    })
}

/// The commits the walk starts from.
fn tips(repo: &gix::Repository, all_refs: bool) -> Result<Vec<ObjectId>, GitError> {
    let repo_error = |message: String| GitError::Repository {
        path: repo.git_dir().to_path_buf(),
        message,
    };
    let mut tips = Vec::new();
    let head = repo.head().map_err(|e| repo_error(e.to_string()))?;
    if !head.is_unborn() {
        tips.push(resolve_commit(repo, "HEAD")?);
    }
    if all_refs {
        let platform = repo.references().map_err(|e| repo_error(e.to_string()))?;
        for reference in platform.all().map_err(|e| repo_error(e.to_string()))? {
            let mut reference = reference.map_err(|e| repo_error(e.to_string()))?;
            let name = reference.name().as_bstr().to_string();
            let id = reference.peel_to_id().map_err(|e| GitError::UnknownRef {
                rev: name.clone(),
                message: e.to_string(),
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
    let walk_error = |message: String| GitError::Repository {
        path: repo.git_dir().to_path_buf(),
        message: format!("walking history: {message}"),
    };
    let walk = repo
        .rev_walk(tips)
        .with_hidden(hidden)
        .all()
        .map_err(|e| walk_error(e.to_string()))?;
    let mut commits = Vec::new();
    for info in walk {
        let info = info.map_err(|e| walk_error(e.to_string()))?;
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

/// The first introduction of a blob.
#[derive(Clone, Copy, Debug)]
struct Intro {
    commit: u32,
    path: u32,
    /// The path's blob in the (first) parent, when it was a file.
    old: Option<ObjectId>,
}

#[derive(Default)]
struct Introductions {
    paths: Vec<BString>,
    path_ids: HashMap<BString, u32>,
    blobs: HashMap<ObjectId, Intro>,
    /// Blobs in order of first introduction, so results are deterministic.
    order: Vec<ObjectId>,
    /// Blobs deleted by commits that also added new paths: the old half of a rename.
    deleted: HashMap<u32, Vec<ObjectId>>,
}

/// What one commit changed, as far as introductions go.
#[derive(Default)]
struct CommitChanges {
    /// (path, new blob, previous blob at that path)
    added: Vec<(BString, ObjectId, Option<ObjectId>)>,
    deleted: Vec<ObjectId>,
}

fn introductions(
    repo: &gix::Repository,
    commits: &[WalkedCommit],
    progress: &Progress,
) -> Result<Introductions, GitError> {
    let sync = repo.clone().into_sync();
    let shallow = repo.is_shallow().unwrap_or(false);
    let bar = progress.bar(commits.len() as u64, "commits");
    let mut intros = Introductions::default();
    for (chunk_index, chunk) in commits.chunks(COMMIT_CHUNK).enumerate() {
        let changes: Vec<Result<CommitChanges, GitError>> = chunk
            .par_iter()
            .map_init(
                || sync.to_thread_local(),
                |repo, (id, _)| commit_changes(repo, *id, shallow),
            )
            .collect();
        for (offset, changes) in changes.into_iter().enumerate() {
            let commit = (chunk_index * COMMIT_CHUNK + offset) as u32;
            intros.record(commit, changes?);
        }
        bar.inc(chunk.len() as u64);
    }
    bar.finish_and_clear();
    Ok(intros)
}

impl Introductions {
    fn record(&mut self, commit: u32, changes: CommitChanges) {
        let mut adds_new_path = false;
        for (path, blob, old) in changes.added {
            adds_new_path |= old.is_none();
            if self.blobs.contains_key(&blob) {
                continue;
            }
            let path = match self.path_ids.get(&path) {
                Some(&id) => id,
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
    let commit = crate::git::find_commit(repo, id)?;
    let tree = commit
        .tree_id()
        .map_err(|e| crate::git::commit_error(id, e))?
        .detach();
    let mut parent_trees = Vec::new();
    for parent in commit.parent_ids() {
        match crate::git::commit_tree(repo, parent.detach()) {
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

struct Scanned {
    /// Blobs that are binary or have matches; clean blobs are not kept.
    results: HashMap<ObjectId, BlobResult>,
    bytes: u64,
    skipped: Vec<Skipped>,
}

fn scan_blobs(
    repo: &gix::Repository,
    scanner: &Scanner,
    intros: &Introductions,
    cache: Option<&mut Cache>,
    options: &HistoryOptions,
    progress: &Progress,
) -> Result<Scanned, GitError> {
    let (redact, max_file_size) = (options.redact, options.max_file_size);
    let path_of = |blob: &ObjectId| intros.paths[intros.blobs[blob].path as usize].as_slice();
    let cached: Vec<Option<BlobResult>> = match &cache {
        Some(cache) => cache.get_many(intros.order.iter().map(|b| (*b, path_of(b))))?,
        None => vec![None; intros.order.len()],
    };
    let mut results = HashMap::new();
    let mut to_scan = Vec::new();
    for (blob, cached) in intros.order.iter().zip(cached) {
        match cached {
            // An unredacted report needs the secrets, which the cache never holds.
            Some(BlobResult::Matches(m)) if !redact && !m.is_empty() => to_scan.push(*blob),
            Some(BlobResult::Matches(m)) if m.is_empty() => {}
            Some(result) => {
                results.insert(*blob, result);
            }
            None => to_scan.push(*blob),
        }
    }

    let bar = progress.bar(to_scan.len() as u64, "blobs");
    let sync = repo.clone().into_sync();
    let fresh: Vec<Result<(ObjectId, BlobResult, u64), GitError>> = to_scan
        .par_iter()
        .map_init(
            || sync.to_thread_local(),
            |repo, blob| {
                let path = display_path(path_of(blob).into());
                let scanned = scan_blob(repo, scanner, *blob, &path, redact, max_file_size);
                bar.inc(1);
                scanned.map(|(result, bytes)| (*blob, result, bytes))
            },
        )
        .collect();
    bar.finish_and_clear();
    let fresh: Vec<(ObjectId, BlobResult, u64)> = fresh.into_iter().collect::<Result<_, _>>()?;

    if let Some(cache) = cache {
        // Only redacted results may be stored; an unredacted run stores what holds no secret.
        // A skipped large blob depends on the limit, not on the rules: never cached.
        let storable = fresh.iter().filter(|(_, result, _)| {
            !matches!(result, BlobResult::TooLarge(_))
                && (redact || !matches!(result, BlobResult::Matches(m) if !m.is_empty()))
        });
        cache.put_many(storable.map(|(blob, result, _)| (*blob, path_of(blob), result)))?;
    }
    let mut bytes = 0;
    for (blob, result, size) in fresh {
        bytes += size;
        if !matches!(&result, BlobResult::Matches(m) if m.is_empty()) {
            results.insert(blob, result);
        }
    }
    let mut skipped: Vec<Skipped> = intros
        .order
        .iter()
        .filter_map(|b| {
            let reason = match results.get(b)? {
                BlobResult::Binary => "binary".to_string(),
                BlobResult::TooLarge(size) => crate::fs::too_large(*size, max_file_size),
                BlobResult::Matches(_) => return None,
            };
            Some(Skipped {
                path: display_path(path_of(b).into()),
                reason,
            })
        })
        .collect();
    skipped.dedup();
    Ok(Scanned {
        results,
        bytes,
        skipped,
    })
}

/// Scans one blob under `path`, returning the result and the bytes read.
fn scan_blob(
    repo: &gix::Repository,
    scanner: &Scanner,
    blob: ObjectId,
    path: &str,
    redact: bool,
    max_file_size: u64,
) -> Result<(BlobResult, u64), GitError> {
    let size = crate::git::blob_size(repo, blob)?;
    if size > max_file_size {
        return Ok((BlobResult::TooLarge(size), 0));
    }
    let content = read_blob(repo, blob)?;
    let size = content.len() as u64;
    if is_binary(&content) {
        return Ok((BlobResult::Binary, size));
    }
    let matches = scanner
        .scan(path, &content)?
        .iter()
        .map(|m| CachedMatch {
            finding: to_finding(scanner, m, &Origin::default(), redact),
            end_line: m.end_line,
        })
        .collect();
    Ok((BlobResult::Matches(matches), size))
}

/// Turns the matches of each blob into findings of the commit that introduced them.
fn attribute(
    repo: &gix::Repository,
    scanner: &Scanner,
    commits: &[WalkedCommit],
    intros: &Introductions,
    results: &HashMap<ObjectId, BlobResult>,
) -> Result<Vec<SecretFinding>, GitError> {
    let mut infos: HashMap<u32, CommitInfo> = HashMap::new();
    let mut findings = Vec::new();
    for blob in &intros.order {
        let Some(BlobResult::Matches(matches)) = results.get(blob) else {
            continue;
        };
        let intro = intros.blobs[blob];
        let path = &intros.paths[intro.path as usize];
        let mut kept: Vec<&CachedMatch> = matches.iter().collect();
        if let Some(old) = intro.old {
            let added = AddedLines::between(Some(&read_blob(repo, old)?), &read_blob(repo, *blob)?);
            kept.retain(|m| added.overlaps(m.finding.line, m.end_line));
        }
        if !kept.is_empty() {
            let mut known = HashSet::new();
            let deleted = intros.deleted.get(&intro.commit).into_iter().flatten();
            for earlier in intro.old.iter().chain(deleted) {
                known.extend(secret_keys(repo, scanner, intros, results, *earlier, path)?);
            }
            kept.retain(|m| {
                !known.contains(&(m.finding.rule.clone(), m.finding.fingerprint.clone()))
            });
        }
        if kept.is_empty() {
            continue;
        }
        let info = match infos.entry(intro.commit) {
            std::collections::hash_map::Entry::Occupied(entry) => entry.into_mut(),
            std::collections::hash_map::Entry::Vacant(entry) => {
                entry.insert(commit_info(repo, commits[intro.commit as usize].0)?)
            }
        };
        for m in kept {
            let mut finding = m.finding.clone();
            finding.file = display_path(path.as_ref());
            finding.commit = Some(info.id.clone());
            finding.author = Some(info.author.clone());
            finding.date = Some(info.date.clone());
            findings.push(finding);
        }
    }
    Ok(findings)
}

/// The (rule, fingerprint) pairs in a blob: from this run's results when the blob was
/// scanned, by scanning it now when it lies outside the walked history (`--since`, a
/// shallow boundary).
fn secret_keys(
    repo: &gix::Repository,
    scanner: &Scanner,
    intros: &Introductions,
    results: &HashMap<ObjectId, BlobResult>,
    blob: ObjectId,
    path: &BString,
) -> Result<Vec<(String, String)>, GitError> {
    let keys = |result: &BlobResult| match result {
        BlobResult::Matches(m) => m
            .iter()
            .map(|m| (m.finding.rule.clone(), m.finding.fingerprint.clone()))
            .collect(),
        BlobResult::Binary | BlobResult::TooLarge(_) => Vec::new(),
    };
    if intros.blobs.contains_key(&blob) {
        return Ok(results.get(&blob).map(keys).unwrap_or_default());
    }
    let (result, _) = scan_blob(
        repo,
        scanner,
        blob,
        &display_path(path.as_ref()),
        true,
        u64::MAX,
    )?;
    Ok(keys(&result))
}
