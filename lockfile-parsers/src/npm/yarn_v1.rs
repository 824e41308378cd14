//! yarn.lock version 1. It looks like YAML but is not (unquoted `key value` pairs, several
//! specs sharing one entry), so it is read with a small line parser of its own: top-level
//! lines are comma-separated spec lists ending in `:`, two-space lines are fields, four-space
//! lines are the entries of a field block (`dependencies:`). Anything else is an error at
//! that line, so a damaged file never yields a silently short list.

use std::path::Path;

use super::{alias_target, edge, source_from_resolved};
use crate::model::{Dependency, Package, Source};
use crate::text::split_npm_spec;
use crate::{Ecosystem, Error, Parsed, Result};

/// One entry while it is being read.
#[derive(Default)]
struct Entry {
    line: usize,
    specs: Vec<String>,
    version: Option<String>,
    resolved: Option<String>,
    integrity: Option<String>,
    dependencies: Vec<Dependency>,
}

pub fn parse(path: &Path, text: &str) -> Result<Parsed> {
    let mut out = Vec::new();
    let mut current: Option<Entry> = None;
    let mut block: Option<String> = None;
    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        let line = raw.trim_end();
        if line.trim_start().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let indent = line.len() - line.trim_start_matches(' ').len();
        let body = line.trim_start_matches(' ');
        match indent {
            0 => {
                if let Some(e) = current.take() {
                    out.push(finish(path, e)?);
                }
                let specs = body.strip_suffix(':').ok_or_else(|| {
                    Error::at_line(path, n, "expected an entry header ending in `:`")
                })?;
                let specs = split_specs(specs).map_err(|m| Error::at_line(path, n, m))?;
                current = Some(Entry {
                    line: n,
                    specs,
                    ..Entry::default()
                });
                block = None;
            }
            2 => {
                let e = current
                    .as_mut()
                    .ok_or_else(|| Error::at_line(path, n, "field outside an entry"))?;
                block = None;
                if let Some(name) = body.strip_suffix(':') {
                    block = Some(unquote(name).map_err(|m| Error::at_line(path, n, m))?);
                    continue;
                }
                let (key, value) = key_value(body).map_err(|m| Error::at_line(path, n, m))?;
                match key.as_str() {
                    "version" => e.version = Some(value),
                    "resolved" => e.resolved = Some(value),
                    "integrity" => e.integrity = Some(value),
                    _ => {}
                }
            }
            4 => {
                let (Some(e), Some(field)) = (current.as_mut(), block.as_deref()) else {
                    return Err(Error::at_line(
                        path,
                        n,
                        "nested value outside a field block",
                    ));
                };
                let (name, req) = key_value(body).map_err(|m| Error::at_line(path, n, m))?;
                if field.ends_with("ependencies") {
                    e.dependencies.push(edge(name, req));
                }
            }
            _ => {
                return Err(Error::at_line(
                    path,
                    n,
                    format!("unexpected indentation of {indent} spaces"),
                ));
            }
        }
    }
    if let Some(e) = current.take() {
        out.push(finish(path, e)?);
    }
    Ok((Some("1".to_string()), out))
}

fn finish(path: &Path, e: Entry) -> Result<Package> {
    let first = e
        .specs
        .first()
        .ok_or_else(|| Error::at_line(path, e.line, "entry without a spec"))?;
    let (key_name, range) = split_npm_spec(first)
        .ok_or_else(|| Error::at_line(path, e.line, format!("`{first}` is not name@range")))?;
    let name = alias_target(range).map_or(key_name, |(real, _)| real);
    let version = e
        .version
        .ok_or_else(|| Error::at_line(path, e.line, format!("entry `{first}` has no version")))?;
    let mut p = Package::new(Ecosystem::Npm, name, Some(version));
    p.source = if range.starts_with("file:") || range.starts_with("link:") {
        Source::Path {
            path: range.split_once(':').map_or(range, |(_, p)| p).to_string(),
        }
    } else {
        source_from_resolved(e.resolved.as_deref())
    };
    p.integrity = e.integrity;
    p.dependencies = e.dependencies;
    Ok(p)
}

