//! `tollgate deps BASE HEAD` and `tollgate deps --base REF [--head REF]`: what a change
//! does to the dependency graph, with advisory verdicts; and the advisory plumbing that
//! `tollgate check` shares.

use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::app::{self, CommonArgs, Outcome, Session};
use crate::deps;
use crate::deps::advisories::{self, Advisories};
use crate::feed::api::{ApiOptions, DEFAULT_API_URL, OsvApi};
use crate::feed::{self, Ecosystem, Store};
use crate::finding::Change;
use crate::finding::{DependencyFinding, Finding, Report, SecretFinding, Stats};
use crate::git::{self, Snapshot};
use crate::policy::{Config, Gate, Level, Mode};
use crate::registry::config::{Environment, Registries};
use crate::registry::fetch::HttpOptions;
use crate::registry::{self, PublishTime, Query};

/// The reason a publish-time lookup gives when no registry is configured for the
/// ecosystem.
const NO_REGISTRY: &str = "no-registry-configured";
use crate::scan::{self, ScanOptions};

/// Where advisory verdicts come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum FeedSource {
    /// The local store that `tollgate feed sync` / `feed import` fill.
    Local,
    /// OSV's online batch API (no local store needed).
    OsvApi,
}

/// Options of the commands that judge dependencies.
#[derive(Clone, Debug, clap::Args)]
pub struct FeedArgs {
    /// Where advisories come from.
    #[arg(long, value_enum, default_value_t = FeedSource::Local)]
    pub feed: FeedSource,
    /// The advisory store (default: `[feed] store` in tollgate.toml, else
    /// $TOLLGATE_CACHE_DIR/advisories.sqlite3, else the user cache directory).
    #[arg(long, value_name = "FILE")]
    pub store: Option<PathBuf>,
    /// Base URL of the OSV API for `--feed osv-api`.
    #[arg(long, value_name = "URL")]
    pub osv_api_url: Option<String>,
    /// Make no network request: advisories from the local store only, publish times not
    /// looked up (said once on standard error).
    #[arg(long, conflicts_with = "osv_api_url")]
    pub offline: bool,
}

/// What to do when the local store is missing or empty.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MissingStore {
    /// Fail (exit 2): a gate must not pass dependencies it could not judge.
    Fail,
    /// Warn once and report the diff without verdicts (the pre-commit hook on a laptop
    /// that never synced).
    Warn,
}

#[derive(Clone, Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("sides").required(true).args(["base_path", "base"])))]
pub struct DepsArgs {
    /// The base lockfile or directory.
    #[arg(value_name = "BASE", requires = "head_path", conflicts_with = "base")]
    pub base_path: Option<PathBuf>,
    /// The head lockfile or directory.
    #[arg(value_name = "HEAD")]
    pub head_path: Option<PathBuf>,
    /// Read the lockfiles from git: the merge base of REF and the head.
    #[arg(long, value_name = "REF")]
    pub base: Option<String>,
    /// The head commit for `--base` (default: HEAD).
    #[arg(long, value_name = "REF", requires = "base")]
    pub head: Option<String>,
    /// The repository for `--base` (default: the one containing the current directory).
    #[arg(long, value_name = "PATH", default_value = ".")]
    pub repo: PathBuf,
    #[command(flatten)]
    pub feed: FeedArgs,
    #[command(flatten)]
    pub common: CommonArgs,
}

pub fn run(args: &DepsArgs) -> anyhow::Result<Outcome> {
    let started = Instant::now();
    app::configure_threads(args.common.threads);
    let (mut dependency_findings, secret_findings, mut stats, session, root) = match &args.base {
        Some(base) => from_git(args, base)?,
        None => from_paths(args)?,
    };
    let gate = session.gate(Mode::Base);
    let judge_with = Judge {
        feed: &args.feed,
        config: &session.config,
        root: &root,
        gate: &gate,
        missing: MissingStore::Fail,
    };
    judge_with.judge(&mut dependency_findings)?;
    let mut findings: Vec<Finding> = app::secret_findings(session.unsuppressed(secret_findings));
    findings.extend(dependency_findings.into_iter().map(Finding::Dependency));
    stats.elapsed_ms = started.elapsed().as_millis() as u64;
    let report = Report::new(findings, stats);
    app::finish(&report, &args.common, gate)
}

