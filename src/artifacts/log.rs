//! Build logs, streamed: lines are gathered into chunks, each chunk is cleaned of what CI
//! systems add (ANSI escapes anywhere, a timestamp at the start of a line), scanned, and
//! written back with every secret replaced by `***` when masking.
//!
//! Memory stays bounded: a chunk is at most [`CHUNK`] bytes plus one line, and one line is
//! at most [`MAX_LINE`] bytes (longer ones are cut there and scanned in pieces). A chunk
//! is scanned as soon as the input has nothing more buffered, so a slow build's findings
//! and masked lines come out while it runs. A PEM block still open at the end of a chunk
//! is carried into the next one (up to [`PEM_CARRY`] bytes), so a key printed across a
//! chunk boundary still matches.

use std::io::{self, BufRead, BufReader, Read, Write};

use crate::finding::SecretFinding;
use crate::scan::{Origin, ScanError, to_finding};
use crate::secrets::Scanner;

/// Chunk size: large enough that the scanner's per-call cost disappears, small enough
/// for a pipe's latency and the memory bound.
const CHUNK: usize = 1 << 20;
/// A line longer than this is cut (minified output, base64 dumps).
const MAX_LINE: usize = 1 << 20;
/// The longest PEM block carried across a chunk boundary (a 16384-bit RSA key is ~13 KB).
const PEM_CARRY: usize = 64 << 10;
const MASK: &[u8] = b"***";

/// Counters of one log scan.
#[derive(Debug, Default)]
pub(crate) struct LogStats {
    pub bytes: u64,
    pub lines: u64,
}

/// Scans `input` (shown as `name`), calling `found` with each chunk's findings as soon as
/// they are known, and writing the masked log to `masked` when given.
pub(crate) fn scan_log(
    scanner: &Scanner,
    name: &str,
    input: &mut BufReader<impl Read>,
    mut masked: Option<&mut dyn Write>,
    redact: bool,
    found: &mut dyn FnMut(Vec<SecretFinding>) -> io::Result<()>,
) -> Result<LogStats, LogError> {
    let mut stats = LogStats::default();
    let mut chunk: Vec<u8> = Vec::with_capacity(CHUNK + MAX_LINE);
    let mut first_line: u32 = 1;
    let mut cleaned = Cleaned::default();
    loop {
        let read = read_line(input, &mut chunk).map_err(LogError::Read)?;
        let eof = read == 0;
        let idle = input.buffer().is_empty();
        if !(eof || idle || chunk.len() >= CHUNK) {
            continue;
        }
        let cut = if eof { chunk.len() } else { carry_from(&chunk) };
        if cut == 0 && !eof {
            // Only an open PEM block so far: wait for its end.
            continue;
        }
        let part = &chunk[..cut];
        cleaned.clean(part);
        let matches = scanner.scan(name, &cleaned.text)?;
        let origin = Origin {
            file: name.to_string(),
            ..Origin::default()
        };
        let mut findings = Vec::with_capacity(matches.len());
        let mut ranges = Vec::with_capacity(matches.len());
        for m in &matches {
            let mut finding = to_finding(scanner, m, &origin, redact);
            finding.line += first_line - 1;
            findings.push(finding);
            ranges.push(cleaned.original_range(m.start, m.end));
        }
        if let Some(out) = masked.as_deref_mut() {
            write_masked(out, part, &mut ranges).map_err(LogError::Write)?;
            out.flush().map_err(LogError::Write)?;
        }
        if !findings.is_empty() {
            found(findings).map_err(LogError::Write)?;
        }
        let lines = memchr::memchr_iter(b'\n', part).count() as u32;
        first_line += lines;
        stats.lines += u64::from(lines);
        stats.bytes += cut as u64;
        chunk.drain(..cut);
        if eof {
            return Ok(stats);
        }
    }
}

