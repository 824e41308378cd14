//! The findings every source produces and every report consumes.
//!
//! These types are the JSON report's schema (DESIGN.md, "JSON report"): field names and
//! their order are a public interface that CI scripts depend on, so they change only with
//! a bump of [`REPORT_VERSION`].

mod pipeline_check;

/// What a pipeline finding found; it lives with the data model, and `pipeline` uses it.
pub use pipeline_check::Check;

use serde::{Deserialize, Serialize};

/// Version of the JSON report schema.
pub(crate) const REPORT_VERSION: u32 = 1;

pub use crate::severity::Severity;

/// One thing a report lists.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub(crate) enum Finding {
    Secret(SecretFinding),
    Dependency(DependencyFinding),
    Pipeline(PipelineFinding),
    Policy(PolicyFinding),
}

/// A change a pull request makes to a policy file (`tollgate.toml`, `.tollgateignore`,
/// `.gitleaksignore`, the baseline, `.tollgate/salt`). The run is judged by the merge
/// base's policy, so such a change takes effect only once merged, and reviewers must see
/// it: it blocks until accepted (`--accept-policy-change`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(crate) struct PolicyFinding {
    /// Always `policy-changed`.
    pub check: String,
    /// The policy file, as a repository path.
    pub file: String,
    /// First changed line in the head's version (in the base's, for lines removed at the
    /// end or a file removed); 1-based.
    pub line: u32,
    /// The base's lines of this change, when short (`null` for lines only added).
    pub before: Option<String>,
    /// The head's lines, when short (`null` for lines only removed). Secrets and URL
    /// credentials in both are redacted, control characters escaped.
    pub after: Option<String>,
    pub message: String,
    /// Reviewers accepted the head's policy for this run (`--accept-policy-change`): the
    /// change warns instead of blocking, and the head's policy applies.
    pub accepted: bool,
    /// Digest of the head's policy files: `--accept-policy-change=DIGEST` accepts exactly
    /// these files.
    pub digest: String,
}

/// A credential found in content. `secret` is already redacted unless the user asked for
/// `--no-redact`; the raw bytes never leave the scanner otherwise.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(crate) struct SecretFinding {
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
    /// For a file inside an archive (`file` is then `dist/app.whl!app/settings.py`), the
    /// archive on disk: SARIF points code scanning at it. Absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archive: Option<String>,
    /// For a file in a container image, the digest of the layer that added it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layer: Option<String>,
    /// The digest of the later layer whose whiteout deletes the file: the secret is still
    /// in the image, in `layer`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub removed_in_layer: Option<String>,
    /// The legacy fast fingerprint (`secrets::fingerprint::legacy`): compares secrets
    /// within a run and matches old suppression entries. Never reported.
    #[serde(skip)]
    pub identity: String,
}

/// A CI/CD definition that a change makes riskier (or, in `tollgate pipeline`, that a tree
/// holds). `before` and `after` are the values involved: the old and new permissions of
/// a drift, or just the offending value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PipelineFinding {
    pub check: Check,
    pub severity: Severity,
    pub file: String,
    pub line: u32,
    pub column: u32,
    pub message: String,
    pub fix: String,
    pub before: Option<String>,
    pub after: Option<String>,
    pub fingerprint: String,
    /// For an action pinned to a version tag, `owner/repo[/path]`, which the policy's
    /// `allowed-actions` may trust. Not part of the report.
    #[serde(skip)]
    pub tagged_action: Option<String>,
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
    pub checks: Vec<Verdict>,
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
    /// The requirement as written when the entry is not pinned (`>=0`, `~=1.2`): every
    /// version it admits can be installed, so each is looked up in the advisories.
    #[serde(skip)]
    pub specifier: Option<String>,
    /// The 1-based line of the package's entry in the lockfile (the head's, or the
    /// base's for a removed package), where GitHub annotations point. Not part of the
    /// JSON schema.
    #[serde(skip)]
    pub line: Option<u32>,
}

