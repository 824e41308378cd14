//! Reads a gitleaks configuration file as tollgate rules, so a team migrating from
//! gitleaks keeps its custom rules unchanged.
//!
//! gitleaks writes Go RE2 regexes, which regex-automata accepts almost entirely (both are
//! linear-time engines without look-around or back-references); `path` and allow-list
//! `paths` are regexes there, globs here, so they map to `path_regex` / `allow.path_regexes`.
//! tollgate's built-in rules play the role of gitleaks' defaults: as in gitleaks, a
//! configuration runs them only with `[extend] useDefault = true`, minus its
//! `disabledRules`. Global allow-lists apply to every rule, or to their `targetRules`.
//!
//! gitleaks names some rules differently from tollgate (`aws-access-token` is tollgate's
//! `aws-access-key-id`); [`RULE_IDS`] maps them wherever a gitleaks file names a rule:
//! `.gitleaksignore`, a gitleaks report used as a baseline, `disabledRules` and
//! `targetRules`.

use std::path::Path;

use serde::Deserialize;

use crate::secrets::rule::{AllowSpec, Rule, RuleError, RuleSpec, check_rule};
use crate::severity::Severity;

#[derive(Deserialize)]
struct Config {
    #[serde(default)]
    rules: Vec<GitleaksRule>,
    #[serde(default)]
    extend: Extend,
    #[serde(default)]
    allowlist: Option<GitleaksAllow>,
    #[serde(default)]
    allowlists: Vec<GitleaksAllow>,
}

/// `[extend]`: which default rules run besides the file's own.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct Extend {
    #[serde(default)]
    use_default: bool,
    #[serde(default)]
    disabled_rules: Vec<String>,
    /// Another configuration to extend, which tollgate does not follow (an error says so).
    #[serde(default)]
    path: Option<String>,
    #[serde(default)]
    url: Option<String>,
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
    /// Global allow-lists only: the rules it applies to (default: every rule).
    #[serde(default)]
    target_rules: Vec<String>,
}

/// A gitleaks configuration as tollgate uses it.
#[derive(Clone, Debug, Default)]
pub struct GitleaksConfig {
    /// The file's own rules.
    pub rules: Vec<Rule>,
    /// `[extend] useDefault`: the built-in rules run too.
    pub use_default: bool,
    /// `[extend] disabledRules`, with the tollgate ids they stand for.
    pub disabled: Vec<String>,
    /// Global allow-lists: the rules they target (with the tollgate ids those stand for;
    /// empty for every rule) and what they allow.
    pub allowlists: Vec<(Vec<String>, AllowSpec)>,
}

impl GitleaksConfig {
    /// The rule set: the built-in rules when `useDefault` asks for them, minus the
    /// disabled ones, plus the file's rules, each with the global allow-lists that
    /// target it.
    pub(crate) fn rule_set(&self, builtin: Vec<Rule>) -> Vec<Rule> {
        let mut rules = if self.use_default {
            builtin
        } else {
            Vec::new()
        };
        rules.retain(|r| !self.disabled.contains(&r.spec.id));
        crate::secrets::merge_rules(&mut rules, self.rules.clone());
        for (targets, allow) in &self.allowlists {
            for rule in &mut rules {
                if targets.is_empty() || targets.contains(&rule.spec.id) {
                    let mine = &mut rule.spec.allow;
                    mine.regexes.extend(allow.regexes.iter().cloned());
                    mine.match_regexes
                        .extend(allow.match_regexes.iter().cloned());
                    mine.path_regexes.extend(allow.path_regexes.iter().cloned());
                    mine.stopwords.extend(allow.stopwords.iter().cloned());
                }
            }
        }
        rules
    }
}