/// What stops a log scan: the input cannot be read, the output cannot be written, or a
/// rule cannot be compiled.
#[derive(Debug, thiserror::Error)]
pub(crate) enum LogError {
    #[error("cannot read the log: {0}")]
    Read(#[source] io::Error),
    #[error("cannot write the masked log: {0}")]
    Write(#[source] io::Error),
    #[error(transparent)]
    Scan(#[from] ScanError),
}

impl From<crate::secrets::engine::CompileError> for LogError {
    fn from(error: crate::secrets::engine::CompileError) -> LogError {
        LogError::Scan(error.into())
    }
}

/// Appends one line (with its `\n`) to `chunk`, at most [`MAX_LINE`] bytes; returns the
/// bytes read, 0 at the end of the input.
fn read_line(input: &mut dyn BufRead, chunk: &mut Vec<u8>) -> io::Result<usize> {
    let mut read = 0;
    loop {
        let available = match input.fill_buf() {
            Ok(buffer) => buffer,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
            Err(error) => return Err(error),
        };
        if available.is_empty() {
            return Ok(read);
        }
        let room = MAX_LINE - read;
        let window = &available[..available.len().min(room)];
        let (take, done) = match memchr::memchr(b'\n', window) {
            Some(i) => (i + 1, true),
            None => (window.len(), window.len() == room),
        };
        chunk.extend_from_slice(&window[..take]);
        input.consume(take);
        read += take;
        if done {
            return Ok(read);
        }
    }
}

/// Where the unscanned rest of a chunk starts: at an open PEM block's `-----BEGIN` line
/// when the chunk ends inside one that is short enough to carry, else at the end.
fn carry_from(chunk: &[u8]) -> usize {
    let tail_start = chunk.len().saturating_sub(PEM_CARRY);
    let tail = &chunk[tail_start..];
    let Some(begin) = memchr::memmem::rfind(tail, b"-----BEGIN ") else {
        return chunk.len();
    };
    if memchr::memmem::find(&tail[begin..], b"-----END ").is_some() {
        return chunk.len();
    }
    let line_start = memchr::memrchr(b'\n', &tail[..begin]).map_or(0, |i| i + 1);
    tail_start + line_start
}

/// A chunk's text as the scanner sees it, and how to map its offsets back.
#[derive(Default)]
struct Cleaned {
    text: Vec<u8>,
    /// `(offset in text, original offset - offset in text)` where the shift changes.
    shifts: Vec<(usize, usize)>,
}

impl Cleaned {
    fn clean(&mut self, original: &[u8]) {
        self.text.clear();
        self.shifts.clear();
        self.shifts.push((0, 0));
        let mut start = 0;
        while start < original.len() {
            let end =
                memchr::memchr(b'\n', &original[start..]).map_or(original.len(), |i| start + i + 1);
            let line = &original[start..end];
            let mut at = timestamp_len(line);
            while at < line.len() {
                let rest = &line[at..];
                let Some(escape) = memchr::memchr(0x1b, rest) else {
                    self.keep(start + at, rest);
                    break;
                };
                self.keep(start + at, &rest[..escape]);
                at += escape + escape_len(&rest[escape..]);
            }
            start = end;
        }
    }

    /// Appends `bytes`, which sit at `original` in the chunk.
    fn keep(&mut self, original: usize, bytes: &[u8]) {
        if bytes.is_empty() {
            return;
        }
        let shift = original - self.text.len();
        if self.shifts.last().is_none_or(|&(_, last)| last != shift) {
            self.shifts.push((self.text.len(), shift));
        }
        self.text.extend_from_slice(bytes);
    }

    fn original(&self, offset: usize) -> usize {
        let i = self.shifts.partition_point(|&(at, _)| at <= offset) - 1;
        offset + self.shifts[i].1
    }

    /// The original byte range of the cleaned range `start..end`.
    fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        (
            self.original(start),
            self.original(end.max(start + 1) - 1) + 1,
        )
    }
}

/// Length of a CI timestamp that starts a line: ISO 8601 (`2024-05-01T12:00:00.1234567Z `,
/// as GitHub Actions and GitLab write it), optionally in brackets (Jenkins' timestamper),
/// and GitLab's stream marker after it (`00O `, `01E+ `).
fn timestamp_len(line: &[u8]) -> usize {
    let bracket = line.first() == Some(&b'[');
    let at = usize::from(bracket);
    let digits = |range: std::ops::Range<usize>| {
        line.get(range)
            .is_some_and(|b| b.iter().all(u8::is_ascii_digit))
    };
    let shape = digits(at..at + 4)
        && line.get(at + 4) == Some(&b'-')
        && digits(at + 5..at + 7)
        && line.get(at + 7) == Some(&b'-')
        && digits(at + 8..at + 10)
        && matches!(line.get(at + 10), Some(b'T' | b' '))
        && digits(at + 11..at + 13)
        && line.get(at + 13) == Some(&b':')
        && digits(at + 14..at + 16);
    if !shape {
        return 0;
    }
    let mut end = at + 16;
    while end < line.len() && matches!(line[end], b'0'..=b'9' | b':' | b'.' | b'Z' | b'+' | b'-') {
        end += 1;
    }
    if bracket {
        if line.get(end) != Some(&b']') {
            return 0;
        }
        end += 1;
    }
    if line.get(end) != Some(&b' ') {
        return 0;
    }
    end += 1;
    // GitLab: two digits, O or E, an optional `+`, a space.
    if digits(end..end + 2) && matches!(line.get(end + 2), Some(b'O' | b'E')) {
        let mut marker = end + 3;
        if line.get(marker) == Some(&b'+') {
            marker += 1;
        }
        if line.get(marker) == Some(&b' ') {
            end = marker + 1;
        }
    }
    end
}

/// Length of the escape sequence at the start of `bytes` (which starts with ESC): CSI
/// (`ESC [ params final`), OSC (`ESC ] ... BEL` or `ESC \`), else ESC and one byte.
fn escape_len(bytes: &[u8]) -> usize {
    match bytes.get(1) {
        Some(b'[') => bytes[2..]
            .iter()
            .position(|&b| (0x40..=0x7e).contains(&b) || b == b'\n')
            .map_or(bytes.len(), |i| {
                if bytes[i + 2] == b'\n' { i + 2 } else { i + 3 }
            }),
        Some(b']') => {
            let mut i = 2;
            while i < bytes.len() {
                if bytes[i] == 0x07 {
                    return i + 1;
                }
                if bytes[i] == 0x1b && bytes.get(i + 1) == Some(&b'\\') {
                    return i + 2;
                }
                if bytes[i] == b'\n' {
                    return i;
                }
                i += 1;
            }
            bytes.len()
        }
        Some(b'\n') | None => 1,
        Some(_) => 2,
    }
}

/// Writes `original` with each range replaced by `***` per line it covers, so a masked
/// PEM block keeps its line count.
fn write_masked(
    out: &mut dyn Write,
    original: &[u8],
    ranges: &mut [(usize, usize)],
) -> io::Result<()> {
    ranges.sort_unstable();
    let mut at = 0;
    for &(start, end) in ranges.iter() {
        let start = start.max(at);
        if start >= end {
            continue;
        }
        out.write_all(&original[at..start])?;
        for (i, piece) in original[start..end].split(|&b| b == b'\n').enumerate() {
            if i > 0 {
                out.write_all(b"\n")?;
            }
            if !piece.is_empty() {
                out.write_all(MASK)?;
            }
        }
        at = end;
    }
    out.write_all(&original[at..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_of_ci_systems_are_recognised() {
        assert_eq!(timestamp_len(b"2024-05-01T12:00:00.1234567Z KEY=1"), 29);
        assert_eq!(timestamp_len(b"[2024-05-01T12:00:00.123Z] KEY=1"), 27);
        assert_eq!(timestamp_len(b"2024-05-01T12:00:00.123456Z 01O+ KEY=1"), 33);
        assert_eq!(timestamp_len(b"2024-05-01 is the date"), 0);
        assert_eq!(timestamp_len(b"KEY=1"), 0);
    }

    #[test]
    fn escapes_are_removed_and_offsets_map_back() {
        let original = b"\x1b[32mtok\x1b[0men=abc\n2024-05-01T12:00:00Z x=\x1b]8;;u\x07y\n";
        let mut cleaned = Cleaned::default();
        cleaned.clean(original);
        assert_eq!(cleaned.text, b"token=abc\nx=y\n");
        let (start, end) = cleaned.original_range(0, 9);
        assert_eq!(&original[start..end], b"tok\x1b[0men=abc");
        let y = cleaned.text.iter().position(|&b| b == b'y').unwrap();
        assert_eq!(original[cleaned.original(y)], b'y');
    }

    #[test]
    fn masking_keeps_the_lines_of_a_multi_line_secret() {
        let mut out = Vec::new();
        let original = b"a SECRET b\nKEY\nLINES\nend\n";
        write_masked(&mut out, original, &mut [(2, 8), (11, 20)]).unwrap();
        assert_eq!(out, b"a *** b\n***\n***\nend\n");
    }

    #[test]
    fn an_open_pem_block_is_carried_to_the_next_chunk() {
        let chunk = b"line\n-----BEGIN PRIVATE KEY-----\nMIIE\n";
        assert_eq!(carry_from(chunk), 5);
        let closed = b"-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n";
        assert_eq!(carry_from(closed), closed.len());
    }

    #[test]
    fn a_line_longer_than_the_limit_is_cut() {
        let long = vec![b'a'; MAX_LINE + 10];
        let mut input = io::BufReader::new(&long[..]);
        let mut chunk = Vec::new();
        assert_eq!(read_line(&mut input, &mut chunk).unwrap(), MAX_LINE);
        assert_eq!(read_line(&mut input, &mut chunk).unwrap(), 10);
        assert_eq!(read_line(&mut input, &mut chunk).unwrap(), 0);
    }
}
