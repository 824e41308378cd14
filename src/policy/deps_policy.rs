//! `[deps]` in tollgate.toml: which dependency checks block a merge, which only warn, and
//! which packages or advisories a team has accepted, for how long and why.
//!
//! ```toml
//! [deps]
//! malicious = "fail"            # each check: "fail", "warn" or "off"
//! recently-published = "fail"
//! min-age = "72h"               # younger versions are `recently-published`
//! fail-on = "high"              # vulnerabilities below this severity only warn
//! unknown = { base = "fail", staged = "warn" }   # or one level for every mode
//!
//! [[deps.allow]]
//! package = "npm:left-pad@1.3.0" # or "left-pad", or `advisory = "GHSA-..."`, or both
//! expires = 2026-12-31           # optional; after this day the entry stops applying
//! reason = "pinned until the vendor fix ships"
//!
//! [deps]
//! exclude = ["corpus/**"]        # lockfiles never diffed (fixtures, vendored trees)
//! ```
//!
//! Defaults: every check fails except `install-script`, which warns: many well-known
//! packages (native add-ons, bundlers shipping binaries) install with a script, so a new
//! one is worth a reviewer's look but not a red build; `unknown` fails in a pull-request
//! gate (`check --base`, `deps`), which must not pass on what it could not see, and warns
//! in the pre-commit hook (`check --staged`), which often runs offline.
//!
//! An expired allow entry does not apply, and [`DepsPolicy::expired`] lists it so the
//! report can say so: silently resuming to block would leave people guessing why.

use globset::{GlobSet, GlobSetBuilder};
use jiff::civil::Date;
use jiff::{SignedDuration, Timestamp, Zoned};
use lockfile_parsers::Ecosystem;
use serde::Deserialize;

use crate::finding::{DependencyFinding, Kind, Severity, Verdict};
use crate::policy::allow::{self, AllowList, Terms};

/// What a check's result does to the run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Off,
    /// Reported for reviewers to see, never a warning (pipeline's `new-secret-reference`).
    Info,
    Warn,
    Fail,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Off => "off",
            Level::Info => "info",
            Level::Warn => "warn",
            Level::Fail => "fail",
        }
    }
}

/// Which command is deciding: a pull-request gate or the pre-commit hook.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// `check --base` and `deps`.
    Base,
    /// `check --staged`.
    Staged,
}

/// Default minimum age of a version: three days, long enough for most malicious
/// versions to be reported and pulled.
pub(crate) const DEFAULT_MIN_AGE: SignedDuration = SignedDuration::from_hours(72);

/// Severity of a vulnerability whose advisory states none: the middle, so a `high`
/// threshold lets it through and the default one does not.
const UNSTATED_SEVERITY: Severity = Severity::Medium;

/// The `[deps]` table as written.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct DepsConfig {
    pub malicious: Option<Level>,
    pub vulnerable: Option<Level>,
    pub recently_published: Option<Level>,
    pub typosquat: Option<Level>,
    pub source: Option<Level>,
    pub integrity: Option<Level>,
    pub install_script: Option<Level>,
    pub unknown: Option<UnknownSetting>,
    /// A duration such as `72h`, `3d`, `1w`, `90m`.
    pub min_age: Option<String>,
    /// Vulnerabilities at or above this severity take the `vulnerable` level; below it
    /// they warn. Defaults to the run's `--fail-on` / `[secrets] fail-on`.
    pub fail_on: Option<Severity>,
    #[serde(default)]
    pub allow: Vec<AllowEntry>,
    /// Path globs of lockfiles and manifests never diffed (fixtures, vendored trees).
    #[serde(default)]
    pub exclude: Vec<String>,
}

/// `unknown = "fail"`, or one level per mode.
#[derive(Clone, Debug, Deserialize)]
#[serde(untagged)]
pub(crate) enum UnknownSetting {
    All(Level),
    PerMode(UnknownPerMode),
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct UnknownPerMode {
    pub base: Option<Level>,
    pub staged: Option<Level>,
}

/// One `[[deps.allow]]` entry.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct AllowEntry {
    /// `name`, `ecosystem:name`, either with `@version`.
    pub package: Option<String>,
    /// An advisory id (or one of its aliases).
    pub advisory: Option<String>,
    /// The last day the entry applies (a TOML date, or a `YYYY-MM-DD` string).
    pub expires: Option<toml::value::Datetime>,
    pub reason: String,
}

impl Terms for AllowEntry {
    fn reason(&self) -> &str {
        &self.reason
    }

