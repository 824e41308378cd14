//! The dependency diff: what a change does to the packages of each lockfile.
//!
//! Lockfiles are read by `lockfile-parsers`; this module pairs the two sides and classifies
//! every package as added, removed, upgraded, downgraded, or changed in place (same version,
//! different integrity or source: a tampering signal). Local packages (workspace members,
//! path dependencies) are left out: they never come from a registry's namespace.
//!
//! Identity is the ecosystem and the normalised name. A name can be installed in several
//! versions at once (npm's nested `node_modules`, Cargo's semver-incompatible duplicates);
//! versions present on both sides are unchanged, the remaining ones are paired by
//! compatibility line and closeness (`pairing`: each pair an upgrade or downgrade), and
//! what is left over is added or removed. This keeps a second copy of a package (`js-yaml`
//! 5 beside 4, bitflags 1 beside an upgraded 2) an addition rather than an upgrade or a
//! downgrade.

pub(crate) mod advisories;
mod graph;
mod judge;
mod lines;
mod lockfile_removed;
pub(crate) mod package_checks;
mod pairing;
mod resolved;
pub mod typosquat;

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use lockfile_parsers::manifest::{self, Direct};
use lockfile_parsers::{Disk, Ecosystem, Files, Format, Lockfile, Package, Source, version};

use crate::finding::{Change, DependencyFinding, IntegrityReason, Verdict};
use crate::git::{GitError, Snapshot, TreeRef};

pub use judge::publish_verdict;
pub(crate) use judge::{AdvisorySource, Judge, MissingStore};

