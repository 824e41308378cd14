//! Installing the pre-commit hook that runs `tollgate check --staged`.
//!
//! The hook goes where git looks for it: `core.hooksPath` when set (relative to the
//! working tree's top level, as git resolves it), otherwise the `hooks` directory of the
//! *common* git directory, which linked worktrees share.
//!
//! The hooks directory may be a directory of the repository (`core.hooksPath =
//! .githooks`), whose content comes from whoever wrote the commits, so installing is
//! careful with what it finds there:
//! - a hook that is a symbolic link is refused, dangling or not: writing through it would
//!   create or change a file anywhere the link points (`~/.bashrc`);
//! - a relative `core.hooksPath` that resolves outside the working tree is refused;
//! - tollgate's lines sit between a begin and an end marker, and an update rewrites only
//!   those: the user's own lines in the same file stay as they are;
//! - a hook tollgate did not write is replaced only with `--force`, and kept as
//!   `pre-commit.pre-tollgate`, which the new hook runs first (a commit fails when it
//!   fails); a second `--force` never overwrites that saved hook;
//! - files are written to a temporary file in the same directory and renamed into place,
//!   so no write ever follows a link.

use std::io::Write as _;
use std::path::{Path, PathBuf};

/// The line by which tollgate recognises a hook it wrote; it starts tollgate's lines.
pub const HOOK_MARKER: &str = "# installed by `tollgate hook install`";

/// The line that ends tollgate's lines; whatever follows is the user's.
const END_MARKER: &str = "# end of the lines `tollgate hook install` writes";

/// Suffix of the copy kept of a foreign hook replaced with `--force`.
const BACKUP_SUFFIX: &str = "pre-tollgate";

/// Lines of the hook that versions before the end marker wrote; an old hook is updated
/// by dropping these and keeping every other line.
const OLD_LINES: [&str; 4] = [
    "# Blocks a commit whose staged changes add a secret. Bypass once with `git commit --no-verify`.",
    "tollgate=",
    "if ! command -v \"$tollgate\" >/dev/null 2>&1; then tollgate=tollgate; fi",
    "exec \"$tollgate\" check --staged",
];

#[derive(Debug, thiserror::Error)]
pub enum HookError {
    #[error("{path}: not a git repository (or any of its parents): {message}")]
    NotARepository { path: PathBuf, message: String },
    #[error("{path}: invalid core.hooksPath: {message}")]
    HooksPath { path: PathBuf, message: String },
    #[error(
        "core.hooksPath `{configured}` resolves to {resolved}, outside the working tree {root}; \
         not writing a hook there (set core.hooksPath to an absolute path if that is meant)"
    )]
    OutsideRepository {
        configured: PathBuf,
        resolved: PathBuf,
        root: PathBuf,
    },
    #[error(
        "{path} is a symbolic link (to {target}); tollgate does not write through links: \
         remove it, or install the hook where the link points yourself"
    )]
    Symlink { path: PathBuf, target: PathBuf },
    #[error("{path} exists and is not a regular file; not replacing it")]
    NotAFile { path: PathBuf },
    #[error(
        "{path} already exists and was not written by tollgate; not replacing it (pass --force \
         to replace it; the old hook is then kept as {path}.{BACKUP_SUFFIX} and run first)"
    )]
    Foreign { path: PathBuf },
    #[error(
        "{path} was not written by tollgate, and {backup} already holds a hook saved by an \
         earlier --force; not overwriting it: merge the two hooks into {backup} (or remove \
         it) and run `tollgate hook install --force` again"
    )]
    BackupExists { path: PathBuf, backup: PathBuf },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// What `install` did, for the message the CLI prints.
