//! `--format text`: one line per finding for people at a terminal.
//!
//! Secrets as `file:line:col rule description secret`, dependencies as a compact table
//! (ecosystem, package, old → new, flags), pipeline findings as `file:line:col check
//! severity message` with the fix below. Colour only when writing to a terminal and
//! `NO_COLOR` is unset.

use std::io::Write;

use crate::finding::{
    DependencyFinding, Finding, PipelineFinding, PolicyFinding, Report, SecretFinding, Verdict,
};
use crate::policy::{Decision, Disposition};
use crate::report::Context;
use crate::report::escape::{line_start, text};

struct Paint {
    on: bool,
}

impl Paint {
    fn wrap(&self, code: &str, text: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

pub fn write(
    out: &mut dyn Write,
    report: &Report,
    context: &Context,
    decision: &Decision,
) -> std::io::Result<()> {
    let paint = Paint { on: context.color };
    let mut secrets: Vec<(&SecretFinding, Disposition)> = Vec::new();
    let mut dependencies: Vec<(&DependencyFinding, Disposition)> = Vec::new();
    let mut pipeline: Vec<(&PipelineFinding, Disposition)> = Vec::new();
    let mut policies: Vec<(&PolicyFinding, Disposition)> = Vec::new();
    for (finding, &disposition) in report.findings.iter().zip(&decision.dispositions) {
        match finding {
            Finding::Secret(s) => secrets.push((s, disposition)),
            Finding::Dependency(d) => dependencies.push((d, disposition)),
            Finding::Pipeline(p) => pipeline.push((p, disposition)),
            Finding::Policy(p) => policies.push((p, disposition)),
        }
    }
    for (secret, disposition) in &secrets {
        write_secret(out, secret, *disposition, &paint)?;
    }
    for (policy, disposition) in &policies {
        write_policy(out, policy, *disposition, &paint)?;
    }
    if !dependencies.is_empty() {
        if !secrets.is_empty() {
            writeln!(out)?;
        }
        write_dependency_table(out, &dependencies, &paint)?;
    }
    if !pipeline.is_empty() {
        if !secrets.is_empty() || !dependencies.is_empty() {
            writeln!(out)?;
        }
        for (finding, disposition) in &pipeline {
            write_pipeline(out, finding, *disposition, &paint)?;
        }
    }
    write_summary(
        out,
        report,
        secrets.len(),
        dependencies.len(),
        pipeline.len(),
        policies.len(),
    )?;
    write_decision(out, decision, &paint)
}

/// The verdict, last, where the eye lands: `BLOCKED: 2 findings at or above fail-on (1
/// secret, 1 malicious package)` or `PASSED`, then what did not block and what was hidden.
fn write_decision(out: &mut dyn Write, decision: &Decision, paint: &Paint) -> std::io::Result<()> {
    let verdict = if decision.blocks() {
        let kinds: Vec<String> = decision
            .blocking_kinds
            .iter()
            .map(|(kind, count)| format!("{count} {}", plural(kind, *count)))
            .collect();
        let verdict = format!(
            "BLOCKED: {} {} at or above fail-on ({})",
            decision.blocking,
            plural("finding", decision.blocking),
            kinds.join(", ")
        );
        paint.wrap("1;31", &verdict)
    } else {
        paint.wrap("1;32", "PASSED")
    };
    let hidden = decision.hidden;
    writeln!(
        out,
        "{verdict}; {} {}, {} suppressed, {} baselined, {} allowed {}",
        decision.warnings,
        plural("warning", decision.warnings),
        hidden.suppressed,
        hidden.baselined,
        hidden.allowed_advisories,
        plural("advisory", hidden.allowed_advisories),
    )
}

/// `word` for one, its plural otherwise (the words of the decision line only).
fn plural(word: &str, count: usize) -> String {
    match (count, word.strip_suffix('y')) {
        (1, _) => word.to_string(),
        (_, Some(stem)) => format!("{stem}ies"),
        _ => format!("{word}s"),
    }
}

/// A policy change: where, why it matters, and its lines as a small diff.
fn write_policy(
    out: &mut dyn Write,
    policy: &PolicyFinding,
    disposition: Disposition,
    paint: &Paint,
) -> std::io::Result<()> {
    let location = format!("{}:{}", text(&policy.file), policy.line);
    writeln!(
        out,
        "{} {} {}",
        paint.wrap("1", &line_start(&location)),
        paint.wrap(color(disposition).unwrap_or("33"), &policy.check),
        text(&policy.message)
    )?;
    for (sign, lines) in [("-", &policy.before), ("+", &policy.after)] {
        for line in lines.iter().flat_map(|l| l.lines()) {
            writeln!(out, "    {sign} {}", text(line))?;
        }
    }
    Ok(())
}

/// `file:line:col check severity message`, the drift's previous value, and the fix on a
/// second line.
fn write_pipeline(
    out: &mut dyn Write,
    finding: &PipelineFinding,
    disposition: Disposition,
    paint: &Paint,
) -> std::io::Result<()> {
    let location = format!(
        "{}:{}:{}",
        text(&finding.file),
        finding.line,
        finding.column
    );
    let check = match color(disposition) {
        Some(code) => paint.wrap(code, finding.check.as_str()),
        None => finding.check.as_str().to_string(),
    };
    write!(
        out,
        "{} {} {} {}",
        paint.wrap("1", &line_start(&location)),
        check,
        finding.severity,
        text(&finding.message)
    )?;
    if let Some(before) = &finding.before {
        write!(out, " (was `{}`)", text(before))?;
    }
    writeln!(out)?;
    writeln!(out, "    fix: {}", paint.wrap("2", &text(&finding.fix)))
}

/// One secret's line, as the full report writes it: for commands that report findings as
/// they are found (`tollgate log`).
pub(crate) fn write_secret_line(
    out: &mut dyn Write,
    finding: &Finding,
    context: &Context,
) -> std::io::Result<()> {
    if let Finding::Secret(secret) = finding {
        let paint = Paint { on: context.color };
        write_secret(out, secret, context.gate.disposition(finding), &paint)?;
    }
    Ok(())
}

fn write_secret(
    out: &mut dyn Write,
    secret: &SecretFinding,
    disposition: Disposition,
    paint: &Paint,
) -> std::io::Result<()> {
    // The file name begins the line: it must not begin a workflow command either.
    let location = format!("{}:{}:{}", text(&secret.file), secret.line, secret.column);
    let severity_color = color(disposition).unwrap_or("33");
    write!(
        out,
        "{} {} {} {} [{}: {} severity, {} confidence]",
        paint.wrap("1", &line_start(&location)),
        paint.wrap(severity_color, &text(&secret.rule)),
        text(&secret.description),
        paint.wrap("2", &text(&secret.secret)),
        marker(disposition).unwrap_or("info"),
        secret.severity,
        secret.confidence
    )?;
    if let Some(commit) = &secret.commit {
        let short: String = commit.chars().take(12).collect();
        write!(out, " (commit {}", text(&short))?;
        if let Some(author) = &secret.author {
            write!(out, " by {}", text(author))?;
        }
        write!(out, ")")?;
    }
    writeln!(out)?;
    // What `.tollgateignore` takes to suppress it (JSON and SARIF carry it too).
    writeln!(
        out,
        "    fingerprint {}",
        paint.wrap("2", &text(&secret.fingerprint))
    )
}

/// The word that marks what a finding does to the run.
fn marker(disposition: Disposition) -> Option<&'static str> {
    match disposition {
        Disposition::Blocks => Some("BLOCKS"),
        Disposition::Warns => Some("warns"),
        Disposition::Informs => None,
    }
}

/// A dependency's version change as `old → new`, or just the side that exists; raw (each
/// format escapes it).
pub fn version_change(d: &DependencyFinding) -> String {
    let none = "-";
    match (&d.previous_version, &d.version) {
        (Some(old), Some(new)) if old != new => format!("{old} → {new}"),
        (_, Some(new)) => new.clone(),
        (Some(old), None) => format!("{old} → removed"),
        (None, None) => none.to_string(),
    }
}

/// The flags column: change kind, directness, every check (with its advisory id or
/// reason), and the advisories the change fixes; raw (each format escapes it).
pub fn flags(d: &DependencyFinding) -> String {
    let mut flags = vec![d.change.as_str().to_string()];
    if d.direct {
        flags.push("direct".into());
    }
    flags.extend(d.checks.iter().map(|verdict| {
        let detail = verdict.id().or(verdict.reason()).or(match verdict {
            Verdict::Typosquat { resembles, .. } => Some(resembles.as_str()),
            Verdict::RecentlyPublished {
                source: Some(source),
                ..
            } => Some(source.as_str()),
            _ => None,
        });
        let flag = match detail {
            Some(detail) => format!("{} {detail}", verdict.kind()),
            None => verdict.kind().to_string(),
        };
        match verdict {
            Verdict::Vulnerable {
                severity,
                fixed,
                fixed_note,
                ..
            } => {
                let severity = severity.map_or("severity unstated".to_string(), |s| s.to_string());
                let fixed = fixed
                    .as_ref()
                    .map_or("no fixed version".to_string(), |v| format!("fixed in {v}"));
                match fixed_note {
                    Some(note) => format!("{flag} ({severity}, {fixed}; {note})"),
                    None => format!("{flag} ({severity}, {fixed})"),
                }
            }
            _ => flag,
        }
    }));
    if !d.fixed_advisories.is_empty() {
        flags.push(format!("fixes {}", d.fixed_advisories.join(" ")));
    }
    flags.join(", ")
}

/// Red for what blocks, yellow for what warns.
fn color(disposition: Disposition) -> Option<&'static str> {
    match disposition {
        Disposition::Blocks => Some("31"),
        Disposition::Warns => Some("33"),
        Disposition::Informs => None,
    }
}

