//! GitHub Actions workflows (`.github/workflows/*.yml`) and action definitions
//! (`action.yml`): every check of the issue list that applies to them.
//!
//! The walk follows GitHub's schema loosely on purpose: a key of an unexpected shape is
//! skipped, not an error, because GitHub itself reports schema errors when the workflow
//! runs and the gate's job is the risks of the ones that do run. Only text that is not
//! YAML at all is an error (in [`super::check_file`]).

use crate::finding::Severity;
use crate::pipeline::Check;
use crate::pipeline::expr::{self, Taint};
use crate::pipeline::yaml::{Node, Value};
use crate::pipeline::{Context, Issue, Source, image, shell};

/// Triggers that run with the base repository's secrets and a write token for events
/// that outsiders cause: a fork's pull request, the run it triggered, a comment anyone
/// can write (the "/test" chat-ops pattern checks out the pull request from there).
const DANGEROUS_TRIGGERS: &[&str] = &["pull_request_target", "workflow_run", "issue_comment"];

/// Triggers that someone without write access can fire: a fork's pull request, a review,
/// a comment.
const FORK_TRIGGERS: &[&str] = &[
    "pull_request",
    "pull_request_target",
    "pull_request_review",
    "pull_request_review_comment",
    "issue_comment",
    "discussion_comment",
];

/// Contexts that name the head of a pull request (or of the run that triggered a
/// `workflow_run`): checking them out runs the fork's code.
const HEAD_CONTEXTS: &[&str] = &[
    "github.head_ref",
    "github.event.pull_request.head.sha",
    "github.event.pull_request.head.ref",
    "github.event.pull_request.head.repo.full_name",
    "github.event.pull_request.merge_commit_sha",
    "github.event.pull_request.number",
    "github.event.number",
    "github.event.workflow_run.head_sha",
    "github.event.workflow_run.head_branch",
    "github.event.workflow_run.head_commit.id",
    "github.event.workflow_run.head_repository.full_name",
    "github.event.workflow_run.pull_requests.*.head.sha",
    "github.event.workflow_run.pull_requests.*.head.ref",
    "github.event.workflow_run.pull_requests.*.number",
];

/// Actions whose inputs are code, by the input that holds it.
const CODE_INPUTS: &[(&str, &str)] = &[
    ("actions/github-script", "script"),
    ("azure/cli", "inlinescript"),
    ("azure/powershell", "inlinescript"),
    ("jannekem/run-python-script-action", "script"),
    ("amadevus/pwsh-script", "script"),
];

/// The variables that switch on debug logging.
const DEBUG_VARIABLES: &[&str] = &["ACTIONS_STEP_DEBUG", "ACTIONS_RUNNER_DEBUG"];

/// Where an expression is evaluated: the variables and matrix it can see.
#[derive(Clone, Copy, Default)]
struct Scope<'a> {
    workflow_env: Option<&'a Node>,
    job_env: Option<&'a Node>,
    step_env: Option<&'a Node>,
    matrix: Option<&'a Node>,
    /// The workflow's `on:`, whose `workflow_dispatch` and `workflow_call` declare the
    /// types of `inputs.*`.
    on: Option<&'a Node>,
}

struct Checker<'a, 'o> {
    source: &'a Source<'a>,
    context: &'a Context,
    out: &'o mut Vec<Issue>,
}

/// A workflow file. `old` is its previous version, if any, for permission drift.
pub(crate) fn workflow(
    doc: &Node,
    source: &Source,
    old: Option<&Node>,
    context: &Context,
    out: &mut Vec<Issue>,
) {
    let mut checker = Checker {
        source,
        context,
        out,
    };
    let triggers = triggers(doc);
    let workflow_env = doc.get("env");
    checker.debug_env(workflow_env);
    permissions(doc, old, checker.out);
    let mut dangerous_jobs = 0;
    for (key, job) in doc.get("jobs").map(Node::entries).unwrap_or_default() {
        let Some(id) = key.as_str() else { continue };
        let scope = Scope {
            workflow_env,
            job_env: job.get("env"),
            step_env: None,
            matrix: job.get("strategy").and_then(|s| s.get("matrix")),
            on: doc.get("on"),
        };
        checker.debug_env(scope.job_env);
        if let Some(uses) = job.get("uses") {
            checker.uses(uses);
            checker.secrets_inherit(id, job, uses);
        }
        checker.self_hosted(id, job, &triggers, scope);
        checker.job_images(job, scope);
        let steps = job.get("steps").map(Node::items).unwrap_or_default();
        checker.steps(steps, scope);
        dangerous_jobs += checker.dangerous_job(id, job, steps, &triggers);
    }
    if dangerous_jobs == 0 {
        for (name, node) in &triggers {
            if DANGEROUS_TRIGGERS.contains(&name.as_str()) {
                let mut issue = Issue::at(
                    Check::DangerousTrigger,
                    node,
                    format!(
                        "`{name}` runs with the repository's secrets and a write token for \
                         events outsiders cause (a fork's pull request, a comment); no job here \
                         checks out or runs their code, keep it that way"
                    ),
                    name.as_str(),
                );
                issue.after = Some(name.clone());
                checker.out.push(issue);
            }
        }
    }
    checker.secret_references(doc);
}

