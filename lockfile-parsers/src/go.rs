//! Go modules: `go.mod` (the requirement list), `go.sum` (the checksums of every module
//! version the build may need) and `go.work` (workspace members).
//!
//! The lockfile proper is `go.sum`: every `module version h1:hash` line is a package, while
//! `module version/go.mod h1:hash` lines only pin a module's go.mod file and are not
//! packages. `go.mod` beside it says which modules are required directly (no `// indirect`),
//! which are replaced by a local directory (never fetched, so never a registry package),
//! and which versions are excluded.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::model::{Package, Source};
use crate::{Ecosystem, Error, Files, Parsed, Result};

/// One `require` line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Require {
    pub path: String,
    pub version: String,
    pub indirect: bool,
}

/// One `replace old [v] => new [v]` line. `new_version` is `None` for a local directory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Replace {
    pub old: String,
    pub old_version: Option<String>,
    pub new: String,
    pub new_version: Option<String>,
}

/// The parts of a go.mod (or go.work) that matter to the dependency graph.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GoMod {
    pub module: Option<String>,
    pub requires: Vec<Require>,
    pub replaces: Vec<Replace>,
    pub excludes: Vec<(String, String)>,
    /// go.work `use` directories.
    pub uses: Vec<String>,
}

/// Directives that carry nothing the gate needs but are valid.
const OTHER_DIRECTIVES: &[&str] = &["go", "toolchain", "godebug", "retract", "tool", "ignore"];

/// Parses go.mod or go.work syntax: directives, `( ... )` blocks, `//` comments.
pub fn parse_go_mod(path: &Path, text: &str) -> Result<GoMod> {
    let mut m = GoMod::default();
    let mut block: Option<(String, usize)> = None;
    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        let (code, comment) = raw.split_once("//").unwrap_or((raw, ""));
        let indirect = comment.split(';').any(|c| c.trim() == "indirect");
        let tokens = tokenize(code).map_err(|e| Error::at_line(path, n, e))?;
        let Some(first) = tokens.first() else {
            continue;
        };
        let (verb, args) = match &block {
            Some(_) if first == ")" => {
                if tokens.len() > 1 {
                    return Err(Error::at_line(path, n, "unexpected text after `)`"));
                }
                block = None;
                continue;
            }
            Some((verb, _)) => (verb.clone(), tokens.as_slice()),
            None if tokens.len() == 2 && tokens.get(1).is_some_and(|t| t == "(") => {
                block = Some((first.clone(), n));
                continue;
            }
            None => (first.clone(), tokens.get(1..).unwrap_or_default()),
        };
        directive(&mut m, &verb, args, indirect).map_err(|e| Error::at_line(path, n, e))?;
    }
    if let Some((verb, line)) = block {
        return Err(Error::at_line(
            path,
            line,
            format!("`{verb} (` block is never closed"),
        ));
    }
    Ok(m)
}

fn directive(
    m: &mut GoMod,
    verb: &str,
    args: &[String],
    indirect: bool,
) -> std::result::Result<(), String> {
    match (verb, args) {
        ("module", [path]) => m.module = Some(path.clone()),
        ("require", [path, version]) => m.requires.push(Require {
            path: path.clone(),
            version: version.clone(),
            indirect,
        }),
        ("exclude", [path, version]) => m.excludes.push((path.clone(), version.clone())),
        ("use", [dir]) => m.uses.push(dir.clone()),
        ("replace", _) => m.replaces.push(replace(args)?),
        (v, _) if OTHER_DIRECTIVES.contains(&v) => {}
        ("module" | "require" | "exclude" | "use", _) => {
            return Err(format!("malformed `{verb}` line"));
        }
        _ => return Err(format!("unknown directive `{verb}`")),
    }
    Ok(())
}

fn replace(args: &[String]) -> std::result::Result<Replace, String> {
    let arrow = args
        .iter()
        .position(|t| t == "=>")
        .ok_or("`replace` without `=>`")?;
    let (left, right) = (
        args.get(..arrow).unwrap_or_default(),
        args.get(arrow + 1..).unwrap_or_default(),
    );
    match (left, right) {
        ([old, old_v @ ..], [new, new_v @ ..]) if old_v.len() <= 1 && new_v.len() <= 1 => {
            Ok(Replace {
                old: old.clone(),
                old_version: old_v.first().cloned(),
                new: new.clone(),
                new_version: new_v.first().cloned(),
            })
        }
        _ => Err("malformed `replace` line".into()),
    }
}

/// Splits a line into tokens; `"..."` and `` `...` `` quote a token, `(` and `)` stand alone.
fn tokenize(code: &str) -> std::result::Result<Vec<String>, String> {
    let mut tokens = Vec::new();
    let mut chars = code.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
        } else if c == '"' || c == '`' {
            chars.next();
            let mut tok = String::new();
            loop {
                match chars.next() {
                    Some(ch) if ch == c => break,
                    Some('\\') if c == '"' => tok.extend(chars.next()),
                    Some(ch) => tok.push(ch),
                    None => return Err("unterminated quoted string".into()),
                }
            }
            tokens.push(tok);
        } else {
            let mut tok = String::new();
            while let Some(&ch) = chars.peek() {
                if ch.is_whitespace() {
                    break;
                }
                tok.push(ch);
                chars.next();
            }
            tokens.push(tok);
        }
    }
    Ok(tokens)
}

