//! Suppressions that survive change: the `.tollgateignore` file, gitleaks' `.gitleaksignore`,
//! and baselines.
//!
//! Both tollgate formats list fingerprints (a memory-hard hash of rule and secret under
//! the repository's salt, see `secrets::fingerprint`), so a suppression follows the secret
//! through moves, rebases and reformatting, and a new secret on a suppressed line is
//! still reported. Entries in the legacy form (32 hexadecimal digits: a fast hash with a
//! public key) still match, through the finding's identity, until `tollgate baseline`
//! rewrites them ([`migrate_ignore_file`]).
//! `.gitleaksignore` entries are `[commit:]file:rule:line` and are matched as such, because
//! that is what teams migrating from gitleaks already have; so is a gitleaks JSON report
//! given as the baseline (gitleaks' `--baseline-path`), entry by entry. gitleaks' rule ids
//! in both match the tollgate rules they stand for (`secrets::gitleaks::names_rule`).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::finding::SecretFinding;
pub(crate) use crate::policy::files::IGNORE_FILE;
use crate::policy::files::{PolicyFiles, Role};
use crate::secrets::fingerprint::{is_fingerprint, is_legacy};
use crate::secrets::gitleaks;
/// The baseline file name `tollgate baseline` writes by default.
pub(crate) const DEFAULT_BASELINE: &str = ".tollgate-baseline";

#[derive(Debug, thiserror::Error)]
pub(crate) enum SuppressError {
    #[error("{0}")]
    NotText(String),
    #[error("{}:{line}: {message}", file.display())]
    Syntax {
        file: PathBuf,
        line: usize,
        message: String,
    },
}

/// A gitleaks ignore entry (or one finding of a gitleaks report).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct GitleaksEntry {
    commit: Option<String>,
    file: String,
    rule: String,
    line: u32,
}

/// Where a gitleaks entry applies: (commit, file, line); the rules it names are the value.
type GitleaksPlace = (Option<String>, String, u32);

/// Everything that suppresses a secret finding.
#[derive(Debug, Default)]
pub(crate) struct Suppressions {
    fingerprints: HashSet<String>,
    /// Entries in the legacy form, matched against a finding's identity.
    legacy: HashSet<String>,
    /// `.gitleaksignore` entries.
    gitleaks: GitleaksEntries,
    /// The baseline's entries (either form), kept apart so that the decision line can
    /// count baselined findings separately from ignored ones.
    baseline: HashSet<String>,
    /// A gitleaks JSON report used as the baseline.
    gitleaks_baseline: GitleaksEntries,
}

/// gitleaks entries by the place they apply to; the rules each names are the value.
type GitleaksEntries = HashMap<GitleaksPlace, Vec<String>>;

/// Why a finding is suppressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Suppression {
    /// An ignore file (`.tollgateignore`, `.gitleaksignore`) lists it.
    Ignored,
    /// The baseline lists it.
    Baselined,
}

impl Suppressions {
    /// The suppressions of `.tollgateignore`, `.gitleaksignore` and the baseline among
    /// `files`.
    pub fn from_files(files: &PolicyFiles) -> Result<Self, SuppressError> {
        let mut suppressions = Suppressions::default();
        let text = |role| -> Result<Option<(&Path, &str)>, SuppressError> {
            files
                .get(role)
                .map(|f| Ok((f.name.as_path(), f.text().map_err(SuppressError::NotText)?)))
                .transpose()
        };
        if let Some((name, text)) = text(Role::Ignore)? {
            suppressions.add(parse_ignore_file(name, text)?);
        }
        if let Some((name, text)) = text(Role::GitleaksIgnore)? {
            add_gitleaks(
                &mut suppressions.gitleaks,
                parse_gitleaks_ignore(name, text)?,
            );
        }
        if let Some((name, text)) = text(Role::Baseline)? {
            if is_gitleaks_report(text) {
                add_gitleaks(
                    &mut suppressions.gitleaks_baseline,
                    parse_gitleaks_report(name, text)?,
                );
            } else {
                suppressions.baseline.extend(parse_baseline(name, text)?);
            }
        }
        Ok(suppressions)
    }

    fn add(&mut self, entries: Vec<String>) {
        for entry in entries {
            if is_legacy(&entry) {
                self.legacy.insert(entry);
            } else {
                self.fingerprints.insert(entry);
            }
        }
    }

