//! Opening archives in memory: detection by magic bytes, one reader per format (all from
//! crates), nesting to a depth, and the budget that contains bombs.
//!
//! Inner files are handed to a visitor as `(display path, bytes)`, where the display path
//! is `outer.whl!inner/path` (`!` per level, as in `jar:` URLs). Names are never resolved
//! against a directory: a `../` name is reported exactly as the archive spells it.

use std::cell::Cell;
use std::io::{self, Cursor, Read};
use std::rc::Rc;

use crate::finding::Skipped;

/// Defaults of `[artifacts]`: open archives nested three deep, expand at most 1 GiB per
/// archive on disk, at most 1000 bytes per compressed byte (once past
/// [`RATIO_FLOOR`]), and at most 100,000 entries.
pub(crate) const DEFAULT_DEPTH: u32 = 3;
pub(crate) const DEFAULT_MAX_BYTES: u64 = 1 << 30;
pub(crate) const DEFAULT_MAX_RATIO: u64 = 1000;
pub(crate) const DEFAULT_MAX_ENTRIES: u64 = 100_000;
/// Small archives of repetitive text legitimately reach high ratios; the ratio limit only
/// applies beyond this many expanded bytes, where a bomb starts to cost real time.
const RATIO_FLOOR: u64 = 16 << 20;

/// The most an entry's declared size reserves ahead of reading it.
const RESERVE_MAX: u64 = 16 << 20;

/// How every `stats.skipped` reason of a bomb limit starts (`--strict` looks for it).
pub(crate) const LIMIT_REASON: &str = "archive limit:";

/// How deep and how far to expand.
#[derive(Clone, Debug)]
pub(crate) struct ArchiveOptions {
    /// Archive levels opened: 1 opens `app.whl` but not a `.jar` inside it.
    pub depth: u32,
    /// Expanded bytes per archive on disk, nested archives included.
    pub max_bytes: u64,
    /// Expanded bytes per byte of the archive on disk.
    pub max_ratio: u64,
    /// Entries per archive on disk, nested archives included.
    pub max_entries: u64,
    /// Inner files larger than this are skipped and listed, as files on disk are.
    pub max_file_size: u64,
    /// The formats opened; an archive of another format is a file like any other (binary,
    /// so not scanned, unless it is an uncompressed tar of text).
    pub formats: Formats,
}

/// A set of [`Kind`]s.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Formats(u8);

impl Formats {
    pub(crate) const ALL: Formats = Formats(u8::MAX);

    pub(crate) fn of(kinds: &[Kind]) -> Formats {
        Formats(kinds.iter().fold(0, |set, &kind| set | Formats::bit(kind)))
    }

    pub(crate) fn contains(self, kind: Kind) -> bool {
        self.0 & Formats::bit(kind) != 0
    }

    fn bit(kind: Kind) -> u8 {
        1 << kind as u8
    }
}

impl ArchiveOptions {
    pub(crate) fn new(max_file_size: u64) -> ArchiveOptions {
        ArchiveOptions {
            depth: DEFAULT_DEPTH,
            max_bytes: DEFAULT_MAX_BYTES,
            max_ratio: DEFAULT_MAX_RATIO,
            max_entries: DEFAULT_MAX_ENTRIES,
            max_file_size,
            formats: Formats::ALL,
        }
    }
}

/// The formats recognised, by their magic bytes; `[artifacts] formats` names them in
/// lower case (`ar` is the container of `.deb` packages).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Kind {
    Zip,
    Tar,
    Gzip,
    Bzip2,
    Xz,
    Zstd,
    Ar,
}

