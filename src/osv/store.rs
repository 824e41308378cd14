//! The local advisory store: one SQLite file holding every imported OSV record.
//!
//! Layout, chosen so a lookup is a single index probe and opening costs nothing:
//! - `records(rid, id, feed, withdrawn, malicious, json, problems)`: the raw record,
//!   kept for reports, parsed only when a lookup reaches it (and then cached by `rid`);
//!   `problems` names its range events that are not versions (NULL when none).
//! - `affected(ecosystem, name, rid, live)`: a `WITHOUT ROWID` table whose primary key
//!   starts with (ecosystem, normalised name), so "which records name this package" is
//!   one B-tree descent; `live` (not withdrawn) sits in the same row, so withdrawn
//!   records are skipped without touching `records`.
//! - `feeds(ecosystem, source, kind, updated_at, skipped)`: provenance for `status`.
//!
//! Every import runs in one transaction: SQLite's rollback journal makes it all or
//! nothing even if the process is killed mid-way, so a failed import or sync leaves the
//! previous content untouched.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;

use jiff::{SignedDuration, Timestamp};
use lockfile_parsers::Ecosystem;
use rusqlite::{Connection, OptionalExtension, params};

use super::advisory::{self, Advisory};
use super::error::{Error, Result};
pub(crate) use super::import::Skipped;
use super::import::{self, Batch};
use super::matching;
use super::normalise_name;
use super::record::Record;
use crate::plumbing::cache::{self, Access, OpenError};

/// File name of the store inside the cache directory.
pub(crate) const STORE_FILE: &str = "advisories.sqlite3";

/// Upper bound of the read-only mapping; SQLite maps no more than the file's size.
const MMAP_SIZE: i64 = 1 << 30;

/// The layout version, kept in SQLite's `user_version`. Bumped when the layout or the
/// meaning of a column changes. A store of another version is neither read nor written
/// (reading it could miss records, writing it could drop them): the error says to rebuild
/// it with `--rebuild`, which fills a new file and swaps it in only when it is complete.
pub(crate) const SCHEMA_VERSION: i64 = 2;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS records (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    feed TEXT NOT NULL,
    withdrawn INTEGER NOT NULL,
    malicious INTEGER NOT NULL,
    json TEXT NOT NULL,
    problems TEXT
);
CREATE INDEX IF NOT EXISTS records_feed ON records(feed);
CREATE TABLE IF NOT EXISTS affected (
    ecosystem TEXT NOT NULL,
    name TEXT NOT NULL,
    rid INTEGER NOT NULL,
    live INTEGER NOT NULL,
    PRIMARY KEY (ecosystem, name, rid)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS affected_rid ON affected(rid);
CREATE TABLE IF NOT EXISTS feeds (
    ecosystem TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    kind TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    skipped INTEGER NOT NULL
);
";

/// What one import did.
#[derive(Clone, Debug, serde::Serialize)]
pub struct ImportSummary {
    /// Path or URL.
    pub source: String,
    /// The export's ecosystem (the one most of its records name).
    #[serde(serialize_with = "eco_name")]
    pub ecosystem: Option<Ecosystem>,
    pub imported: usize,
    pub malicious: usize,
    pub withdrawn: usize,
    /// Records of a full export that replaced the ecosystem's previous records; this many
    /// previous records were removed first.
    pub replaced: usize,
    pub skipped: Vec<Skipped>,
    /// Imported records with range events that are not versions of their ecosystem.
    pub malformed: Vec<Malformed>,
    /// Records imported per ecosystem (the first each record names), most first: a
    /// directory of mixed records imports into several.
    #[serde(serialize_with = "eco_counts")]
    pub ecosystems: Vec<(Ecosystem, usize)>,
}

fn eco_counts<S: serde::Serializer>(
    counts: &[(Ecosystem, usize)],
    serializer: S,
) -> std::result::Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(Some(counts.len()))?;
    for (ecosystem, count) in counts {
        map.serialize_entry(ecosystem.as_str(), count)?;
    }
    map.end()
}

/// A record whose range events are not all versions of its ecosystem: imported and
/// matched as `events.rs` reads them, and named so the user can see it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Malformed {
    pub id: String,
    /// One line per event: package, event, value, and how it is read.
    pub problems: Vec<String>,
}

