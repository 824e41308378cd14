//! The dependency diff: what a change does to the packages of each lockfile.
//!
//! Lockfiles are read by `lockfile-parsers`; this module pairs the two sides and classifies
//! every package as added, removed, upgraded, downgraded, or changed in place (same version,
//! different integrity or source: a tampering signal). Local packages (workspace members,
//! path dependencies) are left out: they never come from a registry's namespace.
//!
//! Identity is the ecosystem and the normalised name. A name can be installed in several
//! versions at once (npm's nested `node_modules`, Cargo's semver-incompatible duplicates);
//! versions present on both sides are unchanged, the remaining ones are paired in ascending
//! version order (each pair an upgrade or downgrade), and what is left over is added or
//! removed. This is the counting convention of the shared lockfile corpus, and it keeps a
//! second copy of a package (`js-yaml` 5 beside 4) an addition rather than an upgrade.

mod graph;

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use lockfile_parsers::manifest::{self, Direct};
use lockfile_parsers::{Disk, Ecosystem, Files, Format, Lockfile, Package, Source, version};

use crate::finding::{Change, Check, DependencyFinding};

#[derive(Debug, thiserror::Error)]
pub enum DepsError {
    #[error(transparent)]
    Parse(#[from] lockfile_parsers::Error),
    #[error("{}: cannot read: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{} and {}: compare two lockfiles or two directories", base.display(), head.display())]
    Mismatch { base: PathBuf, head: PathBuf },
}

/// Diffs two lockfiles, or every lockfile of two directories. Lockfiles of directories are
/// paired by their directory and ecosystem, so a project that moves from `yarn.lock` to
/// `package-lock.json` (or from `go.mod` alone to `go.mod` + `go.sum`) is one comparison,
/// not a removal of everything and an addition of everything.
pub fn diff_files(base: &Path, head: &Path) -> Result<Vec<DependencyFinding>, DepsError> {
    match (base.is_dir(), head.is_dir()) {
        (false, false) => {
            let name = head.file_name().map_or_else(|| head.display().to_string(), |n| n.to_string_lossy().into_owned());
            let (b, h) = (read_file(base)?, read_file(head)?);
            diff_contents(Path::new(&name), &Side::of(base, &b, &Disk), &Side::of(head, &h, &Disk))
        }
        (true, true) => diff_dirs(base, head),
        _ => Err(DepsError::Mismatch { base: base.to_path_buf(), head: head.to_path_buf() }),
    }
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
        Side { path, bytes: Some(bytes), files }
    }

    /// The lockfile does not exist on this side (added or deleted by the change).
    pub fn absent(path: &'a Path) -> Self {
        Side { path, bytes: None, files: &lockfile_parsers::NoFiles }
    }
}

/// Diffs one lockfile between two trees; `lockfile` is the name reports show. This is the
/// entry point for lockfiles read from git: either side may be absent.
pub fn diff_contents(lockfile: &Path, base: &Side, head: &Side) -> Result<Vec<DependencyFinding>, DepsError> {
    let base = load(base)?;
    let head = load(head)?;
    Ok(diff_packages(&lockfile.display().to_string(), base.as_ref(), head.as_ref()))
}

/// A parsed lockfile with the direct flags its manifest adds.
pub struct Loaded {
    pub lockfile: Lockfile,
    pub direct: Option<Direct>,
}

/// Parses one side and reads the manifest beside it.
pub fn load(side: &Side) -> Result<Option<Loaded>, DepsError> {
    let Some(bytes) = side.bytes else { return Ok(None) };
    let lockfile = lockfile_parsers::parse(side.path, bytes, side.files)?;
    let direct = manifest::read_direct(side.path, lockfile.format, side.files)?;
    Ok(Some(Loaded { lockfile, direct }))
}

fn read_file(path: &Path) -> Result<Vec<u8>, DepsError> {
    std::fs::read(path).map_err(|source| DepsError::Io { path: path.to_path_buf(), source })
}

