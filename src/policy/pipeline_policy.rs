//! `[pipeline]` in tollgate.toml: what each pipeline check does to the run, which action
//! owners' tags are trusted, which paths are not checked, and which findings a team has
//! accepted, for how long and why.
//!
//! ```toml
//! [pipeline]
//! unpinned-action = "fail"        # each check: "fail", "warn", "info" or "off"
//! fail-on = "high"                # findings below this severity at most warn
//! warn-on = "medium"              # ... and below this one are information
//! allowed-actions = ["actions/*"] # owners whose version tags are trusted
//! exclude = ["tests/fixtures/**"] # paths whose CI definitions are not checked
//!
//! [[pipeline.allow]]
//! check = "unpinned-image"        # and/or file = "<glob>", value = "<as reported>", fingerprint
//! value = "postgres:16"
//! reason = "digest pinned by the deploy tooling"
//! expires = 2026-12-31
//! ```
//!
//! A check's level applies in full to its findings at or above `fail-on`; below that a
//! finding at most warns, and below `warn-on` it is at most information. So the default
//! `unpinned-image = "fail"` fails on `latest` (high) and warns on a tag (medium), and a
//! template injection of an attacker's text (high) fails while one of a step's output
//! (low) is shown for review. Severities are fixed per finding by the check; levels and
//! thresholds are the team's.

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use jiff::Zoned;
use jiff::civil::Date;
use serde::Deserialize;

use crate::finding::{PipelineFinding, Severity};
use crate::pipeline::Check;
use crate::policy::allow::{self, AllowList, Terms};
use crate::policy::deps_policy::Level;

/// The `[pipeline]` table as written.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct PipelineConfig {
    pub unpinned_action: Option<Level>,
    pub unpinned_image: Option<Level>,
    pub dangerous_trigger: Option<Level>,
    pub template_injection: Option<Level>,
    pub excessive_permissions: Option<Level>,
    pub new_secret_reference: Option<Level>,
    pub secrets_inherit: Option<Level>,
    pub debug_enabled: Option<Level>,
    pub self_hosted_on_pr: Option<Level>,
    pub curl_pipe_shell: Option<Level>,
    pub unpinned_hook: Option<Level>,
    pub codeowners_gap: Option<Level>,
    pub fail_on: Option<Severity>,
    pub warn_on: Option<Severity>,
    #[serde(default)]
    pub allowed_actions: Vec<String>,
    #[serde(default)]
    pub exclude: Vec<String>,
    #[serde(default)]
    pub allow: Vec<PipelineAllowEntry>,
}

impl PipelineConfig {
    fn level(&self, check: Check) -> Option<Level> {
        match check {
            Check::UnpinnedAction => self.unpinned_action,
            Check::UnpinnedImage => self.unpinned_image,
            Check::DangerousTrigger => self.dangerous_trigger,
            Check::TemplateInjection => self.template_injection,
            Check::ExcessivePermissions => self.excessive_permissions,
            Check::NewSecretReference => self.new_secret_reference,
            Check::SecretsInherit => self.secrets_inherit,
            Check::DebugEnabled => self.debug_enabled,
            Check::SelfHostedOnPr => self.self_hosted_on_pr,
            Check::CurlPipeShell => self.curl_pipe_shell,
            Check::UnpinnedHook => self.unpinned_hook,
            Check::CodeownersGap => self.codeowners_gap,
        }
    }
}

/// One `[[pipeline.allow]]` entry.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PipelineAllowEntry {
    /// A check id.
    pub check: Option<String>,
    /// A path glob.
    pub file: Option<String>,
    /// The finding's `after` value exactly (`actions/checkout@v4`, `node:20`).
    pub value: Option<String>,
    pub fingerprint: Option<String>,
    pub expires: Option<toml::value::Datetime>,
    pub reason: String,
}

impl Terms for PipelineAllowEntry {
    fn reason(&self) -> &str {
        &self.reason
    }

    fn expires(&self) -> Option<toml::value::Datetime> {
        self.expires
    }
}

#[derive(Debug, thiserror::Error)]
pub(crate) enum PipelinePolicyError {
    #[error("[[pipeline.allow]] entry {index}: {message}")]
    Allow { index: usize, message: String },
    #[error("[pipeline] {key}: bad glob `{pattern}`: {message}")]
    Glob {
        key: &'static str,
        pattern: String,
        message: String,
    },
    #[error("[pipeline] warn-on ({warn_on}) is above fail-on ({fail_on})")]
    Thresholds {
        warn_on: Severity,
        fail_on: Severity,
    },
}

