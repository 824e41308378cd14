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

use super::source_from_resolved;
use crate::model::{Dependency, Package, Source};
use crate::text::split_npm_spec;
use crate::{Ecosystem, Error, Parsed, Result};

/// One YAML document of the file. pnpm 11 writes two: the "env lockfile" (the package
/// manager itself and config dependencies) and then the project's lockfile; both have
/// this shape.
#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct Lock {
    lockfile_version: Option<String>,
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
    /// pnpm 11's env document: dependencies installed to configure pnpm, and pnpm itself.
    /// They run on every install, so they are production dependencies to the gate.
    config_dependencies: BTreeMap<String, ImporterDep>,
    package_manager_dependencies: BTreeMap<String, ImporterDep>,
}

impl Importer {
    fn production(&self) -> impl Iterator<Item = (&String, &ImporterDep)> {
        self.dependencies
            .iter()
            .chain(&self.optional_dependencies)
            .chain(&self.config_dependencies)
            .chain(&self.package_manager_dependencies)
    }
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
    /// Written for packages whose key does not say their name and version: directories,
    /// tarballs and git dependencies.
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
    /// pnpm 11 runtimes (`node@runtime:22.0.0`): a binary per platform, each from a URL.
    url: Option<String>,
    variants: Vec<Variant>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Variant {
    resolution: Resolution,
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
    let docs: Vec<Lock> = crate::yaml::documents(path, text)?;
    // pnpm reads an empty pnpm-lock.yaml as no lockfile at all.
    let Some(main) = docs.last() else {
        return Ok((None, Vec::new()));
    };
    let version = main
        .lockfile_version
        .clone()
        .ok_or_else(|| Error::syntax(path, None, "missing `lockfileVersion`"))?;
    let mut graph = Graph::default();
    for doc in docs {
        let style = style(path, doc.lockfile_version.as_deref().unwrap_or(&version))?;
        graph.add(path, doc, style)?;
    }
    Ok((Some(version), graph.finish()))
}

fn style(path: &Path, version: &str) -> Result<Style> {
    match version.split('.').next() {
        Some("5") => Ok(Style::Slash),
        // 7.0 is what pnpm 9 pre-releases wrote, in the 6.x layout.
        Some("6" | "7" | "9") => Ok(Style::At),
        _ => Err(Error::unsupported(path, version)),
    }
}

/// A package while the file is read: its dependency references stay unresolved until
/// every document's packages are known.
struct Node {
    package: Package,
    style: Style,
    edges: Vec<(String, String)>,
}

/// Packages of every document, keyed by their identity (see [`key_id`]); the importers
/// say which are direct and, through the edges, which are only reached from development
/// dependencies.
#[derive(Default)]
struct Graph {
    nodes: BTreeMap<String, Node>,
    importers: Vec<(Style, Importer)>,
}

impl Graph {
    fn add(&mut self, path: &Path, mut lock: Lock, style: Style) -> Result<()> {
        for (key, e) in std::mem::take(&mut lock.packages) {
            let id = key_id(&key, style);
            let node = match self.nodes.entry(id) {
                std::collections::btree_map::Entry::Occupied(o) => o.into_mut(),
                std::collections::btree_map::Entry::Vacant(v) => {
                    let (name, version) = name_and_version(&key, &e, style).ok_or_else(|| {
                        Error::syntax(
                            path,
                            None,
                            format!("package key `{key}` has no name and version"),
                        )
                    })?;
                    let mut package = Package::new(Ecosystem::Npm, name, version);
                    package.source = source(&e.resolution);
                    package.integrity = e.resolution.integrity.clone();
                    v.insert(Node {
                        package,
                        style,
                        edges: Vec::new(),
                    })
                }
            };
            let p = &mut node.package;
            p.has_install_script |= e.requires_build;
            p.dev = merge_flag(p.dev, e.dev);
            p.optional = merge_flag(p.optional, e.optional);
            p.published = p
                .published
                .take()
                .or_else(|| lookup_time(&lock.time, &key, style));
            node.edges
                .extend(e.dependencies.into_iter().chain(e.optional_dependencies));
        }
        for (key, s) in std::mem::take(&mut lock.snapshots) {
            if let Some(node) = self.nodes.get_mut(&key_id(&key, style)) {
                node.package.optional = merge_flag(node.package.optional, Some(s.optional));
                node.edges
                    .extend(s.dependencies.into_iter().chain(s.optional_dependencies));
            }
        }
        let importers = std::mem::take(&mut lock.importers).into_values();
        self.importers
            .extend(importers.chain([lock.root]).map(|i| (style, i)));
        Ok(())
    }

