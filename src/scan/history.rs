//! The full-history audit: every blob the selected history introduced (see
//! `git::history`), each distinct blob scanned once, each finding attributed to the
//! earliest commit that introduced its blob.
//!
//! 1. **Introductions** come from `git::history`.
//! 2. **Scan.** Each distinct blob is scanned once, in parallel, under its first path;
//!    results come from and go to the persistent [cache](super::cache).
//! 3. **Attribution.** For the few blobs with matches, the rule of [`super::new`] decides
//!    which matches the introducing commit added (lines added relative to the previous
//!    blob, rule + secret not already in it nor in a file the commit deleted). So an edit
//!    elsewhere in a file that holds an old secret, or a rename, does not report the
//!    secret again, while a secret added and deleted in the next commit is found.
//!
//! # Memory ceiling
//!
//! Content in memory is bounded by the blobs in flight: one blob per scanning thread in
//! phase 2, one blob and its previous version in phase 3 — never the whole history. Per
//! distinct blob the scan result is kept only when it has matches (or was skipped), next
//! to the introductions' metadata (about 80 bytes per distinct blob in all). A repository
//! with a million distinct blobs therefore needs on the order of 100 MB.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Instant;

use gix::ObjectId;
use gix::bstr::BString;
use rayon::prelude::*;

use crate::finding::{SecretFinding, Skipped, Stats};
use crate::fs::{is_binary, too_large};
use crate::git::added::AddedLines;
use crate::git::history::{Introductions, WalkedCommit};
use crate::git::{self, CommitInfo, blob_size, commit_info, display_path, read_blob};
use crate::progress::Progress;
use crate::scan::cache::{BlobResult, Cache, CachedMatch};
use crate::scan::history_state;
use crate::scan::new::{Candidate, SecretKey, retain_new};
use crate::scan::{GitScan, Origin, ScanError, to_finding};
use crate::secrets::{Scanner, ruleset_hash};

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
) -> Result<GitScan, ScanError> {
    let started = Instant::now();
    let repo = git::open(repo_path)?;
    let progress = Progress::new(options.progress);
    let ruleset = std::cell::OnceCell::new();
    let ruleset =
        || ruleset.get_or_init(|| ruleset_hash(&scanner.rules().cloned().collect::<Vec<_>>()));
    let state_file = state_file(&repo, options, ruleset);
    // Fingerprints under another salt are of no use; the salt is asked only when a saved
    // result has matches (asking may create the salt file).
    let saved = state_file
        .as_deref()
        .and_then(history_state::load)
        .filter(|state| {
            let matches = state.results.values().filter_map(|r| match r {
                BlobResult::Matches(m) => Some(m),
                _ => None,
            });
            let mut salts = matches.flatten().map(|m| &m.salt).peekable();
            salts.peek().is_none() || {
                let current = scanner.fingerprinter().salt().id();
                salts.all(|salt| *salt == current)
            }
        });
    // Commits and trees are read through a handle of their own, dropped once the walk is
    // done: the pack pages it mapped would otherwise stay resident through the blob scan,
    // next to the pages the pack-order decoding maps.
    let walked = walk(&git::open(repo_path)?, options, saved, &progress)?;
    let Walked {
        tips,
        commits,
        mut intros,
        mut results,
        pending,
        changed,
    } = walked;

    let mut bytes = 0;
    if pending < intros.order.len() {
        let mut cache = match &options.cache_dir {
            Some(dir) => Some(Cache::open(dir, ruleset())?),
            None => None,
        };
        let blobs = &intros.order[pending..];
        let scanned = scan_blobs(
            &repo,
            scanner,
            &intros,
            blobs,
            cache.as_mut(),
            options,
            &progress,
        )?;
        bytes = scanned.bytes;
        results.extend(scanned.results);
    }
    if let Some(file) = &state_file
        && changed
    {
        // A state that cannot be written costs the next run time, never a finding.
        let _ = history_state::save(file, &tips, &commits, &intros, &results);
    }
    name_paths(&repo, &commits, &mut intros, &results)?;

    let findings = attribute(&repo, scanner, &commits, &intros, &results)?;
    let stats = Stats {
        commits: commits.len() as u64,
        blobs: intros.order.len() as u64,
        files: intros.paths.len() as u64,
        bytes,
        skipped: skipped(&intros, &results, options.max_file_size),
        elapsed_ms: started.elapsed().as_millis() as u64,
        ..Stats::default()
    };
    Ok(GitScan {
        findings,
        stats,
        ..GitScan::default()
    })
}

