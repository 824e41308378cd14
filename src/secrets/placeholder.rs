//! Placeholders: values that stand where a secret would go in documentation, templates and
//! tests, and that no provider would ever issue.
//!
//! The engine asks this module about the extracted secret of every candidate match, for
//! every rule (built-in or custom) that does not opt out with `placeholder_exempt`. It
//! only ever sees candidates, a few per file at most, so clarity wins over speed here; still,
//! every check is a single pass over a secret of at most a few hundred bytes, and nothing
//! allocates except the lower-cased copy for the vocabulary check of short values.
//!
//! Each check is chosen so that a random token of the shape providers issue (base62,
//! base64, hex, 16+ characters) essentially never trips it, which the tests below check
//! against tokens drawn from a seeded generator:
//!
//! - templating and references: `<…>`, `${…}`, `{{…}}`, `{%…%}`, `%(…)s`, `#{…}`, `<%…%>`,
//!   `$(cmd)`, a whole value that is `$VAR`, `%VAR%`, `$env:VAR` or `{name}`;
//! - masks: `xxxx`, `****`, `####`, `...`, `…`, `••`;
//! - words no issued token contains: `example`, `placeholder`, `redacted`, `changeme`,
//!   `your_`/`your-`, `dummy`, `sample`, `notreal`, `lorem`, `fake` (as a word), …;
//! - a value made only of placeholder vocabulary and digits: `test123`, `password1`,
//!   `my-secret-token`, `foobar`, `secret`;
//! - a dull shape: most of the value is covered by runs of one repeated character
//!   (`aaaaaaaa`, `0000…`), by ascending or descending sequences (`abcdefgh`, `0123456789`,
//!   `zyxw`), by a short unit repeated (`abcabcabc`, `12341234`, `deadbeefdeadbeef`), or by
//!   keyboard rows (`qwerty`, `asdfgh`).

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// Why a value is a placeholder; shown by tests and debugging, never in reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placeholder {
    /// Template or variable syntax: the value is filled in elsewhere.
    Template,
    /// A masked or elided value.
    Mask,
    /// A word that marks documentation or test values.
    Word,
    /// Nothing but placeholder vocabulary and digits.
    Vocabulary,
    /// Mostly repeated characters, sequences, a repeated unit or a keyboard row.
    Dull,
}

/// Whether `secret` is a placeholder, and which kind.
pub fn classify(secret: &[u8]) -> Option<Placeholder> {
    if is_template(secret) {
        return Some(Placeholder::Template);
    }
    if is_mask(secret) {
        return Some(Placeholder::Mask);
    }
    if PLACEHOLDER_WORDS.is_match(secret) || has_short_word(secret) {
        return Some(Placeholder::Word);
    }
    if is_vocabulary(secret) {
        return Some(Placeholder::Vocabulary);
    }
    if is_dull(secret) {
        return Some(Placeholder::Dull);
    }
    None
}

/// Template and reference syntax anywhere in the value, or a value that is a reference.
fn is_template(s: &[u8]) -> bool {
    const OPENERS: &[&[u8]] = &[b"${", b"{{", b"{%", b"%(", b"#{", b"<%", b"$("];
    if OPENERS.iter().any(|o| memchr::memmem::find(s, o).is_some()) {
        return true;
    }
    // `<your-token>`: an angle bracket opened and closed around a name.
    if let Some(open) = memchr::memchr(b'<', s)
        && memchr::memchr(b'>', &s[open..]).is_some_and(|close| close > 1)
    {
        return true;
    }
    let ident = |t: &[u8]| {
        !t.is_empty()
            && (t[0].is_ascii_alphabetic() || t[0] == b'_')
            && t.iter().all(|&b| b.is_ascii_alphanumeric() || b == b'_')
    };
    // `$VAR`, `$env:VAR`, `%VAR%`, `{name}` as the whole value. A variable name is in one
    // case (`$API_TOKEN`, `$password`); `$uperS3cret` is a password that starts with `$`.
    if let Some(rest) = s.strip_prefix(b"$") {
        let rest = strip_prefix_ignore_case(rest, b"env:").unwrap_or(rest);
        let one_case =
            !(rest.iter().any(u8::is_ascii_uppercase) && rest.iter().any(u8::is_ascii_lowercase));
        if ident(rest) && one_case {
            return true;
        }
    }
    if let Some(inner) = s.strip_prefix(b"%").and_then(|r| r.strip_suffix(b"%")) {
        return ident(inner);
    }
    if let Some(inner) = s.strip_prefix(b"{").and_then(|r| r.strip_suffix(b"}")) {
        return ident(inner) || inner.contains(&b'.') && inner.split(|&b| b == b'.').all(ident);
    }
    false
}