    /// The identity a dependency reference points at, among the packages read.
    fn resolve(&self, name: &str, reference: &str, style: Style) -> Option<String> {
        ref_ids(name, reference, style)
            .into_iter()
            .find(|id| self.nodes.contains_key(id))
    }

    fn finish(mut self) -> Vec<Package> {
        let mut resolved: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let mut dependencies: BTreeMap<String, Vec<Dependency>> = BTreeMap::new();
        for (id, node) in &self.nodes {
            let mut deps: Vec<Dependency> = Vec::new();
            let mut targets = Vec::new();
            for (name, reference) in &node.edges {
                let target = self.resolve(name, reference, node.style);
                let edge = match target.as_ref().and_then(|t| self.nodes.get(t)) {
                    Some(t) => Dependency {
                        name: t.package.name.clone(),
                        req: t.package.version.clone(),
                    },
                    None => Dependency {
                        name: name.clone(),
                        req: Some(strip_peers(reference, node.style).to_string()),
                    },
                };
                if !deps.contains(&edge) {
                    deps.push(edge);
                }
                targets.extend(target);
            }
            resolved.insert(id.clone(), targets);
            dependencies.insert(id.clone(), deps);
        }
        let (direct, prod_roots) = self.roots();
        let needs_dev = self.nodes.values().any(|n| n.package.dev.is_none());
        let mut reached = BTreeSet::new();
        if needs_dev {
            let mut queue: VecDeque<String> = prod_roots.into_iter().collect();
            while let Some(id) = queue.pop_front() {
                if reached.insert(id.clone()) {
                    queue.extend(resolved.get(&id).into_iter().flatten().cloned());
                }
            }
        }
        let mut out = Vec::with_capacity(self.nodes.len());
        for (id, node) in std::mem::take(&mut self.nodes) {
            let mut p = node.package;
            p.dependencies = dependencies.remove(&id).unwrap_or_default();
            p.direct = Some(direct.contains(&id));
            if p.dev.is_none() {
                p.dev = Some(!reached.contains(&id));
            }
            out.push(p);
        }
        out
    }

    /// Identities every importer declares (direct), and those it declares for production.
    fn roots(&self) -> (BTreeSet<String>, Vec<String>) {
        let mut direct = BTreeSet::new();
        let mut prod = Vec::new();
        for (style, imp) in &self.importers {
            for (name, dep) in imp.production() {
                if let Some(id) = self.resolve(name, dep.version(), *style) {
                    direct.insert(id.clone());
                    prod.push(id);
                }
            }
            for (name, dep) in &imp.dev_dependencies {
                direct.extend(self.resolve(name, dep.version(), *style));
            }
        }
        (direct, prod)
    }
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
        (Some("binary"), _, _) if r.url.is_some() => Source::Url {
            url: r.url.clone().unwrap_or_default(),
        },
        (Some("variations"), _, _) => r
            .variants
            .first()
            .map_or(Source::Url { url: String::new() }, |v| {
                source(&v.resolution)
            }),
        _ => match r.tarball.as_deref() {
            // A local tarball: `tarball: file:vendor/x-1.0.0.tgz`.
            Some(t) => source_from_resolved(Some(t)),
            None => Source::Registry { url: None },
        },
    }
}

/// True for a registry package's key: `/name/1.0.0` (5.x), `/name@1.0.0` (6.x),
/// `name@1.0.0` (9.x). Directory, tarball and git packages are keyed by their location
/// (`file:…`, `github.com/…`, and in 9.x `name@file:…`, `name@https://…`).
fn is_registry_key(key: &str, style: Style) -> bool {
    if key.starts_with('/') {
        return true;
    }
    style == Style::At
        && split_npm_spec(strip_peers(key, style))
            .is_some_and(|(_, v)| !v.contains(':') && !v.contains('/'))
}