/// Per-ecosystem state, for `tollgate feed status`.
#[derive(Clone, Debug, serde::Serialize)]
pub struct EcosystemStatus {
    /// OSV ecosystem name.
    pub ecosystem: String,
    /// Records naming a package of this ecosystem, withdrawn ones included.
    pub records: u64,
    /// Active (not withdrawn) `MAL-` records.
    pub malicious: u64,
    pub withdrawn: u64,
    /// Bad records skipped by the last full import (plus later single imports).
    pub skipped: u64,
    /// Records with range events that are not versions (`Store::malformed` names them).
    pub malformed: u64,
    pub updated_at: Option<Timestamp>,
    /// Where the records came from (path or URL) and how (`import` or `sync`).
    pub source: Option<String>,
    pub kind: Option<String>,
}

/// The store as a whole.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Status {
    pub path: PathBuf,
    pub size_bytes: u64,
    pub ecosystems: Vec<EcosystemStatus>,
}

impl Status {
    /// Time since the least recently updated ecosystem was refreshed; the caller warns
    /// when it exceeds its limit. `None` for a store never filled.
    pub fn age(&self, now: Timestamp) -> Option<SignedDuration> {
        let oldest = self.ecosystems.iter().filter_map(|e| e.updated_at).min()?;
        Some(now.duration_since(oldest))
    }

    pub fn is_empty(&self) -> bool {
        self.ecosystems.iter().all(|e| e.records == 0)
    }

    /// "the advisory store is N days old" when it is older than `max_age_days` (default
    /// [`DEFAULT_MAX_AGE_DAYS`]).
    pub(crate) fn staleness_warning(&self, max_age_days: Option<u32>) -> Option<String> {
        let limit = max_age_days.unwrap_or(DEFAULT_MAX_AGE_DAYS);
        let age = self.age(Timestamp::now())?;
        let days = age.as_secs() / 86_400;
        (age.as_secs() > i64::from(limit) * 86_400).then(|| {
            format!(
                "tollgate: warning: the advisory store {} is {days} days old (limit {limit}); run `tollgate feed sync`",
                self.path.display()
            )
        })
    }
}

/// A store older than this many days gets a warning (configurable as `[feed] max-age-days`).
pub(crate) const DEFAULT_MAX_AGE_DAYS: u32 = 7;

/// An open advisory store. Not `Sync` (it caches parsed records); open one per thread.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    cache: RefCell<HashMap<i64, Arc<Record>>>,
    /// For a store being rebuilt: the file it replaces once [`Store::finish`] is called.
    /// Until then `path` is a temporary file beside it, removed if the rebuild fails.
    replaces: Option<PathBuf>,
}

/// `$TOLLGATE_CACHE_DIR/advisories.sqlite3`, else `<user cache dir>/tollgate/…` (on
/// Linux `$XDG_CACHE_HOME`, falling back to `~/.cache`).
pub(crate) fn default_path() -> Result<PathBuf> {
    Ok(cache::cache_dir()
        .ok_or(Error::NoCacheDir)?
        .join(STORE_FILE))
}

impl Store {
    /// Opens the store for import and sync, creating it (and its directory) if needed.
    pub fn open(path: &Path) -> Result<Store> {
        let conn = open(path, Access::ReadWrite)?;
        let store = Store {
            conn,
            path: path.into(),
            cache: RefCell::default(),
            replaces: None,
        };
        store.init_schema()?;
        Ok(store)
    }

    /// Starts a new, empty store that will replace `path` (whatever version it holds)
    /// when [`Store::finish`] is called; until then `path` is untouched, and a failed
    /// import or sync leaves it as it was.
    pub fn rebuild(path: &Path) -> Result<Store> {
        let name = path
            .file_name()
            .map_or_else(|| STORE_FILE.into(), |n| n.to_string_lossy().into_owned());
        let temp = path.with_file_name(format!(".{name}.rebuild-{}", std::process::id()));
        for stale in [temp.clone(), journal(&temp)] {
            if let Err(source) = std::fs::remove_file(&stale)
                && source.kind() != std::io::ErrorKind::NotFound
            {
                return Err(Error::Write {
                    path: stale,
                    source,
                });
            }
        }
        let mut store = Store::open(&temp)?;
        store.replaces = Some(path.to_path_buf());
        Ok(store)
    }

    /// Ends a rebuild: the new file takes the place of the old one (one rename). A store
    /// opened with [`Store::open`] has nothing to finish.
    pub fn finish(mut self) -> Result<()> {
        let Some(target) = self.replaces.take() else {
            return Ok(());
        };
        let temp = self.path.clone();
        // Close the connection before the rename (with `replaces` taken, dropping the
        // store no longer removes the file).
        drop(self);
        std::fs::rename(&temp, &target).map_err(|source| Error::Write {
            path: target,
            source,
        })
    }

