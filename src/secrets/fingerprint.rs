//! A finding's fingerprint: what `.tollgateignore`, baselines and SARIF refer a secret
//! by, derived from the rule and the secret only, so it survives moves, reformatting and
//! rebases.
//!
//! A fingerprint is published (baselines and ignore files are committed; SARIF goes to
//! code scanning), and a secret is often guessable (a weak password, a short PIN). So it
//! must not be a fast hash with a key everyone has: that lets anyone confirm a guessed
//! secret offline at billions of guesses a second. It is Argon2id, memory-hard, at a
//! cost of about 20 ms and 19 MiB each (OWASP's first recommended setting), under a salt
//! per repository (`.tollgate/salt`), so a guess costs that much per repository and no
//! table computed for one repository serves another. A run computes each (rule, secret)
//! once; findings are few, so the cost does not show (README, "Measured figures").
//!
//! The fast keyed BLAKE3 of rule and secret that fingerprints were before (the *legacy*
//! form) remains, for two jobs that never publish it: comparing secrets within one run
//! (the rule of "new", the history cache on the user's machine), and matching entries
//! that old baselines and ignore files still hold, until `tollgate baseline` rewrites
//! them.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use argon2::{Algorithm, Argon2, Block, Params, Version};

/// Bytes of a salt.
pub const SALT_LEN: usize = 16;

/// Argon2id memory cost in KiB (19 MiB).
pub const ARGON2_MEMORY_KIB: u32 = 19 * 1024;
/// Argon2id passes over the memory.
pub const ARGON2_ITERATIONS: u32 = 2;
/// Argon2id lanes.
pub const ARGON2_LANES: u32 = 1;
/// Bytes of a fingerprint (printed as 40 hexadecimal digits, so that it is told apart
/// from a 32-digit legacy fingerprint).
pub const FINGERPRINT_LEN: usize = 20;

/// Context string of the legacy keyed BLAKE3 form. Fixed and public: see the module
/// documentation for why it is no longer what reports show.
const LEGACY_CONTEXT: &str = "tollgate 2026-11 secret finding fingerprint v1";

/// The salt of a repository's fingerprints. Not a secret (it is committed); what it
/// buys is that work spent guessing against one repository's fingerprints is of no use
/// against another's.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Salt([u8; SALT_LEN]);

impl std::fmt::Debug for Salt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Salt({})", self.hex())
    }
}

impl Salt {
    /// The salt used where a repository has none and none can be created: fingerprints
    /// are still Argon2id, but a guess table made for it serves every such place.
    pub const SHARED: Salt = Salt(*b"tollgate shared.");

    /// A new random salt from the operating system.
    pub fn generate() -> std::io::Result<Salt> {
        let mut bytes = [0u8; SALT_LEN];
        getrandom::getrandom(&mut bytes).map_err(|e| std::io::Error::other(e.to_string()))?;
        Ok(Salt(bytes))
    }

    pub fn from_bytes(bytes: [u8; SALT_LEN]) -> Salt {
        Salt(bytes)
    }

    /// Reads a salt file: `#` comment lines, then the salt in hexadecimal.
    pub fn parse(text: &str) -> Result<Salt, String> {
        let hex = text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with('#'))
            .ok_or("no salt in the file")?;
        let bad = || {
            format!(
                "expected {} hexadecimal digits, found `{hex}`",
                SALT_LEN * 2
            )
        };
        if hex.len() != SALT_LEN * 2 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(bad());
        }
        let mut bytes = [0u8; SALT_LEN];
        for (i, byte) in bytes.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).map_err(|_| bad())?;
        }
        Ok(Salt(bytes))
    }

    /// The text of a salt file.
    pub fn file_text(&self) -> String {
        format!(
            "# tollgate: the salt of this repository's secret fingerprints (Argon2id).\n\
             # Commit this file. Changing it changes every fingerprint, so the entries of\n\
             # .tollgateignore and of baselines would no longer match.\n\
             {}\n",
            self.hex()
        )
    }

    pub fn hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// A short name of the salt, for cache keys.
    pub fn id(&self) -> String {
        blake3::hash(&self.0).to_hex()[..16].to_string()
    }
}

