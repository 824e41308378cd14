//! package-lock.json and npm-shrinkwrap.json, lockfile versions 1 (a nested `dependencies`
//! tree) and 2/3 (a flat `packages` map keyed by install path). Version 2 carries both
//! layouts; the `packages` map is the complete one, so it wins.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Deserialize;

use super::{alias_target, edge, source_from_resolved};
use crate::model::{Package, Source};
use crate::{Ecosystem, Error, Parsed, Result};

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Lock {
    lockfile_version: Option<serde_json::Number>,
    #[serde(default, deserialize_with = "map_as_vec")]
    packages: Option<Vec<(String, Entry)>>,
    dependencies: Option<BTreeMap<String, V1Entry>>,
}

/// `resolved` is a string, but real npm 6 lockfiles also contain `"resolved": false` for
/// packages installed from a cache; anything but a string means "not recorded".
#[derive(Deserialize, Default)]
#[serde(untagged)]
enum Resolved {
    Url(String),
    #[default]
    #[serde(skip_deserializing)]
    Missing,
    Other(serde::de::IgnoredAny),
}

impl Resolved {
    fn as_deref(&self) -> Option<&str> {
        match self {
            Resolved::Url(s) => Some(s),
            _ => None,
        }
    }
}

/// One `packages` entry (v2/v3).
#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct Entry {
    name: Option<String>,
    version: Option<String>,
    resolved: Resolved,
    integrity: Option<String>,
    link: bool,
    dev: bool,
    optional: bool,
    dev_optional: bool,
    has_install_script: bool,
    #[serde(deserialize_with = "map_as_vec")]
    dependencies: Option<Vec<(String, String)>>,
    #[serde(deserialize_with = "map_as_vec")]
    optional_dependencies: Option<Vec<(String, String)>>,
    #[serde(deserialize_with = "map_as_vec")]
    peer_dependencies: Option<Vec<(String, String)>>,
    #[serde(deserialize_with = "map_as_vec")]
    dev_dependencies: Option<Vec<(String, String)>>,
}

/// Reads a JSON object as its entries in file order. The `packages` map of a large
/// lockfile has thousands of keys sharing the `node_modules/` prefix; keeping them in a
/// `Vec` instead of a `BTreeMap` saves the key comparisons, which the 5,000-package
/// benchmark showed as the largest single cost of parsing.
fn map_as_vec<'de, D, V>(d: D) -> std::result::Result<Option<Vec<(String, V)>>, D::Error>
where
    D: serde::Deserializer<'de>,
    V: Deserialize<'de>,
{
    struct Entries<V>(std::marker::PhantomData<V>);
    impl<'de, V: Deserialize<'de>> serde::de::Visitor<'de> for Entries<V> {
        type Value = Option<Vec<(String, V)>>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> std::result::Result<Self::Value, A::Error> {
            let mut out = Vec::with_capacity(map.size_hint().unwrap_or(0));
            while let Some(entry) = map.next_entry()? {
                out.push(entry);
            }
            Ok(Some(out))
        }
    }
    d.deserialize_map(Entries(std::marker::PhantomData))
}

/// One v1 `dependencies` tree node.
#[derive(Deserialize, Default)]
#[serde(default)]
struct V1Entry {
    version: Option<String>,
    resolved: Resolved,
    integrity: Option<String>,
    dev: bool,
    optional: bool,
    requires: BTreeMap<String, String>,
    dependencies: BTreeMap<String, V1Entry>,
}

pub fn parse(path: &Path, text: &str) -> Result<Parsed> {
    let lock: Lock = serde_json::from_str(text).map_err(|e| Error::json(path, &e))?;
    let version = match &lock.lockfile_version {
        None => 1,
        Some(n) => match n.as_u64() {
            Some(v @ 1..=3) => v,
            _ => return Err(Error::unsupported(path, n)),
        },
    };
    let packages = match (version, lock.packages) {
        (2 | 3, Some(packages)) => from_packages(packages),
        (3, None) => {
            return Err(Error::syntax(
                path,
                None,
                "lockfileVersion 3 without a `packages` map",
            ));
        }
        (_, _) => from_v1_tree(lock.dependencies.unwrap_or_default()),
    };
    Ok((Some(version.to_string()), packages))
}

