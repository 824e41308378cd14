//! Judging a dependency diff: the advisory verdicts (`malicious`, `vulnerable`) from the
//! local store or the online API, the publish-time verdicts (`recently-published`) from
//! the lockfile or the registry the project is configured for, and then the policy, which
//! drops what it switches off or allows.
//!
//! `check` and `deps` both judge through here; they differ only in what happens when the
//! local store is missing ([`MissingStore`]).

use std::path::{Path, PathBuf};

use jiff::Timestamp;

use crate::deps::advisories::{self, Advisories};
use crate::deps::{DepsError, typosquat};
use crate::finding::{Change, DependencyFinding, Kind, SourceReason, Verdict};
use crate::osv::api::{ApiOptions, OsvApi};
use crate::osv::{self, Ecosystem, Store};
use crate::policy::{Config, DepsPolicy, Gate, Level};
use crate::registry::HttpOptions;
use crate::registry::config::{Environment, Registries};
use crate::registry::{self, PublishTime, Query};

/// The reason a publish-time lookup gives when no registry is configured for the
/// ecosystem.
const NO_REGISTRY: &str = "no-registry-configured";

/// Where advisory verdicts come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum AdvisorySource {
    /// The local store that `tollgate feed sync` / `feed import` fill.
    Store(PathBuf),
    /// OSV's online batch API at this base URL.
    Api(String),
}

/// What to do when the local store is missing or empty.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MissingStore {
    /// Fail (exit 2): a gate must not pass dependencies it could not judge.
    Fail,
    /// Warn once and report the diff without verdicts (the pre-commit hook on a laptop
    /// that never synced).
    Warn,
}

