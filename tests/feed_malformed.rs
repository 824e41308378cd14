//! Advisory records whose range events are not versions of their ecosystem (issue 11):
//! `feed import` and `feed status` count them and `--verbose` names them, and a finding
//! from such a record says how its fix was read. The records are the real ones in
//! `corpus/osv/malformed` (see its SOURCES.md).

mod support;

use serde_json::Value;
use support::cli::{Sandbox, dependency, feed_ecosystem, json, stderr, stdout};

const MALFORMED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/osv/malformed");

#[test]
fn import_and_status_count_malformed_events_and_verbose_names_them() {
    let sandbox = Sandbox::new();
    let output = sandbox.run(&["feed", "import", MALFORMED]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(
        err.contains("3 records imported") && err.contains("3 with malformed range events"),
        "{err}"
    );
    assert!(!err.contains("GHSA-v6h2-p8h4-qcjw"), "{err}");
    assert!(err.contains("--verbose names them"), "{err}");

    let output = sandbox.run(&["feed", "import", "--verbose", MALFORMED]);
    let err = stderr(&output);
    for line in [
        r#"malformed GHSA-v6h2-p8h4-qcjw: brace-expansion: fixed "2.0.2, 3.0.1, 4.0.1" is a list, read as 2.0.2 / 3.0.1 / 4.0.1"#,
        r#"malformed PYSEC-2019-125: steam: fixed "2019-09-12" is not a version, ignored (the range stays open)"#,
        r#"malformed PYSEC-2021-371: binderhub: fixed "0.2.0-n653" is not a version"#,
    ] {
        assert!(err.contains(line), "{line}\n{err}");
    }

    let output = sandbox.run(&["feed", "status", "--format", "json"]);
    let status = json(&output);
    assert_eq!(feed_ecosystem(&status, "npm")["malformed"], 1, "{status}");
    assert_eq!(feed_ecosystem(&status, "PyPI")["malformed"], 2, "{status}");
    assert!(status.get("malformed_records").is_none(), "{status}");

    let output = sandbox.run(&["feed", "status", "--verbose"]);
    let out = stdout(&output);
    assert!(out.contains("malformed"), "{out}");
    assert!(
        out.contains(r#"malformed PYSEC-2021-371: binderhub: fixed "0.2.0-n653""#),
        "{out}"
    );
    let output = sandbox.run(&["feed", "status", "--format", "json", "--verbose"]);
    let verbose = json(&output);
    let ids: Vec<&str> = verbose["malformed_records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        ["GHSA-v6h2-p8h4-qcjw", "PYSEC-2019-125", "PYSEC-2021-371"]
    );
}

const BASE_LOCK: &str = r#"{"name":"app","version":"1.0.0","lockfileVersion":3,"requires":true,
 "packages":{"":{"name":"app","version":"1.0.0"}}}"#;

/// brace-expansion 3.0.0 (affected; the list's 3.0.1 fixes it) and 4.0.1 (fixed by the
/// list), nested as npm installs two majors.
const HEAD_LOCK: &str = r#"{"name":"app","version":"1.0.0","lockfileVersion":3,"requires":true,
 "packages":{"":{"name":"app","version":"1.0.0","dependencies":{"brace-expansion":"^3.0.0","minimatch":"^10.0.0"}},
  "node_modules/brace-expansion":{"version":"3.0.0",
   "resolved":"https://registry.npm.invalid/brace-expansion/-/brace-expansion-3.0.0.tgz"},
  "node_modules/minimatch":{"version":"10.0.0",
   "resolved":"https://registry.npm.invalid/minimatch/-/minimatch-10.0.0.tgz",
   "dependencies":{"brace-expansion":"^4.0.0"}},
  "node_modules/minimatch/node_modules/brace-expansion":{"version":"4.0.1",
   "resolved":"https://registry.npm.invalid/brace-expansion/-/brace-expansion-4.0.1.tgz"}}}"#;

#[test]
fn findings_say_how_the_fix_was_read() {
    let sandbox = Sandbox::new();
    sandbox.import(MALFORMED);
    sandbox.write("base/package-lock.json", BASE_LOCK);
    sandbox.write("head/package-lock.json", HEAD_LOCK);
    sandbox.write("base/requirements.txt", "");
    sandbox.write("head/requirements.txt", "binderhub==0.2.0\nsteam==1.4.4\n");
    let args = ["deps", "base", "head", "--offline", "--format", "json"];
    let output = sandbox.run(&args);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let report = json(&output);
    let vulnerable = |name: &str, version: &str| -> Vec<Value> {
        support::cli::findings(&report)
            .iter()
            .filter(|f| f["name"] == name && f["version"] == version)
            .flat_map(|f| f["checks"].as_array().unwrap().clone())
            .filter(|c| c["check"] == "vulnerable")
            .collect()
    };
    let brace = vulnerable("brace-expansion", "3.0.0");
    assert_eq!(brace.len(), 1, "{report}");
    assert_eq!(brace[0]["fixed"], "3.0.1");
    assert_eq!(
        brace[0]["fixed_note"],
        r#"fixed read as the list "2.0.2, 3.0.1, 4.0.1""#
    );
    assert!(
        vulnerable("brace-expansion", "4.0.1").is_empty(),
        "{report}"
    );
    for (name, raw) in [("binderhub", "0.2.0-n653"), ("steam", "2019-09-12")] {
        let check = &dependency(&report, name)["checks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["check"] == "vulnerable")
            .unwrap_or_else(|| panic!("{name} not flagged: {report}"))
            .clone();
        assert!(check.get("fixed").is_none(), "{check}");
        assert_eq!(
            check["fixed_note"],
            format!("fixed version unreadable (\"{raw}\")")
        );
    }

    let text = stdout(&sandbox.run(&["deps", "base", "head", "--offline"]));
    assert!(
        text.contains(r#"fixed version unreadable ("0.2.0-n653")"#),
        "{text}"
    );
    let markdown =
        stdout(&sandbox.run(&["deps", "base", "head", "--offline", "--format", "markdown"]));
    assert!(
        markdown.contains(r#"fixed in 3.0.1, fixed read as the list "2.0.2, 3.0.1, 4.0.1""#),
        "{markdown}"
    );
}
