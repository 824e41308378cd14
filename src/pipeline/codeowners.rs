//! CODEOWNERS: which paths have required reviewers, and which sensitive paths (CI
//! definitions, Dockerfiles, dependency files, IaC folders) have none.
//!
//! Patterns follow gitignore's syntax, so each line is matched with the `ignore` crate's
//! gitignore matcher; CODEOWNERS' own rules sit on top: the *last* matching line decides,
//! a line without owners un-owns its paths, `dir/*` covers only the directory's direct
//! files, and GitLab `[Section] @owners` headers give their owners to entries without
//! any.

use std::collections::BTreeMap;
use std::path::Path;

use ignore::gitignore::{Gitignore, GitignoreBuilder};

use crate::pipeline::files::{iac_folder, needs_owner};

struct Rule {
    matcher: Gitignore,
    /// `dir/*`: direct children only.
    shallow: bool,
    owned: bool,
}

/// A parsed CODEOWNERS file.
pub(crate) struct Codeowners {
    rules: Vec<Rule>,
}

impl Codeowners {
    pub fn parse(text: &str) -> Codeowners {
        let mut rules = Vec::new();
        let mut section_owned = false;
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(header) = line.strip_prefix('^').unwrap_or(line).strip_prefix('[') {
                // `[Section]`, `[Section][2]`, then optional default owners.
                let after = header.rsplit_once(']').map_or("", |(_, rest)| rest);
                section_owned = after.split_whitespace().any(|w| !w.starts_with('#'));
                continue;
            }
            let tokens = tokens(line);
            let Some(pattern) = tokens.first() else {
                continue;
            };
            let owners = tokens[1..]
                .iter()
                .take_while(|t| !t.starts_with('#'))
                .count();
            let mut builder = GitignoreBuilder::new("");
            if builder.add_line(None, pattern).is_err() {
                continue;
            }
            let Ok(matcher) = builder.build() else {
                continue;
            };
            rules.push(Rule {
                matcher,
                shallow: pattern.ends_with("/*"),
                owned: owners > 0 || section_owned,
            });
        }
        Codeowners { rules }
    }

    /// Whether a line with owners has the last word on `path`.
    pub fn covers(&self, path: &str) -> bool {
        let path = Path::new(path);
        self.rules
            .iter()
            .rev()
            .find(|rule| {
                let matched = if rule.shallow {
                    rule.matcher.matched(path, false)
                } else {
                    rule.matcher.matched_path_or_any_parents(path, false)
                };
                matched.is_ignore()
            })
            .is_some_and(|rule| rule.owned)
    }
}

/// Splits a line at unescaped whitespace; `\ ` and `\#` are literal.
fn tokens(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(next) = chars.next() {
                    if next != ' ' && next != '#' {
                        current.push('\\');
                    }
                    current.push(next);
                }
            }
            c if c.is_whitespace() => {
                if !current.is_empty() {
                    out.push(std::mem::take(&mut current));
                }
            }
            c => current.push(c),
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// The unit a sensitive path is owned by: its IaC folder, or the file itself; `None` for
/// paths CODEOWNERS need not cover.
pub(crate) fn unit(path: &str) -> Option<&str> {
    iac_folder(path).or_else(|| needs_owner(path).then_some(path))
}

/// The sensitive units among `files` that `owners` leaves without owners, each with the
/// first uncovered file in it.
pub(crate) fn gaps<'a>(
    owners: &Codeowners,
    files: impl IntoIterator<Item = &'a str>,
) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for file in files {
        let Some(unit) = unit(file) else { continue };
        if out.contains_key(unit) || owners.covers(file) {
            continue;
        }
        out.insert(unit.to_string(), file.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_matching_line_decides() {
        let owners = Codeowners::parse(
            "# comment\n*       @org/all\n/docs/  @org/docs\n*.lock\n.github/workflows/ @org/ci\napps/* @org/apps\n",
        );
        assert!(owners.covers("src/main.rs"));
        assert!(owners.covers("docs/a/b.md"));
        assert!(
            !owners.covers("web/yarn.lock"),
            "a line without owners un-owns"
        );
        assert!(owners.covers(".github/workflows/ci.yml"));
        assert!(owners.covers("apps/Dockerfile"));
        // `apps/*` covers direct files only; `*` still covers the nested one.
        assert!(owners.covers("apps/web/Dockerfile"));
    }

    #[test]
    fn shallow_patterns_cover_direct_children_only() {
        let owners = Codeowners::parse("docs/* @docs\n");
        assert!(owners.covers("docs/a.md"));
        assert!(!owners.covers("docs/guide/a.md"));
    }

    #[test]
    fn gitlab_sections_give_their_default_owners() {
        let owners = Codeowners::parse("[CI] @ci-team\n.gitlab-ci.yml\n[Docs]\ndocs/\n");
        assert!(owners.covers(".gitlab-ci.yml"));
        assert!(!owners.covers("docs/x.md"));
    }

    #[test]
    fn gaps_are_sensitive_units_without_owners() {
        let owners = Codeowners::parse("/src/ @dev\n/infra/terraform/prod/ @ops\n");
        let files = [
            "src/lib.rs",
            "Cargo.lock",
            ".github/workflows/ci.yml",
            "infra/terraform/prod/main.tf",
            "infra/terraform/dev/main.tf",
            "README.md",
        ];
        let found = gaps(&owners, files);
        assert_eq!(
            found.into_iter().collect::<Vec<_>>(),
            [
                (
                    ".github/workflows/ci.yml".into(),
                    ".github/workflows/ci.yml".into()
                ),
                ("Cargo.lock".into(), "Cargo.lock".into()),
                (
                    "infra/terraform".into(),
                    "infra/terraform/dev/main.tf".into()
                ),
            ]
        );
    }
}
