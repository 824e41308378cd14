//! GitLab CI files: `.gitlab-ci.yml` and the files it includes locally.
//!
//! GitLab's keywords decide what a top-level key is: a few are global settings, every
//! other key is a job (hidden `.template` jobs too, since `extends:` copies them). Images
//! and services may be strings or `{ name: ... }` maps, scripts strings or nested lists
//! (anchors splice lists into lists).

use crate::finding::Severity;
use crate::pipeline::Check;
use crate::pipeline::yaml::{Node, Value};
use crate::pipeline::{Issue, Source, image, shell};

/// Top-level keys that are settings, not jobs.
const GLOBAL_KEYWORDS: &[&str] = &[
    "default",
    "include",
    "stages",
    "variables",
    "workflow",
    "spec",
    "image",
    "services",
    "cache",
    "before_script",
    "after_script",
    "pages",
];

const SCRIPT_KEYS: &[&str] = &["script", "before_script", "after_script"];

/// Variables that switch on tracing of every command (and so print secrets).
const DEBUG_VARIABLES: &[&str] = &["CI_DEBUG_TRACE", "CI_DEBUG_SERVICES"];

/// Variables GitLab or the shell define, which are no secret a job gains.
const PREDEFINED_PREFIXES: &[&str] = &["CI_", "GITLAB_", "FF_", "DOCKER_", "KUBE", "RUNNER_"];
const SHELL_VARIABLES: &[&str] = &[
    "HOME",
    "PATH",
    "PWD",
    "USER",
    "SHELL",
    "HOSTNAME",
    "LANG",
    "TERM",
    "TMPDIR",
    "IFS",
    "OLDPWD",
    "UID",
    "RANDOM",
    "SECONDS",
    "LINENO",
    "BASH_SOURCE",
    "PIPESTATUS",
];

/// A whole GitLab CI document.
pub(crate) fn pipeline(doc: &Node, source: &Source, out: &mut Vec<Issue>) {
    let mut defined: Vec<String> = Vec::new();
    collect_variables(doc.get("variables"), &mut defined);
    check_variables(doc.get("variables"), out);
    images(doc, out);
    if let Some(default) = doc.get("default") {
        images(default, out);
        scripts(default, source, &defined, out);
    }
    scripts(doc, source, &defined, out);
    includes(doc, out);
    for (key, job) in doc.entries() {
        let Some(name) = key.as_str() else { continue };
        if GLOBAL_KEYWORDS.contains(&name) || !job.is_map() {
            continue;
        }
        let mut job_defined = defined.clone();
        collect_variables(job.get("variables"), &mut job_defined);
        check_variables(job.get("variables"), out);
        images(job, out);
        scripts(job, source, &job_defined, out);
    }
}

/// The patterns of a document's `include: local:` entries (and plain string includes
/// that are not URLs), for recognising those files as GitLab files.
pub(crate) fn local_includes(doc: &Node) -> Vec<String> {
    let Some(include) = doc.get("include") else {
        return Vec::new();
    };
    let entries: Vec<&Node> = match &include.value {
        Value::Seq(items) => items.iter().collect(),
        _ => vec![include],
    };
    entries
        .into_iter()
        .filter_map(|entry| match entry.as_str() {
            Some(path) if !path.contains("://") => Some(path.to_string()),
            Some(_) => None,
            None => entry
                .get("local")
                .and_then(Node::as_str)
                .map(str::to_string),
        })
        .collect()
}

fn images(node: &Node, out: &mut Vec<Issue>) {
    if let Some(image) = node.get("image") {
        check_image(image.get("name").unwrap_or(image), "image", out);
    }
    for service in node.get("services").map(Node::items).unwrap_or_default() {
        check_image(service.get("name").unwrap_or(service), "service", out);
    }
}

fn check_image(node: &Node, what: &str, out: &mut Vec<Issue>) {
    let Some(reference) = node.as_str() else {
        return;
    };
    if image::is_dynamic(reference) {
        return;
    }
    out.extend(image::unpinned(
        reference,
        what,
        node.pos.line,
        node.pos.column,
    ));
}

