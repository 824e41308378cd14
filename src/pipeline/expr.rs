//! GitHub Actions expressions (`${{ ... }}`): where they are in a string, which contexts
//! they read (`github.event.issue.title`, `steps.build.outputs.tag`), and how far an
//! attacker can choose those contexts' values.
//!
//! Hand-written because no crate parses the expression language; the grammar needed here
//! is small (property paths with `.name`, `['name']`, `[0]`, `[*]` and `.*`, function
//! calls, string literals that may hold `}}`), and the parse never fails: text that is not
//! a path is skipped, which can only lose a context, and contexts are what is reported.

/// One `${{ ... }}` in a string: byte offset of `${{` and the text inside.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Expression<'a> {
    pub start: usize,
    pub inner: &'a str,
}

/// Every expression in `text`, in order. An unterminated `${{` ends the search.
pub(crate) fn expressions(text: &str) -> Vec<Expression<'_>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(found) = text[at..].find("${{") {
        let start = at + found;
        let body = start + 3;
        let mut i = body;
        let mut quoted = false;
        let mut end = None;
        while i < bytes.len() {
            match bytes[i] {
                // '' inside a literal is an escaped quote: two toggles, no net change.
                b'\'' => quoted = !quoted,
                b'}' if !quoted && bytes.get(i + 1) == Some(&b'}') => {
                    end = Some(i);
                    break;
                }
                _ => {}
            }
            i += 1;
        }
        let Some(end) = end else { break };
        out.push(Expression {
            start,
            inner: text[body..end].trim(),
        });
        at = end + 2;
    }
    out
}

/// The context paths an expression reads, lower-cased (contexts are case-insensitive),
/// with indexes written as `*`: `github.event.commits[0].message` is
/// `github.event.commits.*.message`. Function names are not paths.
pub(crate) fn contexts(inner: &str) -> Vec<String> {
    let chars: Vec<char> = inner.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\'' {
            i = skip_literal(&chars, i);
            continue;
        }
        let starts_ident = c.is_ascii_alphabetic() || c == '_';
        let after_dot = i > 0 && chars[i - 1] == '.';
        if !starts_ident || after_dot {
            i += 1;
            continue;
        }
        let (name, next) = ident(&chars, i);
        i = next;
        if chars.get(skip_space(&chars, i)) == Some(&'(') {
            continue; // a function: its arguments are scanned on their own
        }
        if matches!(name.as_str(), "true" | "false" | "null") {
            continue;
        }
        let mut path = name.to_ascii_lowercase();
        loop {
            match chars.get(i) {
                Some('.') if chars.get(i + 1) == Some(&'*') => {
                    path.push_str(".*");
                    i += 2;
                }
                Some('.')
                    if chars
                        .get(i + 1)
                        .is_some_and(|c| c.is_ascii_alphanumeric() || *c == '_') =>
                {
                    let (part, next) = ident(&chars, i + 1);
                    path.push('.');
                    path.push_str(&part.to_ascii_lowercase());
                    i = next;
                }
                Some('[') => {
                    let (part, next) = index(&chars, i);
                    path.push('.');
                    path.push_str(&part);
                    i = next;
                }
                _ => break,
            }
        }
        out.push(path);
    }
    out
}

fn ident(chars: &[char], start: usize) -> (String, usize) {
    let mut i = start;
    while i < chars.len()
        && (chars[i].is_ascii_alphanumeric() || chars[i] == '_' || chars[i] == '-')
    {
        i += 1;
    }
    (chars[start..i].iter().collect(), i)
}

fn skip_space(chars: &[char], mut i: usize) -> usize {
    while chars.get(i).is_some_and(|c| c.is_whitespace()) {
        i += 1;
    }
    i
}

/// Past a `'...'` literal starting at `start` (`''` is an escaped quote).
fn skip_literal(chars: &[char], start: usize) -> usize {
    let mut i = start + 1;
    while i < chars.len() {
        if chars[i] == '\'' {
            if chars.get(i + 1) == Some(&'\'') {
                i += 2;
                continue;
            }
            return i + 1;
        }
        i += 1;
    }
    i
}

