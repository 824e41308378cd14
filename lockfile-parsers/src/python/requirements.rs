//! requirements.txt as pip reads it: `\` continuations, comments, `-r` / `-c` includes
//! resolved relative to the including file, per-requirement `--hash` options, environment
//! markers, URL / VCS / path requirements. A requirement that is not pinned with `==` (or
//! `===`) is kept with its specifier and no version: the gate reports it instead of
//! pretending it is absent.
//!
//! pip-compile's `# via` annotations are read as reverse dependency edges (and `via -r
//! file.in` as "direct"), because they are the only dependency graph such a file carries.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use super::{join_hashes, url_source};
use crate::model::{Dependency, Package, Source};
use crate::text::{decode, pep503};
use crate::{Ecosystem, Error, Files, Parsed, Result};

/// Include chains deeper than this are almost certainly a loop through differently
/// spelled paths.
const MAX_INCLUDE_DEPTH: usize = 32;

/// Options that take a value and do not name a package; they are accepted and skipped.
const VALUE_OPTIONS: &[&str] = &[
    "-i",
    "--index-url",
    "--extra-index-url",
    "-f",
    "--find-links",
    "--trusted-host",
    "--no-binary",
    "--only-binary",
    "--use-feature",
    "--progress-bar",
];
const FLAG_OPTIONS: &[&str] = &["--no-index", "--pre", "--prefer-binary", "--require-hashes"];

#[derive(Default)]
struct State {
    packages: Vec<Package>,
    /// `via` annotations: child index → parent names.
    via: Vec<(usize, Vec<String>)>,
    constraints: BTreeMap<String, String>,
    visited: BTreeSet<PathBuf>,
}

pub fn parse(path: &Path, text: &str, files: &dyn Files) -> Result<Parsed> {
    let mut state = State::default();
    state.visited.insert(path.to_path_buf());
    read(path, text, files, &mut state, 0, false)?;
    apply_constraints(&mut state);
    apply_via(&mut state);
    Ok((None, state.packages))
}

/// One logical line: continuations joined, with the 1-based number of its first line.
fn logical_lines(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut pending: Option<(usize, String)> = None;
    for (i, line) in text.lines().enumerate() {
        let is_comment = line.trim_start().starts_with('#');
        match (line.strip_suffix('\\'), is_comment) {
            (Some(head), false) => pending
                .get_or_insert_with(|| (i + 1, String::new()))
                .1
                .push_str(head),
            _ => {
                let (n, mut joined) = pending.take().unwrap_or((i + 1, String::new()));
                if is_comment && !joined.is_empty() {
                    joined.push(' ');
                }
                joined.push_str(line);
                out.push((n, joined));
            }
        }
    }
    out.extend(pending);
    out
}

/// Splits off a comment: `#` at the start or after whitespace (a `#` inside a URL fragment
/// is not a comment).
fn split_comment(line: &str) -> (&str, Option<&str>) {
    let bytes = line.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'#' && (i == 0 || bytes.get(i - 1).is_some_and(u8::is_ascii_whitespace)) {
            return (line.get(..i).unwrap_or_default(), line.get(i + 1..));
        }
    }
    (line, None)
}

fn read(
    path: &Path,
    text: &str,
    files: &dyn Files,
    st: &mut State,
    depth: usize,
    constraint: bool,
) -> Result<()> {
    let mut in_via = false;
    for (n, line) in logical_lines(text) {
        let (content, comment) = split_comment(&line);
        let content = content.trim();
        if content.is_empty() {
            in_via = comment_via(comment, st, in_via);
            continue;
        }
        in_via = false;
        let err = |m: String| Error::at_line(path, n, m);
        if let Some((option, value)) = include_option(content) {
            let target = value.ok_or_else(|| err(format!("`{option}` needs a file")))?;
            include(
                path,
                n,
                target,
                files,
                st,
                depth,
                constraint || option.starts_with("-c") || option == "--constraint",
            )?;
            continue;
        }
        if content.starts_with('-')
            && !content.starts_with("-e")
            && !content.starts_with("--editable")
        {
            check_global_option(content).map_err(err)?;
            continue;
        }
        let mut p = requirement(content).map_err(err)?;
        if constraint {
            if let Some(v) = p.version.take() {
                st.constraints.insert(p.name, v);
            }
            continue;
        }
        if let Some(c) = comment {
            p.direct = via_direct(c);
            if let Some(parents) = via_names(c) {
                st.via.push((st.packages.len(), parents));
            }
        }
        st.packages.push(p);
    }
    Ok(())
}

