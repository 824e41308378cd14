//! Precision through the real binary: placeholders, lockfile digests and public keys are
//! never reported, whichever rule matches them (built-in or the user's own); every finding
//! carries a `confidence`, and `[secrets] min-confidence` decides what blocks.

mod support;

use std::path::Path;
use std::process::Output;

use support::TOKEN as GITHUB_TOKEN;
use support::cli::{json, stderr, stdout};
use support::tree;

fn tollgate(dir: &Path, args: &[&str]) -> Output {
    support::cli::tollgate(dir)
        .args(args)
        .output()
        .expect("run tollgate")
}

/// (rule, secret) of every finding of a JSON report, secrets unredacted.
fn found(dir: &Path) -> Vec<(String, String)> {
    let report = json(&tollgate(
        dir,
        &["dir", ".", "--format", "json", "--no-redact"],
    ));
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["secret"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// A user rule with no allow-list of its own: whatever it does not report, the engine
/// vetoed. `extra` is appended to the rule.
fn acme_rule(extra: &str) -> String {
    format!(
        "[[rules]]\nid = \"acme-key\"\ndescription = \"Acme key\"\nregex = '''\\b(?P<secret>acme_[A-Za-z0-9]{{20}})\\b'''\nkeywords = [\"acme_\"]\n{extra}"
    )
}

const ACME_REAL: &str = "acme_Qm8Zt2Lx9Vp4Rk7Wn3Jd";
const ACME_PLACEHOLDERS: &str = "\
ACME_KEY=acme_xxxxxxxxxxxxxxxxxxxx
ACME_KEY=acme_XXXXXXXXXXXXXXXXXXXX
ACME_KEY=acme_abcdefghijklmnopqrst
ACME_KEY=acme_aaaaaaaaaaaaaaaaaaaa
ACME_KEY=acme_12341234123412341234
ACME_KEY=acme_0123456789abcdefghij
ACME_KEY=acme_EXAMPLEKEY0000000000
ACME_KEY=acme_yourkeyhere123456789
ACME_KEY=acme_qwertyuiopasdfghjklz
ACME_KEY=acme_DummyDummyDummyDummy
";

#[test]
fn placeholders_are_not_reported_by_a_user_rule() {
    let dir = tree(&[
        ("tollgate.toml", &acme_rule("")),
        (".env", &format!("{ACME_PLACEHOLDERS}REAL={ACME_REAL}\n")),
    ]);
    assert_eq!(
        found(dir.path()),
        [("acme-key".to_string(), ACME_REAL.to_string())]
    );
}

#[test]
fn a_rule_that_opts_out_with_a_reason_reports_placeholders_too() {
    let dir = tree(&[
        (
            "tollgate.toml",
            &acme_rule("placeholder_exempt = \"fixture keys are what we look for\"\n"),
        ),
        (".env", ACME_PLACEHOLDERS),
    ]);
    assert_eq!(found(dir.path()).len(), ACME_PLACEHOLDERS.lines().count());
    let empty_reason = tree(&[("tollgate.toml", &acme_rule("placeholder_exempt = \" \"\n"))]);
    let run = tollgate(empty_reason.path(), &["dir", "."]);
    assert_eq!(run.status.code(), Some(2));
    assert!(stderr(&run).contains("needs a reason"), "{}", stderr(&run));
}

#[test]
fn placeholder_bearing_files_report_nothing_with_the_builtin_rules() {
    let dir = tree(&[
        (
            "settings.env",
            "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n\
             AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n\
             STRIPE_SECRET_KEY=sk_live_abcdefghijklmnopqrstuvwx\n\
             SLACK_BOT_TOKEN=xoxb-123456789012-123456789012-abcdefghijklmnopqrstuvwx\n\
             GITLAB_TOKEN=glpat-XXXXXXXXXXXXXXXXXXXX\n\
             HEROKU_API_KEY=00000000-0000-0000-0000-000000000000\n\
             DATABASE_URL=postgres://app:changeme@db.internal:5432/app\n\
             REDIS_URL=redis://:${REDIS_PASSWORD}@cache:6379/0\n\
             MONGO_URL=mongodb+srv://admin:<password>@cluster0.mongodb.net/db\n",
        ),
        (
            "app.py",
            "client_secret = \"your_client_secret_here_1\"\n\
             api_key = \"%(api_key)s\"\n\
             password = \"{{ vault_db_password }}\"\n\
             db_password = \"password123\"\n\
             auth_token = \"1234567890abcdefghij\"\n\
             token = \"$(cat /run/secrets/token)\"\n",
        ),
    ]);
    let run = tollgate(dir.path(), &["dir", "."]);
    assert_eq!(run.status.code(), Some(0), "{}", stdout(&run));
    assert!(stdout(&run).starts_with("no findings"), "{}", stdout(&run));
}

/// A digest-shaped user rule: 64 hex digits, or 86 base64 characters and `==` (a SHA-512
/// in base64). It has no keywords, so it runs on every file.
const DIGEST_RULE: &str = "[[rules]]\nid = \"digest-shaped\"\ndescription = \"Anything digest-shaped\"\nregex = '''\\b(?P<secret>[0-9a-f]{64}|[A-Za-z0-9+/]{86}==)'''\n";
const HEX: &str = "3f9c1a7e52b84d6e9a0f7c2b8e4d1a65a91f3c7d2e8b4056f1c9d7e3b2a8f460";
const SHA512: &str =
    "Z4x9tCkUQ2a4Y1vQ6s8m0Bz3qk5yM1x0Zb8Ww0T9o4Vc6aF7p3rK2jH5nD8gL1eS0uI9yT2wR4qP7oN6mB3vCw==";

#[test]
fn lockfile_hashes_report_nothing() {
    assert_eq!(SHA512.len(), 88);
    let dir = tree(&[
        ("tollgate.toml", DIGEST_RULE),
        (
            "package-lock.json",
            &format!(
                "{{\n  \"packages\": {{\n    \"node_modules/left-pad\": {{\n      \"version\": \"1.3.0\",\n      \"integrity\": \"sha512-{SHA512}\"\n    }}\n  }}\n}}\n"
            ),
        ),
        (
            "yarn.lock",
            &format!("left-pad@^1.3.0:\n  version \"1.3.0\"\n  integrity sha512-{SHA512}\n"),
        ),
        (
            "pnpm-lock.yaml",
            &format!("  /left-pad@1.3.0:\n    resolution: {{integrity: sha512-{SHA512}}}\n"),
        ),
        (
            "Cargo.lock",
            &format!("[[package]]\nname = \"itoa\"\nversion = \"1.0.11\"\nchecksum = \"{HEX}\"\n"),
        ),
        (
            "requirements.txt",
            &format!("requests==2.31.0 \\\n    --hash=sha256:{HEX}\n"),
        ),
        (
            "poetry.lock",
            &format!(
                "files = [\n    {{file = \"requests-2.31.0.tar.gz\", hash = \"sha256:{HEX}\"}},\n]\n"
            ),
        ),
    ]);
    let run = tollgate(dir.path(), &["dir", "."]);
    assert_eq!(run.status.code(), Some(0), "{}", stdout(&run));
    // The same values outside a digest field are what the rule is for.
    std::fs::write(
        dir.path().join("notes.txt"),
        format!("deploy_secret: {HEX}\nsigning = {SHA512}\n"),
    )
    .unwrap();
    let mut found = found(dir.path());
    found.sort();
    assert_eq!(
        found,
        [
            ("digest-shaped".to_string(), HEX.to_string()),
            ("digest-shaped".to_string(), SHA512.to_string())
        ]
    );
}

#[test]
fn public_keys_report_nothing() {
    let blob = "AAAAC3NzaC1lZDI1NTE5AAAAIGq7Zx9Lm4Vt8Nb3Pc1JdXq4Lz9Wm2Rv7Tn3Kb8Pc1JqW3e";
    let rule = "[[rules]]\nid = \"blob\"\ndescription = \"Long base64\"\nregex = '''(?P<secret>AAAA[A-Za-z0-9+/]{60,})'''\nkeywords = [\"AAAA\"]\n";
    let dir = tree(&[
        ("tollgate.toml", rule),
        (
            "deploy/authorized_keys",
            &format!("ssh-ed25519 {blob} deploy@ci\n"),
        ),
        (
            "deploy/server.pem",
            &format!("-----BEGIN PUBLIC KEY-----\nMIIBIjAN{blob}\n-----END PUBLIC KEY-----\n"),
        ),
    ]);
    let run = tollgate(dir.path(), &["dir", "."]);
    assert_eq!(run.status.code(), Some(0), "{}", stdout(&run));
    std::fs::write(dir.path().join("notes.txt"), format!("key = {blob}\n")).unwrap();
    assert_eq!(found(dir.path()), [("blob".to_string(), blob.to_string())]);
}

#[test]
fn uuids_and_numbers_are_secrets_only_where_the_rule_says_so() {
    let uuid = "8f14e45f-ceea-467a-9b4f-2c1a3b5d6e7f";
    // A loose pattern admits the UUID and the number by accident: neither is reported.
    let loose = "[[rules]]\nid = \"loose\"\ndescription = \"Loose\"\nregex = '''acme_key=(?P<secret>[A-Za-z0-9-]{12,40})'''\nkeywords = [\"acme_key=\"]\n";
    let files = format!("acme_key={uuid}\nacme_key=4829175036214\n");
    let dir = tree(&[("tollgate.toml", loose), ("a.txt", &files)]);
    assert_eq!(found(dir.path()), []);
    // A pattern that spells out the UUID's groups insists on it; `secret_shapes` says so
    // for a loose pattern.
    let strict = "[[rules]]\nid = \"strict\"\ndescription = \"Strict\"\nregex = '''acme_key=(?P<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})'''\nkeywords = [\"acme_key=\"]\n";
    let dir = tree(&[("tollgate.toml", strict), ("a.txt", &files)]);
    assert_eq!(
        found(dir.path()),
        [("strict".to_string(), uuid.to_string())]
    );
    let declared = format!("{loose}secret_shapes = [\"uuid\", \"number\"]\n");
    let dir = tree(&[("tollgate.toml", &declared), ("a.txt", &files)]);
    assert_eq!(found(dir.path()).len(), 2);
}

#[test]
fn a_uuid_named_a_credential_is_reported_and_one_named_an_id_is_not() {
    let uuid = "8f14e45f-ceea-467a-9b4f-2c1a3b5d6e7f";
    // The loose rule of the test above, now also with the value assigned to a token's name.
    let loose = "[[rules]]\nid = \"loose\"\ndescription = \"Loose\"\nregex = '''(?:acme_key|ACME_API_TOKEN)=(?P<secret>[A-Za-z0-9-]{12,40})'''\nkeywords = [\"acme_key=\", \"acme_api_token=\"]\n";
    let files = format!("acme_key={uuid}\nACME_API_TOKEN={uuid}\n");
    let dir = tree(&[("tollgate.toml", loose), ("a.txt", &files)]);
    assert_eq!(found(dir.path()), [("loose".to_string(), uuid.to_string())]);
    // The built-in generic rules: a token's name keeps the UUID, an id's name does not.
    let script = format!(
        "export ORDERS_API_TOKEN=\"{uuid}\"\nexport ORDERS_TENANT_ID=\"{uuid}\"\nexport ORDERS_API_KEY_OWNER=\"{uuid}\"\n"
    );
    let dir = tree(&[("deploy.sh", &script)]);
    assert_eq!(
        found(dir.path()),
        [("generic-secret".to_string(), uuid.to_string())]
    );
}

#[test]
fn a_credential_written_as_an_environment_default_is_reported() {
    let key = "Qm7vT2xK9pL4wZ8rN3cB6hJ1";
    let python = format!(
        "import os\nos.environ.setdefault(\"ACME_API_KEY\", \"{key}\")\nos.environ.setdefault(\"ACME_API_URL\", \"https://api.corp.invalid/v2\")\nos.environ.setdefault(\"ACME_API_TOKEN\", \"\")\n"
    );
    let go = format!("func init() {{\n\tos.Setenv(\"ACME_TOKEN\", \"{key}\")\n}}\n");
    let js = format!(
        "const apiKey = process.env.ACME_API_KEY || '{key}';\nconst region = process.env.ACME_REGION || 'eu-west-1';\n"
    );
    let dir = tree(&[("dev_env.py", &python), ("env.go", &go), ("index.js", &js)]);
    let expected = ("generic-secret-env-default".to_string(), key.to_string());
    assert_eq!(
        found(dir.path()),
        [expected.clone(), expected.clone(), expected]
    );
}

/// One finding of each confidence: a checksummed GitHub token (high), a Heroku key found
/// by its variable name (medium) and a generic password (low).
fn three_confidences() -> tempfile::TempDir {
    tree(&[(
        "config.py",
        &format!(
            "GITHUB = \"{GITHUB_TOKEN}\"\nHEROKU_API_KEY = \"77f3dc40-56be-4336-897e-ab0e5f598c5e\"\ndb_password = \"Vx7#qL2m!Rz9\"\n"
        ),
    )])
}

#[test]
fn every_format_carries_the_confidence() {
    let dir = three_confidences();
    let report = json(&tollgate(dir.path(), &["dir", ".", "--format", "json"]));
    let confidences: Vec<(&str, &str)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap(),
                f["confidence"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        confidences,
        [
            ("github-pat", "high"),
            ("heroku-api-key", "medium"),
            ("generic-password", "low")
        ]
    );
    let first = report["findings"][0].as_object().unwrap();
    let keys: Vec<&str> = first.keys().map(String::as_str).collect();
    assert_eq!(
        &keys[keys.len() - 3..],
        ["validation", "confidence", "blocking"]
    );

    let sarif = json(&tollgate(dir.path(), &["dir", ".", "--format", "sarif"]));
    let properties: Vec<&str> = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["properties"]["confidence"].as_str().unwrap())
        .collect();
    assert_eq!(properties, ["high", "medium", "low"]);

    let text = stdout(&tollgate(dir.path(), &["dir", "."]));
    assert!(text.contains("ghp_…redacted… [BLOCKS: "), "{text}");
    assert!(text.contains(", high confidence]"), "{text}");
    assert!(text.contains(", low confidence]"), "{text}");
    let markdown = stdout(&tollgate(dir.path(), &["dir", ".", "--format", "markdown"]));
    assert!(markdown.contains("| rule | confidence |"), "{markdown}");
    assert!(
        markdown.contains("| heroku-api-key | medium |"),
        "{markdown}"
    );
    let github = stdout(&tollgate(dir.path(), &["dir", ".", "--format", "github"]));
    assert!(github.contains("low confidence)"), "{github}");
}

#[test]
fn min_confidence_turns_a_low_confidence_finding_into_a_pass() {
    let dir = tree(&[("config.py", "db_password = \"Vx7#qL2m!Rz9\"\n")]);
    assert_eq!(tollgate(dir.path(), &["dir", "."]).status.code(), Some(1));
    std::fs::write(
        dir.path().join("tollgate.toml"),
        "[secrets]\nmin-confidence = \"medium\"\n",
    )
    .unwrap();
    let run = tollgate(dir.path(), &["dir", "."]);
    assert_eq!(run.status.code(), Some(0), "{}", stdout(&run));
    assert!(
        stdout(&run).contains("generic-password"),
        "still reported: {}",
        stdout(&run)
    );
    // Reported as a warning in the formats that distinguish.
    let github = stdout(&tollgate(dir.path(), &["dir", ".", "--format", "github"]));
    assert!(github.starts_with("::warning "), "{github}");
    let sarif = json(&tollgate(dir.path(), &["dir", ".", "--format", "sarif"]));
    assert_eq!(sarif["runs"][0]["results"][0]["level"], "warning");
    let markdown = stdout(&tollgate(dir.path(), &["dir", ".", "--format", "markdown"]));
    assert!(
        markdown.starts_with("### ✅ tollgate: passed"),
        "{markdown}"
    );

    // A high-confidence finding still blocks.
    std::fs::write(
        dir.path().join("token.py"),
        format!("GITHUB = \"{GITHUB_TOKEN}\"\n"),
    )
    .unwrap();
    assert_eq!(tollgate(dir.path(), &["dir", "."]).status.code(), Some(1));
    std::fs::write(
        dir.path().join("tollgate.toml"),
        "[secrets]\nmin-confidence = \"certain\"\n",
    )
    .unwrap();
    let bad = tollgate(dir.path(), &["dir", "."]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("min-confidence"), "{}", stderr(&bad));
}

#[test]
fn rules_list_counts_providers_and_shows_confidence() {
    let dir = tree(&[]);
    let text = stdout(&tollgate(dir.path(), &["rules", "list"]));
    let last = text.lines().last().unwrap();
    let (rules, providers) = last
        .strip_suffix(" providers")
        .and_then(|l| l.split_once(" rules, "))
        .unwrap_or_else(|| panic!("last line: {last}"));
    let listing = json(&tollgate(
        dir.path(),
        &["rules", "list", "--format", "json"],
    ));
    let listing = listing.as_array().unwrap();
    assert_eq!(rules.parse::<usize>().unwrap(), listing.len());
    let distinct: std::collections::BTreeSet<String> = listing
        .iter()
        .filter_map(|r| r["provider"].as_str())
        .map(str::to_lowercase)
        .collect();
    assert_eq!(providers.parse::<usize>().unwrap(), distinct.len());
    let github = listing.iter().find(|r| r["id"] == "github-pat").unwrap();
    assert_eq!(github["provider"], "GitHub");
    assert_eq!(github["confidence"], "high");
    let generic = listing
        .iter()
        .find(|r| r["id"] == "generic-password")
        .unwrap();
    assert_eq!(generic["confidence"], "low");
}
