//! yarn.lock from yarn 2 and later ("berry"): real YAML, with a `__metadata` entry and one
//! entry per resolution. The package identity comes from `resolution` (`name@protocol:ref`),
//! not from the spec keys, so aliases (`x@npm:real@^1`) land on the real name.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use super::{alias_target, is_git, source_from_resolved};
use crate::model::{Dependency, Package, Source};
use crate::text::{git_commit, split_npm_spec};
use crate::{Ecosystem, Error, Parsed, Result};

/// `__metadata.version` values written by released yarn versions (yarn 2 wrote 4, yarn 4.10
/// writes 10). A larger number is a layout this parser has not seen.
const MAX_METADATA_VERSION: u64 = 10;

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct Entry {
    version: Option<String>,
    resolution: Option<String>,
    checksum: Option<String>,
    dependencies: BTreeMap<String, String>,
    peer_dependencies: BTreeMap<String, String>,
}

pub fn parse(path: &Path, text: &str) -> Result<Parsed> {
    let mut doc: BTreeMap<String, Entry> = crate::yaml::document(path, text)?;
    let meta = doc
        .remove("__metadata")
        .ok_or_else(|| Error::syntax(path, None, "yarn berry lockfile without `__metadata`"))?;
    let version = meta
        .version
        .ok_or_else(|| Error::syntax(path, None, "`__metadata.version` missing"))?;
    match version.parse::<u64>() {
        Ok(v) if v <= MAX_METADATA_VERSION => {}
        _ => return Err(Error::unsupported(path, &version)),
    }
    let mut out = Vec::with_capacity(doc.len());
    for (key, e) in doc {
        out.push(package(path, &key, e)?);
    }
    Ok((Some(version), out))
}

fn package(path: &Path, key: &str, e: Entry) -> Result<Package> {
    let bad = |what: &str| Error::syntax(path, None, format!("entry `{key}`: {what}"));
    let resolution = e.resolution.ok_or_else(|| bad("no `resolution`"))?;
    let (name, reference) =
        split_npm_spec(&resolution).ok_or_else(|| bad("`resolution` is not name@reference"))?;
    let version = e.version.ok_or_else(|| bad("no `version`"))?;
    // Yarn fetches what the resolution names: an `npm:` resolution's version is the one
    // installed, whatever the `version` field says (they agree in every lockfile yarn
    // writes; an edited one that makes them differ must not be judged by the wrong one).
    let version = match reference.strip_prefix("npm:") {
        Some(rest) => match rest.split("::").next() {
            Some(v) if !v.is_empty() => v.to_string(),
            _ => version,
        },
        None => version,
    };
    let mut p = Package::new(Ecosystem::Npm, name, Some(version));
    p.source = source(reference);
    p.integrity = e.checksum;
    let deps = e.dependencies.into_iter().chain(e.peer_dependencies);
    p.dependencies = deps.map(|(n, r)| edge(n, r)).collect();
    Ok(p)
}

/// The protocol of a resolution reference decides where the package comes from. A
/// `patch:` resolution is the package it patches, with the patch (a file in the
/// repository) applied on install: its source is the patched package's.
fn source(reference: &str) -> Source {
    let (protocol, rest) = reference.split_once(':').unwrap_or(("", reference));
    match protocol {
        "npm" => match archive_url(rest) {
            // A package from a registry other than the configured one: yarn records the
            // tarball's URL as the `__archiveUrl` binding, and fetches from there.
            Some(url) => source_from_resolved(Some(&url)),
            None => Source::Registry { url: None },
        },
        "patch" => patched(rest).map_or(Source::Registry { url: None }, |inner| source(&inner)),
        "workspace" => Source::Workspace {
            path: Some(rest.to_string()),
        },
        "link" | "portal" | "file" | "exec" => Source::Path {
            path: rest.to_string(),
        },
        _ if is_git(reference) || reference.contains("#commit=") => Source::Git {
            url: reference.to_string(),
            commit: git_commit(reference),
        },
        _ => Source::Url {
            url: reference.to_string(),
        },
    }
}

/// The `__archiveUrl` binding of an `npm:` reference (`1.0.0::__archiveUrl=<URL>`), its
/// percent-encoding undone.
fn archive_url(rest: &str) -> Option<String> {
    let (_, bindings) = rest.split_once("::")?;
    let value = bindings
        .split('&')
        .find_map(|b| b.strip_prefix("__archiveUrl="))?;
    percent_encoding::percent_decode_str(value)
        .decode_utf8()
        .ok()
        .map(|u| u.into_owned())
}

/// The reference a `patch:` resolution patches: `name@npm%3A2.3.3#patchfile::params`
/// gives `npm:2.3.3`. Yarn percent-encodes the inner reference's `:`, `#` and `%`.
fn patched(rest: &str) -> Option<String> {
    let spec = rest.split('#').next()?;
    let (_, inner) = split_npm_spec(spec)?;
    let decoded = inner
        .replace("%3A", ":")
        .replace("%23", "#")
        .replace("%40", "@")
        .replace("%25", "%");
    // A patch of a patch is still a patch; stop at one level to stay bounded.
    (!decoded.starts_with("patch:")).then_some(decoded)
}

