//! Report writers: one module per format, all reading the same [`Report`].
//!
//! Reports never reach back into sources: everything they print is in the findings.
//! Secrets arrive already redacted (unless `--no-redact`), so no writer can leak one;
//! credentials in URLs (a lockfile's `resolved`, a registry in a verdict's detail) are
//! hidden here, before any writer sees the report; and every writer escapes what it
//! prints for its format (`escape`).

pub(crate) mod audit;
pub(crate) mod escape;
pub mod fuzzing;
pub mod github;
pub mod gitleaks;
pub mod json;
pub mod markdown;
pub mod sarif;
pub mod text;

use std::borrow::Cow;
use std::io::Write;

use lockfile_parsers::redact;

use crate::finding::{Finding, Report, Stats, Verdict};

/// The output formats of `--format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
    Sarif,
    Markdown,
    Github,
    /// gitleaks' JSON report (secrets only), for tools made for gitleaks.
    GitleaksJson,
}

/// What a writer needs besides the findings.
pub struct Context {
    /// What blocks (for verdict lines and levels).
    pub gate: crate::policy::Gate,
    /// Colour escapes allowed (text only).
    pub color: bool,
}

/// Writes `report` in `format`.
pub fn write(
    out: &mut dyn Write,
    format: Format,
    report: &Report,
    context: &Context,
) -> std::io::Result<()> {
    let report = &without_credentials(report);
    let decision = &context.gate.decide(report);
    match format {
        Format::Text => text::write(out, report, context, decision),
        Format::Json => json::write(out, report, decision),
        Format::Sarif => sarif::write(out, report, context),
        Format::Markdown => markdown::write(out, report, context),
        Format::Github => github::write(out, report, decision),
        Format::GitleaksJson => gitleaks::write(out, report),
    }
}

/// The report with the credentials of every URL in its strings hidden
/// (`https://user:***@host`); borrowed when there are none. The secret itself is left as
/// the scan made it (redacted unless `--no-redact`).
fn without_credentials(report: &Report) -> Cow<'_, Report> {
    let mut owned = report.clone();
    let mut changed = false;
    let mut hide = |s: &mut String| {
        if let Cow::Owned(shown) = redact::in_text(s) {
            *s = shown;
            changed = true;
        }
    };
    for finding in &mut owned.findings {
        match finding {
            Finding::Secret(s) => {
                hide(&mut s.file);
                s.author.iter_mut().for_each(&mut hide);
            }
            Finding::Dependency(d) => {
                hide(&mut d.name);
                hide(&mut d.lockfile);
                d.version.iter_mut().for_each(&mut hide);
                d.previous_version.iter_mut().for_each(&mut hide);
                d.specifier.iter_mut().for_each(&mut hide);
                d.introduced_by.iter_mut().for_each(&mut hide);
                for verdict in &mut d.checks {
                    match verdict {
                        Verdict::Malicious { summary, .. }
                        | Verdict::Vulnerable { summary, .. } => {
                            summary.iter_mut().for_each(&mut hide)
                        }
                        Verdict::Source {
                            previous,
                            current,
                            replaces,
                            ..
                        } => {
                            previous.iter_mut().for_each(&mut hide);
                            hide(current);
                            replaces.iter_mut().for_each(&mut hide);
                        }
                        Verdict::Integrity {
                            previous,
                            current,
                            resolved,
                            names,
                            ..
                        } => {
                            for value in [previous, current, resolved, names] {
                                value.iter_mut().for_each(&mut hide);
                            }
                        }
                        Verdict::Unknown { reason, detail, .. } => {
                            hide(reason);
                            detail.iter_mut().for_each(&mut hide);
                        }
                        Verdict::Typosquat { resembles, .. } => hide(resembles),
                        Verdict::RecentlyPublished { .. } | Verdict::InstallScript { .. } => {}
                    }
                }
            }
            Finding::Pipeline(p) => {
                hide(&mut p.file);
                hide(&mut p.message);
                p.before.iter_mut().for_each(&mut hide);
                p.after.iter_mut().for_each(&mut hide);
            }
            Finding::Policy(p) => {
                hide(&mut p.file);
                hide(&mut p.message);
                p.before.iter_mut().for_each(&mut hide);
                p.after.iter_mut().for_each(&mut hide);
            }
        }
    }
    for skipped in &mut owned.stats.skipped {
        hide(&mut skipped.path);
    }
    if changed {
        Cow::Owned(owned)
    } else {
        Cow::Borrowed(report)
    }
}

/// `1 file`, `3 files`.
pub(crate) fn counted(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// What a run read, as the text and Markdown summaries say it: `3 files`, or
/// `2 commits, 5 blobs` for history and pull requests.
pub(crate) fn scanned_units(stats: &Stats) -> String {
    if stats.commits > 0 {
        format!(
            "{}, {}",
            counted(stats.commits, "commit", "commits"),
            counted(stats.blobs, "blob", "blobs")
        )
    } else {
        counted(stats.files, "file", "files")
    }
}