/// A replacement target that is a directory on disk rather than a module path.
pub fn is_local_path(target: &str) -> bool {
    target.starts_with("./")
        || target.starts_with("../")
        || target.starts_with('/')
        || target == "."
        || target == ".."
        || target.get(1..3) == Some(":\\")
}

/// go.sum lines, with go.mod (read through `files` beside it) supplying direct flags,
/// local replacements and excludes.
pub fn parse_go_sum(path: &Path, text: &str, files: &dyn Files) -> Result<Parsed> {
    let go_mod_path = path.with_file_name("go.mod");
    let go_mod = match files.read(&go_mod_path) {
        Some(bytes) => parse_go_mod(&go_mod_path, crate::text::decode(&go_mod_path, &bytes)?)?,
        None => GoMod::default(),
    };
    let mut seen = BTreeSet::new();
    let mut packages = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        let (module, version, hash) = match fields.as_slice() {
            [] => continue,
            [m, v, h] if h.contains(':') => (*m, *v, *h),
            _ => {
                return Err(Error::at_line(
                    path,
                    i + 1,
                    "expected `module version hash`",
                ));
            }
        };
        if version.ends_with("/go.mod") || !seen.insert((module, version)) {
            continue;
        }
        let mut p = Package::new(Ecosystem::Go, module, Some(version.to_string()));
        p.integrity = Some(hash.to_string());
        packages.push(p);
    }
    apply_go_mod(&mut packages, &go_mod);
    Ok((None, packages))
}

/// go.mod on its own (a module without a go.sum yet): its requirements are the packages,
/// each as the build fetches it: a requirement that a `replace` points at another module
/// version is that module version (what go.sum would list), so the target is checked
/// like any requirement rather than hidden behind the name it replaces.
pub fn parse_go_mod_lockfile(path: &Path, text: &str) -> Result<Parsed> {
    let go_mod = parse_go_mod(path, text)?;
    let mut packages: Vec<Package> = go_mod
        .requires
        .iter()
        .map(|r| {
            let target = go_mod.replaces.iter().rev().find(|x| {
                x.old == r.path
                    && x.old_version.as_ref().is_none_or(|v| *v == r.version)
                    && !is_local_path(&x.new)
            });
            match target {
                Some(Replace {
                    new,
                    new_version: Some(v),
                    ..
                }) => Package::new(Ecosystem::Go, new.clone(), Some(v.clone())),
                _ => Package::new(Ecosystem::Go, r.path.clone(), Some(r.version.clone())),
            }
        })
        .collect();
    apply_go_mod(&mut packages, &go_mod);
    Ok((None, packages))
}

fn apply_go_mod(packages: &mut Vec<Package>, m: &GoMod) {
    let excluded: BTreeSet<(&str, &str)> = m
        .excludes
        .iter()
        .map(|(p, v)| (p.as_str(), v.as_str()))
        .collect();
    packages.retain(|p| !excluded.contains(&(p.name.as_str(), p.version.as_deref().unwrap_or(""))));
    // A module replaced by another module (a fork) is fetched under the fork's path:
    // record what it stands in for, so the source check can say the code changed hands.
    for r in m
        .replaces
        .iter()
        .filter(|r| !is_local_path(&r.new) && r.new != r.old)
    {
        for p in packages
            .iter_mut()
            .filter(|p| p.name == r.new && (r.new_version.is_none() || p.version == r.new_version))
        {
            p.replaces = Some(r.old.clone());
        }
    }
    let direct: BTreeMap<&str, bool> = m
        .requires
        .iter()
        .map(|r| (r.path.as_str(), !r.indirect))
        .collect();
    for p in packages.iter_mut() {
        // A fork is as direct as the requirement it stands in for.
        let required = p.replaces.as_deref().unwrap_or(&p.name);
        p.direct = Some(direct.get(required).copied().unwrap_or(false));
    }
    // A module replaced by a local directory is built from disk: record it as a path
    // package at the version go.mod requires, so no check treats it as a registry module.
    for r in m.replaces.iter().filter(|r| is_local_path(&r.new)) {
        let required = m.requires.iter().find(|q| q.path == r.old);
        let version = r
            .old_version
            .clone()
            .or_else(|| required.map(|q| q.version.clone()));
        packages.retain(|p| {
            !(p.name == r.old && (r.old_version.is_none() || p.version == r.old_version))
        });
        let mut p = Package::new(Ecosystem::Go, r.old.clone(), version);
        p.source = Source::Path {
            path: r.new.clone(),
        };
        p.direct = required.map(|q| !q.indirect);
        packages.push(p);
    }
}