fn diff_dirs(base: &Path, head: &Path) -> Result<Vec<DependencyFinding>, DepsError> {
    let key = |root: &Path, p: &Path| -> Option<(PathBuf, Ecosystem)> {
        let rel = p.strip_prefix(root).ok()?;
        let format = lockfile_parsers::detect(p, &[])?;
        Some((rel.parent().unwrap_or(Path::new("")).to_path_buf(), format.ecosystem()))
    };
    let mut groups: BTreeMap<(PathBuf, Ecosystem), (Option<PathBuf>, Option<PathBuf>)> = BTreeMap::new();
    for p in lockfile_parsers::find_lockfiles(base)? {
        if let Some(k) = key(base, &p) {
            groups.entry(k).or_default().0.get_or_insert(p);
        }
    }
    for p in lockfile_parsers::find_lockfiles(head)? {
        if let Some(k) = key(head, &p) {
            groups.entry(k).or_default().1.get_or_insert(p);
        }
    }
    let mut out = Vec::new();
    for ((_, _), (b, h)) in groups {
        let shown = h.as_deref().or(b.as_deref()).map(|p| {
            let root = if h.is_some() { head } else { base };
            p.strip_prefix(root).unwrap_or(p).to_path_buf()
        });
        let Some(shown) = shown else { continue };
        let b_bytes = b.as_deref().map(read_file).transpose()?;
        let h_bytes = h.as_deref().map(read_file).transpose()?;
        let side = |p: &Option<PathBuf>, bytes: &Option<Vec<u8>>| -> Option<(PathBuf, Vec<u8>)> { Some((p.clone()?, bytes.clone()?)) };
        let (bs, hs) = (side(&b, &b_bytes), side(&h, &h_bytes));
        let base_side = bs.as_ref().map_or_else(|| Side::absent(&shown), |(p, bytes)| Side::of(p, bytes, &Disk));
        let head_side = hs.as_ref().map_or_else(|| Side::absent(&shown), |(p, bytes)| Side::of(p, bytes, &Disk));
        out.extend(diff_contents(&shown, &base_side, &head_side)?);
    }
    Ok(out)
}

/// The diff of two parsed sides (either may be absent).
pub fn diff_packages(lockfile: &str, base: Option<&Loaded>, head: Option<&Loaded>) -> Vec<DependencyFinding> {
    let base_pkgs = base.map(with_manifest).unwrap_or_default();
    let head_pkgs = head.map(with_manifest).unwrap_or_default();
    let by_name = |pkgs: &[Package]| -> BTreeMap<(Ecosystem, String), Vec<usize>> {
        let mut m: BTreeMap<(Ecosystem, String), Vec<usize>> = BTreeMap::new();
        for (i, p) in pkgs.iter().enumerate().filter(|(_, p)| !p.source.is_local()) {
            m.entry((p.ecosystem, p.name.clone())).or_default().push(i);
        }
        m
    };
    let (b_idx, h_idx) = (by_name(&base_pkgs), by_name(&head_pkgs));
    let keys: BTreeSet<&(Ecosystem, String)> = b_idx.keys().chain(h_idx.keys()).collect();
    let mut out = Vec::new();
    for key in keys {
        let b: Vec<&Package> = b_idx.get(key).into_iter().flatten().filter_map(|&i| base_pkgs.get(i)).collect();
        let h: Vec<&Package> = h_idx.get(key).into_iter().flatten().filter_map(|&i| head_pkgs.get(i)).collect();
        diff_name(key.0, &b, &h, &mut |f| out.push(f));
    }
    for f in &mut out {
        f.lockfile = lockfile.to_string();
    }
    graph::fill_introduced_by(&head_pkgs, &mut out);
    out
}

/// The packages of a side, with `direct` and `dev` filled from the manifest where the
/// lockfile itself does not say.
fn with_manifest(l: &Loaded) -> Vec<Package> {
    let mut pkgs = l.lockfile.packages.clone();
    if let Some(d) = &l.direct {
        for p in &mut pkgs {
            if p.direct.is_none() {
                p.direct = Some(d.names.contains(&p.name));
            }
            if p.dev.is_none() && d.names.contains(&p.name) {
                p.dev = Some(d.dev.contains(&p.name));
            }
        }
    }
    pkgs
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
                let (px, py) = (version::compare(eco, x, x).is_some(), version::compare(eco, y, y).is_some());
                py.cmp(&px).then_with(|| x.cmp(y))
            }
        },
    }
}

