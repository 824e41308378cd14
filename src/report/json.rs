//! `--format json`: the report object exactly as DESIGN.md specifies it.

use std::io::Write;

use crate::finding::Report;

pub fn write(out: &mut dyn Write, report: &Report) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, report)?;
    writeln!(out)
}
