//! `tollgate image PATH`: secrets in a container image saved to disk (`docker save`
//! tarball or OCI layout directory), no daemon, no registry. Pulling is left to `skopeo`
//! or `crane`.
//!
//! Each distinct layer is expanded once, and its result kept in the scan cache that
//! `history` keeps blobs in, keyed by the hash of the layer's content: a second run, or
//! another image on the same base, hashes a known layer and does not expand it again.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::app::dir::{ArchiveArgs, archive_options, missing_salt};
use crate::app::{self, CommonArgs, Outcome, Session};
use crate::artifacts::archive::{ArchiveOptions, LIMIT_REASON};
use crate::artifacts::image::{self, Layer};
use crate::finding::{Report, SecretFinding, Skipped, Stats};
use crate::fs;
use crate::plumbing::cache::cache_dir;
use crate::policy::Mode;
use crate::scan::cache::{Cache, CachedMatch};
use crate::scan::{Origin, to_finding};
use crate::secrets::{Scanner, ruleset_hash};

#[derive(Clone, Debug, clap::Args)]
pub struct ImageArgs {
    /// A `docker save` tarball or an OCI image layout directory.
    #[arg(value_name = "PATH")]
    pub path: PathBuf,
    #[command(flatten)]
    pub archives: ArchiveArgs,
    /// Neither read nor write the scan cache ($TOLLGATE_CACHE_DIR, else the user cache
    /// directory), where the results of layers already seen are kept.
    #[arg(long)]
    pub no_cache: bool,
    #[command(flatten)]
    pub common: CommonArgs,
}

/// Inner files gathered before they are scanned in parallel: the memory a layer's scan
/// holds beyond one inner file.
const BATCH_BYTES: usize = 8 << 20;

/// What one layer holds, as the cache keeps it: paths are inside the layer (`app/.env`;
/// the image and the layer are named when reporting) and secrets are redacted.
#[derive(Debug, Default, Serialize, Deserialize)]
struct LayerScan {
    /// The findings, each `file` the inner path.
    matches: Vec<CachedMatch>,
    /// Paths the layer's whiteouts delete.
    deleted: Vec<String>,
    /// Text files scanned and their bytes.
    files: u64,
    bytes: u64,
    /// What was not scanned; each path follows the layer's label (`""` is the layer,
    /// `!inner/path` a file in it).
    skipped: Vec<Skipped>,
}

pub fn run(args: &ImageArgs) -> anyhow::Result<Outcome> {
    let started = Instant::now();
    // Like `dir`: a scan writes no salt into the current directory unless it is a
    // working tree (whose salt is committed).
    let cwd = Path::new(".");
    let session = Session::prepare_with(cwd, &args.common, missing_salt(cwd))?;
    let image = image::read(&args.path)?;
    let shown = fs::display_path(&args.path);
    let max_file_size = session
        .config
        .secrets
        .max_file_size
        .unwrap_or(fs::DEFAULT_MAX_FILE_SIZE);
    // Layers are archives: `--no-archives` cannot switch them off.
    let options = archive_options(&session.config.artifacts, &args.archives, max_file_size)
        .unwrap_or_else(|| ArchiveOptions::new(max_file_size));
    let cache = if args.no_cache {
        None
    } else {
        open_cache(&session.scanner, &options)
    };

    let mut stats = Stats::default();
    let mut scans: HashMap<[u8; 32], LayerScan> = HashMap::new();
    let mut keys = Vec::with_capacity(image.layers.len());
    for layer in &image.layers {
        let key = layer
            .location
            .content_hash()
            .map_err(|e| anyhow::anyhow!("{}: layer {}: cannot read: {e}", shown, layer.digest))?;
        keys.push(key);
        if scans.contains_key(&key) {
            continue;
        }
        stats.layers += 1;
        let scan = match cached(cache.as_ref(), &key, &session) {
            Some(scan) => {
                stats.layers_cached += 1;
                scan
            }
            None => {
                let label = format!("{shown}@{}", layer.digest);
                let scan = scan_layer(&session.scanner, &label, layer, &options, session.redact)?;
                if let Some(cache) = &cache
                    && session.redact
                {
                    // A result that cannot be stored costs the next run time, never a
                    // finding.
                    let _ = cache.put_artifact(&key, &scan);
                }
                scan
            }
        };
        scans.insert(key, scan);
    }

    let mut findings = Vec::new();
    let mut reported = std::collections::HashSet::new();
    for (i, (layer, key)) in image.layers.iter().zip(&keys).enumerate() {
        // A layer repeated in the image holds nothing new.
        if !reported.insert(key) {
            continue;
        }
        let scan = &scans[key];
        let label = format!("{shown}@{}", layer.digest);
        stats.files += scan.files;
        stats.bytes += scan.bytes;
        stats.skipped.extend(scan.skipped.iter().map(|s| Skipped {
            path: format!("{label}{}", s.path),
            reason: s.reason.clone(),
        }));
        for cached in &scan.matches {
            let inner = cached.finding.file.clone();
            let removed = image.layers[i + 1..]
                .iter()
                .zip(&keys[i + 1..])
                .find(|(_, later)| image::deletes(&scans[*later].deleted, &inner))
                .map(|(later, _)| later.digest.clone());
            findings.push(SecretFinding {
                file: format!("{shown}!{inner}"),
                archive: Some(shown.clone()),
                layer: Some(layer.digest.clone()),
                removed_in_layer: removed,
                identity: cached.identity.clone(),
                ..cached.finding.clone()
            });
        }
    }
    let config = image::config_text(&args.path, &image.config)?;
    let origin = Origin {
        file: format!("{shown}!config"),
        archive: Some(shown.clone()),
        ..Origin::default()
    };
    let matches = session.scanner.scan("config", config.as_bytes())?;
    findings.extend(
        matches
            .iter()
            .map(|m| to_finding(&session.scanner, m, &origin, session.redact)),
    );
    stats.files += 1;
    stats.bytes += config.len() as u64;
    stats.elapsed_ms = started.elapsed().as_millis() as u64;
    let limits: Vec<String> = stats
        .skipped
        .iter()
        .filter(|s| s.reason.starts_with(LIMIT_REASON))
        .map(|s| s.path.clone())
        .collect();
    let findings = session.unsuppressed(findings);
    let report = Report::new(app::secret_findings(findings), stats);
    let outcome = app::finish(report, &session, &args.common, session.gate(Mode::Base))?;
    if args.archives.strict && !limits.is_empty() {
        anyhow::bail!(
            "--strict: archive limits stopped the scan of {} (see stats.skipped)",
            limits.join(", ")
        );
    }
    Ok(outcome)
}