/// One verdict on a package: which check spoke, and its evidence. A typed enum rather
/// than a name and a map, so the compiler finds every place a new kind must be handled;
/// it serialises to the report's check objects (DESIGN.md, "JSON report"):
/// `{"check": "<kind>", <fields in the order declared here>}`, absent options left out.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "check", rename_all = "kebab-case")]
pub enum Verdict {
    /// An OpenSSF malicious-packages (`MAL-`) record covers the version.
    Malicious {
        id: String,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        aliases: Vec<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        summary: Option<String>,
    },
    /// A vulnerability record covers the version.
    Vulnerable {
        id: String,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        aliases: Vec<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        summary: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        severity: Option<Severity>,
        /// CVSS base score, when the record gives a vector.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        cvss: Option<f64>,
        /// The first version that fixes it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        fixed: Option<String>,
        /// How `fixed` was read when the advisory's record did not give a plain version:
        /// `fixed read as the list "…"`, or `fixed version unreadable ("…")` (then every
        /// version from the range's start is flagged).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        fixed_note: Option<String>,
        /// RustSec's `informational` kind (`unmaintained`, ...): a notice, not a flaw.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        informational: Option<String>,
    },
    /// The version is younger than the policy's minimum age.
    RecentlyPublished {
        published: jiff::Timestamp,
        /// Which source named the registry that answered, when tollgate learned it
        /// rather than read it from configuration (`npm config get registry`,
        /// `deps.dev (no registry configured)`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        source: Option<String>,
    },
    /// A new package whose name is a near miss of a popular one.
    Typosquat {
        resembles: String,
        similarity: Similarity,
    },
    /// The package comes from somewhere other than before, or from somewhere risky.
    Source {
        /// Why an added or upgraded package's source is flagged; absent for a package
        /// whose source changed at the same version.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<SourceReason>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        previous: Option<String>,
        current: String,
        /// The module a Go fork stands in for.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        replaces: Option<String>,
        /// For `unknown-host`: the host, which the judge compares with the registries the
        /// project is configured for. Not part of the report.
        #[serde(skip)]
        host: Option<String>,
    },
    /// Same name and version, different (or no longer any) hash; or a recorded download
    /// location that names another package or version than the entry.
    Integrity {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<IntegrityReason>,
        /// The hash before (absent for `resolved-url-mismatch`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        previous: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        current: Option<String>,
        /// For `resolved-url-mismatch`: the URL or file name the lockfile records (its
        /// credentials redacted).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        resolved: Option<String>,
        /// For `resolved-url-mismatch`: the `name@version` that location holds, when it
        /// follows a registry's layout (absent: it cannot be verified at all).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        names: Option<String>,
    },
    /// An npm package that runs code at install time, new or newly so.
    InstallScript { reason: InstallScriptReason },
    /// A check that could not be completed, and why; the policy decides what it does.
    Unknown {
        reason: String,
        /// The check that could not be completed, when it is not the advisory lookup.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        about: Option<Kind>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        detail: Option<String>,
    },
}

/// The kind of a verdict: what the policy keys its levels by, and the `check` name in
/// reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Malicious,
    Vulnerable,
    RecentlyPublished,
    Typosquat,
    Source,
    Integrity,
    InstallScript,
    Unknown,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Malicious => "malicious",
            Kind::Vulnerable => "vulnerable",
            Kind::RecentlyPublished => "recently-published",
            Kind::Typosquat => "typosquat",
            Kind::Source => "source",
            Kind::Integrity => "integrity",
            Kind::InstallScript => "install-script",
            Kind::Unknown => "unknown",
        }
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How a name resembles a popular one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Similarity {
    /// Equal once `-`, `_` and `.` are removed.
    Separator,
    /// Equal once look-alike characters are folded.
    ConfusableCharacters,
    /// A popular name under another npm scope, or without its scope.
    Scope,
    #[serde(rename = "edit-distance-1")]
    EditDistance1,
    #[serde(rename = "edit-distance-2")]
    EditDistance2,
}

impl Similarity {
    pub fn as_str(self) -> &'static str {
        match self {
            Similarity::Separator => "separator",
            Similarity::ConfusableCharacters => "confusable-characters",
            Similarity::Scope => "scope",
            Similarity::EditDistance1 => "edit-distance-1",
            Similarity::EditDistance2 => "edit-distance-2",
        }
    }
}

/// Why a source is flagged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceReason {
    /// A Go module replaced by a fork (that the base did not already use).
    ReplacedByFork,
    /// Fetched over plain `http`: bytes anyone on the path can replace.
    PlainHttp,
    /// From a git repository the base version did not come from.
    Git,
    /// From a URL (tarball) on a host the base version did not come from.
    Url,
    /// From a registry host that is neither configured nor already used.
    UnknownHost,
}

