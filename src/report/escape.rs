//! Escaping of untrusted strings for each output: file and author names, package names
//! and versions, advisory ids and summaries, rule descriptions from custom rules. Any of
//! them can come from a pull request, so none may reach a terminal, a CI log or a
//! rendered comment as anything but text.
//!
//! - Terminal and log text ([`text`]): control characters (ESC and so ANSI and OSC 8
//!   sequences, CR, newlines, C1) and bidirectional overrides are shown as `\xNN` or
//!   `\u{NNNN}`, and `##[` — a GitHub workflow command wherever it stands on a line — as
//!   `#\x23[`. A line that would begin with `::` (a workflow command) is guarded by
//!   [`line_start`].
//! - GitHub annotations ([`github_property`], [`github_data`]): GitHub's own escaping
//!   (`%25`, `%0D`, `%0A`, and in properties `%3A`, `%2C`), so a file name with a
//!   newline still names its file; then [`text`] for what GitHub does not escape.
//! - Markdown ([`markdown_code`], [`markdown_text`]): code spans fenced by a backtick run
//!   longer than any inside, punctuation that Markdown or HTML would act on
//!   backslash-escaped, `|` escaped in tables; newlines are already gone by [`text`], so a
//!   name cannot start a heading or close the `<details>` block.
//! - JSON and SARIF are serialised (valid by construction); [`crate::report::json`] also
//!   writes these characters as `\u` escapes, which keeps the values exact.

use std::borrow::Cow;
use std::fmt::Write;

/// Whether `c` acts on a terminal or a log viewer instead of showing: every control
/// character (C0, DEL, C1) and the bidirectional embeddings, overrides and isolates
/// ("Trojan Source").
pub(crate) fn is_active(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `s` as plain text that shows as itself on a terminal and in a CI log.
pub(crate) fn text(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_active) && !s.contains("##[") {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if is_active(c) && (c as u32) < 0x100 => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if is_active(c) => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            '[' if out.ends_with("##") => {
                out.pop();
                out.push_str("\\x23[");
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// A line of text output that must not be read as a GitHub workflow command: GitHub
/// takes any line that begins with `::` (after white space) as one. Only untrusted text
/// can begin a line so (a file name), and its first `:` is then shown as `\x3a`.
pub(crate) fn line_start(line: &str) -> Cow<'_, str> {
    let trimmed = line.trim_start();
    if !trimmed.starts_with("::") {
        return Cow::Borrowed(line);
    }
    let indent = &line[..line.len() - trimmed.len()];
    Cow::Owned(format!("{indent}\\x3a{}", &trimmed[1..]))
}

/// A workflow-command message (after the second `::`).
pub(crate) fn github_data(s: &str) -> String {
    let escaped = s
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    text(&escaped).into_owned()
}

/// A workflow-command property value (`file=`, `title=`).
pub(crate) fn github_property(s: &str) -> String {
    github_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// ASCII punctuation that Markdown (CommonMark and GitHub's extensions) or HTML act on
/// inside a line: emphasis, code, links, autolinks and HTML, entities, tables,
/// strikethrough, math, headings and images. Every ASCII punctuation character may be
/// backslash-escaped, so escaping one more than needed is harmless.
const MARKDOWN_ACTIVE: &str = "\\`*_[]<>&|#!~$";

/// `s` as Markdown text that renders as itself (one line, no markup, no HTML).
pub(crate) fn markdown_text(s: &str) -> String {
    let plain = text(s);
    let mut out = String::with_capacity(plain.len() + 8);
    for c in plain.chars() {
        if MARKDOWN_ACTIVE.contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// `s` as a Markdown code span: fenced by one backtick more than the longest run inside
/// (CommonMark ends a code span only at a run of the same length), padded with spaces
/// when it begins or ends with a backtick or a space. `in_table`: `|` is escaped, which
/// GitHub's tables require even inside code spans (they split cells first).
pub(crate) fn markdown_code(s: &str, in_table: bool) -> String {
    let plain = text(s);
    let plain = if in_table {
        Cow::Owned(plain.replace('|', "\\|"))
    } else {
        plain
    };
    let mut longest = 0;
    let mut run = 0;
    for c in plain.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    let pad = if plain.starts_with(['`', ' ']) || plain.ends_with(['`', ' ']) || plain.is_empty() {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{plain}{pad}{fence}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_shows_control_characters_and_workflow_commands_as_escapes() {
        assert_eq!(text("plain/path.txt"), "plain/path.txt");
        assert_eq!(
            text("x\n::error title=t::boom"),
            "x\\n::error title=t::boom"
        );
        assert_eq!(
            text("\x1b]8;;https://e.invalid\x07link\x1b]8;;\x07\r"),
            "\\x1b]8;;https://e.invalid\\x07link\\x1b]8;;\\x07\\r"
        );
        assert_eq!(text("a\u{9b}31m\u{202e}b"), "a\\x9b31m\\u{202e}b");
        assert_eq!(text("x ##[error]y"), "x #\\x23[error]y");
        assert_eq!(text("###[x"), "##\\x23[x");
    }

    #[test]
    fn a_line_cannot_begin_a_workflow_command() {
        assert_eq!(line_start("::error::x:1:1"), "\\x3a:error::x:1:1");
        assert_eq!(line_start("  ::warning::x"), "  \\x3a:warning::x");
        assert_eq!(line_start("src/a.rs:1:2"), "src/a.rs:1:2");
    }

    #[test]
    fn github_properties_cannot_inject_commands() {
        assert_eq!(
            github_property("a,b:c\n::error%"),
            "a%2Cb%3Ac%0A%3A%3Aerror%25"
        );
        assert_eq!(github_data("x\r\n::y\x1b"), "x%0D%0A::y\\x1b");
    }

    #[test]
    fn markdown_code_spans_cannot_be_closed_from_inside() {
        assert_eq!(markdown_code("left-pad", false), "`left-pad`");
        assert_eq!(markdown_code("a`b", false), "``a`b``");
        assert_eq!(markdown_code("``x", false), "``` ``x ```");
        assert_eq!(markdown_code("a|b", true), "`a\\|b`");
        assert_eq!(markdown_code("a\n## passed", false), "`a\\n## passed`");
    }

    #[test]
    fn markdown_text_renders_no_markup() {
        assert_eq!(
            markdown_text("<details>&amp; [x](y) *b*"),
            "\\<details\\>\\&amp; \\[x\\](y) \\*b\\*"
        );
        assert_eq!(
            markdown_text("a\n### ✅ passed"),
            "a\\\\n\\#\\#\\# ✅ passed"
        );
    }
}
