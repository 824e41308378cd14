//! Secrets in what the sources yield: the wiring between `git` (change sets, history
//! introductions, blob readers) and `secrets` (the scanner), and the conversion of the
//! scanner's matches into the report's findings (location, provenance, redaction).
//!
//! Every git scan reads whole blobs (so multi-line secrets and rules that need context
//! still match) and then keeps only what the change *adds*, by the one rule in [`new`],
//! which `check --staged`, `check --base`, `history` and the dependency-file scan of `deps`
//! all use.

pub(crate) mod cache;
mod changes;
mod dependency_files;
mod dir;
mod history;
mod history_state;
pub(crate) mod new;

use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::finding::{SecretFinding, Stats};
use crate::git::{self, GitError, TreeRef, display_path};
use crate::secrets::engine::CompileError;
use crate::secrets::{Match, Scanner, fingerprint, redact};

pub use dependency_files::{is_dependency_config, secrets_in_dependency_files};
pub use dir::{DirOptions, dir};
pub use history::HistoryOptions;

/// What can stop a scan: git could not be read, a rule could not be compiled, or the scan
/// cache could not be used. Each names what it is about.
#[derive(Debug, thiserror::Error)]
pub enum ScanError {
    #[error(transparent)]
    Git(#[from] GitError),
    #[error(transparent)]
    Rule(#[from] CompileError),
    #[error("{}: cannot read: {source}", path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Lockfiles(#[from] lockfile_parsers::Error),
    #[error(transparent)]
    Fs(#[from] crate::fs::FsError),
    #[error("scan cache {}", path.display())]
    Cache {
        path: PathBuf,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync + 'static>,
    },
}

/// What every git scan needs to know besides the repository and the rules.
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

/// The result of a git scan: the findings, the counters for the report, and the
/// dependency files the change touched, so the dependency diff runs over exactly the same
/// change without walking git again.
#[derive(Debug, Default)]
pub struct GitScan {
    pub findings: Vec<SecretFinding>,
    pub stats: Stats,
    /// Paths of changed lockfiles and manifests (`lockfile_parsers::is_dependency_file`),
    /// relative to the repository root, with git's bytes.
    pub dependency_files: Vec<std::path::PathBuf>,
    /// Every changed path (either side), for the pipeline review, which recognises its
    /// files itself (a GitLab include may have any name).
    pub changed: Vec<String>,
    /// The two sides of the change, for reading a lockfile's companions.
    pub base: TreeRef,
    pub head: TreeRef,
}

/// Where a piece of content came from, for the finding's location fields.
#[derive(Clone, Debug, Default)]
pub struct Origin {
    pub file: String,
    pub commit: Option<String>,
    pub author: Option<String>,
    pub date: Option<String>,
    /// The archive on disk that `file` is inside (`file` is `archive!inner`).
    pub archive: Option<String>,
}

/// Turns a scanner match into a report finding: rule text, location, provenance, the
/// fingerprint, and the secret redacted unless `redact_secret` is off.
pub fn to_finding(
    scanner: &Scanner,
    m: &Match,
    origin: &Origin,
    redact_secret: bool,
) -> SecretFinding {
    let rule = scanner.rule(m.rule);
    SecretFinding {
        rule: rule.spec.id.clone(),
        description: rule.spec.description.clone(),
        severity: rule.spec.severity,
        file: origin.file.clone(),
        line: m.line,
        column: m.column,
        commit: origin.commit.clone(),
        author: origin.author.clone(),
        date: origin.date.clone(),
        secret: if redact_secret {
            redact(&m.secret)
        } else {
            String::from_utf8_lossy(&m.secret).into_owned()
        },
        fingerprint: scanner
            .fingerprinter()
            .fingerprint(&rule.spec.id, &m.secret),
        entropy: Some((m.entropy * 100.0).round() / 100.0),
        validation: m.validation.map(str::to_string),
        confidence: m.confidence,
        archive: origin.archive.clone(),
        layer: None,
        removed_in_layer: None,
        identity: fingerprint::legacy(&rule.spec.id, &m.secret),
    }
}

/// Scans the lines the index adds relative to `HEAD` (everything, on a repository without
/// commits). Findings carry no commit: the commit does not exist yet.
pub fn staged(
    repo_path: &Path,
    scanner: &Scanner,
    options: &ScanOptions,
) -> Result<GitScan, ScanError> {
    let started = Instant::now();
    let repo = git::open(repo_path)?;
    let changes = git::staged::changes(&repo)?;
    let evaluated = changes::evaluate(&repo, scanner, &changes, options.max_file_size)?;
    let findings = evaluated
        .matches
        .iter()
        .map(|nm| {
            let origin = Origin {
                file: display_path(nm.path.as_ref()),
                ..Origin::default()
            };
            to_finding(scanner, &nm.m, &origin, options.redact)
        })
        .collect();
    let mut stats = evaluated.stats;
    stats.elapsed_ms = started.elapsed().as_millis() as u64;
    Ok(GitScan {
        findings,
        stats,
        dependency_files: changes::dependency_files(&changes),
        changed: changes::paths(&changes),
        base: git::staged::base(&repo),
        head: TreeRef::Index,
    })
}

/// Scans the lines added between merge-base(`base`, `head`) and `head` (`HEAD` when
/// `head` is `None`); each finding is attributed to the first commit of the range whose
/// version of the file contains the secret.
/// Scans a resolved range (`git::range::range`, whose merge base the policy was read from).
pub(crate) fn range(
    repo: &gix::Repository,
    range: git::range::Range,
    scanner: &Scanner,
    options: &ScanOptions,
) -> Result<GitScan, ScanError> {
    let started = Instant::now();
    let repo = repo.clone();
    let evaluated = changes::evaluate(&repo, scanner, &range.changes, options.max_file_size)?;
    let mut findings = Vec::with_capacity(evaluated.matches.len());
    let mut attribution = git::range::Attribution::default();
    for nm in &evaluated.matches {
        let commit = attribution.commit_of(&repo, &range.commits, &nm.path, &nm.m.secret)?;
        let origin = Origin {
            file: display_path(nm.path.as_ref()),
            commit: commit.as_ref().map(|c| c.id.clone()),
            author: commit.as_ref().map(|c| c.author.clone()),
            date: commit.map(|c| c.date),
            ..Origin::default()
        };
        findings.push(to_finding(scanner, &nm.m, &origin, options.redact));
    }
    let mut stats = evaluated.stats;
    stats.commits = range.commits.len() as u64;
    stats.elapsed_ms = started.elapsed().as_millis() as u64;
    Ok(GitScan {
        findings,
        stats,
        dependency_files: changes::dependency_files(&range.changes),
        changed: changes::paths(&range.changes),
        base: TreeRef::Tree(range.base_tree),
        head: TreeRef::Tree(range.head_tree),
    })
}

pub use history::history;
