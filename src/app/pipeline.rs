//! `tollgate pipeline [PATH]`: the CI/CD definitions of a tree audited whole, for a first
//! look at an existing repository (`check` reviews only what a change introduces).
//! Also the pieces `check` uses to add the pipeline review to a change.

use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::app::{self, CommonArgs, Outcome, Session};
use crate::finding::{Finding, PipelineFinding, Report, Stats};
use crate::pipeline::{self, Context};
use crate::policy::{Gate, Mode};

#[derive(Clone, Debug, clap::Args)]
pub struct PipelineArgs {
    /// The tree to audit (default: the current directory). Configuration is read from
    /// its tollgate.toml.
    #[arg(value_name = "PATH", default_value = ".")]
    pub path: PathBuf,
    #[command(flatten)]
    pub common: CommonArgs,
}

pub fn run(args: &PipelineArgs) -> anyhow::Result<Outcome> {
    let started = Instant::now();
    anyhow::ensure!(
        args.path.is_dir(),
        "{}: not a directory",
        args.path.display()
    );
    let session = Session::prepare(&args.path, &args.common)?;
    let gate = session.gate(Mode::Base);
    let excluded = |p: &str| session.config.pipeline.excluded(p);
    let options = pipeline::review::Options {
        context: context(&args.path),
        max_file_size: session.max_file_size(),
        excluded: &excluded,
    };
    let reviewed = pipeline::audit_tree(&args.path, &options)?;
    let stats = Stats {
        files: reviewed.files,
        bytes: reviewed.bytes,
        skipped: reviewed.skipped,
        elapsed_ms: started.elapsed().as_millis() as u64,
        ..Stats::default()
    };
    let findings = judged(&gate, reviewed.findings);
    app::finish(Report::new(findings, stats), &session, &args.common, gate)
}

/// What the checks know of the repository at `path`: its owner, from `origin`.
pub(crate) fn context(path: &Path) -> Context {
    Context {
        owner: crate::git::origin_owner(path),
    }
}

/// Applies the policy's allow entries and trusted owners, warns about expired entries,
/// and wraps the rest for the report.
pub(crate) fn judged(gate: &Gate, mut findings: Vec<PipelineFinding>) -> Vec<Finding> {
    for warning in gate.pipeline.expiry_warnings() {
        eprintln!("tollgate: warning: {warning}");
    }
    gate.drop_allowed_pipeline(&mut findings);
    findings.into_iter().map(Finding::Pipeline).collect()
}