/// Everything that judges a dependency diff: advisories, publish times and the policy.
pub(crate) struct Judge<'a> {
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
    /// off or allows, and warns about expired allow entries. Returns how many verdicts
    /// an allow entry covered.
    pub fn judge(&self, findings: &mut [DependencyFinding]) -> Result<usize, DepsError> {
        for warning in self.gate.deps.expiry_warnings() {
            eprintln!("tollgate: warning: {warning}");
        }
        self.typosquats(findings);
        if findings.iter().any(|f| f.from_registry) {
            let registries =
                Registries::discover(&self.config.registries, &Environment::current(self.root))?;
            accept_configured_hosts(findings, &registries);
            self.advisories(findings)?;
            self.publish_times(findings, registries)?;
        }
        Ok(self.gate.drop_allowed(findings))
    }

    /// The advisory checks alone, then the policy: `deps --audit`, which judges every
    /// package of a tree against the advisories, as osv-scanner does. Typosquat and
    /// publish-time checks judge what a change brings, and a whole tree is not a change.
    pub fn audit(&self, findings: &mut [DependencyFinding]) -> Result<(), DepsError> {
        for warning in self.gate.deps.expiry_warnings() {
            eprintln!("tollgate: warning: {warning}");
        }
        if findings.iter().any(|f| f.from_registry) {
            self.advisories(findings)?;
        }
        self.gate.drop_allowed(findings);
        Ok(())
    }

    /// `typosquat` checks of added registry packages. Switched off by the policy, the check
    /// does not run at all: comparing thousands of new names is the diff's largest cost.
    fn typosquats(&self, findings: &mut [DependencyFinding]) {
        if self.gate.deps.check_level(Kind::Typosquat, self.gate.mode) == Level::Off {
            return;
        }
        for f in findings
            .iter_mut()
            .filter(|f| f.change == Change::Added && f.from_registry)
        {
            if let Some(ecosystem) = Ecosystem::from_name(&f.ecosystem)
                && let Some(verdict) = typosquat::check(ecosystem, &f.name)
            {
                f.checks.push(verdict);
            }
        }
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
                // Every new version, whichever way it moved: a downgrade installs a
                // version the project did not have as surely as an upgrade does.
                f.from_registry
                    && f.version.is_some()
                    && (matches!(
                        f.change,
                        Change::Added | Change::Upgraded | Change::Downgraded
                    ) || (f.change == Change::Changed && f.previous_version != f.version))
            })
            .collect();
        if wanted.is_empty()
            || self
                .gate
                .deps
                .check_level(Kind::RecentlyPublished, self.gate.mode)
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
        // Nothing configured: the ecosystems' own tools name their registry, deps.dev last.
        let mut registries = registries;
        let mut ecosystems: Vec<Ecosystem> = wanted
            .iter()
            .filter_map(|&i| Ecosystem::from_name(&findings[i].ecosystem))
            .collect();
        ecosystems.sort();
        ecosystems.dedup();
        let learned = registry::defaults::fill(
            &mut registries,
            &Environment::current(self.root),
            &ecosystems,
        );
        for (ecosystem, source) in &learned {
            eprintln!(
                "tollgate: publish times for {ecosystem}: no registry configured, asking the one {source} names"
            );
        }
        let mut client = registry::Client::new(registries, HttpOptions::default(), cache);
        // Each query keeps the index of its finding, so an answer goes straight back to
        // it (a search of every finding per answer was quadratic in new packages).
        let (targets, queries): (Vec<usize>, Vec<Query>) = wanted
            .iter()
            .filter_map(|&i| {
                let f = &findings[i];
                let query = Query {
                    ecosystem: Ecosystem::from_name(&f.ecosystem)?,
                    name: f.name.clone(),
                    version: f.version.clone()?,
                    from_registry: f.from_registry,
                    published: f.published.clone(),
                };
                Some((i, query))
            })
            .unzip();
        let answers = client.publish_times(&queries)?;
        let now = Timestamp::now();
        let mut unconfigured = std::collections::BTreeSet::new();
        for ((query, answer), target) in queries.iter().zip(answers).zip(targets) {
            if let PublishTime::Unknown {
                reason: NO_REGISTRY,
                ..
            } = answer
            {
                unconfigured.insert(query.ecosystem.as_str());
                continue;
            }
            let learned_from = learned
                .iter()
                .find(|(e, _)| *e == query.ecosystem)
                .map(|(_, source)| source);
            if let Some(mut check) = publish_verdict(&answer, &self.gate.deps, now)
                && let Some(finding) = findings.get_mut(target)
            {
                if let (
                    Verdict::RecentlyPublished { source, .. },
                    PublishTime::Known {
                        origin: registry::Origin::Registry,
                        ..
                    },
                ) = (&mut check, &answer)
                {
                    source.clone_from(&learned_from.cloned());
                }
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
    let configured: Vec<(Ecosystem, Vec<String>)> = Ecosystem::ALL
        .into_iter()
        .map(|e| (e, registries.hosts(e)))
        .collect();
    for finding in findings.iter_mut() {
        let Some((_, configured)) = configured
            .iter()
            .find(|(e, _)| e.as_str() == finding.ecosystem)
        else {
            continue;
        };
        finding.checks.retain(|verdict| {
            !matches!(
                verdict,
                Verdict::Source {
                    reason: Some(SourceReason::UnknownHost),
                    host: Some(host),
                    ..
                } if configured.contains(host)
            )
        });
    }
}

/// The verdict a publish-time answer gives: `recently-published` when the policy finds
/// the version too young, `unknown` with the reason when there is no answer, nothing for
/// an old enough version or a package that has no registry publish time.
pub fn publish_verdict(
    answer: &PublishTime,
    policy: &DepsPolicy,
    now: Timestamp,
) -> Option<Verdict> {
    match answer {
        PublishTime::Known { published, .. } if policy.too_young(*published, now) => {
            Some(Verdict::RecentlyPublished {
                published: *published,
                source: None,
            })
        }
        PublishTime::Unknown { reason, detail } => Some(Verdict::Unknown {
            reason: reason.to_string(),
            about: Some(Kind::RecentlyPublished),
            detail: detail.clone(),
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::deps_policy::DepsConfig;
    use crate::registry::Origin;

    fn added(name: &str) -> DependencyFinding {
        DependencyFinding {
            ecosystem: "npm".into(),
            name: name.into(),
            version: Some("1.0.0".into()),
            previous_version: None,
            change: Change::Added,
            lockfile: "package-lock.json".into(),
            direct: true,
            introduced_by: Vec::new(),
            checks: Vec::new(),
            from_registry: true,
            fixed_advisories: Vec::new(),
            published: None,
            specifier: None,
            line: None,
        }
    }

    /// Judges `lodahs` (a near miss of `lodash`) offline, without a store, under `deps`;
    /// returns its verdicts and how many names the typosquat check compared.
    fn judge_near_miss(deps: &DepsConfig) -> (Vec<Verdict>, u64) {
        let dir = tempfile::tempdir().unwrap();
        let config = Config::default();
        let gate = Gate {
            deps: DepsPolicy::from_config(deps).unwrap(),
            ..Gate::new(crate::finding::Severity::Low)
        };
        let judge = Judge {
            advisories: AdvisorySource::Store(dir.path().join("none.sqlite3")),
            offline: true,
            config: &config,
            root: dir.path(),
            gate: &gate,
            missing: MissingStore::Warn,
        };
        let mut findings = vec![added("lodahs")];
        let before = typosquat::CHECKED.with(|n| n.get());
        judge.judge(&mut findings).unwrap();
        let compared = typosquat::CHECKED.with(|n| n.get()) - before;
        (findings.remove(0).checks, compared)
    }

    #[test]
    fn typosquat_off_does_not_run_the_check() {
        let (checks, compared) = judge_near_miss(&DepsConfig::default());
        assert_eq!(compared, 1);
        assert!(
            matches!(&checks[..], [Verdict::Typosquat { resembles, .. }] if resembles == "lodash"),
            "{checks:?}"
        );
        let off = DepsConfig {
            typosquat: Some(Level::Off),
            ..DepsConfig::default()
        };
        let (checks, compared) = judge_near_miss(&off);
        assert_eq!((checks, compared), (Vec::new(), 0));
        // `warn` still runs it: only `off` skips the work.
        let warn = DepsConfig {
            typosquat: Some(Level::Warn),
            ..DepsConfig::default()
        };
        assert_eq!(judge_near_miss(&warn).1, 1);
    }

    #[test]
    fn a_version_younger_than_min_age_is_recently_published_and_no_answer_is_unknown() {
        let now: Timestamp = "2026-01-10T00:00:00Z".parse().unwrap();
        let policy = DepsPolicy::default();
        let known = |t: &str| PublishTime::Known {
            published: t.parse().unwrap(),
            origin: Origin::Registry,
        };
        assert_eq!(
            publish_verdict(&known("2026-01-09T00:00:00Z"), &policy, now),
            Some(Verdict::RecentlyPublished {
                published: "2026-01-09T00:00:00Z".parse().unwrap(),
                source: None,
            })
        );
        assert_eq!(
            publish_verdict(&known("2026-01-01T00:00:00Z"), &policy, now),
            None
        );
        let unknown = PublishTime::Unknown {
            reason: "timeout",
            detail: None,
        };
        assert_eq!(
            publish_verdict(&unknown, &policy, now),
            Some(Verdict::Unknown {
                reason: "timeout".into(),
                about: Some(Kind::RecentlyPublished),
                detail: None
            })
        );
        assert_eq!(
            publish_verdict(&PublishTime::NotApplicable, &policy, now),
            None
        );
    }
}
