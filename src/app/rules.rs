//! `tollgate rules list` and `tollgate rules test`.

use std::io::Write;
use std::path::PathBuf;

use serde::Serialize;

use crate::app::{ListFormat, Outcome};
use crate::policy::Config;
use crate::secrets::{Confidence, Scanner, examples};

#[derive(Serialize)]
struct RuleListing<'a> {
    id: &'a str,
    description: &'a str,
    provider: Option<&'a str>,
    severity: &'a str,
    confidence: Confidence,
    keywords: &'a [String],
    source: &'a str,
    /// Why the rule opts out of the engine's placeholder checks, when it does.
    #[serde(skip_serializing_if = "Option::is_none")]
    placeholder_exempt: Option<&'a str>,
}

fn load(config: Option<&PathBuf>) -> anyhow::Result<Scanner> {
    let config = Config::discover(&PathBuf::from("."), config.map(PathBuf::as_path))?;
    Ok(Scanner::new(config.rule_set()?))
}

/// Prints every rule: id, severity, confidence, description, keywords and the file it
/// came from, then the number of rules and of providers.
pub fn list(config: Option<&PathBuf>, format: ListFormat) -> anyhow::Result<Outcome> {
    let scanner = load(config)?;
    let listings: Vec<RuleListing> = scanner
        .rules()
        .enumerate()
        .map(|(i, r)| {
            Ok(RuleListing {
                id: &r.spec.id,
                description: &r.spec.description,
                provider: r.spec.provider.as_deref(),
                severity: r.spec.severity.as_str(),
                confidence: scanner.confidence(i)?,
                keywords: &r.spec.keywords,
                source: &r.source,
                placeholder_exempt: r.spec.placeholder_exempt.as_deref(),
            })
        })
        .collect::<anyhow::Result<_>>()?;
    // Providers are counted case-insensitively, as the coverage test counts them.
    let providers: std::collections::BTreeSet<String> = listings
        .iter()
        .filter_map(|l| l.provider.map(str::to_lowercase))
        .collect();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match format {
        ListFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &listings)?;
            writeln!(out)?;
        }
        ListFormat::Text => {
            let width = listings.iter().map(|l| l.id.len()).max().unwrap_or(0);
            for l in &listings {
                writeln!(
                    out,
                    "{:<width$}  {:<8}  {:<6}  {}  [{}]  ({})",
                    l.id,
                    l.severity,
                    l.confidence.as_str(),
                    l.description,
                    l.keywords.join(", "),
                    l.source
                )?;
            }
            writeln!(
                out,
                "{} rules, {} providers",
                listings.len(),
                providers.len()
            )?;
        }
    }
    Ok(Outcome::Pass)
}

/// Runs every rule's examples; any miss fails (exit 1) with the rule and example named.
pub fn test(config: Option<&PathBuf>) -> anyhow::Result<Outcome> {
    let scanner = load(config)?;
    scanner.compile_all()?;
    // Built-in rules must carry examples and negative examples; user rules are checked on
    // what they have.
    let failures = examples::check_examples(&scanner, |rule| rule.builtin);
    let examples: usize = scanner
        .rules()
        .map(|r| r.spec.examples.len() + r.spec.negative_examples.len())
        .sum();
    for failure in &failures {
        eprintln!("FAIL {failure}");
    }
    writeln!(
        std::io::stdout(),
        "{} rules, {examples} examples: {} passed, {} failed",
        scanner.rules().len(),
        examples - failures.len(),
        failures.len()
    )?;
    Ok(if failures.is_empty() {
        Outcome::Pass
    } else {
        Outcome::Blocked
    })
}
