//! One function per command, and the plumbing they share: options common to every
//! command, loading configuration and rules, applying suppressions, writing the report,
//! and turning the outcome into an exit code.
//!
//! Errors are `anyhow` here (the edge of the program); every message names what it is
//! about, and `main` prints it and exits 2.

pub(crate) mod base_policy;
pub mod baseline;
pub mod check;
pub mod deps;
pub mod dir;
pub mod feed;
pub mod gitleaks;
pub mod history;
pub mod hook;
pub mod image;
pub mod init;
pub mod log;
pub mod pipeline;
pub mod rules;

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::Context as _;

use crate::deps::{AdvisorySource, Judge, MissingStore};
use crate::finding::{Finding, Report, SecretFinding, Severity};
use crate::osv::api::DEFAULT_API_URL;
use crate::policy::files::{self, MissingSalt, PolicyFiles};
use crate::policy::suppress::Suppression;
use crate::policy::{self, Config, Gate, Suppressions};
use crate::report::{self, Format};
use crate::secrets::Scanner;

/// Options every scanning command takes.
///
/// The hidden ones are gitleaks' spellings (`--report-path`, `--report-format`,
/// `--redact`, `--exit-code`, `--baseline-path`, `--no-banner`, `--verbose`,
/// `--log-level` and the short `-c`, `-r`, `-f`, `-b`, `-v`, `-l`), so
/// that a gitleaks invocation runs unchanged; README "Coming from gitleaks" maps them.
#[derive(Clone, Debug, clap::Args)]
pub struct CommonArgs {
    /// Report format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Write the report to FILE instead of standard output (`-`: standard output).
    #[arg(long, value_name = "FILE", alias = "report-path", short_alias = 'r')]
    pub output: Option<PathBuf>,
    /// Also write the same run's report in FORMAT to FILE (repeatable), e.g.
    /// `--format github --also sarif=tollgate.sarif --also markdown=summary.md`: one
    /// scan, several outputs.
    #[arg(long, value_name = "FORMAT=FILE", value_parser = parse_also)]
    pub also: Vec<(Format, PathBuf)>,
    /// Configuration file (default: tollgate.toml at the repository or scan root).
    /// A gitleaks configuration is accepted as a rule file.
    #[arg(long, value_name = "FILE", short_alias = 'c')]
    pub config: Option<PathBuf>,
    /// Show secrets in full in the report (they are redacted by default).
    #[arg(long)]
    pub no_redact: bool,
    /// Worker threads (default: one per core).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// Lowest severity that fails the run: low, medium, high or critical (default: low,
    /// so every secret fails).
    #[arg(long, value_name = "SEVERITY")]
    pub fail_on: Option<Severity>,
    /// Baseline file from `tollgate baseline` (or a gitleaks JSON report): findings
    /// listed there do not fail.
    #[arg(long, value_name = "FILE", alias = "baseline-path", short_alias = 'b')]
    pub baseline: Option<PathBuf>,
    /// gitleaks' `--report-format`: `json` is `--format gitleaks-json`.
    #[arg(
        long,
        value_enum,
        value_name = "FORMAT",
        short_alias = 'f',
        hide = true
    )]
    pub report_format: Option<GitleaksReportFormat>,
    /// gitleaks' `--redact[=PERCENT]`: 0 shows secrets (as `--no-redact`); any other
    /// percentage redacts them as tollgate always does.
    #[arg(
        long,
        value_name = "PERCENT",
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "100",
        value_parser = clap::value_parser!(u8).range(0..=100),
        hide = true
    )]
    pub redact: Option<u8>,
    /// gitleaks' `--exit-code`: the exit status when the policy blocks (default 1).
    #[arg(long, value_name = "N", hide = true)]
    pub exit_code: Option<u8>,
    /// gitleaks' `--no-banner`: tollgate prints no banner.
    #[arg(long, hide = true)]
    pub no_banner: bool,
    /// gitleaks' `--verbose`: tollgate's text report lists every finding anyway.
    #[arg(long, short_alias = 'v', hide = true)]
    pub verbose: bool,
    /// gitleaks' `--log-level`: tollgate writes only warnings and errors to standard
    /// error, whatever the level.
    #[arg(long, value_name = "LEVEL", short_alias = 'l', hide = true)]
    pub log_level: Option<String>,
}

/// The report formats gitleaks' `--report-format` names that tollgate writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum GitleaksReportFormat {
    Json,
    Sarif,
}

impl CommonArgs {
    /// The report format: `--report-format` (gitleaks') when given, else `--format`.
    pub(crate) fn report_format(&self) -> Format {
        match self.report_format {
            Some(GitleaksReportFormat::Json) => Format::GitleaksJson,
            Some(GitleaksReportFormat::Sarif) => Format::Sarif,
            None => self.format,
        }
    }

