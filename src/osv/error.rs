//! The feed's one error type. Every variant names the file, URL or store it is about,
//! so the CLI can print it as is and exit 2.

use std::path::PathBuf;

/// Anything that can go wrong while importing, syncing or reading the advisory store.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The store is missing or holds no records; lookups cannot answer. Kept distinct so
    /// the caller can tell the user how to fill it (and `check --staged` can merely warn).
    #[error(
        "{} at {}: run `tollgate feed sync` or `tollgate feed import PATH` first",
        if *.empty { "the advisory store is empty" } else { "no advisory store" },
        .path.display()
    )]
    NoStore { path: PathBuf, empty: bool },

    #[error("no cache directory for the advisory store: set TOLLGATE_CACHE_DIR")]
    NoCacheDir,

    #[error("cannot read {}: {source}", .path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },

    #[error("cannot write {}: {source}", .path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },

    /// A zip that cannot be read (bad central directory, truncated, bad CRC). The whole
    /// import is abandoned: a damaged export cannot be trusted to be complete.
    #[error("{what} is not a readable zip archive: {source}")]
    Zip {
        what: String,
        source: zip::result::ZipError,
    },

    #[error("{} holds no OSV records (give an all.zip, a directory of .json records or one .json record)", .path.display())]
    NothingToImport { path: PathBuf },

    #[error("advisory store {}: {source}", .path.display())]
    Sqlite {
        path: PathBuf,
        source: rusqlite::Error,
    },

    /// A record inside the store no longer parses: the store file was damaged or written
    /// by an incompatible version. Re-importing fixes it.
    #[error("advisory store {} holds a damaged record {id}: {source}", .path.display())]
    CorruptRecord {
        path: PathBuf,
        id: String,
        source: serde_json::Error,
    },

    #[error("cannot build an HTTP client: {0}")]
    HttpClient(#[source] reqwest::Error),

    #[error("download of {url} failed: {source}")]
    Http { url: String, source: reqwest::Error },

    #[error("download of {url} failed: HTTP status {status}")]
    HttpStatus { url: String, status: u16 },

    #[error("download of {url} was truncated: got {got} of {expected} bytes")]
    Truncated {
        url: String,
        got: u64,
        expected: u64,
    },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