fn edge(name: String, req: String) -> Dependency {
    let req = req.strip_prefix("npm:").map_or(req.clone(), str::to_string);
    match alias_target(&format!("npm:{req}")) {
        Some((real, range)) if !real.is_empty() => Dependency {
            name: real.to_string(),
            req: Some(range.to_string()),
        },
        _ => Dependency {
            name,
            req: Some(req),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOCK: &str = r#"
__metadata:
  version: 8
  cacheKey: 10

"fsevents@patch:fsevents@npm%3A^2.3.3#optional!builtin<compat/fsevents>":
  version: 2.3.3
  resolution: "fsevents@patch:fsevents@npm%3A2.3.3#optional!builtin<compat/fsevents>::version=2.3.3&hash=df0bf1"
  languageName: node
  linkType: hard

"string-width-cjs@npm:string-width@^4.2.0, string-width@npm:^4.1.0":
  version: 4.2.3
  resolution: "string-width@npm:4.2.3"
  dependencies:
    emoji-regex: "npm:^8.0.0"
    strip: "npm:strip-ansi@^6.0.1"
  checksum: 10/e52c10dc3fbfcd6c3a15f159f54a90024241d0f149cf8aed2982a2d801d2e64df0bf1dc351cf8e95c3319323f9f220c16e740b06faecd53e2462df1d2b5443fb
  languageName: node
  linkType: hard

"app@workspace:.":
  version: 0.0.0-use.local
  resolution: "app@workspace:."
  languageName: unknown
  linkType: soft

"tap@https://host.invalid/o/tap.git#commit=0123456789abcdef":
  version: 0.1.0
  resolution: "tap@https://host.invalid/o/tap.git#commit=0123456789abcdef"
"#;

    #[test]
    fn protocols_checksums_and_aliases() {
        let (v, p) = parse(Path::new("yarn.lock"), LOCK).unwrap();
        assert_eq!(v.as_deref(), Some("8"));
        let by = |n: &str| p.iter().find(|p| p.name == n).unwrap();
        assert!(by("fsevents").source.is_registry());
        assert_eq!(by("fsevents").version.as_deref(), Some("2.3.3"));
        let sw = by("string-width");
        assert!(sw.integrity.as_deref().unwrap().starts_with("10/"));
        assert!(sw.dependencies.iter().any(|d| d.name == "strip-ansi"));
        assert!(by("app").source.is_local());
        assert!(
            matches!(&by("tap").source, Source::Git { commit: Some(c), .. } if c == "0123456789abcdef")
        );
    }

    #[test]
    fn an_archive_url_is_the_registry_tarball_and_the_resolution_the_version() {
        let lock = "__metadata:\n  version: 8\n\n\"is-number@npm:^7.0.0\":\n  version: 7.0.0\n  resolution: \"is-number@npm:6.0.0::__archiveUrl=https%3A%2F%2Fr.invalid%2F0-dns%2F-%2F0-dns-1.0.0.tgz\"\n";
        let (_, p) = parse(Path::new("yarn.lock"), lock).unwrap();
        assert_eq!(p[0].version.as_deref(), Some("6.0.0"));
        assert_eq!(
            p[0].source,
            Source::Registry {
                url: Some("https://r.invalid/0-dns/-/0-dns-1.0.0.tgz".into())
            }
        );
    }

    #[test]
    fn future_metadata_version_is_refused() {
        let err = parse(Path::new("yarn.lock"), "__metadata:\n  version: 99\n").unwrap_err();
        assert!(matches!(err, Error::UnsupportedVersion { .. }), "{err}");
    }

    /// Regression (issue 17): a yarn berry lockfile nested hundreds of levels deep took
    /// serde_yaml 41 s. The reader refuses it at its depth limit.
    #[test]
    fn deeply_nested_yaml_is_refused() {
        let mut text = String::from("__metadata:\n  version: 8\n\"a@npm:1\":\n");
        for depth in 1..600 {
            text.push_str(&" ".repeat(depth * 2));
            text.push_str("k:\n");
        }
        let err = parse(Path::new("yarn.lock"), &text).unwrap_err();
        assert!(err.position().is_some(), "{err}");
        let flow = format!(
            "__metadata:\n  version: 8\n\"a@npm:1\":\n  dependencies: {}{}\n",
            "{a: ".repeat(50_000),
            "}".repeat(50_000)
        );
        assert!(parse(Path::new("yarn.lock"), &flow).is_err());
    }

    #[test]
    fn yaml_errors_carry_positions() {
        let err = parse(
            Path::new("yarn.lock"),
            "__metadata:\n  version: 8\n\"a@npm:1\":\n  version: [\n",
        )
        .unwrap_err();
        assert!(err.position().is_some(), "{err}");
    }
}
