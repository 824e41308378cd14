//! `tollgate dir PATH...`: secrets in files on disk, no git needed; `-` reads stdin.

use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::app::{self, CommonArgs, Outcome, Session};
use crate::artifacts::archive::Formats;
use crate::artifacts::{self, ArchiveOptions};
use crate::finding::{Report, SecretFinding, Stats};
use crate::fs::{self, WalkOptions};
use crate::plumbing::cache::cache_dir;
use crate::policy::Mode;
use crate::policy::config::ArtifactsConfig;
use crate::policy::files::{self, MissingSalt};
use crate::scan::{self, DirOptions};

#[derive(Clone, Debug, clap::Args)]
pub struct DirArgs {
    /// Files or directories to scan; `-` reads standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Scan files that .gitignore / .ignore exclude.
    #[arg(long)]
    pub no_ignore: bool,
    /// Skip files larger than this (bytes, or with a K, M or G suffix).
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    pub max_file_size: Option<u64>,
    #[command(flatten)]
    pub archives: ArchiveArgs,
    #[command(flatten)]
    pub common: CommonArgs,
}

/// How archives (zip, jar, wheel, tar.gz, .deb, ...) inside the scanned paths are opened.
#[derive(Clone, Debug, Default, clap::Args)]
pub struct ArchiveArgs {
    /// Treat archives as binary files instead of scanning inside them.
    #[arg(long)]
    pub no_archives: bool,
    /// Archive levels opened (a jar in a zip is two; default 3).
    #[arg(long, value_name = "N")]
    pub archive_depth: Option<u32>,
    /// Stop expanding an archive past this many bytes (default 1G).
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    pub max_archive_bytes: Option<u64>,
    /// Fail (exit 2) when an archive limit stopped a scan, after writing the report.
    #[arg(long)]
    pub strict: bool,
}

/// Parses `1048576`, `512K`, `10M`, `1G` (binary multiples).
pub(crate) fn parse_size(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let (digits, multiplier) = match text.char_indices().last() {
        Some((i, 'k' | 'K')) => (&text[..i], 1u64 << 10),
        Some((i, 'm' | 'M')) => (&text[..i], 1 << 20),
        Some((i, 'g' | 'G')) => (&text[..i], 1 << 30),
        _ => (text, 1),
    };
    digits
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(multiplier))
        .ok_or_else(|| format!("`{text}` is not a size (use bytes or a K, M, G suffix)"))
}

/// The directory whose `tollgate.toml` and `.tollgateignore` apply: a single directory
/// argument, else the current directory.
fn scan_root(paths: &[PathBuf]) -> PathBuf {
    match paths {
        [only] if only.is_dir() => only.clone(),
        _ => PathBuf::from("."),
    }
}

/// Where `dir` takes the fingerprints' salt from when the scan root holds none. A scan
/// must not write into what it scans: only a git working tree gets its salt created, at
/// its top (the repository's salt, to be committed with its baselines); any other
/// directory uses this user's salt in the cache directory (the shared salt, with a
/// warning, when there is none). `log`, `image` and `deps` on paths, which scan no tree
/// of their own, use the same rule for the current directory.
pub(crate) fn missing_salt(root: &Path) -> MissingSalt {
    let worktree = crate::git::open(root)
        .ok()
        .and_then(|repo| repo.workdir().map(Path::to_path_buf));
    match (worktree, cache_dir()) {
        (Some(top), _) => MissingSalt::Create(top.join(files::SALT_FILE)),
        (None, Some(cache)) => MissingSalt::User(cache.join("salt")),
        (None, None) => MissingSalt::Shared {
            note: "tollgate: note: no cache directory; fingerprints in this report use the \
                   shared salt"
                .to_string(),
        },
    }
}

pub fn run(args: &DirArgs) -> anyhow::Result<Outcome> {
    let started = Instant::now();
    let root = scan_root(&args.paths);
    let session = Session::prepare_with(&root, &args.common, missing_salt(&root))?;
    let (findings, mut stats) = scan_inputs(
        &session,
        &args.paths,
        args.no_ignore,
        args.max_file_size,
        args.common.threads,
        &args.archives,
    )?;
    let findings = session.unsuppressed(findings);
    stats.elapsed_ms = started.elapsed().as_millis() as u64;
    let limits: Vec<String> = stats
        .skipped
        .iter()
        .filter(|s| s.reason.starts_with(artifacts::archive::LIMIT_REASON))
        .map(|s| s.path.clone())
        .collect();
    let report = Report::new(app::secret_findings(findings), stats);
    let outcome = app::finish(report, &session, &args.common, session.gate(Mode::Base))?;
    session.end();
    if args.archives.strict && !limits.is_empty() {
        anyhow::bail!(
            "--strict: archive limits stopped the scan of {} (see stats.skipped)",
            limits.join(", ")
        );
    }
    Ok(outcome)
}

/// Scans the inputs the way `dir` does and returns every finding (before suppressions)
/// with the stats; `baseline` records what this finds.
pub(crate) fn scan_inputs(
    session: &Session,
    paths: &[PathBuf],
    no_ignore: bool,
    max_file_size: Option<u64>,
    threads: Option<usize>,
    archives: &ArchiveArgs,
) -> anyhow::Result<(Vec<SecretFinding>, Stats)> {
    let max_file_size = max_file_size
        .or(session.config.secrets.max_file_size)
        .unwrap_or(fs::DEFAULT_MAX_FILE_SIZE);
    let options = DirOptions {
        walk: WalkOptions {
            respect_ignore: !no_ignore,
            max_file_size,
            threads: threads.unwrap_or(0),
        },
        excluded: session.excluded.clone(),
        redact: session.redact,
        archives: archive_options(&session.config.artifacts, archives, max_file_size),
    };
    Ok(scan::dir(&session.scanner, paths, &options)?)
}

/// The archive limits: the command line over `[artifacts]` over the defaults.
pub(crate) fn archive_options(
    config: &ArtifactsConfig,
    args: &ArchiveArgs,
    max_file_size: u64,
) -> Option<ArchiveOptions> {
    if args.no_archives || config.archives == Some(false) {
        return None;
    }
    let defaults = ArchiveOptions::new(max_file_size);
    Some(ArchiveOptions {
        depth: args
            .archive_depth
            .or(config.depth)
            .unwrap_or(defaults.depth),
        max_bytes: args
            .max_archive_bytes
            .or(config.max_bytes)
            .unwrap_or(defaults.max_bytes),
        max_ratio: config.max_ratio.unwrap_or(defaults.max_ratio),
        max_entries: config.max_entries.unwrap_or(defaults.max_entries),
        max_file_size,
        formats: config
            .formats
            .as_deref()
            .map_or(defaults.formats, Formats::of),
    })
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes_take_binary_suffixes() {
        assert_eq!(parse_size("512"), Ok(512));
        assert_eq!(parse_size("10M"), Ok(10 << 20));
        assert_eq!(parse_size("1g"), Ok(1 << 30));
        assert!(parse_size("ten").is_err());
    }
}