    /// Whether secrets are redacted: unless `--no-redact` or gitleaks' `--redact=0`.
    pub(crate) fn redacts(&self) -> bool {
        !self.no_redact && self.redact != Some(0)
    }

    /// The report file, if any (`-` is standard output, as in gitleaks).
    pub(crate) fn report_file(&self) -> Option<&Path> {
        self.output.as_deref().filter(|p| p.as_os_str() != "-")
    }
}

/// The change of a pull request: what the head adds relative to its merge base with the
/// base, in a repository (`check --base`, `deps --base`).
#[derive(Clone, Debug, clap::Args)]
pub struct RangeArgs {
    /// Judge what HEAD (or --head) adds relative to its merge base with REF (a pull
    /// request's change).
    #[arg(long, value_name = "REF")]
    pub base: Option<String>,
    /// The head of the change (default: HEAD).
    #[arg(long, value_name = "REF", requires = "base")]
    pub head: Option<String>,
    /// The repository (default: the one containing the current directory).
    #[arg(long, value_name = "PATH", default_value = ".")]
    pub repo: PathBuf,
    /// Judge by the head's policy files (tollgate.toml, ignore files, baseline, salt)
    /// instead of the merge base's, after reviewing the change to them; with DIGEST
    /// (shown in each policy-changed finding) only if they are exactly the files reviewed.
    #[arg(
        long,
        value_name = "DIGEST",
        num_args = 0..=1,
        default_missing_value = "",
        requires = "base"
    )]
    pub accept_policy_change: Option<String>,
}

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

impl FeedArgs {
    /// The judge these options ask for.
    pub(crate) fn judge<'a>(
        &self,
        config: &'a Config,
        root: &'a Path,
        gate: &'a Gate,
        missing: MissingStore,
    ) -> anyhow::Result<Judge<'a>> {
        let advisories = match self.feed {
            FeedSource::OsvApi if self.offline => anyhow::bail!(
                "--feed osv-api needs the network; drop --offline or use the local store"
            ),
            FeedSource::OsvApi => AdvisorySource::Api(
                self.osv_api_url
                    .clone()
                    .unwrap_or_else(|| DEFAULT_API_URL.to_string()),
            ),
            FeedSource::Local => AdvisorySource::Store(store_path(self.store.as_deref(), config)?),
        };
        Ok(Judge {
            advisories,
            offline: self.offline,
            config,
            root,
            gate,
            missing,
        })
    }
}

/// The advisory store's path: the flag, then the configuration, then the cache directory.
pub(crate) fn store_path(explicit: Option<&Path>, config: &Config) -> anyhow::Result<PathBuf> {
    if let Some(path) = explicit.or(config.feed.store.as_deref()) {
        return Ok(path.to_path_buf());
    }
    Ok(crate::osv::store::default_path()?)
}

/// The two listing formats (`rules list`, `feed status`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
}

/// How a command ended when it did not fail with an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing at or above the threshold.
    Pass,
    /// The policy blocks: findings at or above the threshold.
    Blocked,
}

/// What a secret-scanning command needs, prepared once from the common options.
pub(crate) struct Session {
    pub config: Config,
    /// `[secrets] exclude`: paths whose findings are never reported.
    pub excluded: globset::GlobSet,
    pub scanner: Scanner,
    pub suppressions: Suppressions,
    pub redact: bool,
    pub fail_on: Severity,
    /// What [`Session::unsuppressed`] dropped so far, for the decision line.
    hidden: std::cell::Cell<policy::Hidden>,
}

impl Session {
    /// Ends a command's session without freeing it: the process exits next and returns
    /// the memory at once, while dropping the rules compiled during a scan one by one cost
    /// 15 ms at the end of `dir` on a large tree.
    pub(crate) fn end(self) {
        std::mem::forget(self);
    }

    /// Loads configuration (from `root` unless `--config`), rules and suppressions from
    /// the disk, and sizes the thread pool. The salt of fingerprints is `root`'s
    /// `.tollgate/salt`, created on first need.
    pub(crate) fn prepare(root: &Path, args: &CommonArgs) -> anyhow::Result<Session> {
        Session::prepare_with(root, args, MissingSalt::Create(root.join(files::SALT_FILE)))
    }

    /// [`Session::prepare`] with the salt, when `root` holds none, from `missing`.
    pub(crate) fn prepare_with(
        root: &Path,
        args: &CommonArgs,
        missing: MissingSalt,
    ) -> anyhow::Result<Session> {
        let wanted = files::wanted(root, args.config.as_deref(), args.baseline.as_deref());
        let policy = files::read_disk(root, &wanted)
            .map_err(|(path, e)| anyhow::anyhow!("{}: cannot read: {e}", path.display()))?;
        Session::from_files(&policy, args, missing)
    }

