//! pnpm-lock.yaml, lockfile versions 5.x, 6.x and 9.x.
//!
//! The layouts differ in how a package is keyed: 5.x writes `/name/1.0.0_peer@2+other@3`,
//! 6.x `/name@1.0.0(peer@2)(other@3)`, 9.x `name@1.0.0` in `packages` with the
//! peer-suffixed variants in `snapshots`. Peer variants of one name and version are one
//! package to the gate (the bytes installed are the same), so they are merged here. 9.x no
//! longer writes `dev: true`, so dev scope is derived from the importers: a package is dev
//! when no production dependency of any importer reaches it.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::path::Path;

use serde::Deserialize;

use super::{is_git, source_from_resolved};
use crate::model::{Dependency, Package, Source};
use crate::text::split_npm_spec;
use crate::{Ecosystem, Error, Parsed, Result};

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct Lock {
    lockfile_version: Option<serde_yaml::Value>,
    importers: BTreeMap<String, Importer>,
    /// Single-project 5.x lockfiles put the importer's fields at the top level.
    #[serde(flatten)]
    root: Importer,
    packages: BTreeMap<String, Entry>,
    snapshots: BTreeMap<String, Snapshot>,
    time: BTreeMap<String, String>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct Importer {
    dependencies: BTreeMap<String, ImporterDep>,
    dev_dependencies: BTreeMap<String, ImporterDep>,
    optional_dependencies: BTreeMap<String, ImporterDep>,
}

/// 5.x writes the resolved version directly; 6.x and 9.x write `{specifier, version}`.
#[derive(Deserialize)]
#[serde(untagged)]
enum ImporterDep {
    Version(String),
    Spec { version: String },
}

impl ImporterDep {
    fn version(&self) -> &str {
        match self {
            ImporterDep::Version(v) | ImporterDep::Spec { version: v } => v,
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct Entry {
    resolution: Resolution,
    name: Option<String>,
    version: Option<String>,
    dev: Option<bool>,
    optional: Option<bool>,
    requires_build: bool,
    dependencies: BTreeMap<String, String>,
    optional_dependencies: BTreeMap<String, String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Resolution {
    integrity: Option<String>,
    tarball: Option<String>,
    #[serde(rename = "type")]
    kind: Option<String>,
    repo: Option<String>,
    commit: Option<String>,
    directory: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct Snapshot {
    dependencies: BTreeMap<String, String>,
    optional_dependencies: BTreeMap<String, String>,
    optional: bool,
}

/// Which key syntax a lockfile version uses.
#[derive(Clone, Copy, PartialEq)]
enum Style {
    Slash,
    At,
}

pub fn parse(path: &Path, text: &str) -> Result<Parsed> {
    let lock: Lock = serde_yaml::from_str(text).map_err(|e| Error::yaml(path, &e))?;
    let version = match &lock.lockfile_version {
        Some(serde_yaml::Value::String(s)) => s.clone(),
        Some(serde_yaml::Value::Number(n)) => n.to_string(),
        _ => return Err(Error::syntax(path, None, "missing `lockfileVersion`")),
    };
    let style = match version.split('.').next() {
        Some("5") => Style::Slash,
        Some("6" | "9") => Style::At,
        _ => return Err(Error::unsupported(path, &version)),
    };
    let packages = build(path, lock, style)?;
    Ok((Some(version), packages))
}

fn build(path: &Path, mut lock: Lock, style: Style) -> Result<Vec<Package>> {
    let mut by_key: BTreeMap<String, Package> = BTreeMap::new();
    for (key, e) in std::mem::take(&mut lock.packages) {
        let (name, version) = match (e.name.clone(), e.version.clone()) {
            (Some(n), Some(v)) => (n, v),
            _ => split_key(&key, style).ok_or_else(|| {
                Error::syntax(
                    path,
                    None,
                    format!("package key `{key}` has no name and version"),
                )
            })?,
        };
        let base = format!("{name}@{version}");
        let p = by_key.entry(base.clone()).or_insert_with(|| {
            let mut p = Package::new(Ecosystem::Npm, name, Some(version));
            p.source = source(&e.resolution);
            p.integrity = e.resolution.integrity.clone();
            p
        });
        p.has_install_script |= e.requires_build;
        p.dev = merge_flag(p.dev, e.dev);
        p.optional = merge_flag(p.optional, e.optional);
        p.published = p
            .published
            .take()
            .or_else(|| lookup_time(&lock.time, &key, style));
        add_edges(
            p,
            e.dependencies.into_iter().chain(e.optional_dependencies),
            style,
        );
    }
    for (key, s) in std::mem::take(&mut lock.snapshots) {
        let Some((name, version)) = split_key(&key, style) else {
            continue;
        };
        if let Some(p) = by_key.get_mut(&format!("{name}@{version}")) {
            p.optional = merge_flag(p.optional, Some(s.optional));
            add_edges(
                p,
                s.dependencies.into_iter().chain(s.optional_dependencies),
                style,
            );
        }
    }
    let importers: Vec<Importer> = std::mem::take(&mut lock.importers)
        .into_values()
        .chain([lock.root])
        .collect();
    mark_direct_and_dev(&mut by_key, &importers, style);
    Ok(by_key.into_values().collect())
}

/// Merges a flag across peer variants: a package is dev only if every variant is.
fn merge_flag(a: Option<bool>, b: Option<bool>) -> Option<bool> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x && y),
        (x, y) => x.or(y),
    }
}

fn lookup_time(time: &BTreeMap<String, String>, key: &str, style: Style) -> Option<String> {
    let stripped = strip_peers(key.trim_start_matches('/'), style);
    time.get(key)
        .or_else(|| time.get(stripped))
        .or_else(|| time.get(&format!("/{stripped}")))
        .cloned()
}

fn source(r: &Resolution) -> Source {
    match (r.kind.as_deref(), &r.repo, &r.directory) {
        (Some("git"), Some(repo), _) => Source::Git {
            url: repo.clone(),
            commit: r.commit.clone(),
        },
        (Some("directory"), _, Some(dir)) => Source::Path { path: dir.clone() },
        _ => match r.tarball.as_deref() {
            Some(t) if is_git(t) => source_from_resolved(Some(t)),
            Some(t) => source_from_resolved(Some(t)),
            None => Source::Registry { url: None },
        },
    }
}

/// Drops the peer-dependency suffix of a key or reference.
fn strip_peers(s: &str, style: Style) -> &str {
    let cut = match style {
        // 5.x encodes the `/` of scoped peers as `+`, so the suffix starts at the first `_`
        // after the last `/` (names themselves may contain `_`, as in `@types/babel__core`).
        Style::Slash => {
            let start = s.rfind('/').map_or(0, |i| i + 1);
            s.get(start..).and_then(|v| v.find('_')).map(|i| i + start)
        }
        Style::At => s.find('('),
    };
    cut.and_then(|i| s.get(..i)).unwrap_or(s)
}

/// Name and version of a `packages` / `snapshots` key.
fn split_key(key: &str, style: Style) -> Option<(String, String)> {
    let key = strip_peers(key.strip_prefix('/').unwrap_or(key), style);
    let (name, version) = match style {
        Style::At => split_npm_spec(key)?,
        Style::Slash => {
            let scoped = key.starts_with('@');
            let mut slashes = key.match_indices('/').map(|(i, _)| i);
            let at = if scoped {
                slashes.nth(1)?
            } else {
                slashes.next()?
            };
            (key.get(..at)?, key.get(at + 1..)?)
        }
    };
    (!name.is_empty() && !version.is_empty()).then(|| (name.to_string(), version.to_string()))
}

/// Resolves a dependency reference (`1.0.0(peer@2)`, `1.0.0_peer@2`, an alias
/// `real@1.0.0` / `/real/1.0.0`, or `link:../x`) to the name and version it installs.
fn resolve_ref(name: &str, reference: &str, style: Style) -> (String, String) {
    let r = strip_peers(reference, style);
    let looks_aliased = r.starts_with('/')
        || (style == Style::At && split_npm_spec(r).is_some() && !r.contains(':'));
    if looks_aliased && let Some((n, v)) = split_key(r, style) {
        return (n, v);
    }
    (name.to_string(), r.to_string())
}

fn add_edges(p: &mut Package, deps: impl Iterator<Item = (String, String)>, style: Style) {
    for (name, reference) in deps {
        let (name, version) = resolve_ref(&name, &reference, style);
        let edge = Dependency {
            name,
            req: Some(version),
        };
        if !p.dependencies.contains(&edge) {
            p.dependencies.push(edge);
        }
    }
}

/// Direct = declared by an importer; dev = unreachable from every importer's production
/// dependencies (used only where the lockfile has no `dev` flags, i.e. 9.x).
fn mark_direct_and_dev(
    by_key: &mut BTreeMap<String, Package>,
    importers: &[Importer],
    style: Style,
) {
    let mut direct = BTreeSet::new();
    let mut prod_roots = VecDeque::new();
    for imp in importers {
        let prod = imp.dependencies.iter().chain(&imp.optional_dependencies);
        for (name, dep) in prod.clone().chain(&imp.dev_dependencies) {
            let (n, v) = resolve_ref(name, dep.version(), style);
            direct.insert(format!("{n}@{v}"));
        }
        for (name, dep) in prod {
            let (n, v) = resolve_ref(name, dep.version(), style);
            prod_roots.push_back(format!("{n}@{v}"));
        }
    }
    let needs_dev = by_key.values().any(|p| p.dev.is_none());
    let mut reached = BTreeSet::new();
    if needs_dev {
        while let Some(key) = prod_roots.pop_front() {
            if !reached.insert(key.clone()) {
                continue;
            }
            if let Some(p) = by_key.get(&key) {
                prod_roots.extend(
                    p.dependencies
                        .iter()
                        .map(|d| format!("{}@{}", d.name, d.req.as_deref().unwrap_or(""))),
                );
            }
        }
    }
    for (key, p) in by_key.iter_mut() {
        p.direct = Some(direct.contains(key));
        if p.dev.is_none() {
            p.dev = Some(!reached.contains(key));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find<'a>(p: &'a [Package], n: &str, v: &str) -> &'a Package {
        p.iter()
            .find(|p| p.name == n && p.version.as_deref() == Some(v))
            .unwrap()
    }

    #[test]
    fn v5_slash_keys_with_peer_suffixes() {
        let text = "lockfileVersion: 5.4\nimporters:\n  .:\n    specifiers:\n      '@r/cjs': ^23\n    devDependencies:\n      '@r/cjs': 23.0.2_rollup@3.2.3\n\npackages:\n  /@r/cjs/23.0.2_rollup@3.2.3:\n    resolution: {integrity: sha512-x}\n    dependencies:\n      rollup: 3.2.3\n    dev: true\n  /@r/cjs/23.0.2_rollup@2.0.0:\n    resolution: {integrity: sha512-x}\n    dev: true\n  /rollup/3.2.3:\n    resolution: {integrity: sha512-y}\n    requiresBuild: true\n    dev: true\n  /@types/babel__core/7.1.17:\n    resolution: {integrity: sha512-z}\n    dev: true\n";
        let (_, p) = parse(Path::new("pnpm-lock.yaml"), text).unwrap();
        assert_eq!(p.len(), 3, "peer variants merge");
        assert!(p.iter().any(|p| p.name == "@types/babel__core"));
        let cjs = find(&p, "@r/cjs", "23.0.2");
        assert_eq!((cjs.direct, cjs.dev), (Some(true), Some(true)));
        assert_eq!(cjs.dependencies[0].req.as_deref(), Some("3.2.3"));
        assert!(find(&p, "rollup", "3.2.3").has_install_script);
    }

    #[test]
    fn v6_parenthesised_peers_and_links() {
        let text = "lockfileVersion: '6.0'\nimporters:\n  .:\n    dependencies:\n      a:\n        specifier: ^1\n        version: 1.0.0(b@2.0.0)\n      w:\n        specifier: workspace:*\n        version: link:packages/w\npackages:\n  /a@1.0.0(b@2.0.0):\n    resolution: {integrity: sha512-a}\n    dependencies:\n      b: 2.0.0\n    dev: false\n  /b@2.0.0:\n    resolution: {integrity: sha512-b}\n    dev: false\n";
        let (_, p) = parse(Path::new("pnpm-lock.yaml"), text).unwrap();
        assert_eq!(p.len(), 2);
        assert_eq!(find(&p, "a", "1.0.0").direct, Some(true));
        assert_eq!(find(&p, "b", "2.0.0").direct, Some(false));
    }

    #[test]
    fn v9_snapshots_give_edges_and_importers_give_dev_scope() {
        let text = "lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      a:\n        specifier: ^1\n        version: 1.0.0(c@3.0.0)\n    devDependencies:\n      d:\n        specifier: ^1\n        version: 1.0.0\npackages:\n  a@1.0.0:\n    resolution: {integrity: sha512-a}\n  b@2.0.0:\n    resolution: {integrity: sha512-b}\n  c@3.0.0:\n    resolution: {integrity: sha512-c}\n  d@1.0.0:\n    resolution: {integrity: sha512-d}\n  e@1.0.0:\n    resolution: {integrity: sha512-e}\n  real@4.0.0:\n    resolution: {integrity: sha512-r}\nsnapshots:\n  a@1.0.0(c@3.0.0):\n    dependencies:\n      b: 2.0.0\n      x: real@4.0.0\n  b@2.0.0: {}\n  c@3.0.0: {}\n  d@1.0.0:\n    dependencies:\n      e: 1.0.0\n  e@1.0.0: {}\n  real@4.0.0: {}\n";
        let (_, p) = parse(Path::new("pnpm-lock.yaml"), text).unwrap();
        assert_eq!(find(&p, "b", "2.0.0").dev, Some(false));
        assert_eq!(
            find(&p, "real", "4.0.0").dev,
            Some(false),
            "alias edge followed"
        );
        assert_eq!(find(&p, "e", "1.0.0").dev, Some(true));
        assert_eq!(find(&p, "d", "1.0.0").direct, Some(true));
    }

    #[test]
    fn unknown_version_is_refused() {
        let err = parse(Path::new("pnpm-lock.yaml"), "lockfileVersion: '10.0'\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "pnpm-lock.yaml: unsupported lockfile version 10.0"
        );
    }
}
