//! The two ways pipeline files are reviewed: what a change does to them (`check --staged`,
//! `check --base`), and a whole tree as it is (`tollgate pipeline`).
//!
//! A change is read from git, both sides through `git::Snapshot`, so the base version of a
//! workflow is the one the merge base holds, not whatever is on disk. A change's issues
//! are kept by `scan::new::retain_introduced`, comparing with the file's previous
//! version and the pipeline files the change deletes (so a renamed workflow brings no new
//! findings). CODEOWNERS gaps are computed over the tree, for the units the change adds
//! or, when it edits CODEOWNERS, for all of them.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use crate::finding::{PipelineFinding, Severity, Skipped};
use crate::fs::too_large;
use crate::git::added::AddedLines;
use crate::git::{Snapshot, TreeRef};
use crate::pipeline::Check;
use crate::pipeline::codeowners::{self, Codeowners};
use crate::pipeline::files::{self, CODEOWNERS_PATHS, FileKind, GITLAB_ROOT, Recognizer};
use crate::pipeline::{Context, Issue, PipelineError, check_file, gitlab, yaml};
use crate::scan::new::{Candidate, SecretKey, retain_introduced};

/// What a review needs besides its files.
pub(crate) struct Options<'a> {
    pub context: Context,
    pub max_file_size: u64,
    /// `[pipeline] exclude`: paths not reviewed.
    pub excluded: &'a dyn Fn(&str) -> bool,
}

/// The findings of a review, and the files it read or skipped.
#[derive(Debug, Default)]
pub(crate) struct Reviewed {
    pub findings: Vec<PipelineFinding>,
    pub files: u64,
    pub bytes: u64,
    pub skipped: Vec<Skipped>,
}

impl Candidate for Issue {
    fn lines(&self) -> (u32, u32) {
        (self.line, self.line)
    }

    fn key(&self) -> SecretKey {
        (self.check.as_str().to_string(), self.fingerprint())
    }
}

/// Whether a changed path can matter to the review at all: a pipeline file by name, a
/// path CODEOWNERS must cover, or YAML that a GitLab include may name.
fn may_matter(path: &str) -> bool {
    files::kind_of(path).is_some()
        || codeowners::unit(path).is_some()
        || path.ends_with(".yml")
        || path.ends_with(".yaml")
}

/// What the change from `base` to `head` introduces into the pipeline files among
/// `changed`.
pub(crate) fn review_change(
    repo: &Path,
    base: &TreeRef,
    head: &TreeRef,
    changed: &[String],
    options: &Options,
) -> Result<Reviewed, PipelineError> {
    let mut reviewed = Reviewed::default();
    if !changed.iter().any(|p| may_matter(p)) {
        return Ok(reviewed);
    }
    let base = Snapshot::open(repo, base)?;
    let head = Snapshot::open(repo, head)?;
    let (base_files, head_files) = (recognizer(&base), recognizer(&head));
    let mut reviews = Vec::new();
    let mut deleted: HashMap<SecretKey, usize> = HashMap::new();
    for path in changed {
        let kind = head_files
            .kind_of(path)
            .or_else(|| base_files.kind_of(path));
        let Some(kind) = kind.filter(|k| *k != FileKind::Codeowners) else {
            continue;
        };
        if (options.excluded)(path) {
            reviewed.skipped.push(excluded(path));
            continue;
        }
        let old = base.read(Path::new(path)).map(text);
        let Some(new) = head.read(Path::new(path)) else {
            // Deleted: what it held is known, so moving it elsewhere adds nothing.
            if let Some(old) = old {
                let issues =
                    check_file(kind, path, &old, None, &options.context).unwrap_or_default();
                count_into(&mut deleted, &issues);
            }
            continue;
        };
        if new.len() as u64 > options.max_file_size {
            reviewed.skipped.push(Skipped {
                path: path.clone(),
                reason: too_large(new.len() as u64, options.max_file_size),
            });
            continue;
        }
        reviewed.files += 1;
        reviewed.bytes += new.len() as u64;
        let new = text(new);
        let issues = check_file(kind, path, &new, old.as_deref(), &options.context)?;
        reviews.push((path, old, new, issues));
    }
    for (path, old, new, mut issues) in reviews {
        let mut known = deleted.clone();
        if let Some(old) = &old {
            let previous = check_file(
                kind_for(path, &head_files, &base_files),
                path,
                old,
                None,
                &options.context,
            )
            .unwrap_or_default();
            count_into(&mut known, &previous);
        }
        let added = AddedLines::between(old.as_deref().map(str::as_bytes), new.as_bytes());
        retain_introduced(&mut issues, &added, &known);
        reviewed
            .findings
            .extend(issues.into_iter().map(|i| i.into_finding(path)));
    }
    let owners = codeowners_change(&base, &head, changed, options);
    reviewed.findings.extend(owners);
    Ok(reviewed)
}