/// `include: project:` with a ref that is not a commit, `include: remote:`, and
/// components by version: pipeline code from elsewhere under a movable name, which is
/// what `unpinned-action` means in GitLab.
fn includes(doc: &Node, out: &mut Vec<Issue>) {
    let Some(include) = doc.get("include") else {
        return;
    };
    let entries: Vec<&Node> = match &include.value {
        Value::Seq(items) => items.iter().collect(),
        _ => vec![include],
    };
    for entry in entries {
        let (node, text, message) = if let Some(project) =
            entry.get("project").and_then(Node::as_str)
        {
            let reference = entry.get("ref").and_then(Node::as_str);
            if reference.is_some_and(is_commit_sha) {
                continue;
            }
            let node = entry
                .get("ref")
                .or_else(|| entry.get("project"))
                .unwrap_or(entry);
            let text = match reference {
                Some(r) => format!("{project}@{r}"),
                None => project.to_string(),
            };
            let message = match reference {
                Some(r) => format!("include of project `{project}` follows `{r}`, which can move"),
                None => format!("include of project `{project}` follows its default branch"),
            };
            (node, text, message)
        } else if let Some(component) = entry.get("component").and_then(Node::as_str) {
            let version = component.rsplit_once('@').map(|(_, v)| v);
            if version.is_some_and(is_commit_sha) {
                continue;
            }
            let node = entry.get("component").unwrap_or(entry);
            let message = format!("component `{component}` is included by a version that can move");
            (node, component.to_string(), message)
        } else if let Some(remote) = entry.get("remote").and_then(Node::as_str).or_else(|| {
            entry
                .as_str()
                .filter(|s| s.starts_with("https://") || s.starts_with("http://"))
        }) {
            let node = entry.get("remote").unwrap_or(entry);
            let message =
                format!("remote include `{remote}` runs whatever the URL serves at pipeline time");
            (node, remote.to_string(), message)
        } else {
            continue;
        };
        let mut issue = Issue::at(Check::UnpinnedAction, node, message, text.clone());
        issue.severity = Severity::High;
        issue.fix = Some("include by a full commit SHA (ref: <sha>, or component@<sha>)".into());
        issue.after = Some(text);
        out.push(issue);
    }
}