#[derive(Debug, thiserror::Error)]
pub enum DepsError {
    #[error(transparent)]
    Parse(#[from] lockfile_parsers::Error),
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{} and {}: compare two lockfiles or two directories", base.display(), head.display())]
    Mismatch { base: PathBuf, head: PathBuf },
    #[error(transparent)]
    Git(#[from] GitError),
    #[error(transparent)]
    Registry(#[from] crate::registry::RegistryError),
    #[error(transparent)]
    Advisories(#[from] crate::osv::Error),
}

/// Diffs two lockfiles, or every lockfile of two directories. Lockfiles of directories are
/// paired by their directory and ecosystem, so a project that moves from `yarn.lock` to
/// `package-lock.json` (or from `go.mod` alone to `go.mod` + `go.sum`) is one comparison,
/// not a removal of everything and an addition of everything.
pub fn diff_files(base: &Path, head: &Path) -> Result<Vec<DependencyFinding>, DepsError> {
    diff_files_except(base, head, &|_| false).map(|(findings, _)| findings)
}

/// [`diff_files`], leaving out the lockfiles of two directories whose path relative to
/// their directory is `excluded` (`[deps] exclude`); these are returned, once each, with
/// the findings. Two files named on the command line are always compared.
pub(crate) fn diff_files_except(
    base: &Path,
    head: &Path,
    excluded: &dyn Fn(&Path) -> bool,
) -> Result<(Vec<DependencyFinding>, Vec<PathBuf>), DepsError> {
    match (base.is_dir(), head.is_dir()) {
        (false, false) => {
            let name = head.file_name().map_or_else(
                || head.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            let (b, h) = (read_file(base)?, read_file(head)?);
            let findings = diff_contents(
                Path::new(&name),
                &Side::of(base, &b, &Disk),
                &Side::of(head, &h, &Disk),
            )?;
            Ok((findings, Vec::new()))
        }
        (true, true) => diff_dirs(base, head, excluded),
        _ => Err(DepsError::Mismatch {
            base: base.to_path_buf(),
            head: head.to_path_buf(),
        }),
    }
}

/// Every package of the lockfiles at `paths` (lockfiles, or directories searched for
/// them), as if each were added to an empty tree: what `deps --audit` judges whole. The
/// package checks a diff makes (source, install script) compare against a base, and
/// there is none, so their verdicts are dropped here; the advisories are the judge's.
pub fn audit_files(paths: &[PathBuf]) -> Result<Vec<DependencyFinding>, DepsError> {
    let mut lockfiles = Vec::new();
    for path in paths {
        if path.is_dir() {
            lockfiles.extend(lockfile_parsers::find_lockfiles(path)?);
        } else {
            lockfiles.push(path.clone());
        }
    }
    let mut out = Vec::new();
    for lockfile in lockfiles {
        let bytes = read_file(&lockfile)?;
        let shown = lockfile.strip_prefix(".").unwrap_or(&lockfile);
        let mut findings = diff_contents(
            shown,
            &Side::absent(&lockfile),
            &Side::of(&lockfile, &bytes, &Disk),
        )?;
        for finding in &mut findings {
            finding.checks.clear();
        }
        out.extend(findings);
    }
    Ok(out)
}

/// One side of a comparison: the lockfile's path (for format detection, error messages and
/// locating companion files), its bytes, and a reader for companion files (a go.mod, a
/// requirements include, the manifest) from the same tree, be it the disk or a git commit.
pub struct Side<'a> {
    pub path: &'a Path,
    pub bytes: Option<&'a [u8]>,
    pub files: &'a dyn Files,
}

impl<'a> Side<'a> {
    pub fn of(path: &'a Path, bytes: &'a [u8], files: &'a dyn Files) -> Self {
        Side {
            path,
            bytes: Some(bytes),
            files,
        }
    }

    /// The lockfile as it is on this side, if it exists there; the side's other files
    /// are read either way (a deleted lockfile's manifest may stay).
    pub(crate) fn maybe(path: &'a Path, bytes: Option<&'a [u8]>, files: &'a dyn Files) -> Self {
        Side { path, bytes, files }
    }

    /// The lockfile does not exist on this side (added or deleted by the change).
    pub(crate) fn absent(path: &'a Path) -> Self {
        Side {
            path,
            bytes: None,
            files: &lockfile_parsers::NoFiles,
        }
    }
}

/// Diffs one lockfile between two trees; `lockfile` is the name reports show. This is the
/// entry point for lockfiles read from git: either side may be absent.
pub fn diff_contents(
    lockfile: &Path,
    base: &Side,
    head: &Side,
) -> Result<Vec<DependencyFinding>, DepsError> {
    let (base_bytes, head_bytes, head_files) = (base.bytes, head.bytes, head.files);
    let head_path = head.path;
    let base = load(base)?;
    let head = load(head)?;
    let mut findings = diff_packages(
        &lockfile.display().to_string(),
        base.as_ref(),
        head.as_ref(),
    );
    if let (Some(base), None) = (&base, &head) {
        lockfile_removed::annotate(&mut findings, head_path, base.lockfile.format, head_files);
    }
    lines::locate(&mut findings, base_bytes, head_bytes);
    Ok(findings)
}

/// Diffs every lockfile among the paths a change touched (manifests and other files are
/// skipped), reading both versions and their companions through `base_files` and
/// `head_files`, the two sides of the same change. A changed `go.mod` is diffed through
/// the `go.sum` beside it when there is one (the lockfile proper), and each lockfile is
/// diffed once however many of its files changed.
pub(crate) fn diff_changed<'p>(
    paths: impl IntoIterator<Item = &'p Path>,
    base_files: &dyn Files,
    head_files: &dyn Files,
) -> Result<Vec<DependencyFinding>, DepsError> {
    let mut lockfiles: BTreeSet<PathBuf> = BTreeSet::new();
    for path in paths {
        let sample = head_files.read(path).or_else(|| base_files.read(path));
        let Some(format) = lockfile_parsers::detect(path, sample.as_deref().unwrap_or_default())
        else {
            continue;
        };
        let go_sum = path.with_file_name("go.sum");
        let has_go_sum =
            || head_files.read(&go_sum).is_some() || base_files.read(&go_sum).is_some();
        if format == Format::GoMod && has_go_sum() {
            lockfiles.insert(go_sum);
        } else {
            lockfiles.insert(path.to_path_buf());
        }
    }
    let mut out = Vec::new();
    for path in &lockfiles {
        let (base, head) = (base_files.read(path), head_files.read(path));
        out.extend(diff_contents(
            path,
            &Side::maybe(path, base.as_deref(), base_files),
            &Side::maybe(path, head.as_deref(), head_files),
        )?);
    }
    Ok(out)
}

/// The dependency diff of the dependency files a git change touched (`paths`), each read
/// from the two sides of the change with its companions from the same side.
pub(crate) fn diff_git_change(
    repo: &Path,
    base: &TreeRef,
    head: &TreeRef,
    paths: &[PathBuf],
) -> Result<Vec<DependencyFinding>, DepsError> {
    if paths.is_empty() {
        return Ok(Vec::new());
    }
    let base = Snapshot::open(repo, base)?;
    let head = Snapshot::open(repo, head)?;
    diff_changed(paths.iter().map(PathBuf::as_path), &base, &head)
}

/// A parsed lockfile whose packages carry the `direct` and `dev` flags its manifest adds
/// where the lockfile itself does not say.
pub(crate) struct Loaded {
    pub lockfile: Lockfile,
}

impl Loaded {
    pub fn new(mut lockfile: Lockfile, direct: Option<Direct>) -> Self {
        if let Some(d) = &direct {
            apply_manifest(&mut lockfile.packages, d);
        }
        Loaded { lockfile }
    }
}

/// Parses one side and reads the manifest beside it.
pub(crate) fn load(side: &Side) -> Result<Option<Loaded>, DepsError> {
    let Some(bytes) = side.bytes else {
        return Ok(None);
    };
    let lockfile = lockfile_parsers::parse(side.path, bytes, side.files)?;
    let direct = manifest::read_direct(side.path, lockfile.format, side.files)?;
    Ok(Some(Loaded::new(lockfile, direct)))
}

fn read_file(path: &Path) -> Result<Vec<u8>, DepsError> {
    std::fs::read(path).map_err(|source| DepsError::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// Every lockfile of two directories, each paired with the file at the same relative path
/// on the other side, so a second lockfile of an ecosystem (a `yarn.lock` beside a
/// `package-lock.json`, a `requirements.txt` beside a `poetry.lock`) is diffed like the
/// first; keeping one per ecosystem once let the other pass unread. A lockfile left
/// without a counterpart pairs with the one lockfile of its directory and ecosystem left
/// on the other side, when there is exactly one each: a move from `yarn.lock` to
/// `package-lock.json`, or from `go.mod` alone to `go.sum`, is one comparison rather than
/// a removal of everything and an addition of everything.
fn diff_dirs(
    base: &Path,
    head: &Path,
    excluded: &dyn Fn(&Path) -> bool,
) -> Result<(Vec<DependencyFinding>, Vec<PathBuf>), DepsError> {
    let relative = |root: &Path| -> Result<BTreeSet<PathBuf>, DepsError> {
        Ok(lockfile_parsers::find_lockfiles(root)?
            .into_iter()
            .filter_map(|p| p.strip_prefix(root).ok().map(Path::to_path_buf))
            .collect())
    };
    let (mut b, mut h) = (relative(base)?, relative(head)?);
    let skipped: BTreeSet<PathBuf> = b
        .iter()
        .chain(&h)
        .filter(|p| excluded(p))
        .cloned()
        .collect();
    b.retain(|p| !skipped.contains(p));
    h.retain(|p| !skipped.contains(p));
    let mut pairs: Vec<(Option<PathBuf>, Option<PathBuf>)> = b
        .intersection(&h)
        .map(|p| (Some(p.clone()), Some(p.clone())))
        .collect();
    // The unpaired lockfiles of each (directory, ecosystem), base side and head side.
    type Unpaired = (Vec<PathBuf>, Vec<PathBuf>);
    let mut unpaired: BTreeMap<(PathBuf, Option<Ecosystem>), Unpaired> = BTreeMap::new();
    let group = |p: &Path| {
        let dir = p.parent().unwrap_or(Path::new("")).to_path_buf();
        (dir, lockfile_parsers::detect(p, &[]).map(Format::ecosystem))
    };
    for p in b.difference(&h) {
        unpaired.entry(group(p)).or_default().0.push(p.clone());
    }
    for p in h.difference(&b) {
        unpaired.entry(group(p)).or_default().1.push(p.clone());
    }
    for (_, (only_base, only_head)) in unpaired {
        match (only_base.as_slice(), only_head.as_slice()) {
            ([b], [h]) => pairs.push((Some(b.clone()), Some(h.clone()))),
            _ => {
                pairs.extend(only_base.into_iter().map(|b| (Some(b), None)));
                pairs.extend(only_head.into_iter().map(|h| (None, Some(h))));
            }
        }
    }
    pairs.sort();
    let mut out = Vec::new();
    for (b, h) in pairs {
        let (b, h) = (b.map(|p| base.join(p)), h.map(|p| head.join(p)));
        let shown = match (&b, &h) {
            (_, Some(h)) => h.strip_prefix(head).unwrap_or(h),
            (Some(b), None) => b.strip_prefix(base).unwrap_or(b),
            (None, None) => continue,
        };
        let b_bytes = b.as_deref().map(read_file).transpose()?;
        let h_bytes = h.as_deref().map(read_file).transpose()?;
        // Where the lockfile is, or would be, on each side: a deleted lockfile's
        // manifest is looked for beside it.
        let bp = b.clone().unwrap_or_else(|| base.join(shown));
        let hp = h.clone().unwrap_or_else(|| head.join(shown));
        out.extend(diff_contents(
            shown,
            &Side::maybe(&bp, b_bytes.as_deref(), &Disk),
            &Side::maybe(&hp, h_bytes.as_deref(), &Disk),
        )?);
    }
    Ok((out, skipped.into_iter().collect()))
}

/// The diff of two parsed sides (either may be absent).
pub(crate) fn diff_packages(
    lockfile: &str,
    base: Option<&Loaded>,
    head: Option<&Loaded>,
) -> Vec<DependencyFinding> {
    let base_pkgs: &[Package] = base.map_or(&[], |l| &l.lockfile.packages);
    let head_pkgs: &[Package] = head.map_or(&[], |l| &l.lockfile.packages);
    let (b_idx, h_idx) = (by_name(base_pkgs), by_name(head_pkgs));
    let keys: BTreeSet<&(Ecosystem, &str)> = b_idx.keys().chain(h_idx.keys()).collect();
    let mut out = Vec::new();
    for key in keys {
        let b: Vec<&Package> = b_idx
            .get(key)
            .into_iter()
            .flatten()
            .filter_map(|&i| base_pkgs.get(i))
            .collect();
        let h: Vec<&Package> = h_idx
            .get(key)
            .into_iter()
            .flatten()
            .filter_map(|&i| head_pkgs.get(i))
            .collect();
        diff_name(key.0, &b, &h, &mut |f| out.push(f));
    }
    for f in &mut out {
        f.lockfile = lockfile.to_string();
    }
    graph::fill_introduced_by(head_pkgs, &mut out);
    // Source and install-script checks of added and upgraded packages. Known registry
    // hosts come from the lockfiles here (the diff reads no configuration).
    package_checks::annotate(
        &mut out,
        base,
        head,
        &crate::registry::Registries::default(),
    );
    resolved::annotate(&mut out, head_pkgs);
    out
}

/// Indexes the non-local packages of one side by ecosystem and name.
fn by_name(pkgs: &[Package]) -> BTreeMap<(Ecosystem, &str), Vec<usize>> {
    let mut m: BTreeMap<(Ecosystem, &str), Vec<usize>> = BTreeMap::new();
    for (i, p) in pkgs
        .iter()
        .enumerate()
        .filter(|(_, p)| !p.source.is_local())
    {
        m.entry((p.ecosystem, p.name.as_str())).or_default().push(i);
    }
    m
}

fn apply_manifest(pkgs: &mut [Package], d: &Direct) {
    for p in pkgs.iter_mut() {
        if p.direct.is_none() {
            p.direct = Some(d.names.contains(&p.name));
        }
        if p.dev.is_none() && d.names.contains(&p.name) {
            p.dev = Some(d.dev.contains(&p.name));
        }
    }
}

fn versions<'a>(eco: Ecosystem, pkgs: &[&'a Package]) -> Vec<Option<&'a str>> {
    let mut v: Vec<Option<&str>> = pkgs.iter().map(|p| p.version.as_deref()).collect();
    v.sort_by(|a, b| order(eco, *a, *b));
    v.dedup();
    v
}

/// Ascending ecosystem order; unpinned first, versions the ecosystem cannot order after
/// the ones it can, by text, so sorting is total and deterministic.
fn order(eco: Ecosystem, a: Option<&str>, b: Option<&str>) -> Ordering {
    match (a, b) {
        (None, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Less,
        (Some(_), None) => Ordering::Greater,
        (Some(x), Some(y)) => match version::compare(eco, x, y) {
            Some(o) => o,
            None => {
                let (px, py) = (
                    version::compare(eco, x, x).is_some(),
                    version::compare(eco, y, y).is_some(),
                );
                py.cmp(&px).then_with(|| x.cmp(y))
            }
        },
    }
}

fn diff_name(
    eco: Ecosystem,
    base: &[&Package],
    head: &[&Package],
    emit: &mut dyn FnMut(DependencyFinding),
) {
    let (bv, hv) = (versions(eco, base), versions(eco, head));
    let only_b: Vec<Option<&str>> = bv.iter().copied().filter(|v| !hv.contains(v)).collect();
    let only_h: Vec<Option<&str>> = hv.iter().copied().filter(|v| !bv.contains(v)).collect();
    for v in bv.iter().filter(|v| hv.contains(v)) {
        if let Some(f) = changed_in_place(&at_version(base, *v), &at_version(head, *v)) {
            emit(f);
        }
    }
    let pairing = pairing::pair(eco, &only_b, &only_h);
    for (old, new) in pairing.pairs {
        let Some(p) = first_at(head, new) else {
            continue;
        };
        let change = match (old, new) {
            (Some(o), Some(n)) => match version::compare(eco, o, n) {
                Some(Ordering::Less) => Change::Upgraded,
                Some(Ordering::Greater) => Change::Downgraded,
                _ => Change::Changed,
            },
            _ => Change::Changed,
        };
        // Versions the ecosystem cannot order (`*` to `2.6.4`) are `changed`; that is
        // a description of the change, not a failed check, so it carries no check.
        let mut f = finding(p, change);
        f.previous_version = old.map(str::to_string);
        emit(f);
    }
    for v in pairing.removed {
        if let Some(p) = first_at(base, v) {
            let mut f = finding(p, Change::Removed);
            f.previous_version = f.version.take();
            emit(f);
        }
    }
    for v in pairing.added {
        if let Some(p) = first_at(head, v) {
            emit(finding(p, Change::Added));
        }
    }
}

fn at_version<'a>(side: &[&'a Package], v: Option<&str>) -> Vec<&'a Package> {
    side.iter()
        .copied()
        .filter(|p| p.version.as_deref() == v)
        .collect()
}

