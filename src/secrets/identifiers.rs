//! Values that are identifiers, digests or public keys: random-looking, often next to words
//! like `key` or `token`, and never a credential.
//!
//! Two kinds of check, both run by the engine on accepted matches only:
//!
//! - on the value alone: a number (`123456789012`, an account or bot id) or a bare UUID is
//!   an identifier, unless the rule's own pattern insists on that shape (Heroku and Snyk
//!   keys are UUIDs: their rules spell out the 8-4-4-4-12 groups, so the engine keeps
//!   their matches; a rule whose pattern merely admits a UUID gets none);
//! - on where the value sits: inside an integrity or checksum field of a lockfile (npm
//!   `integrity`, yarn and pnpm `sha512-…`, Cargo.lock `checksum`, go.sum `h1:`, pip
//!   `--hash=sha256:`, poetry and uv `hash = "sha256:…"`, yarn's `resolved …#sha1`), in an
//!   SSH public key line (`ssh-ed25519 AAAA…`), or in a PEM block that holds a public key
//!   or a certificate.

use std::sync::LazyLock;

use regex_automata::meta::Regex;

/// Whether the value is made of digits only (ignoring `-`, `.`, `:` and spaces between
/// them): account numbers, bot and app ids, phone numbers, timestamps.
pub fn is_numeric(value: &[u8]) -> bool {
    value.iter().any(u8::is_ascii_digit)
        && value
            .iter()
            .all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'.' | b':' | b' '))
}

/// Whether the value is exactly a UUID (8-4-4-4-12 hexadecimal digits, either case, with
/// or without braces).
pub fn is_uuid(value: &[u8]) -> bool {
    let value = value
        .strip_prefix(b"{")
        .and_then(|v| v.strip_suffix(b"}"))
        .unwrap_or(value);
    value.len() == 36
        && value.iter().enumerate().all(|(i, &b)| match i {
            8 | 13 | 18 | 23 => b == b'-',
            _ => b.is_ascii_hexdigit(),
        })
}

/// How far back on its line the name a value is assigned to is looked for.
const NAME_REACH: usize = 120;

/// Name endings (lower-case, separators removed) that say the value is a credential.
const CREDENTIAL_NAMES: &[&str] = &[
    "apikey",
    "accesskey",
    "secretkey",
    "privatekey",
    "authkey",
    "appkey",
    "masterkey",
    "secret",
    "token",
    "password",
    "passwd",
    "pwd",
    "pass",
    "credential",
    "credentials",
    "authorization",
];

/// Names that end like a credential's but hold state or ids (`next_page_token`,
/// `csrfToken`, `UserSecretsId` ends in `id` and never gets this far).
const NOT_CREDENTIAL_NAMES: &[&str] = &[
    "pagetoken",
    "nexttoken",
    "continuationtoken",
    "cancellationtoken",
    "csrftoken",
    "xsrftoken",
    "synctoken",
    "resumetoken",
    "idempotencytoken",
];

/// Names that say credential only with a qualifier.
const BARE_NOT_CREDENTIAL: &[&[u8]] = &[b"token", b"secret"];

