//! `tollgate feed sync`: download per-ecosystem `all.zip` exports and import them.
//!
//! Every requested export is downloaded to a temporary file next to the store and read
//! completely before the store is touched; then all of them are written in one
//! transaction. So a failed request, an HTTP error, a truncated body, a damaged zip or a
//! timeout leaves the previous store exactly as it was. Nothing is resumed: a partial
//! download is discarded.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use lockfile_parsers::{Ecosystem, redact};

use super::error::{Error, Result};
use super::import;
use super::store::{ImportSummary, Store};
use crate::plumbing::http::{Http, HttpError, HttpOptions};

/// OSV's public export bucket (`<base>/<ecosystem>/all.zip`). Not a package registry.
pub(crate) const DEFAULT_BASE_URL: &str = "https://osv-vulnerabilities.storage.googleapis.com";

/// Where to download from and how long to wait.
#[derive(Clone, Debug)]
pub struct SyncOptions {
    pub base_url: String,
    /// Connection establishment.
    pub connect_timeout: Duration,
    /// The whole request, body included: a stalled server cannot hang `sync`.
    pub timeout: Duration,
}

impl Default for SyncOptions {
    fn default() -> Self {
        SyncOptions {
            base_url: DEFAULT_BASE_URL.to_string(),
            connect_timeout: Duration::from_secs(15),
            timeout: Duration::from_secs(300),
        }
    }
}

/// The export URL for one ecosystem.
pub fn export_url(base_url: &str, eco: Ecosystem) -> String {
    format!(
        "{}/{}/all.zip",
        base_url.trim_end_matches('/'),
        eco.as_str()
    )
}

/// Downloads and imports the exports of `ecosystems`, all or nothing.
pub fn sync(
    store: &mut Store,
    options: &SyncOptions,
    ecosystems: &[Ecosystem],
) -> Result<Vec<ImportSummary>> {
    // One attempt: an export is tens of megabytes, and a failed sync changes nothing, so
    // running it again is the user's call.
    let http = Http::new(HttpOptions {
        connect_timeout: options.connect_timeout,
        timeout: options.timeout,
        attempts: 1,
        ..HttpOptions::default()
    })
    .map_err(Error::HttpClient)?;
    let dir = store
        .path()
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let mut batches = Vec::new();
    for &eco in ecosystems {
        let url = export_url(&options.base_url, eco);
        let temp = TempFile(dir.join(format!(
            ".{}.sync-{}-{}.zip",
            super::store::STORE_FILE,
            eco.as_str(),
            std::process::id()
        )));
        download(&http, &url, &temp.0)?;
        // The store records where its records came from; never a credential.
        batches.push(import::read_zip(&temp.0, &redact::url(&url))?);
    }
    store.apply(batches, "sync")
}

/// Streams `url` into `dest`, checking the length the server announced.
/// Errors name the URL with its credentials hidden.
fn download(http: &Http, url: &str, dest: &Path) -> Result<()> {
    let shown = redact::url(url).into_owned();
    let failed = |source: reqwest::Error| Error::Http {
        url: shown.clone(),
        source: source.without_url(),
    };
    let mut response = http
        .send(url, || http.get(url))
        .map_err(|error| match error {
            HttpError::Status { status, .. } => Error::HttpStatus {
                url: shown.clone(),
                status,
            },
            HttpError::Timeout { source, .. } | HttpError::Transport { source, .. } => {
                failed(source)
            }
        })?;
    let expected = response.content_length();
    let mut file = File::create(dest).map_err(|source| Error::Write {
        path: dest.into(),
        source,
    })?;
    let got = response.copy_to(&mut file).map_err(failed)?;
    file.flush().map_err(|source| Error::Write {
        path: dest.into(),
        source,
    })?;
    match expected {
        Some(expected) if expected != got => Err(Error::Truncated {
            url: shown.clone(),
            got,
            expected,
        }),
        _ => Ok(()),
    }
}

/// A download that is removed however `sync` ends.
struct TempFile(PathBuf);

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}