/// The archive format of `content`, if it is one. Magic bytes decide, not the name: a
/// `.crate` is a gzip stream, a `.whl` a zip, and a renamed archive is still opened.
/// Tar has no magic at offset 0; POSIX tar's `ustar` at 257 is checked, and an old-style
/// tar is recognised by its name.
pub(crate) fn detect(name: &str, content: &[u8]) -> Option<Kind> {
    let starts = |magic: &[u8]| content.starts_with(magic);
    if starts(b"PK\x03\x04") || starts(b"PK\x05\x06") {
        Some(Kind::Zip)
    } else if starts(&[0x1f, 0x8b]) {
        Some(Kind::Gzip)
    } else if starts(&[0xfd, b'7', b'z', b'X', b'Z', 0]) {
        Some(Kind::Xz)
    } else if starts(&[0x28, 0xb5, 0x2f, 0xfd]) {
        Some(Kind::Zstd)
    } else if is_bzip2(content) {
        Some(Kind::Bzip2)
    } else if starts(b"!<arch>\n") {
        Some(Kind::Ar)
    } else if is_tar(content) || (name.ends_with(".tar") && content.len() >= 512) {
        Some(Kind::Tar)
    } else {
        None
    }
}

/// `BZh` + block size digit + the block or end-of-stream magic, so a text file that
/// happens to start with `BZh9` is not taken for one.
fn is_bzip2(content: &[u8]) -> bool {
    content.len() >= 10
        && content.starts_with(b"BZh")
        && (b'1'..=b'9').contains(&content[3])
        && (content[4..10] == [0x31, 0x41, 0x59, 0x26, 0x53, 0x59]
            || content[4..10] == [0x17, 0x72, 0x45, 0x38, 0x50, 0x90])
}

fn is_tar(content: &[u8]) -> bool {
    content.len() >= 512 && &content[257..262] == b"ustar"
}

/// What expanding one archive on disk left unscanned.
#[derive(Debug, Default)]
pub(crate) struct Expanded {
    /// Inner files and archives not read, with the reason.
    pub skipped: Vec<Skipped>,
    /// A bomb limit stopped the expansion (`--strict` fails the run on it).
    pub limit_hit: bool,
}

/// Expands the archive `content` shown as `path`, calling `visit` with each inner file
/// that is not itself an archive to open (binary files included: the caller decides).
pub(crate) fn expand(
    path: &str,
    content: &[u8],
    kind: Kind,
    options: &ArchiveOptions,
    visit: &mut dyn FnMut(&str, &[u8]),
) -> Expanded {
    let mut walk = Walk::new(options, content.len() as u64, false, visit);
    if let Err(error) = walk.archive(path, content, kind, 1) {
        walk.fail(path, error);
    }
    walk.expanded
}

/// Expands an image layer, a tar (plain or compressed) of `stored` bytes, streamed from
/// `reader`: only one inner file is in memory at a time, whatever the layer's size. The
/// layer itself is opened whatever `[artifacts] formats` says (it is what the image is
/// made of); archives inside it follow the options.
pub(crate) fn expand_layer(
    path: &str,
    mut reader: impl Read,
    stored: u64,
    options: &ArchiveOptions,
    visit: &mut dyn FnMut(&str, &[u8]),
) -> Expanded {
    let mut walk = Walk::new(options, stored, true, visit);
    let mut head = Vec::with_capacity(512);
    let result = match (&mut reader).take(512).read_to_end(&mut head) {
        Err(error) => Err(Stop::from(error)),
        Ok(_) => match detect(".tar", &head) {
            Some(kind @ (Kind::Tar | Kind::Gzip | Kind::Bzip2 | Kind::Xz | Kind::Zstd)) => {
                walk.decode(path, Cursor::new(head).chain(reader), kind, 1)
            }
            _ => Err(Stop::Broken("not a tar archive".into())),
        },
    };
    if let Err(error) = result {
        walk.fail(path, error);
    }
    walk.expanded
}

/// The limits of one archive on disk: one counter of expanded bytes, which every decoder's
/// output goes through, and one of entries.
struct Budget {
    expanded: Rc<Cell<u64>>,
    cap: u64,
    cap_reason: String,
    entries: u64,
    max_entries: u64,
}

