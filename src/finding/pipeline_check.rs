//! The pipeline checks by name: their ids (the `check` field of a pipeline finding, the
//! keys of `[pipeline]`), and what each means and how to fix it, which SARIF rules, the
//! Markdown summary and the README show. A leaf: it uses nothing of tollgate but the
//! severity scale, so the report schema and the reports can name checks without reaching
//! into the checks themselves.

use serde::{Deserialize, Serialize};

/// One pipeline check. Adding one is a compile error wherever it must be handled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Check {
    UnpinnedAction,
    UnpinnedImage,
    DangerousTrigger,
    TemplateInjection,
    ExcessivePermissions,
    NewSecretReference,
    SecretsInherit,
    DebugEnabled,
    SelfHostedOnPr,
    CurlPipeShell,
    UnpinnedHook,
    CodeownersGap,
}

impl Check {
    pub const ALL: [Check; 12] = [
        Check::UnpinnedAction,
        Check::UnpinnedImage,
        Check::DangerousTrigger,
        Check::TemplateInjection,
        Check::ExcessivePermissions,
        Check::NewSecretReference,
        Check::SecretsInherit,
        Check::DebugEnabled,
        Check::SelfHostedOnPr,
        Check::CurlPipeShell,
        Check::UnpinnedHook,
        Check::CodeownersGap,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Check::UnpinnedAction => "unpinned-action",
            Check::UnpinnedImage => "unpinned-image",
            Check::DangerousTrigger => "dangerous-trigger",
            Check::TemplateInjection => "template-injection",
            Check::ExcessivePermissions => "excessive-permissions",
            Check::NewSecretReference => "new-secret-reference",
            Check::SecretsInherit => "secrets-inherit",
            Check::DebugEnabled => "debug-enabled",
            Check::SelfHostedOnPr => "self-hosted-on-pr",
            Check::CurlPipeShell => "curl-pipe-shell",
            Check::UnpinnedHook => "unpinned-hook",
            Check::CodeownersGap => "codeowners-gap",
        }
    }

    pub fn from_id(id: &str) -> Option<Check> {
        Check::ALL.into_iter().find(|c| c.as_str() == id)
    }

    /// One line: what the check finds.
    pub fn title(self) -> &'static str {
        match self {
            Check::UnpinnedAction => "Action or reusable workflow not pinned to a commit SHA",
            Check::UnpinnedImage => "Container image not pinned to a digest",
            Check::DangerousTrigger => {
                "pull_request_target, workflow_run or issue_comment running a pull request's code"
            }
            Check::TemplateInjection => "Attacker-controlled expression expanded into a script",
            Check::ExcessivePermissions => "GITHUB_TOKEN permissions missing, write-all or widened",
            Check::NewSecretReference => "New reference to a CI secret",
            Check::SecretsInherit => "All secrets passed to a reusable workflow of another owner",
            Check::DebugEnabled => "Runner or step debug logging switched on",
            Check::SelfHostedOnPr => "Self-hosted runner in a workflow that forks can trigger",
            Check::CurlPipeShell => "Remote script piped into a shell",
            Check::UnpinnedHook => "pre-commit hook pinned to a tag, not a commit",
            Check::CodeownersGap => "Sensitive path that no CODEOWNERS line covers",
        }
    }

    /// Why it matters: SARIF's help text and the README.
    pub fn explanation(self) -> &'static str {
        match self {
            Check::UnpinnedAction => {
                "A tag or branch can be moved to other code at any time by whoever controls the \
                 action's repository (tj-actions/changed-files was retagged to a secret-dumping \
                 commit in 2025). Only a full commit SHA names fixed code. Reusable workflows and \
                 docker:// actions count too; local ./ actions do not."
            }
            Check::UnpinnedImage => {
                "An image tag is a movable name: the registry can serve other content under it \
                 tomorrow. `latest` or no tag at all changes with every push. Only an @sha256: \
                 digest names fixed content."
            }
            Check::DangerousTrigger => {
                "pull_request_target, workflow_run and issue_comment run in the context of the base \
                 repository, with its secrets and a write token, even for a pull request from a \
                 fork or a comment by anyone. A job \
                 that checks out the pull request's head, runs its code or downloads its \
                 artifacts hands those to the fork's author."
            }
            Check::TemplateInjection => {
                "${{ }} expressions are pasted into the script text before the shell or \
                 github-script runs it, so an issue title, a branch name or a commit message \
                 chosen by an attacker becomes code. Every expansion is reported so that a \
                 reviewer sees it; one whose value cannot hold shell syntax is information."
            }
            Check::ExcessivePermissions => {
                "Without a permissions: block a job gets the repository's default token \
                 permissions, often write access to everything; write-all asks for that \
                 explicitly. A compromised step then can push code, publish releases or approve \
                 pull requests."
            }
            Check::NewSecretReference => {
                "The change makes a secret (or a GitLab CI/CD variable) available to a job. \
                 Informational: reviewers see which jobs gain access to which credentials."
            }
            Check::SecretsInherit => {
                "secrets: inherit hands every secret of the repository to a workflow whose \
                 code someone else controls."
            }
            Check::DebugEnabled => {
                "Debug logging prints the runner's internals and every step's environment into \
                 logs that many people can read; secrets masked in normal logs can leak through \
                 transformed values."
            }
            Check::SelfHostedOnPr => {
                "A pull request from a fork runs its own code on the runner. On a self-hosted \
                 runner that code persists between jobs and reaches the runner's network and \
                 credentials."
            }
            Check::CurlPipeShell => {
                "A script fetched at run time and executed unseen can change between runs; \
                 whoever controls the server (or the DNS, or the CDN) runs code in the job."
            }
            Check::UnpinnedHook => {
                "pre-commit installs hooks by git revision; a tag can be moved to other code. \
                 Hooks run on every developer's machine."
            }
            Check::CodeownersGap => {
                "The repository has a CODEOWNERS file, but nobody is required to review \
                 changes to this CI definition, dependency file, Dockerfile or infrastructure \
                 folder, which are where supply-chain attacks land."
            }
        }
    }

    /// How to fix it, in general (findings carry a specific fix where they can).
    pub fn fix(self) -> &'static str {
        match self {
            Check::UnpinnedAction => {
                "pin a full commit SHA (keep the tag as a comment: @<sha> # v4.1.7)"
            }
            Check::UnpinnedImage => "pin the image by digest: name:tag@sha256:<digest>",
            Check::DangerousTrigger => {
                "use the pull_request trigger for untrusted code, or check out only the base and \
                 treat the pull request's files and artifacts as data"
            }
            Check::TemplateInjection => {
                "pass the value through env: (FOO: ${{ ... }}) and use \"$FOO\" in the script"
            }
            Check::ExcessivePermissions => {
                "declare the least permissions the job needs, e.g. permissions: { contents: read }"
            }
            Check::NewSecretReference => "make sure the job needs this secret",
            Check::SecretsInherit => "pass only the secrets the workflow needs, by name",
            Check::DebugEnabled => {
                "remove the variable; enable debug logging for one re-run instead"
            }
            Check::SelfHostedOnPr => {
                "use GitHub-hosted runners for fork-triggered workflows, or require approval"
            }
            Check::CurlPipeShell => {
                "download to a file, verify its checksum or signature, then run it"
            }
            Check::UnpinnedHook => "pin rev to a full commit SHA (pre-commit autoupdate --freeze)",
            Check::CodeownersGap => "add a CODEOWNERS line that covers the path",
        }
    }
}

impl std::fmt::Display for Check {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_match_serde() {
        for check in Check::ALL {
            assert_eq!(Check::from_id(check.as_str()), Some(check));
            assert_eq!(
                serde_json::to_value(check).unwrap(),
                serde_json::json!(check.as_str())
            );
        }
    }
}
