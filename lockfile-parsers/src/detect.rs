//! Which format a file is, and where a directory's lockfiles are.
//!
//! The file name decides almost always; content decides between yarn.lock v1 and berry
//! (same name, different syntax) and recognises a lockfile saved under another name.

use std::path::{Path, PathBuf};

use crate::manifest::manifest_name;
use crate::model::Format;
use crate::{Error, Result};

/// Directories never searched: installed dependencies, build output and VCS metadata hold
/// other projects' lockfiles, not this one's.
pub const SKIPPED_DIRS: &[&str] = &["node_modules", "target", ".git", "vendor"];

/// Directory nesting deeper than this is not walked (a symlink loop guard that also keeps
/// the walk bounded on pathological trees).
const MAX_DEPTH: usize = 32;

/// Detects a format from the file name, falling back to the content. Names are compared
/// as text, but a path need not be UTF-8: a lockfile under a directory (or with a name)
/// that is not still gets its format, and the caller keeps reading it by its real bytes.
pub fn detect(path: &Path, bytes: &[u8]) -> Option<Format> {
    let name = path.file_name()?.to_string_lossy();
    by_name(path, &name)
        .map(|f| refine(f, bytes))
        .or_else(|| by_content(bytes))
}

/// Whether `path` is a lockfile or the manifest beside one, by its name alone (in any
/// directory): the one list of dependency files. Sources use it to pick the changed files
/// the dependency diff reads, and the reports of credentials in dependency files.
pub fn is_dependency_file(path: &Path) -> bool {
    let Some(name) = path.file_name().map(|n| n.to_string_lossy()) else {
        return false;
    };
    by_name(path, &name).is_some() || Format::ALL.iter().any(|&f| manifest_name(f) == name)
}

/// The lockfiles known by their exact file name. pylock and requirements files are known
/// by a pattern ([`by_name`]).
pub const NAMED_LOCKFILES: &[(&str, Format)] = &[
    ("package-lock.json", Format::PackageLock),
    ("npm-shrinkwrap.json", Format::Shrinkwrap),
    ("yarn.lock", Format::YarnV1),
    ("pnpm-lock.yaml", Format::Pnpm),
    ("poetry.lock", Format::Poetry),
    ("uv.lock", Format::Uv),
    ("Pipfile.lock", Format::Pipfile),
    ("pdm.lock", Format::Pdm),
    ("go.mod", Format::GoMod),
    ("go.sum", Format::GoSum),
    ("go.work", Format::GoWork),
    ("Cargo.lock", Format::CargoLock),
];

fn by_name(path: &Path, name: &str) -> Option<Format> {
    if let Some(&(_, format)) = NAMED_LOCKFILES.iter().find(|(n, _)| *n == name) {
        return Some(format);
    }
    if name == "pylock.toml" || (name.starts_with("pylock.") && name.ends_with(".toml")) {
        return Some(Format::Pylock);
    }
    is_requirements(path, name).then_some(Format::Requirements)
}

/// `requirements.txt`, `requirements-dev.txt`, `dev-requirements.txt`, or any `.txt` in a
/// `requirements/` directory (where pip-compile projects keep them).
fn is_requirements(path: &Path, name: &str) -> bool {
    let in_requirements_dir = path
        .parent()
        .and_then(Path::file_name)
        .is_some_and(|d| d == "requirements" || d == "requirements.d");
    name.ends_with(".txt") && (name.contains("requirements") || in_requirements_dir)
}

fn refine(format: Format, bytes: &[u8]) -> Format {
    if format == Format::YarnV1 && is_berry(bytes) {
        Format::YarnBerry
    } else {
        format
    }
}

/// Berry lockfiles have a top-level `__metadata:` key; v1 never does.
fn is_berry(bytes: &[u8]) -> bool {
    bytes
        .split(|&b| b == b'\n')
        .any(|line| line.starts_with(b"__metadata:"))
}

fn by_content(bytes: &[u8]) -> Option<Format> {
    let head = bytes.get(..bytes.len().min(4096)).unwrap_or(bytes);
    let head = String::from_utf8_lossy(head);
    if head.contains("\"lockfileVersion\"") {
        Some(Format::PackageLock)
    } else if head.contains("# yarn lockfile v1") {
        Some(Format::YarnV1)
    } else if is_berry(bytes) {
        Some(Format::YarnBerry)
    } else if head.lines().any(|l| l.starts_with("lockfileVersion:")) {
        Some(Format::Pnpm)
    } else if head.contains("\"pipfile-spec\"") {
        Some(Format::Pipfile)
    } else {
        None
    }
}