    fn expires(&self) -> Option<toml::value::Datetime> {
        self.expires
    }
}

#[derive(Debug, thiserror::Error)]
pub(crate) enum DepsPolicyError {
    #[error("[deps] min-age: `{value}` is not a duration (use e.g. \"72h\", \"3d\", \"1w\")")]
    MinAge { value: String },
    #[error("[[deps.allow]] entry {index}: {message}")]
    Allow { index: usize, message: String },
    #[error("[deps] exclude: bad glob `{pattern}`: {message}")]
    Exclude { pattern: String, message: String },
}

fn exclude_globs(patterns: &[String]) -> Result<GlobSet, DepsPolicyError> {
    let bad = |pattern: &str, e: globset::Error| DepsPolicyError::Exclude {
        pattern: pattern.to_owned(),
        message: e.kind().to_string(),
    };
    let mut set = GlobSetBuilder::new();
    for pattern in patterns {
        set.add(globset::Glob::new(pattern).map_err(|e| bad(pattern, e))?);
    }
    set.build().map_err(|e| bad(&patterns.join(", "), e))
}

/// A package pattern of an allow entry.
#[derive(Clone, Debug, PartialEq, Eq)]
struct PackagePattern {
    ecosystem: Option<Ecosystem>,
    name: String,
    version: Option<String>,
}

#[derive(Clone, Debug)]
struct Allow {
    entry: AllowEntry,
    package: Option<PackagePattern>,
}

/// The level of every verdict kind but `unknown` (which depends on the mode), by name.
#[derive(Clone, Debug)]
struct Levels {
    malicious: Level,
    vulnerable: Level,
    recently_published: Level,
    typosquat: Level,
    source: Level,
    integrity: Level,
    install_script: Level,
}

impl Default for Levels {
    fn default() -> Self {
        Levels {
            malicious: Level::Fail,
            vulnerable: Level::Fail,
            recently_published: Level::Fail,
            typosquat: Level::Fail,
            source: Level::Fail,
            integrity: Level::Fail,
            install_script: Level::Warn,
        }
    }
}

impl Levels {
    /// The levels `[deps]` sets, the defaults for the rest.
    fn from_config(config: &DepsConfig) -> Levels {
        let default = Levels::default();
        Levels {
            malicious: config.malicious.unwrap_or(default.malicious),
            vulnerable: config.vulnerable.unwrap_or(default.vulnerable),
            recently_published: config
                .recently_published
                .unwrap_or(default.recently_published),
            typosquat: config.typosquat.unwrap_or(default.typosquat),
            source: config.source.unwrap_or(default.source),
            integrity: config.integrity.unwrap_or(default.integrity),
            install_script: config.install_script.unwrap_or(default.install_script),
        }
    }

    /// `None` for `unknown`, whose level depends on the mode.
    fn of(&self, kind: Kind) -> Option<Level> {
        Some(match kind {
            Kind::Malicious => self.malicious,
            Kind::Vulnerable => self.vulnerable,
            Kind::RecentlyPublished => self.recently_published,
            Kind::Typosquat => self.typosquat,
            Kind::Source => self.source,
            Kind::Integrity => self.integrity,
            Kind::InstallScript => self.install_script,
            Kind::Unknown => return None,
        })
    }
}

/// The resolved policy.
#[derive(Clone, Debug)]
pub struct DepsPolicy {
    levels: Levels,
    unknown_base: Level,
    unknown_staged: Level,
    pub min_age: SignedDuration,
    pub fail_on: Option<Severity>,
    allow: AllowList<Allow>,
    exclude: GlobSet,
    today: Date,
}

impl Default for DepsPolicy {
    fn default() -> Self {
        DepsPolicy {
            levels: Levels::default(),
            unknown_base: Level::Fail,
            unknown_staged: Level::Warn,
            min_age: DEFAULT_MIN_AGE,
            fail_on: None,
            allow: AllowList::default(),
            exclude: GlobSet::empty(),
            today: Zoned::now().date(),
        }
    }
}

