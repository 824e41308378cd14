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
//! that is what teams migrating from gitleaks already have.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::finding::SecretFinding;
use crate::policy::files::{PolicyFiles, Role};
use crate::secrets::fingerprint::{is_fingerprint, is_legacy};

/// The ignore file tollgate reads from the scan root.
pub(crate) const IGNORE_FILE: &str = ".tollgateignore";
/// gitleaks' ignore file, read for migrating teams.
pub(crate) const GITLEAKS_IGNORE_FILE: &str = ".gitleaksignore";
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
    /// Entries in the legacy form, matched against a finding's identity.
    legacy: HashSet<String>,
    gitleaks: HashSet<GitleaksEntry>,
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
            suppressions
                .gitleaks
                .extend(parse_gitleaks_ignore(name, text)?);
        }
        if let Some((name, text)) = text(Role::Baseline)? {
            suppressions.add(parse_baseline(name, text)?);
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

    /// Whether a finding is suppressed.
    pub(crate) fn suppresses(&self, finding: &SecretFinding) -> bool {
        if self.fingerprints.contains(&finding.fingerprint)
            || (!finding.identity.is_empty() && self.legacy.contains(&finding.identity))
        {
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
        let suppressions = Suppressions {
            gitleaks: entries.into_iter().collect(),
            ..Default::default()
        };
        assert!(suppressions.suppresses(&finding("ff", "src/a.py", 3)));
        assert!(!suppressions.suppresses(&finding("ff", "src/a.py", 4)));
    }

    #[test]
    fn legacy_entries_match_by_identity_and_migrate_with_their_reasons() {
        let legacy = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        let new = "0123456789abcdef0123456789abcdef01234567";
        let mut found = finding(new, "a.py", 1);
        found.identity = legacy.into();
        let mut suppressions = Suppressions::default();
        suppressions.add(vec![legacy.into()]);
        assert!(suppressions.suppresses(&found));

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
