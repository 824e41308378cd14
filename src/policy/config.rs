//! `tollgate.toml`: custom rules and the settings that decide what blocks.
//!
//! Unknown keys are errors (naming the key, with line and column), because a misspelt
//! policy key that is silently ignored is a gate that does not do what its owner thinks.
//! A gitleaks configuration passed with `--config` is accepted as a rule file.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::finding::Severity;
use crate::policy::deps_policy::{DepsConfig, DepsPolicy};
use crate::registry::RegistriesConfig;
use crate::secrets::{self, Confidence, Rule, RuleError, RuleSpec};

/// The configuration file looked for at the repository or scan root.
pub(crate) const CONFIG_FILE: &str = "tollgate.toml";

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{file}: cannot read: {source}")]
    Read {
        file: PathBuf,
        source: std::io::Error,
    },
    #[error("{file}: {message}")]
    Invalid { file: PathBuf, message: String },
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

    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            file: path.to_path_buf(),
            source,
        })?;
        let name = path.display().to_string();
        if secrets::rule::looks_like_gitleaks(&text) {
            return Ok(Config {
                file: Some(path.to_path_buf()),
                rules: secrets::gitleaks::parse(&name, &text)?,
                ..Config::default()
            });
        }
        let parsed: ConfigFile = toml::from_str(&text).map_err(|e| ConfigError::Invalid {
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
        Ok(Config {
            file: Some(path.to_path_buf()),
            rules,
            secrets: parsed.secrets,
            feed: parsed.feed,
            deps,
            registries: parsed.registries,
        })
    }

    /// The rule set a scan uses: built-in rules minus disabled ones, plus custom rules.
    pub(crate) fn rule_set(&self) -> Result<Vec<Rule>, ConfigError> {
        let mut rules = secrets::builtin_rules()?;
        rules.retain(|r| !self.secrets.disable.contains(&r.spec.id));
        secrets::merge_rules(&mut rules, self.rules.clone());
        Ok(rules)
    }
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