fn first_at<'a>(side: &[&'a Package], v: Option<&str>) -> Option<&'a Package> {
    side.iter().copied().find(|p| p.version.as_deref() == v)
}

fn finding(p: &Package, change: Change) -> DependencyFinding {
    DependencyFinding {
        ecosystem: p.ecosystem.as_str().to_string(),
        name: p.name.clone(),
        version: p.version.clone(),
        previous_version: None,
        change,
        lockfile: String::new(),
        direct: p.direct.unwrap_or(false),
        introduced_by: Vec::new(),
        checks: Vec::new(),
        from_registry: matches!(p.source, Source::Registry { .. }),
        fixed_advisories: Vec::new(),
        published: p.published.clone(),
        specifier: p.specifier.clone(),
        line: None,
    }
}

/// Same name and version on both sides: did the bytes or their origin change?
///
/// Integrity: hashes are compared per algorithm (a lockfile moving from sha1 to sha512
/// changes nothing about the bytes) and as sets (a version can be installed several times,
/// and Python locks list one hash per file). Only a replacement counts, a base hash gone
/// *and* a new head hash of the same algorithm, because a lock refresh may legitimately
/// add a wheel uploaded later, or drop files for a platform no longer targeted. Source: a
/// change of kind (registry → git) or of location; a side that does not record a location
/// does not count as a change.
fn changed_in_place(base: &[&Package], head: &[&Package]) -> Option<DependencyFinding> {
    // The common case, one unchanged entry per side, without building any sets.
    if let ([b], [h]) = (base, head)
        && b.integrity == h.integrity
        && b.source == h.source
    {
        return None;
    }
    let hashes = |side: &[&Package]| -> BTreeSet<(String, String)> {
        side.iter()
            .filter_map(|p| p.integrity.as_deref())
            .flat_map(str::split_whitespace)
            .map(|h| (algorithm(h).to_string(), h.to_string()))
            .collect()
    };
    let (bh, hh) = (hashes(base), hashes(head));
    let mut checks = Vec::new();
    // A hash that disappears is the cheapest way to make tampering unverifiable.
    if !bh.is_empty() && hh.is_empty() {
        let previous = bh
            .iter()
            .map(|(_, h)| h.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        checks.push(Verdict::Integrity {
            reason: Some(IntegrityReason::IntegrityRemoved),
            previous: Some(previous),
            current: None,
            resolved: None,
            names: None,
        });
    }
    let algorithms: BTreeSet<&String> = bh
        .iter()
        .map(|(a, _)| a)
        .filter(|a| hh.iter().any(|(b, _)| b == *a))
        .collect();
    let only = |set: &BTreeSet<(String, String)>| -> BTreeSet<(String, String)> {
        set.iter()
            .filter(|(a, _)| algorithms.contains(a))
            .cloned()
            .collect()
    };
    let (bh, hh) = (only(&bh), only(&hh));
    if bh.iter().any(|h| !hh.contains(h)) && hh.iter().any(|h| !bh.contains(h)) {
        let join = |s: &BTreeSet<(String, String)>| {
            s.iter()
                .map(|(_, h)| h.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        };
        checks.push(Verdict::Integrity {
            reason: None,
            previous: Some(join(&bh)),
            current: Some(join(&hh)),
            resolved: None,
            names: None,
        });
    }
    let origins = |side: &[&Package]| -> BTreeSet<String> {
        side.iter().filter_map(|p| origin(&p.source)).collect()
    };
    let (bo, ho) = (origins(base), origins(head));
    let kinds = |side: &[&Package]| -> BTreeSet<&'static str> {
        side.iter().map(|p| kind(&p.source)).collect()
    };
    if kinds(base) != kinds(head)
        || (!bo.is_empty() && !ho.is_empty() && ho.iter().any(|o| !bo.contains(o)))
    {
        let describe = |side: &[&Package]| {
            side.iter()
                .map(|p| describe(&p.source))
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect::<Vec<_>>()
                .join(" ")
        };
        checks.push(Verdict::Source {
            reason: None,
            previous: Some(describe(base)),
            current: describe(head),
            replaces: None,
            host: None,
        });
    }
    let p = head.first()?;
    (!checks.is_empty()).then(|| {
        let mut f = finding(p, Change::Changed);
        f.previous_version = p.version.clone();
        f.checks = checks;
        f
    })
}

/// The algorithm part of a hash: `sha512` of SRI `sha512-…`, `sha256` of `sha256:…`, `h1`
/// of Go's `h1:…`, the cache key of yarn berry's `10/…`; empty for bare hex (Cargo).
fn algorithm(hash: &str) -> &str {
    match hash.find(['-', ':', '/']) {
        Some(i) if i <= 10 => hash.get(..i).unwrap_or_default(),
        _ => "",
    }
}

fn kind(s: &Source) -> &'static str {
    match s {
        Source::Registry { .. } => "registry",
        Source::Git { .. } => "git",
        Source::Url { .. } => "url",
        Source::Path { .. } => "path",
        Source::Workspace { .. } => "workspace",
    }
}