type Sides = (
    Vec<DependencyFinding>,
    Vec<SecretFinding>,
    Stats,
    Session,
    PathBuf,
);

/// Two lockfiles or two directories on disk.
fn from_paths(args: &DepsArgs) -> anyhow::Result<Sides> {
    let (Some(base), Some(head)) = (&args.base_path, &args.head_path) else {
        anyhow::bail!("give BASE and HEAD paths, or --base REF");
    };
    // The project is where the command runs: its tollgate.toml, .npmrc and cargo
    // configuration apply, whichever trees are compared.
    let root = PathBuf::from(".");
    let session = Session::prepare(&root, &args.common)?;
    let findings = deps::diff_files(base, head)?;
    let (secrets, stats) =
        scan::secrets_in_dependency_files(&session.scanner, session.redact, base, head)?;
    Ok((findings, secrets, stats, session, root))
}

/// The merge base of `--base` and the head, read with gix.
fn from_git(args: &DepsArgs, base: &str) -> anyhow::Result<Sides> {
    let root = git::worktree_root(&args.repo)?;
    let session = Session::prepare(&root, &args.common)?;
    let options = ScanOptions {
        redact: session.redact,
        max_file_size: session.max_file_size(),
    };
    let scan = scan::range(
        &args.repo,
        base,
        args.head.as_deref(),
        &session.scanner,
        &options,
    )?;
    let findings = git_dependency_diff(&args.repo, &scan)?;
    // Credentials inside lockfiles and package-manager configuration are part of what a
    // dependency change can leak (`user:token@` in a resolved URL, an `_authToken`).
    let secrets = scan
        .findings
        .into_iter()
        .filter(|f| scan::is_dependency_config(&f.file))
        .collect();
    Ok((findings, secrets, scan.stats, session, root))
}

/// The dependency diff of the lockfiles a git change touched.
pub fn git_dependency_diff(
    repo: &Path,
    scan: &scan::GitScan,
) -> anyhow::Result<Vec<DependencyFinding>> {
    if scan.dependency_files.is_empty() {
        return Ok(Vec::new());
    }
    let base = Snapshot::open(repo, &scan.base)?;
    let head = Snapshot::open(repo, &scan.head)?;
    Ok(deps::diff_changed(
        scan.dependency_files.iter().map(String::as_str),
        &base,
        &head,
    )?)
}

/// Everything that judges a dependency diff: advisories, publish times and the policy.
pub struct Judge<'a> {
    pub feed: &'a FeedArgs,
    pub config: &'a Config,
    /// The project root, where package managers' configuration (`.npmrc`, `.cargo/`) is read.
    pub root: &'a Path,
    pub gate: &'a Gate,
    pub missing: MissingStore,
}

