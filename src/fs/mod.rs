//! The working-tree source: files on disk (or standard input), no git needed.
//!
//! Walking uses the `ignore` crate (ripgrep's walker), so `.gitignore`, `.ignore` and
//! global git excludes are respected unless `--no-ignore`. Files are read whole when small
//! and memory-mapped when large, so a 100 MB minified file costs its mapping, not a copy.
//! Anything not scanned (binary, too large, unreadable) is recorded with the reason.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::finding::Skipped;

/// Default for the largest file scanned (`--max-file-size`, `[secrets] max-file-size`):
/// large enough for minified bundles and generated files, small enough to skip disk
/// images and dumps. Git sources apply the same limit to blobs.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 256 * 1024 * 1024;

/// The reason a file or blob over the size limit is skipped.
pub fn too_large(size: u64, limit: u64) -> String {
    format!("larger than --max-file-size ({size} > {limit} bytes)")
}

/// Files at least this large are memory-mapped instead of read into a buffer.
const MMAP_THRESHOLD: u64 = 1024 * 1024;
/// How much of a file's start is inspected to decide that it is binary: git's own
/// `FIRST_FEW_BYTES`, so a file and its blob are judged alike.
const BINARY_SNIFF: usize = 8000;

/// How to walk.
#[derive(Clone, Debug)]
pub struct WalkOptions {
    pub respect_ignore: bool,
    pub max_file_size: u64,
    pub threads: usize,
}

/// A file that will be scanned.
#[derive(Clone, Debug)]
pub struct FileEntry {
    pub path: PathBuf,
    pub size: u64,
}

/// The result of walking the inputs: what to scan and what was skipped while walking.
#[derive(Debug, Default)]
pub struct Walked {
    pub files: Vec<FileEntry>,
    pub skipped: Vec<Skipped>,
}

/// Errors that stop a walk: a named input that does not exist.
#[derive(Debug, thiserror::Error)]
pub enum FsError {
    #[error("{path}: no such file or directory")]
    Missing { path: PathBuf },
    #[error("standard input: {0}")]
    Stdin(std::io::Error),
}

/// Lists the files under `inputs`, in a stable (sorted) order so reports are reproducible.
pub fn walk(inputs: &[PathBuf], options: &WalkOptions) -> Result<Walked, FsError> {
    let mut walked = Walked::default();
    for input in inputs {
        if std::fs::symlink_metadata(input).is_err() {
            return Err(FsError::Missing {
                path: input.clone(),
            });
        }
        let walker = ignore::WalkBuilder::new(input)
            .standard_filters(options.respect_ignore)
            .hidden(false)
            .require_git(false)
            .threads(options.threads)
            .build();
        for entry in walker {
            match entry {
                Ok(entry) => accept_entry(entry, options, &mut walked),
                Err(error) => walked.skipped.push(Skipped {
                    path: error_path(&error).unwrap_or_else(|| input.display().to_string()),
                    reason: format!("unreadable: {error}"),
                }),
            }
        }
    }
    walked.files.sort_by(|a, b| a.path.cmp(&b.path));
    walked.files.dedup_by(|a, b| a.path == b.path);
    Ok(walked)
}

fn accept_entry(entry: ignore::DirEntry, options: &WalkOptions, walked: &mut Walked) {
    let Some(file_type) = entry.file_type() else {
        return;
    };
    if file_type.is_dir() {
        return;
    }
    if file_type.is_symlink() {
        // The target is scanned where it lives inside the tree; outside it, it is not
        // the tree's content.
        walked.skipped.push(Skipped {
            path: display_path(entry.path()),
            reason: "symlink (not followed)".into(),
        });
        return;
    }
    if !file_type.is_file() {
        // A FIFO would block the scan forever, a device is not source: listed, not read.
        walked.skipped.push(Skipped {
            path: display_path(entry.path()),
            reason: "not a regular file".into(),
        });
        return;
    }
    // `.git` is not in any ignore file but is never source.
    if entry.path().components().any(|c| c.as_os_str() == ".git") {
        return;
    }
    let size = entry.metadata().map(|m| m.len()).unwrap_or(0);
    if size > options.max_file_size {
        walked.skipped.push(Skipped {
            path: display_path(entry.path()),
            reason: too_large(size, options.max_file_size),
        });
        return;
    }
    walked.files.push(FileEntry {
        path: entry.into_path(),
        size,
    });
}

fn error_path(error: &ignore::Error) -> Option<String> {
    match error {
        ignore::Error::WithPath { path, .. } => Some(display_path(path)),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            error_path(err)
        }
        _ => None,
    }
}