/// Where the bytes come from, without parts that legitimately vary: the `#fragment` of a
/// registry tarball URL (yarn appends the sha1 there).
fn origin(s: &Source) -> Option<String> {
    match s {
        Source::Registry { url } => url
            .as_deref()
            .map(|u| u.split('#').next().unwrap_or(u).to_string()),
        Source::Git { url, commit } => Some(format!("{url}#{}", commit.as_deref().unwrap_or(""))),
        Source::Url { url } => Some(url.clone()),
        Source::Path { path } => Some(path.clone()),
        Source::Workspace { path } => path.clone(),
    }
}

fn describe(s: &Source) -> String {
    match origin(s) {
        Some(o) => format!("{}:{o}", kind(s)),
        None => kind(s).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lock(text: &str) -> Loaded {
        let path = Path::new("package-lock.json");
        Loaded {
            lockfile: lockfile_parsers::parse(path, text.as_bytes(), &lockfile_parsers::NoFiles)
                .unwrap(),
        }
    }

    fn v3(packages: &[(&str, &str, &str, &[&str])], root_deps: &[&str]) -> Loaded {
        let deps: Vec<String> = root_deps
            .iter()
            .map(|d| format!("\"{d}\": \"*\""))
            .collect();
        let mut entries = vec![format!(
            "\"\": {{\"dependencies\": {{{}}}}}",
            deps.join(",")
        )];
        for (key, version, integrity, requires) in packages {
            let req: Vec<String> = requires.iter().map(|r| format!("\"{r}\": \"*\"")).collect();
            entries.push(format!(
                "\"node_modules/{key}\": {{\"version\": \"{version}\", \"integrity\": \"{integrity}\", \"dependencies\": {{{}}}}}",
                req.join(",")
            ));
        }
        lock(&format!(
            "{{\"lockfileVersion\": 3, \"packages\": {{{}}}}}",
            entries.join(",")
        ))
    }

    fn run(base: &Loaded, head: &Loaded) -> Vec<DependencyFinding> {
        diff_packages("package-lock.json", Some(base), Some(head))
    }

    #[test]
    fn new_transitive_package_names_the_bumped_direct_dependency() {
        let base = v3(
            &[
                ("axios", "1.14.0", "sha512-a", &[]),
                ("other", "1.0.0", "sha512-o", &["shared"]),
                ("shared", "1.0.0", "sha512-s", &[]),
            ],
            &["axios", "other"],
        );
        let head = v3(
            &[
                ("axios", "1.14.1", "sha512-b", &["plain-crypto-js"]),
                ("plain-crypto-js", "4.2.1", "sha512-p", &[]),
                ("other", "1.0.0", "sha512-o", &["shared"]),
                ("shared", "1.0.0", "sha512-s", &[]),
            ],
            &["axios", "other"],
        );
        let f = run(&base, &head);
        assert_eq!(f.len(), 2, "{f:#?}");
        let axios = f.iter().find(|f| f.name == "axios").unwrap();
        assert_eq!(
            (
                axios.change,
                axios.previous_version.as_deref(),
                axios.direct
            ),
            (Change::Upgraded, Some("1.14.0"), true)
        );
        let new = f.iter().find(|f| f.name == "plain-crypto-js").unwrap();
        assert_eq!((new.change, new.direct), (Change::Added, false));
        assert_eq!(new.introduced_by, ["axios@1.14.1"]);
    }

    #[test]
    fn downgrade_removal_and_second_copy_of_a_name() {
        let base = v3(
            &[
                ("a", "2.0.0", "x", &[]),
                ("gone", "1.0.0", "g", &[]),
                ("js-yaml", "4.1.0", "j4", &[]),
            ],
            &["a"],
        );
        let head = v3(
            &[
                ("a", "1.9.0", "y", &[]),
                ("js-yaml", "4.1.0", "j4", &[]),
                ("x/node_modules/js-yaml", "5.0.0", "j5", &[]),
            ],
            &["a"],
        );
        let f = run(&base, &head);
        let by = |n: &str| f.iter().find(|f| f.name == n).unwrap();
        assert_eq!(by("a").change, Change::Downgraded);
        assert_eq!(
            (
                by("gone").change,
                by("gone").version.as_deref(),
                by("gone").previous_version.as_deref()
            ),
            (Change::Removed, None, Some("1.0.0"))
        );
        assert_eq!(
            (by("js-yaml").change, by("js-yaml").version.as_deref()),
            (Change::Added, Some("5.0.0")),
            "4.1.0 stays, 5 is an addition"
        );
        assert_eq!(f.len(), 3);
    }

    #[test]
    fn same_version_with_new_integrity_is_changed_with_the_check() {
        let base = v3(&[("a", "1.0.0", "sha512-old", &[])], &["a"]);
        let head = v3(&[("a", "1.0.0", "sha512-new", &[])], &["a"]);
        let f = run(&base, &head);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].change, Change::Changed);
        assert!(
            matches!(&f[0].checks[0], Verdict::Integrity { previous: Some(previous), reason: None, .. } if previous == "sha512-old"),
            "{f:#?}"
        );
        // sha1 → sha512 is a different algorithm, not a different tarball.
        let head = v3(&[("a", "1.0.0", "sha1-other", &[])], &["a"]);
        assert!(run(&base, &head).is_empty());
    }

    #[test]
    fn a_package_that_loses_its_integrity_is_flagged() {
        let base = lock(
            r#"{"lockfileVersion": 3, "packages": {"node_modules/a": {"version": "1.0.0", "integrity": "sha512-old"}}}"#,
        );
        let head =
            lock(r#"{"lockfileVersion": 3, "packages": {"node_modules/a": {"version": "1.0.0"}}}"#);
        let f = run(&base, &head);
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(
            f[0].checks[0],
            Verdict::Integrity {
                reason: Some(IntegrityReason::IntegrityRemoved),
                previous: Some("sha512-old".into()),
                current: None,
                resolved: None,
                names: None,
            }
        );
    }

    #[test]
    fn source_change_to_git_is_reported_and_local_packages_never_are() {
        let base = lock(
            r#"{"lockfileVersion": 3, "packages": {"node_modules/a": {"version": "1.0.0", "resolved": "https://r.invalid/a/-/a-1.0.0.tgz"}, "packages/ws": {"name": "ws", "version": "0.1.0"}}}"#,
        );
        let head = lock(
            r#"{"lockfileVersion": 3, "packages": {"node_modules/a": {"version": "1.0.0", "resolved": "git+https://host.invalid/a.git#0123456789abcdef"}, "packages/ws": {"name": "ws", "version": "0.2.0"}}}"#,
        );
        let f = run(&base, &head);
        assert_eq!(f.len(), 1, "{f:#?}");
        assert!(
            matches!(&f[0].checks[0], Verdict::Source { current, .. } if current.starts_with("git:")),
            "{f:#?}"
        );
    }

    #[test]
    fn manifest_marks_direct_where_the_lockfile_cannot() {
        let head = lock(
            r#"{"lockfileVersion": 1, "dependencies": {"a": {"version": "1.0.0"}, "b": {"version": "1.0.0"}}}"#,
        );
        let names = ["a".to_string()].into();
        let head = Loaded::new(
            head.lockfile,
            Some(Direct {
                names,
                dev: Default::default(),
            }),
        );
        let f = diff_packages("package-lock.json", None, Some(&head));
        let direct: Vec<(&str, bool)> = f.iter().map(|f| (f.name.as_str(), f.direct)).collect();
        assert_eq!(direct, [("a", true), ("b", false)]);
    }

    #[test]
    fn json_shape_matches_the_design() {
        let base = v3(&[("left-pad", "1.3.0", "x", &[])], &["left-pad"]);
        let head = v3(&[("left-pad", "1.3.1", "y", &[])], &["left-pad"]);
        let f = crate::finding::Finding::Dependency(run(&base, &head).remove(0));
        let json = serde_json::to_value(&f).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"kind": "dependency", "ecosystem": "npm", "name": "left-pad", "version": "1.3.1",
                "previous_version": "1.3.0", "change": "upgraded", "lockfile": "package-lock.json",
                "direct": true, "introduced_by": [], "checks": []})
        );
    }

    #[test]
    fn file_and_directory_are_not_comparable() {
        let err = diff_files(Path::new("Cargo.toml"), Path::new("src")).unwrap_err();
        assert!(matches!(err, DepsError::Mismatch { .. }));
    }
}
