//! Finding base64-encoded text inside content, so that a credential hidden in an encoded
//! Kubernetes secret, a `data:` blob or a `.dockercfg` `auth` field is still seen.
//!
//! Only runs long enough to hold a credential are tried, and only decoded text that is
//! mostly printable is scanned: binary payloads (images, integrity hashes, compressed
//! data) decode to noise and are dropped here, before the engine spends time on them.

use base64::Engine;
use base64::engine::general_purpose::{STANDARD_NO_PAD, URL_SAFE_NO_PAD};

/// Shortest encoded run worth decoding (24 decoded bytes).
pub(crate) const MIN_ENCODED_LEN: usize = 32;
/// Longest run decoded; longer ones are data, not credentials.
pub(crate) const MAX_ENCODED_LEN: usize = 64 * 1024;

/// A decoded run: where the encoded text sits in the content, and what it decodes to.
pub(crate) struct Decoded {
    pub start: usize,
    pub end: usize,
    pub text: Vec<u8>,
}

/// Bytes of either base64 alphabet (standard and URL-safe), as a lookup table.
static BASE64_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/' | b'-' | b'_');
        b += 1;
    }
    table
};

fn is_b64(b: u8) -> bool {
    BASE64_BYTE[b as usize]
}

/// Every base64 run in `content` that decodes to mostly printable text, decoded one at a
/// time as the caller asks, so a file full of encoded data never holds all of it decoded.
///
/// Any run of at least `MIN_ENCODED_LEN` bytes covers exactly one offset that is a multiple
/// of `MIN_ENCODED_LEN`, so only those offsets are probed and a run is expanded around a
/// probe that lands in the alphabet. Prose and code break into short runs, so most probes
/// expand a few bytes and the scan touches a fraction of the input (this was a quarter of
/// the engine's time when every byte was visited).
pub(crate) fn base64_runs(content: &[u8]) -> Base64Runs<'_> {
    Base64Runs {
        content,
        probe: MIN_ENCODED_LEN - 1,
    }
}

/// The iterator of [`base64_runs`].
pub(crate) struct Base64Runs<'a> {
    content: &'a [u8],
    probe: usize,
}

impl Iterator for Base64Runs<'_> {
    type Item = Decoded;

    fn next(&mut self) -> Option<Decoded> {
        let content = self.content;
        while self.probe < content.len() {
            let probe = self.probe;
            if !is_b64(content[probe]) {
                self.probe += MIN_ENCODED_LEN;
                continue;
            }
            let start = content[..probe]
                .iter()
                .rposition(|&b| !is_b64(b))
                .map_or(0, |i| i + 1);
            let end = content[probe..]
                .iter()
                .position(|&b| !is_b64(b))
                .map_or(content.len(), |i| probe + i);
            // The next run starts after this one; probe the first offset that can still be
            // the last byte of a minimum-length run beginning past `end`.
            self.probe = (end + MIN_ENCODED_LEN).max(probe + 1);
            let run = &content[start..end];
            if !(MIN_ENCODED_LEN..=MAX_ENCODED_LEN).contains(&run.len()) {
                continue;
            }
            if let Some(text) = decode_printable(run) {
                let padding = content[end..]
                    .iter()
                    .take(2)
                    .take_while(|&&b| b == b'=')
                    .count();
                return Some(Decoded {
                    start,
                    end: end + padding,
                    text,
                });
            }
        }
        None
    }
}

fn decode_printable(run: &[u8]) -> Option<Vec<u8>> {
    let (mut upper, mut lower, mut digit, mut standard, mut url_safe) =
        (false, false, false, false, false);
    for &b in run {
        match b {
            b'A'..=b'Z' => upper = true,
            b'a'..=b'z' => lower = true,
            b'0'..=b'9' => digit = true,
            b'+' | b'/' => standard = true,
            _ => url_safe = true,
        }
    }
    // Base64 of 24 or more bytes of text has both letter cases and nearly always a digit
    // or `+`/`/`; identifiers (`snake_case_names`, `camelCaseWithoutDigits`), hex digests
    // and paths mixing `/` with `-` are not encodings, and are dropped before decoding.
    if !(upper && lower) || (standard && url_safe) || !(digit || standard) {
        return None;
    }
    // Base64 length mod 4 is never 1.
    let usable = if run.len() % 4 == 1 {
        &run[..run.len() - 1]
    } else {
        run
    };
    let engine = if url_safe {
        &URL_SAFE_NO_PAD
    } else {
        &STANDARD_NO_PAD
    };
    let text = engine.decode(usable).ok()?;
    is_mostly_printable(&text).then_some(text)
}

fn is_mostly_printable(text: &[u8]) -> bool {
    if text.len() < 16 {
        return false;
    }
    let printable = text
        .iter()
        .filter(|&&b| b.is_ascii_graphic() || matches!(b, b' ' | b'\n' | b'\r' | b'\t'))
        .count();
    printable * 100 >= text.len() * 95
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_encoded_text_and_its_position() {
        let encoded = STANDARD_NO_PAD.encode("password=hunter2-but-much-longer");
        let content = format!("data: {encoded}==\n");
        let runs: Vec<Decoded> = base64_runs(content.as_bytes()).collect();
        assert_eq!(runs.len(), 1);
        assert_eq!(runs[0].start, 6);
        assert_eq!(runs[0].text, b"password=hunter2-but-much-longer");
    }

    #[test]
    fn binary_payloads_are_not_decoded() {
        // An npm integrity hash: base64 of a SHA-512 digest.
        let integrity = "sha512-Z4x9tCkUQ2a4Y1vQ6s8m0Bz3qk5yM1x0Zb8Ww0T9o4Vc6aF7p3rK2jH5nD8gL1eS0uI9yT2wR4qP7oN6mB3vC==";
        assert_eq!(base64_runs(integrity.as_bytes()).count(), 0);
    }

    #[test]
    fn long_identifiers_are_not_decoded() {
        assert_eq!(
            base64_runs(b"someVeryLongFunctionNameWithoutAnyDigitsAtAll()").count(),
            0
        );
    }
}
