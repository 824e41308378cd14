//! poetry.lock, lock-version 1.x (hashes in `[metadata.files]`) and 2.x (hashes in each
//! package's `files`).

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use super::join_hashes;
use crate::model::{Dependency, Package, Source};
use crate::text::pep503;
use crate::{Ecosystem, Error, Parsed, Result};

#[derive(Deserialize)]
struct Lock {
    #[serde(default)]
    package: Vec<Entry>,
    metadata: Metadata,
}

#[derive(Deserialize)]
struct Metadata {
    #[serde(rename = "lock-version")]
    lock_version: Option<String>,
    #[serde(default)]
    files: BTreeMap<String, Vec<FileHash>>,
}

#[derive(Deserialize)]
struct FileHash {
    file: Option<String>,
    hash: String,
}

#[derive(Deserialize)]
struct Entry {
    name: String,
    version: String,
    category: Option<String>,
    groups: Option<Vec<String>>,
    optional: Option<bool>,
    #[serde(default)]
    dependencies: BTreeMap<String, toml::Value>,
    source: Option<EntrySource>,
    #[serde(default)]
    files: Vec<FileHash>,
}

#[derive(Deserialize)]
struct EntrySource {
    #[serde(rename = "type")]
    kind: String,
    url: String,
    resolved_reference: Option<String>,
}

pub fn parse(path: &Path, text: &str) -> Result<Parsed> {
    let mut lock: Lock = toml::from_str(text).map_err(|e| Error::toml(path, text, &e))?;
    let version = lock
        .metadata
        .lock_version
        .clone()
        .unwrap_or_else(|| "1.0".into());
    if !matches!(version.split('.').next(), Some("1" | "2")) {
        return Err(Error::unsupported(path, &version));
    }
    let packages = lock
        .package
        .into_iter()
        .map(|e| package(e, &mut lock.metadata.files))
        .collect();
    Ok((Some(version), packages))
}

fn package(e: Entry, legacy_files: &mut BTreeMap<String, Vec<FileHash>>) -> Package {
    let mut p = Package::new(Ecosystem::PyPI, pep503(&e.name), Some(e.version));
    let files = if e.files.is_empty() {
        legacy_files.remove(&e.name).unwrap_or_default()
    } else {
        e.files
    };
    p.files = files.iter().filter_map(|f| f.file.clone()).collect();
    p.integrity = join_hashes(files.into_iter().map(|f| f.hash).collect());
    p.dev = match (&e.groups, &e.category) {
        (Some(groups), _) => Some(!groups.iter().any(|g| g == "main")),
        (None, Some(category)) => Some(category == "dev"),
        (None, None) => None,
    };
    p.optional = e.optional;
    if let Some(s) = e.source {
        p.source = match s.kind.as_str() {
            "git" => Source::Git {
                url: s.url,
                commit: s.resolved_reference,
            },
            "directory" | "file" => Source::Path { path: s.url },
            "url" => Source::Url { url: s.url },
            _ => Source::Registry { url: Some(s.url) },
        };
    }
    p.dependencies = e
        .dependencies
        .into_iter()
        .map(|(n, c)| Dependency {
            name: pep503(&n),
            req: constraint(&c),
        })
        .collect();
    p
}

/// A dependency constraint is a string, a table with `version`, or a list of such tables
/// (one per marker set).
fn constraint(v: &toml::Value) -> Option<String> {
    match v {
        toml::Value::String(s) => Some(s.clone()),
        toml::Value::Table(t) => t
            .get("version")
            .and_then(toml::Value::as_str)
            .map(str::to_string),
        toml::Value::Array(a) => a.first().and_then(constraint),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn v1_metadata_files_and_categories() {
        let text = "[[package]]\nname = \"Foo_Bar\"\nversion = \"1.0\"\ncategory = \"dev\"\noptional = false\n[package.dependencies]\nsix = \">=1\"\nattrs = {version = \">=20\", markers = \"x\"}\n\n[[package]]\nname = \"mylib\"\nversion = \"0.1\"\ncategory = \"main\"\n[package.source]\ntype = \"git\"\nurl = \"https://host.invalid/mylib.git\"\nreference = \"main\"\nresolved_reference = \"abcdef1234567\"\n\n[metadata]\nlock-version = \"1.1\"\ncontent-hash = \"x\"\n[metadata.files]\nFoo_Bar = [{file = \"f.whl\", hash = \"sha256:b\"}, {file = \"f.tgz\", hash = \"sha256:a\"}]\n";
        let (v, p) = parse(Path::new("poetry.lock"), text).unwrap();
        assert_eq!(v.as_deref(), Some("1.1"));
        assert_eq!(p[0].name, "foo-bar");
        assert_eq!(p[0].integrity.as_deref(), Some("sha256:a sha256:b"));
        assert_eq!(p[0].dev, Some(true));
        assert_eq!(p[0].dependencies[0].req.as_deref(), Some(">=20"));
        assert!(
            matches!(&p[1].source, Source::Git { commit: Some(c), .. } if c == "abcdef1234567")
        );
    }

    #[test]
    fn v2_groups_and_future_version() {
        let text = "[[package]]\nname = \"a\"\nversion = \"1\"\ngroups = [\"dev\"]\nfiles = [{file = \"a.whl\", hash = \"sha256:x\"}]\n[metadata]\nlock-version = \"2.1\"\n";
        let (_, p) = parse(Path::new("poetry.lock"), text).unwrap();
        assert_eq!(
            (p[0].dev, p[0].integrity.as_deref()),
            (Some(true), Some("sha256:x"))
        );
        let err = parse(
            Path::new("poetry.lock"),
            "[metadata]\nlock-version = \"3.0\"\n",
        )
        .unwrap_err();
        assert!(matches!(err, Error::UnsupportedVersion { .. }));
    }

    #[test]
    fn toml_errors_have_line_and_column() {
        let err = parse(
            Path::new("poetry.lock"),
            "[[package]]\nname = \"a\"\nversion = 1 2\n",
        )
        .unwrap_err();
        assert_eq!(err.position().map(|p| p.line), Some(3), "{err}");
    }
}
