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

use crate::finding::Report;
use crate::report::escape::is_active;

pub fn write(out: &mut dyn Write, report: &Report) -> io::Result<()> {
    write_value(out, report)
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