/// `['name']` is the property `name`; any other index (a number, `*`, an expression) is `*`.
fn index(chars: &[char], open: usize) -> (String, usize) {
    let mut depth = 0;
    let mut i = open;
    while i < chars.len() {
        match chars[i] {
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            '\'' => {
                i = skip_literal(chars, i);
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    let inside: String = chars[open + 1..i.min(chars.len())].iter().collect();
    let inside = inside.trim();
    let name = inside
        .strip_prefix('\'')
        .and_then(|s| s.strip_suffix('\''))
        .filter(|s| !s.contains('\''))
        .map(str::to_ascii_lowercase)
        .unwrap_or_else(|| "*".to_string());
    (name, (i + 1).min(chars.len()))
}

/// Where an expression's contexts go: `values` can become (part of) the text it yields,
/// `tested` only decide between other operands. In `github.ref != 'refs/heads/main' &&
/// '--pre' || ''` the expression yields one of two literals and `github.ref` is tested;
/// in `a && b` the value of `a` comes out only when it is falsy (`''`, `0`, `false`,
/// `null`), which holds no shell syntax, so `a` counts as tested.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Flow {
    pub values: Vec<String>,
    pub tested: Vec<String>,
}

/// The flow of an expression's contexts, or `None` when it is not one this parser reads
/// (the caller then counts every context as a value, as before it could tell).
pub(crate) fn flow(inner: &str) -> Option<Flow> {
    let tokens = tokens(inner)?;
    let mut parser = Parser { tokens, at: 0 };
    let tree = parser.or()?;
    if parser.at != parser.tokens.len() {
        return None;
    }
    let mut flow = Flow::default();
    tree.flow(false, &mut flow);
    Some(flow)
}

/// Functions whose result is a boolean or a hash, whatever their arguments hold.
const TESTING_FUNCTIONS: &[&str] = &[
    "contains",
    "startswith",
    "endswith",
    "success",
    "always",
    "failure",
    "cancelled",
    "hashfiles",
];

#[derive(Clone, Debug, PartialEq)]
enum Token {
    Literal,
    Path(String),
    Function(String),
    Op(&'static str),
}

/// The tokens of an expression; `None` on a character the language does not have.
fn tokens(inner: &str) -> Option<Vec<Token>> {
    let chars: Vec<char> = inner.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == '\'' {
            i = skip_literal(&chars, i);
            out.push(Token::Literal);
        } else if c.is_ascii_digit()
            || (c == '-' && chars.get(i + 1).is_some_and(char::is_ascii_digit))
        {
            i += 1;
            while chars
                .get(i)
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == '.')
            {
                i += 1;
            }
            out.push(Token::Literal);
        } else if c.is_ascii_alphabetic() || c == '_' {
            let start = i;
            let (name, next) = ident(&chars, i);
            i = next;
            if chars.get(skip_space(&chars, i)) == Some(&'(') {
                out.push(Token::Function(name.to_ascii_lowercase()));
                continue;
            }
            if matches!(name.as_str(), "true" | "false" | "null") {
                out.push(Token::Literal);
                continue;
            }
            // The rest of the path: `.name`, `.*`, `[...]`.
            loop {
                match chars.get(i) {
                    Some('.') if chars.get(i + 1) == Some(&'*') => i += 2,
                    Some('.') => i = ident(&chars, i + 1).1,
                    Some('[') => i = index(&chars, i).1,
                    _ => break,
                }
            }
            let text: String = chars[start..i].iter().collect();
            out.push(Token::Path(contexts(&text).into_iter().next()?));
        } else {
            let two: String = chars[i..(i + 2).min(chars.len())].iter().collect();
            let op = ["&&", "||", "==", "!=", "<=", ">="]
                .into_iter()
                .find(|op| *op == two)
                .or_else(|| {
                    ["!", "<", ">", "(", ")", ","]
                        .into_iter()
                        .find(|op| op.starts_with(c))
                })?;
            i += op.len();
            out.push(Token::Op(op));
        }
    }
    Some(out)
}

/// An expression as far as where its contexts flow: literals, paths, calls, and the
/// operators by precedence (`!`, comparisons, `&&`, `||`).
enum Tree {
    Literal,
    Path(String),
    Call(String, Vec<Tree>),
    /// `!a` and comparisons: a boolean.
    Test(Vec<Tree>),
    And(Box<Tree>, Box<Tree>),
    Or(Box<Tree>, Box<Tree>),
}

impl Tree {
    fn flow(&self, tested: bool, out: &mut Flow) {
        match self {
            Tree::Literal => {}
            Tree::Path(path) if tested => out.tested.push(path.clone()),
            Tree::Path(path) => out.values.push(path.clone()),
            Tree::Call(name, args) => {
                let tests = tested || TESTING_FUNCTIONS.contains(&name.as_str());
                args.iter().for_each(|a| a.flow(tests, out));
            }
            Tree::Test(operands) => operands.iter().for_each(|o| o.flow(true, out)),
            Tree::And(a, b) => {
                a.flow(true, out);
                b.flow(tested, out);
            }
            Tree::Or(a, b) => {
                a.flow(tested, out);
                b.flow(tested, out);
            }
        }
    }
}

struct Parser {
    tokens: Vec<Token>,
    at: usize,
}

impl Parser {
    fn peek_op(&self, op: &'static str) -> bool {
        self.tokens.get(self.at) == Some(&Token::Op(op))
    }

    fn or(&mut self) -> Option<Tree> {
        let mut left = self.and()?;
        while self.peek_op("||") {
            self.at += 1;
            left = Tree::Or(Box::new(left), Box::new(self.and()?));
        }
        Some(left)
    }

    fn and(&mut self) -> Option<Tree> {
        let mut left = self.comparison()?;
        while self.peek_op("&&") {
            self.at += 1;
            left = Tree::And(Box::new(left), Box::new(self.comparison()?));
        }
        Some(left)
    }

    fn comparison(&mut self) -> Option<Tree> {
        let mut left = self.unary()?;
        while let Some(Token::Op("==" | "!=" | "<" | ">" | "<=" | ">=")) = self.tokens.get(self.at)
        {
            self.at += 1;
            left = Tree::Test(vec![left, self.unary()?]);
        }
        Some(left)
    }

    fn unary(&mut self) -> Option<Tree> {
        if self.peek_op("!") {
            self.at += 1;
            return Some(Tree::Test(vec![self.unary()?]));
        }
        let token = self.tokens.get(self.at)?.clone();
        self.at += 1;
        match token {
            Token::Literal => Some(Tree::Literal),
            Token::Path(path) => Some(Tree::Path(path)),
            Token::Function(name) => {
                self.expect("(")?;
                let mut args = Vec::new();
                if !self.peek_op(")") {
                    args.push(self.or()?);
                    while self.peek_op(",") {
                        self.at += 1;
                        args.push(self.or()?);
                    }
                }
                self.expect(")")?;
                Some(Tree::Call(name, args))
            }
            Token::Op("(") => {
                let inner = self.or()?;
                self.expect(")")?;
                Some(inner)
            }
            Token::Op(_) => None,
        }
    }

    fn expect(&mut self, op: &'static str) -> Option<()> {
        self.peek_op(op).then(|| self.at += 1)
    }
}

/// How far an attacker chooses a context's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Taint {
    /// Fixed by the platform or the repository's owners (a SHA, a run id, a secret).
    Safe,
    /// Comes from an earlier step, job or variable, which may or may not carry outside
    /// text.
    Indirect,
    /// Text that people other than the repository's writers can often influence
    /// (workflow inputs, environment variables, branch and release names).
    Influenced,
    /// Text anyone who can open an issue, a pull request or a comment chooses.
    Attacker,
}