impl DepsPolicy {
    /// Resolves a `[deps]` table; bad values are errors naming the key.
    pub(crate) fn from_config(config: &DepsConfig) -> Result<DepsPolicy, DepsPolicyError> {
        let mut policy = DepsPolicy {
            levels: Levels::from_config(config),
            ..DepsPolicy::default()
        };
        match &config.unknown {
            None => {}
            Some(UnknownSetting::All(l)) => (policy.unknown_base, policy.unknown_staged) = (*l, *l),
            Some(UnknownSetting::PerMode(m)) => {
                policy.unknown_base = m.base.unwrap_or(policy.unknown_base);
                policy.unknown_staged = m.staged.unwrap_or(policy.unknown_staged);
            }
        }
        if let Some(text) = &config.min_age {
            policy.min_age = parse_duration(text).ok_or_else(|| DepsPolicyError::MinAge {
                value: text.clone(),
            })?;
        }
        policy.fail_on = config.fail_on;
        policy.allow = AllowList::resolve(&config.allow, resolve_allow, |index, message| {
            DepsPolicyError::Allow { index, message }
        })?;
        policy.exclude = exclude_globs(&config.exclude)?;
        Ok(policy)
    }

    /// Whether the dependency file at `path` is left out of the diff.
    pub(crate) fn excluded(&self, path: &str) -> bool {
        self.exclude.is_match(path)
    }

    /// The same policy judged as of another day (tests, reproducible reports).
    pub fn with_today(mut self, today: Date) -> DepsPolicy {
        self.today = today;
        self
    }

    /// The level of a verdict kind on its own (no allow entries, no severity).
    pub(crate) fn check_level(&self, kind: Kind, mode: Mode) -> Level {
        self.levels.of(kind).unwrap_or(match mode {
            Mode::Base => self.unknown_base,
            Mode::Staged => self.unknown_staged,
        })
    }

    /// What one verdict on one finding does to the run. `default_fail_on` is the run's
    /// severity threshold, used when `[deps] fail-on` is not set.
    pub fn level(
        &self,
        finding: &DependencyFinding,
        verdict: &Verdict,
        mode: Mode,
        default_fail_on: Severity,
    ) -> Level {
        if self.is_allowed(finding, verdict) {
            return Level::Off;
        }
        let level = self.check_level(verdict.kind(), mode);
        if let Verdict::Vulnerable {
            severity,
            informational,
            ..
        } = verdict
            && level == Level::Fail
        {
            let severity = severity.unwrap_or(UNSTATED_SEVERITY);
            let threshold = self.fail_on.unwrap_or(default_fail_on);
            // An unpinned requirement whose range admits a vulnerable version may well
            // install a fixed one: a warning. A malicious version in range still blocks.
            if informational.is_some() || severity < threshold || finding.version.is_none() {
                return Level::Warn;
            }
        }
        level
    }

    /// Whether an allow entry in force covers this verdict.
    pub(crate) fn is_allowed(&self, finding: &DependencyFinding, verdict: &Verdict) -> bool {
        self.allow
            .active(self.today)
            .any(|a| allows(a, finding, verdict))
    }

    /// One warning line per expired allow entry, for the report.
    pub fn expiry_warnings(&self) -> Vec<String> {
        self.allow
            .expired(self.today)
            .map(|a| {
                let e = &a.entry;
                let what = match (&e.package, &e.advisory) {
                    (Some(p), Some(a)) => format!("{a} on {p}"),
                    (Some(p), None) => p.clone(),
                    (None, Some(a)) => a.clone(),
                    (None, None) => String::new(),
                };
                allow::expiry_warning("deps", &what, e)
            })
            .collect()
    }

    /// Whether a version published at `published` is too young at `now`.
    pub(crate) fn too_young(&self, published: Timestamp, now: Timestamp) -> bool {
        now.duration_since(published) < self.min_age
    }
}

/// What one `[[deps.allow]]` entry matches (its reason and expiry: [`AllowList`]).
fn resolve_allow(entry: &AllowEntry) -> Result<Allow, String> {
    if entry.package.is_none() && entry.advisory.is_none() {
        return Err("needs `package` or `advisory`".into());
    }
    let package = entry
        .package
        .as_deref()
        .map(|p| parse_package(p).ok_or_else(|| format!("package: bad pattern `{p}`")))
        .transpose()?;
    Ok(Allow {
        entry: entry.clone(),
        package,
    })
}

/// `[eco:]name[@version]`; a leading `@` is an npm scope, not a version.
fn parse_package(text: &str) -> Option<PackagePattern> {
    let text = text.trim();
    let (ecosystem, rest) = match text.split_once(':') {
        Some((eco, rest)) if !eco.contains('/') => (Some(Ecosystem::from_name(eco)?), rest),
        _ => (None, text),
    };
    let (name, version) = match rest.rfind('@').filter(|&i| i > 0) {
        Some(i) => (&rest[..i], Some(rest[i + 1..].to_string())),
        None => (rest, None),
    };
    (!name.is_empty() && version.as_deref() != Some("")).then(|| PackagePattern {
        ecosystem,
        name: name.to_string(),
        version,
    })
}