/// An action definition: composite steps, or a Docker action's image.
pub(crate) fn action(doc: &Node, source: &Source, context: &Context, out: &mut Vec<Issue>) {
    let mut checker = Checker {
        source,
        context,
        out,
    };
    let Some(runs) = doc.get("runs") else { return };
    if let Some(image_node) = runs.get("image")
        && let Some(reference) = image_node.as_str()
        && reference.starts_with("docker://")
        && let Some(issue) = image::unpinned(
            reference,
            "action image",
            image_node.pos.line,
            image_node.pos.column,
        )
    {
        checker.out.push(issue);
    }
    let scope = Scope {
        job_env: runs.get("env"),
        ..Scope::default()
    };
    checker.steps(
        runs.get("steps").map(Node::items).unwrap_or_default(),
        scope,
    );
    checker.secret_references(doc);
}

/// The workflow's triggers with the node each is written at: `on: push`, `on: [a, b]`,
/// or `on: { a: ..., b: ... }`.
fn triggers(doc: &Node) -> Vec<(String, &Node)> {
    let Some(on) = doc.get("on") else {
        return Vec::new();
    };
    match &on.value {
        Value::Scalar(name) => vec![(name.clone(), on)],
        Value::Seq(items) => items
            .iter()
            .filter_map(|n| n.as_str().map(|s| (s.to_string(), n)))
            .collect(),
        Value::Map(entries) => entries
            .iter()
            .filter_map(|(k, _)| k.as_str().map(|s| (s.to_string(), k)))
            .collect(),
        Value::Null => Vec::new(),
    }
}

fn has_trigger(triggers: &[(String, &Node)], names: &[&str]) -> Vec<String> {
    triggers
        .iter()
        .filter(|(n, _)| names.contains(&n.as_str()))
        .map(|(n, _)| n.clone())
        .collect()
}

impl Checker<'_, '_> {
    fn push(&mut self, issue: Issue) {
        self.out.push(issue);
    }

    fn steps(&mut self, steps: &[Node], scope: Scope) {
        for step in steps {
            let scope = Scope {
                step_env: step.get("env"),
                ..scope
            };
            self.debug_env(scope.step_env);
            let uses = step.get("uses");
            if let Some(uses) = uses {
                self.uses(uses);
            }
            if let Some(run) = step.get("run")
                && let Some(script) = run.as_str()
            {
                self.script(run, script, "run:", scope);
                self.pipes_to_shell(run, script);
                self.debug_in_script(run, script);
            }
            let action = uses.and_then(Node::as_str).map(action_name);
            if let Some(action) = action
                && let Some(with) = step.get("with")
            {
                for (key, value) in with.entries() {
                    let Some(input) = key.as_str() else { continue };
                    let is_code = CODE_INPUTS.iter().any(|(a, i)| {
                        action.eq_ignore_ascii_case(a) && input.eq_ignore_ascii_case(i)
                    });
                    if is_code && let Some(script) = value.as_str() {
                        self.script(value, script, &format!("`{input}` of {action}"), scope);
                    }
                }
            }
        }
    }

    /// `unpinned-action` for a step's or a job's `uses:`.
    fn uses(&mut self, node: &Node) {
        let Some(text) = node.as_str() else { return };
        let text = text.trim();
        // `$/path` is the same repository at the same commit, like `./path`.
        if text.starts_with("./") || text.starts_with("$/") || text == "." || text.contains("${{") {
            return;
        }
        let (line, column) = (node.pos.line, node.pos.column);
        if let Some(reference) = text.strip_prefix("docker://") {
            if image::pin(reference) == image::Pin::Digest {
                return;
            }
            let mut issue = Issue::new(
                Check::UnpinnedAction,
                line,
                column,
                format!("`{text}` names a Docker image by tag, not by digest"),
                text,
            );
            issue.severity = Severity::High;
            issue.fix = Some("pin the image by digest: docker://name@sha256:<digest>".into());
            issue.after = Some(text.to_string());
            self.push(issue);
            return;
        }
        let (target, reference) = match text.rsplit_once('@') {
            Some((target, reference)) => (target, Some(reference)),
            None => (text, None),
        };
        let message = match reference {
            Some(r) if is_commit_sha(r) => return,
            Some(r) if is_version_tag(r) => {
                format!("`{text}` is pinned to the tag `{r}`, which can be moved")
            }
            Some(r) => format!("`{text}` follows `{r}`, a branch or other movable ref"),
            None => format!("`{text}` names no ref at all"),
        };
        let mut issue = Issue::new(Check::UnpinnedAction, line, column, message, text);
        issue.severity = Severity::High;
        issue.after = Some(text.to_string());
        if reference.is_some_and(is_version_tag) {
            issue.tagged_action = Some(target.to_string());
        }
        self.push(issue);
    }