    /// The session that `policy` (policy files read from the disk or from a commit)
    /// describes; `missing` says where the salt comes from when they hold none.
    pub(crate) fn from_files(
        policy: &PolicyFiles,
        args: &CommonArgs,
        missing: MissingSalt,
    ) -> anyhow::Result<Session> {
        configure_threads(args.threads);
        let config = Config::from_files(policy)?;
        let fingerprinter = files::fingerprinter(policy, missing).map_err(anyhow::Error::msg)?;
        let scanner = Scanner::new(config.rule_set()?).with_fingerprinter(fingerprinter);
        let suppressions = Suppressions::from_files(policy)?;
        let fail_on = args
            .fail_on
            .or(config.secrets.fail_on)
            .unwrap_or(policy::config::DEFAULT_FAIL_ON);
        let excluded = exclusion_globs(&config.secrets.exclude)?;
        Ok(Session {
            excluded,
            config,
            scanner,
            suppressions,
            redact: args.redacts(),
            fail_on,
            hidden: Default::default(),
        })
    }

    /// The session of a command on a repository: configuration and suppressions come
    /// from the top of its working tree (returned too), whatever directory a hook runs in.
    pub(crate) fn in_repo(repo: &Path, args: &CommonArgs) -> anyhow::Result<(Session, PathBuf)> {
        let root = crate::git::worktree_root(repo)?;
        Ok((Session::prepare(&root, args)?, root))
    }

    /// The gate for this run: the severity threshold and the `[deps]` policy, judged as
    /// a pull-request gate or as a pre-commit hook.
    pub fn gate(&self, mode: policy::Mode) -> Gate {
        Gate {
            fail_on: self.fail_on,
            min_confidence: self
                .config
                .secrets
                .min_confidence
                .unwrap_or(policy::config::DEFAULT_MIN_CONFIDENCE),
            mode,
            deps: self.config.deps.clone(),
            pipeline: self.config.pipeline.clone(),
        }
    }

    /// The largest file or blob scanned (`[secrets] max-file-size`, else the default).
    pub(crate) fn max_file_size(&self) -> u64 {
        self.config
            .secrets
            .max_file_size
            .unwrap_or(crate::fs::DEFAULT_MAX_FILE_SIZE)
    }

    /// The dependency files of a change that `[deps] exclude` leaves in; the others are
    /// listed in `skipped` with the reason, never dropped unseen.
    pub(crate) fn included_dependency_files(
        &self,
        files: &[std::path::PathBuf],
        skipped: &mut Vec<crate::finding::Skipped>,
    ) -> Vec<std::path::PathBuf> {
        let (excluded, included): (Vec<_>, Vec<_>) = files
            .iter()
            .cloned()
            .partition(|p| self.config.deps.excluded(&p.to_string_lossy()));
        skipped.extend(excluded.iter().map(|p| deps_excluded(p)));
        included
    }

    /// Drops findings in excluded paths and suppressed findings (ignore file, baseline),
    /// counting the suppressed ones for the decision line.
    pub(crate) fn unsuppressed(&self, findings: Vec<SecretFinding>) -> Vec<SecretFinding> {
        let mut hidden = self.hidden.get();
        let kept = findings
            .into_iter()
            .filter(|f| !self.excluded.is_match(&f.file))
            .filter(|f| match self.suppressions.suppression(f) {
                Some(Suppression::Ignored) => {
                    hidden.suppressed += 1;
                    false
                }
                Some(Suppression::Baselined) => {
                    hidden.baselined += 1;
                    false
                }
                None => true,
            })
            .collect();
        self.hidden.set(hidden);
        kept
    }
}

fn exclusion_globs(patterns: &[String]) -> anyhow::Result<globset::GlobSet> {
    let mut set = globset::GlobSetBuilder::new();
    for pattern in patterns {
        set.add(
            globset::Glob::new(pattern)
                .with_context(|| format!("[secrets] exclude: bad glob `{pattern}`"))?,
        );
    }
    Ok(set.build()?)
}

/// Sets the size of rayon's global pool; called once before any parallel work.
fn configure_threads(threads: Option<usize>) {
    if let Some(threads) = threads {
        // Fails only if the pool was already built, in which case it keeps its size.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(threads.max(1))
            .build_global();
    }
}

