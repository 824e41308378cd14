//! The blobs of a repository's packs, decoded in pack order: each entry inflated once and
//! each delta rebuilt from its already decoded base (gix's delta-tree traversal, the one
//! `git verify-pack` style tools use), on every thread.
//!
//! Reading many blobs one by one by id inflates the bases of their delta chains again
//! and again; on a whole history that is most of the work. In pack order the cost is one
//! inflate per entry plus delta copies, whatever the chain depths. Memory stays bounded:
//! the traversal holds one chain of decoded bases per thread, plus a small record per
//! pack entry for the delta tree.
//!
//! Only the repository's own packs are traversed; loose objects and objects of alternates
//! are the caller's to read by id (it knows which blobs it has not seen).

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

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

/// Calls `visit` with every blob of every pack of the repository, from `threads` threads
/// at once, in pack order. A blob stored in two packs is visited twice.
pub(crate) fn for_each_packed_blob(
    repo: &gix::Repository,
    threads: usize,
    visit: &(dyn Fn(ObjectId, &[u8]) + Sync),
) -> Result<(), GitError> {
    let never_interrupt = AtomicBool::new(false);
    for path in pack_indexes(repo)? {
        let bundle = pack::Bundle::at(&path, repo.object_hash())
            .map_err(|e| pack_error(repo, &path, e.to_string()))?;
        let processor = |kind: gix::object::Kind,
                         data: &[u8],
                         entry: &pack::index::Entry,
                         _: &dyn gix::progress::Progress| {
            if kind == gix::object::Kind::Blob {
                visit(entry.oid, data);
            }
            Ok(())
        };
        bundle
            .index
            .traverse_with_index(
                &bundle.pack,
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
