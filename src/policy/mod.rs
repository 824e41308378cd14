//! What blocks and what is suppressed: the configuration file, ignore files, baselines,
//! and every decision of the form "does this block" — the exit code, and what the
//! reports mark as blocking, warning or information. Sources and reports never compare a
//! severity with a threshold themselves; they ask here.

pub(crate) mod allow;
pub(crate) mod change;
pub mod config;
pub mod deps_policy;
pub(crate) mod files;
pub mod pipeline_policy;
pub(crate) mod suppress;

pub use config::Config;
pub(crate) use suppress::Suppressions;

use crate::finding::{DependencyFinding, Finding, PipelineFinding, Severity, Verdict};
use crate::secrets::Confidence;
pub use deps_policy::{DepsPolicy, Level, Mode};
pub use pipeline_policy::PipelinePolicy;

/// What makes a run fail.
#[derive(Clone, Debug)]
pub struct Gate {
    /// Secrets (and, unless `[deps] fail-on` says otherwise, vulnerabilities) at or above
    /// this severity block.
    pub fail_on: Severity,
    /// `[secrets] min-confidence`: secrets below this confidence are reported as
    /// warnings, whatever their severity.
    pub min_confidence: Confidence,
    /// Which command decides: a pull-request gate fails on checks it could not complete,
    /// a pre-commit hook on an offline laptop only warns.
    pub mode: Mode,
    /// `[deps]`: what each dependency check does.
    pub deps: DepsPolicy,
    /// `[pipeline]`: what each pipeline check does.
    pub pipeline: PipelinePolicy,
}

impl Gate {
    /// A gate with the default dependency policy.
    pub fn new(fail_on: Severity) -> Gate {
        Gate {
            fail_on,
            min_confidence: Confidence::Low,
            mode: Mode::Base,
            deps: DepsPolicy::default(),
            pipeline: PipelinePolicy::default(),
        }
    }

    /// The level of one verdict on a dependency finding.
    pub fn level(&self, finding: &DependencyFinding, verdict: &Verdict) -> Level {
        self.deps.level(finding, verdict, self.mode, self.fail_on)
    }

    /// What a finding does to the run: a secret at or above both `fail-on` and
    /// `min-confidence` blocks, otherwise warns; a dependency change blocks when one of its
    /// verdicts is at level `fail`, warns when one is at `warn`, and is information when
    /// none objects; a pipeline finding does what its check's level, capped by its
    /// severity, says.
    pub(crate) fn disposition(&self, finding: &Finding) -> Disposition {
        match finding {
            Finding::Secret(secret)
                if secret.severity >= self.fail_on && secret.confidence >= self.min_confidence =>
            {
                Disposition::Blocks
            }
            Finding::Secret(_) => Disposition::Warns,
            // A change to the policy itself blocks until reviewers accept it.
            Finding::Policy(change) if change.accepted => Disposition::Warns,
            Finding::Policy(_) => Disposition::Blocks,
            Finding::Dependency(dependency) => {
                let worst = dependency
                    .checks
                    .iter()
                    .map(|v| self.level(dependency, v))
                    .max();
                match worst {
                    Some(Level::Fail) => Disposition::Blocks,
                    Some(Level::Warn) => Disposition::Warns,
                    Some(Level::Info | Level::Off) | None => Disposition::Informs,
                }
            }
            Finding::Pipeline(pipeline) => match self.pipeline.level(pipeline) {
                Level::Fail => Disposition::Blocks,
                Level::Warn => Disposition::Warns,
                Level::Info | Level::Off => Disposition::Informs,
            },
        }
    }

    /// Drops the pipeline findings the policy switches off, allows or trusts.
    pub(crate) fn drop_allowed_pipeline(&self, findings: &mut Vec<PipelineFinding>) {
        findings.retain(|f| self.pipeline.level(f) != Level::Off);
    }

    /// Drops the checks the policy switches off (or an allow entry covers), so reports
    /// show only what the policy cares about.
    pub(crate) fn drop_allowed(&self, findings: &mut [DependencyFinding]) {
        for finding in findings.iter_mut() {
            let levels: Vec<Level> = finding
                .checks
                .iter()
                .map(|c| self.level(finding, c))
                .collect();
            let mut levels = levels.into_iter();
            finding.checks.retain(|_| levels.next() != Some(Level::Off));
        }
    }
}

/// What a finding does to the run ([`Gate::disposition`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Disposition {
    /// Fails the run (exit 1).
    Blocks,
    /// Reported as a warning; the run passes.
    Warns,
    /// A dependency change that no verdict objects to, or a pipeline finding at level
    /// `info`.
    Informs,
}

/// Whether a finding blocks the run.
pub(crate) fn blocks(finding: &Finding, gate: &Gate) -> bool {
    gate.disposition(finding) == Disposition::Blocks
}
