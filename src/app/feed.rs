//! `tollgate feed sync | import | status`: maintaining the local advisory store.

use std::io::Write;
use std::path::{Path, PathBuf};

use lockfile_parsers::redact;

use crate::app::{ListFormat, Outcome, store_path};
use crate::osv::sync::{self, SyncOptions};
use crate::osv::{Ecosystem, ImportSummary, Malformed, Status, Store};
use crate::policy::Config;

#[derive(Clone, Debug, clap::Subcommand)]
pub enum FeedCommand {
    /// Download the OSV exports and replace the store's records, all or nothing.
    Sync {
        /// Ecosystems to sync (npm, PyPI, Go, cargo; default: all four).
        #[arg(long = "ecosystem", value_name = "ECOSYSTEM", value_parser = parse_ecosystem)]
        ecosystems: Vec<Ecosystem>,
        /// Base URL of the exports (`<URL>/<ecosystem>/all.zip`); default: OSV's public
        /// export bucket, or `[feed] url` in tollgate.toml.
        #[arg(long, value_name = "URL")]
        url: Option<String>,
        /// Give up on a download after this many seconds.
        #[arg(long, value_name = "SECONDS", default_value_t = 300)]
        timeout: u64,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Import a per-ecosystem all.zip, a directory of OSV JSON records, or one record.
    Import {
        path: PathBuf,
        /// Name every imported record whose range events are not versions.
        #[arg(long, short)]
        verbose: bool,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Per ecosystem: records, malicious records, skipped records, records with
    /// malformed range events, last update, source.
    Status {
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
        /// Name every record whose range events are not versions.
        #[arg(long, short)]
        verbose: bool,
        #[command(flatten)]
        store: StoreArgs,
    },
}

/// Where the store is.
#[derive(Clone, Debug, clap::Args)]
pub struct StoreArgs {
    /// Fill a new store and replace the old file with it once complete, whatever schema
    /// version the old file has (sync and import only).
    #[arg(long)]
    pub rebuild: bool,
    /// The advisory store (default: `[feed] store` in tollgate.toml, else
    /// $TOLLGATE_CACHE_DIR/advisories.sqlite3, else the user cache directory).
    #[arg(long, value_name = "FILE")]
    pub store: Option<PathBuf>,
    /// Configuration file (default: tollgate.toml in the current directory).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

pub(crate) fn parse_ecosystem(text: &str) -> Result<Ecosystem, String> {
    Ecosystem::from_name(text).ok_or_else(|| {
        let known: Vec<&str> = Ecosystem::ALL.iter().map(|e| e.as_str()).collect();
        format!("unknown ecosystem `{text}` (known: {})", known.join(", "))
    })
}

pub fn run(command: &FeedCommand) -> anyhow::Result<Outcome> {
    match command {
        FeedCommand::Sync {
            ecosystems,
            url,
            timeout,
            store,
        } => {
            let config = Config::discover(Path::new("."), store.config.as_deref())?;
            let path = store_path(store.store.as_deref(), &config)?;
            let mut opened = open_for_writing(&path, store.rebuild)?;
            let options = SyncOptions {
                base_url: url
                    .clone()
                    .or(config.feed.url.clone())
                    .unwrap_or_else(|| sync::DEFAULT_BASE_URL.to_string()),
                timeout: std::time::Duration::from_secs(*timeout),
                ..SyncOptions::default()
            };
            let ecosystems = if ecosystems.is_empty() {
                Ecosystem::ALL.to_vec()
            } else {
                ecosystems.clone()
            };
            eprintln!(
                "syncing {} from {} into {}",
                ecosystems
                    .iter()
                    .map(|e| e.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                redact::url(&options.base_url),
                path.display()
            );
            let summaries = sync::sync(&mut opened, &options, &ecosystems)?;
            opened.finish()?;
            summaries.iter().for_each(|s| print_summary(s, false));
            Ok(Outcome::Pass)
        }
        FeedCommand::Import {
            path,
            verbose,
            store,
        } => {
            let config = Config::discover(Path::new("."), store.config.as_deref())?;
            let store_file = store_path(store.store.as_deref(), &config)?;
            let mut opened = open_for_writing(&store_file, store.rebuild)?;
            let summary = opened.import(path)?;
            // Input with no OSV record in it at all (a lockfile, a report of another
            // tool) is a mistake to name, not an import of nothing.
            if summary.imported == 0
                && let Some(first) = summary.skipped.first()
            {
                anyhow::bail!(
                    "{}: no OSV record imported; {}{}",
                    path.display(),
                    crate::app::printable(&format!("{}: {}", first.entry, first.reason)),
                    match summary.skipped.len() {
                        1 => String::new(),
                        n => format!(" (and {} more skipped)", n - 1),
                    }
                );
            }
            opened.finish()?;
            print_summary(&summary, *verbose);
            Ok(Outcome::Pass)
        }
        FeedCommand::Status {
            format,
            verbose,
            store,
        } => {
            let config = Config::discover(Path::new("."), store.config.as_deref())?;
            let path = store_path(store.store.as_deref(), &config)?;
            if !path.is_file() {
                anyhow::bail!(
                    "no advisory store at {}: run `tollgate feed sync` or `tollgate feed import PATH` first",
                    path.display()
                );
            }
            if store.rebuild {
                anyhow::bail!("--rebuild applies to `feed sync` and `feed import`");
            }
            let opened = Store::open(&path)?;
            let status = opened.status()?;
            let malformed = if *verbose {
                opened.malformed()?
            } else {
                Vec::new()
            };
            match format {
                ListFormat::Json if *verbose => {
                    let mut json = serde_json::to_value(&status)?;
                    json["malformed_records"] = serde_json::to_value(&malformed)?;
                    writeln!(
                        std::io::stdout(),
                        "{}",
                        serde_json::to_string_pretty(&json)?
                    )?
                }
                ListFormat::Json => writeln!(
                    std::io::stdout(),
                    "{}",
                    serde_json::to_string_pretty(&status)?
                )?,
                ListFormat::Text => print_status(&status, &malformed)?,
            }
            if let Some(warning) = status.staleness_warning(config.feed.max_age_days) {
                eprintln!("{warning}");
            }
            Ok(Outcome::Pass)
        }
    }
}

/// The store an import or sync writes: the file itself, or with `--rebuild` a new one
/// that replaces it when complete.
fn open_for_writing(path: &Path, rebuild: bool) -> anyhow::Result<Store> {
    Ok(if rebuild {
        Store::rebuild(path)?
    } else {
        Store::open(path)?
    })
}

fn print_summary(summary: &ImportSummary, verbose: bool) {
    // Every ecosystem the records went to, with its count when there are several.
    let ecosystem = match summary.ecosystems.as_slice() {
        [] => summary
            .ecosystem
            .map_or("mixed", |e| e.as_str())
            .to_string(),
        [(only, _)] => only.as_str().to_string(),
        several => several
            .iter()
            .map(|(e, n)| format!("{e} {n}"))
            .collect::<Vec<_>>()
            .join(", "),
    };
    eprintln!(
        "{ecosystem}: {} records imported ({} malicious, {} withdrawn), {} skipped, {} with malformed range events, from {}",
        summary.imported,
        summary.malicious,
        summary.withdrawn,
        summary.skipped.len(),
        summary.malformed.len(),
        redact::in_text(&summary.source)
    );
    if verbose {
        print_malformed(&summary.malformed);
    } else if !summary.malformed.is_empty() {
        eprintln!(
            "  (imported, and matched failing closed where a bound is unreadable; --verbose names them)"
        );
    }
    for skipped in summary.skipped.iter().take(20) {
        // Entry names come from the archive: printable, not raw.
        eprintln!(
            "  skipped {}",
            crate::app::printable(&format!("{}: {}", skipped.entry, skipped.reason))
        );
    }
    if summary.skipped.len() > 20 {
        eprintln!("  ... and {} more", summary.skipped.len() - 20);
    }
}

/// One line per malformed event, under its record's id.
fn print_malformed(malformed: &[Malformed]) {
    for record in malformed {
        for problem in &record.problems {
            eprintln!("  malformed {}: {problem}", record.id);
        }
    }
}

fn print_status(status: &Status, malformed: &[Malformed]) -> std::io::Result<()> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    writeln!(
        out,
        "store: {} ({:.1} MiB)",
        status.path.display(),
        status.size_bytes as f64 / 1048576.0
    )?;
    writeln!(
        out,
        "{:<10} {:>8} {:>10} {:>8} {:>8} {:>9}  {:<20}  source",
        "ecosystem", "records", "malicious", "withdrn", "skipped", "malformed", "updated"
    )?;
    for e in &status.ecosystems {
        let updated = e
            .updated_at
            .map(|t| t.strftime("%Y-%m-%d %H:%M UTC").to_string())
            .unwrap_or_else(|| "never".into());
        writeln!(
            out,
            "{:<10} {:>8} {:>10} {:>8} {:>8} {:>9}  {:<20}  {}",
            e.ecosystem,
            e.records,
            e.malicious,
            e.withdrawn,
            e.skipped,
            e.malformed,
            updated,
            e.source.as_deref().unwrap_or("-")
        )?;
    }
    for record in malformed {
        for problem in &record.problems {
            writeln!(out, "malformed {}: {problem}", record.id)?;
        }
    }
    let missing: Vec<&str> = status
        .ecosystems
        .iter()
        .filter(|e| e.records == 0)
        .map(|e| e.ecosystem.as_str())
        .collect();
    if !missing.is_empty() {
        writeln!(
            out,
            "no records for {}: changes to these packages are `unknown` \
             (no-advisories-for-ecosystem); `tollgate feed sync` fetches them",
            missing.join(", ")
        )?;
    }
    Ok(())
}
