//! Reading OSV exports from disk: a per-ecosystem `all.zip`, a directory of `.json`
//! records, or one record. Produces validated records ready for the store; a record that
//! is not valid OSV is reported and skipped, while a damaged zip fails the whole import
//! (its content cannot be trusted to be complete).

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

use lockfile_parsers::Ecosystem;

use super::error::{Error, Result};
use super::events;
use super::normalise_name;
use super::record::Record;

/// A record that was not imported, and why.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Skipped {
    /// The zip entry or file it came from.
    pub entry: String,
    pub reason: String,
}

/// One record, checked and keyed, ready to store.
#[derive(Debug)]
pub(crate) struct Prepared {
    pub id: String,
    pub json: String,
    pub withdrawn: bool,
    pub malicious: bool,
    /// (ecosystem, normalised name) for every supported package the record names.
    pub keys: Vec<(Ecosystem, String)>,
    /// Range events whose value is not a version of its ecosystem (`events::problems`):
    /// the record is imported, and matched as `events.rs` says, but counted and named.
    pub problems: Vec<String>,
}

/// Everything read from one source.
#[derive(Debug)]
pub(crate) struct Batch {
    /// Path or URL, as `status` shows it.
    pub source: String,
    /// A whole per-ecosystem export: it replaces what the store holds for its ecosystem.
    pub full_export: bool,
    pub records: Vec<Prepared>,
    pub skipped: Vec<Skipped>,
}

impl Batch {
    /// The ecosystem most of the records name first: the export's own ecosystem (a few
    /// GHSA records in the npm export also list Maven or NuGet packages).
    pub fn ecosystem(&self) -> Option<Ecosystem> {
        let mut counts: BTreeMap<Ecosystem, usize> = BTreeMap::new();
        for r in &self.records {
            *counts.entry(r.keys[0].0).or_default() += 1;
        }
        counts.into_iter().max_by_key(|(_, n)| *n).map(|(e, _)| e)
    }
}

/// Reads a zip, a directory or a single record.
pub(crate) fn read_path(path: &Path) -> Result<Batch> {
    let meta = std::fs::metadata(path).map_err(|source| Error::Read {
        path: path.into(),
        source,
    })?;
    let source = path.display().to_string();
    if meta.is_dir() {
        return read_dir(path);
    }
    if is_zip(path)? {
        return read_zip(path, &source);
    }
    let mut batch = Batch {
        source,
        full_export: false,
        records: Vec::new(),
        skipped: Vec::new(),
    };
    let bytes = std::fs::read(path).map_err(|source| Error::Read {
        path: path.into(),
        source,
    })?;
    add_record(&mut batch, &path.display().to_string(), bytes);
    Ok(batch)
}

fn is_zip(path: &Path) -> Result<bool> {
    let mut magic = [0u8; 4];
    let mut file = File::open(path).map_err(|source| Error::Read {
        path: path.into(),
        source,
    })?;
    let n = file.read(&mut magic).map_err(|source| Error::Read {
        path: path.into(),
        source,
    })?;
    let by_name = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("zip"));
    Ok(by_name || (n == 4 && magic == *b"PK\x03\x04"))
}

/// Reads every `.json` entry of an export zip. `what` names it in errors (a path, or the
/// URL it was downloaded from).
pub(crate) fn read_zip(path: &Path, what: &str) -> Result<Batch> {
    let file = File::open(path).map_err(|source| Error::Read {
        path: path.into(),
        source,
    })?;
    let zip_err = |source| Error::Zip {
        what: what.to_string(),
        source,
    };
    let mut archive = zip::ZipArchive::new(BufReader::new(file)).map_err(zip_err)?;
    let mut batch = Batch {
        source: what.to_string(),
        full_export: true,
        records: Vec::with_capacity(archive.len()),
        skipped: Vec::new(),
    };
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).map_err(zip_err)?;
        let name = entry.name().map_err(zip_err)?.to_string();
        if entry.is_dir() || !name.ends_with(".json") {
            continue;
        }
        let mut bytes = Vec::with_capacity(entry.size() as usize);
        // A read error here is a bad CRC or a damaged stream: the archive is corrupt.
        entry
            .read_to_end(&mut bytes)
            .map_err(|e| zip_err(e.into()))?;
        add_record(&mut batch, &name, bytes);
    }
    Ok(batch)
}