/// Handles a comment-only line: `# via x` on its own line (newer pip-compile) and the
/// `#   x` lines that continue it. Returns whether a `via` block is still open.
fn comment_via(comment: Option<&str>, st: &mut State, in_via: bool) -> bool {
    let Some(c) = comment else { return false };
    let Some(last) = st.packages.len().checked_sub(1) else {
        return false;
    };
    let body = c.trim();
    let (names, open) = match body.strip_prefix("via") {
        Some(rest) if rest.is_empty() || rest.starts_with(' ') => (rest, true),
        _ if in_via && !body.is_empty() => (body, true),
        _ => return false,
    };
    for name in names.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        if name.starts_with("-r") || name.starts_with("-c") {
            if let Some(p) = st.packages.get_mut(last) {
                p.direct = Some(true);
            }
        } else if let Some((_, parents)) = st.via.iter_mut().rev().find(|(i, _)| *i == last) {
            parents.push(pep503(name));
        } else {
            st.via.push((last, vec![pep503(name)]));
        }
    }
    open
}

fn via_direct(comment: &str) -> Option<bool> {
    let rest = comment.trim().strip_prefix("via")?;
    Some(
        rest.split(',')
            .any(|s| s.trim().starts_with("-r") || s.trim().starts_with("-c")),
    )
}

fn via_names(comment: &str) -> Option<Vec<String>> {
    let rest = comment.trim().strip_prefix("via")?;
    let names: Vec<String> = rest
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty() && !s.starts_with('-'))
        .map(pep503)
        .collect();
    (!names.is_empty()).then_some(names)
}

/// `-r file`, `--requirement=file`, `-c file`, `--constraint file`.
fn include_option(content: &str) -> Option<(&str, Option<&str>)> {
    for option in ["--requirement", "--constraint", "-r", "-c"] {
        if let Some(rest) = content.strip_prefix(option) {
            let value = rest.strip_prefix('=').unwrap_or(rest).trim();
            if rest.starts_with([' ', '\t', '='])
                || (option.len() == 2 && !rest.is_empty())
                || rest.is_empty()
            {
                return Some((option, (!value.is_empty()).then_some(value)));
            }
        }
    }
    None
}

fn check_global_option(content: &str) -> std::result::Result<(), String> {
    let option = content.split([' ', '=', '\t']).next().unwrap_or(content);
    if VALUE_OPTIONS.contains(&option) || FLAG_OPTIONS.contains(&option) {
        Ok(())
    } else {
        Err(format!("unknown option `{option}`"))
    }
}

fn include(
    from: &Path,
    line: usize,
    target: &str,
    files: &dyn Files,
    st: &mut State,
    depth: usize,
    constraint: bool,
) -> Result<()> {
    let included = from.parent().unwrap_or(Path::new("")).join(target);
    if depth >= MAX_INCLUDE_DEPTH {
        return Err(Error::at_line(from, line, "includes nested too deeply"));
    }
    if !st.visited.insert(included.clone()) {
        return Ok(()); // already read: pip would read it twice, the packages are the same
    }
    let bytes = files.read(&included).ok_or_else(|| {
        Error::at_line(
            from,
            line,
            format!("included file `{}` not found", included.display()),
        )
    })?;
    let text = decode(&included, &bytes)?;
    read(&included, text, files, st, depth + 1, constraint)
}

/// Parses one requirement with its per-requirement options.
fn requirement(content: &str) -> std::result::Result<Package, String> {
    let (spec, options) = match content.find(" -") {
        Some(i) => (
            content.get(..i).unwrap_or(content),
            content.get(i..).unwrap_or_default(),
        ),
        None => (content, ""),
    };
    let mut hashes = Vec::new();
    let mut tokens = options.split_whitespace();
    while let Some(tok) = tokens.next() {
        match tok.split_once('=') {
            Some(("--hash", h)) => hashes.push(h.to_string()),
            None if tok == "--hash" => {
                hashes.push(tokens.next().ok_or("`--hash` needs a value")?.to_string())
            }
            _ if tok.starts_with("--global-option")
                || tok.starts_with("--config-settings")
                || tok.starts_with("--install-option") => {}
            _ => return Err(format!("unexpected `{tok}` after requirement")),
        }
    }
    let mut p = if let Some(target) = spec
        .strip_prefix("-e")
        .or_else(|| spec.strip_prefix("--editable"))
    {
        let mut p = located(target.trim_start_matches('=').trim())?;
        if matches!(p.source, Source::Url { .. }) {
            p.source = Source::Path {
                path: target.trim().to_string(),
            };
        }
        p
    } else {
        named_or_located(spec.trim())?
    };
    p.integrity = join_hashes(hashes);
    Ok(p)
}

