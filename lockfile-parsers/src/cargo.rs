//! Cargo.lock, versions 1 to 4, read through the `cargo-lock` crate so the source-id and
//! checksum rules are Cargo's own. The default registry is recognised with
//! `SourceId::is_default_registry`, so its host name appears nowhere in this crate.
//!
//! Packages without a source are workspace members or path dependencies; their
//! dependencies are the project's direct dependencies, which makes Cargo.lock one of the
//! formats that needs no manifest to say what is direct.

use std::collections::BTreeSet;
use std::path::Path;
use std::str::FromStr;

use serde::Deserialize;

use crate::model::{Dependency, Package, Source};
use crate::{Ecosystem, Error, Parsed, Result};

/// The newest `version = N` Cargo writes today.
const MAX_VERSION: i64 = 4;

/// Read first with the `toml` crate: it reports syntax errors with a position (cargo-lock
/// flattens them into a string) and lets an unknown `version` be refused clearly.
#[derive(Deserialize)]
struct Peek {
    version: Option<i64>,
    #[serde(default)]
    package: Vec<PeekPackage>,
    /// Version 1 keeps checksums here: `"checksum name version (source)" = "hex"`.
    #[serde(default)]
    metadata: std::collections::BTreeMap<String, toml::Value>,
}

#[derive(Deserialize)]
struct PeekPackage {
    checksum: Option<String>,
}

/// Every checksum must be plain hexadecimal before cargo-lock sees it: cargo-lock 11
/// slices checksum strings by byte offset and panics on a multi-byte character (found by
/// the `cargo_lock` fuzz target), and a panic is never an answer to bad input.
fn check_checksums(path: &Path, text: &str, peek: &Peek) -> Result<()> {
    let metadata = peek
        .metadata
        .iter()
        .filter(|(key, _)| key.starts_with("checksum "))
        .filter_map(|(_, value)| value.as_str());
    let all = peek
        .package
        .iter()
        .filter_map(|p| p.checksum.as_deref())
        .chain(metadata);
    // Version 1 writes `<none>` for a package it has no checksum for.
    for checksum in all.filter(|c| *c != "<none>") {
        if !checksum.bytes().all(|b| b.is_ascii_hexdigit()) {
            let line = text
                .find(checksum)
                .map_or(1, |at| text[..at].matches('\n').count() + 1);
            return Err(Error::at_line(
                path,
                line,
                format!("checksum {checksum:?} is not hexadecimal"),
            ));
        }
    }
    Ok(())
}

pub fn parse(path: &Path, text: &str) -> Result<Parsed> {
    let peek: Peek = toml::from_str(text).map_err(|e| Error::toml(path, text, &e))?;
    if let Some(v) = peek.version.filter(|v| !(1..=MAX_VERSION).contains(v)) {
        return Err(Error::unsupported(path, v));
    }
    check_checksums(path, text, &peek)?;
    let lock = cargo_lock::Lockfile::from_str(text)
        .map_err(|e| Error::syntax(path, None, e.to_string()))?;
    let local: BTreeSet<&str> = lock
        .packages
        .iter()
        .filter(|p| p.source.is_none())
        .map(|p| p.name.as_str())
        .collect();
    let direct: BTreeSet<&str> = lock
        .packages
        .iter()
        .filter(|p| p.source.is_none())
        .flat_map(|p| p.dependencies.iter().map(|d| d.name.as_str()))
        .collect();
    let packages = lock
        .packages
        .iter()
        .map(|p| {
            let mut out = Package::new(
                Ecosystem::Cargo,
                p.name.as_str(),
                Some(p.version.to_string()),
            );
            out.source = source(p.source.as_ref());
            out.integrity = p.checksum.as_ref().map(ToString::to_string);
            out.direct = Some(direct.contains(p.name.as_str()) && !local.contains(p.name.as_str()));
            out.dependencies = p
                .dependencies
                .iter()
                .map(|d| Dependency {
                    name: d.name.as_str().to_string(),
                    req: Some(d.version.to_string()),
                })
                .collect();
            out
        })
        .collect();
    Ok((Some((lock.version as u32).to_string()), packages))
}