impl Budget {
    fn new(options: &ArchiveOptions, compressed: u64) -> Budget {
        let by_ratio = compressed
            .saturating_mul(options.max_ratio)
            .max(RATIO_FLOOR);
        let (cap, cap_reason) = if by_ratio < options.max_bytes {
            (
                by_ratio,
                format!(
                    "archive limit: expands more than {}x its {compressed} bytes \
                     ([artifacts] max-ratio); the rest was not scanned",
                    options.max_ratio
                ),
            )
        } else {
            (
                options.max_bytes,
                format!(
                    "archive limit: expands to more than {} bytes \
                     (--max-archive-bytes); the rest was not scanned",
                    options.max_bytes
                ),
            )
        };
        Budget {
            expanded: Rc::new(Cell::new(0)),
            cap,
            cap_reason,
            entries: 0,
            max_entries: options.max_entries,
        }
    }

    fn exhausted(&self) -> bool {
        self.expanded.get() > self.cap
    }

    /// `reader` with its output counted against the budget; past the cap it fails.
    fn meter<R: Read>(&self, reader: R) -> Metered<R> {
        Metered {
            inner: reader,
            expanded: Rc::clone(&self.expanded),
            cap: self.cap,
        }
    }
}

/// A reader whose output counts against the archive's budget; reading past the cap is an
/// error, which stops whichever format's loop is reading.
struct Metered<R> {
    inner: R,
    expanded: Rc<Cell<u64>>,
    cap: u64,
}

impl<R: Read> Read for Metered<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.expanded.get() > self.cap {
            return Err(io::Error::other(LimitHit));
        }
        let n = self.inner.read(buf)?;
        self.expanded.set(self.expanded.get() + n as u64);
        Ok(n)
    }
}

#[derive(Debug)]
struct LimitHit;

impl std::fmt::Display for LimitHit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("archive limit reached")
    }
}

impl std::error::Error for LimitHit {}

/// Why an archive stopped: a limit (reported once, for the archive on disk) or a format
/// error (reported for the archive it is in).
enum Stop {
    Limit,
    Broken(String),
}

impl From<io::Error> for Stop {
    fn from(error: io::Error) -> Stop {
        if is_limit(&error) {
            Stop::Limit
        } else {
            Stop::Broken(error.to_string())
        }
    }
}

impl From<zip::result::ZipError> for Stop {
    fn from(error: zip::result::ZipError) -> Stop {
        match error {
            zip::result::ZipError::Io(error) => Stop::from(error),
            other => Stop::Broken(other.to_string()),
        }
    }
}

/// Whether the budget's error is somewhere in `error`'s chain. Format readers wrap it (tar
/// in its own error, which holds an `io::Error`), and an `io::Error`'s `source()` skips
/// its payload, so each `io::Error` is opened with `get_ref`.
fn is_limit(error: &io::Error) -> bool {
    let mut current: Option<&(dyn std::error::Error + 'static)> = error.get_ref().map(|e| e as _);
    while let Some(error) = current {
        if error.is::<LimitHit>() {
            return true;
        }
        current = match error.downcast_ref::<io::Error>() {
            Some(io) => io.get_ref().map(|e| e as _),
            None => error.source(),
        };
    }
    false
}

struct Walk<'a> {
    options: &'a ArchiveOptions,
    budget: Budget,
    /// Expanding an image layer: its tar is opened whatever `formats` says.
    layer: bool,
    /// One entry buffer per archive level, reused.
    buffers: Vec<Vec<u8>>,
    visit: &'a mut dyn FnMut(&str, &[u8]),
    expanded: Expanded,
}

