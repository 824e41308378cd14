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

/// Limits on what an export zip may hold. The zip's headers are written by whoever made
/// the file, so neither a declared size nor a declared count is trusted: each entry is
/// read through a bound, and the first one over it stops the import (naming the entry)
/// before the store is touched. The real exports are far inside these limits (largest
/// record 25 KiB, largest inflation ratio 12:1, 22,450 entries in npm's).
#[derive(Clone, Copy, Debug)]
pub(crate) struct ZipLimits {
    /// Entries in the archive.
    pub entries: usize,
    /// Inflated bytes of one entry.
    pub entry_bytes: u64,
    /// Inflated bytes over compressed bytes, for an entry larger than `ratio_floor`.
    pub ratio: u64,
    /// Entries up to this size may inflate by any ratio (tiny records compress oddly).
    pub ratio_floor: u64,
    /// Inflated bytes of all entries together (and at most `ratio` times the archive).
    pub total_bytes: u64,
}

impl Default for ZipLimits {
    fn default() -> Self {
        ZipLimits {
            entries: 2_000_000,
            entry_bytes: 32 << 20,
            ratio: 100,
            ratio_floor: 64 << 10,
            total_bytes: 4 << 30,
        }
    }
}

impl ZipLimits {
    /// The most an entry of `compressed` bytes may inflate to.
    fn bound(&self, compressed: u64) -> u64 {
        compressed
            .saturating_mul(self.ratio)
            .max(self.ratio_floor)
            .min(self.entry_bytes)
    }

    /// The most all entries of an archive of `file_len` bytes may inflate to.
    fn bound_total(&self, file_len: u64) -> u64 {
        file_len
            .saturating_mul(self.ratio)
            .max(self.ratio_floor)
            .min(self.total_bytes)
    }
}

/// Reads every `.json` entry of an export zip. `what` names it in errors (a path, or the
/// URL it was downloaded from).
pub(crate) fn read_zip(path: &Path, what: &str) -> Result<Batch> {
    read_zip_with(path, what, &ZipLimits::default())
}

pub(crate) fn read_zip_with(path: &Path, what: &str, limits: &ZipLimits) -> Result<Batch> {
    let file = File::open(path).map_err(|source| Error::Read {
        path: path.into(),
        source,
    })?;
    let zip_err = |source| Error::Zip {
        what: what.to_string(),
        source,
    };
    // The whole archive obeys the ratio too: entries that share compressed data (an
    // overlapping-entry bomb) each look modest on their own.
    let file_len = file.metadata().map(|m| m.len()).unwrap_or(u64::MAX);
    let total_bound = limits.bound_total(file_len);
    let mut archive = zip::ZipArchive::new(BufReader::new(file)).map_err(zip_err)?;
    let too_big = |entry: &str, message: String| Error::ZipLimit {
        what: what.to_string(),
        entry: entry.escape_debug().to_string(),
        message,
    };
    if archive.len() > limits.entries {
        return Err(too_big(
            "(archive)",
            format!(
                "{} entries, more than the limit of {}",
                archive.len(),
                limits.entries
            ),
        ));
    }
    let mut batch = Batch {
        source: what.to_string(),
        full_export: true,
        records: Vec::with_capacity(archive.len().min(1 << 16)),
        skipped: Vec::new(),
    };
    let mut total: u64 = 0;
    for i in 0..archive.len() {
        let entry = archive.by_index(i).map_err(zip_err)?;
        let name = entry.name().map_err(zip_err)?.to_string();
        if entry.is_dir() || !name.ends_with(".json") {
            continue;
        }
        let (declared, compressed) = (entry.size(), entry.compressed_size());
        let bound = limits.bound(compressed);
        if declared > bound {
            return Err(too_big(
                &name,
                over(declared, "declares", compressed, limits),
            ));
        }
        let mut bytes = Vec::with_capacity(declared as usize);
        // One byte more than the bound tells a lying header from an entry at the limit.
        // A read error here is a bad CRC, a damaged stream or more bytes than the header
        // declared (the zip crate checks that): the archive is corrupt.
        entry
            .take(bound + 1)
            .read_to_end(&mut bytes)
            .map_err(|source| Error::ZipEntry {
                what: what.to_string(),
                entry: name.escape_debug().to_string(),
                source,
            })?;
        let actual = bytes.len() as u64;
        if actual > bound {
            return Err(too_big(
                &name,
                over(actual, "inflates to more than", compressed, limits),
            ));
        }
        total += actual;
        if total > total_bound {
            return Err(too_big(
                &name,
                format!(
                    "the entries up to this one inflate to more than {total_bound} bytes in all \
                     (a {file_len}-byte archive may hold at most {} times its size, and never \
                     more than {} bytes)",
                    limits.ratio, limits.total_bytes
                ),
            ));
        }
        add_record(&mut batch, &name, bytes);
    }
    Ok(batch)
}

/// Why an entry of `size` inflated bytes (declared or read) is refused.
fn over(size: u64, verb: &str, compressed: u64, limits: &ZipLimits) -> String {
    if size > limits.entry_bytes {
        format!(
            "{verb} {size} bytes, more than the limit of {} per entry",
            limits.entry_bytes
        )
    } else {
        format!(
            "{verb} {size} bytes from {compressed} compressed, more than {} times its size",
            limits.ratio
        )
    }
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

    /// A zip of stored (uncompressed) entries.
    fn stored_zip(entries: &[(&str, Vec<u8>)]) -> tempfile::NamedTempFile {
        let file = tempfile::NamedTempFile::new().unwrap();
        let mut writer = zip::ZipWriter::new(file.reopen().unwrap());
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        for (name, bytes) in entries {
            writer.start_file(*name, options).unwrap();
            std::io::Write::write_all(&mut writer, bytes).unwrap();
        }
        writer.finish().unwrap();
        file
    }

    #[test]
    fn limits_on_count_and_total_name_the_entry_that_crossed_them() {
        let body = |n| vec![b' '; n];
        let zip = stored_zip(&[
            ("a.json", body(600)),
            ("b.json", body(600)),
            ("c.json", body(600)),
        ]);
        let limits = ZipLimits {
            entries: 10,
            entry_bytes: 1000,
            ratio: 100,
            ratio_floor: 10,
            total_bytes: 1500,
        };
        let error = read_zip_with(zip.path(), "all.zip", &limits).unwrap_err();
        assert!(
            matches!(&error, Error::ZipLimit { entry, .. } if entry == "c.json"),
            "{error}"
        );
        let few = ZipLimits {
            entries: 2,
            ..limits
        };
        let error = read_zip_with(zip.path(), "all.zip", &few).unwrap_err();
        assert!(error.to_string().contains("3 entries"), "{error}");
        let roomy = ZipLimits {
            total_bytes: 1 << 20,
            ..limits
        };
        assert_eq!(
            read_zip_with(zip.path(), "all.zip", &roomy)
                .unwrap()
                .skipped
                .len(),
            3
        );
    }

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
