//! `--format github`: GitHub workflow commands, so findings show inline on a pull request.
//!
//! Blocking findings are `::error`, the rest `::warning` (pipeline findings at level
//! `info` are `::notice`). A dependency change that no check objects to is not
//! annotated (a large lock refresh would bury the few that matter); a flagged one is
//! annotated at its entry's line in the lockfile. Property values and messages are
//! escaped as the workflow-command format requires (`%`, CR, LF, and in properties `:`
//! and `,`), so a file name cannot inject another command; other control characters are
//! shown as escapes (`report::escape`).

use std::io::Write;

use crate::finding::{Finding, Report};
use crate::policy::{Decision, Disposition};
use crate::report::escape::{github_data as escape_data, github_property as escape_property};
use crate::report::text::{flags, version_change};

pub fn write(out: &mut dyn Write, report: &Report, decision: &Decision) -> std::io::Result<()> {
    for (finding, &disposition) in report.findings.iter().zip(&decision.dispositions) {
        if disposition == Disposition::Informs && matches!(finding, Finding::Dependency(_)) {
            continue;
        }
        let command = match disposition {
            Disposition::Blocks => "error",
            // A pipeline finding at level `info` is a note for reviewers.
            Disposition::Informs if matches!(finding, Finding::Pipeline(_)) => "notice",
            Disposition::Warns | Disposition::Informs => "warning",
        };
        match finding {
            // Inside an archive the line is in a file GitHub cannot show: the annotation
            // goes on the archive, and the inner file and line into the message.
            Finding::Secret(s) if s.archive.is_some() => writeln!(
                out,
                "::{command} file={},title={}::{}",
                escape_property(s.archive.as_deref().unwrap_or_default()),
                escape_property(&format!("tollgate {}", s.rule)),
                escape_data(&format!(
                    "{} ({}, {} confidence) in {}:{}",
                    s.description, s.secret, s.confidence, s.file, s.line
                )),
            )?,
            Finding::Secret(s) => writeln!(
                out,
                "::{command} file={},line={},col={},title={}::{}",
                escape_property(&s.file),
                s.line,
                s.column,
                escape_property(&format!("tollgate {}", s.rule)),
                escape_data(&format!(
                    "{} ({}, {} confidence)",
                    s.description, s.secret, s.confidence
                )),
            )?,
            Finding::Dependency(d) => writeln!(
                out,
                "::{command} file={},line={},title={}::{}",
                escape_property(&d.lockfile),
                d.line.unwrap_or(1),
                escape_property(&format!("tollgate {} {}", d.ecosystem, d.name)),
                escape_data(&format!("{} {} ({})", d.name, version_change(d), flags(d))),
            )?,
            Finding::Pipeline(p) => writeln!(
                out,
                "::{command} file={},line={},col={},title={}::{}",
                escape_property(&p.file),
                p.line,
                p.column,
                escape_property(&format!("tollgate {}", p.check)),
                escape_data(&format!("{} (fix: {})", p.message, p.fix)),
            )?,
            Finding::Policy(p) => writeln!(
                out,
                "::{command} file={},line={},title={}::{}",
                escape_property(&p.file),
                p.line,
                escape_property(&format!("tollgate {}", p.check)),
                escape_data(&p.message),
            )?,
        }
    }
    Ok(())
}
