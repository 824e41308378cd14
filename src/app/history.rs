//! `tollgate history [REPO]`: secrets in every commit reachable from HEAD (or all refs),
//! each attributed to the commit that introduced it.

use std::path::PathBuf;
use std::time::Instant;

use crate::app::{self, CommonArgs, Outcome, Session};
use crate::finding::Report;
use crate::policy::Mode;
use crate::scan::{self, HistoryOptions};

#[derive(Clone, Debug, clap::Args)]
pub struct HistoryArgs {
    /// The repository (default: the one containing the current directory).
    #[arg(value_name = "REPO", default_value = ".")]
    pub repo: PathBuf,
    /// Walk every ref (branches, tags, remote-tracking refs), not only HEAD.
    #[arg(long)]
    pub all_refs: bool,
    /// Only commits that REV does not contain (REV..HEAD).
    #[arg(long, value_name = "REV")]
    pub since: Option<String>,
    /// Neither read nor write the scan cache ($TOLLGATE_CACHE_DIR, else the user cache
    /// directory + /tollgate).
    #[arg(long)]
    pub no_cache: bool,
    /// No progress bar (it is drawn only when standard error is a terminal anyway).
    #[arg(long)]
    pub no_progress: bool,
    #[command(flatten)]
    pub common: CommonArgs,
}

pub fn run(args: &HistoryArgs) -> anyhow::Result<Outcome> {
    let started = Instant::now();
    let (session, _) = Session::in_repo(&args.repo, &args.common)?;
    let options = HistoryOptions {
        all_refs: args.all_refs,
        since: args.since.clone(),
        cache_dir: if args.no_cache {
            None
        } else {
            crate::plumbing::cache::cache_dir()
        },
        progress: !args.no_progress,
        max_file_size: session.max_file_size(),
        redact: session.redact,
    };
    let scan = scan::history(&args.repo, &session.scanner, &options)?;
    let findings = session.unsuppressed(scan.findings);
    let mut stats = scan.stats;
    stats.elapsed_ms = started.elapsed().as_millis() as u64;
    let report = Report::new(app::secret_findings(findings), stats);
    let outcome = app::finish(report, &session, &args.common, session.gate(Mode::Base));
    session.end();
    outcome
}