impl<'a> Walk<'a> {
    fn new(
        options: &'a ArchiveOptions,
        stored: u64,
        layer: bool,
        visit: &'a mut dyn FnMut(&str, &[u8]),
    ) -> Walk<'a> {
        Walk {
            options,
            budget: Budget::new(options, stored),
            layer,
            buffers: Vec::new(),
            visit,
            expanded: Expanded::default(),
        }
    }

    fn fail(&mut self, path: &str, stop: Stop) {
        match stop {
            Stop::Limit => self.limit(path, None),
            Stop::Broken(message) => self.expanded.skipped.push(Skipped {
                path: path.to_string(),
                reason: format!("unreadable archive: {message}"),
            }),
        }
    }

    /// Records the limit once, at the archive on disk (`path` up to its first `!`).
    fn limit(&mut self, path: &str, reason: Option<String>) {
        if self.expanded.limit_hit {
            return;
        }
        self.expanded.limit_hit = true;
        let outer = path.split('!').next().unwrap_or(path);
        self.expanded.skipped.push(Skipped {
            path: outer.to_string(),
            reason: reason.unwrap_or_else(|| self.budget.cap_reason.clone()),
        });
    }

    /// Counts one entry; false (and the limit recorded) past the entry limit.
    fn count_entry(&mut self, path: &str) -> bool {
        self.budget.entries += 1;
        if self.budget.entries > self.budget.max_entries {
            let reason = format!(
                "archive limit: more than {} entries ([artifacts] max-entries); \
                 the rest was not scanned",
                self.budget.max_entries
            );
            self.limit(path, Some(reason));
            return false;
        }
        true
    }

    fn archive(&mut self, path: &str, content: &[u8], kind: Kind, level: u32) -> Result<(), Stop> {
        match kind {
            // The central directory is at the end: zip needs the whole archive.
            Kind::Zip => self.zip(path, content, level),
            _ => self.decode(path, content, kind, level),
        }
    }

    /// The formats that can be read front to back, from any reader.
    fn decode(
        &mut self,
        path: &str,
        reader: impl Read,
        kind: Kind,
        level: u32,
    ) -> Result<(), Stop> {
        match kind {
            Kind::Zip => Err(Stop::Broken("a zip archive cannot be streamed".into())),
            Kind::Tar => self.tar(path, self.budget.meter(reader), level),
            Kind::Ar => self.ar(path, reader, level),
            Kind::Gzip => {
                let reader = flate2::read::MultiGzDecoder::new(reader);
                self.stream(path, self.budget.meter(reader), level)
            }
            Kind::Bzip2 => {
                let reader = bzip2::read::MultiBzDecoder::new(reader);
                self.stream(path, self.budget.meter(reader), level)
            }
            Kind::Xz => {
                let reader = liblzma::read::XzDecoder::new_multi_decoder(reader);
                self.stream(path, self.budget.meter(reader), level)
            }
            Kind::Zstd => {
                let reader = zstd::stream::read::Decoder::new(reader)?;
                self.stream(path, self.budget.meter(reader), level)
            }
        }
    }

    /// A compressed stream: a tar inside is streamed entry by entry (a `.tgz` is one
    /// archive level, not two); anything else is one file, named after the stream minus
    /// its compression suffix.
    fn stream(&mut self, path: &str, mut reader: impl Read, level: u32) -> Result<(), Stop> {
        let mut head = Vec::with_capacity(512);
        (&mut reader).take(512).read_to_end(&mut head)?;
        let layer = self.layer && level == 1;
        if is_tar(&head) && (layer || self.options.formats.contains(Kind::Tar)) {
            return self.tar(path, Cursor::new(head).chain(reader), level);
        }
        let inner_name = decompressed_name(path);
        let limit = self.options.max_file_size.saturating_sub(head.len() as u64);
        let mut content = head;
        (&mut reader).take(limit + 1).read_to_end(&mut content)?;
        let inner = format!("{path}!{inner_name}");
        if content.len() as u64 > self.options.max_file_size {
            self.too_large(&inner);
            return Ok(());
        }
        if !self.count_entry(path) {
            return Ok(());
        }
        self.file(&inner, &content, level)
    }

    fn zip(&mut self, path: &str, content: &[u8], level: u32) -> Result<(), Stop> {
        let mut archive = zip::ZipArchive::new(Cursor::new(content))?;
        for index in 0..archive.len() {
            if self.budget.exhausted() {
                return Err(Stop::Limit);
            }
            let name = archive
                .name_for_index(index)
                .and_then(Result::ok)
                .map_or_else(|| "(unnamed)".to_string(), |name| name.into_owned());
            let mut file = match archive.by_index(index) {
                Ok(file) => file,
                Err(zip::result::ZipError::Io(error)) => return Err(Stop::from(error)),
                Err(error) => {
                    // Encrypted or an unsupported method: this entry only.
                    self.expanded.skipped.push(Skipped {
                        path: format!("{path}!{name}"),
                        reason: format!("unreadable archive entry: {error}"),
                    });
                    continue;
                }
            };
            if file.is_dir() {
                continue;
            }
            let inner = format!("{path}!{}", String::from_utf8_lossy(file.name_raw()));
            if !self.count_entry(path) {
                return Ok(());
            }
            if file.size() > self.options.max_file_size {
                self.too_large(&inner);
                continue;
            }
            let declared = file.size();
            self.entry(&inner, &mut file, declared, true, level)?;
        }
        Ok(())
    }

    fn tar(&mut self, path: &str, reader: impl Read, level: u32) -> Result<(), Stop> {
        let mut archive = tar::Archive::new(reader);
        for entry in archive.entries()? {
            let mut entry = entry?;
            if !entry.header().entry_type().is_file() {
                continue;
            }
            let inner = format!("{path}!{}", String::from_utf8_lossy(&entry.path_bytes()));
            if !self.count_entry(path) {
                return Ok(());
            }
            if entry.size() > self.options.max_file_size {
                self.too_large(&inner);
                continue;
            }
            let declared = entry.size();
            self.entry(&inner, &mut entry, declared, false, level)?;
        }
        Ok(())
    }

    fn ar(&mut self, path: &str, reader: impl Read, level: u32) -> Result<(), Stop> {
        let mut archive = ar::Archive::new(self.budget.meter(reader));
        while let Some(entry) = archive.next_entry() {
            let mut entry = entry?;
            let name = String::from_utf8_lossy(entry.header().identifier()).into_owned();
            let inner = format!("{path}!{name}");
            if !self.count_entry(path) {
                return Ok(());
            }
            if entry.header().size() > self.options.max_file_size {
                self.too_large(&inner);
                continue;
            }
            let declared = entry.header().size();
            self.entry(&inner, &mut entry, declared, false, level)?;
        }
        Ok(())
    }

    /// Reads one entry and hands it on, or lists it when it is larger than the size
    /// limit (its declared size can lie, so the read itself is bounded). Zip entries
    /// decompress here and are metered here; tar and ar entries come from a metered stream
    /// already. The bytes go into this level's buffer, reused from entry to entry: an
    /// allocation (and its growth by copies) per entry costs as much as a tenth of the
    /// expansion of a `.crate`.
    fn entry(
        &mut self,
        inner: &str,
        reader: &mut dyn Read,
        declared: u64,
        meter: bool,
        level: u32,
    ) -> Result<(), Stop> {
        let slot = level as usize;
        if self.buffers.len() <= slot {
            self.buffers.resize_with(slot + 1, Vec::new);
        }
        let mut bytes = std::mem::take(&mut self.buffers[slot]);
        bytes.clear();
        // A hint only: a lying header must not reserve much more than it holds.
        bytes.reserve(declared.min(RESERVE_MAX) as usize);
        let limit = self.options.max_file_size.saturating_add(1);
        let read = if meter {
            Read::take(self.budget.meter(reader), limit).read_to_end(&mut bytes)
        } else {
            Read::take(reader, limit).read_to_end(&mut bytes)
        };
        let result = match read {
            Err(error) => Err(Stop::from(error)),
            Ok(_) if bytes.len() as u64 > self.options.max_file_size => {
                self.too_large(inner);
                Ok(())
            }
            Ok(_) => self.file(inner, &bytes, level),
        };
        self.buffers[slot] = bytes;
        result
    }

    fn too_large(&mut self, inner: &str) {
        self.expanded.skipped.push(Skipped {
            path: inner.to_string(),
            reason: crate::fs::too_large(
                self.options.max_file_size + 1,
                self.options.max_file_size,
            ),
        });
    }

    /// An inner file: opened when it is an archive within the depth, else visited.
    fn file(&mut self, inner: &str, content: &[u8], level: u32) -> Result<(), Stop> {
        let kind = detect(inner, content).filter(|&kind| self.options.formats.contains(kind));
        let Some(kind) = kind else {
            (self.visit)(inner, content);
            return Ok(());
        };
        if level >= self.options.depth {
            self.expanded.skipped.push(Skipped {
                path: inner.to_string(),
                reason: format!(
                    "archive nested deeper than {} levels ([artifacts] depth)",
                    self.options.depth
                ),
            });
            return Ok(());
        }
        match self.archive(inner, content, kind, level + 1) {
            Ok(()) => Ok(()),
            Err(Stop::Limit) => Err(Stop::Limit),
            Err(Stop::Broken(message)) => {
                self.fail(inner, Stop::Broken(message));
                Ok(())
            }
        }
    }
}

