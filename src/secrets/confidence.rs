//! How sure a finding is: the `confidence` of every secret finding, and how a rule gets it.
//!
//! Severity says how bad a leak would be; confidence says how likely the match is a real
//! credential, so a team can block on the sure findings and review the rest
//! (`[secrets] min-confidence`). It is a property of the rule, derived from what the rule
//! checks unless the rule states it:
//!
//! - `high`: the token validates itself (a checksum), or the secret starts with a
//!   distinctive literal that one of the rule's keywords names (a provider prefix such as
//!   `ghp_` or `xoxb-`, a PEM `-----BEGIN … PRIVATE KEY-----` line, a JWT's `eyJ`);
//! - `medium`: a provider's name or variable near a value of the right format;
//! - `low`: the catch-all rules (`generic-*`), which know only that a value looks random
//!   and is assigned to something called a password, secret or token.

use serde::{Deserialize, Serialize};

/// Ordered, so a policy can say "at or above".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
}

impl std::fmt::Display for Confidence {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Confidence {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "low" => Ok(Confidence::Low),
            "medium" => Ok(Confidence::Medium),
            "high" => Ok(Confidence::High),
            other => Err(format!(
                "unknown confidence `{other}` (expected low, medium or high)"
            )),
        }
    }
}

/// Shortest keyword that counts as a distinctive prefix: `sk-` is borderline, one or two
/// characters (`sk`, `AK`) are not.
const MIN_PREFIX_KEYWORD: usize = 3;
/// Shortest keyword that counts as a distinctive marker inside a token (`T3BlbkFJ` in
/// OpenAI keys); `-us` in a Mailchimp key is too common a string.
const MIN_INNER_KEYWORD: usize = 4;

/// The literals a rule's pattern fixes around the secret, lower-cased.
#[derive(Clone, Debug, Default)]
pub struct Structure {
    /// What every match starts with, through the start of the secret: a fixed lead-in
    /// (`glpat-`) joined to the secret's own first literals (`ghp_`); the empty string
    /// when the secret can start anywhere.
    pub prefixes: Vec<Vec<u8>>,
    /// Literals every secret contains further in.
    pub inner: Vec<Vec<u8>>,
}

/// The confidence of a rule that does not state one. `generic` marks the catch-all rules.
pub fn derive(
    generic: bool,
    has_checksum: bool,
    keywords: &[String],
    structure: &Structure,
) -> Confidence {
    if generic {
        return Confidence::Low;
    }
    if has_checksum {
        return Confidence::High;
    }
    let lower: Vec<Vec<u8>> = keywords
        .iter()
        .map(|k| k.to_ascii_lowercase().into_bytes())
        .collect();
    let names = |literal: &Vec<u8>, min: usize| {
        lower
            .iter()
            .filter(|k| k.len() >= min)
            .any(|k| memchr::memmem::find(literal, k).is_some())
    };
    let prefixed = !structure.prefixes.is_empty()
        && structure
            .prefixes
            .iter()
            .all(|p| names(p, MIN_PREFIX_KEYWORD));
    let marked = structure.inner.iter().any(|l| names(l, MIN_INNER_KEYWORD));
    if prefixed || marked {
        Confidence::High
    } else {
        Confidence::Medium
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kw(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    fn prefixed(prefixes: &[&str]) -> Structure {
        Structure {
            prefixes: prefixes.iter().map(|p| p.as_bytes().to_vec()).collect(),
            inner: Vec::new(),
        }
    }

    #[test]
    fn generic_rules_are_low_whatever_else_they_check() {
        let strict = prefixed(&["token"]);
        assert_eq!(
            derive(true, true, &kw(&["token"]), &strict),
            Confidence::Low
        );
    }

    #[test]
    fn a_checksum_a_keyword_prefix_or_a_keyword_marker_is_high() {
        let none = prefixed(&[""]);
        assert_eq!(derive(false, true, &kw(&["npm_"]), &none), Confidence::High);
        assert_eq!(
            derive(
                false,
                false,
                &kw(&["ghp_", "gho_"]),
                &prefixed(&["ghp_", "gho_"])
            ),
            Confidence::High
        );
        let pem = prefixed(&["-----begin rsa private key-----"]);
        assert_eq!(
            derive(false, false, &kw(&["BEGIN RSA PRIVATE KEY"]), &pem),
            Confidence::High
        );
        let marker = Structure {
            prefixes: vec![b"sk-".to_vec()],
            inner: vec![b"t3blbkfj".to_vec()],
        };
        assert_eq!(
            derive(false, false, &kw(&["T3BlbkFJ"]), &marker),
            Confidence::High
        );
    }

    #[test]
    fn context_keywords_without_a_prefix_are_medium() {
        assert_eq!(
            derive(false, false, &kw(&["heroku"]), &prefixed(&[""])),
            Confidence::Medium
        );
        // One prefix the keywords do not name is enough to fall back.
        assert_eq!(
            derive(false, false, &kw(&["ghp_"]), &prefixed(&["ghp_", "x"])),
            Confidence::Medium
        );
        // A two-letter keyword is not a distinctive prefix, `-us` not a marker.
        assert_eq!(
            derive(false, false, &kw(&["sk"]), &prefixed(&["sk"])),
            Confidence::Medium
        );
        let mailchimp = Structure {
            prefixes: vec![Vec::new()],
            inner: vec![b"-us".to_vec()],
        };
        assert_eq!(
            derive(false, false, &kw(&["-us"]), &mailchimp),
            Confidence::Medium
        );
    }

    #[test]
    fn parses_and_orders() {
        assert_eq!("HIGH".parse::<Confidence>(), Ok(Confidence::High));
        assert!("certain".parse::<Confidence>().is_err());
        assert!(Confidence::Low < Confidence::Medium && Confidence::Medium < Confidence::High);
    }
}
