//! The advisory verdicts of a dependency diff: `malicious` and `vulnerable` checks from
//! the local OSV store or the online OSV API.
//!
//! Every added, upgraded, downgraded or changed registry package is asked about; a
//! removed or upgraded package whose previous version was covered by advisories the new
//! state is not covered by gets them listed as fixed. Packages from git, URLs, paths or
//! workspaces are never looked up: their names are not the registry's names.

use std::collections::HashMap;

use crate::finding::{Change, DependencyFinding, Verdict};
use crate::osv::api::{OsvApi, Unknown};
use crate::osv::{Advisory, Ecosystem, Store};

/// Where verdicts come from.
pub(crate) enum Advisories {
    Store(Store),
    Api(OsvApi),
}

/// (ecosystem, name, version) of one lookup.
type Key = (Ecosystem, String, String);

/// (finding, current-version lookup, previous-version lookup, lookups of the packages its
/// recorded tarball or files really are).
type Plan = (usize, Option<usize>, Option<usize>, Vec<usize>);

/// The `unknown` reason of a package whose ecosystem has no records in the store.
pub(crate) const NO_ADVISORIES_FOR_ECOSYSTEM: &str = "no-advisories-for-ecosystem";

impl Advisories {
    /// Whether lookups can answer for `eco` at all: the store holds records of it (the
    /// online API covers every ecosystem). An empty answer from a store that never
    /// imported an ecosystem is no evidence that a package is clean.
    fn covers(&self, eco: Ecosystem) -> Result<bool, crate::osv::Error> {
        match self {
            Advisories::Store(store) => store.has_ecosystem(eco),
            Advisories::Api(_) => Ok(true),
        }
    }

    /// The verdicts of a requirement range (`adad>=0`): every advisory that covers some
    /// version it admits. `None` where ranges are not checked (other ecosystems than PyPI,
    /// the online API, which answers for one version at a time). A range that is not
    /// PEP 440 is `unknown`.
    fn range_checks(
        &self,
        eco: Ecosystem,
        name: &str,
        specifier: &str,
    ) -> Result<Option<Vec<Verdict>>, crate::osv::Error> {
        let Advisories::Store(store) = self else {
            return Ok(None);
        };
        if eco != Ecosystem::PyPI {
            return Ok(None);
        }
        Ok(Some(match store.check_range(name, specifier)? {
            Some(list) => list.iter().map(advisory_check).collect(),
            None => vec![Verdict::Unknown {
                reason: "unreadable-requirement-range".to_string(),
                about: None,
                detail: Some(format!("`{name}{specifier}` is not a PEP 440 requirement")),
            }],
        }))
    }

    /// Verdicts for every key, in order; an online failure is an `Unknown` per key.
    fn lookup(
        &self,
        keys: &[Key],
    ) -> Result<Vec<Result<Vec<Advisory>, Unknown>>, crate::osv::Error> {
        let queries: Vec<(Ecosystem, &str, &str)> = keys
            .iter()
            .map(|(e, n, v)| (*e, n.as_str(), v.as_str()))
            .collect();
        match self {
            Advisories::Store(store) => {
                Ok(store.check_many(&queries)?.into_iter().map(Ok).collect())
            }
            Advisories::Api(api) => Ok(api.check_batch(&queries)),
        }
    }
}

/// Adds `malicious`, `vulnerable` and (for failed online lookups) `unknown` checks to the
/// findings, and fills `fixed_advisories`.
pub(crate) fn annotate(
    findings: &mut [DependencyFinding],
    advisories: &Advisories,
) -> Result<(), crate::osv::Error> {
    let mut keys: Vec<Key> = Vec::new();
    let mut index: HashMap<Key, usize> = HashMap::new();
    let mut wanted = |eco: Ecosystem, name: &str, version: &str| {
        let key = (eco, name.to_string(), version.to_string());
        *index.entry(key.clone()).or_insert_with(|| {
            keys.push(key);
            keys.len() - 1
        })
    };
    // (finding, current-version lookup, previous-version lookup, lookups of the packages
    // its recorded tarball or files really are)
    let mut plan: Vec<Plan> = Vec::new();
    let mut covered: HashMap<Ecosystem, bool> = HashMap::new();
    for (i, f) in findings.iter_mut().enumerate() {
        let Some(eco) = Ecosystem::from_name(&f.ecosystem).filter(|_| f.from_registry) else {
            continue;
        };
        let covers = match covered.get(&eco) {
            Some(&c) => c,
            None => {
                let c = advisories.covers(eco)?;
                covered.insert(eco, c);
                c
            }
        };
        if !covers {
            if f.change != Change::Removed {
                f.checks.push(no_advisories(eco));
            }
            continue;
        }
        if f.change != Change::Removed
            && f.version.is_none()
            && let Some(specifier) = &f.specifier
            && let Some(checks) = advisories.range_checks(eco, &f.name, specifier)?
        {
            f.checks.extend(checks);
            continue;
        }
        let current = match f.change {
            Change::Removed => None,
            _ => f.version.as_deref().map(|v| wanted(eco, &f.name, v)),
        };
        let previous = match f.change {
            Change::Removed | Change::Upgraded | Change::Downgraded => f
                .previous_version
                .as_deref()
                .map(|v| wanted(eco, &f.name, v)),
            _ => None,
        };
        let instead = super::resolved::installed_instead(f)
            .into_iter()
            .filter(|(e, _, _)| *e == eco)
            .map(|(e, n, v)| wanted(e, &n, &v))
            .collect();
        plan.push((i, current, previous, instead));
    }
    if keys.is_empty() {
        return Ok(());
    }
    let results = advisories.lookup(&keys)?;
    for (i, current, previous, instead) in plan {
        let now: &[Advisory] = match current.map(|c| &results[c]) {
            Some(Ok(list)) => list,
            Some(Err(unknown)) => {
                findings[i].checks.push(unknown_check(unknown));
                &[]
            }
            None => &[],
        };
        findings[i].checks.extend(now.iter().map(advisory_check));
        for lookup in instead {
            if let Ok(list) = &results[lookup] {
                findings[i].checks.extend(list.iter().map(advisory_check));
            }
        }
        if let Some(Ok(before)) = previous.map(|p| &results[p]) {
            findings[i].fixed_advisories = before
                .iter()
                .filter(|old| !now.iter().any(|a| a.id == old.id))
                .map(|old| old.id.clone())
                .collect();
        }
    }
    Ok(())
}

fn advisory_check(advisory: &Advisory) -> Verdict {
    if advisory.malicious {
        return Verdict::Malicious {
            id: advisory.id.clone(),
            aliases: advisory.aliases.clone(),
            summary: advisory.summary.clone(),
        };
    }
    Verdict::Vulnerable {
        id: advisory.id.clone(),
        aliases: advisory.aliases.clone(),
        summary: advisory.summary.clone(),
        severity: advisory.severity,
        cvss: advisory.cvss_score,
        fixed: advisory.fixed.clone(),
        fixed_note: advisory.fixed_note.clone(),
        informational: advisory.informational.clone(),
    }
}

/// The `unknown` verdict of a package whose ecosystem the store has no records of.
fn no_advisories(eco: Ecosystem) -> Verdict {
    Verdict::Unknown {
        reason: NO_ADVISORIES_FOR_ECOSYSTEM.to_string(),
        about: None,
        detail: Some(format!(
            "the advisory store has no {eco} records: run `tollgate feed sync --ecosystem {eco}`"
        )),
    }
}

fn unknown_check(unknown: &Unknown) -> Verdict {
    Verdict::Unknown {
        reason: unknown.reason.clone(),
        about: None,
        detail: None,
    }
}
