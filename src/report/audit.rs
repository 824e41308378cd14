//! The table of `deps --audit` (text format): one row per advisory that covers a package
//! of the audited lockfiles (`✗` where the policy blocks on it), then a summary by
//! severity, led by the decision. Other
//! formats write the flagged packages through their usual writers and the summary goes
//! to standard error ([`summary`]).

use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};

use crate::finding::{DependencyFinding, Finding, Verdict};
use crate::policy::{Disposition, Gate, Level};
use crate::report::escape;
use crate::severity::Severity;

/// Counts of an audit, for the summary line.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Counts {
    pub packages: usize,
    pub lockfiles: usize,
    /// Vulnerability advisories by severity: critical, high, medium, low, unrated.
    pub by_severity: [usize; 5],
    /// RustSec notices (unmaintained, unsound, ...).
    pub notices: usize,
    pub malicious: usize,
    /// Packages whose advisory lookup could not be completed.
    pub unchecked: usize,
    /// Packages that block the run.
    pub blocking: usize,
}

impl Counts {
    pub(crate) fn of(findings: &[DependencyFinding], gate: &Gate) -> Counts {
        let mut counts = Counts {
            packages: findings.len(),
            lockfiles: findings
                .iter()
                .map(|f| f.lockfile.as_str())
                .collect::<BTreeSet<_>>()
                .len(),
            ..Counts::default()
        };
        for finding in findings {
            for verdict in &finding.checks {
                match verdict {
                    Verdict::Malicious { .. } => counts.malicious += 1,
                    Verdict::Vulnerable {
                        informational: Some(_),
                        ..
                    } => counts.notices += 1,
                    Verdict::Vulnerable { severity, .. } => {
                        counts.by_severity[severity_slot(*severity)] += 1
                    }
                    Verdict::Unknown { .. } => counts.unchecked += 1,
                    _ => {}
                }
            }
            if blocks(finding, gate) {
                counts.blocking += 1;
            }
        }
        counts
    }
}

fn severity_slot(severity: Option<Severity>) -> usize {
    match severity {
        Some(Severity::Critical) => 0,
        Some(Severity::High) => 1,
        Some(Severity::Medium) => 2,
        Some(Severity::Low) => 3,
        None => 4,
    }
}

fn blocks(finding: &DependencyFinding, gate: &Gate) -> bool {
    gate.disposition(&Finding::Dependency(finding.clone())) == Disposition::Blocks
}

/// The decision and the counts, on one line.
pub(crate) fn summary(counts: &Counts) -> String {
    let decision = if counts.blocking > 0 {
        format!(
            "BLOCKED: {} package{} at or above fail-on",
            counts.blocking,
            plural(counts.blocking)
        )
    } else {
        "PASSED".to_string()
    };
    let [critical, high, medium, low, unrated] = counts.by_severity;
    let vulnerabilities: usize = counts.by_severity.iter().sum();
    format!(
        "{decision}; audited {} package{} in {} lockfile{}: {vulnerabilities} \
         vulnerabilit{} ({critical} critical, {high} high, {medium} medium, {low} low, \
         {unrated} unrated), {} malicious, {} notice{}, {} not checked",
        counts.packages,
        plural(counts.packages),
        counts.lockfiles,
        plural(counts.lockfiles),
        if vulnerabilities == 1 { "y" } else { "ies" },
        counts.malicious,
        counts.notices,
        plural(counts.notices),
        counts.unchecked,
    )
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Writes the table of flagged packages and the summary.
pub(crate) fn write_table(
    out: &mut dyn Write,
    findings: &[DependencyFinding],
    gate: &Gate,
) -> io::Result<()> {
    let mut rows = vec![[
        String::new(),
        "ecosystem".into(),
        "package".into(),
        "version".into(),
        "advisory".into(),
        "severity".into(),
        "fixed".into(),
        "lockfile".into(),
    ]];
    // Lookups that could not be made (an ecosystem missing from the store) are one row
    // per ecosystem and reason, not one per package: thousands of identical rows would
    // bury the advisories.
    let mut unchecked: BTreeMap<(&str, &str), (usize, bool, BTreeSet<&str>)> = BTreeMap::new();
    for finding in findings {
        for verdict in &finding.checks {
            // Each row is marked by what its own advisory does under the policy.
            let blocking = gate.level(finding, verdict) == Level::Fail;
            let mark = if blocking { "✗" } else { " " };
            let (id, severity, fixed) = match verdict {
                Verdict::Malicious { id, .. } => (id.clone(), "malicious".into(), String::new()),
                Verdict::Vulnerable {
                    id,
                    severity,
                    fixed,
                    informational,
                    ..
                } => (
                    id.clone(),
                    match (informational, severity) {
                        (Some(kind), _) => format!("notice: {kind}"),
                        (None, Some(s)) => s.to_string(),
                        (None, None) => "unrated".into(),
                    },
                    fixed.clone().unwrap_or_default(),
                ),
                Verdict::Unknown { reason, .. } => {
                    let entry = unchecked
                        .entry((finding.ecosystem.as_str(), reason.as_str()))
                        .or_default();
                    entry.0 += 1;
                    entry.1 |= blocking;
                    entry.2.insert(finding.lockfile.as_str());
                    continue;
                }
                _ => continue,
            };
            rows.push([
                mark.to_string(),
                finding.ecosystem.clone(),
                finding.name.clone(),
                finding.version.clone().unwrap_or_default(),
                id,
                severity,
                fixed,
                finding.lockfile.clone(),
            ]);
        }
    }
    for ((ecosystem, reason), (packages, blocking, lockfiles)) in unchecked {
        rows.push([
            if blocking { "✗" } else { " " }.to_string(),
            ecosystem.to_string(),
            format!("({packages} package{})", plural(packages)),
            String::new(),
            "-".into(),
            format!("not checked: {reason}"),
            String::new(),
            match lockfiles.len() {
                1 => lockfiles.into_iter().next().unwrap_or_default().to_string(),
                n => format!("({n} lockfiles)"),
            },
        ]);
    }
    if rows.len() > 1 {
        let rows: Vec<Vec<String>> = rows
            .into_iter()
            .map(|row| {
                row.iter()
                    .map(|cell| escape::text(cell).into_owned())
                    .collect()
            })
            .collect();
        let widths: Vec<usize> = (0..rows[0].len())
            .map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
            .collect();
        for row in &rows {
            let mut line = String::new();
            for (i, cell) in row.iter().enumerate() {
                if i + 1 == row.len() {
                    line.push_str(cell);
                } else {
                    line.push_str(cell);
                    let pad = widths[i] - cell.chars().count();
                    line.extend(std::iter::repeat_n(' ', pad + 2));
                }
            }
            writeln!(out, "{}", escape::line_start(line.trim_end()))?;
        }
    }
    writeln!(out, "{}", summary(&Counts::of(findings, gate)))
}