    /// Why a finding is suppressed, if it is: an ignore file before the baseline.
    pub(crate) fn suppression(&self, finding: &SecretFinding) -> Option<Suppression> {
        let has_identity = !finding.identity.is_empty();
        if self.fingerprints.contains(&finding.fingerprint)
            || (has_identity && self.legacy.contains(&finding.identity))
            || gitleaks_names(&self.gitleaks, finding)
        {
            return Some(Suppression::Ignored);
        }
        if self.baseline.contains(&finding.fingerprint)
            || (has_identity && self.baseline.contains(&finding.identity))
            || gitleaks_names(&self.gitleaks_baseline, finding)
        {
            return Some(Suppression::Baselined);
        }
        None
    }
}

fn add_gitleaks(entries: &mut GitleaksEntries, parsed: Vec<GitleaksEntry>) {
    for entry in parsed {
        entries
            .entry((entry.commit, entry.file, entry.line))
            .or_default()
            .push(entry.rule);
    }
}

/// Whether a gitleaks entry names this finding's place (with or without its commit) and
/// a gitleaks rule id that stands for its rule.
fn gitleaks_names(entries: &GitleaksEntries, finding: &SecretFinding) -> bool {
    if entries.is_empty() {
        return false;
    }
    let names = |place: GitleaksPlace| {
        entries.get(&place).is_some_and(|rules| {
            rules
                .iter()
                .any(|rule| gitleaks::names_rule(rule, &finding.rule))
        })
    };
    names((None, finding.file.clone(), finding.line))
        || finding
            .commit
            .as_ref()
            .is_some_and(|commit| names((Some(commit.clone()), finding.file.clone(), finding.line)))
}

/// A fingerprint in either form.
fn is_entry(word: &str) -> bool {
    is_fingerprint(word) || is_legacy(word)
}

/// What an entry that is not a fingerprint is told.
const NOT_A_FINGERPRINT: &str = "expected a fingerprint (40 hexadecimal digits, or 32 in the legacy form) at the start of the line";

fn content_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line.trim()))
        .filter(|(_, line)| !line.is_empty() && !line.starts_with('#'))
}

/// `.tollgateignore`: `<fingerprint> <reason>` per line; the reason is required so that a
/// suppression says why it exists when someone reviews it later.
pub(crate) fn parse_ignore_file(file: &Path, text: &str) -> Result<Vec<String>, SuppressError> {
    content_lines(text)
        .map(|(line, content)| {
            let syntax = |message: &str| SuppressError::Syntax {
                file: file.to_path_buf(),
                line,
                message: message.to_string(),
            };
            let (fingerprint, reason) = content
                .split_once(char::is_whitespace)
                .unwrap_or((content, ""));
            if !is_entry(fingerprint) {
                return Err(syntax(NOT_A_FINGERPRINT));
            }
            if reason.trim().is_empty() {
                return Err(syntax(
                    "an ignore entry needs a reason after the fingerprint",
                ));
            }
            Ok(fingerprint.to_ascii_lowercase())
        })
        .collect()
}

fn parse_gitleaks_ignore(file: &Path, text: &str) -> Result<Vec<GitleaksEntry>, SuppressError> {
    content_lines(text)
        .map(|(line, content)| {
            // The file may contain colons (Windows drives, odd names); rule and line are the
            // last two fields, an optional 40-hex commit the first.
            let mut parts: Vec<&str> = content.rsplitn(3, ':').collect();
            parts.reverse();
            let bad = || SuppressError::Syntax {
                file: file.to_path_buf(),
                line,
                message: "expected `file:rule:line` or `commit:file:rule:line`".into(),
            };
            let [head, rule, number] = parts[..] else {
                return Err(bad());
            };
            let number: u32 = number.parse().map_err(|_| bad())?;
            let (commit, path) = match head.split_once(':') {
                Some((commit, path))
                    if commit.len() == 40 && commit.bytes().all(|b| b.is_ascii_hexdigit()) =>
                {
                    (Some(commit.to_string()), path)
                }
                _ => (None, head),
            };
            Ok(GitleaksEntry {
                commit,
                file: path.to_string(),
                rule: rule.to_string(),
                line: number,
            })
        })
        .collect()
}

/// Whether a baseline is a gitleaks JSON report (an array) rather than tollgate's
/// fingerprint list (whose lines start with a fingerprint or `#`).
fn is_gitleaks_report(text: &str) -> bool {
    text.trim_start().starts_with('[')
}

/// One finding of a gitleaks JSON report: the fields that place it. gitleaks itself
/// compares every field; the rule, file, line and commit are what `.gitleaksignore`
/// compares too, and what tollgate's findings have (a redacted `Secret` is not
/// comparable, and commit messages and end columns are not reported).
#[derive(serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
struct GitleaksReportFinding {
    #[serde(rename = "RuleID")]
    rule_id: String,
    file: String,
    start_line: u32,
    #[serde(default)]
    commit: String,
}

