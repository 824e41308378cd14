//! `tollgate.toml`: custom rules and the settings that decide what blocks.
//!
//! Unknown keys are errors (naming the key, with line and column), because a misspelt
//! policy key that is silently ignored is a gate that does not do what its owner thinks.
//! A gitleaks configuration is accepted as a rule file, but only when it holds nothing of
//! tollgate's own (a file that mixes both is an error naming the keys of each), and never
//! silently: standard error says once that the file is read as gitleaks'. Otherwise one
//! `title` line would make tollgate ignore `[secrets]`, `[deps]` and every unknown key.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::finding::Severity;
use crate::policy::deps_policy::{DepsConfig, DepsPolicy};
use crate::policy::pipeline_policy::{PipelineConfig, PipelinePolicy};
use crate::registry::RegistriesConfig;
use crate::secrets::{self, Confidence, Rule, RuleError, RuleSpec};

pub(crate) use crate::policy::files::CONFIG_FILE;

/// `[secrets] fail-on` when neither the file nor `--fail-on` sets it: every secret fails.
pub(crate) const DEFAULT_FAIL_ON: Severity = Severity::Low;
/// `[secrets] min-confidence` when unset: confidence alone never turns a secret into a
/// warning.
pub(crate) const DEFAULT_MIN_CONFIDENCE: Confidence = Confidence::Low;

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{file}: cannot read: {source}")]
    Read {
        file: PathBuf,
        source: std::io::Error,
    },
    #[error("{file}: {message}")]
    Invalid { file: PathBuf, message: String },
    #[error(
        "{file} mixes a gitleaks configuration ({gitleaks}) with tollgate's settings \
         ({tollgate}); a file is one or the other: convert the gitleaks rules to tollgate's \
         [[rules]] schema, or drop the gitleaks keys"
    )]
    Mixed {
        file: PathBuf,
        gitleaks: String,
        tollgate: String,
    },
    #[error(transparent)]
    Rule(#[from] RuleError),
}

/// The parsed configuration.
#[derive(Debug, Default)]
pub struct Config {
    /// Where it was read from, if anywhere.
    pub file: Option<PathBuf>,
    pub rules: Vec<Rule>,
    pub secrets: SecretsConfig,
    pub feed: FeedConfig,
    /// `[deps]`: what each dependency check does to the run.
    pub deps: DepsPolicy,
    /// `[registries]`: registry URLs overriding the package managers' configuration.
    pub registries: RegistriesConfig,
    /// `[pipeline]`: what each pipeline check does to the run.
    pub pipeline: PipelinePolicy,
    /// Set when the file is a gitleaks configuration: which rules run is its `[extend]`'s
    /// decision, as in gitleaks.
    pub gitleaks: Option<secrets::gitleaks::GitleaksConfig>,
    /// `[artifacts]`: how archives are opened.
    pub artifacts: ArtifactsConfig,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    #[serde(default)]
    rules: Vec<RuleSpec>,
    #[serde(default)]
    secrets: SecretsConfig,
    #[serde(default)]
    feed: FeedConfig,
    #[serde(default)]
    deps: DepsConfig,
    #[serde(default)]
    registries: RegistriesConfig,
    #[serde(default)]
    pipeline: PipelineConfig,
    #[serde(default)]
    artifacts: ArtifactsConfig,
}

/// `[feed]`: where advisories come from and how old they may be.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct FeedConfig {
    /// The advisory store file (default: the user cache directory).
    pub store: Option<PathBuf>,
    /// Base URL of the OSV exports for `feed sync`.
    pub url: Option<String>,
    /// A store older than this many days gives a warning (default 7).
    pub max_age_days: Option<u32>,
}

/// `[secrets]`: how secret findings are gated.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct SecretsConfig {
    /// Findings below this severity are reported but do not fail the run.
    pub fail_on: Option<Severity>,
    /// Findings below this confidence are reported as warnings (default `low`: every
    /// finding at or above `fail-on` blocks).
    pub min_confidence: Option<Confidence>,
    /// Built-in rule ids to switch off.
    #[serde(default)]
    pub disable: Vec<String>,
    /// Path globs never scanned for secrets (test fixtures, vendored code).
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Files larger than this many bytes are skipped (and listed in `stats.skipped`).
    pub max_file_size: Option<u64>,
}

/// `[artifacts]`: archives inside `dir` (command-line options override these).
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ArtifactsConfig {
    /// Open archives at all (default true; `--no-archives`).
    pub archives: Option<bool>,
    /// Archive levels opened (default 3; `--archive-depth`).
    pub depth: Option<u32>,
    /// Expanded bytes per archive on disk (default 1 GiB; `--max-archive-bytes`).
    pub max_bytes: Option<u64>,
    /// Expanded bytes per byte of the archive on disk (default 1000).
    pub max_ratio: Option<u64>,
    /// Entries per archive on disk, nested ones included (default 100,000).
    pub max_entries: Option<u64>,
    /// The archive formats opened (default: all of them).
    pub(crate) formats: Option<Vec<crate::artifacts::archive::Kind>>,
}

