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

    /// An entry whose content cannot be read as its headers describe it.
    #[error("{what}: entry `{entry}` cannot be read: {source}; nothing was imported")]
    ZipEntry {
        what: String,
        entry: String,
        source: std::io::Error,
    },

    /// An entry over a size, ratio or count limit (a zip bomb, or a header that lies).
    /// Nothing is imported.
    #[error("{what}: entry `{entry}` refused: {message}; nothing was imported")]
    ZipLimit {
        what: String,
        entry: String,
        message: String,
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

    /// The store was written with another layout (an older or a newer tollgate). It is
    /// neither read nor written: a lookup could miss records, an import could drop them.
    #[error(
        "advisory store {} has schema version {found}, but this tollgate reads and writes only \
         version {expected}; rebuild it with `tollgate feed sync --rebuild` (or `tollgate feed \
         import PATH --rebuild`), which replaces the file only once the new one is complete, or \
         pass --store to use another file",
        .path.display()
    )]
    SchemaVersion {
        path: PathBuf,
        found: i64,
        expected: i64,
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