/// A gitleaks JSON report (`gitleaks --report-format json`, or tollgate's
/// `--format gitleaks-json`) as suppression entries.
fn parse_gitleaks_report(file: &Path, text: &str) -> Result<Vec<GitleaksEntry>, SuppressError> {
    let findings: Vec<GitleaksReportFinding> =
        serde_json::from_str(text).map_err(|e| SuppressError::Syntax {
            file: file.to_path_buf(),
            line: e.line(),
            message: format!(
                "read as a gitleaks JSON report (it starts with `[`), but: {e}; a baseline is \
                 that, or a file written by `tollgate baseline`"
            ),
        })?;
    Ok(findings
        .into_iter()
        .map(|f| GitleaksEntry {
            commit: (!f.commit.is_empty()).then_some(f.commit),
            file: f.file,
            rule: f.rule_id,
            line: f.start_line,
        })
        .collect())
}

/// A baseline: `<fingerprint> <rule>` per line (the rule is informational).
pub(crate) fn parse_baseline(file: &Path, text: &str) -> Result<Vec<String>, SuppressError> {
    content_lines(text)
        .map(|(line, content)| {
            let fingerprint = content.split_whitespace().next().unwrap_or_default();
            if is_entry(fingerprint) {
                Ok(fingerprint.to_ascii_lowercase())
            } else {
                Err(SuppressError::Syntax {
                    file: file.to_path_buf(),
                    line,
                    message: NOT_A_FINGERPRINT.into(),
                })
            }
        })
        .collect()
}

/// Renders a baseline: sorted, one fingerprint a line, so that two branches adding
/// entries merge cleanly with git's union merge (which `tollgate baseline` configures).
pub(crate) fn render_baseline<'a>(findings: impl IntoIterator<Item = &'a SecretFinding>) -> String {
    let entries: BTreeMap<&str, &str> = findings
        .into_iter()
        .map(|f| (f.fingerprint.as_str(), f.rule.as_str()))
        .collect();
    let mut out = String::from(
        "# tollgate baseline: secrets known when it was written; only new ones fail.\n",
    );
    for (fingerprint, rule) in entries {
        out.push_str(fingerprint);
        out.push(' ');
        out.push_str(rule);
        out.push('\n');
    }
    out
}

/// What [`migrate_ignore_file`] did.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Migration {
    /// Legacy entries rewritten in the current form.
    pub migrated: usize,
    /// Legacy entries that match no finding of the scan, left as they are (they still
    /// match, through the identity).
    pub left: usize,
}