    fn secrets_inherit(&mut self, id: &str, job: &Node, uses: &Node) {
        let Some(target) = uses.as_str() else { return };
        let Some(secrets) = job.get("secrets") else {
            return;
        };
        if secrets.as_str() != Some("inherit")
            || target.starts_with("./")
            || target.starts_with("$/")
        {
            return;
        }
        let owner = target.split('/').next().unwrap_or("");
        if self
            .context
            .owner
            .as_deref()
            .is_some_and(|o| o.eq_ignore_ascii_case(owner))
        {
            return;
        }
        let workflow = target.split('@').next().unwrap_or(target);
        let mut issue = Issue::at(
            Check::SecretsInherit,
            secrets,
            format!(
                "job `{id}` passes every secret of the repository to `{target}`, which another owner controls"
            ),
            format!("{id}|{workflow}"),
        );
        issue.severity = Severity::High;
        issue.after = Some(target.to_string());
        self.push(issue);
    }

    fn self_hosted(&mut self, id: &str, job: &Node, triggers: &[(String, &Node)], scope: Scope) {
        let forkable = has_trigger(triggers, FORK_TRIGGERS);
        if forkable.is_empty() {
            return;
        }
        let Some(runs_on) = job.get("runs-on") else {
            return;
        };
        let labels = match runs_on.get("labels") {
            Some(labels) => labels.scalars(),
            None => runs_on.scalars(),
        };
        let self_hosted = labels.iter().filter_map(|n| n.as_str()).any(|label| {
            resolved_texts(label, scope)
                .iter()
                .any(|t| t.trim().eq_ignore_ascii_case("self-hosted"))
        });
        if !self_hosted {
            return;
        }
        let mut issue = Issue::at(
            Check::SelfHostedOnPr,
            runs_on,
            format!(
                "job `{id}` runs on a self-hosted runner, and the workflow runs on `{}`, which forks can trigger",
                forkable.join("`, `")
            ),
            id,
        );
        issue.severity = Severity::High;
        issue.after = Some("self-hosted".into());
        self.push(issue);
    }

    /// `container:` and `services:` images of a job.
    fn job_images(&mut self, job: &Node, scope: Scope) {
        if let Some(container) = job.get("container") {
            let node = container.get("image").unwrap_or(container);
            self.image(node, "container", scope);
        }
        for (name, service) in job.get("services").map(Node::entries).unwrap_or_default() {
            let node = service.get("image").unwrap_or(service);
            let what = format!("service `{}`", name.as_str().unwrap_or("?"));
            self.image(node, &what, scope);
        }
    }

    fn image(&mut self, node: &Node, what: &str, scope: Scope) {
        let Some(reference) = node.as_str() else {
            return;
        };
        for reference in resolved_texts(reference, scope) {
            if image::is_dynamic(&reference) {
                continue;
            }
            if let Some(issue) = image::unpinned(&reference, what, node.pos.line, node.pos.column) {
                self.push(issue);
            }
        }
    }

    /// `template-injection`: expressions expanded into code. Every context an expression
    /// expands is reported, so a reviewer sees each one: by how far an attacker chooses
    /// it, and the ones that cannot carry shell syntax at the lowest severity with the
    /// reason. Secrets are left to `new-secret-reference`.
    fn script(&mut self, node: &Node, script: &str, sink: &str, scope: Scope) {
        for expression in expr::expressions(script) {
            for (path, risk) in expanded(expression.inner, scope) {
                let (severity, why) = match risk {
                    Risk::Low(reason) => (Severity::Low, format!("low risk: {reason}")),
                    Risk::Tainted(Taint::Attacker) => (
                        Severity::High,
                        "whoever opens the issue, pull request or comment chooses its value"
                            .to_string(),
                    ),
                    Risk::Tainted(Taint::Influenced) => (
                        Severity::Medium,
                        "its value can come from outside the repository's writers".to_string(),
                    ),
                    Risk::Tainted(Taint::Indirect | Taint::Safe) => (
                        Severity::Low,
                        "its value comes from a step, job or variable this file does not fix"
                            .to_string(),
                    ),
                };
                let (line, column) = self.source.locate(node, script, expression.start);
                let shown = format!("${{{{ {} }}}}", expression.inner);
                let mut issue = Issue::new(
                    Check::TemplateInjection,
                    line,
                    column,
                    format!("`{shown}` is pasted into {sink} as code; {why}"),
                    path,
                );
                issue.severity = severity;
                issue.after = Some(shown);
                self.push(issue);
            }
        }
    }

    fn pipes_to_shell(&mut self, node: &Node, script: &str) {
        for found in shell::pipes_to_shell(script) {
            let (line, column) = self.source.locate(node, script, found.offset);
            self.push(found.issue(line, column, "run time"));
        }
    }

