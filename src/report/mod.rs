//! Report writers: one module per format, all reading the same [`Report`].
//!
//! Reports never reach back into sources: everything they print is in the findings.
//! Secrets arrive already redacted (unless `--no-redact`), so no writer can leak one.

pub mod github;
pub mod json;
pub mod markdown;
pub mod sarif;
pub mod text;

use std::io::Write;

use crate::finding::Report;

/// The output formats of `--format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
    Sarif,
    Markdown,
    Github,
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
    match format {
        Format::Text => text::write(out, report, context),
        Format::Json => json::write(out, report),
        Format::Sarif => sarif::write(out, report, context),
        Format::Markdown => markdown::write(out, report, context),
        Format::Github => github::write(out, report, context),
    }
}
