//! The publish-time cache: one small SQLite file beside the advisory store.
//!
//! A separate file rather than a table in the advisory store, because the two have
//! opposite lifetimes: the advisory store is replaced wholesale by imports (and dropped on
//! a schema bump), and opened read-only for lookups, while publish times never change once
//! known and are only ever added. Only known times are stored: a 404, a timeout or an
//! error may be different next time, so those are asked again.
//!
//! Rows are keyed by the registry they came from as well as the package, so moving a
//! project to a mirror (whose times may be its own copy times) does not reuse the other
//! registry's answers.

use std::path::{Path, PathBuf};

use jiff::Timestamp;
use rusqlite::{Connection, OptionalExtension, params};

use super::RegistryError;
use crate::plumbing::cache::{self, Access, OpenError};

/// File name of the cache inside tollgate's cache directory.
pub(crate) const CACHE_FILE: &str = "registry.sqlite3";

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS publish_times (
    ecosystem TEXT NOT NULL,
    name TEXT NOT NULL,
    version TEXT NOT NULL,
    registry TEXT NOT NULL,
    published TEXT NOT NULL,
    PRIMARY KEY (ecosystem, name, version, registry)
) WITHOUT ROWID;
";

/// `$TOLLGATE_CACHE_DIR/registry.sqlite3`, else `<user cache dir>/tollgate/registry.sqlite3`
/// (the advisory store's directory).
pub(crate) fn default_path() -> Option<PathBuf> {
    Some(cache::cache_dir()?.join(CACHE_FILE))
}

/// An open cache.
pub struct Cache {
    conn: Connection,
    path: PathBuf,
}

/// One cached fact.
pub(crate) struct Entry<'a> {
    pub ecosystem: &'a str,
    pub name: &'a str,
    pub version: &'a str,
    pub registry: &'a str,
    pub published: Timestamp,
}

impl Cache {
    /// Opens (creating file, directory and table as needed).
    pub fn open(path: &Path) -> Result<Cache, RegistryError> {
        let err = |source| RegistryError::Cache {
            path: path.to_path_buf(),
            source,
        };
        let conn = cache::open_sqlite(path, Access::ReadWrite).map_err(|error| match error {
            OpenError::Dir { path, source } => RegistryError::Read { path, source },
            OpenError::Sqlite(source) => err(source),
        })?;
        conn.execute_batch(SCHEMA).map_err(err)?;
        Ok(Cache {
            conn,
            path: path.to_path_buf(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The cached time, if any. A row that no longer parses is treated as absent (and
    /// overwritten by the next answer) rather than failing the run.
    pub(crate) fn get(
        &self,
        ecosystem: &str,
        name: &str,
        version: &str,
        registry: &str,
    ) -> Result<Option<Timestamp>, RegistryError> {
        let text: Option<String> = self
            .conn
            .prepare_cached(
                "SELECT published FROM publish_times
                 WHERE ecosystem = ?1 AND name = ?2 AND version = ?3 AND registry = ?4",
            )
            .and_then(|mut s| {
                s.query_row(params![ecosystem, name, version, registry], |r| r.get(0))
                    .optional()
            })
            .map_err(|source| RegistryError::Cache {
                path: self.path.clone(),
                source,
            })?;
        Ok(text.and_then(|t| t.parse().ok()))
    }

    /// Stores answers in one transaction.
    pub(crate) fn put(&mut self, entries: &[Entry]) -> Result<(), RegistryError> {
        let path = self.path.clone();
        let err = |source| RegistryError::Cache {
            path: path.clone(),
            source,
        };
        let tx = self.conn.transaction().map_err(err)?;
        {
            let mut stmt = tx
                .prepare_cached(
                    "INSERT OR REPLACE INTO publish_times
                     (ecosystem, name, version, registry, published) VALUES (?1, ?2, ?3, ?4, ?5)",
                )
                .map_err(err)?;
            for e in entries {
                stmt.execute(params![
                    e.ecosystem,
                    e.name,
                    e.version,
                    e.registry,
                    e.published.to_string()
                ])
                .map_err(err)?;
            }
        }
        tx.commit().map_err(err)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_survive_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join(CACHE_FILE);
        let t: Timestamp = "2020-01-02T03:04:05Z".parse().unwrap();
        Cache::open(&path)
            .unwrap()
            .put(&[Entry {
                ecosystem: "npm",
                name: "a",
                version: "1.0.0",
                registry: "http://r.invalid",
                published: t,
            }])
            .unwrap();
        let cache = Cache::open(&path).unwrap();
        assert_eq!(
            cache.get("npm", "a", "1.0.0", "http://r.invalid").unwrap(),
            Some(t)
        );
        assert_eq!(
            cache
                .get("npm", "a", "1.0.0", "http://other.invalid")
                .unwrap(),
            None
        );
    }
}