/// Parses a gitleaks TOML configuration; `source` names the file in errors.
pub fn parse(source: &str, text: &str) -> Result<GitleaksConfig, RuleError> {
    let config: Config = toml::from_str(text).map_err(|e| RuleError::Parse {
        file: source.into(),
        message: format!("gitleaks configuration: {e}"),
    })?;
    if let Some(other) = config.extend.path.as_ref().or(config.extend.url.as_ref()) {
        // Following it would read a file (or a URL) this run was not given; say so
        // rather than run without its rules.
        return Err(RuleError::Parse {
            file: source.into(),
            message: format!(
                "gitleaks configuration: `[extend]` names another configuration ({other}), \
                 which tollgate does not follow; copy its rules into this file"
            ),
        });
    }
    let rules = config
        .rules
        .into_iter()
        .map(|rule| check_rule(Path::new(source), convert(rule, source)?, true))
        .collect::<Result<Vec<_>, _>>()?;
    let allowlists = config
        .allowlist
        .into_iter()
        .chain(config.allowlists)
        .map(|list| {
            let targets = tollgate_ids(&list.target_rules);
            Ok((targets, allow_spec(list, "global allowlist", source)?))
        })
        .collect::<Result<Vec<_>, RuleError>>()?;
    Ok(GitleaksConfig {
        rules,
        use_default: config.extend.use_default,
        disabled: tollgate_ids(&config.extend.disabled_rules),
        allowlists,
    })
}

/// The ids that gitleaks rule ids stand for: each id itself (a rule both share, or a
/// custom rule) and its tollgate counterparts.
fn tollgate_ids(gitleaks_ids: &[String]) -> Vec<String> {
    let mut ids = Vec::new();
    for id in gitleaks_ids {
        ids.push(id.clone());
        ids.extend(counterparts(id).iter().map(|s| s.to_string()));
    }
    ids
}

/// Whether a rule id written in a gitleaks file (`.gitleaksignore`, a report) names the
/// tollgate rule `ours`: the same id, or one of its counterparts.
pub(crate) fn names_rule(gitleaks_id: &str, ours: &str) -> bool {
    gitleaks_id == ours || counterparts(gitleaks_id).contains(&ours)
}

/// tollgate's rules for a gitleaks rule id that tollgate spells differently.
fn counterparts(gitleaks_id: &str) -> &'static [&'static str] {
    RULE_IDS
        .binary_search_by_key(&gitleaks_id, |(id, _)| id)
        .map_or(&[], |i| RULE_IDS[i].1)
}