/// Splits `"a@^1", a@^1.2` into its specs, honouring quotes.
fn split_specs(s: &str) -> std::result::Result<Vec<String>, String> {
    let mut specs = Vec::new();
    let mut rest = s.trim();
    while !rest.is_empty() {
        let (spec, after) = if let Some(q) = rest.strip_prefix('"') {
            let end = q.find('"').ok_or("unterminated quote")?;
            (
                q.get(..end).unwrap_or_default(),
                q.get(end + 1..).unwrap_or_default(),
            )
        } else {
            rest.split_once(',').map_or((rest, ""), |(a, b)| (a, b))
        };
        specs.push(spec.trim().to_string());
        rest = after.trim_start();
        rest = rest.strip_prefix(',').unwrap_or(rest).trim_start();
    }
    if specs.iter().any(String::is_empty) {
        return Err("empty spec in entry header".into());
    }
    Ok(specs)
}

/// `key value`, either part optionally double-quoted.
fn key_value(s: &str) -> std::result::Result<(String, String), String> {
    let (key, rest) = if let Some(q) = s.strip_prefix('"') {
        let end = q.find('"').ok_or("unterminated quote")?;
        (
            q.get(..end).unwrap_or_default(),
            q.get(end + 1..).unwrap_or_default(),
        )
    } else {
        s.split_once(' ')
            .ok_or_else(|| format!("expected `key value`, found `{s}`"))?
    };
    let value = unquote(rest.trim())?;
    Ok((key.to_string(), value))
}

fn unquote(s: &str) -> std::result::Result<String, String> {
    match s.strip_prefix('"') {
        Some(q) => q
            .strip_suffix('"')
            .map(|v| v.replace("\\\"", "\""))
            .ok_or_else(|| "unterminated quote".into()),
        None => Ok(s.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOCK: &str = r#"# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.
# yarn lockfile v1


"@babel/code-frame@^7.0.0", "@babel/code-frame@^7.10.4":
  version "7.12.11"
  resolved "https://r.invalid/@babel/code-frame/-/code-frame-7.12.11.tgz#f4ad435a"
  integrity sha512-Zt1y==
  dependencies:
    "@babel/highlight" "^7.10.4"

string-width-cjs@npm:string-width@^4.2.0, string-width@^4.1.0:
  version "4.2.3"
  resolved "https://r.invalid/string-width/-/string-width-4.2.3.tgz#269c7117"
  dependencies:
    emoji-regex "^8.0.0"
  optionalDependencies:
    fsevents "~2.3.2"

tap@mochajs/tap-render#abc:
  version "0.1.0"
  resolved "https://codeload.invalid/mochajs/tap-render/tar.gz/0123456789abcdef"

local@file:./local:
  version "1.0.0"
"#;

    #[test]
    fn multi_spec_keys_aliases_and_blocks() {
        let (_, p) = parse(Path::new("yarn.lock"), LOCK).unwrap();
        assert_eq!(p.len(), 4);
        assert_eq!(p[0].name, "@babel/code-frame");
        assert_eq!(p[0].integrity.as_deref(), Some("sha512-Zt1y=="));
        assert_eq!(p[0].dependencies[0].name, "@babel/highlight");
        assert_eq!(
            p[1].name, "string-width",
            "alias spec keyed by the real name"
        );
        assert_eq!(p[1].dependencies.len(), 2);
        assert!(matches!(p[2].source, Source::Url { .. }));
        assert!(p[3].source.is_local());
    }

    #[test]
    fn entry_without_version_is_an_error_at_its_line() {
        let err = parse(Path::new("yarn.lock"), "a@^1:\n  resolved \"x\"\n").unwrap_err();
        assert_eq!(err.to_string(), "yarn.lock:1: entry `a@^1` has no version");
    }

    #[test]
    fn garbage_is_an_error_not_an_empty_list() {
        assert!(parse(Path::new("yarn.lock"), "{ not a lockfile }").is_err());
        assert!(parse(Path::new("yarn.lock"), "a@1:\n   version \"1\"\n").is_err());
        assert!(parse(Path::new("yarn.lock"), "  version \"1\"\n").is_err());
    }
}