/// The saved state this audit may use: only with the cache, for a whole history (no
/// `--since`, not shallow) and a redacted report (the state holds no secrets).
fn state_file<'a>(
    repo: &gix::Repository,
    options: &HistoryOptions,
    ruleset: impl Fn() -> &'a String,
) -> Option<PathBuf> {
    let dir = options.cache_dir.as_ref()?;
    if options.since.is_some() || !options.redact || repo.is_shallow().unwrap_or(true) {
        return None;
    }
    let git_dir = repo.git_dir().canonicalize().ok()?;
    Some(history_state::state_path(
        dir,
        &[
            git_dir.as_os_str().as_encoded_bytes(),
            &[u8::from(options.all_refs)],
            ruleset().as_bytes(),
            &options.max_file_size.to_le_bytes(),
        ],
    ))
}

/// The history to audit, with what a saved state already knew of it.
struct Walked {
    tips: Vec<ObjectId>,
    commits: Vec<WalkedCommit>,
    intros: Introductions,
    /// Results of blobs that are not clean, from the saved state.
    results: HashMap<ObjectId, BlobResult>,
    /// `intros.order[pending..]` are the blobs still to scan.
    pending: usize,
    /// Whether there is anything the saved state did not hold.
    changed: bool,
}

/// Walks the history, or only what is new since a saved state: when every tip of the
/// saved walk is still a tip or a parent of a new commit, the history is the saved one
/// plus the new commits, so only those are diffed. Otherwise (a ref deleted or rewound)
/// the whole history is walked again.
fn walk(
    repo: &gix::Repository,
    options: &HistoryOptions,
    saved: Option<history_state::State>,
    progress: &Progress,
) -> Result<Walked, ScanError> {
    let tips = git::history::tips(repo, options.all_refs)?;
    if let Some(state) = saved {
        if state.tips == tips {
            return Ok(Walked {
                tips,
                pending: state.intros.order.len(),
                commits: state.commits,
                intros: state.intros,
                results: state.results,
                changed: false,
            });
        }
        let new = git::history::commits_between(repo, tips.clone(), state.tips.clone())?;
        let boundary: HashSet<&ObjectId> = tips
            .iter()
            .chain(new.iter().flat_map(|(_, parents)| parents))
            .collect();
        if state.tips.iter().all(|tip| boundary.contains(tip)) {
            let (mut commits, mut intros) = (state.commits, state.intros);
            let pending = intros.order.len();
            let bar = progress.bar(new.len() as u64, "commits");
            git::history::extend_introductions(repo, &mut intros, &new, commits.len(), &|n| {
                bar.inc(n)
            })?;
            bar.finish_and_clear();
            commits.extend(new);
            return Ok(Walked {
                tips,
                commits,
                intros,
                results: state.results,
                pending,
                changed: true,
            });
        }
    }
    let hidden = match &options.since {
        Some(rev) => vec![git::resolve_commit(repo, rev)?],
        None => Vec::new(),
    };
    let commits = git::history::commits_between(repo, tips.clone(), hidden)?;
    let bar = progress.bar(commits.len() as u64, "commits");
    let intros = git::history::introductions(repo, &commits, &|n| bar.inc(n))?;
    bar.finish_and_clear();
    Ok(Walked {
        tips,
        commits,
        intros,
        results: HashMap::new(),
        pending: 0,
        changed: true,
    })
}

/// Finds again the paths a report needs (those of blobs with results) that a restored
/// state knows only by hash: in the tree of the commit that introduced each.
fn name_paths(
    repo: &gix::Repository,
    commits: &[WalkedCommit],
    intros: &mut Introductions,
    results: &HashMap<ObjectId, BlobResult>,
) -> Result<(), ScanError> {
    let mut wanted: HashMap<u32, HashMap<[u8; 32], u32>> = HashMap::new();
    let hashes = intros.path_hashes();
    for blob in results.keys() {
        let Some(intro) = intros.blobs.get(blob) else {
            continue;
        };
        if intros.paths[intro.path as usize].is_empty() {
            wanted
                .entry(intro.commit)
                .or_default()
                .insert(hashes[intro.path as usize], intro.path);
        }
    }
    let mut by_commit: Vec<_> = wanted.into_iter().collect();
    by_commit.sort_by_key(|(commit, _)| *commit);
    for (commit, mut paths) in by_commit {
        paths.retain(|_, id| intros.paths[*id as usize].is_empty());
        if paths.is_empty() {
            continue;
        }
        let tree = git::commit_tree(repo, commits[commit as usize].0)?;
        for path in git::tree::tree_files(repo, tree)?.into_keys() {
            if let Some(id) = paths.remove(blake3::hash(&path).as_bytes()) {
                intros.set_path(id, path);
            }
        }
    }
    Ok(())
}

