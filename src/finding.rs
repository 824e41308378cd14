//! The findings every source produces and every report consumes.
//!
//! These types are the JSON report's schema (DESIGN.md, "JSON report"): field names and
//! their order are a public interface that CI scripts depend on, so they change only with
//! a bump of [`REPORT_VERSION`].

use serde::{Deserialize, Serialize};

/// Version of the JSON report schema.
pub const REPORT_VERSION: u32 = 1;

pub use crate::severity::Severity;

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