impl SourceReason {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceReason::ReplacedByFork => "replaced-by-fork",
            SourceReason::PlainHttp => "plain-http",
            SourceReason::Git => "git",
            SourceReason::Url => "url",
            SourceReason::UnknownHost => "unknown-host",
        }
    }
}

/// Why an integrity verdict was given without a new hash.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum IntegrityReason {
    /// The hash disappeared at the same version: tampering made unverifiable.
    IntegrityRemoved,
    /// The tarball URL or distribution file the entry records is another package's or
    /// another version's (or follows no registry layout): the package manager installs
    /// what the location holds, not what the entry is named.
    ResolvedUrlMismatch,
}

impl IntegrityReason {
    pub fn as_str(self) -> &'static str {
        match self {
            IntegrityReason::IntegrityRemoved => "integrity-removed",
            IntegrityReason::ResolvedUrlMismatch => "resolved-url-mismatch",
        }
    }
}

/// How a package came to run an install script.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum InstallScriptReason {
    /// Added with one.
    Added,
    /// Upgraded to a version that has one.
    Gained,
}

impl InstallScriptReason {
    pub fn as_str(self) -> &'static str {
        match self {
            InstallScriptReason::Added => "added",
            InstallScriptReason::Gained => "gained",
        }
    }
}

impl Verdict {
    pub fn kind(&self) -> Kind {
        match self {
            Verdict::Malicious { .. } => Kind::Malicious,
            Verdict::Vulnerable { .. } => Kind::Vulnerable,
            Verdict::RecentlyPublished { .. } => Kind::RecentlyPublished,
            Verdict::Typosquat { .. } => Kind::Typosquat,
            Verdict::Source { .. } => Kind::Source,
            Verdict::Integrity { .. } => Kind::Integrity,
            Verdict::InstallScript { .. } => Kind::InstallScript,
            Verdict::Unknown { .. } => Kind::Unknown,
        }
    }

    /// The advisory id of a `malicious` or `vulnerable` verdict.
    pub fn id(&self) -> Option<&str> {
        match self {
            Verdict::Malicious { id, .. } | Verdict::Vulnerable { id, .. } => Some(id),
            _ => None,
        }
    }

    /// The advisory's other ids.
    pub fn aliases(&self) -> &[String] {
        match self {
            Verdict::Malicious { aliases, .. } | Verdict::Vulnerable { aliases, .. } => aliases,
            _ => &[],
        }
    }

    /// The verdict's reason, where it has one (`unknown-host`, `timeout`, `added`, ...).
    pub fn reason(&self) -> Option<&str> {
        match self {
            Verdict::Source { reason, .. } => reason.map(SourceReason::as_str),
            Verdict::Integrity { reason, .. } => reason.map(IntegrityReason::as_str),
            Verdict::InstallScript { reason } => Some(reason.as_str()),
            Verdict::Unknown { reason, .. } => Some(reason),
            _ => None,
        }
    }
}

/// A file or blob the scan did not read, and why; never silently dropped.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Skipped {
    pub path: String,
    pub reason: String,
}

/// Counters for the report's `stats` object.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub(crate) struct Stats {
    pub files: u64,
    pub bytes: u64,
    pub blobs: u64,
    pub commits: u64,
    /// `image`: the image's distinct layers, and how many of them the scan cache held
    /// (not expanded again).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub layers: u64,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub layers_cached: u64,
    pub skipped: Vec<Skipped>,
    pub elapsed_ms: u64,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// The whole result of one command, as every report format receives it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(crate) struct Report {
    pub version: u32,
    pub findings: Vec<Finding>,
    pub stats: Stats,
    /// What suppressions and allow entries kept out of `findings`; the JSON report shows
    /// it in `decision`.
    #[serde(skip)]
    pub hidden: Hidden,
}

/// What the policy kept out of a report, counted where it happened so the decision line
/// can say that something was hidden rather than let it vanish.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Hidden {
    /// Secrets an ignore file (`.tollgateignore`, `.gitleaksignore`) suppressed.
    pub suppressed: usize,
    /// Secrets the baseline lists.
    pub baselined: usize,
    /// Dependency verdicts a `[[deps.allow]]` entry covers.
    pub allowed_advisories: usize,
}

impl Report {
    pub fn new(findings: Vec<Finding>, stats: Stats) -> Self {
        Report {
            version: REPORT_VERSION,
            findings,
            stats,
            hidden: Hidden::default(),
        }
    }
}
