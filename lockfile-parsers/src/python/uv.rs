//! uv.lock (version 1). uv records where every package comes from, its file hashes and
//! the upload time of each file, and the dependency graph including the project's own
//! (editable or virtual) workspace members, which is where direct dependencies come from.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use super::{join_hashes, mark_scope};
use crate::model::{Dependency, Package, Source};
use crate::text::{git_commit, pep503};
use crate::{Ecosystem, Error, Parsed, Result};

#[derive(Deserialize)]
struct Lock {
    version: i64,
    revision: Option<i64>,
    #[serde(default)]
    package: Vec<Entry>,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case")]
struct Entry {
    name: String,
    version: Option<String>,
    #[serde(default)]
    source: BTreeMap<String, String>,
    #[serde(default)]
    dependencies: Vec<Dep>,
    #[serde(default)]
    optional_dependencies: BTreeMap<String, Vec<Dep>>,
    #[serde(default)]
    dev_dependencies: BTreeMap<String, Vec<Dep>>,
    sdist: Option<Artifact>,
    #[serde(default)]
    wheels: Vec<Artifact>,
}

#[derive(Deserialize)]
struct Dep {
    name: String,
    version: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case")]
struct Artifact {
    url: Option<String>,
    hash: Option<String>,
    upload_time: Option<String>,
}

pub fn parse(path: &Path, text: &str) -> Result<Parsed> {
    let lock: Lock = toml::from_str(text).map_err(|e| Error::toml(path, text, &e))?;
    if lock.version != 1 {
        return Err(Error::unsupported(path, lock.version));
    }
    let (mut roots, mut dev_roots) = (Vec::new(), Vec::new());
    let mut packages = Vec::with_capacity(lock.package.len());
    for e in lock.package {
        let p = package(path, e, &mut roots, &mut dev_roots)?;
        packages.push(p);
    }
    mark_scope(&mut packages, &roots, &dev_roots);
    let version = match lock.revision {
        Some(r) => format!("{} revision {r}", lock.version),
        None => lock.version.to_string(),
    };
    Ok((Some(version), packages))
}

fn package(
    path: &Path,
    e: Entry,
    roots: &mut Vec<String>,
    dev_roots: &mut Vec<String>,
) -> Result<Package> {
    let mut p = Package::new(Ecosystem::PyPI, pep503(&e.name), e.version);
    let (kind, location) =
        e.source.into_iter().next().ok_or_else(|| {
            Error::syntax(path, None, format!("package `{}` has no source", e.name))
        })?;
    p.source = match kind.as_str() {
        "registry" => Source::Registry {
            url: Some(location),
        },
        "git" => Source::Git {
            commit: git_commit(&location),
            url: location,
        },
        "url" => Source::Url { url: location },
        "editable" | "virtual" => Source::Workspace {
            path: Some(location),
        },
        _ => Source::Path { path: location },
    };
    let artifacts: Vec<&Artifact> = e.sdist.iter().chain(&e.wheels).collect();
    p.integrity = join_hashes(artifacts.iter().filter_map(|a| a.hash.clone()).collect());
    p.files = artifacts.iter().filter_map(|a| a.url.clone()).collect();
    // The earliest upload is when this version was published.
    p.published = artifacts.iter().filter_map(|a| a.upload_time.clone()).min();
    let optional: Vec<Dep> = e.optional_dependencies.into_values().flatten().collect();
    let dev: Vec<Dep> = e.dev_dependencies.into_values().flatten().collect();
    if p.source.is_local() {
        roots.extend(
            e.dependencies
                .iter()
                .chain(&optional)
                .map(|d| pep503(&d.name)),
        );
        dev_roots.extend(dev.iter().map(|d| pep503(&d.name)));
    }
    p.dependencies = e
        .dependencies
        .into_iter()
        .chain(optional)
        .chain(dev)
        .map(|d| Dependency {
            name: pep503(&d.name),
            req: d.version,
        })
        .collect();
    Ok(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOCK: &str = r#"version = 1
revision = 3
requires-python = ">=3.10"

[[package]]
name = "app"
source = { editable = "." }
dependencies = [{ name = "httpx" }]

[package.dev-dependencies]
dev = [{ name = "pytest" }]

[[package]]
name = "httpx"
version = "0.28.1"
source = { registry = "https://pypi.invalid/simple" }
dependencies = [{ name = "idna" }]
sdist = { url = "https://files.pypi.invalid/httpx-0.28.1.tar.gz", hash = "sha256:bb", size = 1, upload-time = "2024-12-06T15:37:23.222Z" }
wheels = [{ url = "https://files.pypi.invalid/httpx-0.28.1-py3-none-any.whl", hash = "sha256:aa", size = 1, upload-time = "2024-12-06T15:37:21.509Z" }]

[[package]]
name = "idna"
version = "3.10"
source = { registry = "https://pypi.invalid/simple" }

[[package]]
name = "pytest"
version = "8.0.0"
source = { registry = "https://pypi.invalid/simple" }

[[package]]
name = "docs"
version = "0.1.0"
source = { git = "https://host.invalid/o/docs#6f657b30593b00cf5f7c0b7eca74e83b3b6b7819" }
"#;

    #[test]
    fn sources_upload_time_direct_and_dev() {
        let (v, p) = parse(Path::new("uv.lock"), LOCK).unwrap();
        assert_eq!(v.as_deref(), Some("1 revision 3"));
        let by = |n: &str| p.iter().find(|p| p.name == n).unwrap();
        assert!(by("app").source.is_local() && by("app").version.is_none());
        let httpx = by("httpx");
        assert_eq!(httpx.published.as_deref(), Some("2024-12-06T15:37:21.509Z"));
        assert_eq!(httpx.integrity.as_deref(), Some("sha256:aa sha256:bb"));
        assert_eq!((httpx.direct, httpx.dev), (Some(true), Some(false)));
        assert_eq!(
            (by("idna").direct, by("idna").dev),
            (Some(false), Some(false))
        );
        assert_eq!(
            (by("pytest").direct, by("pytest").dev),
            (Some(true), Some(true))
        );
        assert!(matches!(
            &by("docs").source,
            Source::Git {
                commit: Some(_),
                ..
            }
        ));
    }

    #[test]
    fn future_version_refused() {
        assert!(matches!(
            parse(Path::new("uv.lock"), "version = 2\n"),
            Err(Error::UnsupportedVersion { .. })
        ));
    }
}
