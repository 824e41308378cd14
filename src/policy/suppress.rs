//! Suppressions that survive change: the `.tollgateignore` file, gitleaks' `.gitleaksignore`,
//! and baselines.
//!
//! Both tollgate formats list fingerprints (a keyed hash of rule and secret, see
//! `secrets::fingerprint`), so a suppression follows the secret through moves, rebases and
//! reformatting, and a new secret on a suppressed line is still reported.
//! `.gitleaksignore` entries are `[commit:]file:rule:line` and are matched as such, because
//! that is what teams migrating from gitleaks already have.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use crate::finding::SecretFinding;

/// The ignore file tollgate reads from the scan root.
pub(crate) const IGNORE_FILE: &str = ".tollgateignore";
/// gitleaks' ignore file, read for migrating teams.
pub(crate) const GITLEAKS_IGNORE_FILE: &str = ".gitleaksignore";
/// The baseline file name `tollgate baseline` writes by default.
pub(crate) const DEFAULT_BASELINE: &str = ".tollgate-baseline";

#[derive(Debug, thiserror::Error)]
pub(crate) enum SuppressError {
    #[error("{file}: cannot read: {source}")]
    Read {
        file: PathBuf,
        source: std::io::Error,
    },
    #[error("{file}:{line}: {message}")]
    Syntax {
        file: PathBuf,
        line: usize,
        message: String,
    },
}

/// A gitleaks ignore entry.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct GitleaksEntry {
    commit: Option<String>,
    file: String,
    rule: String,
    line: u32,
}

/// Everything that suppresses a secret finding.
#[derive(Debug, Default)]
pub(crate) struct Suppressions {
    fingerprints: HashSet<String>,
    gitleaks: HashSet<GitleaksEntry>,
}

impl Suppressions {
    /// Reads `.tollgateignore` and `.gitleaksignore` from `root` if they exist, and the
    /// given baseline if any.
    pub fn load(root: &Path, baseline: Option<&Path>) -> Result<Self, SuppressError> {
        let mut suppressions = Suppressions::default();
        let ignore = root.join(IGNORE_FILE);
        if let Some(text) = read_optional(&ignore)? {
            suppressions
                .fingerprints
                .extend(parse_ignore_file(&ignore, &text)?);
        }
        let gitleaks = root.join(GITLEAKS_IGNORE_FILE);
        if let Some(text) = read_optional(&gitleaks)? {
            suppressions
                .gitleaks
                .extend(parse_gitleaks_ignore(&gitleaks, &text)?);
        }
        if let Some(baseline) = baseline {
            let text = std::fs::read_to_string(baseline).map_err(|source| SuppressError::Read {
                file: baseline.to_path_buf(),
                source,
            })?;
            suppressions
                .fingerprints
                .extend(parse_baseline(baseline, &text)?);
        }
        Ok(suppressions)
    }

    /// Whether a finding is suppressed.
    pub(crate) fn suppresses(&self, finding: &SecretFinding) -> bool {
        if self.fingerprints.contains(&finding.fingerprint) {
            return true;
        }
        if self.gitleaks.is_empty() {
            return false;
        }
        let entry = GitleaksEntry {
            commit: None,
            file: finding.file.clone(),
            rule: finding.rule.clone(),
            line: finding.line,
        };
        self.gitleaks.contains(&entry)
            || finding.commit.as_ref().is_some_and(|commit| {
                self.gitleaks.contains(&GitleaksEntry {
                    commit: Some(commit.clone()),
                    ..entry
                })
            })
    }
}

fn read_optional(path: &Path) -> Result<Option<String>, SuppressError> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(SuppressError::Read {
            file: path.to_path_buf(),
            source,
        }),
    }
}

fn is_fingerprint(word: &str) -> bool {
    word.len() == 32 && word.bytes().all(|b| b.is_ascii_hexdigit())
}

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
            if !is_fingerprint(fingerprint) {
                return Err(syntax(
                    "expected a 32-hex-digit fingerprint at the start of the line",
                ));
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

/// A baseline: `<fingerprint> <rule>` per line (the rule is informational).
pub(crate) fn parse_baseline(file: &Path, text: &str) -> Result<Vec<String>, SuppressError> {
    content_lines(text)
        .map(|(line, content)| {
            let fingerprint = content.split_whitespace().next().unwrap_or_default();
            if is_fingerprint(fingerprint) {
                Ok(fingerprint.to_ascii_lowercase())
            } else {
                Err(SuppressError::Syntax {
                    file: file.to_path_buf(),
                    line,
                    message: "expected a 32-hex-digit fingerprint at the start of the line".into(),
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
        let suppressions = Suppressions {
            gitleaks: entries.into_iter().collect(),
            ..Default::default()
        };
        assert!(suppressions.suppresses(&finding("ff", "src/a.py", 3)));
        assert!(!suppressions.suppresses(&finding("ff", "src/a.py", 4)));
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