    /// Opens an existing store read-only for lookups. A missing store, or one without
    /// records, is [`Error::NoStore`] so the caller can tell the user to sync.
    pub fn open_for_lookup(path: &Path) -> Result<Store> {
        if !path.is_file() {
            return Err(Error::NoStore {
                path: path.into(),
                empty: false,
            });
        }
        let conn = open(path, Access::ReadOnly)?;
        match schema_version(&conn, path)? {
            Version::Current => {}
            Version::Fresh => {
                return Err(Error::NoStore {
                    path: path.into(),
                    empty: true,
                });
            }
            Version::Other(found) => return Err(version_error(path, found)),
        }
        // Memory-map the file: a cold lookup touches a few pages per probe, and mapping
        // saves a read system call and a page copy for each of them.
        conn.pragma_update(None, "mmap_size", MMAP_SIZE)
            .map_err(sql(path))?;
        let store = Store {
            conn,
            path: path.into(),
            cache: RefCell::default(),
            replaces: None,
        };
        if !store.has_records()? {
            return Err(Error::NoStore {
                path: path.into(),
                empty: true,
            });
        }
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Creates the tables in a fresh file; refuses a file of another schema version.
    fn init_schema(&self) -> Result<()> {
        if let Version::Other(found) = schema_version(&self.conn, &self.path)? {
            return Err(version_error(&self.path, found));
        }
        self.conn.execute_batch(SCHEMA).map_err(sql(&self.path))?;
        self.conn
            .pragma_update(None, "user_version", SCHEMA_VERSION)
            .map_err(sql(&self.path))?;
        Ok(())
    }

    fn has_records(&self) -> Result<bool> {
        let tables: i64 = self
            .conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'records'",
                [],
                |r| r.get(0),
            )
            .map_err(sql(&self.path))?;
        if tables == 0 {
            return Ok(false);
        }
        self.conn
            .query_row("SELECT EXISTS (SELECT 1 FROM records)", [], |r| r.get(0))
            .map_err(sql(&self.path))
    }

    /// Imports an `all.zip` export, a directory of `.json` records, or one record.
    ///
    /// A zip is a whole ecosystem's export and replaces the records previously imported
    /// for that ecosystem; directories and single records add to (or update) the store.
    /// Records that are not valid OSV are skipped and listed in the summary; a damaged
    /// zip is an error and changes nothing.
    pub fn import(&mut self, path: &Path) -> Result<ImportSummary> {
        let batch = import::read_path(path)?;
        if batch.records.is_empty() && batch.skipped.is_empty() {
            return Err(Error::NothingToImport { path: path.into() });
        }
        let mut summaries = self.apply(vec![batch], "import")?;
        Ok(summaries.remove(0))
    }

    /// Writes batches in one transaction: all of them land, or none.
    pub(crate) fn apply(&mut self, batches: Vec<Batch>, kind: &str) -> Result<Vec<ImportSummary>> {
        let path = self.path.clone();
        let now = Timestamp::now().to_string();
        let tx = self.conn.transaction().map_err(sql(&path))?;
        let mut summaries = Vec::new();
        for batch in batches {
            summaries.push(write_batch(&tx, batch, kind, &now).map_err(sql(&path))?);
        }
        tx.commit().map_err(sql(&path))?;
        self.cache.borrow_mut().clear();
        Ok(summaries)
    }

