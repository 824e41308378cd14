//! `tollgate init`: writes a commented default `tollgate.toml`, so a team starts from a
//! file that documents every setting instead of from the README.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

use crate::app::Outcome;
use crate::policy::config::CONFIG_FILE;

#[derive(Clone, Debug, clap::Args)]
pub struct InitArgs {
    /// Overwrite an existing tollgate.toml.
    #[arg(long)]
    pub force: bool,
    /// The directory to write it in (the repository root).
    #[arg(value_name = "DIR", default_value = ".")]
    pub dir: PathBuf,
}

/// The default policy, every setting at its default and commented out, so uncommenting a
/// line is the whole edit. It parses as is (tests load it).
pub(crate) const DEFAULT_CONFIG: &str = r#"# tollgate.toml: what blocks a merge. Every line below is commented out and shows the
# default; uncomment and edit a line to change it. Unknown keys are errors.

[secrets]
# Secrets below this severity are reported but do not fail the run.
# fail-on = "medium"            # low | medium | high | critical
# Secrets below this confidence are reported as warnings and do not fail the run:
# high: a checksum or a strict token structure; medium: provider context; low: generic.
# min-confidence = "low"        # low | medium | high
# Built-in rule ids to switch off (see `tollgate rules list`).
# disable = []
# Paths never scanned for secrets.
# exclude = ["tests/fixtures/**"]
# max-file-size = 10485760

[artifacts]
# Archives inside `dir` (zip, jar, wheel, tar.gz, .deb, ...) and image layers.
# archives = true               # false: archives are binary files (--no-archives)
# depth = 3                     # archive levels opened (--archive-depth)
# max-bytes = 1073741824        # expanded bytes per archive on disk (--max-archive-bytes)
# max-ratio = 1000              # expanded bytes per byte of the archive on disk
# max-entries = 100000          # entries per archive on disk, nested ones included

[feed]
# store = "path/to/advisories.sqlite3"   # default: the user cache directory
# max-age-days = 7                        # warn when the advisory store is older

[deps]
# Each dependency check: "fail" blocks the merge, "warn" reports, "off" ignores.
# malicious = "fail"           # known malicious package (OSV MAL- records)
# vulnerable = "fail"          # known vulnerability at or above fail-on; below it warns
# recently-published = "fail"  # version younger than min-age
# typosquat = "fail"           # name resembles a popular package's
# source = "fail"              # git, URL/tarball, unknown registry host, plain http
# integrity = "fail"           # same version, different hash (lockfile tampering)
# install-script = "warn"      # npm package added with (or gaining) an install script
# A check that could not be completed (registry unreachable, version not found):
# unknown = { base = "fail", staged = "warn" }   # check --base and deps / check --staged
# min-age = "72h"              # also "3d", "1w", "90m"
# fail-on = "medium"           # vulnerability severity threshold (default: [secrets])

# Accepted exceptions; `reason` is required, `expires` (a date) optional. An expired entry
# stops applying and the report says so.
# [[deps.allow]]
# package = "npm:left-pad@1.3.0"   # or "left-pad", "PyPI:requests", "cargo:serde"
# reason = "reviewed; vendored copy"
# expires = 2026-12-31
#
# [[deps.allow]]
# advisory = "GHSA-xxxx-xxxx-xxxx" # an advisory id or alias
# reason = "not reachable from our code"

[registries]
# Where publish times are looked up. By default tollgate reads the package managers'
# own configuration (npm_config_registry and .npmrc, PIP_INDEX_URL and pip.conf, cargo's
# [source.crates-io] replace-with, GOPROXY); these override it.
# npm = "https://npm.example.internal/"
# pypi = "https://pypi.example.internal/simple/"
# crates = "https://crates-api.example.internal"   # the registry's API base
# go = "https://goproxy.example.internal"
# deps-dev = "https://deps-dev.example.internal"   # used where no registry is set

