//! `--format json`: the report object exactly as DESIGN.md specifies it.
//!
//! JSON is valid by construction (serde_json). On top of JSON's own escapes, characters
//! that act on a terminal or a CI log when the report is printed there — DEL, C1
//! controls, bidirectional overrides, and the `#` that would make `##[` a GitHub workflow
//! command — are written as `\u` escapes, so the values stay exact and the text stays
//! inert. SARIF is written the same way.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter};

use crate::finding::{Finding, Report, Stats};
use crate::policy::{Decision, Disposition};
use crate::report::escape::is_active;

pub fn write(out: &mut dyn Write, report: &Report, decision: &Decision) -> io::Result<()> {
    let findings = report
        .findings
        .iter()
        .zip(&decision.dispositions)
        .map(|(finding, disposition)| Judged {
            finding,
            blocking: *disposition == Disposition::Blocks,
        })
        .collect();
    let hidden = report.hidden;
    let decision = Outcome {
        outcome: if decision.blocks() {
            "blocked"
        } else {
            "passed"
        },
        blocking: decision.blocking,
        blocking_kinds: decision
            .blocking_kinds
            .iter()
            .map(|(kind, count)| (kind.to_string(), (*count).into()))
            .collect(),
        warnings: decision.warnings,
        suppressed: hidden.suppressed,
        baselined: hidden.baselined,
        allowed_advisories: hidden.allowed_advisories,
    };
    write_value(
        out,
        &Document {
            version: report.version,
            decision,
            findings,
            stats: &report.stats,
        },
    )
}

/// The report as DESIGN.md's schema has it, with the policy's decision: a top-level
/// `decision` and a `blocking` flag on each finding.
#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    decision: Outcome,
    findings: Vec<Judged<'a>>,
    stats: &'a Stats,
}

#[derive(Serialize)]
struct Outcome {
    /// `blocked` or `passed`, as the exit code says (1 or 0).
    outcome: &'static str,
    blocking: usize,
    /// The blocking findings by what they are (`secret`, `malicious package`, ...).
    blocking_kinds: serde_json::Map<String, serde_json::Value>,
    warnings: usize,
    suppressed: usize,
    baselined: usize,
    allowed_advisories: usize,
}

#[derive(Serialize)]
struct Judged<'a> {
    #[serde(flatten)]
    finding: &'a Finding,
    blocking: bool,
}

/// Writes `value` as pretty JSON with the inert string escapes above, then a newline.
pub(crate) fn write_value(out: &mut dyn Write, value: &impl Serialize) -> io::Result<()> {
    let mut serializer =
        serde_json::Serializer::with_formatter(&mut *out, Inert(PrettyFormatter::new()));
    value.serialize(&mut serializer)?;
    writeln!(out)
}

/// serde_json's pretty formatter, with string contents escaped further.
struct Inert<'a>(PrettyFormatter<'a>);

impl Formatter for Inert<'_> {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        // serde_json escapes C0 controls itself and hands over the runs between them;
        // two fragments are never adjacent without such an escape, so `##[` cannot
        // straddle them.
        let mut start = 0;
        for (i, c) in fragment.char_indices() {
            let workflow = c == '#'
                && fragment[i..].starts_with("#[")
                && i > 0
                && fragment[..i].ends_with('#');
            if is_active(c) || workflow {
                writer.write_all(&fragment.as_bytes()[start..i])?;
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    write!(writer, "\\u{unit:04x}")?;
                }
                start = i + c.len_utf8();
            }
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }

    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_exact_and_inert() {
        let value = serde_json::json!({"name": "a\u{9b}b\u{202e}c ##[error]x\u{1b}\n"});
        let mut out = Vec::new();
        write_value(&mut out, &value).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(!text.contains("##["), "{text}");
        assert!(!text.chars().any(|c| is_active(c) && c != '\n'), "{text}");
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, value);
    }
}
