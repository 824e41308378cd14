//! What blocks and what is suppressed: the configuration file, ignore files, baselines,
//! and the decision of the exit code.

pub mod config;
pub mod deps_policy;
pub mod suppress;

pub use config::{Config, ConfigError};
pub use suppress::{SuppressError, Suppressions};

use crate::finding::{Check, DependencyFinding, Finding, SecretFinding, Severity};
use crate::secrets::Confidence;
pub use deps_policy::{DepsPolicy, Level, Mode};

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
}

impl Gate {
    /// A gate with the default dependency policy.
    pub fn new(fail_on: Severity) -> Gate {
        Gate {
            fail_on,
            min_confidence: Confidence::Low,
            mode: Mode::Base,
            deps: DepsPolicy::default(),
        }
    }

    /// The level of one check of a dependency finding.
    pub fn level(&self, finding: &DependencyFinding, check: &Check) -> Level {
        self.deps.level(finding, check, self.mode, self.fail_on)
    }

    /// Drops the checks the policy switches off (or an allow entry covers), so reports
    /// show only what the policy cares about.
    pub fn drop_allowed(&self, findings: &mut [DependencyFinding]) {
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

/// Whether a finding blocks the run. A dependency change blocks when one of its checks is at level
/// `fail`; a change no check objects to is information.
pub fn blocks(finding: &Finding, gate: &Gate) -> bool {
    match finding {
        Finding::Secret(secret) => secret_blocks(secret, gate),
        Finding::Dependency(dependency) => dependency
            .checks
            .iter()
            .any(|c| gate.level(dependency, c) == Level::Fail),
    }
}

/// Whether a secret finding blocks: at or above both the severity and the confidence
/// threshold.
pub fn secret_blocks(secret: &SecretFinding, gate: &Gate) -> bool {
    secret.severity >= gate.fail_on && secret.confidence >= gate.min_confidence
}
