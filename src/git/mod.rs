//! Git sources: the staged change (pre-commit), a commit range (pull-request check) and a
//! repository's whole history, read with gix — never by shelling out to `git`, so the
//! result does not depend on the user's git version, aliases or pager configuration.
//!
//! Every source scans whole blobs (so multi-line secrets and rules that need context still
//! match) and then keeps only what the change *adds*, by one rule shared by all three
//! commands (see [`changes`]):
//!
//! > A match is new when it overlaps a line that the change added to its file, and its
//! > rule + secret pair occurs neither in that file's previous version nor in any file
//! > the same change deletes.
//!
//! The second half is what makes a rename (a deletion plus an addition, with or without
//! edits) or a move of a line within a file not a new finding, without depending on git's
//! similarity-based rename detection. A secret copied from a file the change does not
//! touch is reported: it is a new occurrence, and proving otherwise would mean scanning the
//! whole base tree, which a pre-commit hook cannot afford.

pub mod added;
mod cache;
pub mod changes;
pub mod history;
pub mod hook;
pub mod range;
pub mod snapshot;
pub mod staged;

use std::path::{Path, PathBuf};

use gix::ObjectId;
use gix::bstr::{BStr, ByteSlice};

use crate::finding::{SecretFinding, Stats};
use crate::secrets::engine::CompileError;

pub use history::{HistoryOptions, history};
pub use range::range;
pub use snapshot::{Snapshot, TreeRef};
pub use staged::staged;

/// What every git source needs to know besides the repository and the rules.
#[derive(Clone, Debug)]
pub struct ScanOptions {
    /// Redact secrets in the findings (everything but `--no-redact`).
    pub redact: bool,
    /// Blobs larger than this are skipped (and listed), never read into memory.
    pub max_file_size: u64,
}

impl Default for ScanOptions {
    fn default() -> Self {
        ScanOptions {
            redact: true,
            max_file_size: crate::fs::DEFAULT_MAX_FILE_SIZE,
        }
    }
}

/// The result of a git scan: the findings, the counters for the report, and the lockfiles
/// the change touched, so the dependency diff runs over exactly the same change without
/// reading git again.
#[derive(Debug, Default)]
pub struct GitScan {
    pub findings: Vec<SecretFinding>,
    pub stats: Stats,
    pub lockfiles: Vec<ChangedFile>,
    /// The two sides of the change, for reading a lockfile's companions.
    pub base: TreeRef,
    pub head: TreeRef,
}

/// A lockfile or package manifest that a change touched, with both versions; `None` on a
/// side where the file does not exist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChangedFile {
    pub path: String,
    pub base: Option<Vec<u8>>,
    pub head: Option<Vec<u8>>,
}

/// Everything that can go wrong reading git. Each variant names the path, ref or object it
/// is about; the CLI maps all of them to exit code 2, so a source that could not be read
/// never passes as "no findings".
#[derive(Debug, thiserror::Error)]
pub enum GitError {
    #[error("{path}: not a git repository (or any of its parents): {message}")]
    NotARepository { path: PathBuf, message: String },
    #[error("{path}: a bare repository has no index; `check --staged` needs a working tree")]
    Bare { path: PathBuf },
    #[error("unknown revision `{rev}`: {message}")]
    UnknownRef { rev: String, message: String },
    #[error(
        "`{base}` and `{head}` have no merge base in this shallow clone, so the change cannot be \
         determined; fetch the missing history with `git fetch --unshallow` (or `git fetch \
         --deepen=<commits>`), or check out with `fetch-depth: 0` in CI"
    )]
    ShallowMergeBase { base: String, head: String },
    #[error(
        "`{base}` and `{head}` have no common ancestor; pass a base that shares history with the head"
    )]
    NoMergeBase { base: String, head: String },
    #[error("cannot read {what} `{id}`: {message}")]
    Object {
        what: &'static str,
        id: String,
        message: String,
    },
    #[error("{path}: cannot read the repository: {message}")]
    Repository { path: PathBuf, message: String },
    #[error(transparent)]
    Rule(#[from] CompileError),
    #[error("scan cache {path}: {message}")]
    Cache { path: PathBuf, message: String },
}