#[derive(Debug, PartialEq, Eq)]
pub enum Installed {
    /// A new hook; no hook was there.
    Created(PathBuf),
    /// tollgate's lines were rewritten (e.g. to point at a new binary); `kept` lines of
    /// the user's in the same file were left as they were.
    Updated { path: PathBuf, kept: usize },
    /// A foreign hook was replaced (with `force`) and kept under `backup`.
    Replaced { path: PathBuf, backup: PathBuf },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> HookError + '_ {
    move |source| HookError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Writes the pre-commit hook of the repository containing `repo_path`. `binary` is the
/// tollgate executable the hook should prefer (the one running the install); the hook
/// falls back to `tollgate` on `PATH` when that file has gone.
pub fn install(
    repo_path: &Path,
    binary: Option<&Path>,
    force: bool,
) -> Result<Installed, HookError> {
    let repo = gix::discover(repo_path).map_err(|e| HookError::NotARepository {
        path: repo_path.to_path_buf(),
        message: e.to_string(),
    })?;
    let dir = hooks_dir(&repo)?;
    let path = dir.join("pre-commit");
    let block = block(binary);
    match std::fs::symlink_metadata(&path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            std::fs::create_dir_all(&dir).map_err(io(&dir))?;
            write_new(&path, &format!("#!/bin/sh\n{block}"))?;
            Ok(Installed::Created(path))
        }
        Err(e) => Err(io(&path)(e)),
        Ok(meta) if meta.file_type().is_symlink() => Err(HookError::Symlink {
            target: std::fs::read_link(&path).unwrap_or_default(),
            path,
        }),
        Ok(meta) if !meta.is_file() => Err(HookError::NotAFile { path }),
        Ok(_) => {
            let existing = std::fs::read(&path).map_err(io(&path))?;
            if let Some((text, kept)) = merge(&existing, &block) {
                replace(&path, &text)?;
                return Ok(Installed::Updated { path, kept });
            }
            if !force {
                return Err(HookError::Foreign { path });
            }
            let backup = dir.join(format!("pre-commit.{BACKUP_SUFFIX}"));
            if std::fs::symlink_metadata(&backup).is_ok() {
                return Err(HookError::BackupExists { path, backup });
            }
            // A rename moves the entry itself (checked above to be a regular file).
            std::fs::rename(&path, &backup).map_err(io(&path))?;
            write_new(&path, &format!("#!/bin/sh\n{block}"))?;
            Ok(Installed::Replaced { path, backup })
        }
    }
}

/// The hook with tollgate's lines replaced by `block` and every other line kept, with
/// the number of lines kept (not counting a `#!` line); `None` when tollgate did not
/// write the hook (no marker line).
fn merge(existing: &[u8], block: &str) -> Option<(String, usize)> {
    let text = String::from_utf8_lossy(existing);
    let lines: Vec<&str> = text.lines().collect();
    let begin = lines.iter().position(|l| l.trim() == HOOK_MARKER)?;
    let end = lines[begin..]
        .iter()
        .position(|l| l.trim() == END_MARKER)
        .map(|i| begin + i);
    let (before, after): (Vec<&str>, Vec<&str>) = match end {
        Some(end) => (lines[..begin].to_vec(), lines[end + 1..].to_vec()),
        // A hook from before the end marker: its lines are known one by one.
        None => {
            let foreign = |l: &&str| {
                let t = l.trim();
                !OLD_LINES
                    .iter()
                    .any(|old| t == *old || (old.ends_with('=') && t.starts_with(old)))
            };
            (
                lines[..begin].iter().copied().filter(foreign).collect(),
                lines[begin + 1..].iter().copied().filter(foreign).collect(),
            )
        }
    };
    let kept = before
        .iter()
        .chain(&after)
        .filter(|l| !l.starts_with("#!") && !l.trim().is_empty())
        .count();
    let mut out = String::new();
    if before.first().is_none_or(|l| !l.starts_with("#!")) {
        out.push_str("#!/bin/sh\n");
    }
    for line in before {
        out.push_str(line);
        out.push('\n');
    }
    out.push_str(block);
    for line in after {
        out.push_str(line);
        out.push('\n');
    }
    Some((out, kept))
}

/// Creates `path`, which must not exist (not even as a dangling link), executable.
fn write_new(path: &Path, text: &str) -> Result<(), HookError> {
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(io(path))?;
    file.write_all(text.as_bytes()).map_err(io(path))?;
    drop(file);
    make_executable(path).map_err(io(path))
}

/// Replaces the regular file `path` by renaming a complete new file over it.
fn replace(path: &Path, text: &str) -> Result<(), HookError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut temp = tempfile::NamedTempFile::new_in(dir).map_err(io(dir))?;
    temp.write_all(text.as_bytes()).map_err(io(temp.path()))?;
    make_executable(temp.path()).map_err(io(path))?;
    temp.persist(path).map_err(|e| io(path)(e.error))?;
    Ok(())
}