    /// Per-ecosystem counts and provenance.
    pub fn status(&self) -> Result<Status> {
        let p = &self.path;
        let mut by_eco: HashMap<String, EcosystemStatus> = HashMap::new();
        let mut stmt = self
            .conn
            .prepare(
                "SELECT a.ecosystem, count(*), sum(r.malicious AND NOT r.withdrawn), sum(r.withdrawn),
                        sum(r.problems IS NOT NULL)
                 FROM (SELECT DISTINCT ecosystem, rid FROM affected) a JOIN records r ON r.rid = a.rid
                 GROUP BY a.ecosystem",
            )
            .map_err(sql(p))?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    count(r, 1)?,
                    count(r, 2)?,
                    count(r, 3)?,
                    count(r, 4)?,
                ))
            })
            .map_err(sql(p))?;
        for row in rows {
            let (eco, records, malicious, withdrawn, malformed) = row.map_err(sql(p))?;
            let mut s = empty_status(&eco);
            (s.records, s.malicious, s.withdrawn) = (records, malicious, withdrawn);
            s.malformed = malformed;
            by_eco.insert(eco, s);
        }
        let mut stmt = self
            .conn
            .prepare("SELECT ecosystem, source, kind, updated_at, skipped FROM feeds")
            .map_err(sql(p))?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    count(r, 4)?,
                ))
            })
            .map_err(sql(p))?;
        for row in rows {
            let (eco, source, kind, updated_at, skipped) = row.map_err(sql(p))?;
            let s = by_eco
                .entry(eco.clone())
                .or_insert_with(|| empty_status(&eco));
            // A store written before sources were redacted may hold a credential.
            s.source = Some(lockfile_parsers::redact::in_text(&source).into_owned());
            s.kind = Some(kind);
            s.updated_at = updated_at.parse().ok();
            s.skipped = skipped;
        }
        // Every ecosystem tollgate checks is listed, those without records too: a missing
        // ecosystem is what makes its dependency changes `unknown`, so it must show.
        for eco in Ecosystem::ALL {
            by_eco
                .entry(eco.as_str().to_string())
                .or_insert_with(|| empty_status(eco.as_str()));
        }
        let mut ecosystems: Vec<EcosystemStatus> = by_eco.into_values().collect();
        ecosystems.sort_by(|a, b| a.ecosystem.cmp(&b.ecosystem));
        let size_bytes = std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
        Ok(Status {
            path: p.clone(),
            size_bytes,
            ecosystems,
        })
    }

    /// Every stored record with range events that are not versions, by id.
    pub fn malformed(&self) -> Result<Vec<Malformed>> {
        let p = &self.path;
        let mut stmt = self
            .conn
            .prepare("SELECT id, problems FROM records WHERE problems IS NOT NULL ORDER BY id")
            .map_err(sql(p))?;
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
            .map_err(sql(p))?;
        rows.map(|row| {
            let (id, problems) = row.map_err(sql(p))?;
            Ok(Malformed {
                id,
                problems: problems.lines().map(str::to_string).collect(),
            })
        })
        .collect()
    }

    /// Whether any record names a package of `eco`. A store without an ecosystem's records
    /// cannot say that a package of it is clean: its lookups come back empty, which once
    /// passed a known-malicious package as checked. One index probe (the primary key of
    /// `affected` starts with the ecosystem).
    pub fn has_ecosystem(&self, eco: Ecosystem) -> Result<bool> {
        self.conn
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM affected WHERE ecosystem = ?1)")
            .and_then(|mut stmt| stmt.query_row([eco.as_str()], |r| r.get(0)))
            .map_err(sql(&self.path))
    }

    /// The advisories that cover `name` at `version`: one index probe, then only the
    /// candidate records are parsed (once per store, cached by id).
    pub fn check(&self, eco: Ecosystem, name: &str, version: &str) -> Result<Vec<Advisory>> {
        let key = normalise_name(eco, name);
        let p = &self.path;
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT rid FROM affected WHERE ecosystem = ?1 AND name = ?2 AND live = 1",
            )
            .map_err(sql(p))?;
        let rids: Vec<i64> = stmt
            .query_map(params![eco.as_str(), key], |r| r.get(0))
            .map_err(sql(p))?
            .collect::<rusqlite::Result<_>>()
            .map_err(sql(p))?;
        if rids.is_empty() {
            return Ok(Vec::new());
        }
        let mut hits = Vec::new();
        for rid in rids {
            let record = self.record_by_rid(rid)?;
            if let Some(hit) = matching::match_version(&record, eco, name, version) {
                hits.push((record, hit));
            }
        }
        Ok(advisory::fold(eco, hits))
    }

    /// The advisories that cover some version a PyPI requirement range admits (`>=0`,
    /// `~=1.2,!=1.2.3`): each candidate record's covered versions intersected with the
    /// range. `None` when the range is not PEP 440 (the caller says it was not checked).
    pub fn check_range(&self, name: &str, specifier: &str) -> Result<Option<Vec<Advisory>>> {
        let eco = Ecosystem::PyPI;
        let Ok(specifiers) = pep440_rs::VersionSpecifiers::from_str(specifier) else {
            return Ok(None);
        };
        let admitted: version_ranges::Ranges<pep440_rs::Version> = specifiers.into();
        let key = normalise_name(eco, name);
        let rids: Vec<i64> = self
            .conn
            .prepare_cached(
                "SELECT rid FROM affected WHERE ecosystem = ?1 AND name = ?2 AND live = 1",
            )
            .and_then(|mut stmt| {
                stmt.query_map(params![eco.as_str(), key], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()
            })
            .map_err(sql(&self.path))?;
        let mut hits = Vec::new();
        for rid in rids {
            let record = self.record_by_rid(rid)?;
            let covered = matching::pypi_covered(&record, name);
            if !covered.is_disjoint(&admitted) {
                hits.push((
                    record,
                    matching::Hit {
                        fixed: None,
                        note: None,
                    },
                ));
            }
        }
        Ok(Some(advisory::fold(eco, hits)))
    }

    /// [`Store::check`] for a whole lockfile diff, in query order.
    ///
    /// All lookups share one read transaction. Outside a transaction SQLite takes and
    /// drops a file lock (and checks for a hot journal) around every statement; for
    /// 5,000 packages that locking was most of the time: `benches/feed.rs` measured
    /// 100 ms per-call and 24 ms batched, opening included.
    pub fn check_many(&self, queries: &[(Ecosystem, &str, &str)]) -> Result<Vec<Vec<Advisory>>> {
        let tx = self.conn.unchecked_transaction().map_err(sql(&self.path))?;
        let out = queries
            .iter()
            .map(|&(eco, name, version)| self.check(eco, name, version))
            .collect::<Result<Vec<_>>>()?;
        tx.finish().map_err(sql(&self.path))?;
        Ok(out)
    }

    /// The raw OSV JSON of a record, for reports that show details.
    pub fn raw_record(&self, id: &str) -> Result<Option<String>> {
        self.conn
            .query_row("SELECT json FROM records WHERE id = ?1", [id], |r| r.get(0))
            .optional()
            .map_err(sql(&self.path))
    }

    fn record_by_rid(&self, rid: i64) -> Result<Arc<Record>> {
        if let Some(r) = self.cache.borrow().get(&rid) {
            return Ok(r.clone());
        }
        let p = &self.path;
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, json FROM records WHERE rid = ?1")
            .map_err(sql(p))?;
        let (id, json): (String, String) = stmt
            .query_row([rid], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(sql(p))?;
        let record = Record::from_json(&json).map_err(|source| Error::CorruptRecord {
            path: p.clone(),
            id,
            source,
        })?;
        let record = Arc::new(record);
        self.cache.borrow_mut().insert(rid, record.clone());
        Ok(record)
    }
}

impl Drop for Store {
    /// A rebuild that was never finished leaves nothing behind.
    fn drop(&mut self) {
        if self.replaces.is_some() {
            let _ = std::fs::remove_file(&self.path);
            let _ = std::fs::remove_file(journal(&self.path));
        }
    }
}

/// SQLite's rollback journal beside a database file.
fn journal(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push("-journal");
    PathBuf::from(name)
}

/// What a file's `user_version` says about it.
enum Version {
    /// This build's layout.
    Current,
    /// A new file: version 0 and no tables yet.
    Fresh,
    /// Another layout (older, newer, or tables without a version).
    Other(i64),
}

fn schema_version(conn: &Connection, path: &Path) -> Result<Version> {
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(sql(path))?;
    if version == SCHEMA_VERSION {
        return Ok(Version::Current);
    }
    let tables: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'",
            [],
            |r| r.get(0),
        )
        .map_err(sql(path))?;
    Ok(if version == 0 && tables == 0 {
        Version::Fresh
    } else {
        Version::Other(version)
    })
}

