//! CI/CD definitions as part of the gate: GitHub workflows and actions, GitLab CI,
//! Dockerfiles, compose files, pre-commit configurations and CODEOWNERS, checked for the
//! ways a change to them hands an attacker the pipeline (a movable action tag, a
//! `pull_request_target` job that runs a fork's code, an issue title pasted into a
//! script, widened token permissions, ...).
//!
//! The files are parsed, not grepped: YAML through [`yaml`] (every node with its line and
//! column, anchors and multi-document files handled), Dockerfiles by their instruction
//! grammar. Each reader turns a file into [`Issue`]s; [`review`] keeps those a change
//! introduces (by `scan::new`'s rule for structural findings) or, for `tollgate pipeline`,
//! reports a whole tree. Whether an issue blocks is the policy's decision
//! (`policy::pipeline_policy`); this module only says what it saw.
//!
//! [`files`] is the one list of the files read here.

mod codeowners;
mod docker;
mod expr;
pub(crate) mod files;
mod github;
mod gitlab;
mod image;
mod precommit;
pub(crate) mod review;
mod shell;
mod yaml;

pub use crate::finding::Check;
pub(crate) use review::{audit_tree, review_change};

use crate::finding::{PipelineFinding, Severity};
use crate::pipeline::files::FileKind;
use crate::pipeline::yaml::Node;

/// Why a pipeline review could not be completed; each names the file (and line) it is
/// about.
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    #[error("{file}:{}: not a valid {what}: {message}", line_column(*line, *column))]
    Syntax {
        file: String,
        what: &'static str,
        line: Option<u32>,
        column: Option<u32>,
        message: String,
    },
    #[error("{path}: cannot read: {source}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Git(#[from] crate::git::GitError),
}

fn line_column(line: Option<u32>, column: Option<u32>) -> String {
    match (line, column) {
        (Some(l), Some(c)) => format!("{l}:{c}"),
        (Some(l), None) => l.to_string(),
        _ => "1".to_string(),
    }
}

/// What the checks need to know about the repository besides the file.
#[derive(Clone, Debug, Default)]
pub(crate) struct Context {
    /// The owner (user or organisation) of the repository, from its `origin` remote:
    /// reusable workflows of the same owner are the repository's own.
    pub owner: Option<String>,
}

/// One thing a reader saw in one file, before the rule of "new" and the policy.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Issue {
    pub check: Check,
    pub severity: Severity,
    pub line: u32,
    pub column: u32,
    pub message: String,
    /// A fix specific to this issue; the check's general fix otherwise.
    pub fix: Option<String>,
    pub before: Option<String>,
    pub after: Option<String>,
    /// What the issue is about, independent of file and line (`actions/checkout@v4`,
    /// `write-all:job build`): the fingerprint, and the identity by which a change's
    /// issues are compared with the previous version's.
    pub identity: String,
    /// For an action pinned to a version tag: `owner/repo[/path]`, which the policy's
    /// `allowed-actions` may trust.
    pub tagged_action: Option<String>,
}

impl Issue {
    pub fn new(
        check: Check,
        line: u32,
        column: u32,
        message: String,
        identity: impl Into<String>,
    ) -> Issue {
        Issue {
            check,
            severity: Severity::Medium,
            line: line.max(1),
            column: column.max(1),
            message,
            fix: None,
            before: None,
            after: None,
            identity: identity.into(),
            tagged_action: None,
        }
    }

    /// An issue about `node`, at its position.
    pub fn at(check: Check, node: &Node, message: String, identity: impl Into<String>) -> Issue {
        Issue::new(check, node.pos.line, node.pos.column, message, identity)
    }

    /// A keyed hash of check and identity (the fast form secrets used before their salted
    /// one: what it hides is a file's structure, not a credential): stable across moves,
    /// renames and re-runs.
    pub fn fingerprint(&self) -> String {
        crate::secrets::fingerprint::legacy(self.check.as_str(), self.identity.as_bytes())
    }

    pub fn into_finding(self, file: &str) -> PipelineFinding {
        PipelineFinding {
            check: self.check,
            severity: self.severity,
            file: file.to_string(),
            line: self.line,
            column: self.column,
            fingerprint: self.fingerprint(),
            message: self.message,
            fix: self.fix.unwrap_or_else(|| self.check.fix().to_string()),
            before: self.before,
            after: self.after,
            tagged_action: self.tagged_action,
        }
    }
}