/// The installed name of a `packages` key: the part after the last `node_modules/`.
fn installed_name(key: &str) -> Option<&str> {
    key.rsplit_once("node_modules/").map(|(_, name)| name)
}

fn from_packages(entries: Vec<(String, Entry)>) -> Vec<Package> {
    // Direct dependencies are what the root project and its workspace members declare;
    // they are installed at the top level, `node_modules/<name>`.
    let mut declared = BTreeSet::new();
    for (key, e) in &entries {
        if key.is_empty() || installed_name(key).is_none() {
            let all = [
                &e.dependencies,
                &e.dev_dependencies,
                &e.optional_dependencies,
                &e.peer_dependencies,
            ];
            declared.extend(
                all.into_iter()
                    .flatten()
                    .flatten()
                    .map(|(name, _)| name.clone()),
            );
        }
    }
    let mut out = Vec::with_capacity(entries.len());
    for (key, e) in entries {
        if key.is_empty() {
            continue; // the project itself
        }
        let installed = installed_name(&key);
        let name = e
            .name
            .clone()
            .or_else(|| installed.map(str::to_string))
            .unwrap_or_else(|| key.clone());
        let mut p = Package::new(Ecosystem::Npm, name, e.version.clone());
        p.source = match installed {
            None => Source::Workspace {
                path: Some(key.clone()),
            },
            Some(_) if e.link => Source::Workspace {
                path: e.resolved.as_deref().map(str::to_string),
            },
            Some(_) => source_from_resolved(e.resolved.as_deref()),
        };
        p.integrity = e.integrity;
        p.dev = Some(e.dev);
        p.optional = Some(e.optional || (e.dev_optional && !e.dev));
        p.has_install_script = e.has_install_script;
        p.direct =
            Some(installed.is_some_and(|n| {
                key.len() == "node_modules/".len() + n.len() && declared.contains(n)
            }));
        let deps = [e.dependencies, e.optional_dependencies, e.peer_dependencies];
        p.dependencies = deps
            .into_iter()
            .flatten()
            .flatten()
            .map(|(name, req)| edge(name, req))
            .collect();
        out.push(p);
    }
    out
}

fn from_v1_tree(root: BTreeMap<String, V1Entry>) -> Vec<Package> {
    let mut out = Vec::new();
    // An explicit stack instead of recursion: serde_json already caps nesting at 128, but
    // the walk should not depend on that.
    let mut stack: Vec<(String, V1Entry)> = root.into_iter().collect();
    while let Some((key, mut e)) = stack.pop() {
        stack.extend(std::mem::take(&mut e.dependencies));
        out.push(v1_package(key, e));
    }
    out
}

