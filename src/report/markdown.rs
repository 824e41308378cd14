//! `--format markdown`: a summary fit for a pull-request comment or a GitHub job summary —
//! a verdict line, then blocking and warning findings in tables (secrets, dependencies,
//! pipeline), then the remaining dependency changes and the pipeline notes for reviewers
//! in collapsed lists.

use std::io::Write;

use crate::finding::{DependencyFinding, Finding, Report, Verdict};
use crate::policy::Disposition;
use crate::report::Context;
use crate::report::escape::{markdown_code as code, markdown_text as cell};
use crate::report::text::{flags, version_change};

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
    let (notes, changes): (Vec<&Finding>, Vec<&Finding>) = info
        .into_iter()
        .partition(|f| matches!(f, Finding::Pipeline(_)));
    if !changes.is_empty() {
        writeln!(
            out,
            "<details><summary>{} other dependency changes</summary>\n",
            changes.len()
        )?;
        for finding in changes {
            if let Finding::Dependency(d) = finding {
                writeln!(
                    out,
                    "- {} {} {} ({})",
                    cell(&d.ecosystem),
                    code(&d.name, false),
                    cell(&version_change(d)),
                    cell(&flags(d))
                )?;
            }
        }
        writeln!(out, "\n</details>")?;
    }
    if !notes.is_empty() {
        writeln!(
            out,
            "<details><summary>{} pipeline note{} for reviewers</summary>\n",
            notes.len(),
            if notes.len() == 1 { "" } else { "s" }
        )?;
        for finding in notes {
            if let Finding::Pipeline(p) = finding {
                writeln!(
                    out,
                    "- {} `{}:{}`: {}",
                    p.check,
                    cell(&p.file),
                    p.line,
                    cell(&p.message)
                )?;
            }
        }
        writeln!(out, "\n</details>")?;
    }
    let stats = &report.stats;
    let scanned = super::scanned_units(stats);
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
            _ => None,
        })
        .collect();
    let dependencies: Vec<_> = findings
        .iter()
        .filter_map(|f| match f {
            Finding::Dependency(d) => Some(d),
            _ => None,
        })
        .collect();
    let pipeline: Vec<_> = findings
        .iter()
        .filter_map(|f| match f {
            Finding::Pipeline(p) => Some(p),
            _ => None,
        })
        .collect();
    let policies: Vec<_> = findings
        .iter()
        .filter_map(|f| match f {
            Finding::Policy(p) => Some(p),
            _ => None,
        })
        .collect();
    if !policies.is_empty() {
        writeln!(out, "#### {title}: policy changes\n")?;
        writeln!(out, "| file | before | after | |\n|---|---|---|---|")?;
        for p in policies {
            let lines = |text: &Option<String>| {
                text.as_deref().map_or_else(
                    || "—".to_string(),
                    |t| format!("`{}`", cell(t).replace('`', "'")),
                )
            };
            writeln!(
                out,
                "| `{}:{}` | {} | {} | {} |",
                cell(&p.file),
                p.line,
                lines(&p.before),
                lines(&p.after),
                if p.accepted {
                    "accepted".to_string()
                } else {
                    format!("accept with `--accept-policy-change={}`", cell(&p.digest))
                }
            )?;
        }
        writeln!(out)?;
    }
    if !secrets.is_empty() {
        writeln!(out, "#### {title}: secrets\n")?;
        writeln!(
            out,
            "| rule | confidence | location | secret | commit |\n|---|---|---|---|---|"
        )?;
        for s in secrets {
            let commit: String = s.commit.iter().flat_map(|c| c.chars().take(12)).collect();
            writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                cell(&s.rule),
                s.confidence,
                code(&format!("{}:{}", s.file, s.line), true),
                code(&s.secret, true),
                cell(&commit)
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
                "| {} | {} | {} | {} |",
                cell(&d.ecosystem),
                code(&d.name, true),
                cell(&version_change(d)),
                reasons(d)
            )?;
        }
        writeln!(out)?;
    }
    if !pipeline.is_empty() {
        writeln!(out, "#### {title}: pipeline\n")?;
        writeln!(
            out,
            "| check | location | finding | fix |\n|---|---|---|---|"
        )?;
        for p in pipeline {
            let mut finding = p.message.clone();
            if let Some(before) = &p.before {
                finding.push_str(&format!(" (was `{before}`)"));
            }
            writeln!(
                out,
                "| {} ({}) | `{}:{}` | {} | {} |",
                p.check,
                p.severity,
                cell(&p.file),
                p.line,
                cell(&finding),
                cell(&p.fix)
            )?;
        }
        writeln!(out)?;
    }
    Ok(())
}

/// Where a reader of a pull request can read an advisory (OSV's page for any id it holds).
const ADVISORY_PAGE: &str = "https://osv.dev/vulnerability/";

/// What an advisory id keeps unencoded in a link: RFC 3986's unreserved characters.
const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// The reasons column: each check with its evidence, advisories as links. Already
/// Markdown: every untrusted part is escaped here.
fn reasons(d: &DependencyFinding) -> String {
    let mut parts = vec![d.change.as_str().to_string()];
    if d.direct {
        parts.push("direct".into());
    }
    for check in &d.checks {
        let mut text = check.kind().to_string();
        if let Some(id) = check.id() {
            let target = percent_encoding::utf8_percent_encode(id, SEGMENT);
            text.push_str(&format!(" [{}]({ADVISORY_PAGE}{target})", cell(id)));
        }
        let extra: Vec<String> = match check {
            Verdict::Vulnerable {
                severity,
                fixed,
                fixed_note,
                ..
            } => [
                severity.map(|s| s.to_string()),
                fixed.as_ref().map(|v| format!("fixed in {v}")),
                fixed_note.clone(),
            ]
            .into_iter()
            .flatten()
            .map(|s| cell(&s))
            .collect(),
            Verdict::Typosquat { resembles, .. } => {
                vec![format!("resembles {}", code(resembles, true))]
            }
            Verdict::RecentlyPublished { published, source } => match source {
                Some(source) => vec![format!("published {published} (per {source})")],
                None => vec![format!("published {published}")],
            },
            _ => check.reason().map(cell).into_iter().collect(),
        };
        if !extra.is_empty() {
            text.push_str(&format!(" ({})", extra.join(", ")));
        }
        parts.push(text);
    }
    if !d.fixed_advisories.is_empty() {
        parts.push(cell(&format!("fixes {}", d.fixed_advisories.join(" "))));
    }
    parts.join(", ")
}