fn named_or_located(spec: &str) -> std::result::Result<Package, String> {
    let name_end = spec
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
        .unwrap_or(spec.len());
    let name = spec.get(..name_end).unwrap_or_default();
    let rest = spec.get(name_end..).unwrap_or_default().trim_start();
    let looks_like_location =
        spec.contains("://") && !rest.starts_with('@') && !rest.starts_with('[')
            || spec.starts_with(['.', '/'])
            || spec.starts_with("file:");
    if looks_like_location {
        return located(spec);
    }
    if name.is_empty() {
        return Err(format!("cannot read requirement `{spec}`"));
    }
    // Extras do not change which package is installed.
    let rest = match rest.strip_prefix('[') {
        Some(r) => r
            .split_once(']')
            .ok_or("unterminated `[extras]`")?
            .1
            .trim_start(),
        None => rest,
    };
    if let Some(url) = rest.strip_prefix('@') {
        let url = url.trim().split(" ;").next().unwrap_or_default().trim();
        let mut p = Package::new(Ecosystem::PyPI, pep503(name), None);
        p.source = url_source(url);
        p.specifier = Some(url.to_string());
        return Ok(p);
    }
    let specifier = rest.split(';').next().unwrap_or_default().trim();
    let specifier = specifier
        .trim_start_matches('(')
        .trim_end_matches(')')
        .trim();
    if !specifier.is_empty() && !specifier.starts_with(['=', '<', '>', '!', '~']) {
        return Err(format!("cannot read requirement `{spec}`"));
    }
    let pinned = specifier
        .strip_prefix("===")
        .or_else(|| specifier.strip_prefix("=="))
        .map(str::trim)
        .filter(|v| !v.is_empty() && !v.contains([',', '*', ' ']));
    let mut p = Package::new(Ecosystem::PyPI, pep503(name), pinned.map(str::to_string));
    if pinned.is_none() && !specifier.is_empty() {
        p.specifier = Some(specifier.to_string());
    } else if specifier.is_empty() {
        p.specifier = Some(String::new());
    }
    Ok(p)
}

/// A requirement given only as a URL, VCS URL or path: the name comes from `#egg=` or from
/// a wheel / sdist file name; a version only from a wheel file name.
fn located(location: &str) -> std::result::Result<Package, String> {
    let location = location.split(" ;").next().unwrap_or(location).trim();
    if location.is_empty() {
        return Err("empty requirement location".into());
    }
    let egg = location
        .split_once("#egg=")
        .map(|(_, e)| e.split('&').next().unwrap_or(e));
    let file = location
        .split(['#', '?'])
        .next()
        .unwrap_or(location)
        .rsplit('/')
        .next()
        .unwrap_or_default();
    let (name, version) = match egg {
        Some(e) => (e.to_string(), None),
        None => from_file_name(file).unwrap_or_else(|| (file.to_string(), None)),
    };
    let mut p = Package::new(Ecosystem::PyPI, pep503(&name), version);
    p.source = url_source(location);
    p.specifier = Some(location.to_string());
    Ok(p)
}

/// `name-1.0-py3-none-any.whl` / `name-1.0.tar.gz` → name and version.
fn from_file_name(file: &str) -> Option<(String, Option<String>)> {
    let stem = file
        .strip_suffix(".whl")
        .or_else(|| file.strip_suffix(".tar.gz"))
        .or_else(|| file.strip_suffix(".zip"))?;
    let (name, rest) = stem.split_once('-')?;
    let version = rest
        .split('-')
        .next()
        .filter(|v| !v.is_empty())
        .map(str::to_string);
    Some((name.to_string(), version))
}

fn apply_constraints(st: &mut State) {
    for p in &mut st.packages {
        if p.version.is_none()
            && p.source.is_registry()
            && let Some(v) = st.constraints.get(&p.name)
        {
            p.version = Some(v.clone());
        }
    }
}

