//! Installing the pre-commit hook that runs `tollgate check --staged`.
//!
//! The hook goes where git looks for it: `core.hooksPath` when set (relative to the
//! working tree's top level, as git resolves it), otherwise the `hooks` directory of the
//! *common* git directory, which linked worktrees share. An existing hook that tollgate
//! did not write is never replaced silently: the user has to pass `--force`, and even then
//! the old hook is kept beside the new one.

use std::path::{Path, PathBuf};

/// The line by which tollgate recognises a hook it wrote (and may therefore replace).
pub const HOOK_MARKER: &str = "# installed by `tollgate hook install`";

/// Suffix of the copy kept of a foreign hook replaced with `--force`.
const BACKUP_SUFFIX: &str = "pre-tollgate";

#[derive(Debug, thiserror::Error)]
pub enum HookError {
    #[error("{path}: not a git repository (or any of its parents): {message}")]
    NotARepository { path: PathBuf, message: String },
    #[error("{path}: invalid core.hooksPath: {message}")]
    HooksPath { path: PathBuf, message: String },
    #[error(
        "{path} already exists and was not written by tollgate; not replacing it (pass --force \
         to replace it; the old hook is then kept as {path}.{BACKUP_SUFFIX})"
    )]
    Foreign { path: PathBuf },
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
    /// tollgate's own hook was rewritten (e.g. to point at a new binary).
    Updated(PathBuf),
    /// A foreign hook was replaced (with `force`) and kept under `backup`.
    Replaced { path: PathBuf, backup: PathBuf },
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
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| HookError::Io { path, source }
    };
    let outcome = match std::fs::read(&path) {
        Ok(existing) if is_ours(&existing) => Installed::Updated(path.clone()),
        Ok(_) if !force => return Err(HookError::Foreign { path }),
        Ok(_) => {
            let backup = dir.join(format!("pre-commit.{BACKUP_SUFFIX}"));
            std::fs::rename(&path, &backup).map_err(io(&path))?;
            Installed::Replaced {
                path: path.clone(),
                backup,
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Installed::Created(path.clone()),
        Err(e) => return Err(io(&path)(e)),
    };
    std::fs::create_dir_all(&dir).map_err(io(&dir))?;
    std::fs::write(&path, script(binary)).map_err(io(&path))?;
    make_executable(&path).map_err(io(&path))?;
    Ok(outcome)
}

fn is_ours(content: &[u8]) -> bool {
    content
        .split(|&b| b == b'\n')
        .any(|line| line.trim_ascii() == HOOK_MARKER.as_bytes())
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
        Some(dir) => repo.workdir().unwrap_or(repo.git_dir()).join(dir),
        None => repo.common_dir().join("hooks"),
    })
}

/// The hook script: POSIX sh, which git for Windows runs too.
fn script(binary: Option<&Path>) -> String {
    let preferred = binary
        .map(|p| shell_quote(&p.to_string_lossy()))
        .unwrap_or_else(|| "tollgate".to_string());
    format!(
        "#!/bin/sh\n\
         {HOOK_MARKER}\n\
         # Blocks a commit whose staged changes add a secret. Bypass once with `git commit --no-verify`.\n\
         tollgate={preferred}\n\
         if ! command -v \"$tollgate\" >/dev/null 2>&1; then tollgate=tollgate; fi\n\
         exec \"$tollgate\" check --staged\n"
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
    fn the_script_carries_the_marker_and_quotes_the_binary() {
        let text = script(Some(Path::new("/opt/it's here/tollgate")));
        assert!(is_ours(text.as_bytes()));
        assert!(text.contains(r"tollgate='/opt/it'\''s here/tollgate'"));
        assert!(text.contains("check --staged"));
        assert!(!is_ours(b"#!/bin/sh\nexec lint\n"));
    }
}
