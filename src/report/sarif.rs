//! `--format sarif`: SARIF 2.1.0 as GitHub code scanning accepts it.
//!
//! Rules go to `tool.driver.rules` with a `security-severity` so code scanning ranks them;
//! each result carries `partialFingerprints` built from tollgate's own fingerprint, which
//! depends only on rule and secret, so alerts stay the same alert across re-runs, moves
//! and rebases. Git provenance (commit, author, date) goes to `properties`.

use std::collections::BTreeMap;
use std::io::Write;

use serde_json::{Value, json};

use crate::finding::{DependencyFinding, Finding, Report, SecretFinding, Severity};
use crate::policy::{Disposition, Gate, Level};
use crate::report::Context;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
const FINGERPRINT_KEY: &str = "tollgate/v1";

/// GitHub's scale: >= 9.0 critical, >= 7.0 high, >= 4.0 medium, else low.
fn security_severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical => "9.5",
        Severity::High => "8.0",
        Severity::Medium => "5.5",
        Severity::Low => "3.0",
    }
}

struct RuleEntry {
    description: String,
    severity: Severity,
    tag: &'static str,
}

pub fn write(out: &mut dyn Write, report: &Report, context: &Context) -> std::io::Result<()> {
    let mut rules: BTreeMap<String, RuleEntry> = BTreeMap::new();
    let mut results = Vec::new();
    for finding in &report.findings {
        match finding {
            Finding::Secret(secret) => {
                rules.entry(secret.rule.clone()).or_insert(RuleEntry {
                    description: secret.description.clone(),
                    severity: secret.severity,
                    tag: "secret",
                });
                let level = match context.gate.disposition(finding) {
                    Disposition::Blocks => "error",
                    Disposition::Warns | Disposition::Informs => "warning",
                };
                results.push(secret_result(secret, level));
            }
            Finding::Dependency(dependency) => {
                for (rule_id, result) in dependency_results(dependency, &context.gate) {
                    rules.entry(rule_id.clone()).or_insert(RuleEntry {
                        description: format!(
                            "Dependency check: {}",
                            &rule_id["dependency/".len()..]
                        ),
                        severity: Severity::High,
                        tag: "supply-chain",
                    });
                    results.push(result);
                }
            }
        }
    }
    let index: BTreeMap<&str, usize> = rules
        .keys()
        .enumerate()
        .map(|(i, k)| (k.as_str(), i))
        .collect();
    for result in &mut results {
        let id = result["ruleId"].as_str().unwrap_or_default().to_string();
        result["ruleIndex"] = json!(index.get(id.as_str()).copied().unwrap_or(0));
    }
    let driver_rules: Vec<Value> = rules
        .iter()
        .map(|(id, rule)| {
            json!({
                "id": id,
                "name": id,
                "shortDescription": { "text": rule.description },
                "fullDescription": { "text": rule.description },
                "defaultConfiguration": { "level": "error" },
                "properties": {
                    "security-severity": security_severity(rule.severity),
                    "tags": ["security", rule.tag],
                }
            })
        })
        .collect();
    let sarif = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "tollgate",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": driver_rules,
            }},
            "results": results,
        }]
    });
    serde_json::to_writer_pretty(&mut *out, &sarif)?;
    writeln!(out)
}

fn location(uri: &str, line: u32, column: u32) -> Value {
    json!([{ "physicalLocation": {
        "artifactLocation": { "uri": uri },
        "region": { "startLine": line.max(1), "startColumn": column.max(1) }
    }}])
}

fn secret_result(secret: &SecretFinding, level: &str) -> Value {
    let mut properties = serde_json::Map::new();
    for (key, value) in [
        ("commit", &secret.commit),
        ("author", &secret.author),
        ("date", &secret.date),
    ] {
        if let Some(value) = value {
            properties.insert(key.into(), json!(value));
        }
    }
    properties.insert("secret".into(), json!(secret.secret));
    if let Some(validation) = &secret.validation {
        properties.insert("validation".into(), json!(validation));
    }
    properties.insert("confidence".into(), json!(secret.confidence));
    json!({
        "ruleId": secret.rule,
        "level": level,
        "message": { "text": format!("{}: {}", secret.description, secret.secret) },
        "locations": location(&secret.file, secret.line, secret.column),
        "partialFingerprints": { FINGERPRINT_KEY: secret.fingerprint },
        "properties": properties,
    })
}

/// One result per verdict on a dependency, at the level the policy gives that verdict
/// (`fail` is an error, `warn` a warning); a package with no verdicts is a plain change
/// and produces none (SARIF is for alerts).
fn dependency_results(d: &DependencyFinding, gate: &Gate) -> Vec<(String, Value)> {
    d.checks
        .iter()
        .map(|check| {
            let rule_id = format!("dependency/{}", check.kind());
            let detail = check
                .id()
                .or(check.reason())
                .map(|s| format!(" ({s})"))
                .unwrap_or_default();
            let level = match gate.level(d, check) {
                Level::Fail => "error",
                Level::Warn => "warning",
                Level::Off => "note",
            };
            let version = d.version.as_deref().unwrap_or("-");
            let fingerprint = blake3::hash(
                format!("{}\0{}\0{}\0{}{}", d.ecosystem, d.name, version, check.kind(), detail).as_bytes(),
            )
            .to_hex()[..32]
                .to_string();
            let result = json!({
                "ruleId": rule_id,
                "level": level,
                "message": { "text": format!("{} {}@{}: {}{}", d.ecosystem, d.name, version, check.kind(), detail) },
                "locations": location(&d.lockfile, 1, 1),
                "partialFingerprints": { FINGERPRINT_KEY: fingerprint },
                "properties": { "check": check },
            });
            (rule_id, result)
        })
        .collect()
}
