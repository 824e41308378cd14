//! Secret detection: rule loading, the scan engine, the fingerprint and the redaction of a
//! secret.
//!
//! Content comes in as bytes with a path; what comes back is [`Match`]es (rule index,
//! position, the secret's bytes). This module knows nothing of git, reports or policy:
//! `scan` turns matches into findings, `policy` decides what blocks.

pub mod checksum;
pub mod confidence;
pub(crate) mod decode;
pub mod engine;
pub(crate) mod entropy;
pub mod examples;
pub mod fingerprint;
pub(crate) mod gitleaks;
pub(crate) mod identifiers;
pub(crate) mod keywords;
pub(crate) mod placeholder;
pub mod rule;

pub use confidence::Confidence;
pub(crate) use engine::Match;
pub use engine::Scanner;
pub use fingerprint::{Fingerprinter, Salt};
pub(crate) use rule::{Rule, RuleError, RuleSpec};

mod builtin {
    include!(concat!(env!("OUT_DIR"), "/builtin_rules.rs"));
}

/// The files compiled into the binary, as (file name, TOML text).
pub(crate) fn builtin_rule_files() -> &'static [(&'static str, &'static str)] {
    builtin::BUILTIN_RULE_FILES
}

/// The built-in rules. Their regexes are not syntax-checked here: the test suite compiles
/// every one, and skipping the check keeps start-up cheap.
pub fn builtin_rules() -> Result<Vec<Rule>, RuleError> {
    let mut rules = Vec::new();
    for (name, text) in builtin_rule_files() {
        rules.extend(rule::parse_rule_file(
            &format!("patterns/{name}"),
            text,
            false,
        )?);
    }
    for rule in &mut rules {
        rule.builtin = true;
    }
    Ok(rules)
}

/// Adds user rules to a rule set; a user rule with a built-in rule's id replaces it, so a
/// team can tune a noisy built-in without forking the whole set.
pub(crate) fn merge_rules(base: &mut Vec<Rule>, extra: Vec<Rule>) {
    for rule in extra {
        match base.iter_mut().find(|r| r.spec.id == rule.spec.id) {
            Some(existing) => *existing = rule,
            None => base.push(rule),
        }
    }
}

/// Bumped whenever the engine's own vetoes change (placeholders, identifiers), which
/// change results as much as a rule edit does.
const ENGINE_VETOES_VERSION: &str = "vetoes v1: placeholders, identifiers, digests, public keys";

/// A hash of the rule set's content and of the engine's vetoes, so that caches of scan
/// results (keyed by blob and rule set) are invalidated by any rule or veto change.
pub(crate) fn ruleset_hash(rules: &[Rule]) -> String {
    let mut hasher = blake3::Hasher::new();
    hasher.update(ENGINE_VETOES_VERSION.as_bytes());
    for rule in rules {
        hasher.update(rule.source.as_bytes());
        hasher.update(&[0]);
        hasher.update(format!("{:?}", rule.spec).as_bytes());
        hasher.update(&[0]);
    }
    hasher.finalize().to_hex()[..32].to_string()
}

/// What a report shows of a secret: a short prefix (enough to recognise the token type,
/// too little to use it) and a marker.
pub fn redact(secret: &[u8]) -> String {
    let text = String::from_utf8_lossy(secret);
    let shown = (text.chars().count() / 5).min(4);
    let prefix: String = text.chars().take(shown).collect();
    format!("{prefix}{REDACTED_MARK}")
}

/// What stands for the hidden part of a redacted secret.
pub(crate) const REDACTED_MARK: &str = "…redacted…";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redaction_never_shows_most_of_the_secret() {
        let shown = redact(b"ghp_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1d2e3f4");
        assert_eq!(shown, "ghp_…redacted…");
        assert_eq!(redact(b"hunter2"), "h…redacted…");
    }
}
