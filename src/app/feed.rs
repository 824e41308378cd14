//! `tollgate feed sync | import | status`: maintaining the local advisory store.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::app::{ListFormat, Outcome, store_path};
use crate::osv::sync::{self, SyncOptions};
use crate::osv::{Ecosystem, ImportSummary, Status, Store};
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
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Per ecosystem: records, malicious records, skipped records, last update, source.
    Status {
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
        #[command(flatten)]
        store: StoreArgs,
    },
}

/// Where the store is.
#[derive(Clone, Debug, clap::Args)]
pub struct StoreArgs {
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
            let mut opened = Store::open(&path)?;
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
                options.base_url,
                path.display()
            );
            let summaries = sync::sync(&mut opened, &options, &ecosystems)?;
            summaries.iter().for_each(print_summary);
            Ok(Outcome::Pass)
        }
        FeedCommand::Import { path, store } => {
            let config = Config::discover(Path::new("."), store.config.as_deref())?;
            let store_file = store_path(store.store.as_deref(), &config)?;
            let mut opened = Store::open(&store_file)?;
            let summary = opened.import(path)?;
            print_summary(&summary);
            Ok(Outcome::Pass)
        }
        FeedCommand::Status { format, store } => {
            let config = Config::discover(Path::new("."), store.config.as_deref())?;
            let path = store_path(store.store.as_deref(), &config)?;
            if !path.is_file() {
                anyhow::bail!(
                    "no advisory store at {}: run `tollgate feed sync` or `tollgate feed import PATH` first",
                    path.display()
                );
            }
            let status = Store::open(&path)?.status()?;
            match format {
                ListFormat::Json => {
                    println!("{}", serde_json::to_string_pretty(&status)?)
                }
                ListFormat::Text => print_status(&status)?,
            }
            if let Some(warning) = status.staleness_warning(config.feed.max_age_days) {
                eprintln!("{warning}");
            }
            Ok(Outcome::Pass)
        }
    }
}

fn print_summary(summary: &ImportSummary) {
    let ecosystem = summary.ecosystem.map_or("mixed", |e| e.as_str());
    eprintln!(
        "{ecosystem}: {} records imported ({} malicious, {} withdrawn), {} skipped, from {}",
        summary.imported,
        summary.malicious,
        summary.withdrawn,
        summary.skipped.len(),
        summary.source
    );
    for skipped in summary.skipped.iter().take(20) {
        eprintln!("  skipped {}: {}", skipped.entry, skipped.reason);
    }
    if summary.skipped.len() > 20 {
        eprintln!("  ... and {} more", summary.skipped.len() - 20);
    }
}

fn print_status(status: &Status) -> std::io::Result<()> {
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
        "{:<10} {:>8} {:>10} {:>8} {:>8}  {:<20}  source",
        "ecosystem", "records", "malicious", "withdrn", "skipped", "updated"
    )?;
    for e in &status.ecosystems {
        let updated = e
            .updated_at
            .map(|t| t.strftime("%Y-%m-%d %H:%M UTC").to_string())
            .unwrap_or_else(|| "never".into());
        writeln!(
            out,
            "{:<10} {:>8} {:>10} {:>8} {:>8}  {:<20}  {}",
            e.ecosystem,
            e.records,
            e.malicious,
            e.withdrawn,
            e.skipped,
            updated,
            e.source.as_deref().unwrap_or("-")
        )?;
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
