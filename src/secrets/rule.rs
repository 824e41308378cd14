//! Rule files: the TOML schema of `patterns/*.toml` and of user rule files, and the
//! gitleaks configuration format that migrating teams bring along.
//!
//! Rules are data. Loading only parses and checks them (regex syntax, known checksum names,
//! globs); compiling a regex into an automaton is deferred to the engine, which does it the
//! first time a rule's keywords hit, so a pre-commit check never pays for rules it does not
//! need.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::secrets::checksum::Checksum;
use crate::secrets::confidence::Confidence;
use crate::severity::Severity;

/// Everything that can be wrong with a rule file; every variant names the file and,
/// where it is about one rule, the rule id.
#[derive(Debug, thiserror::Error)]
pub enum RuleError {
    #[error("{file}: cannot read rule file: {source}")]
    Read {
        file: PathBuf,
        source: std::io::Error,
    },
    #[error("{file}: {message}")]
    Parse { file: PathBuf, message: String },
    #[error("{file}: rule `{rule}`: {message}")]
    Invalid {
        file: PathBuf,
        rule: String,
        message: String,
    },
}

/// One rule as written in TOML.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSpec {
    /// Stable identifier, kebab-case; reports, baselines and allow entries refer to it.
    pub id: String,
    pub description: String,
    /// The service the credential belongs to ("GitHub", "AWS"); used for coverage counts.
    #[serde(default)]
    pub provider: Option<String>,
    #[serde(default = "default_severity")]
    pub severity: Severity,
    /// The pattern. The named group `secret`, else the first group, else the whole match
    /// is the secret.
    pub regex: String,
    /// Literal strings (matched ASCII case-insensitively) of which at least one must occur
    /// near a match; the prefilter only runs a rule's regex where one of them occurs.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// Minimum Shannon entropy (bits per byte) of the secret.
    #[serde(default)]
    pub entropy: Option<f64>,
    /// A named validator for tokens that carry their own checksum.
    #[serde(default)]
    pub checksum: Option<String>,
    /// Regexes the secret must each match (e.g. "contains a digit"); the regex engine has
    /// no look-around, so such conditions are stated here.
    #[serde(default)]
    pub require: Vec<String>,
    /// When non-empty, the rule only applies to files whose path matches one of these globs
    /// (credential-bearing configuration files such as `.netrc`).
    #[serde(default)]
    pub paths: Vec<String>,
    /// A regex the file's path must match (gitleaks' `path`; globs in `paths` read better).
    #[serde(default)]
    pub path_regex: Option<String>,
    /// The capture group that holds the secret, when it is not named `secret`
    /// (gitleaks' `secretGroup`).
    #[serde(default)]
    pub secret_group: Option<usize>,
    #[serde(default)]
    pub allow: AllowSpec,
    /// Texts the rule must find; `cargo test` and `tollgate rules test` run them.
    #[serde(default)]
    pub examples: Vec<String>,
    /// Texts the rule must not find.
    #[serde(default)]
    pub negative_examples: Vec<String>,
    /// File name the examples are scanned under, for rules restricted by `paths`.
    #[serde(default)]
    pub example_path: Option<String>,
    /// How sure a match is (`low`, `medium`, `high`); derived from the rule when absent
    /// (see `secrets::confidence`).
    #[serde(default)]
    pub confidence: Option<Confidence>,
    /// Why the engine's placeholder and identifier checks of the value (`xxxx`,
    /// `your_api_key`, `abcdef…`, numbers, bare UUIDs) must not apply to this rule; a rule
    /// opts out only with a reason, which `rules list` shows.
    #[serde(default)]
    pub placeholder_exempt: Option<String>,
    /// Identifier shapes (`uuid`, `number`) that are secrets for this rule. The engine
    /// drops a value of such a shape unless the rule's pattern insists on it (spells out a
    /// UUID's groups, admits only digits) or the rule lists the shape here: npm's legacy
    /// tokens are UUIDs behind a loose `_authToken=` pattern.
    #[serde(default)]
    pub secret_shapes: Vec<String>,
}

/// The values `secret_shapes` takes.
pub const SECRET_SHAPES: &[&str] = &["uuid", "number"];

/// What vetoes a match of one rule.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AllowSpec {
    /// A secret matching any of these regexes is not reported.
    #[serde(default)]
    pub regexes: Vec<String>,
    /// A secret containing any of these words (ASCII case-insensitive) is not reported.
    #[serde(default)]
    pub stopwords: Vec<String>,
    /// Files matching these globs are never reported by this rule.
    #[serde(default)]
    pub paths: Vec<String>,
    /// Files whose path matches one of these regexes are never reported by this rule.
    #[serde(default)]
    pub path_regexes: Vec<String>,
    /// The whole matched text (not only the secret) matching any of these regexes vetoes
    /// the match; used for context such as `os.environ[...]` around an assignment.
    #[serde(default)]
    pub match_regexes: Vec<String>,
}

fn default_severity() -> Severity {
    Severity::High
}