struct Scanned {
    /// Blobs that are binary or have matches; clean blobs are not kept.
    results: HashMap<ObjectId, BlobResult>,
    bytes: u64,
}

fn scan_blobs(
    repo: &gix::Repository,
    scanner: &Scanner,
    intros: &Introductions,
    blobs: &[ObjectId],
    cache: Option<&mut Cache>,
    options: &HistoryOptions,
    progress: &Progress,
) -> Result<Scanned, ScanError> {
    let redact = options.redact;
    let path_of = |blob: &ObjectId| intros.path_of(blob).as_slice();
    let cached: Vec<Option<BlobResult>> = match &cache {
        Some(cache) => cache.get_many(blobs.iter().map(|b| (*b, path_of(b))))?,
        None => vec![None; blobs.len()],
    };
    let mut results = HashMap::new();
    let mut to_scan = Vec::new();
    // Asked only when a cached blob has matches: those need a salt anyway.
    let salt = std::cell::OnceCell::new();
    let other_salt = |m: &[CachedMatch]| {
        let current = salt.get_or_init(|| scanner.fingerprinter().salt().id());
        m.iter().any(|c| c.salt != *current)
    };
    for (blob, cached) in blobs.iter().zip(cached) {
        match cached {
            // An unredacted report needs the secrets, which the cache never holds.
            Some(BlobResult::Matches(m)) if !redact && !m.is_empty() => to_scan.push(*blob),
            // Fingerprints under another salt are of no use here.
            Some(BlobResult::Matches(m)) if other_salt(&m) => to_scan.push(*blob),
            Some(BlobResult::Matches(m)) if m.is_empty() => {}
            Some(result) => {
                results.insert(*blob, result);
            }
            None => to_scan.push(*blob),
        }
    }

    let bar = progress.bar(to_scan.len() as u64, "blobs");
    let fresh = scan_fresh(repo, scanner, &path_of, &to_scan, options, &|| bar.inc(1))?;
    bar.finish_and_clear();

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
    Ok(Scanned { results, bytes })
}

/// The blobs that were not scanned (binary, too large), by the path that introduced them.
fn skipped(
    intros: &Introductions,
    results: &HashMap<ObjectId, BlobResult>,
    max_file_size: u64,
) -> Vec<Skipped> {
    let mut skipped: Vec<Skipped> = intros
        .order
        .iter()
        .filter_map(|b| {
            let reason = match results.get(b)? {
                BlobResult::Binary => "binary".to_string(),
                BlobResult::TooLarge(size) => too_large(*size, max_file_size),
                BlobResult::Matches(_) => return None,
            };
            Some(Skipped {
                path: display_path(intros.path_of(b).as_ref()),
                reason,
            })
        })
        .collect();
    skipped.dedup();
    skipped
}

/// Blobs to scan per object in the packs at which decoding the packs whole, in pack
/// order, beats reading the blobs by id: a whole-history audit selects one blob for every
/// few objects (commits and trees are the rest), a `--since` audit of a few commits one
/// in thousands.
const PACK_ORDER_SHARE: u64 = 8;

/// Scans `blobs`, each under the path that introduced it: as the packs decode them when
/// they are a good part of the packs, by id otherwise and for those no pack holds (loose
/// objects, alternates). `tick` is called once per blob.
fn scan_fresh<'a>(
    repo: &gix::Repository,
    scanner: &Scanner,
    path_of: &(dyn Fn(&ObjectId) -> &'a [u8] + Sync),
    blobs: &[ObjectId],
    options: &HistoryOptions,
    tick: &(dyn Fn() + Sync),
) -> Result<Vec<(ObjectId, BlobResult, u64)>, ScanError> {
    type Slot = OnceLock<Result<(BlobResult, u64), ScanError>>;
    let (redact, max_file_size) = (options.redact, options.max_file_size);
    let slots: Vec<Slot> = blobs.iter().map(|_| OnceLock::new()).collect();
    if !blobs.is_empty()
        && blobs.len() as u64 * PACK_ORDER_SHARE >= git::packs::packed_objects(repo)?
    {
        let index: HashMap<ObjectId, usize> =
            blobs.iter().enumerate().map(|(i, b)| (*b, i)).collect();
        git::packs::for_each_packed_blob(repo, rayon::current_num_threads(), &|id, data| {
            if let Some(&i) = index.get(&id) {
                // A blob in two packs is scanned once.
                slots[i].get_or_init(|| {
                    tick();
                    let path = display_path(path_of(&id).into());
                    let size = data.len() as u64;
                    if size > max_file_size {
                        return Ok((BlobResult::TooLarge(size), 0));
                    }
                    Ok((scan_content(scanner, &path, data, redact)?, size))
                });
            }
        })?;
    }
    let sync = repo.clone().into_sync();
    blobs
        .par_iter()
        .zip(slots.into_par_iter())
        .map_init(
            || sync.to_thread_local(),
            |repo, (blob, slot)| {
                let scanned = match slot.into_inner() {
                    Some(scanned) => scanned,
                    None => {
                        let path = display_path(path_of(blob).into());
                        let scanned = scan_blob(repo, scanner, *blob, &path, redact, max_file_size);
                        tick();
                        scanned
                    }
                };
                scanned.map(|(result, bytes)| (*blob, result, bytes))
            },
        )
        .collect()
}

