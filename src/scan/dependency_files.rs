//! Credentials in dependency files: lockfiles and package managers' configuration
//! (`user:token@` in a resolved URL, an `_authToken` in `.npmrc`) are part of what a
//! dependency change can leak, so `deps` reports the secrets such a change adds, by the
//! same rule of "new" as every other scan ([`super::new`]).

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::finding::{SecretFinding, Stats};
use crate::git::added::AddedLines;
use crate::scan::new::{Found, SecretKey, keys, retain_new};
use crate::scan::{Origin, ScanError, to_finding};
use crate::secrets::Scanner;

/// Package-manager configuration files, by name, whose credentials the dependency check
/// reports alongside lockfiles.
const CONFIG_FILES: &[&str] = &[
    ".npmrc",
    ".yarnrc",
    ".yarnrc.yml",
    "pip.conf",
    "pip.ini",
    ".pypirc",
    "pdm.toml",
];
/// Cargo's configuration, by path suffix (its file names are too common alone).
const CARGO_CONFIG: &[&str] = &[
    ".cargo/config.toml",
    ".cargo/config",
    ".cargo/credentials.toml",
    ".cargo/credentials",
];

fn is_package_manager_config(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    CONFIG_FILES.contains(&name)
        || CARGO_CONFIG
            .iter()
            .any(|c| path == *c || path.ends_with(&format!("/{c}")))
}

/// Lockfiles, manifests and package-manager configuration: the files whose secrets a
/// dependency change reports.
pub fn is_dependency_config(path: &str) -> bool {
    is_package_manager_config(path) || lockfile_parsers::is_dependency_file(Path::new(path))
}

/// Secrets that `head`'s lockfiles and package-manager configuration add relative to
/// `base`: two files, or two directories whose files pair by relative path (a file of
/// `base` without a counterpart in `head` is deleted by the change).
pub fn secrets_in_dependency_files(
    scanner: &Scanner,
    redact: bool,
    base: &Path,
    head: &Path,
) -> Result<(Vec<SecretFinding>, Stats), ScanError> {
    let (pairs, deleted): (Vec<(PathBuf, Option<PathBuf>)>, Vec<PathBuf>) = if head.is_dir() {
        let pairs = dependency_files_under(head)?
            .into_iter()
            .map(|file| {
                let old = file.strip_prefix(head).ok().map(|rel| base.join(rel));
                (file, old.filter(|p| p.is_file()))
            })
            .collect();
        let deleted = match base.is_dir() {
            true => dependency_files_under(base)?
                .into_iter()
                .filter(|file| {
                    file.strip_prefix(base)
                        .is_ok_and(|rel| !head.join(rel).is_file())
                })
                .collect(),
            false => Vec::new(),
        };
        (pairs, deleted)
    } else {
        (
            vec![(head.to_path_buf(), Some(base.to_path_buf()))],
            Vec::new(),
        )
    };
    let mut stats = Stats::default();
    let mut findings = Vec::new();
    let mut deleted_keys: Option<HashSet<SecretKey>> = None;
    for (file, old) in pairs {
        let new = read(&file)?;
        let old = old.and_then(|p| std::fs::read(p).ok());
        stats.files += 1;
        stats.bytes += new.len() as u64;
        let shown = crate::fs::display_path(&file);
        let mut found: Vec<Found> = scanner
            .scan(&shown, &new)?
            .into_iter()
            .map(|m| Found { m, scanner })
            .collect();
        retain_new(
            &mut found,
            || Ok::<_, ScanError>(AddedLines::between(old.as_deref(), &new)),
            || {
                let mut known = match &old {
                    Some(old) => keys(scanner, &shown, old)?,
                    None => HashSet::new(),
                };
                if deleted_keys.is_none() {
                    let mut all = HashSet::new();
                    for file in &deleted {
                        all.extend(keys(scanner, &crate::fs::display_path(file), &read(file)?)?);
                    }
                    deleted_keys = Some(all);
                }
                known.extend(deleted_keys.iter().flatten().cloned());
                Ok(known)
            },
        )?;
        let origin = Origin {
            file: shown,
            ..Origin::default()
        };
        findings.extend(
            found
                .iter()
                .map(|f| to_finding(scanner, &f.m, &origin, redact)),
        );
    }
    Ok((findings, stats))
}

fn read(path: &Path) -> Result<Vec<u8>, ScanError> {
    std::fs::read(path).map_err(|source| ScanError::Read {
        path: path.to_path_buf(),
        source,
    })
}

/// Lockfiles and package-manager configuration files under `dir` (not below the
/// directories lockfile-parsers never searches: `node_modules`, `target`, `.git`,
/// `vendor`).
fn dependency_files_under(dir: &Path) -> Result<Vec<PathBuf>, ScanError> {
    let mut files = lockfile_parsers::find_lockfiles(dir)?;
    let walker = ignore::WalkBuilder::new(dir)
        .standard_filters(false)
        .filter_entry(|e| {
            e.file_name()
                .to_str()
                .is_none_or(|name| !lockfile_parsers::detect::SKIPPED_DIRS.contains(&name))
        })
        .build();
    for entry in walker.flatten() {
        let relative = entry.path().strip_prefix(dir).unwrap_or(entry.path());
        if entry.file_type().is_some_and(|t| t.is_file())
            && is_package_manager_config(&relative.to_string_lossy())
        {
            files.push(entry.into_path());
        }
    }
    files.sort();
    files.dedup();
    Ok(files)
}
