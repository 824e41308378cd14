//! `tollgate check --staged` (pre-commit) and `tollgate check --base REF [--head REF]`
//! (pull-request gate): secrets in the lines a change adds.
//!
//! Configuration and suppressions are read from the top of the working tree, where
//! `tollgate.toml` and `.tollgateignore` live, whatever directory the hook runs in.

use std::time::Instant;

use crate::app::{self, CommonArgs, FeedArgs, Outcome, RangeArgs, Session};
use crate::deps::{self, MissingStore};
use crate::finding::{Finding, Report};
use crate::policy::Mode;
use crate::scan::{self, ScanOptions};

#[derive(Clone, Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("change").required(true).args(["staged", "base"])))]
pub struct CheckArgs {
    /// Scan what the index adds relative to HEAD (for a pre-commit hook).
    #[arg(long)]
    pub staged: bool,
    #[command(flatten)]
    pub range: RangeArgs,
    #[command(flatten)]
    pub feed: FeedArgs,
    #[command(flatten)]
    pub common: CommonArgs,
}

pub fn run(args: &CheckArgs) -> anyhow::Result<Outcome> {
    let started = Instant::now();
    let (session, root) = Session::in_repo(&args.range.repo, &args.common)?;
    let options = ScanOptions {
        redact: session.redact,
        max_file_size: session.max_file_size(),
    };
    let scan = match &args.range.base {
        Some(base) => scan::range(
            &args.range.repo,
            base,
            args.range.head.as_deref(),
            &session.scanner,
            &options,
        )?,
        None => scan::staged(&args.range.repo, &session.scanner, &options)?,
    };
    // The dependency diff of the lockfiles the same change touched. A pre-commit hook
    // only warns when it cannot judge (no store, network down), so an offline laptop can
    // commit; a pull-request gate fails instead.
    let staged = args.range.base.is_none();
    let gate = session.gate(if staged { Mode::Staged } else { Mode::Base });
    let mut dependencies = deps::diff_git_change(
        &args.range.repo,
        &scan.base,
        &scan.head,
        &scan.dependency_files,
    )?;
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
    app::finish(Report::new(findings, stats), &session, &args.common, gate)
}