fn diff_name(eco: Ecosystem, base: &[&Package], head: &[&Package], emit: &mut dyn FnMut(DependencyFinding)) {
    let (bv, hv) = (versions(eco, base), versions(eco, head));
    let only_b: Vec<Option<&str>> = bv.iter().copied().filter(|v| !hv.contains(v)).collect();
    let only_h: Vec<Option<&str>> = hv.iter().copied().filter(|v| !bv.contains(v)).collect();
    for v in bv.iter().filter(|v| hv.contains(v)) {
        if let Some(f) = changed_in_place(&at_version(base, *v), &at_version(head, *v)) {
            emit(f);
        }
    }
    let pairs = if base.is_empty() || head.is_empty() { 0 } else { only_b.len().min(only_h.len()) };
    for (old, new) in only_b.iter().zip(&only_h).take(pairs) {
        let Some(p) = first_at(head, *new) else { continue };
        let change = match (old, new) {
            (Some(o), Some(n)) => match version::compare(eco, o, n) {
                Some(Ordering::Less) => Change::Upgraded,
                Some(Ordering::Greater) => Change::Downgraded,
                _ => Change::Changed,
            },
            _ => Change::Changed,
        };
        let mut f = finding(p, change);
        f.previous_version = old.map(str::to_string);
        if change == Change::Changed {
            f.checks.push(check("unknown", [("reason", "versions-not-comparable".to_string())]));
        }
        emit(f);
    }
    for v in only_b.iter().skip(pairs) {
        if let Some(p) = first_at(base, *v) {
            let mut f = finding(p, Change::Removed);
            f.previous_version = f.version.take();
            emit(f);
        }
    }
    for v in only_h.iter().skip(pairs) {
        if let Some(p) = first_at(head, *v) {
            emit(finding(p, Change::Added));
        }
    }
}

fn at_version<'a>(side: &[&'a Package], v: Option<&str>) -> Vec<&'a Package> {
    side.iter().copied().filter(|p| p.version.as_deref() == v).collect()
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
    }
}

fn check<const N: usize>(name: &str, details: [(&str, String); N]) -> Check {
    Check {
        check: name.to_string(),
        details: details.into_iter().map(|(k, v)| (k.to_string(), serde_json::Value::String(v))).collect(),
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
    let hashes = |side: &[&Package]| -> BTreeSet<(String, String)> {
        side.iter()
            .filter_map(|p| p.integrity.as_deref())
            .flat_map(str::split_whitespace)
            .map(|h| (algorithm(h).to_string(), h.to_string()))
            .collect()
    };
    let (bh, hh) = (hashes(base), hashes(head));
    let algorithms: BTreeSet<&String> = bh.iter().map(|(a, _)| a).filter(|a| hh.iter().any(|(b, _)| b == *a)).collect();
    let only = |set: &BTreeSet<(String, String)>| -> BTreeSet<(String, String)> { set.iter().filter(|(a, _)| algorithms.contains(a)).cloned().collect() };
    let (bh, hh) = (only(&bh), only(&hh));
    let mut checks = Vec::new();
    if bh.iter().any(|h| !hh.contains(h)) && hh.iter().any(|h| !bh.contains(h)) {
        let join = |s: &BTreeSet<(String, String)>| s.iter().map(|(_, h)| h.as_str()).collect::<Vec<_>>().join(" ");
        checks.push(check("integrity", [("previous", join(&bh)), ("current", join(&hh))]));
    }
    let origins = |side: &[&Package]| -> BTreeSet<String> { side.iter().filter_map(|p| origin(&p.source)).collect() };
    let (bo, ho) = (origins(base), origins(head));
    let kinds = |side: &[&Package]| -> BTreeSet<&'static str> { side.iter().map(|p| kind(&p.source)).collect() };
    if kinds(base) != kinds(head) || (!bo.is_empty() && !ho.is_empty() && ho.iter().any(|o| !bo.contains(o))) {
        let describe = |side: &[&Package]| side.iter().map(|p| describe(&p.source)).collect::<BTreeSet<_>>().into_iter().collect::<Vec<_>>().join(" ");
        checks.push(check("source", [("previous", describe(base)), ("current", describe(head))]));
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
        Source::Registry { url } => url.as_deref().map(|u| u.split('#').next().unwrap_or(u).to_string()),
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

/// Which format a path would be parsed as, for callers choosing what to diff.
pub fn lockfile_format(path: &Path, bytes: &[u8]) -> Option<Format> {
    lockfile_parsers::detect(path, bytes)
}
