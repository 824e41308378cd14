//! The policy files: what decides whether a run blocks, as bytes, wherever they were
//! read from — the working tree, or a commit.
//!
//! `check --staged` reads them from the working tree: the developer owns it. `check
//! --base` and `deps --base` read them from the merge base: a pull request must not be
//! judged by the policy it brings along (a `tollgate.toml` with `exclude = ["**"]`, an
//! ignore entry for its own secret), so the files are read with gix from the base commit,
//! and what the pull request changes in them is reported on its own (`policy::change`).

use std::path::{Path, PathBuf};

use crate::policy::config::CONFIG_FILE;
use crate::policy::suppress::{GITLEAKS_IGNORE_FILE, IGNORE_FILE};
use crate::secrets::{Fingerprinter, Salt};

/// Where a repository keeps the salt of its fingerprints.
pub(crate) const SALT_FILE: &str = ".tollgate/salt";

/// What a policy file does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Role {
    /// `tollgate.toml` or `--config`.
    Config,
    /// `.tollgateignore`.
    Ignore,
    /// `.gitleaksignore`.
    GitleaksIgnore,
    /// `--baseline`.
    Baseline,
    /// `.tollgate/salt`.
    Salt,
}

/// Where one policy file is, before it is read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Place {
    /// A path inside the repository (`/`-separated, from its top level): read from the
    /// working tree, or from a commit.
    Repo(String),
    /// A path outside the repository (`--config /etc/tollgate.toml`): always read from
    /// the disk, since no commit can change it.
    Disk(PathBuf),
}

/// One policy file to read.
#[derive(Clone, Debug)]
pub(crate) struct Wanted {
    pub role: Role,
    pub place: Place,
    /// Named on the command line: on the disk it must exist.
    pub explicit: bool,
}

/// One policy file as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PolicyFile {
    pub role: Role,
    /// The repository path (or the disk path) the file is known by in reports.
    pub path: String,
    /// How errors name it: the path, plus the commit when read from one.
    pub name: PathBuf,
    pub bytes: Vec<u8>,
}

impl PolicyFile {
    /// The content as text (a policy file that is not UTF-8 is an error naming it).
    pub(crate) fn text(&self) -> Result<&str, String> {
        std::str::from_utf8(&self.bytes)
            .map_err(|e| format!("{}: not UTF-8: {e}", self.name.display()))
    }
}

/// Every policy file a run reads.
#[derive(Clone, Debug, Default)]
pub(crate) struct PolicyFiles {
    pub files: Vec<PolicyFile>,
}

impl PolicyFiles {
    pub(crate) fn get(&self, role: Role) -> Option<&PolicyFile> {
        self.files.iter().find(|f| f.role == role)
    }
}

/// The policy files of a run whose policy root is `root` (the repository's top level,
/// or the scan root of `dir`): `explicit_config` and `baseline` as given on the command
/// line, the rest by their names at the root. A path under `root` becomes a repository
/// path, so that it can be read from a commit.
pub(crate) fn wanted(
    root: &Path,
    explicit_config: Option<&Path>,
    baseline: Option<&Path>,
) -> Vec<Wanted> {
    let at_root = |role, name: &str| Wanted {
        role,
        place: Place::Repo(name.to_string()),
        explicit: false,
    };
    let given = |role, path: &Path| Wanted {
        role,
        place: match repo_path(root, path) {
            Some(inside) => Place::Repo(inside),
            None => Place::Disk(path.to_path_buf()),
        },
        explicit: true,
    };
    let mut wanted = vec![match explicit_config {
        Some(path) => given(Role::Config, path),
        None => at_root(Role::Config, CONFIG_FILE),
    }];
    wanted.push(at_root(Role::Ignore, IGNORE_FILE));
    wanted.push(at_root(Role::GitleaksIgnore, GITLEAKS_IGNORE_FILE));
    if let Some(path) = baseline {
        wanted.push(given(Role::Baseline, path));
    }
    wanted.push(at_root(Role::Salt, SALT_FILE));
    wanted
}

/// `path` as a `/`-separated path from `root`, when it lies under it. Decided on the
/// names alone (`.` and `..` folded, relative paths taken from the current directory),
/// never by following links: in the working tree of a pull request a link can point
/// anywhere, and the base commit holds the path as a name.
pub(crate) fn repo_path(root: &Path, path: &Path) -> Option<String> {
    let absolute = |p: &Path| std::path::absolute(p).ok().map(|p| normalise(&p));
    let path = absolute(path)?;
    let roots = [
        absolute(root),
        root.canonicalize().ok().map(|r| normalise(&r)),
    ];
    roots.into_iter().flatten().find_map(|root| {
        let rest = path.strip_prefix(&root).ok()?;
        let parts: Vec<String> = rest
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        (!parts.is_empty()).then(|| parts.join("/"))
    })
}

