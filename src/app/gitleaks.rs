//! gitleaks' commands as hidden aliases, with gitleaks' meanings, so that a CI step or a
//! hook written for gitleaks runs tollgate unchanged:
//!
//! - `git [REPO]`: the repository's history (`history`); with `--staged` or
//!   `--pre-commit`, the staged change (`check --staged`);
//! - `detect [--source PATH]`: the history; with `--no-git`, the files (`dir`); with
//!   `--pipe`, standard input;
//! - `protect [--source PATH]`: the staged change (tollgate judges what a commit would
//!   add: the index, with or without `--staged`);
//! - `dir [PATH]` is tollgate's own command.
//!
//! As gitleaks does, they read `.gitleaks.toml` at the scanned root when no `--config` is
//! given (unless a `tollgate.toml` is there: a repository that has one has moved on).

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use clap::Parser as _;

use crate::app::{CommonArgs, Outcome, check, dir, history};
use crate::policy::config::CONFIG_FILE;

/// gitleaks' own configuration file, read at the scanned root.
const GITLEAKS_CONFIG: &str = ".gitleaks.toml";

/// `gitleaks git`.
#[derive(Clone, Debug, clap::Args)]
pub struct GitArgs {
    /// The repository.
    #[arg(value_name = "REPO", default_value = ".")]
    pub repo: PathBuf,
    /// Scan the staged change (gitleaks' pre-commit mode).
    #[arg(long)]
    pub staged: bool,
    /// Scan the change a commit would add (as `--staged`: tollgate judges the index).
    #[arg(long)]
    pub pre_commit: bool,
    #[command(flatten)]
    pub log: LogOpts,
    #[command(flatten)]
    pub common: CommonArgs,
}

/// `gitleaks detect`.
#[derive(Clone, Debug, clap::Args)]
pub struct DetectArgs {
    /// The repository or directory.
    #[arg(long, short = 's', value_name = "PATH", default_value = ".")]
    pub source: PathBuf,
    /// Scan the files, not the history.
    #[arg(long)]
    pub no_git: bool,
    /// Scan standard input.
    #[arg(long)]
    pub pipe: bool,
    #[command(flatten)]
    pub log: LogOpts,
    #[command(flatten)]
    pub common: CommonArgs,
}

/// `gitleaks protect`.
#[derive(Clone, Debug, clap::Args)]
pub struct ProtectArgs {
    /// The repository.
    #[arg(long, short = 's', value_name = "PATH", default_value = ".")]
    pub source: PathBuf,
    /// Scan the staged change (what `protect` always does here).
    #[arg(long)]
    pub staged: bool,
    #[command(flatten)]
    pub common: CommonArgs,
}

/// gitleaks' `--log-opts`, in the two forms tollgate's history scan has: `--all` (every
/// ref) and `REV..` / `REV..HEAD` (commits since REV). Other `git log` options are an
/// error naming them, never silently dropped.
#[derive(Clone, Debug, clap::Args)]
pub struct LogOpts {
    /// `--all` or `REV..[HEAD]`.
    #[arg(long, value_name = "OPTIONS", allow_hyphen_values = true)]
    pub log_opts: Option<String>,
}

/// What `--log-opts` asks of the history scan: (every ref, since REV).
fn log_options(log: &LogOpts) -> anyhow::Result<(bool, Option<String>)> {
    let mut all_refs = false;
    let mut since = None;
    for word in log.log_opts.iter().flat_map(|o| o.split_whitespace()) {
        match word.split_once("..") {
            _ if word == "--all" => all_refs = true,
            Some((from, "" | "HEAD")) if !from.is_empty() && !from.starts_with('-') => {
                since = Some(from.to_string())
            }
            _ => anyhow::bail!(
                "--log-opts: `{word}` is not supported; tollgate's history scan takes `--all` \
                 and `REV..` (commits since REV)"
            ),
        }
    }
    Ok((all_refs, since))
}

pub fn git(args: &GitArgs) -> anyhow::Result<Outcome> {
    let common = with_gitleaks_config(&args.common, &args.repo);
    if args.staged || args.pre_commit {
        return staged(&args.repo, common);
    }
    history_of(&args.repo, &args.log, common)
}

pub fn detect(args: &DetectArgs) -> anyhow::Result<Outcome> {
    let common = with_gitleaks_config(&args.common, &args.source);
    if args.pipe {
        return files(OsString::from("-"), common);
    }
    if args.no_git {
        return files(args.source.clone().into_os_string(), common);
    }
    history_of(&args.source, &args.log, common)
}

pub fn protect(args: &ProtectArgs) -> anyhow::Result<Outcome> {
    staged(
        &args.source,
        with_gitleaks_config(&args.common, &args.source),
    )
}

/// The options with `ROOT/.gitleaks.toml` as the configuration, when none is named and
/// the root has no `tollgate.toml`.
fn with_gitleaks_config(common: &CommonArgs, root: &Path) -> CommonArgs {
    let mut common = common.clone();
    let gitleaks = root.join(GITLEAKS_CONFIG);
    if common.config.is_none() && !root.join(CONFIG_FILE).is_file() && gitleaks.is_file() {
        common.config = Some(gitleaks);
    }
    common
}

fn staged(repo: &Path, common: CommonArgs) -> anyhow::Result<Outcome> {
    let mut args: check::CheckArgs = defaults(["--staged".into(), "--repo".into(), repo.into()])?;
    args.common = common;
    check::run(&args)
}

fn history_of(repo: &Path, log: &LogOpts, common: CommonArgs) -> anyhow::Result<Outcome> {
    let (all_refs, since) = log_options(log)?;
    let mut args: history::HistoryArgs = defaults([repo.into()])?;
    args.all_refs = all_refs;
    args.since = since;
    args.common = common;
    history::run(&args)
}

fn files(path: OsString, common: CommonArgs) -> anyhow::Result<Outcome> {
    let mut args: dir::DirArgs = defaults([path])?;
    args.common = common;
    dir::run(&args)
}

/// A command's arguments as parsing `argv` gives them: every option not named keeps its
/// default, whatever options the command gains later.
fn defaults<T: clap::Args>(argv: impl IntoIterator<Item = OsString>) -> anyhow::Result<T> {
    #[derive(clap::Parser)]
    struct Wrap<T: clap::Args> {
        #[command(flatten)]
        args: T,
    }
    let argv = std::iter::once(OsString::from("tollgate")).chain(argv);
    Ok(Wrap::<T>::try_parse_from(argv)?.args)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(text: &str) -> anyhow::Result<(bool, Option<String>)> {
        log_options(&LogOpts {
            log_opts: Some(text.into()),
        })
    }

    #[test]
    fn log_opts_take_all_and_a_range_start() {
        assert_eq!(opts("--all").unwrap(), (true, None));
        assert_eq!(opts("main..HEAD").unwrap(), (false, Some("main".into())));
        assert_eq!(opts("v1.0..").unwrap(), (false, Some("v1.0".into())));
        let error = opts("--since=2024-01-01").unwrap_err().to_string();
        assert!(error.contains("--since=2024-01-01"), "{error}");
    }
}
