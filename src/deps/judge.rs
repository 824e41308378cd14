//! Judging a dependency diff: the advisory verdicts (`malicious`, `vulnerable`) from the
//! local store or the online API, the publish-time verdicts (`recently-published`) from
//! the lockfile or the registry the project is configured for, and then the policy, which
//! drops what it switches off or allows.
//!
//! `check` and `deps` both judge through here; they differ only in what happens when the
//! local store is missing ([`MissingStore`]).

use std::path::{Path, PathBuf};

use crate::deps::DepsError;
use crate::deps::advisories::{self, Advisories};
use crate::finding::{Change, DependencyFinding};
use crate::osv::api::{ApiOptions, OsvApi};
use crate::osv::{self, Ecosystem, Store};
use crate::policy::{Config, Gate, Level};
use crate::registry::HttpOptions;
use crate::registry::config::{Environment, Registries};
use crate::registry::{self, PublishTime, Query};

/// The reason a publish-time lookup gives when no registry is configured for the
/// ecosystem.
const NO_REGISTRY: &str = "no-registry-configured";

/// Where advisory verdicts come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AdvisorySource {
    /// The local store that `tollgate feed sync` / `feed import` fill.
    Store(PathBuf),
    /// OSV's online batch API at this base URL.
    Api(String),
}

/// What to do when the local store is missing or empty.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MissingStore {
    /// Fail (exit 2): a gate must not pass dependencies it could not judge.
    Fail,
    /// Warn once and report the diff without verdicts (the pre-commit hook on a laptop
    /// that never synced).
    Warn,
}

/// Everything that judges a dependency diff: advisories, publish times and the policy.
pub struct Judge<'a> {
    pub advisories: AdvisorySource,
    /// Make no network request: publish times are not looked up (said once).
    pub offline: bool,
    pub config: &'a Config,
    /// The project root, where package managers' configuration (`.npmrc`, `.cargo/`) is read.
    pub root: &'a Path,
    pub gate: &'a Gate,
    pub missing: MissingStore,
}

impl Judge<'_> {
    /// Adds the advisory and publish-time checks, then drops what the policy switches
    /// off or allows, and warns about expired allow entries.
    pub fn judge(&self, findings: &mut [DependencyFinding]) -> Result<(), DepsError> {
        for warning in self.gate.deps.expiry_warnings() {
            eprintln!("tollgate: warning: {warning}");
        }
        if findings.iter().any(|f| f.from_registry) {
            let registries =
                Registries::discover(&self.config.registries, &Environment::current(self.root))?;
            accept_configured_hosts(findings, &registries);
            self.advisories(findings)?;
            self.publish_times(findings, registries)?;
        }
        self.gate.drop_allowed(findings);
        Ok(())
    }

    /// `malicious` and `vulnerable` checks from the store or the online API.
    fn advisories(&self, findings: &mut [DependencyFinding]) -> Result<(), DepsError> {
        let advisories = match &self.advisories {
            AdvisorySource::Api(base_url) => Advisories::Api(OsvApi::new(ApiOptions {
                base_url: base_url.clone(),
                ..ApiOptions::default()
            })?),
            AdvisorySource::Store(path) => match Store::open_for_lookup(path) {
                Ok(store) => {
                    if let Ok(status) = store.status()
                        && let Some(warning) =
                            status.staleness_warning(self.config.feed.max_age_days)
                    {
                        eprintln!("{warning}");
                    }
                    Advisories::Store(store)
                }
                Err(error @ osv::Error::NoStore { .. }) if self.missing == MissingStore::Warn => {
                    eprintln!(
                        "tollgate: warning: dependency changes were not checked against advisories: {error}"
                    );
                    return Ok(());
                }
                Err(error) => return Err(error.into()),
            },
        };
        advisories::annotate(findings, &advisories)?;
        Ok(())
    }

    /// `recently-published` (and `unknown`) checks for added and upgraded registry
    /// packages, from the lockfile's own record or the registry the project is
    /// configured for. An ecosystem with no registry configured is said once on standard
    /// error rather than as an `unknown` on every package: the user has not set the check
    /// up, which is not the same as a registry that failed to answer.
    fn publish_times(
        &self,
        findings: &mut [DependencyFinding],
        registries: Registries,
    ) -> Result<(), DepsError> {
        let wanted: Vec<usize> = (0..findings.len())
            .filter(|&i| {
                let f = &findings[i];
                f.from_registry && matches!(f.change, Change::Added | Change::Upgraded)
            })
            .collect();
        if wanted.is_empty()
            || self
                .gate
                .deps
                .check_level("recently-published", self.gate.mode)
                == Level::Off
        {
            return Ok(());
        }
        if self.offline {
            eprintln!(
                "tollgate: warning: --offline: publish times of new versions were not checked"
            );
            return Ok(());
        }
        let cache = match registry::cache::default_path() {
            Some(path) => Some(registry::Cache::open(&path)?),
            None => None,
        };
        let mut client = registry::Client::new(registries, HttpOptions::default(), cache);
        let queries: Vec<Query> = wanted
            .iter()
            .filter_map(|&i| {
                let f = &findings[i];
                Some(Query {
                    ecosystem: Ecosystem::from_name(&f.ecosystem)?,
                    name: f.name.clone(),
                    version: f.version.clone()?,
                    from_registry: f.from_registry,
                    published: f.published.clone(),
                })
            })
            .collect();
        let answers = client.publish_times(&queries)?;
        let now = jiff::Timestamp::now();
        let mut unconfigured = std::collections::BTreeSet::new();
        for (query, answer) in queries.iter().zip(answers) {
            if let PublishTime::Unknown {
                reason: NO_REGISTRY,
                ..
            } = answer
            {
                unconfigured.insert(query.ecosystem.as_str());
                continue;
            }
            if let Some(check) = answer.check(self.gate.deps.min_age, now)
                && let Some(finding) = findings.iter_mut().find(|f| {
                    f.name == query.name
                        && f.version.as_deref() == Some(query.version.as_str())
                        && f.ecosystem == query.ecosystem.as_str()
                })
            {
                finding.checks.push(check);
            }
        }
        if !unconfigured.is_empty() {
            eprintln!(
                "tollgate: warning: publish times not checked for {}: no registry configured \
                 (npm_config_registry or .npmrc, PIP_INDEX_URL or pip.conf, GOPROXY, cargo's \
                 source replacement, or [registries] in tollgate.toml)",
                unconfigured.into_iter().collect::<Vec<_>>().join(", ")
            );
        }
        Ok(())
    }
}

/// The diff judges hosts by the lockfiles alone (the hosts the base already uses); the
/// registry the project is configured for is known too, so a package moving to it is not
/// a source change.
fn accept_configured_hosts(findings: &mut [DependencyFinding], registries: &Registries) {
    for finding in findings.iter_mut() {
        let Some(ecosystem) = Ecosystem::from_name(&finding.ecosystem) else {
            continue;
        };
        let configured = registries.hosts(ecosystem);
        finding.checks.retain(|check| {
            let current_host = check
                .details
                .get("current")
                .and_then(|v| v.as_str())
                .and_then(|c| c.strip_prefix("registry:"))
                .and_then(crate::registry::config::host);
            let unknown_host = check.check == "source"
                && check.details.get("reason").and_then(|v| v.as_str()) == Some("unknown-host");
            !(unknown_host && current_host.is_some_and(|h| configured.contains(&h)))
        });
    }
}