/// A path as reports show it: relative paths without a leading `./`.
pub fn display_path(path: &Path) -> String {
    let text = path.to_string_lossy();
    text.strip_prefix("./").unwrap_or(&text).to_string()
}

/// A file's content, either owned or mapped.
pub enum Content {
    Owned(Vec<u8>),
    Mapped(memmap2::Mmap),
}

impl std::ops::Deref for Content {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Content::Owned(bytes) => bytes,
            Content::Mapped(map) => map,
        }
    }
}

/// A file's bytes: read into a buffer when small, memory-mapped when large.
pub(crate) fn read(path: &Path, size: u64) -> std::io::Result<Content> {
    let mut file = File::open(path)?;
    if size >= MMAP_THRESHOLD {
        // SAFETY: the map is read-only and lives only for this scan. A file truncated by
        // another process while mapped can fault; scanning a tree that is being rewritten
        // is not supported, as with every mmap-based search tool.
        let map = unsafe { memmap2::Mmap::map(&file)? };
        return Ok(Content::Mapped(map));
    }
    let mut buffer = Vec::with_capacity(size as usize);
    file.read_to_end(&mut buffer)?;
    Ok(Content::Owned(buffer))
}

/// Binary detection as git does it: a NUL byte in the first 8000 bytes. Files and git
/// blobs both go through here. UTF-16 text also has NULs and is skipped too; credentials
/// in UTF-16 files are rare enough to accept that.
pub fn is_binary(content: &[u8]) -> bool {
    let sniff = &content[..content.len().min(BINARY_SNIFF)];
    memchr::memchr(0, sniff).is_some()
}

/// Reads all of standard input.
pub fn read_stdin() -> Result<Vec<u8>, FsError> {
    let mut buffer = Vec::new();
    std::io::stdin()
        .read_to_end(&mut buffer)
        .map_err(FsError::Stdin)?;
    Ok(buffer)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nul_in_the_first_8000_bytes_means_binary() {
        assert!(is_binary(b"\x89PNG\r\n\x1a\n\0\0\0"));
        assert!(!is_binary("plain text ünïcode".as_bytes()));
        let mut late = vec![b'a'; 9000];
        late[8500] = 0;
        assert!(!is_binary(&late));
        late[7999] = 0;
        assert!(is_binary(&late));
    }

    #[test]
    fn walk_respects_gitignore_and_size_limit() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(".gitignore"), "ignored.txt\n").unwrap();
        std::fs::write(dir.path().join("ignored.txt"), "x").unwrap();
        std::fs::write(dir.path().join("kept.txt"), "x").unwrap();
        std::fs::write(dir.path().join("big.txt"), vec![b'a'; 100]).unwrap();
        let options = WalkOptions {
            respect_ignore: true,
            max_file_size: 50,
            threads: 1,
        };
        let walked = walk(&[dir.path().to_path_buf()], &options).unwrap();
        let names: Vec<_> = walked
            .files
            .iter()
            .map(|f| f.path.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, [".gitignore", "kept.txt"]);
        assert_eq!(walked.skipped.len(), 1);
        assert!(walked.skipped[0].reason.contains("max-file-size"));

        let all = walk(
            &[dir.path().to_path_buf()],
            &WalkOptions {
                respect_ignore: false,
                ..options
            },
        )
        .unwrap();
        assert_eq!(all.files.len(), 3);
    }

    #[test]
    fn a_file_that_cannot_be_read_is_an_error_not_empty_content() {
        let gone = PathBuf::from("vanished-between-walk-and-read.txt");
        assert!(read(&gone, 10).is_err());
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_is_listed_as_skipped_and_never_opened() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.is_ok_and(|s| s.success()), "mkfifo {}", fifo.display());
        let options = WalkOptions {
            respect_ignore: true,
            max_file_size: 1 << 20,
            threads: 1,
        };
        let walked = walk(&[dir.path().to_path_buf()], &options).unwrap();
        assert!(walked.files.is_empty());
        assert_eq!(walked.skipped.len(), 1);
        assert_eq!(walked.skipped[0].reason, "not a regular file");
    }

    #[test]
    fn missing_input_is_an_error_naming_it() {
        let options = WalkOptions {
            respect_ignore: true,
            max_file_size: 1,
            threads: 1,
        };
        let error = walk(&[PathBuf::from("no/such/dir")], &options).unwrap_err();
        assert!(error.to_string().contains("no/such/dir"));
    }
}