fn write_dependency_table(
    out: &mut dyn Write,
    dependencies: &[(&DependencyFinding, Disposition)],
    paint: &Paint,
) -> std::io::Result<()> {
    let rows: Vec<[String; 5]> = dependencies
        .iter()
        .map(|(d, disposition)| {
            [
                marker(*disposition).unwrap_or("").to_string(),
                text(&d.ecosystem).into_owned(),
                text(&d.name).into_owned(),
                text(&version_change(d)).into_owned(),
                text(&flags(d)).into_owned(),
            ]
        })
        .collect();
    let header = ["gate", "ecosystem", "package", "version", "flags"].map(String::from);
    let mut widths = [0usize; 5];
    for row in std::iter::once(&header).chain(&rows) {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let line = |row: &[String; 5]| {
        let cells: Vec<String> = row
            .iter()
            .zip(widths)
            .map(|(cell, width)| format!("{cell:<width$}"))
            .collect();
        // A row whose gate cell is blank begins with spaces, and a package manager's
        // name could then start a workflow command (the runner trims leading spaces).
        line_start(cells.join("  ").trim_end()).into_owned()
    };
    writeln!(out, "{}", paint.wrap("1", &line(&header)))?;
    for (row, (_, disposition)) in rows.iter().zip(dependencies) {
        let text = line(row);
        match color(*disposition) {
            Some(code) => writeln!(out, "{}", paint.wrap(code, &text))?,
            None => writeln!(out, "{text}")?,
        }
    }
    Ok(())
}

fn write_summary(
    out: &mut dyn Write,
    report: &Report,
    secrets: usize,
    dependencies: usize,
    pipeline: usize,
    policies: usize,
) -> std::io::Result<()> {
    let stats = &report.stats;
    let scanned = super::scanned_units(stats);
    // Only the kinds found: `pipeline` and `deps` look for no secrets, and "0 secrets"
    // led their summaries.
    let found: Vec<String> = [
        (secrets, "secret", "secrets"),
        (dependencies, "dependency change", "dependency changes"),
        (pipeline, "pipeline finding", "pipeline findings"),
        (policies, "policy change", "policy changes"),
    ]
    .into_iter()
    .filter(|(n, _, _)| *n > 0)
    .map(|(n, one, many)| super::counted(n as u64, one, many))
    .collect();
    if found.is_empty() {
        write!(out, "no findings")?;
    } else {
        write!(out, "{}", found.join(", "))?;
    }
    write!(
        out,
        " ({scanned}, {} scanned in {} ms",
        human_bytes(stats.bytes),
        stats.elapsed_ms
    )?;
    if !stats.skipped.is_empty() {
        write!(out, "; {} skipped, see --format json", stats.skipped.len())?;
    }
    writeln!(out, ")")
}

fn human_bytes(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["B", "KiB", "MiB", "GiB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes} B")
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}
