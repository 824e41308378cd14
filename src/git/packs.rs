//! The blobs of a repository's packs, decoded in pack order: each entry inflated once and
//! each delta rebuilt from its already decoded base (gix's delta-tree traversal, the one
//! `git verify-pack` style tools use), on every thread.
//!
//! Reading many blobs one by one by id inflates the bases of their delta chains again
//! and again; on a whole history that is most of the work. In pack order the cost is one
//! inflate per entry plus delta copies, whatever the chain depths. Memory stays bounded:
//! the traversal holds one chain of decoded bases per thread, plus a small record per
//! pack entry for the delta tree. The pack is mapped here rather than by gix so that the
//! pages already read can be handed back as the traversal goes ([`PackMap`]): otherwise
//! the whole pack (500 MB for git/git) would count as resident by the end.
//!
//! Only the repository's own packs are traversed; loose objects and objects of alternates
//! are the caller's to read by id (it knows which blobs it has not seen).

use std::ops::Deref;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use gix::ObjectId;
use gix::odb::pack;

use crate::git::GitError;

/// The repository's pack indexes (`objects/pack/*.idx`).
fn pack_indexes(repo: &gix::Repository) -> Result<Vec<PathBuf>, GitError> {
    let dir = repo.common_dir().join("objects").join("pack");
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(GitError::repository(repo, "cannot list the packs", e)),
    };
    let mut indexes = Vec::new();
    for entry in entries {
        let path = entry
            .map_err(|e| GitError::repository(repo, "cannot list the packs", e))?
            .path();
        if path.extension().is_some_and(|e| e == "idx") && path.with_extension("pack").is_file() {
            indexes.push(path);
        }
    }
    indexes.sort();
    Ok(indexes)
}

/// How many objects the repository's packs hold (an object in two packs counts twice).
pub(crate) fn packed_objects(repo: &gix::Repository) -> Result<u64, GitError> {
    let mut count = 0;
    for path in pack_indexes(repo)? {
        let index = pack::index::File::at(&path, repo.object_hash())
            .map_err(|e| pack_error(repo, &path, e.to_string()))?;
        count += u64::from(index.num_objects());
    }
    Ok(count)
}

/// Decoded bytes after which the pages of the pack read so far are handed back.
const RELEASE_EVERY_BYTES: u64 = 16 << 20;

/// A pack file mapped read-only, shared between gix's pack reader and the traversal that
/// hands its resident pages back.
struct PackMap(Arc<memmap2::Mmap>);

impl Deref for PackMap {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        &self.0
    }
}

impl PackMap {
    fn open(path: &Path) -> std::io::Result<PackMap> {
        let file = std::fs::File::open(path)?;
        // SAFETY: git never rewrites a pack in place (repacking writes a new file and
        // renames it), so the mapped bytes do not change under us; the same assumption
        // every git implementation that maps packs makes.
        let map = unsafe { memmap2::Mmap::map(&file)? };
        Ok(PackMap(Arc::new(map)))
    }

    /// Drops the mapping's resident pages. Reads after this fault the pages in again from
    /// the page cache, so it changes no byte a reader sees, only what counts as this
    /// process's memory.
    fn release_pages(map: &memmap2::Mmap) {
        // SAFETY: the mapping is a shared, read-only map of an unchanging file: after
        // MADV_DONTNEED the next access reads the same bytes from the file again.
        #[cfg(unix)]
        let _ = unsafe { map.unchecked_advise(memmap2::UncheckedAdvice::DontNeed) };
        #[cfg(not(unix))]
        let _ = map;
    }
}

/// Calls `visit` with every blob of every pack of the repository, from `threads` threads
/// at once, in pack order. A blob stored in two packs is visited twice.
pub(crate) fn for_each_packed_blob(
    repo: &gix::Repository,
    threads: usize,
    visit: &(dyn Fn(ObjectId, &[u8]) + Sync),
) -> Result<(), GitError> {
    let never_interrupt = AtomicBool::new(false);
    for path in pack_indexes(repo)? {
        let index = pack::index::File::at(&path, repo.object_hash())
            .map_err(|e| pack_error(repo, &path, e.to_string()))?;
        let pack_path = path.with_extension("pack");
        let map = PackMap::open(&pack_path).map_err(|e| pack_error(repo, &path, e.to_string()))?;
        let shared = Arc::clone(&map.0);
        let pack = pack::data::File::from_data(map, pack_path, repo.object_hash())
            .map_err(|e| pack_error(repo, &path, e.to_string()))?;
        let decoded = AtomicU64::new(0);
        let processor = |kind: gix::object::Kind,
                         data: &[u8],
                         entry: &pack::index::Entry,
                         _: &dyn gix::progress::Progress| {
            if kind == gix::object::Kind::Blob {
                visit(entry.oid, data);
            }
            let before = decoded.fetch_add(data.len() as u64, Ordering::Relaxed);
            if before / RELEASE_EVERY_BYTES != (before + data.len() as u64) / RELEASE_EVERY_BYTES {
                PackMap::release_pages(&shared);
            }
            Ok(())
        };
        index
            .traverse_with_index(
                &pack,
                processor,
                &mut gix::progress::Discard,
                &never_interrupt,
                pack::index::traverse::with_index::Options {
                    // Reading by id does not verify checksums either; git wrote these.
                    check:
                        pack::index::traverse::SafetyCheck::SkipFileAndObjectChecksumVerification,
                    thread_limit: Some(threads.max(1)),
                    alloc_limit_bytes: None,
                },
            )
            .map_err(|e| pack_error(repo, &path, e.to_string()))?;
    }
    Ok(())
}

fn pack_error(repo: &gix::Repository, path: &std::path::Path, message: String) -> GitError {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    GitError::repository(repo, format!("cannot read the pack {name}"), message)
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;
    use std::process::Command;
    use std::sync::Mutex;

    use super::*;

    fn git(dir: &std::path::Path, args: &[&str]) {
        let status = Command::new("git")
            .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
            .args(args)
            .current_dir(dir)
            .status()
            .unwrap();
        assert!(status.success(), "git {args:?}");
    }

    #[test]
    fn every_packed_blob_comes_out_whole_including_deltas() {
        let dir = tempfile::tempdir().unwrap();
        git(dir.path(), &["init", "-q"]);
        let base: String = (0..400)
            .map(|i| format!("line {i} of a long file\n"))
            .collect();
        for round in 0..4 {
            let text = format!("{base}edit {round}\n");
            std::fs::write(dir.path().join("f.txt"), &text).unwrap();
            git(dir.path(), &["add", "."]);
            git(dir.path(), &["commit", "-q", "-m", "edit"]);
        }
        git(dir.path(), &["gc", "-q", "--aggressive"]);
        let repo = gix::open(dir.path()).unwrap();
        assert!(
            packed_objects(&repo).unwrap() >= 12,
            "4 commits, trees, blobs"
        );
        let seen = Mutex::new(HashMap::new());
        for_each_packed_blob(&repo, 2, &|id, data| {
            seen.lock().unwrap().insert(id, data.to_vec());
        })
        .unwrap();
        let seen = seen.into_inner().unwrap();
        assert_eq!(seen.len(), 4, "one blob per version of f.txt");
        for (id, data) in seen {
            let by_id = repo.find_blob(id).unwrap().data.clone();
            assert_eq!(
                data, by_id,
                "blob {id} decoded in pack order equals the blob by id"
            );
        }
    }
}
