//! `tollgate init`: writes a commented default `tollgate.toml`, so a team starts from a
//! file that documents every setting instead of from the README.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

use crate::app::Outcome;
use crate::finding::Kind;
use crate::osv::store::DEFAULT_MAX_AGE_DAYS;
use crate::pipeline::Check;
use crate::policy::config::{CONFIG_FILE, DEFAULT_FAIL_ON, DEFAULT_MIN_CONFIDENCE};
use crate::policy::deps_policy::DEFAULT_MIN_AGE;
use crate::policy::pipeline_policy::{
    DEFAULT_FAIL_ON as PIPELINE_FAIL_ON, DEFAULT_WARN_ON as PIPELINE_WARN_ON, default_level,
};
use crate::policy::{DepsPolicy, Mode};

#[derive(Clone, Debug, clap::Args)]
pub struct InitArgs {
    /// Overwrite an existing tollgate.toml.
    #[arg(long)]
    pub force: bool,
    /// The directory to write it in (the repository root).
    #[arg(value_name = "DIR", default_value = ".")]
    pub dir: PathBuf,
}

/// The default policy, every setting at its default and commented out (`# key = value`),
/// so uncommenting a line is the whole edit and changes nothing until the value is
/// edited. The values are the code's own defaults, formatted in here, not copies. Lines
/// starting `## ` are examples for settings without a default (registries, allow
/// entries, a separate dependency threshold); they change behaviour when uncommented.
/// It parses as is, and uncommented (tests load it both ways).
pub(crate) fn default_config() -> String {
    let deps = DepsPolicy::default();
    let deps_level = |kind: Kind| deps.check_level(kind, Mode::Base).as_str();
    let pipeline_level = |check: Check| default_level(check).as_str();
    let min_age_hours = DEFAULT_MIN_AGE.as_secs() / 3600;
    format!(
        r#"# tollgate.toml: what blocks a merge. Every `# key = value` line below shows the
# default; uncomment and edit a line to change it. `## ` lines are examples of settings
# that have no default. Unknown keys are errors.

[secrets]
# Secrets below this severity are reported but do not fail the run.
# fail-on = "{secrets_fail_on}"               # low | medium | high | critical
# Secrets below this confidence are reported as warnings and do not fail the run:
# high: a checksum or a strict token structure; medium: provider context; low: generic.
# min-confidence = "{min_confidence}"        # low | medium | high
# Built-in rule ids to switch off (see `tollgate rules list`).
# disable = []
# Paths never scanned for secrets.
# exclude = []
## exclude = ["tests/fixtures/**"]
# Larger files are skipped (and listed in the report's stats).
# max-file-size = {max_file_size}

[artifacts]
# Archives inside `dir` (zip, jar, wheel, tar.gz, .deb, ...) and image layers.
# archives = true               # false: archives are binary files (--no-archives)
# depth = 3                     # archive levels opened (--archive-depth)
# max-bytes = 1073741824        # expanded bytes per archive on disk (--max-archive-bytes)
# max-ratio = 1000              # expanded bytes per byte of the archive on disk
# max-entries = 100000          # entries per archive on disk, nested ones included
# formats = ["zip", "tar", "gzip", "bzip2", "xz", "zstd", "ar"]   # the formats opened

[feed]
# The advisory store (default: the user cache directory).
## store = "path/to/advisories.sqlite3"
# Where `feed sync` downloads the OSV exports (`<url>/<ecosystem>/all.zip`); default:
# OSV's public exports.
## url = "https://osv-mirror.example.internal"
# Warn when the advisory store is older than this.
# max-age-days = {max_age_days}

[deps]
# Each dependency check: "fail" blocks the merge, "warn" reports, "off" ignores.
# malicious = "{malicious}"           # known malicious package (OSV MAL- records)
# vulnerable = "{vulnerable}"          # known vulnerability at or above fail-on; below it warns
# recently-published = "{recently_published}"  # version younger than min-age
# typosquat = "{typosquat}"           # name resembles a popular package's
# source = "{source}"              # git, URL/tarball, unknown registry host, plain http
# integrity = "{integrity}"           # same version, different hash (lockfile tampering)
# install-script = "{install_script}"      # npm package added with (or gaining) an install script
# A check that could not be completed (registry unreachable, version not found):
# unknown = {{ base = "{unknown_base}", staged = "{unknown_staged}" }}   # check --base and deps / check --staged
# min-age = "{min_age_hours}h"              # also "3d", "1w", "90m"
# Vulnerability severity threshold; by default [secrets] fail-on (or --fail-on).
## fail-on = "high"
# exclude = []                 # lockfile paths never diffed, e.g. ["tests/fixtures/**"]

# Accepted exceptions; `reason` is required, `expires` (a date) optional. An expired entry
# stops applying and the report says so.
## [[deps.allow]]
## package = "npm:left-pad@1.3.0"   # or "left-pad", "PyPI:requests", "cargo:serde"
## reason = "reviewed; vendored copy"
## expires = 2026-12-31
##
## [[deps.allow]]
## advisory = "GHSA-xxxx-xxxx-xxxx" # an advisory id or alias
## reason = "not reachable from our code"

[registries]
# Where publish times are looked up. By default tollgate reads the package managers'
# own configuration (npm_config_registry and .npmrc, PIP_INDEX_URL and pip.conf, cargo's
# [source.crates-io] replace-with, GOPROXY); when that names none, it asks the tools
# (`npm config get registry`, `pip config list` and pip's default index, `go env
# GOPROXY`), then deps.dev (TOLLGATE_REGISTRY_DEFAULTS=off: configured registries only).
# These override all of it.
## npm = "https://npm.example.internal/"
## pypi = "https://pypi.example.internal/simple/"
## crates = "https://crates-api.example.internal"   # the registry's API base
## go = "https://goproxy.example.internal"
## deps-dev = "https://deps-dev.example.internal"   # used where no registry is set

[pipeline]
# Each CI/CD check: "fail" blocks, "warn" reports, "info" shows reviewers, "off" ignores.
# unpinned-action = "{unpinned_action}"        # uses: by tag or branch, not a commit SHA
# unpinned-image = "{unpinned_image}"         # FROM/image:/services: by tag, not @sha256: digest
# dangerous-trigger = "{dangerous_trigger}"      # pull_request_target/workflow_run running the PR's code
# template-injection = "{template_injection}"     # attacker-controlled ${{{{ }}}} inside run:/script:
# excessive-permissions = "{excessive_permissions}"  # no permissions:, write-all, or widened permissions
# new-secret-reference = "{new_secret_reference}"   # a secret (or GitLab variable) the change adds
# secrets-inherit = "{secrets_inherit}"        # secrets: inherit into another owner's workflow
# debug-enabled = "{debug_enabled}"          # ACTIONS_STEP_DEBUG, ACTIONS_RUNNER_DEBUG, CI_DEBUG_TRACE
# self-hosted-on-pr = "{self_hosted_on_pr}"      # self-hosted runner in a fork-triggered workflow
# curl-pipe-shell = "{curl_pipe_shell}"        # a remote script piped into a shell
# unpinned-hook = "{unpinned_hook}"          # .pre-commit-config.yaml rev: by tag
# codeowners-gap = "{codeowners_gap}"         # CI, dependency, Docker and IaC files nobody owns
# Findings below fail-on at most warn; below warn-on they are information.
# fail-on = "{pipeline_fail_on}"
# warn-on = "{pipeline_warn_on}"
# Owners or actions whose version tags are trusted (branches never are).
# allowed-actions = []
## allowed-actions = ["actions/*", "github/codeql-action/*"]
# Paths whose CI definitions are not checked.
# exclude = []
## exclude = ["tests/fixtures/**"]

# Accepted exceptions, as for [deps]: `reason` required, `expires` optional.
## [[pipeline.allow]]
## check = "unpinned-image"        # and/or file = "<glob>", value = "<finding's after>"
## value = "postgres:16"
## reason = "digest pinned by the deploy tooling"
## expires = 2026-12-31
"#,
        secrets_fail_on = DEFAULT_FAIL_ON,
        min_confidence = DEFAULT_MIN_CONFIDENCE.as_str(),
        max_file_size = crate::fs::DEFAULT_MAX_FILE_SIZE,
        max_age_days = DEFAULT_MAX_AGE_DAYS,
        malicious = deps_level(Kind::Malicious),
        vulnerable = deps_level(Kind::Vulnerable),
        recently_published = deps_level(Kind::RecentlyPublished),
        typosquat = deps_level(Kind::Typosquat),
        source = deps_level(Kind::Source),
        integrity = deps_level(Kind::Integrity),
        install_script = deps_level(Kind::InstallScript),
        unknown_base = deps.check_level(Kind::Unknown, Mode::Base).as_str(),
        unknown_staged = deps.check_level(Kind::Unknown, Mode::Staged).as_str(),
        unpinned_action = pipeline_level(Check::UnpinnedAction),
        unpinned_image = pipeline_level(Check::UnpinnedImage),
        dangerous_trigger = pipeline_level(Check::DangerousTrigger),
        template_injection = pipeline_level(Check::TemplateInjection),
        excessive_permissions = pipeline_level(Check::ExcessivePermissions),
        new_secret_reference = pipeline_level(Check::NewSecretReference),
        secrets_inherit = pipeline_level(Check::SecretsInherit),
        debug_enabled = pipeline_level(Check::DebugEnabled),
        self_hosted_on_pr = pipeline_level(Check::SelfHostedOnPr),
        curl_pipe_shell = pipeline_level(Check::CurlPipeShell),
        unpinned_hook = pipeline_level(Check::UnpinnedHook),
        codeowners_gap = pipeline_level(Check::CodeownersGap),
        pipeline_fail_on = PIPELINE_FAIL_ON,
        pipeline_warn_on = PIPELINE_WARN_ON,
    )
}

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
            temp.write_all(default_config().as_bytes())
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
            file.write_all(default_config().as_bytes())
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
        assert_eq!(std::fs::read_to_string(&path).unwrap(), default_config());
    }

    /// The template with the lines of one kind uncommented: `# ` (defaults) or `## `
    /// (examples).
    pub(crate) fn uncommented(prefix: &str) -> String {
        default_config()
            .lines()
            .map(|l| match l.strip_prefix(prefix) {
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
            .join("\n")
    }

    #[test]
    fn every_commented_setting_parses_when_uncommented() {
        // Defaults and examples each: the file must still load.
        for prefix in ["# ", "## "] {
            let text = uncommented(prefix);
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join(CONFIG_FILE);
            std::fs::write(&path, &text).unwrap();
            Config::load(&path).unwrap_or_else(|e| panic!("{e}\n{text}"));
        }
    }

    #[test]
    fn uncommented_defaults_resolve_to_the_policy_of_no_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(CONFIG_FILE);
        std::fs::write(&path, uncommented("# ")).unwrap();
        let from_file = Config::load(&path).unwrap();
        let none = Config::default();
        // The resolved policies print every level and threshold they hold.
        assert_eq!(format!("{:?}", from_file.deps), format!("{:?}", none.deps));
        assert_eq!(
            format!("{:?}", from_file.pipeline),
            format!("{:?}", none.pipeline)
        );
        let s = &from_file.secrets;
        assert_eq!(s.fail_on, Some(DEFAULT_FAIL_ON));
        assert_eq!(s.min_confidence, Some(DEFAULT_MIN_CONFIDENCE));
        assert_eq!(s.max_file_size, Some(crate::fs::DEFAULT_MAX_FILE_SIZE));
        assert!(s.disable.is_empty() && s.exclude.is_empty());
        assert_eq!(from_file.feed.max_age_days, Some(DEFAULT_MAX_AGE_DAYS));
        assert_eq!(from_file.registries, none.registries);
    }

    #[test]
    fn every_key_the_configuration_accepts_is_in_the_template() {
        // serde names the accepted fields when it meets an unknown one; a key added to a
        // section without a line in the template fails here.
        let template = default_config();
        for section in [
            "secrets",
            "artifacts",
            "feed",
            "deps",
            "registries",
            "pipeline",
        ] {
            let probe = format!("[{section}]\nzz-probe = 0\n");
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join(CONFIG_FILE);
            std::fs::write(&path, probe).unwrap();
            let error = Config::load(&path).unwrap_err().to_string();
            let (_, expected) = error
                .split_once("expected one of ")
                .or_else(|| error.split_once("expected "))
                .unwrap_or_else(|| panic!("{error}"));
            for key in expected
                .split(", ")
                .map(|k| k.trim_matches(|c: char| c == '`' || c.is_whitespace()))
            {
                let key = key.split('`').next().unwrap_or(key);
                assert!(
                    template.contains(&format!("# {key} = "))
                        || template.contains(&format!("## {key} = "))
                        || template.contains(&format!("## [[{section}.{key}]]")),
                    "[{section}] {key} is accepted but not in the init template"
                );
            }
        }
    }
}