/// go.work: every `use` directory is a workspace member; local replacements are paths.
pub fn parse_go_work(path: &Path, text: &str) -> Result<Parsed> {
    let w = parse_go_mod(path, text)?;
    let mut packages: Vec<Package> = w
        .uses
        .iter()
        .map(|dir| {
            let mut p = Package::new(Ecosystem::Go, dir.clone(), None);
            p.source = Source::Workspace {
                path: Some(dir.clone()),
            };
            p
        })
        .collect();
    for r in &w.replaces {
        let mut p = Package::new(Ecosystem::Go, r.new.clone(), r.new_version.clone());
        if is_local_path(&r.new) {
            p.name = r.old.clone();
            p.version = r.old_version.clone();
            p.source = Source::Path {
                path: r.new.clone(),
            };
        }
        packages.push(p);
    }
    Ok((None, packages))
}

#[cfg(test)]
mod tests {
    use super::*;

    const GO_MOD: &str = "module example.invalid/app\n\ngo 1.22\n\nrequire (\n\tgithub.com/a/b v1.2.3\n\tgithub.com/c/d v0.0.0-20200101000000-abcdefabcdef // indirect\n\tgithub.com/e/f v2.0.0+incompatible\n\t\"github.com/q/r\" v1.0.0\n)\n\nrequire example.invalid/local v1.0.0\n\nreplace example.invalid/local => ../local\n\nreplace github.com/q/r v1.0.0 => github.com/q/r2 v1.0.1\n\nexclude github.com/a/b v1.2.2\n";
    const GO_SUM: &str = "github.com/a/b v1.2.2 h1:old=\ngithub.com/a/b v1.2.3 h1:abc=\ngithub.com/a/b v1.2.3/go.mod h1:def=\ngithub.com/c/d v0.0.0-20200101000000-abcdefabcdef h1:x=\ngithub.com/e/f v2.0.0+incompatible h1:y=\ngithub.com/q/r2 v1.0.1 h1:z=\n";

    fn files(p: &Path) -> Option<Vec<u8>> {
        (p == Path::new("m/go.mod")).then(|| GO_MOD.as_bytes().to_vec())
    }

    #[test]
    fn go_sum_with_go_mod_direct_indirect_replace_exclude() {
        let (_, p) = parse_go_sum(Path::new("m/go.sum"), GO_SUM, &files).unwrap();
        let by = |n: &str| p.iter().filter(|p| p.name == n).collect::<Vec<_>>();
        assert_eq!(
            by("github.com/a/b").len(),
            1,
            "/go.mod lines and excluded versions are not packages"
        );
        assert_eq!(by("github.com/a/b")[0].direct, Some(true));
        assert_eq!(
            by("github.com/a/b")[0].integrity.as_deref(),
            Some("h1:abc=")
        );
        assert_eq!(by("github.com/c/d")[0].direct, Some(false));
        assert_eq!(
            by("github.com/e/f")[0].version.as_deref(),
            Some("v2.0.0+incompatible")
        );
        let local = by("example.invalid/local");
        assert!(matches!(&local[0].source, Source::Path { path } if path == "../local"));
        assert_eq!(local[0].version.as_deref(), Some("v1.0.0"));
        assert_eq!(by("github.com/q/r2").len(), 1);
        assert_eq!(
            by("github.com/q/r2")[0].replaces.as_deref(),
            Some("github.com/q/r"),
            "a fork records the module it stands in for"
        );
    }

    #[test]
    fn go_mod_alone_lists_a_replaced_requirement_as_its_target() {
        let (_, p) = parse_go_mod_lockfile(Path::new("m/go.mod"), GO_MOD).unwrap();
        let names: Vec<(&str, Option<&str>)> = p
            .iter()
            .map(|p| (p.name.as_str(), p.version.as_deref()))
            .collect();
        assert!(
            names.contains(&("github.com/q/r2", Some("v1.0.1"))),
            "{names:?}"
        );
        assert!(
            !names.iter().any(|(n, _)| *n == "github.com/q/r"),
            "{names:?}"
        );
        let fork = p.iter().find(|p| p.name == "github.com/q/r2").unwrap();
        assert_eq!(fork.replaces.as_deref(), Some("github.com/q/r"));
        assert_eq!(fork.direct, Some(true), "as direct as what it replaces");
    }

    #[test]
    fn go_mod_syntax_errors_name_the_line() {
        let err = parse_go_mod(Path::new("go.mod"), "module x\nrequire (\n  a v1\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "go.mod:2: `require (` block is never closed"
        );
        let err = parse_go_mod(Path::new("go.mod"), "module x\nfrobnicate y\n").unwrap_err();
        assert_eq!(err.position().map(|p| p.line), Some(2));
        assert!(parse_go_sum(Path::new("go.sum"), "a v1\n", &crate::NoFiles).is_err());
    }

    #[test]
    fn go_work_uses_and_replaces() {
        let (_, p) = parse_go_work(
            Path::new("go.work"),
            "go 1.22\n\nuse (\n\t./a\n\t./b\n)\nreplace x.invalid/y => ./y\n",
        )
        .unwrap();
        assert_eq!(p.len(), 3);
        assert!(p.iter().all(|p| p.source.is_local()));
    }
}