fn strip_prefix_ignore_case<'a>(s: &'a [u8], prefix: &[u8]) -> Option<&'a [u8]> {
    (s.len() >= prefix.len() && s[..prefix.len()].eq_ignore_ascii_case(prefix))
        .then(|| &s[prefix.len()..])
}

fn is_mask(s: &[u8]) -> bool {
    const MASKS: &[&[u8]] = &[
        b"****",
        b"####",
        b"...",
        "…".as_bytes(),
        "••".as_bytes(),
        "●●".as_bytes(),
    ];
    // Four `x` in a row occur by chance in about one base64 text of 250 characters in a
    // thousand; long values (key blocks) must show eight.
    let xs = if s.len() <= 64 { 4 } else { 8 };
    MASKS.iter().any(|m| memchr::memmem::find(s, m).is_some())
        || s.windows(xs)
            .any(|w| w.iter().all(|&b| b == b'x' || b == b'X'))
}

/// Words that no issued token contains, matched anywhere (ASCII case-insensitive). Each is
/// at least five characters, or carries a separator, so that the chance of one appearing
/// in a random base64 token is below one in a million per position.
static PLACEHOLDER_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    const WORDS: &[&str] = &[
        "example",
        "placeholder",
        "redacted",
        "changeme",
        "change_me",
        "change-me",
        "changethis",
        "change_this",
        "changeit",
        "replaceme",
        "replace_me",
        "replace-me",
        "replace_with",
        "replace-with",
        "insert_your",
        "insert-your",
        "insertyour",
        "your_",
        "your-",
        "yourapi",
        "yourtoken",
        "yoursecret",
        "yourkey",
        "yourpass",
        "notreal",
        "not_real",
        "not-real",
        "notasecret",
        "not_a_secret",
        "not-a-secret",
        "dummy",
        "sample",
        "lorem",
        "ipsum",
        "fakekey",
        "faketoken",
        "fakesecret",
        "fakepass",
        "mysecret",
        "mypassword",
        "secretkeyhere",
        "tokenhere",
        "keyhere",
        "_here",
        "-here",
    ];
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostFirst)
        .build(WORDS)
        .expect("placeholder words")
});

