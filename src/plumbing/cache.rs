//! tollgate's cache directory and the one way of opening the SQLite files in it (the
//! advisory store, the publish-time cache, the history scan cache), so they share a
//! location, a busy timeout and a rule for creating directories.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

/// How long a writer waits for another process's transaction (a concurrent `feed sync`,
/// a second `history` run) instead of failing with "database is locked".
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// `$TOLLGATE_CACHE_DIR`, else the user's cache directory plus `tollgate` (on Linux
/// `$XDG_CACHE_HOME`, falling back to `~/.cache`).
pub fn cache_dir() -> Option<PathBuf> {
    match std::env::var_os("TOLLGATE_CACHE_DIR") {
        Some(dir) if !dir.is_empty() => Some(PathBuf::from(dir)),
        _ => dirs::cache_dir().map(|d| d.join("tollgate")),
    }
}

/// What a connection may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Create the file (and its directory) when missing.
    ReadWrite,
    /// An existing file, never written.
    ReadOnly,
}

#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("cannot create {}: {source}", path.display())]
    Dir {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
}

/// Opens a SQLite file with the shared settings.
pub fn open_sqlite(path: &Path, access: Access) -> Result<Connection, OpenError> {
    let connection = match access {
        Access::ReadWrite => {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(|source| OpenError::Dir {
                    path: dir.to_path_buf(),
                    source,
                })?;
            }
            Connection::open(path)?
        }
        Access::ReadOnly => Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?,
    };
    connection.busy_timeout(BUSY_TIMEOUT)?;
    Ok(connection)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_write_creates_the_directory_and_read_only_never_creates_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a/b/c.sqlite3");
        assert!(open_sqlite(&path, Access::ReadOnly).is_err());
        assert!(!path.exists());
        open_sqlite(&path, Access::ReadWrite)
            .unwrap()
            .execute_batch("CREATE TABLE t (x)")
            .unwrap();
        let reader = open_sqlite(&path, Access::ReadOnly).unwrap();
        assert!(reader.execute_batch("INSERT INTO t VALUES (1)").is_err());
    }
}
