//! The session of a pull-request gate (`check --base`, `deps --base`): the policy read
//! from the merge base, what the change does to it, and whether reviewers accepted that.
//!
//! The head's policy files are read too, to report every change to them
//! (`policy::change`); they apply only when `--accept-policy-change` accepts them. Files
//! named on the command line that lie outside the repository are read from the disk on
//! both sides: no commit can change them.

use std::path::PathBuf;

use anyhow::Context as _;

use crate::app::{CommonArgs, RangeArgs, Session};
use crate::finding::PolicyFinding;
use crate::git::range::Range;
use crate::git::tree::{PathEntry, entry_at};
use crate::policy::change;
use crate::policy::files::{self, MissingSalt, Place, PolicyFile, PolicyFiles, Wanted};
use crate::secrets::{Scanner, redact};

/// A pull-request gate's session, its change, and the policy changes to report.
pub(crate) struct BaseSession {
    pub session: Session,
    /// The top of the working tree (where registry configuration is read).
    pub root: PathBuf,
    pub repo: gix::Repository,
    pub range: Range,
    pub policy_changes: Vec<PolicyFinding>,
}

/// Resolves the change of `range` and prepares its session from the merge base's
/// policy (or the head's, when accepted).
pub(crate) fn prepare(range: &RangeArgs, common: &CommonArgs) -> anyhow::Result<BaseSession> {
    let base = range
        .base
        .as_deref()
        .context("a pull-request gate needs --base")?;
    let root = crate::git::worktree_root(&range.repo)?;
    let repo = crate::git::open(&range.repo)?;
    let resolved = crate::git::range::range(&repo, base, range.head.as_deref())?;
    let wanted = files::wanted(&root, common.config.as_deref(), common.baseline.as_deref());
    let base_files = read_tree(&repo, resolved.base_tree, "the merge base", &wanted)?;
    let head_files = read_tree(&repo, resolved.head_tree, "the head", &wanted)?;
    // A file named on the command line must exist on one side at least (on one only,
    // the change is a policy finding); on neither, it is a mistake, not "no policy".
    for want in wanted.iter().filter(|w| w.explicit) {
        if let Place::Repo(path) = &want.place {
            let found = |files: &PolicyFiles| files.files.iter().any(|f| f.role == want.role);
            if !found(&base_files) && !found(&head_files) {
                anyhow::bail!("{path}: not found in the merge base nor in the head");
            }
        }
    }
    let digest = change::digest(&head_files);
    let mut accepted = false;
    if change::digest(&base_files) != digest {
        accepted = match change::accepted(range.accept_policy_change.as_deref(), &digest) {
            Ok(accepted) => accepted,
            Err(warning) => {
                eprintln!("{warning}");
                false
            }
        };
    }
    let chosen = if accepted { &head_files } else { &base_files };
    let note = format!(
        "tollgate: note: {} has no {}; fingerprints in this report use the shared salt \
         (commit the salt that any scan of a working tree creates)",
        if accepted {
            "the head"
        } else {
            "the merge base"
        },
        files::SALT_FILE
    );
    let session = Session::from_files(chosen, common, MissingSalt::Shared { note })?;
    let redact_line =
        |path: &str, line: &str| hide_secrets(&session.scanner, path, line, session.redact);
    let mut policy_changes = change::changes(&base_files, &head_files, &redact_line);
    for finding in &mut policy_changes {
        finding.accepted = accepted;
    }
    Ok(BaseSession {
        session,
        root,
        repo,
        range: resolved,
        policy_changes,
    })
}

/// Reads the wanted policy files from `tree` (`side` names it in errors); those outside
/// the repository from the disk.
fn read_tree(
    repo: &gix::Repository,
    tree: gix::ObjectId,
    side: &str,
    wanted: &[Wanted],
) -> anyhow::Result<PolicyFiles> {
    let short = &tree.to_string()[..12];
    let mut out = PolicyFiles::default();
    for want in wanted {
        match &want.place {
            Place::Repo(path) => match entry_at(repo, tree, path)? {
                None => {}
                Some(PathEntry::File(bytes)) => out.files.push(PolicyFile {
                    role: want.role,
                    path: path.clone(),
                    name: PathBuf::from(format!("{path} (in {side}, tree {short})")),
                    bytes,
                }),
                Some(PathEntry::Other(what)) => anyhow::bail!(
                    "{path} is {what} in {side} (tree {short}); a policy file must be a regular \
                     file, so the policy cannot be read"
                ),
            },
            Place::Disk(path) => {
                let bytes = std::fs::read(path)
                    .with_context(|| format!("{}: cannot read", path.display()))?;
                out.files.push(PolicyFile {
                    role: want.role,
                    path: path.display().to_string(),
                    name: path.clone(),
                    bytes,
                });
            }
        }
    }
    Ok(out)
}

/// A policy line as a report may show it: secrets the scanner finds in it redacted
/// (unless `--no-redact`), URL passwords and control characters always.
fn hide_secrets(scanner: &Scanner, path: &str, line: &str, redact_secrets: bool) -> String {
    let mut text = line.to_string();
    if redact_secrets && let Ok(matches) = scanner.scan(path, line.as_bytes()) {
        for m in matches {
            let secret = String::from_utf8_lossy(&m.secret).into_owned();
            if !secret.is_empty() {
                text = text.replace(&secret, &redact(&m.secret));
            }
        }
    }
    change::clean_line(&text)
}