fn version_error(path: &Path, found: i64) -> Error {
    Error::SchemaVersion {
        path: path.into(),
        found,
        expected: SCHEMA_VERSION,
    }
}

/// SQLite integers are signed; counts are never negative (`sum` of nothing is NULL).
fn count(row: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<u64> {
    Ok(row.get::<_, Option<i64>>(i)?.unwrap_or(0).max(0) as u64)
}

fn eco_name<S: serde::Serializer>(
    eco: &Option<Ecosystem>,
    s: S,
) -> std::result::Result<S::Ok, S::Error> {
    s.serialize_str(eco.map_or("", |e| e.as_str()))
}

fn empty_status(eco: &str) -> EcosystemStatus {
    EcosystemStatus {
        ecosystem: eco.to_string(),
        records: 0,
        malicious: 0,
        withdrawn: 0,
        skipped: 0,
        malformed: 0,
        updated_at: None,
        source: None,
        kind: None,
    }
}

/// Opens the store's file the shared way, with this module's errors.
fn open(path: &Path, access: Access) -> Result<Connection> {
    cache::open_sqlite(path, access).map_err(|error| match error {
        OpenError::Dir { path, source } => Error::Write { path, source },
        OpenError::Sqlite(source) => Error::Sqlite {
            path: path.to_path_buf(),
            source,
        },
    })
}

fn sql(path: &Path) -> impl Fn(rusqlite::Error) -> Error + '_ {
    move |source| Error::Sqlite {
        path: path.into(),
        source,
    }
}

