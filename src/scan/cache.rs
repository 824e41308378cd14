//! The persistent history scan cache: what scanning one blob found, keyed by (blob id,
//! rule-set hash, path), so a second `history` run pays only for blobs it has not seen.
//! Image layers are kept here too, keyed by the hash of their content.
//!
//! The path is part of the key because path-scoped rules and path allow-lists make the
//! result depend on it; a blob is scanned under the path that first introduced it, which is
//! stable across runs.
//!
//! The cache must not become a plaintext secret store: it holds the finding as a report
//! shows it — redacted secret, fingerprint, positions, rule id — and the secret's fast
//! identity hash (this machine's file; never published), never the secret.
//! Nor does it hold the path: a file may be named after the secret it holds, so rows are
//! keyed by the path's BLAKE3 hash (v2; v1 kept the path itself).
//! A `--no-redact` run re-scans the blobs the cache says have matches, and trusts it only
//! for blobs without any.
//!
//! SQLite (bundled) rather than an ad-hoc file: concurrent runs on the same machine are
//! safe, and a crash mid-write leaves the previous state intact.

use std::path::{Path, PathBuf};

use gix::ObjectId;
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::finding::SecretFinding;
use crate::plumbing::cache::{Access, open_sqlite};
use crate::scan::ScanError;

/// File name of the cache inside the cache directory.
const FILE_NAME: &str = "history-scan-v2.sqlite";

/// One match of a cached blob scan: the finding without location fields, and the last line
/// of the match, which the added-line check needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CachedMatch {
    pub finding: SecretFinding,
    pub end_line: u32,
    /// The finding's identity (which `SecretFinding` does not serialise).
    #[serde(default)]
    pub identity: String,
    /// The id of the salt the fingerprint was computed under: a result cached under
    /// another salt (or before salts) is scanned again.
    #[serde(default)]
    pub salt: String,
}

/// What scanning a blob gave.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum BlobResult {
    Binary,
    /// Over the size limit: not read (and never cached, since the limit can change).
    TooLarge(u64),
    Matches(Vec<CachedMatch>),
}

/// The key a path is stored under: its hash, never the path itself.
fn path_hash(path: &[u8]) -> [u8; 32] {
    *blake3::hash(path).as_bytes()
}

pub struct Cache {
    connection: Connection,
    path: PathBuf,
    ruleset: String,
}

impl Cache {
    pub fn open(dir: &Path, ruleset: &str) -> Result<Cache, ScanError> {
        let path = dir.join(FILE_NAME);
        let error = |source: Box<dyn std::error::Error + Send + Sync>| ScanError::Cache {
            path: path.clone(),
            source,
        };
        let connection = open_sqlite(&path, Access::ReadWrite).map_err(|e| error(e.into()))?;
        connection
            .execute_batch(
                "PRAGMA journal_mode = WAL;
                 PRAGMA synchronous = NORMAL;
                 CREATE TABLE IF NOT EXISTS blob_scan (
                     blob BLOB NOT NULL,
                     ruleset TEXT NOT NULL,
                     path_hash BLOB NOT NULL,
                     result TEXT NOT NULL,
                     PRIMARY KEY (blob, ruleset, path_hash)
                 ) WITHOUT ROWID;
                 CREATE TABLE IF NOT EXISTS artifact_scan (
                     content BLOB NOT NULL,
                     ruleset TEXT NOT NULL,
                     result TEXT NOT NULL,
                     PRIMARY KEY (content, ruleset)
                 ) WITHOUT ROWID;",
            )
            .map_err(|e| error(e.into()))?;
        Ok(Cache {
            connection,
            path,
            ruleset: ruleset.to_string(),
        })
    }

