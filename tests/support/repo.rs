//! Temporary git repositories built with the `git` CLI, isolated from the machine's git
//! configuration, with a clock that gives every commit a distinct, stable date; and the
//! binary run inside them.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

pub struct Repo {
    /// Holds the repository, a fake HOME and the scan cache.
    pub root: tempfile::TempDir,
    pub path: PathBuf,
    clock: std::cell::Cell<i64>,
}

impl Repo {
    pub fn new() -> Repo {
        let root = tempfile::tempdir().unwrap();
        let path = root.path().join("repo");
        std::fs::create_dir(&path).unwrap();
        let repo = Repo::at(root, path);
        repo.git(&["init", "-q", "-b", "main"]);
        repo
    }

    /// Wraps an existing directory (a clone, a worktree) sharing `root`'s lifetime rules.
    pub fn at(root: tempfile::TempDir, path: PathBuf) -> Repo {
        Repo {
            root,
            path,
            clock: std::cell::Cell::new(1_700_000_000),
        }
    }

    fn env(&self, command: &mut Command) {
        let home = self.root.path().join("home");
        let _ = std::fs::create_dir_all(&home);
        // Each commit one minute after the previous, so dates are distinct and stable.
        let now = self.clock.get() + 60;
        self.clock.set(now);
        let date = format!("{now} +0000");
        command
            .env("HOME", &home)
            .env("XDG_CONFIG_HOME", &home)
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_AUTHOR_NAME", "Ada Author")
            .env("GIT_AUTHOR_EMAIL", "ada@example.invalid")
            .env("GIT_COMMITTER_NAME", "Ada Author")
            .env("GIT_COMMITTER_EMAIL", "ada@example.invalid")
            .env("GIT_AUTHOR_DATE", &date)
            .env("GIT_COMMITTER_DATE", &date)
            .env("TOLLGATE_CACHE_DIR", self.root.path().join("cache"))
            // A hook git runs must not ask the machine's npm or pip for a registry.
            .env(
                super::cli::NO_REGISTRY_DEFAULTS.0,
                super::cli::NO_REGISTRY_DEFAULTS.1,
            )
            .env("NO_COLOR", "1")
            .env_remove("GIT_DIR")
            .env_remove("GIT_WORK_TREE")
            .env_remove("GIT_INDEX_FILE");
    }

    /// Runs git in `dir`; panics with its stderr when it fails.
    pub fn git_in(&self, dir: &Path, args: &[impl AsRef<OsStr>]) -> String {
        let mut command = Command::new("git");
        command.args(args).current_dir(dir);
        self.env(&mut command);
        let output = command.output().expect("run git");
        assert!(
            output.status.success(),
            "git {:?} failed: {}",
            args.iter()
                .map(|a| a.as_ref().to_string_lossy().into_owned())
                .collect::<Vec<_>>(),
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).trim().to_string()
    }

    pub fn git(&self, args: &[impl AsRef<OsStr>]) -> String {
        self.git_in(&self.path, args)
    }

    /// Runs git and returns the raw output, whatever the exit status.
    pub fn git_output(&self, args: &[&str]) -> Output {
        let mut command = Command::new("git");
        command.args(args).current_dir(&self.path);
        self.env(&mut command);
        command.output().expect("run git")
    }

    pub fn write(&self, file: impl AsRef<Path>, content: impl AsRef<[u8]>) {
        let path = self.path.join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, content).unwrap();
    }

    /// A linked worktree (`git worktree add`) on a new branch, beside the repository.
    pub fn linked_worktree(&self, branch: &str) -> PathBuf {
        let worktree = self.root.path().join(format!("wt-{branch}"));
        let path = worktree.to_str().unwrap();
        self.git(&["worktree", "add", "-q", "-b", branch, path]);
        worktree
    }

    /// Stages everything and commits; returns the new commit's id.
    pub fn commit(&self, message: &str) -> String {
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "--allow-empty", "-m", message]);
        self.git(&["rev-parse", "HEAD"])
    }

    pub fn tollgate_in(&self, dir: &Path, args: &[impl AsRef<OsStr>]) -> Output {
        let mut command = super::cli::tollgate(dir);
        command.args(args);
        self.env(&mut command);
        command.output().expect("run tollgate")
    }

    pub fn tollgate(&self, args: &[impl AsRef<OsStr>]) -> Output {
        self.tollgate_in(&self.path, args)
    }

    /// Runs tollgate with `--format json`; returns the exit code and the report.
    pub fn report(&self, args: &[&str]) -> (i32, Value) {
        let mut all: Vec<&str> = args.to_vec();
        all.extend(["--format", "json"]);
        let output = self.tollgate(&all);
        (
            output.status.code().unwrap_or(-1),
            super::cli::json(&output),
        )
    }
}

/// (file, line) of every finding, for compact assertions.
pub fn locations(report: &Value) -> Vec<(String, u64)> {
    super::cli::findings(report)
        .iter()
        .map(|f| {
            (
                f["file"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
            )
        })
        .collect()
}