    fn debug_env(&mut self, env: Option<&Node>) {
        for (key, value) in env.map(Node::entries).unwrap_or_default() {
            let Some(name) = key.as_str() else { continue };
            if DEBUG_VARIABLES.contains(&name) && value.as_str().is_some_and(truthy) {
                self.push(debug_issue(name, key.pos.line, key.pos.column));
            }
        }
    }

    /// `echo "ACTIONS_STEP_DEBUG=true" >> "$GITHUB_ENV"` and the like.
    fn debug_in_script(&mut self, node: &Node, script: &str) {
        for name in DEBUG_VARIABLES {
            let assignment = format!("{name}=true");
            if let Some(at) = script
                .to_ascii_uppercase()
                .find(&assignment.to_ascii_uppercase())
            {
                let (line, column) = self.source.locate(node, script, at);
                self.push(debug_issue(name, line, column));
            }
        }
    }

    /// `dangerous-trigger` for one job: the steps that hand a pull request's code to a
    /// privileged trigger. Returns how many it reported.
    fn dangerous_job(
        &mut self,
        id: &str,
        job: &Node,
        steps: &[Node],
        triggers: &[(String, &Node)],
    ) -> usize {
        let dangerous = has_trigger(triggers, DANGEROUS_TRIGGERS);
        if dangerous.is_empty() {
            return 0;
        }
        let mut secrets = Vec::new();
        collect_secrets(job, &mut secrets);
        let mut reported = 0;
        for step in steps {
            let Some((node, what)) = hands_over_head(step, &dangerous) else {
                continue;
            };
            let mut message = format!(
                "`{}` job `{id}` {what}: the fork's code runs with the repository's token",
                dangerous.join("`/`"),
            );
            let severity = if secrets.is_empty() {
                Severity::High
            } else {
                message.push_str(&format!(" and secrets ({})", secrets.join(", ")));
                Severity::Critical
            };
            let mut issue = Issue::at(
                Check::DangerousTrigger,
                node,
                message,
                format!("{}|{id}|{what}", dangerous.join(",")),
            );
            issue.severity = severity;
            issue.after = node.as_str().map(str::to_string);
            self.push(issue);
            reported += 1;
        }
        reported
    }

    /// `new-secret-reference`: every `secrets.X` an expression reads.
    fn secret_references(&mut self, doc: &Node) {
        let mut scalars = Vec::new();
        scalar_values(doc, &mut scalars);
        for node in scalars {
            let Some(text) = node.as_str() else { continue };
            for expression in expr::expressions(text) {
                for path in expr::contexts(expression.inner) {
                    let Some(name) = path.strip_prefix("secrets.") else {
                        continue;
                    };
                    if name == "github_token" || name == "*" {
                        continue;
                    }
                    let (line, column) = self.source.locate(node, text, expression.start);
                    let shown = format!("${{{{ {} }}}}", expression.inner);
                    let mut issue = Issue::new(
                        Check::NewSecretReference,
                        line,
                        column,
                        format!(
                            "`{shown}` gives the job the secret `{}`",
                            name.to_ascii_uppercase()
                        ),
                        path.clone(),
                    );
                    issue.severity = Severity::Low;
                    issue.after = Some(shown);
                    self.push(issue);
                }
            }
        }
    }
}

fn debug_issue(name: &str, line: u32, column: u32) -> Issue {
    let mut issue = Issue::new(
        Check::DebugEnabled,
        line,
        column,
        format!("`{name}` is set to true: debug logs of every run show the runner's internals"),
        name,
    );
    issue.severity = Severity::High;
    issue.after = Some(format!("{name}=true"));
    issue
}

fn truthy(value: &str) -> bool {
    matches!(
        value
            .trim()
            .trim_matches(|c| c == '"' || c == '\'')
            .to_ascii_lowercase()
            .as_str(),
        "true" | "1" | "yes" | "on"
    )
}

/// `actions/checkout` of `actions/checkout@v4`, `owner/repo/path` kept.
fn action_name(uses: &str) -> &str {
    uses.split('@').next().unwrap_or(uses).trim()
}

fn is_commit_sha(reference: &str) -> bool {
    (reference.len() == 40 || reference.len() == 64)
        && reference.bytes().all(|b| b.is_ascii_hexdigit())
}

/// `v4`, `v4.1.7`, `1.2`, `v2-beta`: what releases are tagged as (a branch is anything
/// else: `main`, `master`, `release/x`).
fn is_version_tag(reference: &str) -> bool {
    let rest = reference.strip_prefix(['v', 'V']).unwrap_or(reference);
    rest.starts_with(|c: char| c.is_ascii_digit())
        && rest.split(['-', '+']).next().is_some_and(|core| {
            core.split('.')
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        })
}