/// gitleaks' default rule ids (gitleaks 8.30, `config/gitleaks.toml` at b58d3f1) with the tollgate rules that
/// find the same credential, where the ids differ; ids both share (`github-pat`, `jwt`,
/// `slack-bot-token`, ...) are not listed. One gitleaks rule may stand for several
/// tollgate rules (its one pattern covers live and test keys, or every PEM private key).
/// gitleaks rules without a counterpart (client ids and other identifiers tollgate does
/// not report) are absent. Sorted by gitleaks id; the tests check the order and that
/// every target is a built-in rule.
const RULE_IDS: &[(&str, &[&str])] = &[
    ("1password-secret-key", &["onepassword-secret-key"]),
    (
        "1password-service-account-token",
        &["onepassword-service-account-token"],
    ),
    ("adafruit-api-key", &["adafruit-io-key"]),
    ("airtable-api-key", &["airtable-legacy-api-key"]),
    ("airtable-personnal-access-token", &["airtable-pat"]),
    ("algolia-api-key", &["algolia-admin-key"]),
    ("alibaba-secret-key", &["alibaba-access-key-secret"]),
    ("anthropic-admin-api-key", &["anthropic-admin-key"]),
    ("artifactory-api-key", &["jfrog-api-key"]),
    ("artifactory-reference-token", &["jfrog-reference-token"]),
    (
        "authress-service-client-access-key",
        &["authress-service-client-key"],
    ),
    ("aws-access-token", &["aws-access-key-id"]),
    (
        "aws-amazon-bedrock-api-key-long-lived",
        &["aws-bedrock-api-key"],
    ),
    (
        "aws-amazon-bedrock-api-key-short-lived",
        &["aws-bedrock-short-term-api-key"],
    ),
    ("azure-ad-client-secret", &["entra-id-client-secret"]),
    ("beamer-api-token", &["beamer-api-key"]),
    (
        "bitbucket-client-secret",
        &["bitbucket-oauth-client-secret"],
    ),
    ("bittrex-secret-key", &["bittrex-api-secret"]),
    ("clojars-api-token", &["clojars-deploy-token"]),
    ("cloudflare-api-key", &["cloudflare-api-token"]),
    ("codecov-access-token", &["codecov-token"]),
    ("cohere-api-token", &["cohere-api-key"]),
    ("coinbase-access-token", &["coinbase-api-secret"]),
    ("confluent-secret-key", &["confluent-api-secret"]),
    (
        "contentful-delivery-api-token",
        &["contentful-delivery-token"],
    ),
    ("curl-auth-header", &["generic-curl-key-header"]),
    ("curl-auth-user", &["generic-curl-user-credentials"]),
    ("databricks-api-token", &["databricks-token"]),
    (
        "datadog-access-token",
        &["datadog-api-key", "datadog-application-key"],
    ),
    (
        "defined-networking-api-token",
        &["defined-networking-api-key"],
    ),
    ("digitalocean-access-token", &["digitalocean-oauth-token"]),
    ("discord-api-token", &["discord-bot-token"]),
    (
        "doppler-api-token",
        &["doppler-token", "doppler-service-token"],
    ),
    ("droneci-access-token", &["drone-ci-token"]),
    ("dropbox-api-token", &["dropbox-access-token"]),
    (
        "dropbox-long-lived-api-token",
        &["dropbox-long-lived-token"],
    ),
    ("dropbox-short-lived-api-token", &["dropbox-access-token"]),
    (
        "duffel-api-token",
        &["duffel-live-token", "duffel-test-token"],
    ),
    ("dynatrace-api-token", &["dynatrace-token"]),
    ("easypost-api-token", &["easypost-production-key"]),
    ("easypost-test-api-token", &["easypost-test-key"]),
    ("etsy-access-token", &["etsy-api-key"]),
    ("facebook-access-token", &["facebook-app-access-token"]),
    ("facebook-secret", &["facebook-app-secret"]),
    ("finicity-api-token", &["finicity-app-key"]),
    ("finnhub-access-token", &["finnhub-api-key"]),
    ("flickr-access-token", &["flickr-api-key"]),
    (
        "flyio-access-token",
        &["flyio-token", "flyio-personal-token"],
    ),
    ("frameio-api-token", &["frameio-token"]),
    (
        "generic-api-key",
        &[
            "generic-secret",
            "generic-secret-config",
            "generic-password",
            "generic-password-config",
            "generic-authorization-bearer",
            "generic-authorization-token",
        ],
    ),
    (
        "github-app-token",
        &["github-app-installation-token", "github-app-user-token"],
    ),
    ("github-oauth", &["github-oauth-token"]),
    ("gitlab-cicd-job-token", &["gitlab-ci-build-token"]),
    ("gitlab-kubernetes-agent-token", &["gitlab-agent-token"]),
    ("gitlab-pat-routable", &["gitlab-pat"]),
    ("gitlab-ptt", &["gitlab-pipeline-trigger-token"]),
    ("gitlab-rrt", &["gitlab-runner-registration-token"]),
    (
        "gitlab-runner-authentication-token",
        &["gitlab-runner-token"],
    ),
    (
        "gitlab-runner-authentication-token-routable",
        &["gitlab-runner-token"],
    ),
    (
        "gocardless-api-token",
        &["gocardless-access-token", "gocardless-sandbox-access-token"],
    ),
    ("grafana-cloud-api-token", &["grafana-cloud-token"]),
    ("harness-api-key", &["harness-pat"]),
    ("hashicorp-tf-api-token", &["terraform-cloud-token"]),
    ("heroku-api-key-v2", &["heroku-platform-token"]),
    (
        "huggingface-organization-api-token",
        &["huggingface-organization-token"],
    ),
    ("infracost-api-token", &["infracost-api-key"]),
    ("intercom-api-key", &["intercom-access-token"]),
    ("jfrog-identity-token", &["jfrog-access-token"]),
    ("jwt-base64", &["jwt"]),
    ("kraken-access-token", &["kraken-api-secret"]),
    (
        "kubernetes-secret-yaml",
        &[
            "kubernetes-secret-data",
            "kubernetes-secret-data-json",
            "kubernetes-secret-data-listed",
            "kubernetes-secret-stringdata",
        ],
    ),
    ("kucoin-secret-key", &["kucoin-api-secret"]),
    (
        "launchdarkly-access-token",
        &["launchdarkly-api-token", "launchdarkly-sdk-key"],
    ),
    ("lob-api-key", &["lob-live-api-key", "lob-test-api-key"]),
    ("mailgun-private-api-token", &["mailgun-api-key"]),
    ("mailgun-pub-key", &["mailgun-public-validation-key"]),
    (
        "mapbox-api-token",
        &[
            "mapbox-public-token",
            "mapbox-secret-token",
            "mapbox-temporary-token",
        ],
    ),
    ("messagebird-api-token", &["messagebird-access-key"]),
    ("microsoft-teams-webhook", &["microsoft-teams-webhook-url"]),
    ("new-relic-browser-api-token", &["newrelic-browser-key"]),
    ("new-relic-insert-key", &["newrelic-insert-key"]),
    ("new-relic-user-api-key", &["newrelic-user-api-key"]),
    ("notion-api-token", &["notion-integration-token"]),
    ("nytimes-access-token", &["nytimes-api-key"]),
    (
        "okta-access-token",
        &["okta-api-token", "okta-ssws-api-token"],
    ),
    (
        "plaid-api-token",
        &["plaid-access-token", "plaid-sandbox-access-token"],
    ),
    ("plaid-secret-key", &["plaid-secret"]),
    ("planetscale-api-token", &["planetscale-token"]),
    ("planetscale-oauth-token", &["planetscale-token"]),
    ("planetscale-password", &["planetscale-token"]),
    ("postman-api-token", &["postman-api-key"]),
    ("prefect-api-token", &["prefect-api-key"]),
    (
        "private-key",
        &[
            "private-key-rsa",
            "private-key-dsa",
            "private-key-ec",
            "private-key-openssh",
            "private-key-pkcs8",
            "private-key-pkcs8-encrypted",
            "private-key-pem-other",
            "private-key-ssh2",
            "pgp-private-key-block",
            "putty-private-key",
        ],
    ),
    ("privateai-api-token", &["private-ai-api-key"]),
    ("pulumi-api-token", &["pulumi-access-token"]),
    ("pypi-upload-token", &["pypi-api-token"]),
    ("rapidapi-access-token", &["rapidapi-key"]),
    ("readme-api-token", &["readme-api-key"]),
    ("rubygems-api-token", &["rubygems-api-key"]),
    ("sendbird-access-token", &["sendbird-api-token"]),
    ("sendgrid-api-token", &["sendgrid-api-key"]),
    ("sendinblue-api-token", &["brevo-api-key"]),
    ("sentry-access-token", &["sentry-legacy-auth-token"]),
    ("sentry-org-token", &["sentry-org-auth-token"]),
    ("sentry-user-token", &["sentry-user-auth-token"]),
    (
        "shippo-api-token",
        &["shippo-live-token", "shippo-test-token"],
    ),
    ("shopify-custom-access-token", &["shopify-custom-app-token"]),
    (
        "shopify-private-app-access-token",
        &["shopify-private-app-password"],
    ),
    ("sidekiq-secret", &["sidekiq-enterprise-credentials"]),
    ("sidekiq-sensitive-url", &["sidekiq-enterprise-credentials"]),
    ("slack-config-access-token", &["slack-config-token"]),
    ("slack-config-refresh-token", &["slack-config-token"]),
    ("slack-legacy-workspace-token", &["slack-legacy-token"]),
    ("sonar-api-token", &["sonarqube-token", "sonarcloud-token"]),
    ("squarespace-access-token", &["squarespace-api-key"]),
    (
        "stripe-access-token",
        &[
            "stripe-secret-key",
            "stripe-restricted-key",
            "stripe-test-secret-key",
            "stripe-test-restricted-key",
        ],
    ),
    ("sumologic-access-token", &["sumologic-access-key"]),
    ("telegram-bot-api-token", &["telegram-bot-token"]),
    ("travisci-access-token", &["travis-ci-token"]),
    (
        "twilio-api-key",
        &["twilio-api-key-sid", "twilio-api-key-pair"],
    ),
    ("twitter-access-token", &["x-access-token"]),
    ("twitter-api-secret", &["x-consumer-secret"]),
    ("twitter-bearer-token", &["x-bearer-token"]),
    ("typeform-api-token", &["typeform-token"]),
    ("yandex-access-token", &["yandex-passport-oauth-token"]),
    ("yandex-api-key", &["yandex-cloud-api-key"]),
    ("zendesk-secret-key", &["zendesk-api-token"]),
];

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
        let one = allow_spec(list, &rule.id, source)?;
        allow.regexes.extend(one.regexes);
        allow.match_regexes.extend(one.match_regexes);
        allow.path_regexes.extend(one.path_regexes);
        allow.stopwords.extend(one.stopwords);
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