fn write_batch(
    tx: &rusqlite::Transaction<'_>,
    batch: Batch,
    kind: &str,
    now: &str,
) -> rusqlite::Result<ImportSummary> {
    let ecosystem = batch.ecosystem();
    let mut summary = ImportSummary {
        source: batch.source.clone(),
        ecosystem,
        imported: 0,
        malicious: 0,
        withdrawn: 0,
        replaced: 0,
        skipped: batch.skipped,
        malformed: Vec::new(),
        ecosystems: Vec::new(),
    };
    let mut counts: BTreeMap<Ecosystem, usize> = BTreeMap::new();
    if let (true, Some(eco)) = (batch.full_export, ecosystem) {
        tx.execute(
            "DELETE FROM affected WHERE rid IN (SELECT rid FROM records WHERE feed = ?1)",
            [eco.as_str()],
        )?;
        summary.replaced = tx.execute("DELETE FROM records WHERE feed = ?1", [eco.as_str()])?;
    }
    let mut find = tx.prepare_cached("SELECT rid FROM records WHERE id = ?1")?;
    let mut drop_affected = tx.prepare_cached("DELETE FROM affected WHERE rid = ?1")?;
    let mut drop_record = tx.prepare_cached("DELETE FROM records WHERE rid = ?1")?;
    let mut insert = tx.prepare_cached(
        "INSERT INTO records (id, feed, withdrawn, malicious, json, problems) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    let mut index = tx.prepare_cached(
        "INSERT OR IGNORE INTO affected (ecosystem, name, rid, live) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for r in batch.records {
        if let Some(old) = find
            .query_row([&r.id], |row| row.get::<_, i64>(0))
            .optional()?
        {
            drop_affected.execute([old])?;
            drop_record.execute([old])?;
        }
        let feed = if batch.full_export {
            ecosystem.unwrap_or(r.keys[0].0)
        } else {
            r.keys[0].0
        };
        *counts.entry(feed).or_default() += 1;
        let problems = (!r.problems.is_empty()).then(|| r.problems.join("\n"));
        insert.execute(params![
            r.id,
            feed.as_str(),
            r.withdrawn,
            r.malicious,
            r.json,
            problems
        ])?;
        let rid = tx.last_insert_rowid();
        for (eco, name) in &r.keys {
            index.execute(params![eco.as_str(), name, rid, !r.withdrawn])?;
        }
        summary.imported += 1;
        summary.malicious += usize::from(r.malicious && !r.withdrawn);
        summary.withdrawn += usize::from(r.withdrawn);
        if !r.problems.is_empty() {
            summary.malformed.push(Malformed {
                id: r.id,
                problems: r.problems,
            });
        }
    }
    let mut ecosystems: Vec<(Ecosystem, usize)> = counts.into_iter().collect();
    ecosystems.sort_by_key(|&(e, n)| (std::cmp::Reverse(n), e));
    // Every ecosystem the records went to shows as updated in `feed status`; the
    // skipped records count against the batch's own ecosystem.
    for &(other, _) in ecosystems.iter().filter(|(e, _)| Some(*e) != ecosystem) {
        tx.execute(
            "INSERT INTO feeds (ecosystem, source, kind, updated_at, skipped) VALUES (?1, ?2, ?3, ?4, 0)
             ON CONFLICT (ecosystem) DO UPDATE SET source = excluded.source, kind = excluded.kind,
             updated_at = excluded.updated_at",
            params![other.as_str(), summary.source, kind, now],
        )?;
    }
    summary.ecosystems = ecosystems;
    if let Some(eco) = ecosystem {
        let skipped = summary.skipped.len() as i64;
        let update_skipped = if batch.full_export {
            "excluded.skipped"
        } else {
            "feeds.skipped + excluded.skipped"
        };
        tx.execute(
            &format!(
                "INSERT INTO feeds (ecosystem, source, kind, updated_at, skipped) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (ecosystem) DO UPDATE SET source = excluded.source, kind = excluded.kind,
                 updated_at = excluded.updated_at, skipped = {update_skipped}"
            ),
            params![eco.as_str(), summary.source, kind, now, skipped],
        )?;
    }
    Ok(summary)
}