/// The step (and the node to point at) that gives a privileged trigger the pull
/// request's code, with what it does.
fn hands_over_head<'a>(step: &'a Node, triggers: &[String]) -> Option<(&'a Node, &'static str)> {
    let uses = step.get("uses").and_then(Node::as_str).map(action_name);
    let with = step.get("with");
    if uses.is_some_and(|u| u.eq_ignore_ascii_case("actions/checkout")) {
        for input in ["ref", "repository"] {
            if let Some(node) = with.and_then(|w| w.get(input))
                && node.as_str().is_some_and(names_head)
            {
                return Some((node, "checks out the pull request's head"));
            }
        }
    }
    if let Some(run) = step.get("run")
        && let Some(script) = run.as_str()
    {
        let git = [
            "gh pr checkout",
            "git fetch",
            "git checkout",
            "git switch",
            "git pull",
            "git merge",
        ];
        if git.iter().any(|g| script.contains(g)) && names_head(script) {
            return Some((run, "checks out the pull request's head in a script"));
        }
    }
    if triggers.iter().any(|t| t == "workflow_run") {
        let from_run = |text: &str| {
            expr::expressions(text).iter().any(|e| {
                expr::contexts(e.inner).iter().any(|c| {
                    c == "github.event.workflow_run.id"
                        || c == "github.event.workflow_run.artifacts_url"
                })
            })
        };
        match uses {
            Some(u) if u.eq_ignore_ascii_case("dawidd6/action-download-artifact") => {
                return step
                    .get("uses")
                    .map(|n| (n, "downloads another run's artifacts"));
            }
            Some(u) if u.eq_ignore_ascii_case("actions/download-artifact") => {
                if let Some(node) = with.and_then(|w| w.get("run-id"))
                    && node.as_str().is_some_and(from_run)
                {
                    return Some((node, "downloads the triggering run's artifacts"));
                }
            }
            _ => {}
        }
        let script = step
            .get("run")
            .or_else(|| with.and_then(|w| w.get("script")));
        if let Some(node) = script
            && let Some(text) = node.as_str()
            && (from_run(text)
                || text.contains("listWorkflowRunArtifacts")
                || text.contains("gh run download"))
        {
            return Some((node, "downloads the triggering run's artifacts"));
        }
    }
    None
}

fn names_head(text: &str) -> bool {
    text.contains("refs/pull/")
        || expr::expressions(text).iter().any(|e| {
            expr::contexts(e.inner)
                .iter()
                .any(|c| HEAD_CONTEXTS.iter().any(|h| path_matches(h, c)))
        })
}

fn path_matches(pattern: &str, path: &str) -> bool {
    let (mut p, mut s) = (pattern.split('.'), path.split('.'));
    loop {
        match (p.next(), s.next()) {
            (None, None) => return true,
            (Some(a), Some(b)) if a == "*" || b == "*" || a == b => {}
            _ => return false,
        }
    }
}

/// Every secret name a node's expressions read (sorted, upper-cased, GITHUB_TOKEN aside).
fn collect_secrets(node: &Node, out: &mut Vec<String>) {
    let mut scalars = Vec::new();
    scalar_values(node, &mut scalars);
    for text in scalars.iter().filter_map(|n| n.as_str()) {
        for e in expr::expressions(text) {
            for path in expr::contexts(e.inner) {
                if let Some(name) = path.strip_prefix("secrets.")
                    && name != "github_token"
                {
                    out.push(name.to_ascii_uppercase());
                }
            }
            if e.inner.trim() == "secrets" {
                out.push("all of them".into());
            }
        }
    }
    if node.get("secrets").and_then(Node::as_str) == Some("inherit") {
        out.push("inherit".into());
    }
    out.sort();
    out.dedup();
}

/// Every scalar value (not key) under `node`.
fn scalar_values<'a>(node: &'a Node, out: &mut Vec<&'a Node>) {
    match &node.value {
        Value::Scalar(_) => out.push(node),
        Value::Seq(items) => items.iter().for_each(|i| scalar_values(i, out)),
        Value::Map(entries) => entries.iter().for_each(|(_, v)| scalar_values(v, out)),
        Value::Null => {}
    }
}

/// What a context expanded into a script risks: an attacker's choice to some degree, or
/// nothing that can hold shell syntax, and why.
enum Risk {
    Tainted(Taint),
    Low(String),
}

/// Each context that the expression `inner` expands, once, with its risk where `scope`
/// evaluates it. A context that is only tested (`a == 'b' && 'x' || 'y'`) never reaches
/// the script; an expression the flow parser does not read counts every context as a
/// value.
fn expanded(inner: &str, scope: Scope) -> Vec<(String, Risk)> {
    let (values, tested) = match expr::flow(inner) {
        Some(flow) => (flow.values, flow.tested),
        None => (expr::contexts(inner), Vec::new()),
    };
    let mut out: Vec<(String, Risk)> = Vec::new();
    for path in values {
        if !out.iter().any(|(p, _)| *p == path) {
            let risk = resolve(&path, scope);
            out.push((path, risk));
        }
    }
    for path in tested {
        if !out.iter().any(|(p, _)| *p == path) {
            let reason = "it is only tested here (a condition or a comparison); its text \
                          never reaches the script";
            out.push((path, Risk::Low(reason.to_string())));
        }
    }
    out.retain(|(path, _)| path != "secrets" && !path.starts_with("secrets."));
    out
}

