//! Recall and precision of the built-in rule set on `corpus/secrets/`.
//!
//! `positives/<rule-id>/...` holds one secret per file, in the surrounding code or
//! configuration it would really sit in; the first directory names the rule that must find
//! it. The rest of the path keeps the file's real name (`.netrc`, `config/master.key`),
//! because rules scoped by `paths` only look at files so named. `negatives/` holds text that
//! looks like a secret and is not one: every finding there is a false positive.
//!
//! The counts are asserted exactly, so adding a corpus file means updating them here, and a
//! rule change that loses a positive or gains a false positive fails with a table of what
//! changed.

use std::path::{Path, PathBuf};

use tollgate::secrets::{self, Scanner};

/// Files under `positives/` and under `negatives/`. Update with the corpus.
const POSITIVE_FILES: usize = 131;
const NEGATIVE_FILES: usize = 55;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/secrets")
}

fn builtin_scanner() -> Scanner {
    Scanner::new(secrets::builtin_rules().expect("built-in rule files parse"))
}

/// Every file below `dir`, as paths relative to `base` with `/` separators, sorted.
fn files_under(base: &Path, dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(current) = stack.pop() {
        let entries = std::fs::read_dir(&current)
            .unwrap_or_else(|e| panic!("{}: cannot list: {e}", current.display()));
        for entry in entries {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let relative = path.strip_prefix(base).expect("below base");
                let parts: Vec<_> = relative.iter().map(|p| p.to_string_lossy()).collect();
                out.push(parts.join("/"));
            }
        }
    }
    out.sort();
    out
}

/// (rule id, line, secret) of every finding in one corpus file.
fn scan_file(scanner: &Scanner, relative: &str) -> Vec<(String, u32, String)> {
    let path = corpus_dir().join(relative);
    let content =
        std::fs::read(&path).unwrap_or_else(|e| panic!("{}: cannot read: {e}", path.display()));
    scanner
        .scan(relative, &content)
        .unwrap_or_else(|e| panic!("{relative}: {e}"))
        .into_iter()
        .map(|m| {
            let rule = scanner.rule(m.rule).spec.id.clone();
            (
                rule,
                m.line,
                String::from_utf8_lossy(&m.secret).into_owned(),
            )
        })
        .collect()
}

#[test]
fn every_positive_is_found_by_its_rule_and_only_once() {
    let scanner = builtin_scanner();
    let base = corpus_dir();
    let files = files_under(&base, &base.join("positives"));
    let known: Vec<String> = scanner.rules().map(|r| r.spec.id.clone()).collect();
    let mut misses = Vec::new();
    let mut extras = Vec::new();
    for file in &files {
        let expected = file.split('/').nth(1).expect("positives/<rule-id>/<file>");
        assert!(
            known.iter().any(|id| id == expected),
            "{file}: no rule `{expected}`"
        );
        let found = scan_file(&scanner, file);
        if !found.iter().any(|(rule, _, _)| rule == expected) {
            misses.push(format!("{file}: expected {expected}, found {found:?}"));
        }
        for (rule, line, secret) in &found {
            if rule != expected {
                extras.push(format!("{file}:{line}: also {rule} on {secret:?}"));
            }
        }
    }
    let found = files.len() - misses.len();
    println!("recall: {found}/{} positive files", files.len());
    assert!(
        misses.is_empty(),
        "{} misses:\n{}",
        misses.len(),
        misses.join("\n")
    );
    assert!(
        extras.is_empty(),
        "{} extra findings:\n{}",
        extras.len(),
        extras.join("\n")
    );
    assert_eq!(files.len(), POSITIVE_FILES, "positive corpus size changed");
}

#[test]
fn no_rule_fires_on_the_negative_corpus() {
    let scanner = builtin_scanner();
    let base = corpus_dir();
    let files = files_under(&base, &base.join("negatives"));
    let mut false_positives = Vec::new();
    for file in &files {
        for (rule, line, secret) in scan_file(&scanner, file) {
            false_positives.push(format!("{file}:{line}: {rule} on {secret:?}"));
        }
    }
    println!(
        "false positives: {} in {} negative files",
        false_positives.len(),
        files.len()
    );
    assert!(
        false_positives.is_empty(),
        "{} false positives:\n{}",
        false_positives.len(),
        false_positives.join("\n")
    );
    assert_eq!(files.len(), NEGATIVE_FILES, "negative corpus size changed");
}