/// The fingerprint of `secret` found by `rule_id`: Argon2id of `rule_id`, a zero byte
/// and the secret, under `salt`, as 40 hexadecimal digits.
pub fn fingerprint(salt: &Salt, rule_id: &str, secret: &[u8]) -> String {
    let params = Params::new(
        ARGON2_MEMORY_KIB,
        ARGON2_ITERATIONS,
        ARGON2_LANES,
        Some(FINGERPRINT_LEN),
    )
    .expect("constant Argon2 parameters are valid");
    let mut input = Vec::with_capacity(rule_id.len() + 1 + secret.len());
    input.extend_from_slice(rule_id.as_bytes());
    input.push(0);
    input.extend_from_slice(secret);
    let mut out = [0u8; FINGERPRINT_LEN];
    // Each thread keeps its 19 MiB of blocks: a fresh allocation per fingerprint costs
    // page faults and, freed and taken again by several threads, grows the heap (`dir`
    // on 200 distinct findings, two threads: 250-300 MB peak RSS and 2 s of system time
    // with an allocation each; 75 MB and 0.05 s with the blocks kept, as for one).
    thread_local! {
        static BLOCKS: std::cell::RefCell<Vec<Block>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    BLOCKS.with(|blocks| {
        let mut blocks = blocks.borrow_mut();
        blocks.resize(params.block_count(), Block::default());
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
            .hash_password_into_with_memory(&input, &salt.0, &mut out, blocks.as_mut_slice())
            .expect("the salt and output lengths are within Argon2's limits");
    });
    out.iter().map(|b| format!("{b:02x}")).collect()
}

/// The legacy form (keyed BLAKE3, 32 hexadecimal digits): the identity of a secret
/// within a run and in the local history cache, and what old suppression entries hold.
pub fn legacy(rule_id: &str, secret: &[u8]) -> String {
    let mut hasher = blake3::Hasher::new_derive_key(LEGACY_CONTEXT);
    hasher.update(rule_id.as_bytes());
    hasher.update(&[0]);
    hasher.update(secret);
    hasher.finalize().to_hex()[..32].to_string()
}

/// Whether `text` is written as a fingerprint (40 hexadecimal digits).
pub fn is_fingerprint(text: &str) -> bool {
    text.len() == FINGERPRINT_LEN * 2 && text.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Whether `text` is written as a legacy fingerprint (32 hexadecimal digits).
pub fn is_legacy(text: &str) -> bool {
    text.len() == 32 && text.bytes().all(|b| b.is_ascii_hexdigit())
}

type Resolve = Box<dyn Fn() -> Salt + Send + Sync>;

/// Computes fingerprints for one run: under one salt, each (rule, secret) once. The salt
/// may be resolved on first need (creating `.tollgate/salt` is a side effect worth
/// having only when a finding needs it).
pub struct Fingerprinter {
    salt: OnceLock<Salt>,
    resolve: Resolve,
    /// (rule id, BLAKE3 of the secret) → fingerprint.
    memo: Mutex<HashMap<(String, [u8; 32]), String>>,
}

impl Fingerprinter {
    /// Fingerprints under a known salt.
    pub fn new(salt: Salt) -> Fingerprinter {
        let fingerprinter = Fingerprinter::lazy(move || salt);
        let _ = fingerprinter.salt.set(salt);
        fingerprinter
    }

    /// Fingerprints under the salt `resolve` gives, asked at most once, when the first
    /// fingerprint is needed.
    pub fn lazy(resolve: impl Fn() -> Salt + Send + Sync + 'static) -> Fingerprinter {
        Fingerprinter {
            salt: OnceLock::new(),
            resolve: Box::new(resolve),
            memo: Mutex::default(),
        }
    }

    /// The salt (resolving it if that has not happened yet).
    pub fn salt(&self) -> &Salt {
        self.salt.get_or_init(|| (self.resolve)())
    }

    /// The fingerprint of `secret` found by `rule_id`.
    pub fn fingerprint(&self, rule_id: &str, secret: &[u8]) -> String {
        let key = (rule_id.to_string(), *blake3::hash(secret).as_bytes());
        if let Some(known) = self.memo.lock().expect("memo lock").get(&key) {
            return known.clone();
        }
        // Computed outside the lock, so threads fingerprint different secrets at once.
        let computed = fingerprint(self.salt(), rule_id, secret);
        self.memo
            .lock()
            .expect("memo lock")
            .insert(key, computed.clone());
        computed
    }
}

impl Default for Fingerprinter {
    /// Under [`Salt::SHARED`]: for library callers that have no repository.
    fn default() -> Self {
        Fingerprinter::new(Salt::SHARED)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_depend_on_rule_secret_and_salt_only() {
        let salt = Salt::from_bytes([7; SALT_LEN]);
        let a = fingerprint(&salt, "github-pat", b"ghp_secret");
        assert!(is_fingerprint(&a) && !is_legacy(&a));
        assert_eq!(a, fingerprint(&salt, "github-pat", b"ghp_secret"));
        assert_ne!(a, fingerprint(&salt, "github-pat", b"ghp_other"));
        assert_ne!(a, fingerprint(&salt, "npm-token", b"ghp_secret"));
        assert_ne!(a, fingerprint(&Salt::SHARED, "github-pat", b"ghp_secret"));
        assert!(is_legacy(&legacy("github-pat", b"ghp_secret")));
    }

    #[test]
    fn a_salt_file_round_trips_and_bad_ones_are_refused() {
        let salt = Salt::generate().unwrap();
        assert_eq!(Salt::parse(&salt.file_text()), Ok(salt));
        assert_ne!(Salt::generate().unwrap(), salt);
        assert!(Salt::parse("# only a comment\n").is_err());
        assert!(
            Salt::parse("abc\n")
                .unwrap_err()
                .contains("32 hexadecimal digits")
        );
    }

    #[test]
    fn the_salt_is_resolved_once_and_only_when_needed() {
        let calls = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counter = calls.clone();
        let fingerprinter = Fingerprinter::lazy(move || {
            counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            Salt::SHARED
        });
        assert_eq!(calls.load(std::sync::atomic::Ordering::SeqCst), 0);
        let a = fingerprinter.fingerprint("r", b"s");
        assert_eq!(fingerprinter.fingerprint("r", b"s"), a);
        assert_eq!(a, fingerprint(&Salt::SHARED, "r", b"s"));
        assert_eq!(calls.load(std::sync::atomic::Ordering::SeqCst), 1);
    }
}
