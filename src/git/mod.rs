//! Git as a source: the staged change (pre-commit), a commit range (pull-request check)
//! and a repository's whole history, read with gix — never by shelling out to `git`, so
//! the result does not depend on the user's git version, aliases or pager configuration.
//!
//! This module yields change sets (which paths a change touched, with their old and new
//! blob), the commits of a range or a history with the blobs each introduced, and blob
//! readers. It knows nothing of the scanner, of findings or of progress bars: `scan`
//! decides what in those blobs is a new secret, `deps` what the lockfiles changed.
//!
//! Errors are typed ([`GitError`]), each naming the path, revision or object it is about,
//! with gix's error as its `source`; the CLI maps every one to exit code 2, so a source
//! that could not be read never passes as "no findings".

pub mod added;
pub(crate) mod changes;
pub(crate) mod history;
pub mod hook;
pub(crate) mod packs;
pub(crate) mod range;
pub(crate) mod snapshot;
pub(crate) mod staged;
pub(crate) mod tree;

use std::path::{Path, PathBuf};

use gix::ObjectId;
use gix::bstr::{BStr, ByteSlice};

pub use snapshot::Snapshot;
pub use tree::TreeRef;

/// A gix error, kept whole as the `source` of a [`GitError`].
pub type Source = Box<dyn std::error::Error + Send + Sync + 'static>;

/// Everything that can go wrong reading git. Each variant names the path, ref or object it
/// is about; the underlying gix error is its `source`.
#[derive(Debug, thiserror::Error)]
pub enum GitError {
    #[error("{}: not a git repository (or any of its parents)", path.display())]
    NotARepository {
        path: PathBuf,
        #[source]
        source: Source,
    },
    #[error("{}: a bare repository has no index; `check --staged` needs a working tree", path.display())]
    Bare { path: PathBuf },
    #[error("unknown revision `{rev}`")]
    UnknownRef {
        rev: String,
        #[source]
        source: Source,
    },
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
    #[error("cannot read {what} `{id}`")]
    Object {
        what: &'static str,
        id: ObjectId,
        #[source]
        source: Source,
    },
    #[error("{}: {context}", path.display())]
    Repository {
        path: PathBuf,
        /// What was being read: "cannot read the index", "walking history", ...
        context: String,
        #[source]
        source: Source,
    },
}

impl GitError {
    /// A failure reading `repo` as a whole, with what was being read.
    pub(crate) fn repository(
        repo: &gix::Repository,
        context: impl Into<String>,
        source: impl Into<Source>,
    ) -> GitError {
        GitError::Repository {
            path: repo.git_dir().to_path_buf(),
            context: context.into(),
            source: source.into(),
        }
    }

    /// A failure reading one object.
    pub(crate) fn object(what: &'static str, id: ObjectId, source: impl Into<Source>) -> GitError {
        GitError::Object {
            what,
            id,
            source: source.into(),
        }
    }
}

/// Opens the repository containing `path`, as `git` would find it (worktrees, `.git`
/// files of linked worktrees and submodules, `GIT_DIR`).
pub fn open(path: &Path) -> Result<gix::Repository, GitError> {
    gix::discover(path).map_err(|e| GitError::NotARepository {
        path: path.to_path_buf(),
        source: Box::new(e),
    })
}

/// The top of the working tree (the git dir of a bare repository): where the
/// configuration and ignore file are looked for, whatever directory a hook runs in.
pub fn worktree_root(repo: &Path) -> Result<PathBuf, GitError> {
    let repo = open(repo)?;
    Ok(repo.workdir().unwrap_or(repo.git_dir()).to_path_buf())
}

/// The owner (user or organisation) in the URL of the `origin` remote
/// (`https://host/owner/repo.git`, `git@host:owner/repo.git`), if there is one.
pub(crate) fn origin_owner(repo: &Path) -> Option<String> {
    let repo = open(repo).ok()?;
    let url = repo
        .config_snapshot()
        .string("remote.origin.url")?
        .to_string();
    let path = url.trim_end_matches('/').trim_end_matches(".git");
    let mut parts = path.rsplit(['/', ':']);
    parts.next()?;
    parts
        .next()
        .filter(|owner| !owner.is_empty() && !owner.contains('@'))
        .map(str::to_string)
}

/// Resolves a revision to the commit it names (tags are peeled).
pub(crate) fn resolve_commit(repo: &gix::Repository, rev: &str) -> Result<ObjectId, GitError> {
    let unknown = |source: Source| GitError::UnknownRef {
        rev: rev.to_string(),
        source,
    };
    let id = repo
        .rev_parse_single(rev)
        .map_err(|e| unknown(Box::new(e)))?;
    let object = id
        .object()
        .map_err(|e| unknown(Box::new(e)))?
        .peel_to_commit()
        .map_err(|e| unknown(Box::new(e)))?;
    Ok(object.id)
}

/// A blob's size from its header, without inflating it.
pub(crate) fn blob_size(repo: &gix::Repository, id: ObjectId) -> Result<u64, GitError> {
    repo.find_header(id)
        .map(|header| header.size())
        .map_err(|e| GitError::object("blob", id, e))
}

/// Reads a blob's bytes. A missing or unreadable object is an error naming it: a scan that
/// silently skipped it could pass a secret.
pub(crate) fn read_blob(repo: &gix::Repository, id: ObjectId) -> Result<Vec<u8>, GitError> {
    let mut blob = repo
        .find_blob(id)
        .map_err(|e| GitError::object("blob", id, e))?;
    Ok(blob.take_data())
}

/// Reads a commit; a missing or corrupt one is an error naming it.
pub(crate) fn find_commit(
    repo: &gix::Repository,
    id: ObjectId,
) -> Result<gix::Commit<'_>, GitError> {
    repo.find_commit(id)
        .map_err(|e| GitError::object("commit", id, e))
}

/// Reads a commit's tree id.
pub(crate) fn commit_tree(repo: &gix::Repository, id: ObjectId) -> Result<ObjectId, GitError> {
    Ok(find_commit(repo, id)?
        .tree_id()
        .map_err(|e| GitError::object("commit", id, e))?
        .detach())
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
    let error = |e: Source| GitError::Object {
        what: "commit",
        id,
        source: e,
    };
    let author = commit.author().map_err(|e| error(Box::new(e)))?.trim();
    let time = author.time().map_err(|e| error(Box::new(e)))?;
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
}