/// The rule files whose rules this corpus covers one by one; provider rules elsewhere are
/// covered by a sample of the most important ones.
const RULE_FILES_COVERED: &[&str] = &[
    "patterns/database.toml",
    "patterns/private-keys.toml",
    "patterns/jwt.toml",
    "patterns/config-files.toml",
    "patterns/generic.toml",
    "patterns/command-line.toml",
    "patterns/kubernetes.toml",
];

#[test]
fn every_rule_of_the_covered_files_has_a_positive() {
    let base = corpus_dir();
    let files = files_under(&base, &base.join("positives"));
    let scanner = builtin_scanner();
    let uncovered: Vec<&str> = scanner
        .rules()
        .filter(|r| RULE_FILES_COVERED.contains(&r.source.as_str()))
        .map(|r| r.spec.id.as_str())
        .filter(|id| !files.iter().any(|f| f.split('/').nth(1) == Some(*id)))
        .collect();
    assert!(
        uncovered.is_empty(),
        "rules without a corpus positive: {uncovered:?}"
    );
}

/// Real lockfiles from real projects (integrity hashes, checksums, resolved URLs): the
/// text peers most often mistake for secrets.
#[test]
fn no_rule_fires_on_the_real_lockfile_pairs() {
    let scanner = builtin_scanner();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/lockfiles/pairs");
    let files = files_under(&dir, &dir);
    assert!(
        files.len() >= 20,
        "expected the lockfile pairs in {}",
        dir.display()
    );
    let mut findings = Vec::new();
    for file in &files {
        let content = std::fs::read(dir.join(file)).expect("readable lockfile");
        for m in scanner
            .scan(file, &content)
            .unwrap_or_else(|e| panic!("{file}: {e}"))
        {
            let rule = &scanner.rule(m.rule).spec.id;
            findings.push(format!("{file}:{}: {rule}", m.line));
        }
    }
    assert!(
        findings.is_empty(),
        "{} findings:\n{}",
        findings.len(),
        findings.join("\n")
    );
}

#[test]
fn a_generic_match_gives_way_to_a_specific_rule_on_the_same_text() {
    let scanner = builtin_scanner();
    let text =
        b"cs = \"Server=sql01.corp.local;Database=Ledger;User ID=app;Password=Jk8Wn3Qz7Rt2;\"";
    let rules: Vec<String> = scanner
        .scan("src/Db.cs", text)
        .unwrap()
        .iter()
        .map(|m| scanner.rule(m.rule).spec.id.clone())
        .collect();
    assert_eq!(rules, ["sqlserver-connection-string"]);
}

/// Scans the tree named by `TOLLGATE_SCAN_DIR` (for example the crate sources cargo keeps
/// in its registry cache) and prints every finding of the generic rules, to review the
/// generic detector on real code no one here wrote:
/// `TOLLGATE_SCAN_DIR=<dir> cargo test --test secret_corpus -- --ignored --nocapture`.
#[test]
#[ignore = "needs TOLLGATE_SCAN_DIR; a review aid, not a check"]
fn review_findings_on_a_real_tree() {
    let Some(dir) = std::env::var_os("TOLLGATE_SCAN_DIR") else {
        panic!("set TOLLGATE_SCAN_DIR to the tree to scan");
    };
    let only = std::env::var("TOLLGATE_RULE_PREFIX").unwrap_or_else(|_| "generic-".into());
    let scanner = builtin_scanner();
    let dir = PathBuf::from(dir);
    let (mut files, mut bytes, mut shown) = (0usize, 0usize, 0usize);
    for file in files_under(&dir, &dir) {
        let Ok(content) = std::fs::read(dir.join(&file)) else {
            continue;
        };
        if content.len() > 2 << 20 || content.contains(&0) {
            continue;
        }
        files += 1;
        bytes += content.len();
        for m in scanner
            .scan(&file, &content)
            .unwrap_or_else(|e| panic!("{file}: {e}"))
        {
            let rule = &scanner.rule(m.rule).spec.id;
            if rule.starts_with(&only) {
                shown += 1;
                let secret = String::from_utf8_lossy(&m.secret);
                println!("{file}:{}: {rule}: {secret}", m.line);
            }
        }
    }
    println!("{shown} findings of `{only}*` rules in {files} files, {bytes} bytes");
}