fn source(id: Option<&cargo_lock::SourceId>) -> Source {
    match id {
        None => Source::Workspace { path: None },
        Some(s) if s.is_default_registry() => Source::Registry { url: None },
        Some(s) if s.is_registry() => Source::Registry {
            url: Some(s.url().to_string()),
        },
        Some(s) if s.is_git() => Source::Git {
            url: s.url().to_string(),
            commit: s.precise().map(str::to_string),
        },
        Some(s) => Source::Path {
            path: s.url().to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Cargo's source id for the default registry, spelled through the one constant that
    /// names that registry.
    fn with_default_registry(text: &str) -> String {
        let id = format!(
            "registry+https://github.com/rust-lang/{}-index",
            crate::RUST_CRATES_ECOSYSTEM
        );
        text.replace("DEFAULT_REGISTRY", &id)
    }

    /// Regression for a crash the `cargo_lock` fuzz target found: a checksum holding a
    /// multi-byte character (here a byte-order mark) made cargo-lock panic.
    #[test]
    fn a_checksum_with_a_multi_byte_character_is_an_error_not_a_panic() {
        let text = with_default_registry(
            "version = 3\n\n[[package]]\nname = \"adler32\"\nversion = \"1.2.0\"\nsource = \"DEFAULT_REGISTRY\"\nchecksum = \"aae1277d39aeec\u{feff}15cb388266ecc24b11c80469deae6067e17a1a7aa9e5c1f\"\n",
        );
        let error = parse(Path::new("Cargo.lock"), &text)
            .unwrap_err()
            .to_string();
        assert!(error.contains("Cargo.lock:7"), "{error}");
        assert!(error.contains("is not hexadecimal"), "{error}");
    }

    const LOCK: &str = r#"version = 4

[[package]]
name = "app"
version = "0.1.0"
dependencies = ["serde", "gitdep", "localdep"]

[[package]]
name = "localdep"
version = "0.1.0"

[[package]]
name = "serde"
version = "1.0.200"
source = "DEFAULT_REGISTRY"
checksum = "ddc6f9cc94d67c0e21aaf7eda3a010fd3af78ebf6e096aa6e2e13c79749cce4f"

[[package]]
name = "gitdep"
version = "0.2.0"
source = "git+https://host.invalid/o/gitdep?branch=main#0123456789abcdef0123456789abcdef01234567"

[[package]]
name = "private"
version = "1.0.0"
source = "sparse+https://registry.invalid/index/"
checksum = "ddc6f9cc94d67c0e21aaf7eda3a010fd3af78ebf6e096aa6e2e13c79749cce4f"
"#;

    #[test]
    fn registry_git_path_sources_checksums_and_direct() {
        let (v, p) = parse(Path::new("Cargo.lock"), &with_default_registry(LOCK)).unwrap();
        assert_eq!(v.as_deref(), Some("4"));
        let by = |n: &str| p.iter().find(|p| p.name == n).unwrap();
        assert!(by("app").source.is_local() && by("localdep").source.is_local());
        assert_eq!(by("serde").source, Source::Registry { url: None });
        assert!(by("serde").integrity.is_some() && by("serde").direct == Some(true));
        assert!(
            matches!(&by("gitdep").source, Source::Git { commit: Some(c), .. } if c.starts_with("0123"))
        );
        assert!(matches!(
            &by("private").source,
            Source::Registry { url: Some(_) }
        ));
        assert_eq!(by("private").direct, Some(false));
    }

    #[test]
    fn v1_metadata_checksums_are_attached() {
        let text = "[[package]]\nname = \"a\"\nversion = \"1.0.0\"\nsource = \"DEFAULT_REGISTRY\"\n\n[metadata]\n\"checksum a 1.0.0 (DEFAULT_REGISTRY)\" = \"ddc6f9cc94d67c0e21aaf7eda3a010fd3af78ebf6e096aa6e2e13c79749cce4f\"\n";
        let (v, p) = parse(Path::new("Cargo.lock"), &with_default_registry(text)).unwrap();
        assert_eq!(v.as_deref(), Some("1"));
        assert!(p[0].integrity.is_some());
    }

    #[test]
    fn future_version_and_syntax_errors() {
        let err = parse(Path::new("Cargo.lock"), "version = 5\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "Cargo.lock: unsupported lockfile version 5"
        );
        let err = parse(Path::new("Cargo.lock"), "version = 4\n[[package]\n").unwrap_err();
        assert_eq!(err.position().map(|p| p.line), Some(2));
    }
}
