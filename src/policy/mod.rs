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

pub(crate) use crate::finding::Hidden;
use crate::finding::{DependencyFinding, Finding, PipelineFinding, Report, Severity, Verdict};
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

    /// The decision of the run on `report`: every finding's disposition, in report order,
    /// and the counts the reports print. The exit code and every report's verdict line
    /// come from here.
    pub(crate) fn decide(&self, report: &Report) -> Decision {
        let dispositions: Vec<Disposition> = report
            .findings
            .iter()
            .map(|f| self.disposition(f))
            .collect();
        let mut blocking_kinds: Vec<(&'static str, usize)> = Vec::new();
        for (finding, _) in report
            .findings
            .iter()
            .zip(&dispositions)
            .filter(|(_, d)| **d == Disposition::Blocks)
        {
            let kind = self.blocking_kind(finding);
            match blocking_kinds.iter_mut().find(|(k, _)| *k == kind) {
                Some((_, count)) => *count += 1,
                None => blocking_kinds.push((kind, 1)),
            }
        }
        let count = |wanted| dispositions.iter().filter(|d| **d == wanted).count();
        Decision {
            blocking: count(Disposition::Blocks),
            warnings: count(Disposition::Warns),
            blocking_kinds,
            hidden: report.hidden,
            dispositions,
        }
    }

    /// What a blocking finding is, for the verdict line: a secret, a malicious or
    /// vulnerable package (by the worst verdict that blocks), another dependency change,
    /// a pipeline finding or a policy change.
    fn blocking_kind(&self, finding: &Finding) -> &'static str {
        match finding {
            Finding::Secret(_) => "secret",
            Finding::Policy(_) => "policy change",
            Finding::Pipeline(_) => "pipeline finding",
            Finding::Dependency(d) => {
                let blocking = |v: &&Verdict| self.level(d, v) == Level::Fail;
                match d.checks.iter().find(blocking) {
                    Some(Verdict::Malicious { .. }) => "malicious package",
                    Some(Verdict::Vulnerable { .. }) => "vulnerable package",
                    _ => "dependency change",
                }
            }
        }
    }

    /// Drops the pipeline findings the policy switches off, allows or trusts.
    pub(crate) fn drop_allowed_pipeline(&self, findings: &mut Vec<PipelineFinding>) {
        findings.retain(|f| self.pipeline.level(f) != Level::Off);
    }

    /// Drops the checks the policy switches off (or an allow entry covers), so reports
    /// show only what the policy cares about; returns how many verdicts an allow entry
    /// covered (the decision line counts them).
    pub(crate) fn drop_allowed(&self, findings: &mut [DependencyFinding]) -> usize {
        let mut allowed = 0;
        for finding in findings.iter_mut() {
            allowed += finding
                .checks
                .iter()
                .filter(|c| self.deps.is_allowed(finding, c))
                .count();
            let levels: Vec<Level> = finding
                .checks
                .iter()
                .map(|c| self.level(finding, c))
                .collect();
            let mut levels = levels.into_iter();
            finding.checks.retain(|_| levels.next() != Some(Level::Off));
        }
        allowed
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

/// What the policy decided on one report ([`Gate::decide`]).
#[derive(Clone, Debug)]
pub(crate) struct Decision {
    /// Findings that fail the run.
    pub blocking: usize,
    /// Findings reported as warnings.
    pub warnings: usize,
    /// What the blocking findings are (`secret`, `malicious package`, ...) with their
    /// counts, in the order first met.
    pub blocking_kinds: Vec<(&'static str, usize)>,
    /// What suppressions and allow entries kept out of the report.
    pub hidden: Hidden,
    /// Each finding's disposition, in the report's order.
    pub dispositions: Vec<Disposition>,
}

impl Decision {
    pub(crate) fn blocks(&self) -> bool {
        self.blocking > 0
    }
}