/// Every lockfile under `dir`, sorted. A `go.mod` counts only where no `go.sum` sits beside
/// it (the go.sum is then the lockfile and go.mod its manifest).
pub fn find_lockfiles(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    walk(dir, 0, &mut out)?;
    let sums: Vec<PathBuf> = out
        .iter()
        .filter(|p| p.ends_with("go.sum"))
        .map(|p| p.with_file_name("go.mod"))
        .collect();
    out.retain(|p| !sums.contains(p));
    out.sort();
    Ok(out)
}

fn walk(dir: &Path, depth: usize, out: &mut Vec<PathBuf>) -> Result<()> {
    if depth > MAX_DEPTH {
        return Ok(());
    }
    let io = |source| Error::Io {
        path: dir.to_path_buf(),
        source,
    };
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let entry = entry.map_err(io)?;
        let kind = entry.file_type().map_err(io)?;
        let path = entry.path();
        // Compared as text, kept as bytes: a directory whose name is not UTF-8 is walked
        // like any other (skipping it once hid its lockfiles from `deps DIR DIR`).
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if kind.is_dir() {
            if !SKIPPED_DIRS.contains(&name.as_ref()) {
                walk(&path, depth + 1, out)?;
            }
        } else if kind.is_file() && by_name(&path, &name).is_some() {
            out.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_content_decide() {
        assert_eq!(
            detect(Path::new("a/package-lock.json"), b"{}"),
            Some(Format::PackageLock)
        );
        assert_eq!(
            detect(Path::new("yarn.lock"), b"# yarn lockfile v1\n"),
            Some(Format::YarnV1)
        );
        assert_eq!(
            detect(Path::new("yarn.lock"), b"\n__metadata:\n  version: 8\n"),
            Some(Format::YarnBerry)
        );
        assert_eq!(
            detect(Path::new("requirements/main.txt"), b""),
            Some(Format::Requirements)
        );
        assert_eq!(
            detect(Path::new("dev-requirements.txt"), b""),
            Some(Format::Requirements)
        );
        assert_eq!(detect(Path::new("notes.txt"), b"hello"), None);
        assert_eq!(
            detect(Path::new("pylock.dev.toml"), b""),
            Some(Format::Pylock)
        );
        assert_eq!(
            detect(Path::new("lock.json"), b"{\"lockfileVersion\": 3}"),
            Some(Format::PackageLock)
        );
    }

    #[test]
    fn dependency_files_are_lockfiles_and_their_manifests_in_any_directory() {
        for yes in [
            "package-lock.json",
            "web/yarn.lock",
            "requirements-dev.txt",
            "dev-requirements.txt",
            "requirements/dev.txt",
            "a/b/requirements.txt",
            "pylock.dev.toml",
            "Cargo.toml",
            "Pipfile",
            "svc/go.sum",
        ] {
            assert!(is_dependency_file(Path::new(yes)), "{yes}");
        }
        for no in [
            "README.md",
            "src/lock.rs",
            "requirements.md",
            "yarn.lock.bak",
            "notes.txt",
        ] {
            assert!(!is_dependency_file(Path::new(no)), "{no}");
        }
    }

    #[test]
    fn find_skips_dependency_and_build_dirs() {
        let dir = std::env::temp_dir().join(format!("lp-find-{}", std::process::id()));
        for d in ["node_modules/x", "svc", "target", ".git", "vendor/y", "mod"] {
            std::fs::create_dir_all(dir.join(d)).unwrap();
        }
        for f in [
            "package-lock.json",
            "node_modules/x/package-lock.json",
            "svc/Cargo.lock",
            "target/Cargo.lock",
            "vendor/y/go.sum",
            "mod/go.mod",
            "mod/go.sum",
            "svc/go.mod",
        ] {
            std::fs::write(dir.join(f), "").unwrap();
        }
        let found: Vec<_> = find_lockfiles(&dir)
            .unwrap()
            .into_iter()
            .map(|p| p.strip_prefix(&dir).unwrap().to_path_buf())
            .collect();
        std::fs::remove_dir_all(&dir).unwrap();
        let expect: Vec<PathBuf> = [
            "mod/go.sum",
            "package-lock.json",
            "svc/Cargo.lock",
            "svc/go.mod",
        ]
        .iter()
        .map(PathBuf::from)
        .collect();
        assert_eq!(found, expect);
    }
}