/// Writes the report where and how the user asked, and decides the outcome.
pub(crate) fn finish(
    report: Report,
    session: &Session,
    args: &CommonArgs,
    gate: Gate,
) -> anyhow::Result<Outcome> {
    let mut report = session.hide_secrets_in_names(report)?;
    let suppressed = session.hidden.get();
    report.hidden.suppressed = suppressed.suppressed;
    report.hidden.baselined = suppressed.baselined;
    let report = &report;
    let blocked = gate.decide(report).blocks();
    let color = args.report_file().is_none()
        && std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let mut context = report::Context { gate, color: false };
    let not_secrets = report
        .findings
        .iter()
        .filter(|f| !matches!(f, Finding::Secret(_)))
        .count();
    if args.report_format() == Format::GitleaksJson && not_secrets > 0 {
        eprintln!(
            "tollgate: note: gitleaks-json lists secrets only; {not_secrets} dependency, \
             pipeline or policy finding(s) are not in it (--format json has them)"
        );
    }
    for (format, path) in &args.also {
        write_report_file(path, *format, report, &context)?;
    }
    context.color = color;
    match args.report_file() {
        Some(path) => write_report_file(path, args.report_format(), report, &context)?,
        None => {
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            report::write(&mut out, args.report_format(), report, &context)
                .and_then(|_| out.flush())
                .context("cannot write report to standard output")?;
        }
    }
    Ok(if blocked {
        Outcome::Blocked
    } else {
        Outcome::Pass
    })
}

fn write_report_file(
    path: &Path,
    format: Format,
    report: &Report,
    context: &report::Context,
) -> anyhow::Result<()> {
    let file = std::fs::File::create(path)
        .with_context(|| format!("{}: cannot create report file", path.display()))?;
    let mut out = std::io::BufWriter::new(file);
    report::write(&mut out, format, report, context)
        .and_then(|_| out.flush())
        .with_context(|| format!("{}: cannot write report", path.display()))
}

/// `--also FORMAT=FILE`.
fn parse_also(value: &str) -> Result<(Format, PathBuf), String> {
    use clap::ValueEnum as _;
    let (format, file) = value
        .split_once('=')
        .filter(|(_, file)| !file.is_empty())
        .ok_or_else(|| format!("`{value}`: expected FORMAT=FILE, e.g. sarif=tollgate.sarif"))?;
    let format = Format::from_str(format, true).map_err(|_| {
        format!("`{format}`: unknown format (text, json, sarif, markdown or github)")
    })?;
    Ok((format, PathBuf::from(file)))
}

impl Session {
    /// The report with every secret that stands in a name — a file named after the token
    /// it holds, an author, a skipped path — redacted as findings are, so no output path
    /// prints a raw secret. The names are scanned with the same rules as content.
    pub(crate) fn hide_secrets_in_names(&self, mut report: Report) -> anyhow::Result<Report> {
        if !self.redact {
            return Ok(report);
        }
        let hide = |name: &mut String| -> anyhow::Result<()> {
            let matches = self.scanner.scan(name, name.as_bytes())?;
            if matches.is_empty() {
                return Ok(());
            }
            let mut shown = String::with_capacity(name.len());
            let mut done = 0;
            for m in &matches {
                if m.start < done
                    || !name.is_char_boundary(m.start)
                    || !name.is_char_boundary(m.end)
                {
                    continue;
                }
                shown.push_str(&name[done..m.start]);
                shown.push_str(&crate::secrets::redact(&m.secret));
                done = m.end;
            }
            shown.push_str(&name[done..]);
            *name = shown;
            Ok(())
        };
        for finding in &mut report.findings {
            match finding {
                Finding::Secret(s) => {
                    hide(&mut s.file)?;
                    if let Some(author) = &mut s.author {
                        hide(author)?;
                    }
                }
                Finding::Dependency(d) => hide(&mut d.lockfile)?,
                Finding::Pipeline(p) => hide(&mut p.file)?,
                Finding::Policy(p) => hide(&mut p.file)?,
            }
        }
        for skipped in &mut report.stats.skipped {
            hide(&mut skipped.path)?;
        }
        Ok(report)
    }
}

/// A message for standard error (an error, a warning) that may quote untrusted input: URL
/// credentials hidden, control characters shown as escapes, and no line that a CI log
/// would read as a GitHub workflow command. Line breaks the message has stay.
pub fn printable(message: &str) -> String {
    let message = lockfile_parsers::redact::in_text(message);
    message
        .split('\n')
        .map(|line| {
            let line = crate::report::escape::text(line);
            crate::report::escape::line_start(&line).into_owned()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Wraps secret findings for the report.
pub(crate) fn secret_findings(findings: Vec<SecretFinding>) -> Vec<Finding> {
    findings.into_iter().map(Finding::Secret).collect()
}

/// The `stats.skipped` entry of a lockfile left out by `[deps] exclude`.
pub(crate) fn deps_excluded(path: &std::path::Path) -> crate::finding::Skipped {
    crate::finding::Skipped {
        path: path.to_string_lossy().into_owned(),
        reason: "excluded by [deps] exclude".into(),
    }
}