fn read_dir(dir: &Path) -> Result<Batch> {
    let mut files = Vec::new();
    collect_json(dir, &mut files)?;
    files.sort();
    let mut batch = Batch {
        source: dir.display().to_string(),
        full_export: false,
        records: Vec::new(),
        skipped: Vec::new(),
    };
    for file in files {
        let bytes = std::fs::read(&file).map_err(|source| Error::Read {
            path: file.clone(),
            source,
        })?;
        add_record(&mut batch, &file.display().to_string(), bytes);
    }
    Ok(batch)
}

fn collect_json(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let entries = std::fs::read_dir(dir).map_err(|source| Error::Read {
        path: dir.into(),
        source,
    })?;
    for entry in entries {
        let entry = entry.map_err(|source| Error::Read {
            path: dir.into(),
            source,
        })?;
        let path = entry.path();
        if path.is_dir() {
            collect_json(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "json") {
            out.push(path);
        }
    }
    Ok(())
}

fn add_record(batch: &mut Batch, entry: &str, bytes: Vec<u8>) {
    match prepare(bytes) {
        Ok(p) => batch.records.push(p),
        Err(reason) => batch.skipped.push(Skipped {
            entry: entry.to_string(),
            reason,
        }),
    }
}

/// Validates one record; the error is the reason it is skipped.
pub(crate) fn prepare(bytes: Vec<u8>) -> Result<Prepared, String> {
    let json = String::from_utf8(bytes).map_err(|_| "not UTF-8 text".to_string())?;
    let record = Record::from_json(&json).map_err(|e| format!("not a valid OSV record: {e}"))?;
    if record.id.trim().is_empty() {
        return Err("empty `id`".into());
    }
    let mut keys: Vec<(Ecosystem, String)> = Vec::new();
    for package in record.affected.iter().filter_map(|a| a.package.as_ref()) {
        let Some(eco) = Ecosystem::ALL
            .into_iter()
            .find(|e| e.as_str() == package.ecosystem)
        else {
            continue;
        };
        let key = (eco, normalise_name(eco, &package.name));
        if !key.1.is_empty() && !keys.contains(&key) {
            keys.push(key);
        }
    }
    if keys.is_empty() {
        let known: Vec<&str> = Ecosystem::ALL.iter().map(|e| e.as_str()).collect();
        return Err(format!(
            "{}: names no package in a supported ecosystem ({})",
            record.id,
            known.join(", ")
        ));
    }
    Ok(Prepared {
        problems: events::problems(&record),
        withdrawn: record.is_withdrawn(),
        malicious: record.is_malicious(),
        id: record.id,
        json,
        keys,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_records_give_reasons() {
        assert!(
            prepare(b"{not json".to_vec())
                .unwrap_err()
                .contains("not a valid OSV record")
        );
        assert!(prepare(vec![0xff, 0xfe]).unwrap_err().contains("UTF-8"));
        let maven = br#"{"id":"X-1","affected":[{"package":{"ecosystem":"Maven","name":"a:b"}}]}"#;
        assert!(
            prepare(maven.to_vec())
                .unwrap_err()
                .contains("X-1: names no package")
        );
        let ok = br#"{"id":"X-2","affected":[{"package":{"ecosystem":"Maven","name":"a:b"}},{"package":{"ecosystem":"PyPI","name":"Foo_Bar"}}]}"#;
        assert_eq!(
            prepare(ok.to_vec()).unwrap().keys,
            [(Ecosystem::PyPI, "foo-bar".to_string())]
        );
    }
}
