//! Verdicts for one package version: the records that cover it, with records that alias
//! each other folded into one advisory (a MAL record and the GHSA that mirrors it are one
//! incident, not two findings).

use std::collections::BTreeSet;
use std::sync::Arc;

use lockfile_parsers::Ecosystem;

use super::matching::{Hit, higher_fix};
use super::record::Record;
use super::severity::{self, Severity};

/// One advisory about one package version, as reports show it.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Advisory {
    /// The representative id: a `MAL-` id when the group has one, else the smallest id.
    pub id: String,
    /// Every other id of the folded records and their declared aliases, sorted.
    pub aliases: Vec<String>,
    pub summary: Option<String>,
    /// An OpenSSF malicious-packages (`MAL-`) record is among the folded records.
    pub malicious: bool,
    /// The highest severity among the folded records.
    pub severity: Option<Severity>,
    /// CVSS v3 base score when a vector was given.
    pub cvss_score: Option<f64>,
    /// The first version that fixes it (the highest such among folded records).
    pub fixed: Option<String>,
    /// How the fix was read when a record's event was not a plain version: a list read
    /// as one fix per line, or "fixed version unreadable" (the match fails closed).
    pub fixed_note: Option<String>,
    /// RustSec's `informational` kind (e.g. `unmaintained`): a notice, not a vulnerability.
    pub informational: Option<String>,
}

/// Folds covering records into advisories. Two records are folded when one lists the
/// other's id as an alias (transitively).
pub(crate) fn fold(eco: Ecosystem, hits: Vec<(Arc<Record>, Hit)>) -> Vec<Advisory> {
    let n = hits.len();
    let mut group: Vec<usize> = (0..n).collect();
    for i in 0..n {
        for j in 0..n {
            if i != j && hits[i].0.aliases.iter().any(|a| *a == hits[j].0.id) {
                let (gi, gj) = (root(&mut group, i), root(&mut group, j));
                group[gi.max(gj)] = gi.min(gj);
            }
        }
    }
    let mut out = Vec::new();
    for leader in 0..n {
        if root(&mut group, leader) != leader {
            continue;
        }
        let members: Vec<&(Arc<Record>, Hit)> = (0..n)
            .filter(|&k| root(&mut group, k) == leader)
            .map(|k| &hits[k])
            .collect();
        out.push(advisory_of(eco, &members));
    }
    out.sort_by(|a, b| (!a.malicious, &a.id).cmp(&(!b.malicious, &b.id)));
    out
}

fn root(group: &mut [usize], mut i: usize) -> usize {
    while group[i] != i {
        group[i] = group[group[i]];
        i = group[i];
    }
    i
}

fn advisory_of(eco: Ecosystem, members: &[&(Arc<Record>, Hit)]) -> Advisory {
    let lead = members
        .iter()
        .min_by(|a, b| (!a.0.is_malicious(), &a.0.id).cmp(&(!b.0.is_malicious(), &b.0.id)))
        .expect("a group has at least one member");
    let mut aliases = BTreeSet::new();
    let (mut sev, mut score, mut fixed) = (None, None::<f64>, None);
    for (record, hit) in members {
        aliases.insert(record.id.clone());
        aliases.extend(record.aliases.iter().cloned());
        let (s, c) = severity::of_record(record);
        sev = sev.max(s);
        score = match (score, c) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        fixed = higher_fix(eco, fixed, hit.fixed.clone());
    }
    aliases.remove(&lead.0.id);
    let summary = std::iter::once(lead)
        .chain(members)
        .find_map(|(r, _)| r.summary.clone().filter(|s| !s.is_empty()));
    Advisory {
        id: lead.0.id.clone(),
        aliases: aliases.into_iter().collect(),
        summary,
        malicious: members.iter().any(|(r, _)| r.is_malicious()),
        severity: sev,
        cvss_score: score,
        fixed,
        fixed_note: std::iter::once(lead)
            .chain(members)
            .find_map(|(_, hit)| hit.note.as_ref().map(ToString::to_string)),
        informational: members
            .iter()
            .find_map(|(r, _)| r.informational().map(str::to_string)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(id: &str, aliases: &[&str]) -> (Arc<Record>, Hit) {
        let json =
            serde_json::json!({"id": id, "aliases": aliases, "summary": format!("about {id}")});
        (
            Arc::new(serde_json::from_value(json).unwrap()),
            Hit::default(),
        )
    }

    #[test]
    fn records_aliasing_each_other_are_one_advisory() {
        let out = fold(
            Ecosystem::Npm,
            vec![
                rec("GHSA-aaaa", &["CVE-1"]),
                rec("MAL-2024-2", &["GHSA-aaaa", "SNYK-1"]),
                rec("GHSA-zzzz", &[]),
            ],
        );
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].id, "MAL-2024-2");
        assert!(out[0].malicious);
        assert_eq!(out[0].aliases, ["CVE-1", "GHSA-aaaa", "SNYK-1"]);
        assert_eq!(out[0].summary.as_deref(), Some("about MAL-2024-2"));
        assert_eq!(out[1].id, "GHSA-zzzz");
        assert!(!out[1].malicious);
    }

    #[test]
    fn alias_chains_fold_transitively() {
        let out = fold(
            Ecosystem::Npm,
            vec![rec("A", &["B"]), rec("C", &[]), rec("B", &["C"])],
        );
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].id, "A");
        assert_eq!(out[0].aliases, ["B", "C"]);
    }
}