    fn error(&self, source: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> ScanError {
        ScanError::Cache {
            path: self.path.clone(),
            source: source.into(),
        }
    }

    /// Looks up many blobs with one prepared statement. A row that does not parse (written
    /// by a different version) counts as a miss and is overwritten later.
    pub fn get_many<'a>(
        &self,
        keys: impl Iterator<Item = (ObjectId, &'a [u8])>,
    ) -> Result<Vec<Option<BlobResult>>, ScanError> {
        let mut statement = self
            .connection
            .prepare_cached(
                "SELECT result FROM blob_scan WHERE blob = ?1 AND ruleset = ?2 AND path_hash = ?3",
            )
            .map_err(|e| self.error(e))?;
        let mut out = Vec::new();
        for (blob, path) in keys {
            let text: Option<String> = statement
                .query_row(
                    params![blob.as_bytes(), self.ruleset, path_hash(path)],
                    |row| row.get(0),
                )
                .optional()
                .map_err(|e| self.error(e))?;
            out.push(text.and_then(|t| serde_json::from_str(&t).ok()));
        }
        Ok(out)
    }

    /// Stores results in one transaction. Results holding an unredacted secret must not
    /// reach here (callers store only redacted scans).
    pub fn put_many<'a>(
        &mut self,
        entries: impl Iterator<Item = (ObjectId, &'a [u8], &'a BlobResult)>,
    ) -> Result<(), ScanError> {
        let path = self.path.clone();
        let error = |source: Box<dyn std::error::Error + Send + Sync>| ScanError::Cache {
            path: path.clone(),
            source,
        };
        let transaction = self.connection.transaction().map_err(|e| error(e.into()))?;
        {
            let mut statement = transaction
                .prepare_cached(
                    "INSERT OR REPLACE INTO blob_scan (blob, ruleset, path_hash, result) VALUES (?1, ?2, ?3, ?4)",
                )
                .map_err(|e| error(e.into()))?;
            for (blob, blob_path, result) in entries {
                let text = serde_json::to_string(result).map_err(|e| error(e.into()))?;
                statement
                    .execute(params![
                        blob.as_bytes(),
                        self.ruleset,
                        path_hash(blob_path),
                        text
                    ])
                    .map_err(|e| error(e.into()))?;
            }
        }
        transaction.commit().map_err(|e| error(e.into()))
    }
}

/// Artifacts (image layers) cached whole, keyed by the hash of their content and by what
/// else the result depends on (`ruleset` then also names the limits it was expanded
/// under). The same rules as for blobs hold: redacted results only, never a secret.
impl Cache {
    pub(crate) fn get_artifact<T: serde::de::DeserializeOwned>(
        &self,
        content: &[u8; 32],
    ) -> Result<Option<T>, ScanError> {
        let text: Option<String> = self
            .connection
            .query_row(
                "SELECT result FROM artifact_scan WHERE content = ?1 AND ruleset = ?2",
                params![&content[..], self.ruleset],
                |row| row.get(0),
            )
            .optional()
            .map_err(|e| self.error(e))?;
        Ok(text.and_then(|t| serde_json::from_str(&t).ok()))
    }

    pub(crate) fn put_artifact<T: Serialize>(
        &self,
        content: &[u8; 32],
        result: &T,
    ) -> Result<(), ScanError> {
        let text = serde_json::to_string(result).map_err(|e| self.error(e))?;
        self.connection
            .execute(
                "INSERT OR REPLACE INTO artifact_scan (content, ruleset, result) VALUES (?1, ?2, ?3)",
                params![&content[..], self.ruleset, text],
            )
            .map_err(|e| self.error(e))?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Severity;

    fn sample() -> BlobResult {
        BlobResult::Matches(vec![CachedMatch {
            finding: SecretFinding {
                rule: "github-pat".into(),
                description: "GitHub token".into(),
                severity: Severity::High,
                file: String::new(),
                line: 3,
                column: 7,
                commit: None,
                author: None,
                date: None,
                secret: "ghp_…redacted…".into(),
                fingerprint: "abc".into(),
                entropy: Some(4.5),
                validation: Some("checksum".into()),
                confidence: crate::secrets::Confidence::High,
                identity: String::new(),
                archive: None,
                layer: None,
                removed_in_layer: None,
            },
            end_line: 3,
            identity: "def".into(),
            salt: "0123".into(),
        }])
    }

    #[test]
    fn results_survive_a_reopen_and_depend_on_ruleset_and_path() {
        let dir = tempfile::tempdir().unwrap();
        let blob = ObjectId::from_hex(b"0123456789abcdef0123456789abcdef01234567").unwrap();
        let result = sample();
        Cache::open(dir.path(), "rules-a")
            .unwrap()
            .put_many([(blob, &b"a.env"[..], &result)].into_iter())
            .unwrap();
        let cache = Cache::open(dir.path(), "rules-a").unwrap();
        let got = cache
            .get_many([(blob, &b"a.env"[..]), (blob, &b"b.env"[..])].into_iter())
            .unwrap();
        assert_eq!(got, vec![Some(result), None]);
        let other = Cache::open(dir.path(), "rules-b").unwrap();
        assert_eq!(
            other.get_many([(blob, &b"a.env"[..])].into_iter()).unwrap(),
            vec![None]
        );
    }
}