fn v1_package(key: String, e: V1Entry) -> Package {
    let written = e.version.clone();
    let (name, version, location) = match written.as_deref().and_then(alias_target) {
        Some((real, v)) => (
            real.to_string(),
            Some(v.to_string()),
            e.resolved.as_deref().map(str::to_string),
        ),
        // Git, file and tarball dependencies write their location as the version.
        None if written.as_deref().is_some_and(|v| v.contains(':')) => {
            (key, written.clone(), written.clone())
        }
        None => (key, written, e.resolved.as_deref().map(str::to_string)),
    };
    let mut p = Package::new(Ecosystem::Npm, name, version);
    p.source = source_from_resolved(location.as_deref());
    p.integrity = e.integrity;
    p.dev = Some(e.dev);
    p.optional = Some(e.optional);
    p.dependencies = e.requires.into_iter().map(|(n, r)| edge(n, r)).collect();
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<Package> {
        parse(Path::new("package-lock.json"), text).unwrap().1
    }

    const V3: &str = r#"{
      "name": "app", "lockfileVersion": 3, "requires": true,
      "packages": {
        "": { "name": "app", "workspaces": ["packages/*"],
              "dependencies": { "a": "^1.0.0", "x": "npm:real@^1.2.0" },
              "devDependencies": { "d": "1" } },
        "node_modules/a": { "version": "1.0.0", "resolved": "https://r.invalid/a/-/a-1.0.0.tgz",
              "integrity": "sha512-aaa", "hasInstallScript": true, "dependencies": { "b": "^2" } },
        "node_modules/b": { "version": "2.0.0", "resolved": "https://r.invalid/b/-/b-2.0.0.tgz" },
        "node_modules/a/node_modules/b": { "version": "1.0.0", "resolved": "https://r.invalid/b/-/b-1.0.0.tgz" },
        "node_modules/x": { "name": "real", "version": "1.2.3", "resolved": "https://r.invalid/real/-/real-1.2.3.tgz" },
        "node_modules/d": { "version": "1.0.0", "dev": true, "inBundle": true },
        "node_modules/g": { "version": "0.1.0", "resolved": "git+ssh://git@host.invalid/o/g.git#0123456789abcdef0123456789abcdef01234567" },
        "node_modules/ws": { "resolved": "packages/ws", "link": true },
        "packages/ws": { "name": "ws", "version": "0.0.1" }
      }
    }"#;

    #[test]
    fn v3_keeps_nested_duplicates_aliases_links_and_flags() {
        let p = run(V3);
        let find = |n: &str, v: &str| {
            p.iter()
                .find(|p| p.name == n && p.version.as_deref() == Some(v))
                .unwrap()
        };
        assert!(find("b", "2.0.0").direct == Some(false));
        assert!(find("b", "1.0.0").source.is_registry());
        let a = find("a", "1.0.0");
        assert!(
            a.has_install_script
                && a.direct == Some(true)
                && a.integrity.as_deref() == Some("sha512-aaa")
        );
        assert_eq!(
            find("real", "1.2.3").direct,
            Some(true),
            "alias keyed by the real name"
        );
        assert_eq!(find("d", "1.0.0").dev, Some(true));
        assert!(
            matches!(&find("g", "0.1.0").source, Source::Git { commit: Some(c), .. } if c.starts_with("0123"))
        );
        let ws: Vec<_> = p.iter().filter(|p| p.name == "ws").collect();
        assert_eq!(ws.len(), 2);
        assert!(ws.iter().all(|p| p.source.is_local()));
    }

    #[test]
    fn v1_walks_nested_tree_with_alias_and_git_version() {
        let text = r#"{ "lockfileVersion": 1, "dependencies": {
            "a": { "version": "1.0.0", "requires": { "b": "^1" },
                   "dependencies": { "b": { "version": "1.5.0", "dev": true } } },
            "b": { "version": "2.0.0" },
            "x": { "version": "npm:real@3.0.0" },
            "t": { "version": "git+https://host.invalid/o/t.git#abcdef0123456", "from": "git+https://host.invalid/o/t.git" },
            "l": { "version": "file:../l" } } }"#;
        let p = run(text);
        assert_eq!(p.len(), 6);
        assert!(p.iter().any(|p| p.name == "b"
            && p.version.as_deref() == Some("1.5.0")
            && p.dev == Some(true)));
        assert!(
            p.iter()
                .any(|p| p.name == "real" && p.version.as_deref() == Some("3.0.0"))
        );
        let t = p.iter().find(|p| p.name == "t").unwrap();
        assert!(matches!(&t.source, Source::Git { commit: Some(c), .. } if c == "abcdef0123456"));
        assert!(p.iter().find(|p| p.name == "l").unwrap().source.is_local());
    }

    #[test]
    fn future_version_is_refused() {
        let err = parse(
            Path::new("package-lock.json"),
            r#"{"lockfileVersion": 4, "packages": {}}"#,
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "package-lock.json: unsupported lockfile version 4"
        );
    }

    #[test]
    fn truncated_file_reports_line_and_column() {
        let cut = &V3[..V3.len() / 2];
        let err = parse(Path::new("package-lock.json"), cut).unwrap_err();
        let pos = err.position().unwrap();
        assert!(pos.line > 1 && pos.column.is_some(), "{err}");
    }

    #[test]
    fn wrong_types_are_errors_not_empty_results() {
        assert!(parse(Path::new("p"), r#"{"lockfileVersion": 2, "packages": []}"#).is_err());
        assert!(parse(Path::new("p"), "[]").is_err());
    }
}
