//! `tollgate deps BASE HEAD` and `tollgate deps --base REF [--head REF]`: what a change
//! does to the dependency graph, with advisory verdicts; `tollgate deps --audit [PATH…]`:
//! every package of a tree against the advisories.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context as _;

use crate::app::dir::missing_salt;
use crate::app::{self, CommonArgs, FeedArgs, Outcome, RangeArgs, Session, base_policy};
use crate::deps::{self, MissingStore};
use crate::finding::{DependencyFinding, Finding, PolicyFinding, Report, SecretFinding, Stats};
use crate::policy::Mode;
use crate::report;
use crate::scan::{self, ScanOptions};

#[derive(Clone, Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("sides").required(true).args(["base_path", "base", "audit"])))]
pub struct DepsArgs {
    /// The base lockfile or directory.
    #[arg(value_name = "BASE", requires = "head_path", conflicts_with = "base")]
    pub base_path: Option<PathBuf>,
    /// The head lockfile or directory.
    #[arg(value_name = "HEAD")]
    pub head_path: Option<PathBuf>,
    /// Judge every package of the lockfiles at PATH (lockfiles or directories; default
    /// `.`) against the advisories, with a table and a summary by severity: an audit of
    /// the tree as it is, not of a change.
    #[arg(long, value_name = "PATH", num_args = 0.., conflicts_with_all = ["base_path", "base"])]
    pub audit: Option<Vec<PathBuf>>,
    #[command(flatten)]
    pub range: RangeArgs,
    #[command(flatten)]
    pub feed: FeedArgs,
    #[command(flatten)]
    pub common: CommonArgs,
}

pub fn run(args: &DepsArgs) -> anyhow::Result<Outcome> {
    if let Some(paths) = &args.audit {
        return audit(args, paths);
    }
    let started = Instant::now();
    let (mut dependency_findings, secret_findings, mut stats, session, root, policy_changes) =
        match &args.range.base {
            Some(_) => from_git(args)?,
            None => from_paths(args)?,
        };
    let gate = session.gate(Mode::Base);
    let allowed = args
        .feed
        .judge(&session.config, &root, &gate, MissingStore::Fail)?
        .judge(&mut dependency_findings)?;
    let mut findings: Vec<Finding> = app::secret_findings(session.unsuppressed(secret_findings));
    findings.extend(policy_changes.into_iter().map(Finding::Policy));
    findings.extend(dependency_findings.into_iter().map(Finding::Dependency));
    stats.elapsed_ms = started.elapsed().as_millis() as u64;
    let mut report = Report::new(findings, stats);
    report.hidden.allowed_advisories = allowed;
    app::finish(report, &session, &args.common, gate)
}

type Sides = (
    Vec<DependencyFinding>,
    Vec<SecretFinding>,
    Stats,
    Session,
    PathBuf,
    Vec<PolicyFinding>,
);

/// Two lockfiles or two directories on disk.
fn from_paths(args: &DepsArgs) -> anyhow::Result<Sides> {
    let (Some(base), Some(head)) = (&args.base_path, &args.head_path) else {
        anyhow::bail!("give BASE and HEAD paths, or --base REF");
    };
    // The project is where the command runs: its tollgate.toml, .npmrc and cargo
    // configuration apply, whichever trees are compared.
    let root = PathBuf::from(".");
    let session = Session::prepare_with(&root, &args.common, missing_salt(&root))?;
    // `[deps] exclude` as in `check`: paths relative to the compared directories.
    let excluded = |p: &std::path::Path| session.config.deps.excluded(&p.to_string_lossy());
    let (findings, excluded) = deps::diff_files_except(base, head, &excluded)?;
    let (secrets, mut stats) =
        scan::secrets_in_dependency_files(&session.scanner, session.redact, base, head)?;
    stats
        .skipped
        .extend(excluded.iter().map(|p| app::deps_excluded(p)));
    Ok((findings, secrets, stats, session, root, Vec::new()))
}

/// The merge base of `--base` and the head, read with gix; the policy is the merge
/// base's, as in `check --base`.
fn from_git(args: &DepsArgs) -> anyhow::Result<Sides> {
    let gate = base_policy::prepare(&args.range, &args.common)?;
    let session = gate.session;
    let options = ScanOptions {
        redact: session.redact,
        max_file_size: session.max_file_size(),
    };
    let mut scan = scan::range(&gate.repo, gate.range, &session.scanner, &options)?;
    let dependency_files =
        session.included_dependency_files(&scan.dependency_files, &mut scan.stats.skipped);
    let findings =
        deps::diff_git_change(&args.range.repo, &scan.base, &scan.head, &dependency_files)?;
    // Credentials inside lockfiles and package-manager configuration are part of what a
    // dependency change can leak (`user:token@` in a resolved URL, an `_authToken`).
    let secrets = scan
        .findings
        .into_iter()
        .filter(|f| scan::is_dependency_config(&f.file))
        .collect();
    Ok((
        findings,
        secrets,
        scan.stats,
        session,
        gate.root,
        gate.policy_changes,
    ))
}

/// `deps --audit`: every package of the lockfiles at `paths` against the advisories. The
/// text format is the audit table; the other formats list the flagged packages, and the
/// summary goes to standard error.
fn audit(args: &DepsArgs, paths: &[PathBuf]) -> anyhow::Result<Outcome> {
    let started = Instant::now();
    let default = [PathBuf::from(".")];
    let paths = if paths.is_empty() {
        &default[..]
    } else {
        paths
    };
    let root = PathBuf::from(".");
    let session = Session::prepare_with(&root, &args.common, missing_salt(&root))?;
    let gate = session.gate(Mode::Base);
    let mut packages = deps::audit_files(paths)?;
    args.feed
        .judge(&session.config, &root, &gate, MissingStore::Fail)?
        .audit(&mut packages)?;
    let counts = report::audit::Counts::of(&packages, &gate);
    if args.common.report_format() == report::Format::Text {
        let text = || -> std::io::Result<()> {
            let mut out: Box<dyn std::io::Write> = match args.common.report_file() {
                Some(path) => Box::new(std::fs::File::create(path)?),
                None => Box::new(std::io::stdout().lock()),
            };
            report::audit::write_table(&mut out, &packages, &gate)?;
            out.flush()
        };
        text().context("cannot write the audit")?;
    } else {
        eprintln!("tollgate: {}", report::audit::summary(&counts));
        packages.retain(|p| !p.checks.is_empty());
        let stats = Stats {
            elapsed_ms: started.elapsed().as_millis() as u64,
            ..Stats::default()
        };
        let findings = packages.into_iter().map(Finding::Dependency).collect();
        let report = Report::new(findings, stats);
        app::finish(report, &session, &args.common, session.gate(Mode::Base))?;
    }
    Ok(if counts.blocking > 0 {
        Outcome::Blocked
    } else {
        Outcome::Pass
    })
}