[pipeline]
# Each CI/CD check: "fail" blocks, "warn" reports, "info" shows reviewers, "off" ignores.
# unpinned-action = "fail"        # uses: by tag or branch, not a commit SHA
# unpinned-image = "fail"         # FROM/image:/services: by tag, not @sha256: digest
# dangerous-trigger = "fail"      # pull_request_target/workflow_run running the PR's code
# template-injection = "fail"     # attacker-controlled ${{ }} inside run:/script:
# excessive-permissions = "fail"  # no permissions:, write-all, or widened permissions
# new-secret-reference = "info"   # a secret (or GitLab variable) the change adds
# secrets-inherit = "fail"        # secrets: inherit into another owner's workflow
# debug-enabled = "fail"          # ACTIONS_STEP_DEBUG, ACTIONS_RUNNER_DEBUG, CI_DEBUG_TRACE
# self-hosted-on-pr = "fail"      # self-hosted runner in a fork-triggered workflow
# curl-pipe-shell = "warn"        # a remote script piped into a shell
# unpinned-hook = "warn"          # .pre-commit-config.yaml rev: by tag
# codeowners-gap = "warn"         # CI, dependency, Docker and IaC files nobody owns
# Findings below fail-on at most warn; below warn-on they are information.
# fail-on = "high"
# warn-on = "medium"
# Owners or actions whose version tags are trusted (branches never are).
# allowed-actions = []            # e.g. ["actions/*", "github/codeql-action/*"]
# Paths whose CI definitions are not checked.
# exclude = []                    # e.g. ["tests/fixtures/**"]

# Accepted exceptions, as for [deps]: `reason` required, `expires` optional.
# [[pipeline.allow]]
# check = "unpinned-image"        # and/or file = "<glob>", value = "<finding's after>"
# value = "postgres:16"
# reason = "digest pinned by the deploy tooling"
# expires = 2026-12-31
"#;

pub fn run(args: &InitArgs) -> anyhow::Result<Outcome> {
    let path = write(&args.dir, args.force)?;
    println!("tollgate: wrote {}", path.display());
    Ok(Outcome::Pass)
}

/// Writes the default file into `dir`; refuses to replace one unless `force`, and never
/// writes through a symbolic link (a repository can hold a `tollgate.toml` link pointing
/// anywhere, dangling or not): the file is created exclusively, or replaced by renaming
/// a complete new file over it.
pub fn write(dir: &Path, force: bool) -> anyhow::Result<PathBuf> {
    let path = dir.join(CONFIG_FILE);
    match std::fs::symlink_metadata(&path) {
        Ok(meta) if meta.file_type().is_symlink() => bail!(
            "{} is a symbolic link (to {}); tollgate does not write through links: remove it first",
            path.display(),
            std::fs::read_link(&path).unwrap_or_default().display()
        ),
        Ok(meta) if !meta.is_file() => {
            bail!("{} exists and is not a regular file", path.display())
        }
        Ok(_) if !force => bail!(
            "{} already exists; use --force to overwrite it",
            path.display()
        ),
        Ok(meta) => {
            let mut temp = tempfile::NamedTempFile::new_in(dir)
                .with_context(|| format!("{}: cannot write", dir.display()))?;
            temp.write_all(DEFAULT_CONFIG.as_bytes())
                .with_context(|| format!("{}: cannot write", temp.path().display()))?;
            // The temporary file is private; the replacement keeps the old file's mode.
            std::fs::set_permissions(temp.path(), meta.permissions())
                .with_context(|| format!("{}: cannot write", temp.path().display()))?;
            temp.persist(&path)
                .with_context(|| format!("{}: cannot write", path.display()))?;
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let mut file = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
                .with_context(|| format!("{}: cannot create", path.display()))?;
            file.write_all(DEFAULT_CONFIG.as_bytes())
                .with_context(|| format!("{}: cannot write", path.display()))?;
        }
        Err(e) => return Err(e).with_context(|| format!("{}: cannot read", path.display())),
    }
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::Config;

    #[test]
    fn default_file_parses_and_is_not_overwritten_without_force() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), false).unwrap();
        let config = Config::load(&path).unwrap();
        assert_eq!(config.deps.min_age, jiff::SignedDuration::from_hours(72));
        std::fs::write(&path, "# mine\n").unwrap();
        let err = write(dir.path(), false).unwrap_err().to_string();
        assert!(err.contains("already exists"), "{err}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "# mine\n");
        write(dir.path(), true).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), DEFAULT_CONFIG);
    }

    #[test]
    fn every_commented_setting_parses_when_uncommented() {
        // Uncomment the key lines (not prose): the file must still load.
        let uncommented: String = DEFAULT_CONFIG
            .lines()
            .map(|l| match l.strip_prefix("# ") {
                Some(rest)
                    if rest.starts_with("[[")
                        || rest.split_once(" = ").is_some_and(|(k, _)| {
                            !k.contains(' ') && !k.contains(':') && !k.is_empty()
                        }) =>
                {
                    rest.to_string()
                }
                _ => l.to_string(),
            })
            .collect::<Vec<_>>()
            .join("\n");
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(CONFIG_FILE);
        std::fs::write(&path, &uncommented).unwrap();
        Config::load(&path).unwrap_or_else(|e| panic!("{e}\n{uncommented}"));
    }
}