/// Whether the value at `start` is assigned to (or sent as) a credential by name on its
/// line: `SNYK_TOKEN=…`, `"X-Api-Key": "…"`, `os.environ.setdefault("X_API_KEY", "…")`,
/// `Authorization: Bearer …`, `password …` in `.netrc`. Many providers issue keys in a
/// UUID's shape, and a UUID that such a name holds is the key, not an id.
pub fn named_credential(content: &[u8], start: usize) -> bool {
    let floor = start.saturating_sub(NAME_REACH);
    let line_start =
        memchr::memrchr(b'\n', &content[floor..start]).map_or(floor, |i| floor + i + 1);
    let mut before = &content[line_start..start];
    // An authorization scheme and a space sit between the header's name and the credential.
    let spaced = before.trim_ascii_end();
    if spaced.len() < before.len() {
        for scheme in [&b"bearer"[..], b"token", b"basic", b"apikey"] {
            let Some(at) = spaced.len().checked_sub(scheme.len()) else {
                continue;
            };
            if spaced[at..].eq_ignore_ascii_case(scheme)
                && at > 0
                && !(spaced[at - 1].is_ascii_alphanumeric() || spaced[at - 1] == b'_')
            {
                before = &spaced[..at];
                break;
            }
        }
    }
    let before = trim_assignment(before);
    let name_start = before
        .iter()
        .rposition(|&b| !(b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.')))
        .map_or(0, |i| i + 1);
    let mut name = &before[name_start..];
    // `<add key="ClientSecret" value="…"/>`, `{"name": "API_TOKEN", "value": "…"}`: the
    // name is the pair's other half.
    if name.eq_ignore_ascii_case(b"value") {
        name = pair_name(&before[..name_start]).unwrap_or(name);
    }
    let name: Vec<u8> = name
        .iter()
        .filter(|b| b.is_ascii_alphanumeric())
        .map(u8::to_ascii_lowercase)
        .collect();
    let ends = |words: &[&str]| words.iter().any(|w| name.ends_with(w.as_bytes()));
    // A bare `token` or `secret` is as often a field of data (an API response, a fixture)
    // as a credential; a setting names whose (`SNYK_TOKEN`, `client_secret`).
    let bare = BARE_NOT_CREDENTIAL.contains(&name.as_slice());
    ends(CREDENTIAL_NAMES) && !ends(NOT_CREDENTIAL_NAMES) && !bare
}

/// The quoted value of the last `key=`/`name=` (or `"key":`/`"name":`) before a `value`.
fn pair_name(before: &[u8]) -> Option<&[u8]> {
    static PAIR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?i)\b(?:key|name)["']?\s*[:=]\s*["']([A-Za-z0-9_.-]+)["']"#)
            .expect("pair regex")
    });
    let caps = PAIR.captures_iter(before).last()?;
    Some(&before[caps.get_group(1)?.range()])
}

/// `before` without what separates a name from its value: quotes, spaces, `=`, `:`, `,`,
/// `=>`, `(`, `>` (an XML element).
fn trim_assignment(before: &[u8]) -> &[u8] {
    let end = before
        .iter()
        .rposition(|&b| {
            !matches!(
                b,
                b' ' | b'\t' | b'"' | b'\'' | b'`' | b'=' | b':' | b',' | b'>' | b'(' | b'['
            )
        })
        .map_or(0, |i| i + 1);
    &before[..end]
}

/// The value with its shape disturbed, to ask a rule's pattern whether it insists on the
/// shape: a UUID with its dashes turned into digits, a number with one digit turned into a
/// letter. A pattern that accepts the disturbed value too did not ask for that shape.
pub fn disturbed(value: &[u8]) -> Vec<u8> {
    let mut out = value.to_vec();
    if is_uuid(value) {
        for b in out.iter_mut().filter(|b| **b == b'-') {
            *b = b'0';
        }
    } else if let Some(digit) = out.iter().rposition(u8::is_ascii_digit) {
        out[digit] = b'a';
    }
    out
}

/// Why a match's surroundings say it is not a secret.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Surroundings {
    /// An integrity hash or checksum (lockfiles, `--hash=`, SRI attributes).
    Digest,
    /// An SSH public key or a public PEM block (public key, certificate, CSR, PGP public).
    PublicKey,
    /// A value encrypted for a cluster's key (a Sealed Secrets `encryptedData` entry).
    Encrypted,
}

/// How far back on a line a digest's field name or a public key's algorithm is looked for.
const LINE_REACH: usize = 160;
/// How far back a PEM `-----BEGIN` line is looked for: a certificate chain's block is a
/// few kilobytes; larger blocks (PGP public keys with many signatures) run to tens.
const PEM_REACH: usize = 64 * 1024;

/// Characters of a digest or key encoding (base64, base64url, hex) around a match.
fn is_encoding(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=' | b'_' | b'-')
}

