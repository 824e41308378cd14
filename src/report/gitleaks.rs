//! `--format gitleaks-json`: the secret findings as gitleaks' JSON report (an array of
//! gitleaks findings with its field names), so that scripts, dashboards and baselines made
//! for gitleaks read tollgate's output unchanged.
//!
//! tollgate records where a secret starts, not the whole regex match: `Match` holds the
//! secret as `Secret` does (both redacted unless `--no-redact`), and `EndLine` /
//! `EndColumn` are computed from the secret when it is shown, else equal the start.
//! `Fingerprint` is gitleaks' `[commit:]file:rule:line`, the form `.gitleaksignore` takes.
//! gitleaks has no dependency or pipeline findings; they are left out (`app::finish` says
//! how many on standard error).

use std::io::{self, Write};

use serde::Serialize;

use crate::finding::{Finding, Report, SecretFinding};
use crate::secrets::REDACTED_MARK;

/// One finding as gitleaks writes it (field names and order of gitleaks' report).
#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct GitleaksFinding<'a> {
    #[serde(rename = "RuleID")]
    rule_id: &'a str,
    description: &'a str,
    start_line: u32,
    end_line: u32,
    start_column: u32,
    end_column: u32,
    #[serde(rename = "Match")]
    matched: &'a str,
    secret: &'a str,
    file: &'a str,
    symlink_file: &'a str,
    commit: &'a str,
    entropy: f64,
    author: &'a str,
    email: &'a str,
    date: &'a str,
    message: &'a str,
    tags: [&'a str; 0],
    fingerprint: String,
}

pub fn write(out: &mut dyn Write, report: &Report) -> io::Result<()> {
    let findings: Vec<GitleaksFinding> = report
        .findings
        .iter()
        .filter_map(|f| match f {
            Finding::Secret(s) => Some(convert(s)),
            _ => None,
        })
        .collect();
    super::json::write_value(out, &findings)
}

fn convert(s: &SecretFinding) -> GitleaksFinding<'_> {
    let (author, email) = split_author(s.author.as_deref().unwrap_or_default());
    let (end_line, end_column) = end(s);
    let commit = s.commit.as_deref().unwrap_or_default();
    let fingerprint = if commit.is_empty() {
        format!("{}:{}:{}", s.file, s.rule, s.line)
    } else {
        format!("{commit}:{}:{}:{}", s.file, s.rule, s.line)
    };
    GitleaksFinding {
        rule_id: &s.rule,
        description: &s.description,
        start_line: s.line,
        end_line,
        start_column: s.column,
        end_column,
        matched: &s.secret,
        secret: &s.secret,
        file: &s.file,
        symlink_file: "",
        commit,
        entropy: s.entropy.unwrap_or_default(),
        author,
        email,
        date: s.date.as_deref().unwrap_or_default(),
        message: "",
        tags: [],
        fingerprint,
    }
}

/// The last line and column of the secret, when it is shown in full; the start otherwise
/// (a redacted secret's length is not known).
fn end(s: &SecretFinding) -> (u32, u32) {
    if s.secret.contains(REDACTED_MARK) || s.secret.is_empty() {
        return (s.line, s.column);
    }
    let lines: Vec<&str> = s.secret.split('\n').collect();
    let last = lines.last().map_or(0, |l| l.chars().count()) as u32;
    match lines.len() {
        1 => (s.line, s.column + last.saturating_sub(1)),
        n => (s.line + n as u32 - 1, last),
    }
}

/// `Name <email>` (how tollgate records a commit's author) as gitleaks' two fields.
fn split_author(author: &str) -> (&str, &str) {
    match author.strip_suffix('>').and_then(|a| a.rsplit_once(" <")) {
        Some((name, email)) => (name, email),
        None => (author, ""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn author_splits_into_name_and_email() {
        assert_eq!(
            split_author("Ada Lovelace <ada@example.org>"),
            ("Ada Lovelace", "ada@example.org")
        );
        assert_eq!(split_author("ada"), ("ada", ""));
    }
}