/// The cache, its key naming the rules and every limit a layer's result depends on. A
/// cache that cannot be opened costs time, not the scan: said once, then no cache.
fn open_cache(scanner: &Scanner, options: &ArchiveOptions) -> Option<Cache> {
    let dir = cache_dir()?;
    let rules = ruleset_hash(&scanner.rules().cloned().collect::<Vec<_>>());
    let ArchiveOptions {
        depth,
        max_bytes,
        max_ratio,
        max_entries,
        max_file_size,
        formats,
    } = options;
    let key = format!(
        "image-layer;{rules};{depth};{max_bytes};{max_ratio};{max_entries};{max_file_size};{formats:?}"
    );
    match Cache::open(&dir, &key) {
        Ok(cache) => Some(cache),
        Err(error) => {
            eprintln!("tollgate: note: layers are not cached: {error}");
            None
        }
    }
}

/// A cached result this run can use: not when it holds matches and the report shows
/// secrets (the cache never holds them), nor when its fingerprints used another salt.
fn cached(cache: Option<&Cache>, key: &[u8; 32], session: &Session) -> Option<LayerScan> {
    let scan: LayerScan = cache?.get_artifact(key).ok()??;
    if scan.matches.is_empty() {
        return Some(scan);
    }
    let salt = session.scanner.fingerprinter().salt().id();
    (session.redact && scan.matches.iter().all(|m| m.salt == salt)).then_some(scan)
}

/// Streams one layer and scans its text files, in parallel batches.
fn scan_layer(
    scanner: &Scanner,
    label: &str,
    layer: &Layer,
    options: &ArchiveOptions,
    redact: bool,
) -> anyhow::Result<LayerScan> {
    let mut scan = LayerScan::default();
    let mut batch: Vec<(String, Vec<u8>)> = Vec::new();
    let mut batched = 0;
    let mut failed = None;
    let mut flush = |batch: &mut Vec<(String, Vec<u8>)>, scan: &mut LayerScan| {
        let found: Result<Vec<Vec<CachedMatch>>, _> = batch
            .par_iter()
            .map(|(inner, bytes)| scan_file(scanner, inner, bytes, redact))
            .collect();
        match found {
            Ok(found) => scan.matches.extend(found.into_iter().flatten()),
            Err(error) => failed = Some(error),
        }
        scan.files += batch.len() as u64;
        scan.bytes += batch.iter().map(|(_, b)| b.len() as u64).sum::<u64>();
        batch.clear();
    };
    let walked = image::walk_layer(label, layer, options, &mut |inner, bytes| {
        batch.push((inner.to_string(), bytes.to_vec()));
        batched += bytes.len();
        if batched >= BATCH_BYTES {
            flush(&mut batch, &mut scan);
            batched = 0;
        }
    });
    flush(&mut batch, &mut scan);
    if let Some(error) = failed {
        return Err(error);
    }
    scan.deleted = walked.deleted;
    scan.skipped = walked
        .expanded
        .skipped
        .into_iter()
        .map(|s| Skipped {
            path: s.path.strip_prefix(label).unwrap_or(&s.path).to_string(),
            reason: s.reason,
        })
        .collect();
    Ok(scan)
}

fn scan_file(
    scanner: &Scanner,
    inner: &str,
    bytes: &[u8],
    redact: bool,
) -> anyhow::Result<Vec<CachedMatch>> {
    let matches = scanner.scan(inner, bytes)?;
    let origin = Origin {
        file: inner.to_string(),
        ..Origin::default()
    };
    Ok(matches
        .iter()
        .map(|m| {
            let finding = to_finding(scanner, m, &origin, redact);
            CachedMatch {
                identity: finding.identity.clone(),
                salt: scanner.fingerprinter().salt().id(),
                end_line: m.end_line,
                finding,
            }
        })
        .collect())
}