/// Whether the match at `start..end` of `content` sits where no secret is.
pub fn surroundings(content: &[u8], start: usize, end: usize) -> Option<Surroundings> {
    // The whole encoded run the match is part of, and the line before it.
    let floor = start.saturating_sub(LINE_REACH);
    let run_start = content[floor..start]
        .iter()
        .rposition(|&b| !is_encoding(b))
        .map_or(floor, |i| floor + i + 1);
    let line_start =
        memchr::memrchr(b'\n', &content[floor..run_start]).map_or(floor, |i| floor + i + 1);
    let run_end = content[end..]
        .iter()
        .take(4096)
        .position(|&b| !is_encoding(b))
        .map_or(content.len().min(end + 4096), |i| end + i);
    let run = &content[run_start..run_end];
    let before = &content[line_start..run_start];
    if is_digest(run, before) {
        return Some(Surroundings::Digest);
    }
    if is_ssh_public_key(run, before) || in_public_pem(content, start) {
        return Some(Surroundings::PublicKey);
    }
    if is_sealed_secret(run) {
        return Some(Surroundings::Encrypted);
    }
    None
}

/// A Sealed Secrets ciphertext (kubeseal's hybrid encryption): base64 of a two-byte
/// big-endian length of the RSA-wrapped session key (256, 384 or 512 bytes for 2048-,
/// 3072- and 4096-bit cluster keys), that wrapped key, then the AES-GCM sealed value. Only
/// the cluster's controller can open it, which is why such manifests are committed.
fn is_sealed_secret(run: &[u8]) -> bool {
    use base64::Engine;
    let Some(Ok(head)) = run
        .get(..4)
        .map(|head| base64::engine::general_purpose::STANDARD.decode(head))
    else {
        return false;
    };
    let wrapped = usize::from(head[0]) << 8 | usize::from(head[1]);
    // At least as long as the smallest sealed value (a 2048-bit key's 256 bytes, the
    // prefix and GCM's 16-byte tag), so that a short random value whose first bytes happen
    // to read as a length (3 in 65,536) is not taken for one.
    matches!(wrapped, 256 | 384 | 512) && run.len() >= (2 + 256 + 16) * 4 / 3
}

/// SRI prefixes (`sha512-…`) and Gemfile.lock's `sha256=` start the run itself; algorithm
/// tags (`h1:`, `sha256:`) and field names (`"integrity": "`, `checksum = "`, `resolved "…#`) precede it.
fn is_digest(run: &[u8], before: &[u8]) -> bool {
    static SRI: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:sha1|sha256|sha384|sha512|md5)[-=][A-Za-z0-9+/]{20,}={0,2}$")
            .expect("SRI regex")
    });
    static FIELD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r#"(?i)(?:"#,
            // an algorithm tag right before the value: go.sum `h1:`, pip `--hash=sha256:`,
            // poetry/uv/Pipfile `sha256:`, yarn berry `10c0/`
            r#"(?:\bh1|sha1|sha224|sha256|sha384|sha512|sha3-256|blake2b|md5):"#,
            r#"|\b10c0/"#,
            // a field named for a digest: `checksum = "`, `"integrity": "`, `shasum: `
            r#"|\b(?:checksum|integrity|shasum|digest|hash|sha)["']?\s*[:=]\s*["']?"#,
            // yarn v1 `resolved "https://…/x-1.0.0.tgz#` and pnpm tarball URLs
            r#"|\.tgz#"#,
            r#")$"#,
        ))
        .expect("digest field regex")
    });
    SRI.is_match(run) || FIELD.is_match(before)
}

/// `ssh-ed25519 AAAA…`, `ssh-rsa AAAA…`, `ecdsa-sha2-nistp256 AAAA…` and the security-key
/// variants: the base64 blob of an OpenSSH public key starts with `AAAA`.
fn is_ssh_public_key(run: &[u8], before: &[u8]) -> bool {
    static ALGORITHM: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?:ssh-(?:rsa|dss|ed25519|ed448)|ecdsa-sha2-nistp(?:256|384|521)|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com)(?:-cert-v01@openssh\.com)?[ \t]+$",
        )
        .expect("ssh algorithm regex")
    });
    run.starts_with(b"AAAA") && ALGORITHM.is_match(before)
}