/// Event fields anyone who opens an issue, pull request, review, comment, discussion or
/// pushes a fork branch chooses freely (GitHub's "untrusted input" list, extended with the
/// `workflow_run` copies of the same fields). `*` is one path segment.
const ATTACKER_FIELDS: &[&str] = &[
    "github.head_ref",
    "github.event.issue.title",
    "github.event.issue.body",
    "github.event.pull_request.title",
    "github.event.pull_request.body",
    "github.event.pull_request.head.ref",
    "github.event.pull_request.head.label",
    "github.event.pull_request.head.repo.default_branch",
    "github.event.pull_request.head.repo.description",
    "github.event.pull_request.head.repo.homepage",
    "github.event.comment.body",
    "github.event.review.body",
    "github.event.review_comment.body",
    "github.event.pages.*.page_name",
    "github.event.commits.*.message",
    "github.event.commits.*.author.email",
    "github.event.commits.*.author.name",
    "github.event.commits.*.committer.email",
    "github.event.commits.*.committer.name",
    "github.event.head_commit.message",
    "github.event.head_commit.author.email",
    "github.event.head_commit.author.name",
    "github.event.head_commit.committer.email",
    "github.event.head_commit.committer.name",
    "github.event.workflow_run.head_branch",
    "github.event.workflow_run.display_title",
    "github.event.workflow_run.head_commit.message",
    "github.event.workflow_run.head_commit.author.email",
    "github.event.workflow_run.head_commit.author.name",
    "github.event.workflow_run.head_commit.committer.email",
    "github.event.workflow_run.head_commit.committer.name",
    "github.event.workflow_run.pull_requests.*.head.ref",
    "github.event.workflow_run.head_repository.description",
    "github.event.discussion.title",
    "github.event.discussion.body",
    "github.event.release.name",
    "github.event.release.body",
    "github.event.release.tag_name",
];