/// Default level of each check. Most fail; the ones that are common practice with a
/// real but smaller risk warn, and a new secret reference is only shown to reviewers.
pub(crate) fn default_level(check: Check) -> Level {
    match check {
        Check::NewSecretReference => Level::Info,
        Check::CurlPipeShell | Check::UnpinnedHook | Check::CodeownersGap => Level::Warn,
        Check::UnpinnedAction
        | Check::UnpinnedImage
        | Check::DangerousTrigger
        | Check::TemplateInjection
        | Check::ExcessivePermissions
        | Check::SecretsInherit
        | Check::DebugEnabled
        | Check::SelfHostedOnPr => Level::Fail,
    }
}

/// Default thresholds: see the module documentation.
pub(crate) const DEFAULT_FAIL_ON: Severity = Severity::High;
pub(crate) const DEFAULT_WARN_ON: Severity = Severity::Medium;

#[derive(Clone, Debug)]
struct Allow {
    entry: PipelineAllowEntry,
    check: Option<Check>,
    file: Option<GlobSet>,
}

/// The resolved `[pipeline]` policy.
#[derive(Clone, Debug)]
pub struct PipelinePolicy {
    levels: [Level; Check::ALL.len()],
    fail_on: Severity,
    warn_on: Severity,
    allowed_actions: GlobSet,
    exclude: GlobSet,
    allow: AllowList<Allow>,
    today: Date,
}

impl Default for PipelinePolicy {
    fn default() -> Self {
        PipelinePolicy {
            levels: Check::ALL.map(default_level),
            fail_on: DEFAULT_FAIL_ON,
            warn_on: DEFAULT_WARN_ON,
            allowed_actions: GlobSet::empty(),
            exclude: GlobSet::empty(),
            allow: AllowList::default(),
            today: Zoned::now().date(),
        }
    }
}

fn globs(
    key: &'static str,
    patterns: &[String],
    case_insensitive: bool,
) -> Result<GlobSet, PipelinePolicyError> {
    let mut set = GlobSetBuilder::new();
    for pattern in patterns {
        let glob = GlobBuilder::new(pattern)
            .case_insensitive(case_insensitive)
            .build()
            .map_err(|e| PipelinePolicyError::Glob {
                key,
                pattern: pattern.clone(),
                message: e.kind().to_string(),
            })?;
        set.add(glob);
    }
    set.build().map_err(|e| PipelinePolicyError::Glob {
        key,
        pattern: patterns.join(", "),
        message: e.to_string(),
    })
}

impl PipelinePolicy {
    /// Resolves a `[pipeline]` table; bad values are errors naming the key.
    pub(crate) fn from_config(
        config: &PipelineConfig,
    ) -> Result<PipelinePolicy, PipelinePolicyError> {
        let fail_on = config.fail_on.unwrap_or(DEFAULT_FAIL_ON);
        let warn_on = config.warn_on.unwrap_or(DEFAULT_WARN_ON.min(fail_on));
        if warn_on > fail_on {
            return Err(PipelinePolicyError::Thresholds { warn_on, fail_on });
        }
        Ok(PipelinePolicy {
            levels: Check::ALL.map(|c| config.level(c).unwrap_or(default_level(c))),
            fail_on,
            warn_on,
            // GitHub owner and repository names are case-insensitive.
            allowed_actions: globs("allowed-actions", &config.allowed_actions, true)?,
            exclude: globs("exclude", &config.exclude, false)?,
            allow: AllowList::resolve(&config.allow, resolve_allow, |index, message| {
                PipelinePolicyError::Allow { index, message }
            })?,
            today: Zoned::now().date(),
        })
    }

    /// The same policy judged as of another day (tests, reproducible reports).
    pub fn with_today(mut self, today: Date) -> PipelinePolicy {
        self.today = today;
        self
    }

    /// Whether the pipeline files at `path` are left unchecked.
    pub(crate) fn excluded(&self, path: &str) -> bool {
        self.exclude.is_match(path)
    }

    /// What one finding does to the run.
    pub fn level(&self, finding: &PipelineFinding) -> Level {
        if self.allow.active(self.today).any(|a| allows(a, finding)) {
            return Level::Off;
        }
        let trusted = finding.check == Check::UnpinnedAction
            && finding
                .tagged_action
                .as_deref()
                .is_some_and(|a| self.allowed_actions.is_match(a));
        if trusted {
            return Level::Off;
        }
        let level = self.levels[Check::ALL
            .iter()
            .position(|c| *c == finding.check)
            .unwrap_or(0)];
        if finding.severity < self.warn_on {
            level.min(Level::Info)
        } else if finding.severity < self.fail_on {
            level.min(Level::Warn)
        } else {
            level
        }
    }

    /// One warning line per expired allow entry, for standard error.
    pub fn expiry_warnings(&self) -> Vec<String> {
        self.allow
            .expired(self.today)
            .map(|a| {
                let e = &a.entry;
                let what: Vec<&str> = [&e.check, &e.file, &e.value, &e.fingerprint]
                    .into_iter()
                    .flatten()
                    .map(String::as_str)
                    .collect();
                allow::expiry_warning("pipeline", &what.join(" "), e)
            })
            .collect()
    }
}