/// Scans one blob under `path`, returning the result and the bytes read.
fn scan_blob(
    repo: &gix::Repository,
    scanner: &Scanner,
    blob: ObjectId,
    path: &str,
    redact: bool,
    max_file_size: u64,
) -> Result<(BlobResult, u64), ScanError> {
    let size = blob_size(repo, blob)?;
    if size > max_file_size {
        return Ok((BlobResult::TooLarge(size), 0));
    }
    let content = read_blob(repo, blob)?;
    let size = content.len() as u64;
    Ok((scan_content(scanner, path, &content, redact)?, size))
}

/// What a blob's content holds, scanned under `path`.
fn scan_content(
    scanner: &Scanner,
    path: &str,
    content: &[u8],
    redact: bool,
) -> Result<BlobResult, ScanError> {
    if is_binary(content) {
        return Ok(BlobResult::Binary);
    }
    let matches = scanner
        .scan(path, content)?
        .iter()
        .map(|m| {
            let finding = to_finding(scanner, m, &Origin::default(), redact);
            CachedMatch {
                identity: finding.identity.clone(),
                salt: scanner.fingerprinter().salt().id(),
                finding,
                end_line: m.end_line,
            }
        })
        .collect();
    Ok(BlobResult::Matches(matches))
}

impl Candidate for &CachedMatch {
    fn lines(&self) -> (u32, u32) {
        (self.finding.line, self.end_line)
    }

    fn key(&self) -> SecretKey {
        (self.finding.rule.clone(), self.identity.clone())
    }
}

/// Turns the matches of each blob into findings of the commit that introduced them.
fn attribute(
    repo: &gix::Repository,
    scanner: &Scanner,
    commits: &[WalkedCommit],
    intros: &Introductions,
    results: &HashMap<ObjectId, BlobResult>,
) -> Result<Vec<SecretFinding>, ScanError> {
    let mut infos: HashMap<u32, CommitInfo> = HashMap::new();
    let mut findings = Vec::new();
    for blob in &intros.order {
        let Some(BlobResult::Matches(matches)) = results.get(blob) else {
            continue;
        };
        let intro = intros.blobs[blob];
        let path = &intros.paths[intro.path as usize];
        let mut kept: Vec<&CachedMatch> = matches.iter().collect();
        retain_new(
            &mut kept,
            || -> Result<AddedLines, ScanError> {
                Ok(match intro.old {
                    Some(old) => {
                        AddedLines::between(Some(&read_blob(repo, old)?), &read_blob(repo, *blob)?)
                    }
                    None => AddedLines::All,
                })
            },
            || {
                let mut known = HashSet::new();
                let deleted = intros.deleted.get(&intro.commit).into_iter().flatten();
                for earlier in intro.old.iter().chain(deleted) {
                    known.extend(secret_keys(repo, scanner, intros, results, *earlier, path)?);
                }
                Ok(known)
            },
        )?;
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
            finding.identity = m.identity.clone();
            finding.file = display_path(path.as_ref());
            finding.commit = Some(info.id.clone());
            finding.author = Some(info.author.clone());
            finding.date = Some(info.date.clone());
            findings.push(finding);
        }
    }
    Ok(findings)
}

/// The (rule, identity) pairs in a blob: from this run's results when the blob was
/// scanned, by scanning it now when it lies outside the walked history (`--since`, a
/// shallow boundary).
fn secret_keys(
    repo: &gix::Repository,
    scanner: &Scanner,
    intros: &Introductions,
    results: &HashMap<ObjectId, BlobResult>,
    blob: ObjectId,
    path: &BString,
) -> Result<Vec<SecretKey>, ScanError> {
    let keys = |result: &BlobResult| match result {
        BlobResult::Matches(m) => m
            .iter()
            .map(|m| (m.finding.rule.clone(), m.identity.clone()))
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