/// Last segments of event fields that are numbers, hashes, ids, flags or timestamps.
const SAFE_EVENT_LEAVES: &[&str] = &[
    "number",
    "id",
    "node_id",
    "sha",
    "head_sha",
    "merge_commit_sha",
    "before",
    "after",
    "merged",
    "draft",
    "locked",
    "state",
    "action",
    "created_at",
    "updated_at",
    "closed_at",
    "merged_at",
    "pushed_at",
    "run_number",
    "run_attempt",
    "run_id",
    "workflow_id",
    "check_suite_id",
    "size",
    "forced",
    "deleted",
    "created",
    "private",
    "fork",
    "commits",
    "additions",
    "deletions",
    "changed_files",
    "comments",
    "review_comments",
    "login",
    "type",
    "site_admin",
    "author_association",
    "conclusion",
    "status",
    "event",
    "html_url",
    "url",
    "api_url",
    "clone_url",
    "git_url",
    "ssh_url",
    "mergeable",
    "rebaseable",
    "maintainer_can_modify",
    "visibility",
    "default",
];

/// Top-level event strings that are names (refs, branches) rather than free text.
const EVENT_NAMES: &[&str] = &[
    "ref",
    "base_ref",
    "master_branch",
    "description",
    "pusher_type",
    "ref_type",
    "compare",
];

/// `github.*` properties the platform sets.
const SAFE_GITHUB: &[&str] = &[
    "sha",
    "run_id",
    "run_number",
    "run_attempt",
    "repository",
    "repository_id",
    "repository_owner",
    "repository_owner_id",
    "repositoryurl",
    "workspace",
    "server_url",
    "api_url",
    "graphql_url",
    "event_name",
    "action",
    "action_path",
    "action_repository",
    "action_status",
    "job",
    "workflow",
    "workflow_ref",
    "workflow_sha",
    "token",
    "actor",
    "actor_id",
    "triggering_actor",
    "retention_days",
    "ref_type",
    "ref_protected",
    "path",
    "env",
    "output",
    "state",
    "step_summary",
    "secret_source",
    "base_ref",
    "job_workflow_sha",
];

fn matches_pattern(pattern: &str, path: &str) -> bool {
    let mut p = pattern.split('.');
    let mut s = path.split('.');
    loop {
        match (p.next(), s.next()) {
            (None, None) => return true,
            (Some(a), Some(b)) if a == "*" || b == "*" || a == b => {}
            _ => return false,
        }
    }
}

/// How far an attacker controls the value of `path` (from [`contexts`]). `matrix.*` is
/// resolved by the caller, which knows the job's matrix.
pub(crate) fn taint(path: &str) -> Taint {
    if ATTACKER_FIELDS.iter().any(|p| matches_pattern(p, path)) {
        return Taint::Attacker;
    }
    let mut parts = path.split('.');
    let root = parts.next().unwrap_or("");
    let second = parts.next();
    match root {
        "github" => match second {
            None => Taint::Attacker, // the whole context, event included
            Some("event") => event_taint(path),
            Some("ref" | "ref_name") => Taint::Influenced,
            Some(p) if SAFE_GITHUB.contains(&p) => Taint::Safe,
            Some(_) => Taint::Indirect,
        },
        "inputs" | "env" => Taint::Influenced,
        "steps" | "needs" | "vars" | "jobs" => Taint::Indirect,
        "secrets" | "runner" | "job" | "strategy" | "matrix" => Taint::Safe,
        _ => Taint::Safe,
    }
}

/// Why a context that [`taint`] calls safe cannot carry an attacker's shell syntax into
/// a script, for the message that shows it to a reviewer anyway.
pub(crate) fn safe_reason(path: &str) -> &'static str {
    let leaf = path.rsplit('.').next().unwrap_or(path);
    if path == "github.base_ref" {
        "it names a branch of the base repository, which only its writers create"
    } else if leaf.ends_with("sha") || matches!(leaf, "before" | "after") {
        "it is a commit SHA (hex digits), which cannot hold shell syntax"
    } else if leaf == "login" || matches!(path, "github.actor" | "github.triggering_actor") {
        "it is a GitHub login (letters, digits and `-`), which cannot hold shell syntax"
    } else if path.starts_with("github.event.") {
        "GitHub sets it to a number, id, flag, state, time or URL, which cannot hold shell syntax"
    } else {
        "GitHub or the runner sets it for the run; the event's author does not choose it"
    }
}