/// How far an attacker controls `path` where `scope` evaluates it: `matrix.*` and `env.*`
/// are looked up in the job's matrix and the environment the step sees, `inputs.*` in the
/// types the workflow declares.
fn resolve(path: &str, scope: Scope) -> Risk {
    if let Some(key) = path.strip_prefix("matrix.") {
        let Some(values) = matrix_values(scope.matrix, key.split('.').next().unwrap_or(key)) else {
            return Risk::Tainted(Taint::Indirect);
        };
        let taint = values.iter().map(|v| text_taint(v)).max();
        return match taint.unwrap_or(Taint::Safe) {
            Taint::Safe => Risk::Low(format!(
                "the file's matrix sets it to {}",
                shown_values(&values)
            )),
            taint => Risk::Tainted(taint),
        };
    }
    if let Some(name) = path.strip_prefix("env.") {
        let defined = [scope.step_env, scope.job_env, scope.workflow_env]
            .into_iter()
            .flatten()
            .flat_map(Node::entries)
            .find(|(k, _)| k.as_str().is_some_and(|k| k.eq_ignore_ascii_case(name)));
        let Some((_, value)) = defined else {
            return Risk::Tainted(Taint::Influenced);
        };
        let text = value.as_str().unwrap_or("");
        return match text_taint(text) {
            Taint::Safe => Risk::Low(format!(
                "this file sets it to {}",
                shown_values(&[text.to_string()])
            )),
            taint => Risk::Tainted(taint),
        };
    }
    let input = path
        .strip_prefix("inputs.")
        .or_else(|| path.strip_prefix("github.event.inputs."));
    if let Some(reason) = input.and_then(|name| typed_input(scope.on, name)) {
        return Risk::Low(reason.to_string());
    }
    match expr::taint(path) {
        Taint::Safe => Risk::Low(expr::safe_reason(path).to_string()),
        taint => Risk::Tainted(taint),
    }
}

/// Why the input `name` cannot carry shell syntax, when every trigger that declares it
/// (`workflow_dispatch`, `workflow_call`) gives it a type GitHub checks: a boolean, a
/// number, or a choice among literal options. An undeclared or string input: `None`.
fn typed_input(on: Option<&Node>, name: &str) -> Option<&'static str> {
    let declarations: Vec<&Node> = ["workflow_dispatch", "workflow_call"]
        .into_iter()
        .filter_map(|trigger| on?.get(trigger)?.get("inputs"))
        .flat_map(Node::entries)
        .filter(|(k, _)| k.as_str().is_some_and(|k| k.eq_ignore_ascii_case(name)))
        .map(|(_, v)| v)
        .collect();
    let reasons: Vec<Option<&'static str>> = declarations
        .iter()
        .map(|input| match input.get("type").and_then(Node::as_str)? {
            "boolean" => Some("a boolean input: GitHub passes only `true` or `false`"),
            "number" => Some("a number input: GitHub passes only a number"),
            "choice" => input
                .get("options")
                .map(Node::items)
                .filter(|options| {
                    options
                        .iter()
                        .all(|o| o.as_str().is_some_and(|t| text_taint(t) == Taint::Safe))
                })
                .map(|_| "a choice input: GitHub accepts only the options this file lists"),
            _ => None,
        })
        .collect();
    match reasons.first() {
        Some(first) if reasons.iter().all(Option::is_some) => *first,
        _ => None,
    }
}

/// Up to three distinct values as written (each cut at 60 characters), for a message.
fn shown_values(values: &[String]) -> String {
    let mut distinct: Vec<&String> = Vec::new();
    for value in values {
        if !distinct.contains(&value) {
            distinct.push(value);
        }
    }
    let mut shown: Vec<String> = distinct
        .iter()
        .take(3)
        .map(|v| match v.char_indices().nth(60) {
            Some((cut, _)) => format!("`{}…`", &v[..cut]),
            None => format!("`{v}`"),
        })
        .collect();
    if distinct.len() > 3 {
        shown.push(format!("and {} more", distinct.len() - 3));
    }
    shown.join(", ")
}

/// The worst taint of the expressions in a literal text (none: safe).
fn text_taint(text: &str) -> Taint {
    expr::expressions(text)
        .iter()
        .flat_map(|e| expr::contexts(e.inner))
        .map(|p| expr::taint(&p))
        .max()
        .unwrap_or(Taint::Safe)
}