/// Rewrites the legacy entries of an ignore file whose secret `findings` hold in the
/// current form, keeping every other byte of each line (reasons, comments, order).
pub(crate) fn migrate_ignore_file(text: &str, findings: &[SecretFinding]) -> (String, Migration) {
    let current: HashMap<&str, &str> = findings
        .iter()
        .map(|f| (f.identity.as_str(), f.fingerprint.as_str()))
        .collect();
    let mut migration = Migration::default();
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let word = trimmed
            .split(char::is_whitespace)
            .next()
            .unwrap_or_default();
        if trimmed.starts_with('#') || !is_legacy(word) {
            out.push_str(line);
            continue;
        }
        match current.get(word.to_ascii_lowercase().as_str()) {
            Some(fingerprint) => {
                let indent = &line[..line.len() - trimmed.len()];
                out.push_str(indent);
                out.push_str(fingerprint);
                out.push_str(&trimmed[word.len()..]);
                migration.migrated += 1;
            }
            None => {
                out.push_str(line);
                migration.left += 1;
            }
        }
    }
    (out, migration)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(fingerprint: &str, file: &str, line: u32) -> SecretFinding {
        SecretFinding {
            rule: "github-pat".into(),
            description: String::new(),
            severity: crate::finding::Severity::High,
            file: file.into(),
            line,
            column: 1,
            commit: None,
            author: None,
            date: None,
            secret: String::new(),
            fingerprint: fingerprint.into(),
            entropy: None,
            validation: None,
            confidence: crate::secrets::Confidence::High,
            identity: String::new(),
            archive: None,
            layer: None,
            removed_in_layer: None,
        }
    }

    const FP: &str = "0123456789abcdef0123456789abcdef";

    #[test]
    fn ignore_entry_without_reason_is_an_error_with_line() {
        let error =
            parse_ignore_file(Path::new(".tollgateignore"), &format!("# c\n{FP}\n")).unwrap_err();
        assert_eq!(
            error.to_string(),
            ".tollgateignore:2: an ignore entry needs a reason after the fingerprint"
        );
        assert_eq!(
            parse_ignore_file(Path::new("x"), &format!("{FP} test fixture\n")).unwrap(),
            [FP]
        );
    }

    #[test]
    fn gitleaks_entries_match_file_rule_and_line() {
        let entries = parse_gitleaks_ignore(Path::new("g"), "src/a.py:github-pat:3\n").unwrap();
        let mut suppressions = Suppressions::default();
        add_gitleaks(&mut suppressions.gitleaks, entries);
        assert!(
            suppressions
                .suppression(&finding("ff", "src/a.py", 3))
                .is_some()
        );
        assert!(
            suppressions
                .suppression(&finding("ff", "src/a.py", 4))
                .is_none()
        );
    }

    #[test]
    fn gitleaks_rule_ids_match_their_tollgate_counterparts() {
        let entries =
            parse_gitleaks_ignore(Path::new("g"), "src/a.py:aws-access-token:3\n").unwrap();
        let mut suppressions = Suppressions::default();
        add_gitleaks(&mut suppressions.gitleaks, entries);
        let mut aws = finding("ff", "src/a.py", 3);
        aws.rule = "aws-access-key-id".into();
        assert!(suppressions.suppression(&aws).is_some());
        // The entry names AWS keys, not every secret on that line.
        assert!(
            suppressions
                .suppression(&finding("ff", "src/a.py", 3))
                .is_none()
        );
    }

    #[test]
    fn a_gitleaks_report_is_read_with_its_commits() {
        let report = r#"[{"RuleID": "github-pat", "File": "a.py", "StartLine": 2, "Commit": "c0ffee", "Secret": "REDACTED"},
                         {"RuleID": "github-pat", "File": "b.py", "StartLine": 5, "Commit": ""}]"#;
        assert!(is_gitleaks_report(report));
        let entries = parse_gitleaks_report(Path::new("r.json"), report).unwrap();
        assert_eq!(entries[0].commit.as_deref(), Some("c0ffee"));
        assert_eq!(entries[1].commit, None);
        let error = parse_gitleaks_report(Path::new("r.json"), "[{\"File\": 3}]").unwrap_err();
        assert!(error.to_string().starts_with("r.json:1: "), "{error}");
    }

    #[test]
    fn a_gitleaks_report_as_the_baseline_counts_as_baselined_not_ignored() {
        let report = r#"[{"RuleID": "github-pat", "File": "a.py", "StartLine": 2, "Commit": ""}]"#;
        let mut suppressions = Suppressions::default();
        add_gitleaks(
            &mut suppressions.gitleaks_baseline,
            parse_gitleaks_report(Path::new("r.json"), report).unwrap(),
        );
        assert_eq!(
            suppressions.suppression(&finding("ff", "a.py", 2)),
            Some(Suppression::Baselined)
        );
    }

    #[test]
    fn legacy_entries_match_by_identity_and_migrate_with_their_reasons() {
        let legacy = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        let new = "0123456789abcdef0123456789abcdef01234567";
        let mut found = finding(new, "a.py", 1);
        found.identity = legacy.into();
        let mut suppressions = Suppressions::default();
        suppressions.add(vec![legacy.into()]);
        assert!(suppressions.suppression(&found).is_some());

        let other = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
        let text = format!("# header\n{legacy} test fixture\n{other} gone\n");
        let (out, migration) = migrate_ignore_file(&text, &[found]);
        assert_eq!(out, format!("# header\n{new} test fixture\n{other} gone\n"));
        assert_eq!(
            migration,
            Migration {
                migrated: 1,
                left: 1
            }
        );
        assert_eq!(
            parse_ignore_file(Path::new("x"), &out).unwrap(),
            [new.to_string(), other.to_string()]
        );
    }

    #[test]
    fn baseline_is_sorted_and_deduplicated() {
        let b = "ffffffffffffffffffffffffffffffff";
        let text = render_baseline(&[finding(b, "x", 1), finding(FP, "y", 2), finding(b, "z", 3)]);
        let lines: Vec<&str> = text.lines().skip(1).collect();
        assert_eq!(
            lines,
            [format!("{FP} github-pat"), format!("{b} github-pat")]
        );
        assert_eq!(parse_baseline(Path::new("b"), &text).unwrap(), [FP, b]);
    }
}
