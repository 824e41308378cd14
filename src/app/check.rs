//! `tollgate check --staged` (pre-commit) and `tollgate check --base REF [--head REF]`
//! (pull-request gate): secrets in the lines a change adds, the dependency diff of the
//! lockfiles it touches, and what it does to the CI/CD definitions.
//!
//! `check --staged` reads configuration and suppressions from the top of the working
//! tree, where `tollgate.toml` and `.tollgateignore` live, whatever directory the hook
//! runs in. `check --base` reads them from the merge base (`app::base_policy`), and
//! reports what the change does to them.

use std::time::Instant;

use crate::app::{self, CommonArgs, FeedArgs, Outcome, RangeArgs, Session, base_policy};
use crate::deps::{self, MissingStore};
use crate::finding::{Finding, Report, SecretFinding};
use crate::pipeline;
use crate::policy::{Disposition, Gate, Mode};
use crate::scan::{self, ScanOptions};

#[derive(Clone, Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("change").required(true).args(["staged", "base"])))]
pub struct CheckArgs {
    /// Scan what the index adds relative to HEAD (for a pre-commit hook).
    #[arg(long)]
    pub staged: bool,
    /// Run as the pre-commit hook: a refusal ends with the ways forward (written by
    /// `tollgate hook install`).
    #[arg(long, requires = "staged", hide = true)]
    pub hook: bool,
    #[command(flatten)]
    pub range: RangeArgs,
    #[command(flatten)]
    pub feed: FeedArgs,
    #[command(flatten)]
    pub common: CommonArgs,
}

pub fn run(args: &CheckArgs) -> anyhow::Result<Outcome> {
    let started = Instant::now();
    // A pull-request gate reads its policy from the merge base (the change must not
    // judge itself); a pre-commit hook from the working tree, which the developer owns.
    let (session, root, scan, policy_changes) = match &args.range.base {
        Some(_) => {
            let gate = base_policy::prepare(&args.range, &args.common)?;
            let options = scan_options(&gate.session);
            let scan = scan::range(&gate.repo, gate.range, &gate.session.scanner, &options)?;
            (gate.session, gate.root, scan, gate.policy_changes)
        }
        None => {
            let (session, root) = Session::in_repo(&args.range.repo, &args.common)?;
            let scan = scan::staged(&args.range.repo, &session.scanner, &scan_options(&session))?;
            (session, root, scan, Vec::new())
        }
    };
    // The dependency diff of the lockfiles the same change touched. A pre-commit hook
    // only warns when it cannot judge (no store, network down), so an offline laptop can
    // commit; a pull-request gate fails instead.
    let staged = args.range.base.is_none();
    let gate = session.gate(if staged { Mode::Staged } else { Mode::Base });
    let mut stats = scan.stats;
    let dependency_files =
        session.included_dependency_files(&scan.dependency_files, &mut stats.skipped);
    let mut dependencies =
        deps::diff_git_change(&args.range.repo, &scan.base, &scan.head, &dependency_files)?;
    let missing = if staged {
        MissingStore::Warn
    } else {
        MissingStore::Fail
    };
    let allowed = args
        .feed
        .judge(&session.config, &root, &gate, missing)?
        .judge(&mut dependencies)?;
    // What the same change does to the CI/CD definitions.
    let excluded = |p: &str| session.config.pipeline.excluded(p);
    let options = pipeline::review::Options {
        context: app::pipeline::context(&args.range.repo),
        max_file_size: session.max_file_size(),
        excluded: &excluded,
    };
    let reviewed = pipeline::review_change(
        &args.range.repo,
        &scan.base,
        &scan.head,
        &scan.changed,
        &options,
    )?;
    let mut findings = app::secret_findings(session.unsuppressed(scan.findings));
    findings.extend(policy_changes.into_iter().map(Finding::Policy));
    findings.extend(dependencies.into_iter().map(Finding::Dependency));
    findings.extend(app::pipeline::judged(&gate, reviewed.findings));
    stats.skipped.extend(reviewed.skipped);
    stats.elapsed_ms = started.elapsed().as_millis() as u64;
    // The refusal names files and fingerprints, so it reads the report as outputs show it.
    let mut report = session.hide_secrets_in_names(Report::new(findings, stats))?;
    report.hidden.allowed_advisories = allowed;
    let refusal = args.hook.then(|| refusal(&report, &gate));
    let outcome = app::finish(report, &session, &args.common, gate)?;
    if let (Some(text), Outcome::Blocked) = (refusal, outcome) {
        eprint!("{text}");
    }
    Ok(outcome)
}

fn scan_options(session: &Session) -> ScanOptions {
    ScanOptions {
        redact: session.redact,
        max_file_size: session.max_file_size(),
    }
}

/// What the hook says when it refuses a commit: what blocks, and the three ways forward,
/// last, where a developer looks; a blocking secret's fingerprint is spelt out, since
/// only JSON and SARIF show it otherwise.
fn refusal(report: &Report, gate: &Gate) -> String {
    let blocking: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|f| gate.disposition(f) == Disposition::Blocks)
        .collect();
    let secrets: Vec<&SecretFinding> = blocking
        .iter()
        .filter_map(|f| match f {
            Finding::Secret(s) => Some(s),
            _ => None,
        })
        .collect();
    let others = blocking.len() - secrets.len();
    let mut out = format!(
        "\ntollgate: commit refused: {} blocking finding{} in the staged changes",
        blocking.len(),
        if blocking.len() == 1 { "" } else { "s" }
    );
    out.push_str(&format!(
        " ({} secret{}, {others} other).\n",
        secrets.len(),
        if secrets.len() == 1 { "" } else { "s" }
    ));
    if others > 0 {
        out.push_str(
            "A dependency change blocks: review it, or accept it with a [[deps.allow]] entry \
             (package or advisory, and a reason) in tollgate.toml.\n",
        );
    }
    out.push_str("Ways forward:\n");
    out.push_str("  1. bypass the check for this one commit: git commit --no-verify\n");
    out.push_str(
        "  2. if it is no secret, or meant to be there: put tollgate:allow in a comment on its line\n",
    );
    out.push_str(
        "  3. or suppress it wherever it appears: add its fingerprint and a reason to .tollgateignore\n",
    );
    for secret in secrets {
        out.push_str(&format!(
            "       {} <reason>    # {}:{} {}\n",
            secret.fingerprint, secret.file, secret.line, secret.rule
        ));
    }
    out
}