/// A checked rule together with where it came from.
#[derive(Clone, Debug)]
pub struct Rule {
    pub spec: RuleSpec,
    pub checksum: Option<Checksum>,
    /// The file that defined the rule (`patterns/github.toml`, or a user's path).
    pub source: String,
    /// Compiled in from `patterns/` (built-in rules must carry examples of both kinds).
    pub builtin: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    #[serde(default)]
    rules: Vec<RuleSpec>,
}

/// Parses a tollgate rule file. `source` is the name used in messages and `rules list`.
pub(crate) fn parse_rule_file(
    source: &str,
    text: &str,
    validate: bool,
) -> Result<Vec<Rule>, RuleError> {
    let file = PathBuf::from(source);
    let parsed: RuleFile = toml::from_str(text).map_err(|e| RuleError::Parse {
        file: file.clone(),
        message: e.to_string(),
    })?;
    parsed
        .rules
        .into_iter()
        .map(|spec| check_rule(&file, spec, validate))
        .collect()
}

/// Turns a spec into a rule, checking what would otherwise fail at scan time.
/// Built-in rules skip the regex check at start-up (their tests run it), user rules do not.
pub fn check_rule(file: &Path, spec: RuleSpec, validate: bool) -> Result<Rule, RuleError> {
    let invalid = |message: String| RuleError::Invalid {
        file: file.to_path_buf(),
        rule: spec.id.clone(),
        message,
    };
    if spec.id.trim().is_empty() {
        return Err(RuleError::Parse {
            file: file.to_path_buf(),
            message: "a rule has an empty `id`".into(),
        });
    }
    let checksum = match &spec.checksum {
        None => None,
        Some(name) => Some(Checksum::from_name(name).ok_or_else(|| {
            invalid(format!(
                "unknown checksum `{name}` (known: {})",
                Checksum::NAMES.join(", ")
            ))
        })?),
    };
    if let Some(e) = spec.entropy
        && !(0.0..=8.0).contains(&e)
    {
        return Err(invalid(format!(
            "entropy {e} is outside 0..=8 bits per byte"
        )));
    }
    if spec.keywords.iter().any(|k| k.is_empty()) {
        return Err(invalid("a keyword is empty".into()));
    }
    if let Some(shape) = spec
        .secret_shapes
        .iter()
        .find(|s| !SECRET_SHAPES.contains(&s.as_str()))
    {
        return Err(invalid(format!(
            "unknown `secret_shapes` entry `{shape}` (known: {})",
            SECRET_SHAPES.join(", ")
        )));
    }
    if spec
        .placeholder_exempt
        .as_ref()
        .is_some_and(|reason| reason.trim().is_empty())
    {
        return Err(invalid(
            "`placeholder_exempt` needs a reason (why the rule's secrets may look like placeholders)"
                .into(),
        ));
    }
    if validate {
        check_regex(&spec.regex).map_err(|e| invalid(format!("bad `regex`: {e}")))?;
        for (what, list) in [
            ("require", &spec.require),
            ("allow.regexes", &spec.allow.regexes),
            ("allow.match_regexes", &spec.allow.match_regexes),
            ("allow.path_regexes", &spec.allow.path_regexes),
        ] {
            for re in list {
                check_regex(re).map_err(|e| invalid(format!("bad `{what}` entry `{re}`: {e}")))?;
            }
        }
        if let Some(re) = &spec.path_regex {
            check_regex(re).map_err(|e| invalid(format!("bad `path_regex`: {e}")))?;
        }
        for glob in spec.paths.iter().chain(&spec.allow.paths) {
            globset::Glob::new(glob).map_err(|e| invalid(format!("bad path glob: {e}")))?;
        }
    }
    Ok(Rule {
        spec,
        checksum,
        source: file.display().to_string(),
        builtin: false,
    })
}

/// Regex syntax every rule is written in and compiled with: bytes, not UTF-8, and ASCII
/// classes unless a rule opts into Unicode with `(?u)`. It belongs to the rule format, so
/// loading checks a rule with the settings the engine later compiles it with.
pub(crate) fn syntax_config() -> regex_automata::util::syntax::Config {
    regex_automata::util::syntax::Config::new()
        .utf8(false)
        .unicode(false)
}

/// Parses a pattern with the syntax settings the engine compiles it with.
pub(crate) fn check_regex(pattern: &str) -> Result<(), String> {
    regex_automata::util::syntax::parse_with(pattern, &syntax_config())
        .map(|_| ())
        .map_err(|e| e.to_string())
}

/// Whether a TOML document is a gitleaks configuration rather than a tollgate rule file.
/// gitleaks spells its fields in camelCase (`secretGroup`) and nests `[rules.allowlist]`,
/// which tollgate's schema does not have.
pub(crate) fn looks_like_gitleaks(text: &str) -> bool {
    let Ok(value) = text.parse::<toml::Table>() else {
        return false;
    };
    let gitleaks_top = ["title", "allowlist", "allowlists", "extend"];
    if gitleaks_top.iter().any(|k| value.contains_key(*k)) {
        return true;
    }
    let Some(toml::Value::Array(rules)) = value.get("rules") else {
        return false;
    };
    rules.iter().any(|rule| {
        rule.as_table().is_some_and(|t| {
            ["secretGroup", "allowlist", "allowlists", "tags"]
                .iter()
                .any(|k| t.contains_key(*k))
        })
    })
}