/// The literal values a matrix gives `key` (its list and its `include` entries), or
/// `None` when the matrix is computed (`${{ fromJSON(...) }}`) or does not define it.
fn matrix_values(matrix: Option<&Node>, key: &str) -> Option<Vec<String>> {
    let matrix = matrix?;
    if let Some(text) = matrix.as_str() {
        // A computed matrix: its values are as trusted as what computes them.
        return Some(vec![text.to_string()]);
    }
    let mut values = Vec::new();
    let mut found = false;
    let mut collect = |node: &Node| {
        found = true;
        let mut scalars = Vec::new();
        scalar_values(node, &mut scalars);
        values.extend(
            scalars
                .iter()
                .filter_map(|n| n.as_str())
                .map(str::to_string),
        );
    };
    if let Some(node) = matrix.get(key) {
        collect(node);
    }
    for entry in matrix.get("include").map(Node::items).unwrap_or_default() {
        if let Some(node) = entry.get(key) {
            collect(node);
        }
    }
    found.then_some(values)
}

/// A text with `${{ matrix.x }}` replaced by each literal value of the matrix (a text
/// without one is itself).
fn resolved_texts(text: &str, scope: Scope) -> Vec<String> {
    let expressions = expr::expressions(text);
    let Some(first) = expressions.first() else {
        return vec![text.to_string()];
    };
    let contexts = expr::contexts(first.inner);
    let [path] = contexts.as_slice() else {
        return vec![text.to_string()];
    };
    let Some(key) = path.strip_prefix("matrix.") else {
        return vec![text.to_string()];
    };
    let end = first.start + text[first.start..].find("}}").map_or(0, |i| i + 2);
    match matrix_values(scope.matrix, key) {
        Some(values) if !values.iter().any(|v| v.contains("${{")) => values
            .iter()
            .map(|v| format!("{}{v}{}", &text[..first.start], &text[end..]))
            .collect(),
        _ => vec![text.to_string()],
    }
}

/// How a `permissions:` value reads.
#[derive(Clone, Debug, PartialEq)]
enum Permissions {
    WriteAll,
    ReadAll,
    /// Scopes and levels; unlisted scopes are `none` (so `{}` is no permission at all).
    Scopes(Vec<(String, Access)>),
    /// A form this reader does not know (an expression, a typo).
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Access {
    None,
    Read,
    Write,
}

impl Access {
    fn parse(text: &str) -> Option<Access> {
        match text.trim() {
            "none" => Some(Access::None),
            "read" => Some(Access::Read),
            "write" => Some(Access::Write),
            _ => None,
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            Access::None => "none",
            Access::Read => "read",
            Access::Write => "write",
        }
    }
}

fn read_permissions(node: &Node) -> Permissions {
    match &node.value {
        Value::Scalar(s) if s == "write-all" => Permissions::WriteAll,
        Value::Scalar(s) if s == "read-all" => Permissions::ReadAll,
        Value::Map(entries) => Permissions::Scopes(
            entries
                .iter()
                .filter_map(|(k, v)| Some((k.as_str()?.to_string(), Access::parse(v.as_str()?)?)))
                .collect(),
        ),
        Value::Null => Permissions::Scopes(Vec::new()),
        _ => Permissions::Other,
    }
}

impl Permissions {
    fn level(&self, scope: &str) -> Option<Access> {
        match self {
            Permissions::WriteAll => Some(Access::Write),
            Permissions::ReadAll => Some(Access::Read),
            Permissions::Scopes(scopes) => Some(
                scopes
                    .iter()
                    .find(|(s, _)| s == scope)
                    .map_or(Access::None, |(_, l)| *l),
            ),
            Permissions::Other => None,
        }
    }

