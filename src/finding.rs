//! The findings every source produces and every report consumes.
//!
//! These types are the JSON report's schema (DESIGN.md, "JSON report"): field names and
//! their order are a public interface that CI scripts depend on, so they change only with
//! a bump of [`REPORT_VERSION`].

use serde::{Deserialize, Serialize};

/// Version of the JSON report schema.
pub const REPORT_VERSION: u32 = 1;

/// How bad a finding is; secrets carry their rule's severity, vulnerabilities their
/// advisory's. Ordered, so a policy can say "at or above".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Severity {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "low" => Ok(Severity::Low),
            "medium" | "moderate" => Ok(Severity::Medium),
            "high" => Ok(Severity::High),
            "critical" => Ok(Severity::Critical),
            other => Err(format!(
                "unknown severity `{other}` (expected low, medium, high or critical)"
            )),
        }
    }
}

/// One thing a report lists.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Finding {
    Secret(SecretFinding),
    Dependency(DependencyFinding),
}

/// A credential found in content. `secret` is already redacted unless the user asked for
/// `--no-redact`; the raw bytes never leave the scanner otherwise.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SecretFinding {
    pub rule: String,
    pub description: String,
    pub severity: Severity,
    pub file: String,
    pub line: u32,
    pub column: u32,
    pub commit: Option<String>,
    pub author: Option<String>,
    pub date: Option<String>,
    pub secret: String,
    pub fingerprint: String,
    pub entropy: Option<f64>,
    pub validation: Option<String>,
    /// How sure the match is (the rule's confidence); `[secrets] min-confidence` gates on it.
    pub confidence: crate::secrets::Confidence,
}

/// What a change did to one package of a lockfile.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    Added,
    Removed,
    Upgraded,
    Downgraded,
    /// Same version, different source or integrity.
    Changed,
}

impl Change {
    pub fn as_str(self) -> &'static str {
        match self {
            Change::Added => "added",
            Change::Removed => "removed",
            Change::Upgraded => "upgraded",
            Change::Downgraded => "downgraded",
            Change::Changed => "changed",
        }
    }
}

/// A package whose change the gate reports, with the verdicts of every check.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DependencyFinding {
    pub ecosystem: String,
    pub name: String,
    pub version: Option<String>,
    pub previous_version: Option<String>,
    pub change: Change,
    pub lockfile: String,
    pub direct: bool,
    pub introduced_by: Vec<String>,
    pub checks: Vec<Check>,
    /// The package comes from its ecosystem's registry namespace (not git, a URL, a path
    /// or a workspace): only such packages are looked up in advisories and registries, so
    /// a local package that shares a name with a malicious one is not reported.
    #[serde(skip)]
    pub from_registry: bool,
    /// Advisories that covered the previous version and do not cover the new one (or the
    /// removed package): text and Markdown reports show them as fixed. Not part of the
    /// JSON schema.
    #[serde(skip)]
    pub fixed_advisories: Vec<String>,
    /// The publish time the lockfile itself records (uv.lock, pnpm), if any.
    #[serde(skip)]
    pub published: Option<String>,
}

/// One verdict on a package. The variable part (`id`, `summary`, `published`, ...) is kept
/// as an open map so each check can carry its own evidence without widening a shared struct.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Check {
    pub check: String,
    #[serde(flatten)]
    pub details: serde_json::Map<String, serde_json::Value>,
}

/// A file or blob the scan did not read, and why; never silently dropped.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skipped {
    pub path: String,
    pub reason: String,
}

/// Counters for the report's `stats` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Stats {
    pub files: u64,
    pub bytes: u64,
    pub blobs: u64,
    pub commits: u64,
    pub skipped: Vec<Skipped>,
    pub elapsed_ms: u64,
}

/// The whole result of one command, as every report format receives it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub version: u32,
    pub findings: Vec<Finding>,
    pub stats: Stats,
}

impl Report {
    pub fn new(findings: Vec<Finding>, stats: Stats) -> Self {
        Report {
            version: REPORT_VERSION,
            findings,
            stats,
        }
    }
}
