//! `--format sarif`: SARIF 2.1.0 as GitHub code scanning accepts it.
//!
//! Rules go to `tool.driver.rules` with a `security-severity` so code scanning ranks them;
//! each result carries `partialFingerprints` built from tollgate's own fingerprint, which
//! depends only on rule and secret, so alerts stay the same alert across re-runs, moves
//! and rebases. Git provenance (commit, author, date) goes to `properties`. Pipeline
//! checks are rules `pipeline/<check>` with their explanation and fix as help text.

use std::collections::BTreeMap;
use std::io::Write;

use serde_json::{Value, json};

use crate::finding::{
    DependencyFinding, Finding, PipelineFinding, Report, SecretFinding, Severity,
};
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
    /// Why it matters and how to fix it (pipeline checks).
    help: Option<String>,
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
                    help: None,
                });
                let level = match context.gate.disposition(finding) {
                    Disposition::Blocks => "error",
                    Disposition::Warns | Disposition::Informs => "warning",
                };
                results.push(secret_result(secret, level));
            }
            Finding::Policy(policy) => {
                let rule_id = format!("policy/{}", policy.check);
                rules.entry(rule_id.clone()).or_insert(RuleEntry {
                    description: "A change to the policy files (read from the merge base)"
                        .to_string(),
                    severity: Severity::High,
                    tag: "policy",
                    help: None,
                });
                let level = match context.gate.disposition(finding) {
                    Disposition::Blocks => "error",
                    Disposition::Warns | Disposition::Informs => "warning",
                };
                let fingerprint = blake3::hash(
                    format!("{}\0{:?}\0{:?}", policy.file, policy.before, policy.after).as_bytes(),
                )
                .to_hex()[..32]
                    .to_string();
                results.push(json!({
                    "ruleId": rule_id,
                    "level": level,
                    "message": { "text": policy.message },
                    "locations": location(&policy.file, policy.line, 1),
                    "partialFingerprints": { FINGERPRINT_KEY: fingerprint },
                    "properties": { "before": policy.before, "after": policy.after, "digest": policy.digest },
                }));
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
                        help: None,
                    });
                    results.push(result);
                }
            }
            Finding::Pipeline(pipeline) => {
                let check = pipeline.check;
                let rule = rules
                    .entry(format!("pipeline/{check}"))
                    .or_insert(RuleEntry {
                        description: check.title().to_string(),
                        severity: pipeline.severity,
                        tag: "ci-cd",
                        help: Some(format!("{} Fix: {}.", check.explanation(), check.fix())),
                    });
                rule.severity = rule.severity.max(pipeline.severity);
                let level = match context.gate.pipeline.level(pipeline) {
                    Level::Fail => "error",
                    Level::Warn => "warning",
                    Level::Info | Level::Off => "note",
                };
                results.push(pipeline_result(pipeline, level));
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
            let mut entry = json!({
                "id": id,
                "name": id,
                "shortDescription": { "text": rule.description },
                "fullDescription": { "text": rule.help.as_deref().unwrap_or(&rule.description) },
                "defaultConfiguration": { "level": "error" },
                "properties": {
                    "security-severity": security_severity(rule.severity),
                    "tags": ["security", rule.tag],
                }
            });
            if let Some(help) = &rule.help {
                entry["help"] = json!({ "text": help });
            }
            entry
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
    crate::report::json::write_value(out, &sarif)
}

/// What a path keeps unencoded in an artifact URI: RFC 3986's unreserved characters and
/// the `/` between segments. Everything else is percent-encoded (UTF-8), so a name with
/// a space, `%`, `#`, `?` or a control character is still one relative reference that
/// resolves to the file.
const PATH: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'/');

/// A repository-relative path as a SARIF artifact URI (a relative reference).
pub(crate) fn artifact_uri(path: &str) -> String {
    percent_encoding::utf8_percent_encode(path, PATH).to_string()
}

fn location(path: &str, line: u32, column: u32) -> Value {
    json!([{ "physicalLocation": {
        "artifactLocation": { "uri": artifact_uri(path) },
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
    // Inside an archive the line is in a file code scanning cannot open: the location is
    // the archive itself, and the inner file and line go to the message and a logical
    // location.
    let (message, locations) = match &secret.archive {
        Some(archive) => (
            format!(
                "{}: {} in {}:{}",
                secret.description, secret.secret, secret.file, secret.line
            ),
            json!([{
                "physicalLocation": { "artifactLocation": { "uri": artifact_uri(archive) } },
                "logicalLocations": [{ "fullyQualifiedName": secret.file, "kind": "member" }],
            }]),
        ),
        None => (
            format!("{}: {}", secret.description, secret.secret),
            location(&secret.file, secret.line, secret.column),
        ),
    };
    json!({
        "ruleId": secret.rule,
        "level": level,
        "message": { "text": message },
        "locations": locations,
        "partialFingerprints": { FINGERPRINT_KEY: secret.fingerprint },
        "properties": properties,
    })
}

/// A pipeline finding: its check as the rule, the fix and the drift in `properties`.
fn pipeline_result(p: &PipelineFinding, level: &str) -> Value {
    let mut properties = serde_json::Map::new();
    properties.insert("severity".into(), json!(p.severity));
    properties.insert("fix".into(), json!(p.fix));
    if let Some(before) = &p.before {
        properties.insert("before".into(), json!(before));
    }
    if let Some(after) = &p.after {
        properties.insert("after".into(), json!(after));
    }
    json!({
        "ruleId": format!("pipeline/{}", p.check),
        "level": level,
        "message": { "text": p.message },
        "locations": location(&p.file, p.line, p.column),
        "partialFingerprints": { FINGERPRINT_KEY: p.fingerprint },
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
                Level::Info | Level::Off => "note",
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