fn allows(allow: &Allow, finding: &DependencyFinding, verdict: &Verdict) -> bool {
    let package_ok = allow.package.as_ref().is_none_or(|p| {
        let eco = Ecosystem::from_name(&finding.ecosystem);
        p.ecosystem.is_none_or(|e| Some(e) == eco)
            && same_name(eco, &p.name, &finding.name)
            && p.version
                .as_deref()
                .is_none_or(|v| finding.version.as_deref() == Some(v))
    });
    let advisory_ok = allow.entry.advisory.as_deref().is_none_or(|id| {
        verdict
            .id()
            .into_iter()
            .chain(verdict.aliases().iter().map(String::as_str))
            .any(|i| i.eq_ignore_ascii_case(id))
    });
    package_ok && advisory_ok
}

/// Names compare the ecosystem's way: PEP 503 for Python, exact elsewhere.
fn same_name(eco: Option<Ecosystem>, pattern: &str, name: &str) -> bool {
    if eco == Some(Ecosystem::PyPI) {
        lockfile_parsers::pep503(pattern) == lockfile_parsers::pep503(name)
    } else {
        pattern == name
    }
}

/// `90m`, `72h`, `3d`, `1w` (one number and one unit; `s` is accepted for tests).
pub(crate) fn parse_duration(text: &str) -> Option<SignedDuration> {
    let text = text.trim();
    let split = text.find(|c: char| !c.is_ascii_digit())?;
    let (number, unit) = text.split_at(split);
    let n: i64 = number.parse().ok()?;
    let seconds = match unit.trim() {
        "s" => 1,
        "m" | "min" => 60,
        "h" => 3600,
        "d" => 86_400,
        "w" => 604_800,
        _ => return None,
    };
    Some(SignedDuration::from_secs(n.checked_mul(seconds)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("72h"), Some(SignedDuration::from_hours(72)));
        assert_eq!(parse_duration("3d"), Some(SignedDuration::from_hours(72)));
        assert_eq!(parse_duration("1w"), Some(SignedDuration::from_hours(168)));
        assert_eq!(parse_duration("90m"), Some(SignedDuration::from_mins(90)));
        for bad in ["", "h", "3", "3 days", "-1h", "1.5h"] {
            assert_eq!(parse_duration(bad), None, "{bad}");
        }
    }

    #[test]
    fn python_names_compare_by_pep_503_alone() {
        let py = Some(Ecosystem::PyPI);
        assert!(same_name(py, "Python_Dateutil", "python-dateutil"));
        assert!(same_name(py, "zope..interface", "zope-interface"));
        // The edges count: this once dropped leading and trailing separators, unlike the
        // normaliser every other part of tollgate uses.
        assert!(!same_name(py, "_dateutil", "dateutil"));
        assert!(!same_name(Some(Ecosystem::Npm), "Left-Pad", "left-pad"));
    }

    #[test]
    fn package_patterns() {
        let p = |t| parse_package(t);
        assert_eq!(
            p("npm:@scope/x@1.0.0"),
            Some(PackagePattern {
                ecosystem: Some(Ecosystem::Npm),
                name: "@scope/x".into(),
                version: Some("1.0.0".into())
            })
        );
        assert_eq!(p("@scope/x").unwrap().version, None);
        assert_eq!(p("left-pad@1.3.0").unwrap().name, "left-pad");
        assert_eq!(
            p("github.com/a/b@v1.0.0").unwrap().version.as_deref(),
            Some("v1.0.0")
        );
        assert_eq!(p("nosuch:x"), None);
        assert_eq!(p("x@"), None);
    }

    #[test]
    fn exclude_globs_match_paths_and_bad_globs_name_the_key() {
        let config: DepsConfig = toml::from_str("exclude = [\"corpus/**\"]").unwrap();
        let policy = DepsPolicy::from_config(&config).unwrap();
        assert!(policy.excluded("corpus/lockfiles/bad/package-lock.json"));
        assert!(!policy.excluded("Cargo.lock"));
        let bad: DepsConfig = toml::from_str("exclude = [\"a[\"]").unwrap();
        let error = DepsPolicy::from_config(&bad).unwrap_err().to_string();
        assert!(
            error.contains("[deps] exclude") && error.contains("a["),
            "{error}"
        );
    }
}
