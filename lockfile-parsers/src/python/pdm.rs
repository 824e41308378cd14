//! pdm.lock, every layout pdm wrote: TOML with `[[package]]` entries. The layouts differ
//! in small ways only, and the package tables keep their shape:
//!
//! - pdm 0.x (no `lock_version`): `section = "dev"`, `[package.dependencies]` tables, file
//!   hashes as `"name version" = [...]` directly under `[metadata]`;
//! - `lock_version` 2: `sections = [...]`, hashes under `[metadata.files]`;
//! - 3 and 3.1: no sections (all groups in one lock), hashes under `[metadata.files]`;
//! - 4.x: `groups = [...]`, `dependencies` as PEP 508 strings, hashes in each package's
//!   `files`.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use super::{join_hashes, pep508_name, url_source};
use crate::model::{Dependency, Package, Source};
use crate::text::pep503;
use crate::{Ecosystem, Error, Parsed, Result};

/// The newest major `lock_version` pdm writes; a later one is a layout not seen yet.
const MAX_MAJOR: u64 = 4;

#[derive(Deserialize)]
struct Lock {
    #[serde(default)]
    metadata: BTreeMap<String, toml::Value>,
    #[serde(default)]
    package: Vec<Entry>,
}

#[derive(Deserialize)]
struct Entry {
    name: String,
    version: Option<String>,
    groups: Option<Vec<String>>,
    sections: Option<Vec<String>>,
    section: Option<String>,
    #[serde(default)]
    dependencies: Dependencies,
    #[serde(default)]
    files: Vec<FileHash>,
    git: Option<String>,
    revision: Option<String>,
    path: Option<String>,
    url: Option<String>,
}

/// 4.x lists PEP 508 strings; earlier layouts wrote a `name = "requirement"` table.
#[derive(Deserialize)]
#[serde(untagged)]
enum Dependencies {
    List(Vec<String>),
    Table(BTreeMap<String, toml::Value>),
}

impl Default for Dependencies {
    fn default() -> Self {
        Dependencies::List(Vec::new())
    }
}

impl Dependencies {
    fn names(&self) -> Vec<String> {
        match self {
            Dependencies::List(l) => l.iter().filter_map(|d| pep508_name(d)).collect(),
            Dependencies::Table(t) => t.keys().map(|n| pep503(n)).collect(),
        }
    }
}

#[derive(Deserialize)]
struct FileHash {
    /// The file's name (`file`) or, in some layouts, its URL (`url`).
    file: Option<String>,
    url: Option<String>,
    hash: String,
}

impl FileHash {
    fn location(&self) -> Option<String> {
        self.file.clone().or_else(|| self.url.clone())
    }
}

pub fn parse(path: &Path, text: &str) -> Result<Parsed> {
    let mut lock: Lock = toml::from_str(text).map_err(|e| Error::toml(path, text, &e))?;
    let version = match lock.metadata.get("lock_version") {
        None => None,
        Some(toml::Value::String(v)) => Some(v.clone()),
        Some(other) => {
            return Err(Error::syntax(
                path,
                None,
                format!(
                    "`metadata.lock_version` is not a string: {}",
                    other.type_str()
                ),
            ));
        }
    };
    if let Some(v) = &version {
        let major = v.split('.').next().and_then(|m| m.parse::<u64>().ok());
        if !major.is_some_and(|m| (1..=MAX_MAJOR).contains(&m)) {
            return Err(Error::unsupported(path, v));
        }
    }
    let mut legacy = legacy_hashes(&mut lock.metadata);
    let packages = lock
        .package
        .into_iter()
        .map(|e| package(e, &mut legacy))
        .collect();
    Ok((version, packages))
}

/// File hashes and file names (or URLs) that layouts before 4.0 keep outside the
/// package, keyed `"name version"`: under `[metadata.files]` (2 to 3.1) or directly under
/// `[metadata]` (0.x).
fn legacy_hashes(metadata: &mut BTreeMap<String, toml::Value>) -> BTreeMap<String, Legacy> {
    let files = match metadata.remove("files") {
        Some(toml::Value::Table(t)) => t.into_iter().collect(),
        _ => std::mem::take(metadata),
    };
    files
        .into_iter()
        .filter_map(|(key, value)| {
            let entries = value.as_array()?;
            let field = |f: &toml::Value, k: &str| {
                f.get(k).and_then(toml::Value::as_str).map(str::to_string)
            };
            let hashes = entries.iter().filter_map(|f| field(f, "hash")).collect();
            let files = entries
                .iter()
                .filter_map(|f| field(f, "file").or_else(|| field(f, "url")))
                .collect();
            let (name, version) = key.split_once(' ')?;
            Some((
                format!("{} {version}", pep503(name)),
                Legacy { hashes, files },
            ))
        })
        .collect()
}

/// The hashes and files of one package in a pre-4.0 layout.
#[derive(Default)]
struct Legacy {
    hashes: Vec<String>,
    files: Vec<String>,
}

fn package(e: Entry, legacy: &mut BTreeMap<String, Legacy>) -> Package {
    let name = pep503(&e.name);
    let mut files = Legacy {
        files: e.files.iter().filter_map(FileHash::location).collect(),
        hashes: e.files.into_iter().map(|f| f.hash).collect(),
    };
    if files.hashes.is_empty() {
        let key = format!("{name} {}", e.version.as_deref().unwrap_or_default());
        files = legacy.remove(&key).unwrap_or_default();
    }
    let mut p = Package::new(Ecosystem::PyPI, name, e.version);
    p.integrity = join_hashes(files.hashes);
    p.files = files.files;
    let groups = e.groups.or(e.sections).or(e.section.map(|s| vec![s]));
    p.dev = groups.map(|g| !g.iter().any(|g| g == "default"));
    p.source = match (e.git, e.path, e.url) {
        (Some(url), _, _) => Source::Git {
            url,
            commit: e.revision,
        },
        (_, Some(path), _) => Source::Path { path },
        (_, _, Some(url)) => url_source(&url),
        _ => Source::Registry { url: None },
    };
    p.dependencies = e
        .dependencies
        .names()
        .into_iter()
        .map(|name| Dependency { name, req: None })
        .collect();
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_dependencies_and_git() {
        let text = "[metadata]\ngroups = [\"default\", \"test\"]\nlock_version = \"4.5.0\"\n\n[[package]]\nname = \"Requests\"\nversion = \"2.32.3\"\ngroups = [\"default\"]\ndependencies = [\"charset-normalizer<4,>=2\", \"idna<4,>=2.5 ; python_version >= '3'\"]\nfiles = [{file = \"r.whl\", hash = \"sha256:x\"}]\n\n[[package]]\nname = \"tool\"\nversion = \"0.1\"\ngroups = [\"test\"]\ngit = \"https://host.invalid/tool.git\"\nrevision = \"0123456789abcdef\"\n";
        let (_, p) = parse(Path::new("pdm.lock"), text).unwrap();
        assert_eq!((p[0].name.as_str(), p[0].dev), ("requests", Some(false)));
        assert_eq!(p[0].dependencies[1].name, "idna");
        assert!(
            matches!(
                &p[1].source,
                Source::Git {
                    commit: Some(_),
                    ..
                }
            ) && p[1].dev == Some(true)
        );
        assert!(
            parse(
                Path::new("pdm.lock"),
                "[metadata]\nlock_version = \"5.0\"\n"
            )
            .is_err()
        );
    }
}