    fn describe(&self) -> String {
        match self {
            Permissions::WriteAll => "write-all".into(),
            Permissions::ReadAll => "read-all".into(),
            Permissions::Scopes(s) if s.is_empty() => "{}".into(),
            Permissions::Scopes(s) => s
                .iter()
                .map(|(k, l)| format!("{k}: {}", l.as_str()))
                .collect::<Vec<_>>()
                .join(", "),
            Permissions::Other => "(unknown)".into(),
        }
    }
}

/// `excessive-permissions`: no `permissions:` anywhere for a job, `write-all`, and
/// scopes widened against the previous version (drift, with before and after).
fn permissions(doc: &Node, old: Option<&Node>, out: &mut Vec<Issue>) {
    let workflow = doc.get("permissions");
    let old_jobs = old.and_then(|o| o.get("jobs"));
    let mut sites: Vec<(String, Option<&Node>, Option<&Node>)> = vec![(
        "the workflow".into(),
        workflow,
        old.and_then(|o| o.get("permissions")),
    )];
    for (key, job) in doc.get("jobs").map(Node::entries).unwrap_or_default() {
        let Some(id) = key.as_str() else { continue };
        let declared = job.get("permissions");
        if workflow.is_none() && declared.is_none() {
            let mut issue = Issue::at(
                Check::ExcessivePermissions,
                key,
                format!(
                    "job `{id}` runs with the repository's default token permissions: neither it \
                     nor the workflow declares `permissions:`"
                ),
                format!("missing:{id}"),
            );
            issue.severity = Severity::Medium;
            out.push(issue);
        }
        let before = old_jobs
            .and_then(|j| j.get(id))
            .and_then(|j| j.get("permissions"));
        sites.push((format!("job `{id}`"), declared, before));
    }
    for (scope, declared, before) in sites {
        let Some(node) = declared else { continue };
        let now = read_permissions(node);
        let was = before.map(read_permissions);
        if now == Permissions::WriteAll {
            let mut issue = Issue::at(
                Check::ExcessivePermissions,
                node,
                format!(
                    "{scope} asks for `permissions: write-all`: every scope of the token can write"
                ),
                format!("write-all:{scope}"),
            );
            issue.severity = Severity::High;
            issue.before = was
                .filter(|w| *w != Permissions::WriteAll)
                .map(|w| w.describe());
            issue.after = Some("write-all".into());
            out.push(issue);
            continue;
        }
        let Some(was) = was.filter(|w| *w != Permissions::Other) else {
            continue;
        };
        widened(&scope, node, &now, &was, out);
    }
}

/// One issue per permission scope that `now` grants above `was`.
fn widened(scope: &str, node: &Node, now: &Permissions, was: &Permissions, out: &mut Vec<Issue>) {
    let granted: Vec<(String, Access, &Node)> = match (now, &node.value) {
        (Permissions::ReadAll, _) => vec![("read-all".into(), Access::Read, node)],
        (Permissions::Scopes(scopes), Value::Map(entries)) => scopes
            .iter()
            .filter_map(|(name, level)| {
                let key = entries.iter().find(|(k, _)| k.as_str() == Some(name))?;
                Some((name.clone(), *level, &key.0))
            })
            .collect(),
        _ => Vec::new(),
    };
    for (name, level, at) in granted {
        let before = if name == "read-all" {
            // read-all widens a list that left some scope below read.
            match was {
                Permissions::Scopes(_) => Access::None,
                other => other.level("contents").unwrap_or(Access::None),
            }
        } else {
            was.level(&name).unwrap_or(Access::None)
        };
        if level <= before {
            continue;
        }
        let shown_now = if name == "read-all" {
            "read-all".to_string()
        } else {
            format!("{name}: {}", level.as_str())
        };
        let shown_before = if name == "read-all" {
            was.describe()
        } else {
            format!("{name}: {}", before.as_str())
        };
        let mut issue = Issue::at(
            Check::ExcessivePermissions,
            at,
            format!(
                "{scope} widens the token's permissions: `{shown_before}` becomes `{shown_now}`"
            ),
            format!("widened:{scope}:{name}:{}", level.as_str()),
        );
        issue.severity = if level == Access::Write {
            Severity::High
        } else {
            Severity::Medium
        };
        issue.before = Some(shown_before);
        issue.after = Some(shown_now);
        out.push(issue);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::yaml;

    fn issues(text: &str) -> Vec<Issue> {
        issues_with(text, None, &Context::default())
    }

    fn issues_with(text: &str, old: Option<&str>, context: &Context) -> Vec<Issue> {
        let doc = yaml::parse(text).unwrap().remove(0);
        let old = old.map(|o| yaml::parse(o).unwrap().remove(0));
        let source = Source::new(text);
        let mut out = Vec::new();
        workflow(&doc, &source, old.as_ref(), context, &mut out);
        out
    }

    fn of(issues: &[Issue], check: Check) -> Vec<(u32, Severity, String)> {
        issues
            .iter()
            .filter(|i| i.check == check)
            .map(|i| (i.line, i.severity, i.identity.clone()))
            .collect()
    }

    #[test]
    fn versions_and_branches() {
        for tag in ["v4", "v4.1.7", "1.2", "v2-beta", "V1"] {
            assert!(is_version_tag(tag), "{tag}");
        }
        for branch in ["main", "master", "release/v1", "v", "latest", "v1..2"] {
            assert!(!is_version_tag(branch), "{branch}");
        }
        assert!(is_commit_sha("b4ffde65f46336ab88eb53be808477a3936bae11"));
        assert!(!is_commit_sha("b4ffde6"));
    }

    #[test]
    fn on_as_string_list_and_map() {
        for on in [
            "on: pull_request_target",
            "on: [push, pull_request_target]",
            "on:\n  pull_request_target:\n    types: [opened]",
        ] {
            let text = format!(
                "{on}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions: {{}}\n    steps:\n      - run: make\n"
            );
            let found = of(&issues(&text), Check::DangerousTrigger);
            assert_eq!(found.len(), 1, "{on}: {found:?}");
            assert_eq!(found[0].1, Severity::Medium);
        }
    }
}
