//! Running every rule's `examples` and `negative_examples`; shared by `tollgate rules test`
//! and the test suite, so a rule that stops finding its own example fails both.

use crate::secrets::{Rule, Scanner};

/// One way a rule disagrees with its own examples.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExampleFailure {
    pub rule: String,
    pub source: String,
    pub problem: String,
}

impl std::fmt::Display for ExampleFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: rule `{}`: {}", self.source, self.rule, self.problem)
    }
}

/// Checks every rule of `scanner` against its examples. A positive example must be found
/// by that rule; a negative example must not be found by it (other rules may fire). Rules
/// for which `must_have_examples` holds fail without both kinds of example.
pub fn check_examples(
    scanner: &Scanner,
    must_have_examples: impl Fn(&Rule) -> bool,
) -> Vec<ExampleFailure> {
    let mut failures = Vec::new();
    for (index, rule) in scanner.rules().enumerate() {
        let require_examples = must_have_examples(rule);
        let fail = |problem: String| ExampleFailure {
            rule: rule.spec.id.clone(),
            source: rule.source.clone(),
            problem,
        };
        let path = rule.spec.example_path.as_deref().unwrap_or("example.txt");
        if require_examples && rule.spec.examples.is_empty() {
            failures.push(fail("has no `examples`".into()));
        }
        if require_examples && rule.spec.negative_examples.is_empty() {
            failures.push(fail("has no `negative_examples`".into()));
        }
        for example in &rule.spec.examples {
            match scanner.scan(path, example.as_bytes()) {
                Err(e) => failures.push(fail(e.to_string())),
                Ok(found) if !found.iter().any(|m| m.rule == index) => {
                    failures.push(fail(format!("does not find its example {example:?}")))
                }
                Ok(_) => {}
            }
        }
        for example in &rule.spec.negative_examples {
            match scanner.scan(path, example.as_bytes()) {
                Err(e) => failures.push(fail(e.to_string())),
                Ok(found) if found.iter().any(|m| m.rule == index) => {
                    failures.push(fail(format!("finds its negative example {example:?}")))
                }
                Ok(_) => {}
            }
        }
    }
    failures
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secrets::rule::parse_rule_file;

    fn scanner(builtin: bool) -> Scanner {
        let mut rules = parse_rule_file(
            "t.toml",
            "[[rules]]\nid = \"t\"\ndescription = \"t\"\nregex = 'tok_[a-z0-9]{8}'\nkeywords = [\"tok_\"]\nexamples = [\"x = tok_k3q9z2m7\"]\n",
            true,
        )
        .unwrap();
        rules[0].builtin = builtin;
        Scanner::new(rules)
    }

    #[test]
    fn builtin_rules_need_negative_examples_and_user_rules_do_not() {
        let failures = check_examples(&scanner(true), |rule| rule.builtin);
        assert_eq!(failures.len(), 1, "{failures:?}");
        assert!(failures[0].problem.contains("negative_examples"));
        assert!(check_examples(&scanner(false), |rule| rule.builtin).is_empty());
    }
}
