//! What blocks and what is suppressed: the configuration file, ignore files, baselines,
//! and the decision of the exit code.

pub mod config;
pub mod deps_policy;
pub mod suppress;

pub use config::{Config, ConfigError};
pub use suppress::{SuppressError, Suppressions};

use crate::finding::{Check, Finding, Severity};

/// What makes a run fail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Gate {
    /// Secrets and vulnerabilities at or above this severity block.
    pub fail_on: Severity,
    /// Whether a check that could not be completed (`unknown`) blocks: yes for a
    /// pull-request gate, which must not pass on what it could not see; no for a
    /// pre-commit hook on an offline laptop.
    pub unknown_blocks: bool,
}

impl Gate {
    pub fn new(fail_on: Severity) -> Gate {
        Gate {
            fail_on,
            unknown_blocks: true,
        }
    }
}

/// Severity assumed for an advisory that states none (many Go and PyPI records): in the
/// middle, so a `high` threshold lets it through and the default threshold does not.
const UNSTATED_SEVERITY: Severity = Severity::Medium;

/// Whether a finding blocks the run. A dependency change blocks when one of its checks
/// does; a change no check objects to is information.
pub fn blocks(finding: &Finding, gate: Gate) -> bool {
    match finding {
        Finding::Secret(secret) => secret.severity >= gate.fail_on,
        Finding::Dependency(dependency) => dependency.checks.iter().any(|c| check_blocks(c, gate)),
    }
}

/// Whether one check blocks: malicious always; a vulnerability at or above the threshold
/// (informational notices such as "unmaintained" never); an unknown result as the gate
/// says; every other supply-chain signal (integrity, source, ...) does.
pub fn check_blocks(check: &Check, gate: Gate) -> bool {
    let detail = |key: &str| check.details.get(key).and_then(|v| v.as_str());
    match check.check.as_str() {
        "malicious" => true,
        "vulnerable" => {
            let severity = detail("severity")
                .and_then(|s| s.parse().ok())
                .unwrap_or(UNSTATED_SEVERITY);
            detail("informational").is_none() && severity >= gate.fail_on
        }
        "unknown" => gate.unknown_blocks,
        _ => true,
    }
}
