//! `--format markdown`: a summary fit for a pull-request comment or a GitHub job summary —
//! a verdict line, then blocking and warning findings in tables, then the remaining
//! dependency changes in a collapsed list.

use std::io::Write;

use crate::finding::{DependencyFinding, Finding, Report, Verdict};
use crate::policy::Disposition;
use crate::report::Context;
use crate::report::text::{flags, version_change};

/// Escapes text for a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

pub fn write(out: &mut dyn Write, report: &Report, context: &Context) -> std::io::Result<()> {
    let (mut blocking, mut warnings, mut info) = (Vec::new(), Vec::new(), Vec::new());
    for finding in &report.findings {
        match context.gate.disposition(finding) {
            Disposition::Blocks => blocking.push(finding),
            Disposition::Warns => warnings.push(finding),
            Disposition::Informs => info.push(finding),
        }
    }
    if blocking.is_empty() {
        writeln!(out, "### ✅ tollgate: passed")?;
    } else {
        writeln!(
            out,
            "### ❌ tollgate: {} blocking finding{}",
            blocking.len(),
            if blocking.len() == 1 { "" } else { "s" }
        )?;
    }
    writeln!(out)?;
    write_table(out, "Blocking", &blocking)?;
    write_table(out, "Warnings", &warnings)?;
    if !info.is_empty() {
        writeln!(
            out,
            "<details><summary>{} other dependency changes</summary>\n",
            info.len()
        )?;
        for finding in info {
            if let Finding::Dependency(d) = finding {
                writeln!(
                    out,
                    "- {} `{}` {} ({})",
                    d.ecosystem,
                    d.name,
                    version_change(d),
                    flags(d)
                )?;
            }
        }
        writeln!(out, "\n</details>")?;
    }
    let stats = &report.stats;
    let scanned = if stats.commits > 0 {
        format!("{} commits, {} blobs", stats.commits, stats.blobs)
    } else {
        format!("{} files", stats.files)
    };
    writeln!(
        out,
        "\n<sub>{scanned} scanned in {} ms</sub>",
        stats.elapsed_ms
    )
}

fn write_table(out: &mut dyn Write, title: &str, findings: &[&Finding]) -> std::io::Result<()> {
    let secrets: Vec<_> = findings
        .iter()
        .filter_map(|f| match f {
            Finding::Secret(s) => Some(s),
            Finding::Dependency(_) => None,
        })
        .collect();
    let dependencies: Vec<_> = findings
        .iter()
        .filter_map(|f| match f {
            Finding::Dependency(d) => Some(d),
            Finding::Secret(_) => None,
        })
        .collect();
    if !secrets.is_empty() {
        writeln!(out, "#### {title}: secrets\n")?;
        writeln!(
            out,
            "| rule | confidence | location | secret | commit |\n|---|---|---|---|---|"
        )?;
        for s in secrets {
            let commit = s
                .commit
                .as_deref()
                .map(|c| &c[..c.len().min(12)])
                .unwrap_or("");
            writeln!(
                out,
                "| {} | {} | `{}:{}` | `{}` | {} |",
                cell(&s.rule),
                s.confidence,
                cell(&s.file),
                s.line,
                cell(&s.secret),
                commit
            )?;
        }
        writeln!(out)?;
    }
    if !dependencies.is_empty() {
        writeln!(out, "#### {title}: dependencies\n")?;
        writeln!(
            out,
            "| ecosystem | package | version | reasons |\n|---|---|---|---|"
        )?;
        for d in dependencies {
            writeln!(
                out,
                "| {} | `{}` | {} | {} |",
                cell(&d.ecosystem),
                cell(&d.name),
                cell(&version_change(d)),
                cell(&reasons(d))
            )?;
        }
        writeln!(out)?;
    }
    Ok(())
}

/// Where a reader of a pull request can read an advisory (OSV's page for any id it holds).
const ADVISORY_PAGE: &str = "https://osv.dev/vulnerability/";

/// The reasons column: each check with its evidence, advisories as links.
fn reasons(d: &DependencyFinding) -> String {
    let mut parts = vec![d.change.as_str().to_string()];
    if d.direct {
        parts.push("direct".into());
    }
    for check in &d.checks {
        let mut text = check.kind().to_string();
        if let Some(id) = check.id() {
            text.push_str(&format!(" [{id}]({ADVISORY_PAGE}{id})"));
        }
        let extra: Vec<String> = match check {
            Verdict::Vulnerable {
                severity, fixed, ..
            } => [
                severity.map(|s| s.to_string()),
                fixed.as_ref().map(|v| format!("fixed in {v}")),
            ]
            .into_iter()
            .flatten()
            .collect(),
            Verdict::Typosquat { resembles, .. } => vec![format!("resembles `{resembles}`")],
            Verdict::RecentlyPublished { published } => vec![format!("published {published}")],
            _ => check.reason().map(str::to_string).into_iter().collect(),
        };
        if !extra.is_empty() {
            text.push_str(&format!(" ({})", extra.join(", ")));
        }
        parts.push(text);
    }
    if !d.fixed_advisories.is_empty() {
        parts.push(format!("fixes {}", d.fixed_advisories.join(" ")));
    }
    parts.join(", ")
}
