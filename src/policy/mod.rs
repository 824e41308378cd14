//! What blocks and what is suppressed: the configuration file, ignore files, baselines,
//! and the decision of the exit code.

pub mod config;
pub mod suppress;

pub use config::{Config, ConfigError};
pub use suppress::{SuppressError, Suppressions};

use crate::finding::{Finding, Severity};

/// Whether a finding blocks the run at the given secret threshold. A dependency change
/// blocks when a check flagged it; a change no check objects to is information.
pub fn blocks(finding: &Finding, secret_threshold: Severity) -> bool {
    match finding {
        Finding::Secret(secret) => secret.severity >= secret_threshold,
        Finding::Dependency(dependency) => !dependency.checks.is_empty(),
    }
}