/// What one `[[pipeline.allow]]` entry matches (its reason and expiry: [`AllowList`]).
fn resolve_allow(entry: &PipelineAllowEntry) -> Result<Allow, String> {
    if entry.check.is_none()
        && entry.file.is_none()
        && entry.value.is_none()
        && entry.fingerprint.is_none()
    {
        return Err("needs `check`, `file`, `value` or `fingerprint`".into());
    }
    let check = entry
        .check
        .as_deref()
        .map(|c| Check::from_id(c).ok_or_else(|| format!("check: unknown check `{c}`")))
        .transpose()?;
    let file = entry
        .file
        .as_ref()
        .map(|f| globs("allow file", std::slice::from_ref(f), false).map_err(|e| e.to_string()))
        .transpose()?;
    Ok(Allow {
        entry: entry.clone(),
        check,
        file,
    })
}

fn allows(allow: &Allow, finding: &PipelineFinding) -> bool {
    allow.check.is_none_or(|c| c == finding.check)
        && allow
            .file
            .as_ref()
            .is_none_or(|g| g.is_match(&finding.file))
        && allow
            .entry
            .value
            .as_deref()
            .is_none_or(|v| finding.after.as_deref() == Some(v))
        && allow
            .entry
            .fingerprint
            .as_deref()
            .is_none_or(|f| f == finding.fingerprint)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(check: Check, severity: Severity) -> PipelineFinding {
        PipelineFinding {
            check,
            severity,
            file: ".github/workflows/ci.yml".into(),
            line: 1,
            column: 1,
            message: String::new(),
            fix: String::new(),
            before: None,
            after: Some("actions/checkout@v4".into()),
            fingerprint: "f".into(),
            tagged_action: Some("actions/checkout".into()),
        }
    }

    fn policy(toml_text: &str) -> PipelinePolicy {
        let config: PipelineConfig = toml::from_str(toml_text).unwrap();
        PipelinePolicy::from_config(&config).unwrap()
    }

    #[test]
    fn severity_below_the_thresholds_caps_the_level() {
        let p = PipelinePolicy::default();
        assert_eq!(
            p.level(&finding(Check::UnpinnedImage, Severity::High)),
            Level::Fail
        );
        assert_eq!(
            p.level(&finding(Check::UnpinnedImage, Severity::Medium)),
            Level::Warn
        );
        assert_eq!(
            p.level(&finding(Check::TemplateInjection, Severity::Low)),
            Level::Info
        );
        assert_eq!(
            p.level(&finding(Check::UnpinnedHook, Severity::Critical)),
            Level::Warn
        );
        let strict = policy("fail-on = \"medium\"\nwarn-on = \"low\"\n");
        assert_eq!(
            strict.level(&finding(Check::UnpinnedImage, Severity::Medium)),
            Level::Fail
        );
        assert_eq!(
            strict.level(&finding(Check::TemplateInjection, Severity::Low)),
            Level::Warn
        );
    }

    #[test]
    fn trusted_owners_tags_and_allow_entries() {
        let p = policy("allowed-actions = [\"Actions/*\"]\n");
        assert_eq!(
            p.level(&finding(Check::UnpinnedAction, Severity::High)),
            Level::Off
        );
        let mut branch = finding(Check::UnpinnedAction, Severity::High);
        branch.tagged_action = None;
        assert_eq!(
            p.level(&branch),
            Level::Fail,
            "a branch of a trusted owner is not a tag"
        );
        let allowed = policy(
            "[[allow]]\ncheck = \"unpinned-action\"\nvalue = \"actions/checkout@v4\"\nreason = \"r\"\n",
        );
        assert_eq!(allowed.level(&branch), Level::Off);
        let expired =
            policy("[[allow]]\nfile = \".github/**\"\nreason = \"r\"\nexpires = 2020-01-01\n");
        assert_eq!(expired.level(&branch), Level::Fail);
        assert_eq!(expired.expiry_warnings().len(), 1);
    }

    #[test]
    fn bad_entries_name_what_is_wrong() {
        let bad = |text: &str| {
            let config: PipelineConfig = toml::from_str(text).unwrap();
            PipelinePolicy::from_config(&config)
                .unwrap_err()
                .to_string()
        };
        assert!(bad("[[allow]]\nreason = \"r\"\n").contains("needs `check`"));
        assert!(
            bad("[[allow]]\ncheck = \"nope\"\nreason = \"r\"\n").contains("unknown check `nope`")
        );
        assert!(bad("exclude = [\"a[\"]\n").contains("exclude"));
        assert!(bad("fail-on = \"medium\"\nwarn-on = \"high\"\n").contains("warn-on"));
    }
}