/// Opens the repository containing `path`, as `git` would find it (worktrees, `.git`
/// files of linked worktrees and submodules, `GIT_DIR`).
pub fn open(path: &Path) -> Result<gix::Repository, GitError> {
    let repo = gix::discover(path).map_err(|e| GitError::NotARepository {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    Ok(repo)
}

/// Resolves a revision to the commit it names (tags are peeled).
pub(crate) fn resolve_commit(repo: &gix::Repository, rev: &str) -> Result<ObjectId, GitError> {
    let unknown = |message: String| GitError::UnknownRef {
        rev: rev.to_string(),
        message,
    };
    let id = repo
        .rev_parse_single(rev)
        .map_err(|e| unknown(e.to_string()))?;
    let object = id
        .object()
        .map_err(|e| unknown(e.to_string()))?
        .peel_to_commit()
        .map_err(|e| unknown(e.to_string()))?;
    Ok(object.id)
}

/// A blob's size from its header, without inflating it.
pub(crate) fn blob_size(repo: &gix::Repository, id: ObjectId) -> Result<u64, GitError> {
    repo.find_header(id)
        .map(|header| header.size())
        .map_err(|e| GitError::Object {
            what: "blob",
            id: id.to_string(),
            message: e.to_string(),
        })
}

/// Reads a blob's bytes. A missing or unreadable object is an error naming it: a scan that
/// silently skipped it could pass a secret.
pub(crate) fn read_blob(repo: &gix::Repository, id: ObjectId) -> Result<Vec<u8>, GitError> {
    let mut blob = repo.find_blob(id).map_err(|e| GitError::Object {
        what: "blob",
        id: id.to_string(),
        message: e.to_string(),
    })?;
    Ok(blob.take_data())
}

/// The error for an unreadable commit, naming it.
pub(crate) fn commit_error(id: ObjectId, message: impl ToString) -> GitError {
    GitError::Object {
        what: "commit",
        id: id.to_string(),
        message: message.to_string(),
    }
}

/// Reads a commit; a missing or corrupt one is an error naming it.
pub(crate) fn find_commit(
    repo: &gix::Repository,
    id: ObjectId,
) -> Result<gix::Commit<'_>, GitError> {
    repo.find_commit(id).map_err(|e| commit_error(id, e))
}

/// Reads a commit's tree id.
pub(crate) fn commit_tree(repo: &gix::Repository, id: ObjectId) -> Result<ObjectId, GitError> {
    Ok(find_commit(repo, id)?
        .tree_id()
        .map_err(|e| commit_error(id, e))?
        .detach())
}

/// Git's own test for binary content: a NUL byte in the first 8000 bytes.
pub(crate) fn is_binary(content: &[u8]) -> bool {
    content[..content.len().min(8000)].contains(&0)
}

/// A repository path as a report shows it: UTF-8 where it is, with replacement characters
/// where it is not (the finding still points at the right file for a human).
pub(crate) fn display_path(path: &BStr) -> String {
    path.to_str_lossy().into_owned()
}

/// The commit metadata a finding carries.
#[derive(Clone, Debug, Default)]
pub(crate) struct CommitInfo {
    pub id: String,
    pub author: String,
    pub date: String,
}

/// The author as the repository's `.mailmap` names them (so one person is one author
/// across old and new addresses), with the commit's own date.
pub(crate) fn commit_info(repo: &gix::Repository, id: ObjectId) -> Result<CommitInfo, GitError> {
    let commit = find_commit(repo, id)?;
    let author = commit.author().map_err(|e| commit_error(id, e))?.trim();
    let time = author.time().map_err(|e| commit_error(id, e))?;
    let mailmap = repo.open_mailmap();
    let person = mailmap.resolve_cow(author);
    Ok(CommitInfo {
        id: id.to_string(),
        author: format!("{} <{}>", person.name, person.email),
        date: rfc3339(time.seconds, time.offset),
    })
}

/// Formats a git timestamp with its original offset, as RFC 3339.
fn rfc3339(seconds: i64, offset: i32) -> String {
    let zoned = jiff::Timestamp::from_second(seconds)
        .ok()
        .zip(jiff::tz::Offset::from_seconds(offset).ok())
        .map(|(ts, off)| ts.to_zoned(jiff::tz::TimeZone::fixed(off)));
    match zoned {
        Some(z) => z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
        None => seconds.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn git_times_keep_their_offset() {
        assert_eq!(rfc3339(0, 3600), "1970-01-01T01:00:00+01:00");
        assert_eq!(rfc3339(1_700_000_000, 0), "2023-11-14T22:13:20+00:00");
    }

    #[test]
    fn nul_in_the_first_8000_bytes_means_binary() {
        assert!(is_binary(b"abc\0def"));
        assert!(!is_binary(b"plain text\n"));
        let mut late = vec![b'a'; 9000];
        late[8500] = 0;
        assert!(!is_binary(&late));
    }
}
