//! `tollgate check --staged` (pre-commit) and `tollgate check --base REF [--head REF]`
//! (pull-request gate): secrets in the lines a change adds.
//!
//! Configuration and suppressions are read from the top of the working tree, where
//! `tollgate.toml` and `.tollgateignore` live, whatever directory the hook runs in.

use std::path::PathBuf;
use std::time::Instant;

use crate::app::{self, CommonArgs, FeedArgs, Outcome, Session};
use crate::deps::{self, MissingStore};
use crate::finding::{Finding, Report};
use crate::git;
use crate::policy::Mode;
use crate::scan::{self, ScanOptions};

#[derive(Clone, Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("change").required(true).args(["staged", "base"])))]
pub struct CheckArgs {
    /// Scan what the index adds relative to HEAD (for a pre-commit hook).
    #[arg(long)]
    pub staged: bool,
    /// Scan what HEAD (or --head) adds relative to its merge base with REF (for a
    /// pull-request check).
    #[arg(long, value_name = "REF")]
    pub base: Option<String>,
    /// The head of the change (default: HEAD).
    #[arg(long, value_name = "REF", requires = "base")]
    pub head: Option<String>,
    /// The repository (default: the one containing the current directory).
    #[arg(long, value_name = "PATH", default_value = ".")]
    pub repo: PathBuf,
    #[command(flatten)]
    pub feed: FeedArgs,
    #[command(flatten)]
    pub common: CommonArgs,
}

pub fn run(args: &CheckArgs) -> anyhow::Result<Outcome> {
    let started = Instant::now();
    app::configure_threads(args.common.threads);
    let root = git::worktree_root(&args.repo)?;
    let session = Session::prepare(&root, &args.common)?;
    let options = ScanOptions {
        redact: session.redact,
        max_file_size: session.max_file_size(),
    };
    let scan = match &args.base {
        Some(base) => scan::range(
            &args.repo,
            base,
            args.head.as_deref(),
            &session.scanner,
            &options,
        )?,
        None => scan::staged(&args.repo, &session.scanner, &options)?,
    };
    // The dependency diff of the lockfiles the same change touched. A pre-commit hook
    // only warns when it cannot judge (no store, network down), so an offline laptop can
    // commit; a pull-request gate fails instead.
    let staged = args.base.is_none();
    let gate = session.gate(if staged { Mode::Staged } else { Mode::Base });
    let mut dependencies =
        deps::diff_git_change(&args.repo, &scan.base, &scan.head, &scan.dependency_files)?;
    let missing = if staged {
        MissingStore::Warn
    } else {
        MissingStore::Fail
    };
    args.feed
        .judge(&session.config, &root, &gate, missing)?
        .judge(&mut dependencies)?;
    let mut findings = app::secret_findings(session.unsuppressed(scan.findings));
    findings.extend(dependencies.into_iter().map(Finding::Dependency));
    let mut stats = scan.stats;
    stats.elapsed_ms = started.elapsed().as_millis() as u64;
    app::finish(&Report::new(findings, stats), &args.common, gate)
}
