//! `tollgate image PATH`: secrets in a container image saved to disk (`docker save`
//! tarball or OCI layout directory), no daemon, no registry. Pulling is left to `skopeo`
//! or `crane`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::app::dir::{ArchiveArgs, archive_options};
use crate::app::{self, CommonArgs, Outcome, Session};
use crate::artifacts::archive::{ArchiveOptions, LIMIT_REASON};
use crate::artifacts::image::{self, LayerFiles};
use crate::finding::{Report, SecretFinding, Stats};
use crate::fs;
use crate::policy::Mode;
use crate::scan::{Origin, to_finding};
use crate::secrets::Scanner;

#[derive(Clone, Debug, clap::Args)]
pub struct ImageArgs {
    /// A `docker save` tarball or an OCI image layout directory.
    #[arg(value_name = "PATH")]
    pub path: PathBuf,
    #[command(flatten)]
    pub archives: ArchiveArgs,
    #[command(flatten)]
    pub common: CommonArgs,
}

pub fn run(args: &ImageArgs) -> anyhow::Result<Outcome> {
    let started = Instant::now();
    let session = Session::prepare(Path::new("."), &args.common)?;
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
    let mut stats = Stats::default();
    let layers = expand_layers(&shown, &image, &options);
    let mut findings = Vec::new();
    for (i, (layer, files)) in image.layers.iter().zip(&layers).enumerate() {
        for (inner, bytes) in &files.files {
            let removed = image.layers[i + 1..]
                .iter()
                .zip(&layers[i + 1..])
                .find(|(_, later)| image::deletes(&later.deleted, inner))
                .map(|(later, _)| later.digest.clone());
            let origin = Origin {
                file: format!("{shown}!{inner}"),
                archive: Some(shown.clone()),
                ..Origin::default()
            };
            for mut finding in scan(&session.scanner, inner, bytes, &origin, session.redact)? {
                finding.layer = Some(layer.digest.clone());
                finding.removed_in_layer = removed.clone();
                findings.push(finding);
            }
            stats.files += 1;
            stats.bytes += bytes.len() as u64;
        }
        stats.skipped.extend(files.skipped.iter().cloned());
    }
    let config = image::config_text(&args.path, &image.config)?;
    let origin = Origin {
        file: format!("{shown}!config"),
        archive: Some(shown.clone()),
        ..Origin::default()
    };
    findings.extend(scan(
        &session.scanner,
        "config",
        config.as_bytes(),
        &origin,
        session.redact,
    )?);
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

/// Each distinct layer expanded once (an image may repeat a layer, e.g. an empty one).
fn expand_layers(shown: &str, image: &image::Image, options: &ArchiveOptions) -> Vec<LayerFiles> {
    let mut first: HashMap<&str, usize> = HashMap::new();
    let mut layers: Vec<LayerFiles> = Vec::with_capacity(image.layers.len());
    for (i, layer) in image.layers.iter().enumerate() {
        match first.get(layer.digest.as_str()) {
            Some(&earlier) => {
                let copy = LayerFiles {
                    files: layers[earlier].files.clone(),
                    deleted: layers[earlier].deleted.clone(),
                    skipped: Vec::new(),
                };
                layers.push(copy);
            }
            None => {
                first.insert(&layer.digest, i);
                let label = format!("{shown}@{}", layer.digest);
                layers.push(image::layer_files(&label, layer, options));
            }
        }
    }
    layers
}

fn scan(
    scanner: &Scanner,
    path: &str,
    bytes: &[u8],
    origin: &Origin,
    redact: bool,
) -> anyhow::Result<Vec<SecretFinding>> {
    let matches = scanner.scan(path, bytes)?;
    Ok(matches
        .iter()
        .map(|m| to_finding(scanner, m, origin, redact))
        .collect())
}
