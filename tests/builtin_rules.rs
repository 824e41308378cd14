//! Every built-in rule compiles, is well-formed, and agrees with its own examples.

use std::collections::{BTreeSet, HashSet};

use tollgate::secrets::{self, Scanner, examples::check_examples};

fn builtin_scanner() -> Scanner {
    Scanner::new(secrets::builtin_rules().expect("built-in rule files parse"))
}

#[test]
fn every_builtin_rule_compiles() {
    let rules = secrets::builtin_rules().unwrap();
    for rule in &rules {
        secrets::rule::check_rule(std::path::Path::new(&rule.source), rule.spec.clone(), true)
            .unwrap_or_else(|e| panic!("{e}"));
    }
    builtin_scanner()
        .compile_all()
        .unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn every_builtin_rule_finds_its_examples_and_not_its_negative_examples() {
    let failures = check_examples(&builtin_scanner(), |_| true);
    let listing: Vec<String> = failures.iter().map(ToString::to_string).collect();
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        listing.join("\n")
    );
}

#[test]
fn builtin_rule_ids_are_unique_and_every_rule_has_keywords() {
    let rules = secrets::builtin_rules().unwrap();
    let mut seen = HashSet::new();
    for rule in &rules {
        assert!(
            seen.insert(rule.spec.id.clone()),
            "duplicate rule id {}",
            rule.spec.id
        );
        // A rule without keywords runs on every file its `paths` allow; only formats with
        // no fixed literal (`.pgpass`, Rails `master.key`) may do that, and only when scoped.
        assert!(
            !rule.spec.keywords.is_empty() || !rule.spec.paths.is_empty(),
            "rule {} has neither keywords nor paths",
            rule.spec.id
        );
        assert!(
            rule.spec.provider.is_some(),
            "rule {} names no provider",
            rule.spec.id
        );
    }
}

#[test]
fn builtin_rules_cover_at_least_150_rules_and_100_providers() {
    let rules = secrets::builtin_rules().unwrap();
    let providers: BTreeSet<String> = rules
        .iter()
        .filter_map(|r| r.spec.provider.clone())
        .map(|p| p.to_ascii_lowercase())
        .collect();
    assert!(rules.len() >= 150, "only {} rules", rules.len());
    assert!(
        providers.len() >= 100,
        "only {} providers: {providers:?}",
        providers.len()
    );
}