/// Short marker words (`fake`, `test`, `todo`, ...) count only as a whole word of the
/// value: a run of letters between non-letters or the ends, so `sk_test_` (Stripe's
/// test-mode prefix) is not one, but `fake-token` or `TODO` is, and a random token that
/// happens to hold the letters `fake` is not.
fn has_short_word(s: &[u8]) -> bool {
    // Words that name a real token's part (`token`, `secret`, `test` as in `sk_test_`)
    // are not markers; these are.
    const SHORT: &[&[u8]] = &[
        b"fake",
        b"todo",
        b"tbd",
        b"fixme",
        b"dummy",
        b"sample",
        b"mock",
        b"none",
        b"null",
        b"undefined",
        b"redacted",
        b"changeme",
    ];
    // Only the letters runs delimited by separators are words; a single run that is the
    // whole value is the vocabulary check's business.
    if s.len() > 64 || s.iter().any(u8::is_ascii_whitespace) {
        // Key blocks and their headers (`Encryption: none` in a PuTTY file) are not values.
        return false;
    }
    let words: Vec<&[u8]> = s
        .split(|b| !b.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    words.len() > 1
        && s.iter().any(|b| matches!(b, b'_' | b'-' | b'.'))
        && words
            .iter()
            .any(|w| SHORT.iter().any(|m| w.eq_ignore_ascii_case(m)))
}

/// Vocabulary from which documentation composes its sample values.
const VOCABULARY: &[&str] = &[
    "test",
    "testing",
    "tester",
    "demo",
    "dummy",
    "sample",
    "example",
    "fake",
    "mock",
    "foo",
    "bar",
    "baz",
    "qux",
    "quux",
    "abc",
    "abcd",
    "xyz",
    "secret",
    "secrets",
    "password",
    "passwd",
    "pass",
    "pwd",
    "token",
    "key",
    "apikey",
    "api",
    "my",
    "your",
    "the",
    "some",
    "change",
    "me",
    "this",
    "here",
    "replace",
    "insert",
    "placeholder",
    "default",
    "value",
    "string",
    "hello",
    "world",
    "super",
    "qwerty",
    "asdf",
    "letmein",
    "todo",
    "none",
    "null",
    "nil",
    "undefined",
    "empty",
    "redacted",
    "x",
    "xx",
    "xxx",
    "p4ssw0rd",
    "passw0rd",
    "p4ssword",
    "s3cr3t",
    "s3cret",
    "secr3t",
    "sekret",
    "pa55word",
    "t0ken",
];

/// Whether the value, ASCII case-insensitively and ignoring separators and digit runs, is
/// a concatenation of vocabulary words (`test123`, `MySecretToken`, `foo-bar-baz`).
fn is_vocabulary(s: &[u8]) -> bool {
    if s.len() > 48 || !s.iter().any(u8::is_ascii_alphabetic) {
        return false;
    }
    let lower = s.to_ascii_lowercase();
    // Letters runs (digits and separators split them); each must decompose into words.
    lower
        .split(|b| !b.is_ascii_alphabetic() && !b.is_ascii_digit())
        .filter(|part| !part.is_empty())
        .all(decomposes)
}

/// Word break over `VOCABULARY`, where a digit run counts as a word; `part` is short
/// (at most 48 bytes), so the quadratic table is a few hundred steps.
fn decomposes(part: &[u8]) -> bool {
    let mut reachable = vec![false; part.len() + 1];
    reachable[0] = true;
    for start in 0..part.len() {
        if !reachable[start] {
            continue;
        }
        let rest = &part[start..];
        let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        if digits > 0 {
            reachable[start + digits] = true;
        }
        for word in VOCABULARY {
            if rest.starts_with(word.as_bytes()) {
                reachable[start + word.len()] = true;
            }
        }
    }
    reachable[part.len()]
}

/// Keyboard rows, each direction; a run of four or more along one is dull.
const KEYBOARD_ROWS: &[&[u8]] = &[
    b"qwertyuiop",
    b"asdfghjkl",
    b"zxcvbnm",
    b"poiuytrewq",
    b"lkjhgfdsa",
    b"mnbvcxz",
];

/// Whether most of the value's letters and digits lie in dull runs. A run is dull when it
/// is at least four characters of one repeated character, of an ascending or descending
/// sequence (`9` continues to `0`, letters within one case), of a keyboard row, or of a
/// unit of two to eight characters repeated at least twice over. A random token over base62
/// has a dull run of four at a given position with odds of about 1 in 9,000, so covering
/// most of it takes several such accidents at once.
fn is_dull(s: &[u8]) -> bool {
    let alnum = s.iter().filter(|b| b.is_ascii_alphanumeric()).count();
    if alnum < 6 {
        return false;
    }
    let mut covered = vec![false; s.len()];
    mark_steps(s, &mut covered);
    mark_periods(s, &mut covered);
    mark_keyboard(s, &mut covered);
    let dull = covered.iter().filter(|&&c| c).count();
    dull * 10 >= alnum * 6 && dull >= 6
}

/// Marks runs of four or more in which each character repeats, follows or precedes its
/// predecessor.
fn mark_steps(s: &[u8], covered: &mut [bool]) {
    let step = |a: u8, b: u8| -> Option<i8> {
        if !(a.is_ascii_alphanumeric() && b.is_ascii_alphanumeric()) {
            return None;
        }
        let same_class = a.is_ascii_digit() == b.is_ascii_digit()
            && a.is_ascii_uppercase() == b.is_ascii_uppercase();
        if !same_class {
            return None;
        }
        match (a, b) {
            _ if a == b => Some(0),
            (b'9', b'0') => Some(1),
            (b'0', b'9') => Some(-1),
            _ if b == a + 1 => Some(1),
            _ if a == b + 1 => Some(-1),
            _ => None,
        }
    };
    let mut start = 0;
    let mut direction: Option<i8> = None;
    for i in 1..=s.len() {
        let next = if i < s.len() {
            step(s[i - 1], s[i])
        } else {
            None
        };
        match (next, direction) {
            (Some(d), Some(current)) if d == current => continue,
            (Some(d), None) => {
                direction = Some(d);
                start = i - 1;
                continue;
            }
            _ => {}
        }
        if direction.is_some() && i - start >= 4 {
            covered[start..i].iter_mut().for_each(|c| *c = true);
        }
        // A new direction starts at the previous character (`aaabcd`: `aaa`, then `abcd`).
        direction = next;
        start = i - 1;
    }
}

/// Marks runs in which the character `period` places back is the same, for units of two to
/// eight characters repeated at least twice over.
fn mark_periods(s: &[u8], covered: &mut [bool]) {
    for period in 2..=8 {
        let mut run = 0; // length of the current stretch where s[i] == s[i - period]
        for i in period..=s.len() {
            if i < s.len() && s[i] == s[i - period] && s[i].is_ascii_alphanumeric() {
                run += 1;
                continue;
            }
            // The stretch covers `run` characters plus the unit before it.
            if run >= period && run + period >= 6 {
                covered[i - run - period..i]
                    .iter_mut()
                    .for_each(|c| *c = true);
            }
            run = 0;
        }
    }
}

fn mark_keyboard(s: &[u8], covered: &mut [bool]) {
    let lower = |b: u8| b.to_ascii_lowercase();
    let mut i = 0;
    while i < s.len() {
        let mut best = 0;
        for row in KEYBOARD_ROWS {
            let Some(at) = row.iter().position(|&r| r == lower(s[i])) else {
                continue;
            };
            let len = s[i..]
                .iter()
                .zip(&row[at..])
                .take_while(|(a, r)| lower(**a) == **r)
                .count();
            best = best.max(len);
        }
        if best >= 4 {
            covered[i..i + best].iter_mut().for_each(|c| *c = true);
            i += best;
        } else {
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(s: &str) -> Option<Placeholder> {
        classify(s.as_bytes())
    }

    #[test]
    fn templates_and_references_are_placeholders() {
        for s in [
            "<your-api-key>",
            "<TOKEN>",
            "${API_KEY}",
            "${{ secrets.TOKEN }}",
            "{{ vault_token }}",
            "{% raw %}abc",
            "%(password)s",
            "#{ENV['KEY']}",
            "<%= key %>",
            "$(cat /run/secrets/key)",
            "$API_TOKEN",
            "$env:API_TOKEN",
            "%API_TOKEN%",
            "{api_key}",
            "{config.token}",
            "postgres-${DB_PASSWORD}",
        ] {
            assert_eq!(kind(s), Some(Placeholder::Template), "{s}");
        }
    }

    #[test]
    fn masks_are_placeholders() {
        for s in [
            "xxxxxxxxxxxxxxxxxxxx",
            "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
            "AKIAXXXXXXXXXXXXXXXX",
            "sk_live_****************",
            "sk-...abcd",
            "pass####word",
            "abc…xyz",
            "••••••••",
        ] {
            assert_eq!(kind(s), Some(Placeholder::Mask), "{s}");
        }
    }

    #[test]
    fn marker_words_are_placeholders() {
        for s in [
            "AKIAIOSFODNN7EXAMPLE",
            "your_api_key",
            "your-token-here",
            "changeme",
            "CHANGE_ME_123",
            "REDACTED",
            "dummy-secret-value",
            "sample_key_123",
            "sk_live_placeholder0000",
            "notreal4real",
            "fake-token-9",
            "abc_TODO_1",
        ] {
            assert!(
                matches!(kind(s), Some(Placeholder::Word | Placeholder::Vocabulary)),
                "{s}: {:?}",
                kind(s)
            );
        }
    }

    #[test]
    fn vocabulary_only_values_are_placeholders() {
        for s in [
            "test123",
            "Test1234",
            "password1",
            "TheSecretToken",
            "foo-bar-baz",
            "secret",
            "qwerty123",
            "letmein",
            "p4ssw0rd!",
            "apikey_42",
        ] {
            assert_eq!(kind(s), Some(Placeholder::Vocabulary), "{s}");
        }
    }

    #[test]
    fn dull_shapes_are_placeholders() {
        for s in [
            "abcdefghijklmnopqrstuvwxyz",
            "ABCDEFGHIJKLMNOPQRST",
            "0123456789",
            "1234567890abcdef",
            "9876543210",
            "zyxwvutsrq",
            "aaaaaaaaaaaaaaaa",
            "0000000000000000000000000000000000000000",
            "k3jk3jk3jk3j",
            "12341234123412341234",
            "deadbeefdeadbeefdeadbeef",
            "qwertyuiopasdfgh",
            "sk_live_abcdefghijklmnopqrstuvwx",
            "xoxb-123456789012-123456789012-abcdefghijklmnopqrstuvwx",
            "ghp_0123456789abcdefghijklmnopqrstuvwxyz",
            "ababababab1",
        ] {
            assert_eq!(kind(s), Some(Placeholder::Dull), "{s}");
        }
    }

    #[test]
    fn real_looking_values_are_not_placeholders() {
        for s in [
            "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", // tollgate:allow: test fixture
            "sk_test_4eC39HqLyjWDarjtT1zdp7dc",         // tollgate:allow: test fixture
            "sk_live_51HqLyjWDarjtT1zdp7dc9Xk2",        // tollgate:allow: test fixture
            "Vx7#qL2m!Rz9",
            "Kt4nW8pZ2qXr",
            "q8Zr2LxV0pN7sKd4TbWm9YcE",
            "a91f3c7d2e8b4056f1c9d7e3b2a8f460",
            "xoxb-2715139011-7712345098431-Rk7Wq2Zx9Lm4Vt8Nb3Pc1Jd",
            "AKIAZ3MQ7PNL4XRT2VWB", // tollgate:allow: test fixture
            "Summer2024!",
            "admin123",
            "hunter2isnotit",
            "8f14e45f-ceea-467a-9b4f-2c1a3b5d6e7f",
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.q7R9vX2mK4pL8nW3zT6yB1cF5hJ0dG", // tollgate:allow: test fixture
            "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACB",
            "testrun-Qm8Zt2",
            "sk_test_token_Xq4Lz9Wm2Rv7Tn3Kb8Pc",
            "$uperS3cretPa55",
        ] {
            assert_eq!(kind(s), None, "{s}");
        }
    }

    /// Tokens drawn from a seeded generator over the alphabets providers use: a dull-shape or
    /// word check that fires on more than a handful in ten thousand is too eager.
    #[test]
    fn random_tokens_are_almost_never_placeholders() {
        const BASE62: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        const HEX: &[u8] = b"0123456789abcdef";
        const BASE64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = move || {
            // xorshift64*: deterministic, good enough to draw characters.
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            state.wrapping_mul(0x2545_f491_4f6c_dd1d)
        };
        for (alphabet, len) in [
            (BASE62, 20),
            (BASE62, 36),
            (HEX, 32),
            (HEX, 40),
            (BASE64, 64),
        ] {
            let mut flagged = Vec::new();
            for _ in 0..10_000 {
                let token: Vec<u8> = (0..len)
                    .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                    .collect();
                if let Some(k) = classify(&token) {
                    flagged.push((String::from_utf8(token).unwrap(), k));
                }
            }
            assert!(
                flagged.len() <= 2,
                "{len} characters of {}: {flagged:?}",
                String::from_utf8_lossy(&alphabet[..10])
            );
        }
    }
}