impl Judge<'_> {
    /// Adds the advisory and publish-time checks, then drops what the policy switches
    /// off or allows, and warns about expired allow entries.
    pub fn judge(&self, findings: &mut [DependencyFinding]) -> anyhow::Result<()> {
        for warning in self.gate.deps.expiry_warnings() {
            eprintln!("tollgate: warning: {warning}");
        }
        if findings.iter().any(|f| f.from_registry) {
            let registries =
                Registries::discover(&self.config.registries, &Environment::current(self.root))?;
            accept_configured_hosts(findings, &registries);
            self.advisories(findings)?;
            self.publish_times(findings, registries)?;
        }
        self.gate.drop_allowed(findings);
        Ok(())
    }

    /// `malicious` and `vulnerable` checks from the store or the online API.
    fn advisories(&self, findings: &mut [DependencyFinding]) -> anyhow::Result<()> {
        let feed = self.feed;
        let advisories = match feed.feed {
            FeedSource::OsvApi if feed.offline => {
                anyhow::bail!(
                    "--feed osv-api needs the network; drop --offline or use the local store"
                )
            }
            FeedSource::OsvApi => {
                let base_url = feed
                    .osv_api_url
                    .clone()
                    .unwrap_or_else(|| DEFAULT_API_URL.to_string());
                Advisories::Api(OsvApi::new(ApiOptions {
                    base_url,
                    ..ApiOptions::default()
                })?)
            }
            FeedSource::Local => {
                let path = app::feed::store_path(feed.store.as_deref(), self.config)?;
                match Store::open_for_lookup(&path) {
                    Ok(store) => {
                        warn_if_stale(&store, self.config);
                        Advisories::Store(store)
                    }
                    Err(error @ feed::Error::NoStore { .. })
                        if self.missing == MissingStore::Warn =>
                    {
                        eprintln!(
                            "tollgate: warning: dependency changes were not checked against advisories: {error}"
                        );
                        return Ok(());
                    }
                    Err(error) => return Err(error.into()),
                }
            }
        };
        advisories::annotate(findings, &advisories)?;
        Ok(())
    }

    /// `recently-published` (and `unknown`) checks for added and upgraded registry
    /// packages, from the lockfile's own record or the registry the project is
    /// configured for. An ecosystem with no registry configured is said once on standard
    /// error rather than as an `unknown` on every package: the user has not set the check
    /// up, which is not the same as a registry that failed to answer.
    fn publish_times(
        &self,
        findings: &mut [DependencyFinding],
        registries: Registries,
    ) -> anyhow::Result<()> {
        let wanted: Vec<usize> = (0..findings.len())
            .filter(|&i| {
                let f = &findings[i];
                f.from_registry && matches!(f.change, Change::Added | Change::Upgraded)
            })
            .collect();
        if wanted.is_empty()
            || self
                .gate
                .deps
                .check_level("recently-published", self.gate.mode)
                == Level::Off
        {
            return Ok(());
        }
        if self.feed.offline {
            eprintln!(
                "tollgate: warning: --offline: publish times of new versions were not checked"
            );
            return Ok(());
        }
        let cache = match registry::cache::default_path() {
            Some(path) => Some(registry::Cache::open(&path)?),
            None => None,
        };
        let mut client = registry::Client::new(registries, HttpOptions::default(), cache);
        let queries: Vec<Query> = wanted
            .iter()
            .filter_map(|&i| {
                let f = &findings[i];
                Some(Query {
                    ecosystem: Ecosystem::from_name(&f.ecosystem)?,
                    name: f.name.clone(),
                    version: f.version.clone()?,
                    from_registry: f.from_registry,
                    published: f.published.clone(),
                })
            })
            .collect();
        let answers = client.publish_times(&queries)?;
        let now = jiff::Timestamp::now();
        let mut unconfigured = std::collections::BTreeSet::new();
        for (query, answer) in queries.iter().zip(answers) {
            if let PublishTime::Unknown {
                reason: NO_REGISTRY,
                ..
            } = answer
            {
                unconfigured.insert(query.ecosystem.as_str());
                continue;
            }
            if let Some(check) = answer.check(self.gate.deps.min_age, now)
                && let Some(finding) = findings.iter_mut().find(|f| {
                    f.name == query.name
                        && f.version.as_deref() == Some(query.version.as_str())
                        && f.ecosystem == query.ecosystem.as_str()
                })
            {
                finding.checks.push(check);
            }
        }
        if !unconfigured.is_empty() {
            eprintln!(
                "tollgate: warning: publish times not checked for {}: no registry configured \
                 (npm_config_registry or .npmrc, PIP_INDEX_URL or pip.conf, GOPROXY, cargo's \
                 source replacement, or [registries] in tollgate.toml)",
                unconfigured.into_iter().collect::<Vec<_>>().join(", ")
            );
        }
        Ok(())
    }
}

/// The diff judges hosts by the lockfiles alone (the hosts the base already uses); the
/// registry the project is configured for is known too, so a package moving to it is not
/// a source change.
fn accept_configured_hosts(findings: &mut [DependencyFinding], registries: &Registries) {
    for finding in findings.iter_mut() {
        let Some(ecosystem) = Ecosystem::from_name(&finding.ecosystem) else {
            continue;
        };
        let configured = registries.hosts(ecosystem);
        finding.checks.retain(|check| {
            let current_host = check
                .details
                .get("current")
                .and_then(|v| v.as_str())
                .and_then(|c| c.strip_prefix("registry:"))
                .and_then(crate::registry::config::host);
            let unknown_host = check.check == "source"
                && check.details.get("reason").and_then(|v| v.as_str()) == Some("unknown-host");
            !(unknown_host && current_host.is_some_and(|h| configured.contains(&h)))
        });
    }
}

fn warn_if_stale(store: &Store, config: &Config) {
    if let Ok(status) = store.status()
        && let Some(warning) = app::feed::staleness_warning(&status, config.feed.max_age_days)
    {
        eprintln!("{warning}");
    }
}