impl Config {
    /// Loads `explicit` if given (it must exist), else `root/tollgate.toml` if present.
    pub(crate) fn discover(root: &Path, explicit: Option<&Path>) -> Result<Config, ConfigError> {
        match explicit {
            Some(path) => Config::load(path),
            None => {
                let path = root.join(CONFIG_FILE);
                if path.is_file() {
                    Config::load(&path)
                } else {
                    Ok(Config::default())
                }
            }
        }
    }

    /// The configuration among the policy files (the defaults when there is none).
    pub(crate) fn from_files(
        files: &crate::policy::files::PolicyFiles,
    ) -> Result<Config, ConfigError> {
        match files.get(crate::policy::files::Role::Config) {
            Some(file) => {
                let text = file.text().map_err(|message| ConfigError::Invalid {
                    file: file.name.clone(),
                    message,
                })?;
                Config::parse(&file.name, text)
            }
            None => Ok(Config::default()),
        }
    }

    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            file: path.to_path_buf(),
            source,
        })?;
        Config::parse(path, &text)
    }

    /// Parses a configuration's text; `path` names it in errors (a file on disk, or a
    /// repository path read from a commit).
    pub(crate) fn parse(path: &Path, text: &str) -> Result<Config, ConfigError> {
        let invalid = |message: String| ConfigError::Invalid {
            file: path.to_path_buf(),
            message,
        };
        let table: toml::Table = toml::from_str(text)
            .map_err(|e: toml::de::Error| invalid(e.to_string().trim_end().to_string()))?;
        if let Some(keys) = gitleaks_format(path, &table)? {
            let name = path.display().to_string();
            let gitleaks = secrets::gitleaks::parse(&name, text)?;
            announce_gitleaks(path, &keys, gitleaks.use_default);
            return Ok(Config {
                file: Some(path.to_path_buf()),
                gitleaks: Some(gitleaks),
                ..Config::default()
            });
        }
        let parsed: ConfigFile = toml::from_str(text).map_err(|e| ConfigError::Invalid {
            file: path.to_path_buf(),
            message: e.to_string().trim_end().to_string(),
        })?;
        let rules = parsed
            .rules
            .into_iter()
            .map(|spec| secrets::rule::check_rule(path, spec, true))
            .collect::<Result<Vec<_>, _>>()?;
        let deps = DepsPolicy::from_config(&parsed.deps).map_err(|e| ConfigError::Invalid {
            file: path.to_path_buf(),
            message: e.to_string(),
        })?;
        let pipeline =
            PipelinePolicy::from_config(&parsed.pipeline).map_err(|e| ConfigError::Invalid {
                file: path.to_path_buf(),
                message: e.to_string(),
            })?;
        Ok(Config {
            file: Some(path.to_path_buf()),
            rules,
            secrets: parsed.secrets,
            feed: parsed.feed,
            deps,
            registries: parsed.registries,
            pipeline,
            gitleaks: None,
            artifacts: parsed.artifacts,
        })
    }

    /// The rule set a scan uses: built-in rules minus disabled ones, plus custom rules.
    pub(crate) fn rule_set(&self) -> Result<Vec<Rule>, ConfigError> {
        if let Some(gitleaks) = &self.gitleaks {
            return Ok(gitleaks.rule_set(secrets::builtin_rules()?));
        }
        let mut rules = secrets::builtin_rules()?;
        rules.retain(|r| !self.secrets.disable.contains(&r.spec.id));
        secrets::merge_rules(&mut rules, self.rules.clone());
        Ok(rules)
    }
}

/// Top-level keys only gitleaks has.
const GITLEAKS_TOP: [&str; 4] = ["title", "allowlist", "allowlists", "extend"];
/// Keys of a gitleaks file besides `rules`, accepted (and ignored where tollgate has no
/// equivalent) so that an unchanged gitleaks file loads.
const GITLEAKS_OTHER_TOP: [&str; 2] = ["description", "minVersion"];
/// Rule keys only gitleaks has (camelCase, nested allow-lists, tags).
const GITLEAKS_RULE: [&str; 4] = ["secretGroup", "allowlist", "allowlists", "tags"];
/// Tables only tollgate has.
const TOLLGATE_TOP: [&str; 4] = ["secrets", "deps", "feed", "registries"];
/// Rule keys only tollgate's schema has.
const TOLLGATE_RULE: [&str; 10] = [
    "provider",
    "severity",
    "checksum",
    "require",
    "paths",
    "path_regex",
    "secret_group",
    "allow",
    "examples",
    "negative_examples",
];

