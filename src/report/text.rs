//! `--format text`: one line per finding for people at a terminal.
//!
//! Secrets as `file:line:col rule description secret`, dependencies as a compact table
//! (ecosystem, package, old → new, flags). Colour only when writing to a terminal and
//! `NO_COLOR` is unset.

use std::io::Write;

use crate::finding::{DependencyFinding, Finding, Report, SecretFinding, Verdict};
use crate::policy::Disposition;
use crate::report::Context;

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

pub fn write(out: &mut dyn Write, report: &Report, context: &Context) -> std::io::Result<()> {
    let paint = Paint { on: context.color };
    let mut secrets: Vec<(&SecretFinding, Disposition)> = Vec::new();
    let mut dependencies: Vec<(&DependencyFinding, Disposition)> = Vec::new();
    for finding in &report.findings {
        let disposition = context.gate.disposition(finding);
        match finding {
            Finding::Secret(s) => secrets.push((s, disposition)),
            Finding::Dependency(d) => dependencies.push((d, disposition)),
        }
    }
    for (secret, disposition) in &secrets {
        write_secret(out, secret, *disposition, &paint)?;
    }
    if !dependencies.is_empty() {
        if !secrets.is_empty() {
            writeln!(out)?;
        }
        write_dependency_table(out, &dependencies, &paint)?;
    }
    write_summary(out, report, secrets.len(), dependencies.len())
}

fn write_secret(
    out: &mut dyn Write,
    secret: &SecretFinding,
    disposition: Disposition,
    paint: &Paint,
) -> std::io::Result<()> {
    let location = format!("{}:{}:{}", secret.file, secret.line, secret.column);
    let severity_color = color(disposition).unwrap_or("33");
    write!(
        out,
        "{} {} {} {} [{} confidence]",
        paint.wrap("1", &location),
        paint.wrap(severity_color, &secret.rule),
        secret.description,
        paint.wrap("2", &secret.secret),
        secret.confidence
    )?;
    if let Some(commit) = &secret.commit {
        let short = &commit[..commit.len().min(12)];
        write!(out, " (commit {short}")?;
        if let Some(author) = &secret.author {
            write!(out, " by {author}")?;
        }
        write!(out, ")")?;
    }
    writeln!(out)
}

/// A dependency's version change as `old → new`, or just the side that exists.
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
/// reason), and the advisories the change fixes.
pub fn flags(d: &DependencyFinding) -> String {
    let mut flags = vec![d.change.as_str().to_string()];
    if d.direct {
        flags.push("direct".into());
    }
    flags.extend(d.checks.iter().map(|verdict| {
        let detail = verdict.id().or(verdict.reason()).or(match verdict {
            Verdict::Typosquat { resembles, .. } => Some(resembles.as_str()),
            _ => None,
        });
        match detail {
            Some(detail) => format!("{} {detail}", verdict.kind()),
            None => verdict.kind().to_string(),
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
    let rows: Vec<[String; 4]> = dependencies
        .iter()
        .map(|(d, _)| {
            [
                d.ecosystem.clone(),
                d.name.clone(),
                version_change(d),
                flags(d),
            ]
        })
        .collect();
    let header = ["ecosystem", "package", "version", "flags"].map(String::from);
    let mut widths = [0usize; 4];
    for row in std::iter::once(&header).chain(&rows) {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let line = |row: &[String; 4]| {
        let cells: Vec<String> = row
            .iter()
            .zip(widths)
            .map(|(cell, width)| format!("{cell:<width$}"))
            .collect();
        cells.join("  ").trim_end().to_string()
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
) -> std::io::Result<()> {
    let stats = &report.stats;
    let mut scanned = format!("{} files", stats.files);
    if stats.commits > 0 {
        scanned = format!("{} commits, {} blobs", stats.commits, stats.blobs);
    }
    write!(
        out,
        "{} secret{}",
        secrets,
        if secrets == 1 { "" } else { "s" }
    )?;
    if dependencies > 0 {
        write!(
            out,
            ", {dependencies} dependency change{}",
            if dependencies == 1 { "" } else { "s" }
        )?;
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