/// Where git runs hooks from for this repository.
pub fn hooks_dir(repo: &gix::Repository) -> Result<PathBuf, HookError> {
    let configured = repo
        .config_snapshot()
        .trusted_path("core.hooksPath")
        .map_err(|e| HookError::HooksPath {
            path: repo.git_dir().to_path_buf(),
            message: e.to_string(),
        })?;
    Ok(match configured {
        Some(dir) if dir.is_absolute() => dir,
        // git runs hooks from the top of the working tree (the git dir when bare).
        Some(dir) => {
            let root = repo.workdir().unwrap_or(repo.git_dir());
            let resolved = root.join(&dir);
            inside(root, &resolved).map_err(|resolved| HookError::OutsideRepository {
                configured: dir.clone(),
                resolved,
                root: root.to_path_buf(),
            })?;
            resolved
        }
        None => repo.common_dir().join("hooks"),
    })
}

/// Checks that `path` (which may not exist yet) resolves, links followed, to a place
/// under `root`; the error is where it resolves to.
fn inside(root: &Path, path: &Path) -> Result<(), PathBuf> {
    let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    // The deepest part of the path that exists decides where the rest will be created.
    let mut existing = path;
    let mut rest = Vec::new();
    let resolved = loop {
        match existing.canonicalize() {
            Ok(found) => break found,
            Err(_) => match (existing.parent(), existing.file_name()) {
                (Some(parent), Some(name)) => {
                    rest.push(name.to_os_string());
                    existing = parent;
                }
                _ => return Err(path.to_path_buf()),
            },
        }
    };
    let full = rest.iter().rev().fold(resolved, |p, n| p.join(n));
    let lexical_escape = full
        .components()
        .any(|c| matches!(c, std::path::Component::ParentDir));
    if full.starts_with(&root) && !lexical_escape {
        Ok(())
    } else {
        Err(full)
    }
}

/// tollgate's lines of the hook (POSIX sh, which git for Windows runs too): the saved
/// previous hook first, then `tollgate check --staged --hook`, whose refusal says how to
/// go on.
fn block(binary: Option<&Path>) -> String {
    let preferred = binary
        .map(|p| shell_quote(&p.to_string_lossy()))
        .unwrap_or_else(|| "tollgate".to_string());
    format!(
        "{HOOK_MARKER}\n\
         # tollgate rewrites only the lines from the one above to the end marker below.\n\
         # Blocks a commit whose staged changes add a secret (bypass once: git commit --no-verify).\n\
         previous=\"$(dirname \"$0\")/pre-commit.{BACKUP_SUFFIX}\"\n\
         if [ -e \"$previous\" ]; then \"$previous\" \"$@\" || exit $?; fi\n\
         tollgate={preferred}\n\
         if ! command -v \"$tollgate\" >/dev/null 2>&1; then tollgate=tollgate; fi\n\
         \"$tollgate\" check --staged --hook || exit $?\n\
         {END_MARKER}\n"
    )
}

fn shell_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

#[cfg(unix)]
fn make_executable(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755))
}

#[cfg(not(unix))]
fn make_executable(_path: &Path) -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_block_carries_both_markers_and_quotes_the_binary() {
        let block = block(Some(Path::new("/opt/it's here/tollgate")));
        assert!(block.starts_with(HOOK_MARKER) && block.ends_with(&format!("{END_MARKER}\n")));
        assert!(block.contains(r"tollgate='/opt/it'\''s here/tollgate'"));
        assert!(block.contains("check --staged --hook"));
        assert!(merge(b"#!/bin/sh\nexec lint\n", &block).is_none());
    }

    #[test]
    fn an_update_keeps_the_users_lines_around_the_block() {
        let old = block(Some(Path::new("/old/tollgate")));
        let hook = format!("#!/bin/bash\nset -e\n{old}npm test\n");
        let new = block(Some(Path::new("/new/tollgate")));
        let (text, kept) = merge(hook.as_bytes(), &new).unwrap();
        assert_eq!(text, format!("#!/bin/bash\nset -e\n{new}npm test\n"));
        assert_eq!(kept, 2);
    }

    #[test]
    fn a_hook_from_before_the_end_marker_keeps_its_foreign_lines() {
        let old = "#!/bin/sh\n# installed by `tollgate hook install`\n# Blocks a commit whose staged changes add a secret. Bypass once with `git commit --no-verify`.\ntollgate='/x/tollgate'\nif ! command -v \"$tollgate\" >/dev/null 2>&1; then tollgate=tollgate; fi\nexec \"$tollgate\" check --staged\n./my-linter\n";
        let new = block(None);
        let (text, kept) = merge(old.as_bytes(), &new).unwrap();
        assert_eq!(text, format!("#!/bin/sh\n{new}./my-linter\n"));
        assert_eq!(kept, 1);
    }
}