/// Drops the peer-dependency (and patch hash) suffix of a key or reference.
fn strip_peers(s: &str, style: Style) -> &str {
    let cut = match style {
        // 5.x encodes the `/` of scoped peers as `+` and appends the suffix after `_`:
        // `_peer@2+other@3`, or a hash of it when long. A registry key's version has no
        // `_`, so the first one after the last `/` starts the suffix (names may contain
        // `_`, as in `@types/babel__core`). A location key (`file:libs/my_lib`) may have
        // `_` in its last segment, so there the suffix must look like one: name@version
        // pairs, or a hash of lowercase letters and digits.
        Style::Slash => {
            let start = s.rfind('/').map_or(0, |i| i + 1);
            let registry = s.starts_with('/');
            s.get(start..).and_then(|tail| {
                tail.match_indices('_')
                    .map(|(i, _)| i)
                    .find(|&i| registry || tail.get(i + 1..).is_some_and(looks_like_suffix))
                    .map(|i| i + start)
            })
        }
        Style::At => s.find('('),
    };
    cut.and_then(|i| s.get(..i)).unwrap_or(s)
}

/// A 5.x peer suffix: `peer@2+other@3`, or the hash pnpm writes instead of a long one.
fn looks_like_suffix(rest: &str) -> bool {
    rest.contains('@')
        || (rest.len() >= 20
            && rest
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// Name and version of a registry package's key.
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

/// The identity of a `packages` or `snapshots` key: `name@version` for registry packages
/// (peer variants of one version are one package: the bytes installed are the same), the
/// key without its peer suffix otherwise.
fn key_id(key: &str, style: Style) -> String {
    if is_registry_key(key, style)
        && let Some((name, version)) = split_key(key, style)
    {
        return format!("{name}@{version}");
    }
    strip_peers(key, style).to_string()
}

/// The package a non-registry key names. The entry's own `name` and `version` fields win
/// over the key: a 9.x tarball or git key carries the URL where the version would be, a
/// 6.x directory package has a name and no version at all.
fn name_and_version(key: &str, e: &Entry, style: Style) -> Option<(String, Option<String>)> {
    let from_key = if is_registry_key(key, style) {
        split_key(key, style).map(|(n, v)| (n, Some(v)))
    } else {
        // 9.x writes `name@location`; 5.x/6.x write the location alone.
        let stripped = strip_peers(key, style);
        split_npm_spec(stripped)
            .filter(|(n, _)| !n.contains(':') && !n.contains('/') || n.starts_with('@'))
            .map(|(n, v)| {
                (
                    n.to_string(),
                    v.strip_prefix("runtime:").map(str::to_string),
                )
            })
    };
    let name = e
        .name
        .clone()
        .or_else(|| from_key.as_ref().map(|(n, _)| n.clone()))?;
    let version = e.version.clone().or_else(|| from_key.and_then(|(_, v)| v));
    Some((name, version))
}

/// The identities a dependency reference (`1.0.0(peer@2)`, `1.0.0_peer@2`, an alias
/// `real@1.0.0` / `/real/1.0.0`, a location `file:../x` / `github.com/o/r/sha`) may point
/// at, most likely first. A `link:` reference is a workspace member, not a package.
fn ref_ids(name: &str, reference: &str, style: Style) -> Vec<String> {
    let r = strip_peers(reference, style);
    if r.starts_with("link:") {
        return Vec::new();
    }
    if r.starts_with('/') {
        return vec![key_id(r, style)];
    }
    if style == Style::At
        && !r.contains(':')
        && let Some((n, v)) = split_npm_spec(r)
        && !v.contains('/')
    {
        return vec![format!("{n}@{v}")];
    }
    vec![format!("{name}@{r}"), r.to_string()]
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

    /// Regression (issue 17): a 200 KB pnpm-lock.yaml nested 100,000 flow sequences deep
    /// took serde_yaml 36 s. The reader refuses it at its depth limit, naming the line.
    #[test]
    fn deeply_nested_flow_yaml_is_refused_at_its_line() {
        let n = 100_000;
        let text = format!(
            "lockfileVersion: '9.0'\npackages:\n  a@1.0.0:\n    resolution: {}{}\n",
            "[".repeat(n),
            "]".repeat(n)
        );
        let err = parse(Path::new("pnpm-lock.yaml"), &text).unwrap_err();
        assert_eq!(err.position().map(|p| p.line), Some(4), "{err}");
    }

    /// The same with block mappings, each line indented one step deeper.
    #[test]
    fn deeply_nested_block_yaml_is_refused_at_its_line() {
        let mut text = String::from("lockfileVersion: '9.0'\npackages:\n  a@1.0.0:\n");
        for depth in 2..600 {
            text.push_str(&" ".repeat(depth * 2));
            text.push_str("k:\n");
        }
        let err = parse(Path::new("pnpm-lock.yaml"), &text).unwrap_err();
        assert!(err.position().is_some_and(|p| p.line > 20), "{err}");
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
