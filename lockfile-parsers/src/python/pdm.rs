//! pdm.lock (lock_version 4.x): TOML with `[[package]]` entries whose `dependencies` are
//! PEP 508 strings and whose `groups` say which dependency group pulled them in.

use std::path::Path;

use serde::Deserialize;

use super::{join_hashes, pep508_name, url_source};
use crate::model::{Dependency, Package, Source};
use crate::text::pep503;
use crate::{Ecosystem, Error, Parsed, Result};

#[derive(Deserialize)]
struct Lock {
    metadata: Metadata,
    #[serde(default)]
    package: Vec<Entry>,
}

#[derive(Deserialize)]
struct Metadata {
    lock_version: String,
}

#[derive(Deserialize)]
struct Entry {
    name: String,
    version: Option<String>,
    groups: Option<Vec<String>>,
    #[serde(default)]
    dependencies: Vec<String>,
    #[serde(default)]
    files: Vec<FileHash>,
    git: Option<String>,
    revision: Option<String>,
    path: Option<String>,
    url: Option<String>,
}

#[derive(Deserialize)]
struct FileHash {
    hash: String,
}

pub fn parse(path: &Path, text: &str) -> Result<Parsed> {
    let lock: Lock = toml::from_str(text).map_err(|e| Error::toml(path, text, &e))?;
    if lock.metadata.lock_version.split('.').next() != Some("4") {
        return Err(Error::unsupported(path, &lock.metadata.lock_version));
    }
    let packages = lock.package.into_iter().map(package).collect();
    Ok((Some(lock.metadata.lock_version), packages))
}

fn package(e: Entry) -> Package {
    let mut p = Package::new(Ecosystem::PyPI, pep503(&e.name), e.version);
    p.integrity = join_hashes(e.files.into_iter().map(|f| f.hash).collect());
    p.dev = e.groups.map(|g| !g.iter().any(|g| g == "default"));
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
        .iter()
        .filter_map(|d| pep508_name(d))
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
