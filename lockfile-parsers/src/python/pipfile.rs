//! Pipfile.lock: JSON with `default` (production) and `develop` sections. `version` is
//! `==x.y` for registry packages; `*` or a missing version is kept unpinned.
//!
//! pipenv's first lockfiles (2017) differ: no `pipfile-spec`, entries that are a bare
//! `"==1.0"` string, and a single `hash` instead of a `hashes` list. They are read too.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use super::{join_hashes, url_source};
use crate::model::{Package, Source};
use crate::text::pep503;
use crate::{Ecosystem, Error, Parsed, Result};

const MAX_SPEC: u64 = 6;

#[derive(Deserialize)]
struct Lock {
    #[serde(rename = "_meta", default)]
    meta: Meta,
    #[serde(default)]
    default: BTreeMap<String, Written>,
    #[serde(default)]
    develop: BTreeMap<String, Written>,
}

#[derive(Deserialize, Default)]
struct Meta {
    /// Absent before pipfile-spec 1 (pipenv's 2017 lockfiles).
    #[serde(rename = "pipfile-spec")]
    spec: Option<u64>,
}

/// An entry as written: a table, or (in 2017) the version specifier alone.
#[derive(Deserialize)]
#[serde(untagged)]
enum Written {
    Specifier(String),
    Entry(Entry),
}

impl Written {
    fn entry(self) -> Entry {
        match self {
            Written::Specifier(version) => Entry {
                version: Some(version),
                ..Entry::default()
            },
            Written::Entry(e) => e,
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Entry {
    version: Option<String>,
    hashes: Vec<String>,
    /// The single hash of 2017 lockfiles.
    hash: Option<String>,
    git: Option<String>,
    #[serde(rename = "ref")]
    reference: Option<String>,
    path: Option<String>,
    file: Option<String>,
    editable: bool,
}

pub fn parse(path: &Path, text: &str) -> Result<Parsed> {
    let lock: Lock = serde_json::from_str(text).map_err(|e| Error::json(path, &e))?;
    if let Some(spec) = lock.meta.spec.filter(|&s| s > MAX_SPEC) {
        return Err(Error::unsupported(path, spec));
    }
    let prod = lock
        .default
        .into_iter()
        .map(|(n, e)| package(n, e.entry(), false));
    let dev = lock
        .develop
        .into_iter()
        .map(|(n, e)| package(n, e.entry(), true));
    let version = lock.meta.spec.map(|s| s.to_string());
    Ok((version, prod.chain(dev).collect()))
}

fn package(name: String, mut e: Entry, dev: bool) -> Package {
    e.hashes.extend(e.hash.take());
    let pinned = e
        .version
        .as_deref()
        .and_then(|v| v.strip_prefix("===").or_else(|| v.strip_prefix("==")));
    let mut p = Package::new(Ecosystem::PyPI, pep503(&name), pinned.map(str::to_string));
    if pinned.is_none() {
        p.specifier = e.version.clone();
    }
    p.integrity = join_hashes(e.hashes);
    p.dev = Some(dev);
    p.source = if let Some(git) = e.git {
        let commit = e
            .reference
            .filter(|r| r.len() >= 7 && r.bytes().all(|b| b.is_ascii_hexdigit()));
        Source::Git { url: git, commit }
    } else if let Some(path) = e.path {
        Source::Path { path }
    } else if let Some(file) = e.file {
        url_source(&file)
    } else if e.editable {
        Source::Path {
            path: String::new(),
        }
    } else {
        Source::Registry { url: None }
    };
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_versions_and_sources() {
        let text = r#"{"_meta": {"pipfile-spec": 6, "sources": []},
          "default": {"Pytz": {"hashes": ["sha256:b", "sha256:a"], "version": "==2026.1"},
                      "legacy-cgi": {"version": "*"}},
          "develop": {"app": {"editable": true, "path": "."},
                      "lib": {"git": "https://host.invalid/lib.git", "ref": "0123456789abcdef"}}}"#;
        let (_, p) = parse(Path::new("Pipfile.lock"), text).unwrap();
        assert_eq!(
            (p[0].name.as_str(), p[0].version.as_deref(), p[0].dev),
            ("pytz", Some("2026.1"), Some(false))
        );
        assert_eq!(p[0].integrity.as_deref(), Some("sha256:a sha256:b"));
        assert_eq!(
            (p[1].version.as_deref(), p[1].specifier.as_deref()),
            (None, Some("*"))
        );
        assert!(p[2].source.is_local() && p[2].dev == Some(true));
        assert!(matches!(p[3].source, Source::Git { .. }));
        let err = parse(
            Path::new("Pipfile.lock"),
            r#"{"_meta": {"pipfile-spec": 7}}"#,
        )
        .unwrap_err();
        assert!(matches!(err, Error::UnsupportedVersion { .. }));
    }
}