fn event_taint(path: &str) -> Taint {
    let segments: Vec<&str> = path.split('.').collect();
    if segments.len() <= 3 {
        // `github.event` or `github.event.pull_request` whole (toJSON of it, say) holds
        // titles and bodies; a top-level string such as `github.event.ref` is a name.
        return match segments.get(2) {
            Some(leaf) if SAFE_EVENT_LEAVES.contains(leaf) => Taint::Safe,
            Some(leaf) if EVENT_NAMES.contains(leaf) => Taint::Influenced,
            _ => Taint::Attacker,
        };
    }
    let leaf = segments[segments.len() - 1];
    if SAFE_EVENT_LEAVES.contains(&leaf) {
        return Taint::Safe;
    }
    match segments[2] {
        "inputs" | "client_payload" | "label" | "milestone" => Taint::Influenced,
        _ if leaf == "full_name" || leaf == "name" || leaf == "ref" => Taint::Indirect,
        _ => Taint::Influenced,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expressions_are_found_with_their_offsets() {
        let text = "echo ${{ github.event.issue.title }} and ${{ format('}}{0}', x) }}";
        let found = expressions(text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].start, 5);
        assert_eq!(found[0].inner, "github.event.issue.title");
        assert_eq!(found[1].inner, "format('}}{0}', x)");
        assert!(expressions("echo ${{ unterminated").is_empty());
    }

    #[test]
    fn contexts_are_paths_with_indexes_as_stars() {
        assert_eq!(
            contexts("github.event.commits[0].message || github.event['pull_request'].TITLE"),
            [
                "github.event.commits.*.message",
                "github.event.pull_request.title"
            ]
        );
        assert_eq!(
            contexts("contains(github.event.issue.labels.*.name, 'bug') && true"),
            ["github.event.issue.labels.*.name"]
        );
        assert_eq!(
            contexts("format('{0}', 'github.head_ref')"),
            Vec::<String>::new()
        );
        assert_eq!(contexts("toJSON(github.event)"), ["github.event"]);
        assert_eq!(
            contexts("steps.build-it.outputs.tag"),
            ["steps.build-it.outputs.tag"]
        );
    }

    #[test]
    fn flow_separates_values_from_tested_contexts() {
        let flow = |text: &str| flow(text).unwrap();
        let only_literals = flow("github.ref != 'refs/heads/release' && '--pre-release' || ''");
        assert!(only_literals.values.is_empty());
        assert_eq!(only_literals.tested, ["github.ref"]);
        let poetry = flow(
            "(contains(needs.*.result, 'failure') || contains(needs.*.result, 'cancelled')) && 'false' || 'true'",
        );
        assert!(poetry.values.is_empty(), "{poetry:?}");
        let fallback = flow("github.event.issue.title || 'none'");
        assert_eq!(fallback.values, ["github.event.issue.title"]);
        let formatted = flow("matrix.pgo && format('--pgo {0}', matrix.pgo) || ''");
        assert_eq!(formatted.values, ["matrix.pgo"]);
        assert_eq!(formatted.tested, ["matrix.pgo"]);
        assert_eq!(
            flow("!github.event.pull_request.draft").values,
            Vec::<String>::new()
        );
        assert_eq!(
            flow("toJSON(github.event.issue)").values,
            ["github.event.issue"]
        );
        assert_eq!(flow("secrets[matrix.pat]").values, ["secrets.*"]);
        // Not the language: every context is then a value (the caller's fallback).
        assert_eq!(super::flow("a ? b : c"), None);
        assert_eq!(super::flow("a &&"), None);
        assert_eq!(super::flow("f(a"), None);
    }

    #[test]
    fn attacker_fields_and_safe_fields() {
        for path in [
            "github.event.issue.title",
            "github.event.pull_request.body",
            "github.head_ref",
            "github.event.commits.*.message",
            "github.event.workflow_run.head_branch",
            "github.event",
        ] {
            assert_eq!(taint(path), Taint::Attacker, "{path}");
        }
        for path in [
            "github.sha",
            "github.event.pull_request.number",
            "github.event.pull_request.head.sha",
            "secrets.token",
            "runner.os",
        ] {
            assert_eq!(taint(path), Taint::Safe, "{path}");
        }
        assert_eq!(taint("inputs.version"), Taint::Influenced);
        assert_eq!(taint("github.ref_name"), Taint::Influenced);
        assert_eq!(taint("steps.meta.outputs.tags"), Taint::Indirect);
        assert_eq!(
            taint("github.event.pull_request.head.repo.full_name"),
            Taint::Indirect
        );
    }
}