/// One gitleaks allow-list as tollgate's; `owner` (a rule id, or `global allowlist`)
/// names it in errors.
fn allow_spec(list: GitleaksAllow, owner: &str, source: &str) -> Result<AllowSpec, RuleError> {
    let mut allow = AllowSpec::default();
    match list.regex_target.as_deref() {
        None | Some("secret") => allow.regexes = list.regexes,
        Some("match") | Some("line") => allow.match_regexes = list.regexes,
        Some(other) => {
            return Err(RuleError::Invalid {
                file: source.into(),
                rule: owner.to_string(),
                message: format!("unknown allowlist regexTarget `{other}`"),
            });
        }
    }
    allow.path_regexes = list.paths;
    allow.stopwords = list.stopwords;
    Ok(allow)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ACME: &str =
        "[[rules]]\nid = \"acme\"\nregex = 'acme_[a-z0-9]{16}'\nkeywords = [\"acme_\"]\n";

    #[test]
    fn rule_id_table_is_sorted_and_names_only_builtin_rules() {
        assert!(RULE_IDS.windows(2).all(|w| w[0].0 < w[1].0));
        let builtin: Vec<String> = crate::secrets::builtin_rules()
            .unwrap()
            .into_iter()
            .map(|r| r.spec.id)
            .collect();
        for (gitleaks, ours) in RULE_IDS {
            assert!(
                !builtin.iter().any(|id| id == gitleaks),
                "{gitleaks} is a tollgate id too: it needs no entry"
            );
            for id in *ours {
                assert!(
                    builtin.iter().any(|b| b == id),
                    "{gitleaks} -> {id}: no such rule"
                );
            }
        }
    }

    #[test]
    fn gitleaks_ids_name_their_counterparts_and_themselves() {
        assert!(names_rule("aws-access-token", "aws-access-key-id"));
        assert!(names_rule("private-key", "private-key-openssh"));
        assert!(names_rule("github-pat", "github-pat"));
        assert!(!names_rule("aws-access-token", "github-pat"));
    }

    #[test]
    fn without_use_default_only_the_files_rules_run() {
        let builtin = crate::secrets::builtin_rules().unwrap();
        let alone = parse("g.toml", ACME).unwrap().rule_set(builtin.clone());
        assert_eq!(alone.len(), 1);
        let extended =
            format!("[extend]\nuseDefault = true\ndisabledRules = [\"aws-access-token\"]\n{ACME}");
        let rules = parse("g.toml", &extended)
            .unwrap()
            .rule_set(builtin.clone());
        assert_eq!(rules.len(), builtin.len());
        assert!(!rules.iter().any(|r| r.spec.id == "aws-access-key-id"));
        assert!(rules.iter().any(|r| r.spec.id == "acme"));
    }

    #[test]
    fn a_global_allowlist_reaches_its_target_rules_only() {
        let text = "[extend]\nuseDefault = true\n[[allowlists]]\ntargetRules = [\"aws-access-token\"]\npaths = [\"fixtures/\"]\n";
        let rules = parse("g.toml", text)
            .unwrap()
            .rule_set(crate::secrets::builtin_rules().unwrap());
        let allowed = |id: &str| {
            rules
                .iter()
                .find(|r| r.spec.id == id)
                .unwrap()
                .spec
                .allow
                .path_regexes
                .contains(&"fixtures/".to_string())
        };
        assert!(allowed("aws-access-key-id"));
        assert!(!allowed("github-pat"));
    }

    #[test]
    fn an_extend_path_is_an_error_not_a_silent_skip() {
        let error = parse("g.toml", "[extend]\npath = \"base.toml\"\n").unwrap_err();
        assert!(error.to_string().contains("base.toml"), "{error}");
    }
}