fn kind_for(path: &str, head: &Recognizer, base: &Recognizer) -> FileKind {
    head.kind_of(path)
        .or_else(|| base.kind_of(path))
        .unwrap_or(FileKind::Workflow)
}

fn count_into(counts: &mut HashMap<SecretKey, usize>, issues: &[Issue]) {
    for issue in issues {
        *counts.entry(issue.key()).or_insert(0) += 1;
    }
}

/// A file's text: CI definitions are UTF-8; anything else is read as far as it is.
fn text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// The recogniser of one side: the static names, and the local includes of its root
/// `.gitlab-ci.yml` (a root file that does not parse includes nothing; if the change
/// touches it, its own review reports the error).
fn recognizer(side: &Snapshot) -> Recognizer {
    let includes = side
        .read(Path::new(GITLAB_ROOT))
        .and_then(|bytes| yaml::parse(&text(bytes)).ok())
        .map(|docs| {
            docs.iter()
                .flat_map(gitlab::local_includes)
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    Recognizer::with_gitlab_includes(&includes)
}

/// The CODEOWNERS file in force on one side, by GitHub's precedence.
fn owners_file(side: &Snapshot) -> Option<(&'static str, Codeowners)> {
    CODEOWNERS_PATHS.iter().find_map(|path| {
        side.read(Path::new(path))
            .map(|bytes| (*path, Codeowners::parse(&text(bytes))))
    })
}

/// `codeowners-gap` for a change: sensitive units the head leaves without owners that the
/// base did not (a new file nobody owns, or coverage the change removed).
fn codeowners_change(
    base: &Snapshot,
    head: &Snapshot,
    changed: &[String],
    options: &Options,
) -> Vec<PipelineFinding> {
    let edits_owners = changed
        .iter()
        .any(|p| CODEOWNERS_PATHS.contains(&p.as_str()));
    let Some((head_path, head_owners)) = owners_file(head) else {
        return match owners_file(base) {
            Some((base_path, base_owners)) if edits_owners => {
                deleted_owners(base, base_path, &base_owners)
            }
            _ => Vec::new(),
        };
    };
    // Without an edit of CODEOWNERS, only units the change adds can lose coverage.
    let units: BTreeSet<String> = if edits_owners {
        head.paths()
            .filter_map(|p| codeowners::unit(&p).map(str::to_string))
            .collect()
    } else {
        changed
            .iter()
            .filter(|p| head.contains(p) && !base.contains(p))
            .filter_map(|p| codeowners::unit(p).map(str::to_string))
            .collect()
    };
    if units.is_empty() {
        return Vec::new();
    }
    let in_units = |side: &Snapshot| -> Vec<String> {
        side.paths()
            .filter(|p| codeowners::unit(p).is_some_and(|u| units.contains(u)))
            .filter(|p| !(options.excluded)(p))
            .collect()
    };
    let head_gaps = codeowners::gaps(&head_owners, in_units(head).iter().map(String::as_str));
    let base_owners = owners_file(base);
    let base_files = in_units(base);
    let base_gaps = match &base_owners {
        Some((_, owners)) => codeowners::gaps(owners, base_files.iter().map(String::as_str)),
        None => Default::default(),
    };
    head_gaps
        .into_iter()
        .filter(|(unit, _)| !base_gaps.contains_key(unit))
        .map(|(unit, file)| {
            let existed = base_files.iter().any(|f| codeowners::unit(f) == Some(unit.as_str()));
            let message = if existed && base_owners.is_some() {
                format!("`{unit}` is no longer covered by any line of {head_path}: the change removed its owners")
            } else {
                format!("no line of {head_path} covers `{unit}`, so no owner must review changes to it")
            };
            gap(&unit, &file, message)
        })
        .collect()
}

/// A change that deletes CODEOWNERS removes every owner it required.
fn deleted_owners(base: &Snapshot, path: &str, owners: &Codeowners) -> Vec<PipelineFinding> {
    let covered = base
        .paths()
        .filter_map(|p| {
            owners
                .covers(&p)
                .then(|| codeowners::unit(&p).map(str::to_string))
                .flatten()
        })
        .collect::<BTreeSet<_>>();
    if covered.is_empty() {
        return Vec::new();
    }
    let mut issue = Issue::new(
        Check::CodeownersGap,
        1,
        1,
        format!(
            "the change deletes {path}: {} sensitive path{} lose their required reviewers",
            covered.len(),
            if covered.len() == 1 { "" } else { "s" }
        ),
        format!("deleted:{path}"),
    );
    issue.before = Some(path.to_string());
    vec![issue.into_finding(path)]
}

fn gap(unit: &str, file: &str, message: String) -> PipelineFinding {
    let mut issue = Issue::new(Check::CodeownersGap, 1, 1, message, unit);
    issue.severity = Severity::Medium;
    issue.after = Some(unit.to_string());
    issue.into_finding(file)
}

/// Every pipeline file under `root` as it is, and the CODEOWNERS gaps of the tree.
pub(crate) fn audit_tree(root: &Path, options: &Options) -> Result<Reviewed, PipelineError> {
    let paths = tree_files(root)?;
    let read = |relative: &str| std::fs::read(root.join(relative));
    let includes = read(GITLAB_ROOT)
        .ok()
        .and_then(|bytes| yaml::parse(&text(bytes)).ok())
        .map(|docs| {
            docs.iter()
                .flat_map(gitlab::local_includes)
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    let recognizer = Recognizer::with_gitlab_includes(&includes);
    let mut reviewed = Reviewed::default();
    for path in &paths {
        let Some(kind) = recognizer
            .kind_of(path)
            .filter(|k| *k != FileKind::Codeowners)
        else {
            continue;
        };
        if (options.excluded)(path) {
            reviewed.skipped.push(excluded(path));
            continue;
        }
        let bytes = read(path).map_err(|source| PipelineError::Read {
            path: path.clone(),
            source,
        })?;
        if bytes.len() as u64 > options.max_file_size {
            reviewed.skipped.push(Skipped {
                path: path.clone(),
                reason: too_large(bytes.len() as u64, options.max_file_size),
            });
            continue;
        }
        reviewed.files += 1;
        reviewed.bytes += bytes.len() as u64;
        let issues = check_file(kind, path, &text(bytes), None, &options.context)?;
        reviewed
            .findings
            .extend(issues.into_iter().map(|i| i.into_finding(path)));
    }
    let owners = CODEOWNERS_PATHS.iter().find_map(|p| {
        read(p)
            .ok()
            .map(|bytes| (*p, Codeowners::parse(&text(bytes))))
    });
    if let Some((owners_path, owners)) = owners {
        let files = paths
            .iter()
            .filter(|p| !(options.excluded)(p))
            .map(String::as_str);
        for (unit, file) in codeowners::gaps(&owners, files) {
            let message = format!(
                "no line of {owners_path} covers `{unit}`, so no owner must review changes to it"
            );
            reviewed.findings.push(gap(&unit, &file, message));
        }
    }
    Ok(reviewed)
}

/// The files of a tree, relative and `/`-separated, as git would see them: hidden
/// directories included (`.github`), ignored files and dependency directories left out.
fn tree_files(root: &Path) -> Result<Vec<String>, PipelineError> {
    let walker = ignore::WalkBuilder::new(root)
        .hidden(false)
        .require_git(false)
        .filter_entry(|e| {
            e.file_name()
                .to_str()
                .is_none_or(|n| !lockfile_parsers::detect::SKIPPED_DIRS.contains(&n))
        })
        .build();
    let mut out = Vec::new();
    for entry in walker {
        let entry = entry.map_err(|e| PipelineError::Read {
            path: root.display().to_string(),
            source: std::io::Error::other(e.to_string()),
        })?;
        if !entry.file_type().is_some_and(|t| t.is_file()) {
            continue;
        }
        let relative = entry.path().strip_prefix(root).unwrap_or(entry.path());
        out.push(relative.to_string_lossy().replace('\\', "/"));
    }
    out.sort();
    Ok(out)
}

/// A pipeline file `[pipeline] exclude` names: listed, so it is never dropped unseen.
fn excluded(path: &str) -> Skipped {
    Skipped {
        path: path.to_owned(),
        reason: "excluded by [pipeline] exclude".into(),
    }
}