/// The gitleaks keys of a file that is a gitleaks configuration (`None` for tollgate's
/// format). A file with keys of both formats, or a gitleaks file with a key neither
/// knows, is an error naming them.
fn gitleaks_format(path: &Path, table: &toml::Table) -> Result<Option<Vec<String>>, ConfigError> {
    let mut gitleaks: Vec<String> = GITLEAKS_TOP
        .iter()
        .filter(|k| table.contains_key(**k))
        .map(|k| format!("`{k}`"))
        .collect();
    let mut tollgate: Vec<String> = TOLLGATE_TOP
        .iter()
        .filter(|k| table.contains_key(**k))
        .map(|k| format!("`[{k}]`"))
        .collect();
    if let Some(toml::Value::Array(rules)) = table.get("rules") {
        for (i, rule) in rules.iter().enumerate() {
            let Some(rule) = rule.as_table() else {
                continue;
            };
            let id = rule
                .get("id")
                .and_then(toml::Value::as_str)
                .map_or_else(|| format!("rules[{i}]"), |id| format!("rule `{id}`"));
            for key in rule.keys() {
                if GITLEAKS_RULE.contains(&key.as_str()) {
                    gitleaks.push(format!("`{key}` in {id}"));
                } else if TOLLGATE_RULE.contains(&key.as_str()) {
                    tollgate.push(format!("`{key}` in {id}"));
                }
            }
        }
    }
    if gitleaks.is_empty() {
        return Ok(None);
    }
    if !tollgate.is_empty() {
        return Err(ConfigError::Mixed {
            file: path.to_path_buf(),
            gitleaks: gitleaks.join(", "),
            tollgate: tollgate.join(", "),
        });
    }
    let unknown: Vec<String> = table
        .keys()
        .filter(|k| {
            let k = k.as_str();
            k != "rules" && !GITLEAKS_TOP.contains(&k) && !GITLEAKS_OTHER_TOP.contains(&k)
        })
        .map(|k| format!("`{k}`"))
        .collect();
    if !unknown.is_empty() {
        return Err(ConfigError::Invalid {
            file: path.to_path_buf(),
            message: format!(
                "read as a gitleaks configuration (it has {}), which has no key {}",
                gitleaks.join(", "),
                unknown.join(", ")
            ),
        });
    }
    Ok(Some(gitleaks))
}

/// Says on standard error, once per run, that a file is read as gitleaks'.
fn announce_gitleaks(path: &Path, keys: &[String], use_default: bool) {
    static SAID: std::sync::Once = std::sync::Once::new();
    let rules = if use_default {
        "its rules are added to the built-in ones ([extend] useDefault)"
    } else {
        "only its own rules run, as in gitleaks without [extend] useDefault = true"
    };
    SAID.call_once(|| {
        eprintln!(
            "tollgate: note: {} is read as a gitleaks configuration (it has {}): {rules}; \
             tollgate's own settings ([secrets], [deps], [feed], [registries]) need a file \
             without gitleaks keys",
            path.display(),
            keys.join(", ")
        );
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(text: &str) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(CONFIG_FILE);
        std::fs::write(&path, text).unwrap();
        (dir, path)
    }

    #[test]
    fn unknown_key_names_the_key() {
        let (_dir, path) = write("[secrets]\nfail_on = \"high\"\n");
        let message = Config::load(&path).unwrap_err().to_string();
        assert!(message.contains("unknown field `fail_on`"), "{message}");
        assert!(message.contains("tollgate.toml"), "{message}");
    }

    #[test]
    fn bad_custom_regex_names_file_and_rule() {
        let (_dir, path) = write(
            "[[rules]]\nid = \"mine\"\ndescription = \"d\"\nregex = \"(unclosed\"\nkeywords = [\"x\"]\n",
        );
        let message = Config::load(&path).unwrap_err().to_string();
        assert!(
            message.contains("rule `mine`") && message.contains("bad `regex`"),
            "{message}"
        );
    }

    #[test]
    fn custom_rules_join_builtin_rules() {
        let (_dir, path) = write(
            "[secrets]\ndisable = [\"github-pat\"]\n[[rules]]\nid = \"acme-key\"\ndescription = \"Acme\"\nregex = 'acme_[a-z0-9]{16}'\nkeywords = [\"acme_\"]\n",
        );
        let config = Config::load(&path).unwrap();
        let rules = config.rule_set().unwrap();
        assert!(rules.iter().any(|r| r.spec.id == "acme-key"));
        assert!(!rules.iter().any(|r| r.spec.id == "github-pat"));
    }
}