/// Folds `.` and `..` out of an absolute path without touching the file system.
fn normalise(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// Reads the wanted files from the disk, repository paths under `root`. A file named on
/// the command line must exist; the others are optional.
pub(crate) fn read_disk(
    root: &Path,
    wanted: &[Wanted],
) -> Result<PolicyFiles, (PathBuf, std::io::Error)> {
    let mut files = PolicyFiles::default();
    for want in wanted {
        let (path, shown) = match &want.place {
            Place::Repo(inside) => (root.join(inside), inside.clone()),
            Place::Disk(path) => (path.clone(), path.display().to_string()),
        };
        // A file named on the command line is shown as it was given.
        let shown = if want.explicit {
            path.display().to_string()
        } else {
            shown
        };
        match std::fs::read(&path) {
            Ok(bytes) => files.files.push(PolicyFile {
                role: want.role,
                path: shown,
                name: path,
                bytes,
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !want.explicit => {}
            Err(e) => return Err((path, e)),
        }
    }
    Ok(files)
}

/// Where the salt comes from when the policy files hold none.
#[derive(Clone, Debug)]
pub(crate) enum MissingSalt {
    /// Create this file on first need (the top of a working tree, where it is committed).
    Create(PathBuf),
    /// This user's salt in tollgate's cache directory, created on first need: for a
    /// directory that is not a repository, which a scan must not write into (it may be
    /// read-only, or someone else's), and whose fingerprints nobody commits.
    User(PathBuf),
    /// Use [`Salt::SHARED`], and say so on first need (a commit, which cannot be
    /// written to).
    Shared { note: String },
}

/// The fingerprinter of a run: under the policy files' salt, else as `missing` says.
pub(crate) fn fingerprinter(
    files: &PolicyFiles,
    missing: MissingSalt,
) -> Result<Fingerprinter, String> {
    if let Some(file) = files.get(Role::Salt) {
        let salt = Salt::parse(file.text()?)
            .map_err(|message| format!("{}: {message}", file.name.display()))?;
        return Ok(Fingerprinter::new(salt));
    }
    Ok(match missing {
        MissingSalt::Create(path) => Fingerprinter::lazy(move || create_salt(&path, true)),
        MissingSalt::User(path) => Fingerprinter::lazy(move || create_salt(&path, false)),
        MissingSalt::Shared { note } => Fingerprinter::lazy(move || {
            eprintln!("{note}");
            Salt::SHARED
        }),
    })
}

/// Creates a salt file at `path` (a new random salt), and says so when it is a
/// repository's (`announce`: it should be committed); another process's file, created
/// meanwhile, wins. If no file can be written, the shared salt is used and standard
/// error says why: never a silent change of fingerprints.
fn create_salt(path: &Path, announce: bool) -> Salt {
    let created = Salt::generate().and_then(|salt| {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)?;
        std::io::Write::write_all(&mut file, salt.file_text().as_bytes())?;
        Ok(salt)
    });
    match created {
        Ok(salt) if !announce => salt,
        Ok(salt) => {
            eprintln!(
                "tollgate: created {}, the salt of this repository's secret fingerprints; \
                 commit it, so that fingerprints in .tollgateignore and baselines match on \
                 every machine",
                path.display()
            );
            salt
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            match std::fs::read_to_string(path)
                .map_err(|e| e.to_string())
                .and_then(|t| Salt::parse(&t))
            {
                Ok(salt) => salt,
                Err(message) => shared_instead(path, &message),
            }
        }
        Err(e) => shared_instead(path, &e.to_string()),
    }
}

fn shared_instead(path: &Path, why: &str) -> Salt {
    eprintln!(
        "tollgate: warning: cannot create {} ({why}); fingerprints in this report use the \
         shared salt and will not match entries made under the repository's salt",
        path.display()
    );
    Salt::SHARED
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_under_the_root_become_repository_paths_by_name() {
        let root = Path::new("/home/dev/repo");
        assert_eq!(
            repo_path(root, Path::new("/home/dev/repo/ci/tollgate.toml")).as_deref(),
            Some("ci/tollgate.toml")
        );
        assert_eq!(
            repo_path(root, Path::new("/home/dev/repo/ci/../x/./b.toml")).as_deref(),
            Some("x/b.toml")
        );
        assert_eq!(
            repo_path(root, Path::new("/home/dev/repo/../other.toml")),
            None
        );
        assert_eq!(repo_path(root, Path::new("/etc/tollgate.toml")), None);
    }
}