fn is_commit_sha(reference: &str) -> bool {
    reference.len() == 40 && reference.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Names a `variables:` block defines (they are the file's own, not secrets).
fn collect_variables(variables: Option<&Node>, out: &mut Vec<String>) {
    for (key, _) in variables.map(Node::entries).unwrap_or_default() {
        if let Some(name) = key.as_str() {
            out.push(name.to_string());
        }
    }
}

fn check_variables(variables: Option<&Node>, out: &mut Vec<Issue>) {
    for (key, value) in variables.map(Node::entries).unwrap_or_default() {
        let Some(name) = key.as_str() else { continue };
        let value = value.get("value").unwrap_or(value);
        if DEBUG_VARIABLES.contains(&name)
            && value
                .as_str()
                .is_some_and(|v| v.trim().eq_ignore_ascii_case("true") || v.trim() == "1")
        {
            out.push(debug_issue(name, key.pos.line, key.pos.column));
        }
    }
}

fn debug_issue(name: &str, line: u32, column: u32) -> Issue {
    let mut issue = Issue::new(
        Check::DebugEnabled,
        line,
        column,
        format!("`{name}` is true: the job log shows every command with its variables expanded"),
        name,
    );
    issue.severity = Severity::High;
    issue.after = Some(format!("{name}=true"));
    issue
}

/// Script lines: pipes to a shell, debug switched on in the script, and the CI/CD
/// variables they read that the file does not define.
fn scripts(job: &Node, source: &Source, defined: &[String], out: &mut Vec<Issue>) {
    for key in SCRIPT_KEYS {
        let Some(script) = job.get(key) else { continue };
        let mut lines = Vec::new();
        script_lines(script, &mut lines);
        let assigned: Vec<String> = lines
            .iter()
            .filter_map(|n| n.as_str())
            .flat_map(assignments)
            .collect();
        for node in lines {
            let Some(text) = node.as_str() else { continue };
            for found in shell::pipes_to_shell(text) {
                let (line, column) = source.locate(node, text, found.offset);
                out.push(found.issue(line, column, "run time"));
            }
            for name in DEBUG_VARIABLES {
                if let Some(at) = text.find(&format!("{name}=true")) {
                    let (line, column) = source.locate(node, text, at);
                    out.push(debug_issue(name, line, column));
                }
            }
            for (at, name) in variable_references(text) {
                let known = defined.iter().any(|d| d == name)
                    || assigned.iter().any(|a| a == name)
                    || SHELL_VARIABLES.contains(&name)
                    || PREDEFINED_PREFIXES.iter().any(|p| name.starts_with(p));
                if known {
                    continue;
                }
                let (line, column) = source.locate(node, text, at);
                let mut issue = Issue::new(
                    Check::NewSecretReference,
                    line,
                    column,
                    format!(
                        "`${name}` reads a CI/CD variable the file does not define (a project or group variable)"
                    ),
                    format!("${name}"),
                );
                issue.severity = Severity::Low;
                issue.after = Some(format!("${name}"));
                out.push(issue);
            }
        }
    }
}

/// Scalars of a script, flattening the nested lists anchors produce.
fn script_lines<'a>(node: &'a Node, out: &mut Vec<&'a Node>) {
    match &node.value {
        Value::Scalar(_) => out.push(node),
        Value::Seq(items) => items.iter().for_each(|i| script_lines(i, out)),
        _ => {}
    }
}

/// `$NAME` and `${NAME}` of upper-case names (three characters or more: shell locals
/// are mostly lower-case or short), with their byte offsets.
fn variable_references(text: &str) -> Vec<(usize, &str)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut in_single = false;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\'' => in_single = !in_single,
            b'$' if !in_single => {
                let braced = bytes.get(i + 1) == Some(&b'{');
                let start = i + 1 + usize::from(braced);
                let mut end = start;
                while end < bytes.len()
                    && (bytes[end].is_ascii_uppercase()
                        || bytes[end].is_ascii_digit()
                        || bytes[end] == b'_')
                {
                    end += 1;
                }
                let name = &text[start..end];
                let whole = end == bytes.len() || !(bytes[end].is_ascii_lowercase());
                if name.len() >= 3 && whole && name.starts_with(|c: char| c.is_ascii_uppercase()) {
                    out.push((i, name));
                }
                i = end;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// Names a script line assigns (`NAME=`, `export NAME=`, `read NAME`, `for NAME in`).
fn assignments(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let words: Vec<&str> = line.split_whitespace().collect();
    for (i, word) in words.iter().enumerate() {
        if let Some((name, _)) = word.split_once('=')
            && !name.is_empty()
            && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        {
            out.push(name.to_string());
        }
        if matches!(*word, "read" | "for" | "local" | "declare")
            && let Some(next) = words.get(i + 1)
        {
            out.push(next.trim_start_matches('-').to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::yaml;

    fn issues(text: &str) -> Vec<Issue> {
        let doc = yaml::parse(text).unwrap().remove(0);
        let mut out = Vec::new();
        pipeline(&doc, &Source::new(text), &mut out);
        out
    }

    #[test]
    fn variable_references_are_upper_case_names() {
        let refs: Vec<&str> =
            variable_references("echo $DEPLOY_TOKEN ${NPM_KEY} $f $AB '$QUOTED' $Mixed")
                .into_iter()
                .map(|(_, n)| n)
                .collect();
        assert_eq!(refs, ["DEPLOY_TOKEN", "NPM_KEY"]);
    }

    #[test]
    fn local_includes_are_listed() {
        let doc = yaml::parse("include:\n  - local: /ci/build.yml\n  - 'templates/*.yml'\n  - remote: https://x.example/ci.yml\n  - project: g/p\n    file: a.yml\n").unwrap().remove(0);
        assert_eq!(local_includes(&doc), ["/ci/build.yml", "templates/*.yml"]);
        let single = yaml::parse("include: ci/one.yml\n").unwrap().remove(0);
        assert_eq!(local_includes(&single), ["ci/one.yml"]);
    }

    #[test]
    fn jobs_defaults_and_templates_are_checked() {
        let found = issues(
            "default:\n  image: ruby:3.3\n.base: &base\n  services: [postgres]\nbuild:\n  <<: *base\n  image:\n    name: node:latest\n  script:\n    - curl -s https://x.example/i | sh\n    - echo $DEPLOY_TOKEN\n  variables:\n    CI_DEBUG_TRACE: \"true\"\n",
        );
        let checks: Vec<(Check, u32)> = found.iter().map(|i| (i.check, i.line)).collect();
        assert!(checks.contains(&(Check::UnpinnedImage, 2)), "{checks:?}");
        assert!(checks.contains(&(Check::UnpinnedImage, 4)), "{checks:?}");
        assert!(checks.contains(&(Check::UnpinnedImage, 8)), "{checks:?}");
        assert!(checks.contains(&(Check::CurlPipeShell, 10)), "{checks:?}");
        assert!(
            checks.contains(&(Check::NewSecretReference, 11)),
            "{checks:?}"
        );
        assert!(checks.contains(&(Check::DebugEnabled, 13)), "{checks:?}");
    }
}