/// A file's text with a line index, to turn byte offsets inside scalars into positions.
pub(crate) struct Source<'a> {
    pub text: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> Source<'a> {
    pub fn new(text: &'a str) -> Source<'a> {
        let line_starts = std::iter::once(0)
            .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1))
            .collect();
        Source { text, line_starts }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn position(&self, offset: usize) -> (u32, u32) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1);
        let start = self.line_starts[line - 1];
        let column = self
            .text
            .get(start..offset)
            .map_or(1, |t| t.chars().count() + 1);
        (line as u32, column as u32)
    }

    /// Where `value[at..]` (a piece of the scalar `node`) is written in the file: the
    /// matching occurrence of its first line, searched from the scalar's start. Block
    /// scalars lose their indentation and quoted ones their escapes, so the value's
    /// offsets do not map to the file's directly; the node's own position is the fallback.
    pub fn locate(&self, node: &yaml::Node, value: &str, at: usize) -> (u32, u32) {
        let fallback = (node.pos.line.max(1), node.pos.column.max(1));
        let Some(start) = node.pos.offset else {
            return fallback;
        };
        let rest = &value[at.min(value.len())..];
        let needle = rest.split('\n').next().unwrap_or("").trim_end();
        if needle.is_empty() {
            return fallback;
        }
        let nth = value[..at.min(value.len())].matches(needle).count();
        // The raw text of a scalar is at most its value plus indentation and quoting.
        let lines = value.matches('\n').count() + 1;
        let window = value.len() + lines * (node.pos.column as usize + 8) + 16;
        let end = (start + window).min(self.text.len());
        let Some(raw) = self.text.get(start..end) else {
            return fallback;
        };
        raw.match_indices(needle)
            .nth(nth)
            .map_or(fallback, |(i, _)| self.position(start + i))
    }
}

/// What a kind of file is called in an error message.
fn describe(kind: FileKind) -> &'static str {
    match kind {
        FileKind::Workflow => "GitHub workflow",
        FileKind::Action => "GitHub action definition",
        FileKind::GitlabCi => "GitLab CI file",
        FileKind::Dockerfile => "Dockerfile",
        FileKind::Compose => "compose file",
        FileKind::PreCommit => "pre-commit configuration",
        FileKind::Codeowners => "CODEOWNERS file",
    }
}

/// The issues of one file. `old` is the file's previous version, for the checks that
/// report drift (widened permissions); it is read leniently, as a version that no longer
/// parses has nothing to compare with.
pub(crate) fn check_file(
    kind: FileKind,
    path: &str,
    text: &str,
    old: Option<&str>,
    context: &Context,
) -> Result<Vec<Issue>, PipelineError> {
    let syntax = |e: yaml::SyntaxError| PipelineError::Syntax {
        file: path.to_string(),
        what: describe(kind),
        line: e.line,
        column: e.column,
        message: e.message,
    };
    let source = Source::new(text);
    let mut issues = Vec::new();
    match kind {
        FileKind::Dockerfile => docker::dockerfile(&source, &mut issues),
        FileKind::Codeowners => {}
        _ => {
            let docs = yaml::parse(text).map_err(syntax)?;
            let old_docs = old.and_then(|o| yaml::parse(o).ok()).unwrap_or_default();
            for (i, doc) in docs.iter().enumerate() {
                let previous = old_docs.get(i);
                match kind {
                    FileKind::Workflow => {
                        github::workflow(doc, &source, previous, context, &mut issues)
                    }
                    FileKind::Action => github::action(doc, &source, context, &mut issues),
                    FileKind::GitlabCi => gitlab::pipeline(doc, &source, &mut issues),
                    FileKind::Compose => docker::compose(doc, &mut issues),
                    FileKind::PreCommit => precommit::hooks(doc, &mut issues),
                    FileKind::Dockerfile | FileKind::Codeowners => {}
                }
            }
        }
    }
    // A node reached through several aliases is one issue, at its definition.
    let mut seen = std::collections::HashSet::new();
    issues.retain(|i| seen.insert((i.check, i.line, i.column, i.identity.clone())));
    // In file order, whichever reader saw them first.
    issues.sort_by_key(|i| (i.line, i.column));
    Ok(issues)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_characters() {
        let source = Source::new("ab\ncé d\n");
        assert_eq!(source.position(0), (1, 1));
        assert_eq!(source.position(3), (2, 1));
        assert_eq!(source.position(7), (2, 4));
    }

    #[test]
    fn pieces_of_block_scalars_are_located_in_the_file() {
        let text = "run: |\n  echo a\n  echo ${{ x }}\n  echo ${{ x }}\n";
        let doc = yaml::parse(text).unwrap().remove(0);
        let run = doc.get("run").unwrap();
        let value = run.as_str().unwrap();
        let source = Source::new(text);
        let second = value.rfind("${{").unwrap();
        assert_eq!(source.locate(run, value, second), (4, 8));
        let first = value.find("${{").unwrap();
        assert_eq!(source.locate(run, value, first), (3, 8));
    }
}