/// The name of a single compressed file's content: `notes.txt.gz` holds `notes.txt`.
fn decompressed_name(path: &str) -> String {
    let name = path.rsplit(['/', '!']).next().unwrap_or(path);
    for suffix in [".gz", ".bz2", ".xz", ".zst", ".zstd"] {
        if let Some(stem) = name.strip_suffix(suffix)
            && !stem.is_empty()
        {
            return stem.to_string();
        }
    }
    name.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, bytes) in entries {
            writer.start_file(*name, options).unwrap();
            writer.write_all(bytes).unwrap();
        }
        writer.finish().unwrap().into_inner()
    }

    fn collect(
        path: &str,
        content: &[u8],
        options: &ArchiveOptions,
    ) -> (Vec<(String, Vec<u8>)>, Expanded) {
        let mut seen = Vec::new();
        let kind = detect(path, content).expect("an archive");
        let expanded = expand(path, content, kind, options, &mut |name, bytes| {
            seen.push((name.to_string(), bytes.to_vec()))
        });
        (seen, expanded)
    }

    #[test]
    fn nested_archives_are_opened_to_the_depth_and_named_with_bangs() {
        let innermost = zip_of(&[("deep.txt", b"deep")]);
        let jar = zip_of(&[
            ("conf/app.properties", b"key=value"),
            ("lib.zip", &innermost),
        ]);
        let outer = zip_of(&[("app.jar", &jar)]);
        let (seen, expanded) = collect("dist/bundle.zip", &outer, &ArchiveOptions::new(1 << 20));
        let names: Vec<&str> = seen.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "dist/bundle.zip!app.jar!conf/app.properties",
                "dist/bundle.zip!app.jar!lib.zip!deep.txt"
            ]
        );
        assert!(expanded.skipped.is_empty());

        let shallow = ArchiveOptions {
            depth: 2,
            ..ArchiveOptions::new(1 << 20)
        };
        let (seen, expanded) = collect("dist/bundle.zip", &outer, &shallow);
        assert_eq!(seen.len(), 1);
        assert_eq!(expanded.skipped[0].path, "dist/bundle.zip!app.jar!lib.zip");
        assert!(expanded.skipped[0].reason.contains("deeper than 2"));
    }

    #[test]
    fn single_compressed_files_are_named_after_their_stream() {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        encoder.write_all(b"line one\n").unwrap();
        let gz = encoder.finish().unwrap();
        let (seen, _) = collect("logs/build.log.gz", &gz, &ArchiveOptions::new(1 << 20));
        assert_eq!(
            seen,
            [(
                "logs/build.log.gz!build.log".to_string(),
                b"line one\n".to_vec()
            )]
        );

        let mut xz = Vec::new();
        liblzma::read::XzEncoder::new(&b"x"[..], 1)
            .read_to_end(&mut xz)
            .unwrap();
        let (seen, _) = collect("a.txt.xz", &xz, &ArchiveOptions::new(1 << 20));
        assert_eq!(seen[0].0, "a.txt.xz!a.txt");

        let mut bz = Vec::new();
        bzip2::read::BzEncoder::new(&b"bz"[..], bzip2::Compression::fast())
            .read_to_end(&mut bz)
            .unwrap();
        let (seen, _) = collect("b.txt.bz2", &bz, &ArchiveOptions::new(1 << 20));
        assert_eq!(seen[0], ("b.txt.bz2!b.txt".to_string(), b"bz".to_vec()));

        let zst = zstd::encode_all(&b"zst"[..], 1).unwrap();
        let (seen, _) = collect("c.json.zst", &zst, &ArchiveOptions::new(1 << 20));
        assert_eq!(seen[0], ("c.json.zst!c.json".to_string(), b"zst".to_vec()));
    }

    #[test]
    fn a_deb_is_opened_down_to_its_data_tar() {
        let mut tar = tar::Builder::new(Vec::new());
        let mut header = tar::Header::new_gnu();
        header.set_size(5);
        header.set_mode(0o644);
        tar.append_data(&mut header, "./etc/app.conf", &b"a=b\n\n"[..])
            .unwrap();
        let data = zstd::encode_all(&tar.into_inner().unwrap()[..], 1).unwrap();
        let mut deb = ar::Builder::new(Vec::new());
        deb.append(
            &ar::Header::new(b"debian-binary".to_vec(), 4),
            &b"2.0\n"[..],
        )
        .unwrap();
        deb.append(
            &ar::Header::new(b"data.tar.zst".to_vec(), data.len() as u64),
            &data[..],
        )
        .unwrap();
        let deb = deb.into_inner().unwrap();
        let (seen, expanded) = collect("pkg.deb", &deb, &ArchiveOptions::new(1 << 20));
        let names: Vec<&str> = seen.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            ["pkg.deb!debian-binary", "pkg.deb!data.tar.zst!etc/app.conf"]
        );
        assert!(expanded.skipped.is_empty(), "{:?}", expanded.skipped);
    }

    #[test]
    fn too_many_entries_stop_the_archive_and_name_it() {
        let entries: Vec<(String, Vec<u8>)> = (0..20)
            .map(|i| (format!("f{i}.txt"), b"x".to_vec()))
            .collect();
        let refs: Vec<(&str, &[u8])> = entries
            .iter()
            .map(|(n, b)| (n.as_str(), b.as_slice()))
            .collect();
        let zip = zip_of(&refs);
        let options = ArchiveOptions {
            max_entries: 5,
            ..ArchiveOptions::new(1 << 20)
        };
        let (seen, expanded) = collect("many.zip", &zip, &options);
        assert_eq!(seen.len(), 5);
        assert!(expanded.limit_hit);
        assert_eq!(expanded.skipped[0].path, "many.zip");
        assert!(expanded.skipped[0].reason.contains("more than 5 entries"));
    }

    #[test]
    fn a_tar_gz_past_the_byte_limit_is_stopped_as_a_limit_not_as_corrupt() {
        let mut tar = tar::Builder::new(flate2::write::GzEncoder::new(
            Vec::new(),
            flate2::Compression::fast(),
        ));
        for name in ["a.txt", "b.txt", "c.txt"] {
            let mut header = tar::Header::new_ustar();
            header.set_size(1 << 20);
            header.set_mode(0o644);
            tar.append_data(&mut header, name, &vec![b'a'; 1 << 20][..])
                .unwrap();
        }
        let tgz = tar.into_inner().unwrap().finish().unwrap();
        let options = ArchiveOptions {
            max_bytes: (3 << 19) as u64,
            ..ArchiveOptions::new(4 << 20)
        };
        let (seen, expanded) = collect("dist/big.tgz", &tgz, &options);
        assert_eq!(seen.len(), 1);
        assert!(expanded.limit_hit);
        assert_eq!(expanded.skipped.len(), 1, "{:?}", expanded.skipped);
        assert_eq!(expanded.skipped[0].path, "dist/big.tgz");
        assert!(expanded.skipped[0].reason.starts_with(LIMIT_REASON));
    }

    #[test]
    fn a_corrupt_archive_is_skipped_with_the_reason() {
        let mut zip = zip_of(&[("a.txt", b"hello")]);
        zip.truncate(zip.len() / 2);
        let (_, expanded) = collect("broken.zip", &zip, &ArchiveOptions::new(1 << 20));
        assert!(!expanded.limit_hit);
        assert_eq!(expanded.skipped[0].path, "broken.zip");
        assert!(expanded.skipped[0].reason.starts_with("unreadable archive"));
    }
}
