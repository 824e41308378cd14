//! Validators for tokens that carry their own checksum.
//!
//! GitHub's (2021) and npm's modern tokens end in six base62 characters that encode the
//! CRC32 of the random part between the four-character prefix and the checksum. A token
//! whose checksum does not verify is a typo, a placeholder or an invention, so the engine
//! drops it; one that verifies is reported with `"validation": "checksum"`.
//! The encoding is small and specific enough that a base62 crate would add more than it
//! saves, so it is written here.

/// A named checksum scheme that rules refer to with `checksum = "..."`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Checksum {
    /// `gh?_` + 30 random + 6 checksum characters.
    GitHub,
    /// `npm_` + 30 random + 6 checksum characters.
    Npm,
}

const BASE62: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

impl Checksum {
    pub(crate) const NAMES: &'static [&'static str] = &["github", "npm"];

    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "github" => Some(Checksum::GitHub),
            "npm" => Some(Checksum::Npm),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Checksum::GitHub => "github",
            Checksum::Npm => "npm",
        }
    }

    /// Whether `token` (prefix included) carries a valid checksum.
    pub(crate) fn verify(self, token: &[u8]) -> bool {
        match self {
            Checksum::GitHub | Checksum::Npm => verify_prefixed_crc32(token),
        }
    }
}

/// Both schemes share the layout `pfx_` + 30 random + 6 base62 CRC32 characters.
fn verify_prefixed_crc32(token: &[u8]) -> bool {
    const PREFIX: usize = 4;
    const RANDOM: usize = 30;
    const CHECK: usize = 6;
    if token.len() != PREFIX + RANDOM + CHECK || token[PREFIX - 1] != b'_' {
        return false;
    }
    let random = &token[PREFIX..PREFIX + RANDOM];
    let expected = base62_fixed6(crc32fast::hash(random));
    token[PREFIX + RANDOM..] == expected
}

/// CRC32 as six base62 digits, most significant first, left-padded with `0`.
fn base62_fixed6(mut value: u32) -> [u8; 6] {
    let mut out = [b'0'; 6];
    for slot in out.iter_mut().rev() {
        *slot = BASE62[(value % 62) as usize];
        value /= 62;
    }
    out
}

/// Appends a valid checksum to `prefix` + `random`; used to write test tokens.
pub fn with_checksum(prefix: &str, random: &str) -> String {
    let check = base62_fixed6(crc32fast::hash(random.as_bytes()));
    format!("{prefix}{random}{}", String::from_utf8_lossy(&check))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_github_token_verifies_and_a_changed_character_does_not() {
        let token = with_checksum("ghp_", "aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1");
        assert!(Checksum::GitHub.verify(token.as_bytes()));
        let mut broken = token.into_bytes();
        broken[10] = if broken[10] == b'x' { b'y' } else { b'x' };
        assert!(!Checksum::GitHub.verify(&broken));
    }

    #[test]
    fn wrong_length_is_rejected() {
        assert!(!Checksum::Npm.verify(b"npm_short"));
    }

    #[test]
    fn base62_pads_small_values() {
        assert_eq!(&base62_fixed6(0), b"000000");
        assert_eq!(&base62_fixed6(61), b"00000z");
        assert_eq!(&base62_fixed6(62), b"000010");
    }
}
