//! pylock.toml, the standard lock file of PEP 751 (`lock-version = "1.0"`). Each package
//! says where it comes from by which table it carries: `vcs`, `directory`, `archive`, or
//! `sdist` / `wheels` from an index.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use super::join_hashes;
use crate::model::{Dependency, Package, Source};
use crate::text::pep503;
use crate::{Ecosystem, Error, Parsed, Result};

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case")]
struct Lock {
    lock_version: String,
    #[serde(default)]
    packages: Vec<Entry>,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case")]
struct Entry {
    name: String,
    version: Option<String>,
    index: Option<String>,
    vcs: Option<Vcs>,
    directory: Option<Location>,
    archive: Option<Artifact>,
    sdist: Option<Artifact>,
    #[serde(default)]
    wheels: Vec<Artifact>,
    #[serde(default)]
    dependencies: Vec<BTreeMap<String, toml::Value>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case")]
struct Vcs {
    url: Option<String>,
    path: Option<String>,
    commit_id: String,
}

#[derive(Deserialize)]
struct Location {
    path: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case")]
struct Artifact {
    /// The file name; PEP 751 lets it be inferred from `url` or `path` when absent.
    name: Option<String>,
    url: Option<String>,
    path: Option<String>,
    #[serde(default)]
    hashes: BTreeMap<String, String>,
    /// PEP 751 writes a TOML datetime; some tools quote it, and the diff only needs
    /// its text, so both are read.
    upload_time: Option<toml::Value>,
}

impl Artifact {
    fn upload_time(&self) -> Option<String> {
        match self.upload_time.as_ref()? {
            toml::Value::Datetime(d) => Some(d.to_string()),
            toml::Value::String(s) => Some(s.clone()),
            _ => None,
        }
    }
}

pub fn parse(path: &Path, text: &str) -> Result<Parsed> {
    let lock: Lock = toml::from_str(text).map_err(|e| Error::toml(path, text, &e))?;
    if lock.lock_version.split('.').next() != Some("1") {
        return Err(Error::unsupported(path, &lock.lock_version));
    }
    let packages = lock.packages.into_iter().map(package).collect();
    Ok((Some(lock.lock_version), packages))
}

fn package(e: Entry) -> Package {
    let mut p = Package::new(Ecosystem::PyPI, pep503(&e.name), e.version);
    let artifacts: Vec<&Artifact> = e.archive.iter().chain(&e.sdist).chain(&e.wheels).collect();
    p.source = if let Some(v) = e.vcs {
        Source::Git {
            url: v.url.or(v.path).unwrap_or_default(),
            commit: Some(v.commit_id),
        }
    } else if let Some(d) = e.directory {
        Source::Path { path: d.path }
    } else if let Some(a) = &e.archive {
        match (&a.url, &a.path) {
            (Some(url), _) => Source::Url { url: url.clone() },
            (None, path) => Source::Path {
                path: path.clone().unwrap_or_default(),
            },
        }
    } else {
        Source::Registry { url: e.index }
    };
    let hashes = artifacts
        .iter()
        .flat_map(|a| a.hashes.iter().map(|(alg, h)| format!("{alg}:{h}")))
        .collect();
    p.integrity = join_hashes(hashes);
    p.published = artifacts.iter().filter_map(|a| a.upload_time()).min();
    p.files = artifacts
        .iter()
        .flat_map(|a| a.name.iter().chain(&a.url))
        .cloned()
        .collect();
    p.dependencies = e
        .dependencies
        .iter()
        .filter_map(|d| d.get("name").and_then(toml::Value::as_str))
        .map(|n| Dependency {
            name: pep503(n),
            req: None,
        })
        .collect();
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pep751_sources_hashes_and_upload_time() {
        let text = r#"lock-version = "1.0"
created-by = "x"
[[packages]]
name = "Attrs"
version = "25.1.0"
index = "https://pypi.invalid/simple"
wheels = [{ name = "attrs-25.1.0-py3-none-any.whl", url = "https://files.pypi.invalid/attrs.whl", upload-time = 2025-01-25T11:30:10Z, hashes = { sha256 = "c7" } }]
[[packages]]
name = "mine"
directory = { path = ".", editable = true }
[[packages]]
name = "tool"
version = "1.0"
vcs = { type = "git", url = "https://host.invalid/tool.git", commit-id = "0123456789abcdef" }
"#;
        let (_, p) = parse(Path::new("pylock.toml"), text).unwrap();
        assert_eq!(p[0].name, "attrs");
        assert_eq!(p[0].integrity.as_deref(), Some("sha256:c7"));
        assert_eq!(p[0].published.as_deref(), Some("2025-01-25T11:30:10Z"));
        assert!(p[1].source.is_local() && p[1].version.is_none());
        assert!(matches!(
            &p[2].source,
            Source::Git {
                commit: Some(_),
                ..
            }
        ));
        assert!(matches!(
            parse(Path::new("pylock.toml"), "lock-version = \"2.0\"\n"),
            Err(Error::UnsupportedVersion { .. })
        ));
    }
}