/// Turns `child # via parent` annotations into `parent → child` edges.
fn apply_via(st: &mut State) {
    let index: BTreeMap<String, usize> = st
        .packages
        .iter()
        .enumerate()
        .map(|(i, p)| (p.name.clone(), i))
        .collect();
    let has_annotations = !st.via.is_empty() || st.packages.iter().any(|p| p.direct.is_some());
    for (child, parents) in std::mem::take(&mut st.via) {
        let Some(c) = st.packages.get(child) else {
            continue;
        };
        let edge = Dependency {
            name: c.name.clone(),
            req: c.version.clone(),
        };
        for parent in parents {
            if let Some(p) = index.get(&parent).and_then(|&i| st.packages.get_mut(i)) {
                p.dependencies.push(edge.clone());
            }
        }
    }
    if has_annotations {
        for p in &mut st.packages {
            p.direct.get_or_insert(false);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<Package> {
        parse(Path::new("req/requirements.txt"), text, &crate::NoFiles)
            .unwrap()
            .1
    }

    #[test]
    fn pins_hashes_continuations_markers_and_comments() {
        let text = "# top comment\nFoo_Bar==1.0 \\\n    --hash=sha256:bbb \\\n    --hash=sha256:aaa \\\n    # via -r main.in\nsix==1.15.0 ; python_version < \"3\"  # via foo-bar\nrequests>=2.0,<3\nflask\nzope.interface===5.0\n";
        let p = run(text);
        assert_eq!(p.len(), 5);
        assert_eq!(
            (p[0].name.as_str(), p[0].version.as_deref()),
            ("foo-bar", Some("1.0"))
        );
        assert_eq!(p[0].integrity.as_deref(), Some("sha256:aaa sha256:bbb"));
        assert_eq!(p[0].direct, Some(true));
        assert_eq!(p[1].version.as_deref(), Some("1.15.0"));
        assert_eq!(p[1].direct, Some(false));
        assert_eq!(
            p[0].dependencies[0].name, "six",
            "via comment becomes an edge"
        );
        assert_eq!(
            (p[2].version.as_deref(), p[2].specifier.as_deref()),
            (None, Some(">=2.0,<3"))
        );
        assert_eq!(p[3].version, None, "unpinned kept");
        assert_eq!(
            (p[4].name.as_str(), p[4].version.as_deref()),
            ("zope-interface", Some("5.0"))
        );
    }

    #[test]
    fn urls_vcs_and_editables() {
        let text = "pkg @ https://host.invalid/pkg-2.0-py3-none-any.whl ; sys_platform == 'linux'\ngit+https://host.invalid/o/r.git@0123456789abcdef#egg=My_Pkg\n-e ./local\nhttps://host.invalid/dl/other-1.2.tar.gz#sha256=00\n";
        let p = run(text);
        assert!(matches!(&p[0].source, Source::Url { url } if url.ends_with(".whl")));
        assert_eq!(p[1].name, "my-pkg");
        assert!(
            matches!(&p[1].source, Source::Git { commit: Some(c), .. } if c == "0123456789abcdef")
        );
        assert!(p[2].source.is_local());
        assert_eq!(
            (p[3].name.as_str(), p[3].version.as_deref()),
            ("other", Some("1.2"))
        );
    }

    #[test]
    fn includes_and_constraints_resolve_relative_to_the_including_file() {
        let files = |p: &Path| -> Option<Vec<u8>> {
            match p.to_str()? {
                "req/base.txt" => Some(b"attrs==20.1\n-c sub/pins.txt\n".to_vec()),
                "req/sub/pins.txt" => Some(b"idna==2.10\n".to_vec()),
                _ => None,
            }
        };
        let (_, p) = parse(
            Path::new("req/requirements.txt"),
            "-r base.txt\nidna\n",
            &files,
        )
        .unwrap();
        assert_eq!(p.len(), 2, "constraint-only pins are not packages");
        assert_eq!(
            p[1].version.as_deref(),
            Some("2.10"),
            "constraint pins the unpinned line"
        );
        let err = parse(
            Path::new("req/requirements.txt"),
            "x==1\n-r missing.txt\n",
            &files,
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "req/requirements.txt:2: included file `req/missing.txt` not found"
        );
    }

    #[test]
    fn include_cycles_terminate() {
        let files = |_: &Path| Some(b"-r requirements.txt\na==1\n".to_vec());
        let (_, p) = parse(
            Path::new("requirements.txt"),
            "-r requirements.txt\n",
            &files,
        )
        .unwrap();
        assert!(p.is_empty());
        let (_, p) = parse(Path::new("requirements.txt"), "-r other.txt\n", &files).unwrap();
        assert_eq!(p.len(), 1);
    }

    #[test]
    fn nonsense_lines_are_errors() {
        let err = parse(
            Path::new("r.txt"),
            "ok==1\n{\"json\": true}\n",
            &crate::NoFiles,
        )
        .unwrap_err();
        assert_eq!(err.position().map(|p| p.line), Some(2));
        assert!(parse(Path::new("r.txt"), "--bogus-option\n", &crate::NoFiles).is_err());
    }
}
