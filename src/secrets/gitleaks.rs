//! Reads a gitleaks configuration file as tollgate rules, so a team migrating from
//! gitleaks keeps its custom rules unchanged.
//!
//! gitleaks writes Go RE2 regexes, which regex-automata accepts almost entirely (both are
//! linear-time engines without look-around or back-references); `path` and allow-list
//! `paths` are regexes there, globs here, so they map to `path_regex` / `allow.path_regexes`.
//! Global allow-lists and `[extend]` are accepted and ignored: tollgate's built-in rules
//! play the role of gitleaks' defaults.

use std::path::Path;

use serde::Deserialize;

use crate::secrets::rule::{AllowSpec, Rule, RuleError, RuleSpec, check_rule};
use crate::severity::Severity;

#[derive(Deserialize)]
struct Config {
    #[serde(default)]
    rules: Vec<GitleaksRule>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct GitleaksRule {
    id: String,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    regex: Option<String>,
    #[serde(default)]
    secret_group: Option<usize>,
    #[serde(default)]
    entropy: Option<f64>,
    #[serde(default)]
    keywords: Vec<String>,
    #[serde(default)]
    path: Option<String>,
    #[serde(default)]
    allowlist: Option<GitleaksAllow>,
    #[serde(default)]
    allowlists: Vec<GitleaksAllow>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct GitleaksAllow {
    #[serde(default)]
    regexes: Vec<String>,
    #[serde(default)]
    paths: Vec<String>,
    #[serde(default)]
    stopwords: Vec<String>,
    /// `secret` (default), `match` or `line`.
    #[serde(default)]
    regex_target: Option<String>,
}

/// Parses a gitleaks TOML configuration into rules; `source` names the file in errors.
pub fn parse(source: &str, text: &str) -> Result<Vec<Rule>, RuleError> {
    let config: Config = toml::from_str(text).map_err(|e| RuleError::Parse {
        file: source.into(),
        message: format!("gitleaks configuration: {e}"),
    })?;
    config
        .rules
        .into_iter()
        .map(|rule| check_rule(Path::new(source), convert(rule, source)?, true))
        .collect()
}

fn convert(rule: GitleaksRule, source: &str) -> Result<RuleSpec, RuleError> {
    let regex = match (rule.regex, &rule.path) {
        (Some(regex), _) => regex,
        // A path-only gitleaks rule reports the file itself; tollgate reports content, so
        // the whole first line stands in for the match.
        (None, Some(_)) => "^.*".to_string(),
        (None, None) => {
            return Err(RuleError::Invalid {
                file: source.into(),
                rule: rule.id,
                message: "has neither `regex` nor `path`".into(),
            });
        }
    };
    let mut allow = AllowSpec::default();
    for list in rule.allowlist.into_iter().chain(rule.allowlists) {
        match list.regex_target.as_deref() {
            None | Some("secret") => allow.regexes.extend(list.regexes),
            Some("match") | Some("line") => allow.match_regexes.extend(list.regexes),
            Some(other) => {
                return Err(RuleError::Invalid {
                    file: source.into(),
                    rule: rule.id,
                    message: format!("unknown allowlist regexTarget `{other}`"),
                });
            }
        }
        allow.path_regexes.extend(list.paths);
        allow.stopwords.extend(list.stopwords);
    }
    Ok(RuleSpec {
        description: rule.description.unwrap_or_else(|| rule.id.clone()),
        id: rule.id,
        provider: None,
        severity: Severity::High,
        regex,
        keywords: rule.keywords,
        entropy: rule.entropy,
        checksum: None,
        require: Vec::new(),
        paths: Vec::new(),
        path_regex: rule.path,
        secret_group: rule.secret_group,
        allow,
        examples: Vec::new(),
        negative_examples: Vec::new(),
        example_path: None,
        confidence: None,
        placeholder_exempt: None,
        secret_shapes: Vec::new(),
    })
}