/// Whether `at` lies in a PEM block (or starts one) whose label is public material.
fn in_public_pem(content: &[u8], at: usize) -> bool {
    const BEGIN: &[u8] = b"-----BEGIN ";
    let floor = at.saturating_sub(PEM_REACH);
    // A match may start on the BEGIN line itself (a rule that takes the whole block).
    let ceiling = (at + BEGIN.len()).min(content.len());
    let Some(begin) = memchr::memmem::rfind(&content[floor..ceiling], BEGIN).map(|i| floor + i)
    else {
        return false;
    };
    if memchr::memmem::find(&content[begin..at], b"-----END ").is_some() {
        return false;
    }
    let label_start = begin + BEGIN.len();
    let label_end = content[label_start..]
        .iter()
        .take(64)
        .position(|&b| b == b'-' || b == b'\n')
        .map_or(label_start, |i| label_start + i);
    let label = &content[label_start..label_end];
    const PUBLIC: &[&[u8]] = &[
        b"PUBLIC KEY",
        b"RSA PUBLIC KEY",
        b"CERTIFICATE",
        b"TRUSTED CERTIFICATE",
        b"X509 CERTIFICATE",
        b"X509 CRL",
        b"CERTIFICATE REQUEST",
        b"NEW CERTIFICATE REQUEST",
        b"PGP PUBLIC KEY BLOCK",
        b"PGP SIGNATURE",
        b"SSH2 PUBLIC KEY",
        b"DH PARAMETERS",
        b"EC PARAMETERS",
    ];
    PUBLIC.contains(&label)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn around(content: &str, secret: &str) -> Option<Surroundings> {
        let start = content.find(secret).expect("secret in content");
        surroundings(content.as_bytes(), start, start + secret.len())
    }

    #[test]
    fn numbers_and_uuids_are_identifiers() {
        assert!(is_numeric(b"123456789012"));
        assert!(is_numeric(b"2024-05-17"));
        assert!(!is_numeric(b"12345a789012"));
        assert!(!is_numeric(b"----"));
        assert!(is_uuid(b"8f14e45f-ceea-467a-9b4f-2c1a3b5d6e7f"));
        assert!(is_uuid(b"{8F14E45F-CEEA-467A-9B4F-2C1A3B5D6E7F}"));
        assert!(!is_uuid(b"8f14e45f-ceea-467a-9b4f-2c1a3b5d6e7"));
        assert!(!is_uuid(b"sk-lf-8f14e45f-ceea-467a-9b4f-2c1a3b5d6e7f")); // tollgate:allow: test fixture
        assert_eq!(
            disturbed(b"8f14e45f-ceea-467a-9b4f-2c1a3b5d6e7f"),
            b"8f14e45f0ceea0467a09b4f02c1a3b5d6e7f"
        );
        assert_eq!(disturbed(b"1234"), b"123a");
    }

    #[test]
    fn a_value_named_a_credential_on_its_line_is_one() {
        let uuid = "8f14e45f-ceea-467a-9b4f-2c1a3b5d6e7f";
        let named = |line: &str| {
            let content = format!("first line\n{line}\n");
            named_credential(
                content.as_bytes(),
                content.find(uuid).expect("uuid in line"),
            )
        };
        for line in [
            format!("SNYK_TOKEN={uuid}"),
            format!("  RAILWAY_TOKEN: \"{uuid}\""),
            format!("    \"X-CoinAPI-Key\" = \"{uuid}\""),
            format!("os.environ.setdefault(\"ACME_API_KEY\", \"{uuid}\")"),
            format!("curl -H \"Authorization: Bearer {uuid}\" https://api.corp.invalid"),
            format!("  password {uuid}"),
            format!("const apiKey = '{uuid}';"),
            format!("<add key=\"ClientSecret\" value=\"{uuid}\" />"),
        ] {
            assert!(named(&line), "{line}");
        }
        for line in [
            format!("AZURE_TENANT_ID={uuid}"),
            format!("    <UserSecretsId>{uuid}</UserSecretsId>"),
            format!("  - id: {uuid}"),
            format!("key: \"{uuid}\""),
            format!("  \"token\": \"{uuid}\","),
            format!("acme_key={uuid}"),
            format!("\"nextPageToken\": \"{uuid}\""),
            format!("csrf_token = '{uuid}'"),
            format!("INFO request_id={uuid} status=200"),
            uuid.to_string(),
        ] {
            assert!(!named(&line), "{line}");
        }
    }

    #[test]
    fn sealed_secrets_ciphertexts_are_not_secrets() {
        use base64::Engine;
        let mut rng = 0x2545_f491_4f6c_dd1du64;
        let mut random = |n: usize| {
            (0..n)
                .map(|_| {
                    rng ^= rng << 13;
                    rng ^= rng >> 7;
                    rng ^= rng << 17;
                    rng as u8
                })
                .collect::<Vec<u8>>()
        };
        let encode = |bytes: &[u8]| base64::engine::general_purpose::STANDARD.encode(bytes);
        // A 4096-bit cluster key wraps the session key in 512 bytes; a 40-byte value follows.
        let mut sealed = vec![0x02, 0x00];
        sealed.extend(random(512 + 40 + 16));
        let line = format!("    STRIPE_SECRET_KEY: {}", encode(&sealed));
        assert_eq!(around(&line, &line[23..90]), Some(Surroundings::Encrypted));
        // The same length of random base64 without the prefix, or cut short, is not.
        let plain = format!("    STRIPE_SECRET_KEY: {}", encode(&random(570)));
        let short = format!("    STRIPE_SECRET_KEY: {}", encode(&sealed[..200]));
        for line in [plain, short] {
            assert_eq!(around(&line, &line[23..90]), None, "{line}");
        }
    }

    #[test]
    fn lockfile_digests_are_not_secrets() {
        let sri = "sha512-Z4x9tCkUQ2a4Y1vQ6s8m0Bz3qk5yM1x0Zb8Ww0T9o4Vc6aF7p3rK2jH5nD8gL1eS0uI9yT2wR4qP7oN6mB3vC==";
        let npm = format!("      \"integrity\": \"{sri}\",");
        assert_eq!(around(&npm, &sri[20..50]), Some(Surroundings::Digest));
        let yarn = format!("  integrity {sri}");
        assert_eq!(around(&yarn, &sri[7..40]), Some(Surroundings::Digest));
        let hex = "3f9c1a7e52b84d6e9a0f7c2b8e4d1a65a91f3c7d2e8b4056f1c9d7e3b2a8f460";
        for line in [
            format!("checksum = \"{hex}\""),
            format!("    --hash=sha256:{hex} \\"),
            format!("{{file = \"x.whl\", hash = \"sha256:{hex}\"}}"),
            format!("  checksum: 10c0/{hex}"),
            format!(
                "  resolved \"https://registry.invalid/x/-/x-1.0.0.tgz#{}\"",
                &hex[..40]
            ),
            format!("  pkg (1.0.0) sha256={hex}"),
        ] {
            assert_eq!(
                around(&line, &hex[..40]),
                Some(Surroundings::Digest),
                "{line}"
            );
        }
        let gosum = "golang.org/x/text v0.3.7 h1:olpwvP2KacW1ZWvsR7uQhoyTYvKAupfQrRGBFM352Gk=";
        assert_eq!(
            around(gosum, "olpwvP2KacW1ZWvsR7uQhoyTYvKAupfQrRGBFM352Gk"),
            Some(Surroundings::Digest)
        );
    }

    #[test]
    fn the_same_value_in_an_assignment_is_not_a_digest() {
        let hex = "3f9c1a7e52b84d6e9a0f7c2b8e4d1a65a91f3c7d2e8b4056f1c9d7e3b2a8f460";
        assert_eq!(around(&format!("api_key = \"{hex}\""), hex), None);
        assert_eq!(around(&format!("hashicorp_token: {hex}"), hex), None);
    }

    #[test]
    fn public_keys_are_not_secrets() {
        let blob = "AAAAC3NzaC1lZDI1NTE5AAAAIGq7Zx9Lm4Vt8Nb3Pc1JdXq4Lz9Wm2Rv7Tn3Kb8Pc1J";
        let line = format!("ssh-ed25519 {blob} deploy@ci");
        assert_eq!(around(&line, &blob[10..40]), Some(Surroundings::PublicKey));
        let pem = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAq7Zx9Lm4Vt8Nb3Pc\n-----END PUBLIC KEY-----\n";
        assert_eq!(
            around(pem, "q7Zx9Lm4Vt8Nb3Pc"),
            Some(Surroundings::PublicKey)
        );
        assert_eq!(
            around(pem, "-----BEGIN PUBLIC"),
            Some(Surroundings::PublicKey)
        );
        let private = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n";
        assert_eq!(around(private, "-----BEGIN PRIVATE"), None);
        assert_eq!(around(private, "MIIEvQIBADANBgkq"), None);
    }
}
