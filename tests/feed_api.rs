//! Online mode against a local server on 127.0.0.1 that answers in OSV's API format with
//! real records from `corpus/osv`: batch queries, record fetches, alias folding,
//! batching above 1,000 queries, pagination, retries on 429, and `Unknown` (never a
//! silent pass) on persistent failure or timeout.

mod support;

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{Value, json};
use support::OSV;
use support::http::{Reply, Request, serve};
use tollgate::osv::api::{ApiOptions, OsvApi};
use tollgate::osv::{Ecosystem, Severity};

/// Real records by id: the samples, one extracted npm record, and a named entry of the
/// crates export.
fn records() -> HashMap<String, String> {
    let mut out = HashMap::new();
    let extracted = ["samples", "records"].map(|dir| Path::new(OSV).join(dir));
    for entry in extracted.iter().flat_map(|dir| std::fs::read_dir(dir).unwrap()) {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let id = path.file_stem().unwrap().to_str().unwrap().to_string();
            out.insert(id, std::fs::read_to_string(&path).unwrap());
        }
    }
    let crates = std::fs::File::open(Path::new(OSV).join("crates-io/all.zip")).unwrap();
    let mut text = String::new();
    zip::ZipArchive::new(crates)
        .unwrap()
        .by_name("RUSTSEC-2020-0071.json")
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    out.insert("RUSTSEC-2020-0071".to_string(), text);
    out
}

fn options(base: &str) -> ApiOptions {
    ApiOptions {
        base_url: base.to_string(),
        connect_timeout: Duration::from_secs(2),
        timeout: Duration::from_secs(2),
        attempts: 3,
        backoff: Duration::from_millis(10),
        max_backoff: Duration::from_millis(50),
        ..ApiOptions::default()
    }
}

/// An OSV-like service: which ids cover (name, version), and the records themselves.
fn osv_service(
    index: HashMap<(String, String), Vec<&'static str>>,
) -> impl Fn(&Request) -> Reply + Send + Sync + 'static {
    let records = records();
    move |request| {
        if request.url == "/v1/querybatch" {
            let request: Value = serde_json::from_str(&request.body).expect("request body is JSON");
            let results: Vec<Value> = request["queries"]
                .as_array()
                .expect("queries")
                .iter()
                .map(|q| {
                    assert!(q["package"]["ecosystem"].is_string());
                    let key = (q["package"]["name"].as_str().unwrap().to_string(), q["version"].as_str().unwrap().to_string());
                    match index.get(&key) {
                        Some(ids) => json!({ "vulns": ids.iter().map(|id| json!({"id": id, "modified": "2024-01-01T00:00:00Z"})).collect::<Vec<_>>() }),
                        None => json!({}),
                    }
                })
                .collect();
            return Reply::json(json!({ "results": results }).to_string());
        }
        if let Some(id) = request.url.strip_prefix("/v1/vulns/") {
            return match records.get(id) {
                Some(text) => Reply::json(text.clone()),
                None => Reply::Body {
                    status: 404,
                    body: json!({"code": 5, "message": "Bug not found."})
                        .to_string()
                        .into_bytes(),
                    json: true,
                },
            };
        }
        Reply::status(404)
    }
}

fn key(name: &str, version: &str) -> (String, String) {
    (name.to_string(), version.to_string())
}

#[test]
fn batch_answers_carry_full_verdicts() {
    let index = HashMap::from([
        (key("semver", "7.5.1"), vec!["GHSA-c2qf-rxjj-qqgw"]),
        (key("time", "0.2.10"), vec!["RUSTSEC-2020-0071"]),
        (
            key("get-current-env", "99.99.99"),
            vec!["MAL-2024-2416", "MAL-2024-9"],
        ),
        (key("flask-caching", "1.10.1"), vec!["PYSEC-2021-13"]),
    ]);
    let server = serve(osv_service(index));
    let api = OsvApi::new(options(server.base())).unwrap();
    let results = api.check_batch(&[
        (Ecosystem::Npm, "semver", "7.5.1"),
        (Ecosystem::Cargo, "time", "0.2.10"),
        (Ecosystem::Npm, "get-current-env", "99.99.99"),
        (Ecosystem::Npm, "left-pad", "1.3.0"),
        (Ecosystem::PyPI, "flask-caching", "1.10.1"),
    ]);
    assert_eq!(results.len(), 5);
    let semver = results[0].as_ref().unwrap();
    assert_eq!(semver.len(), 1);
    assert_eq!(semver[0].id, "GHSA-c2qf-rxjj-qqgw");
    assert_eq!(semver[0].fixed.as_deref(), Some("7.5.2"));
    assert_eq!(semver[0].severity, Some(Severity::Medium));
    assert_eq!(semver[0].aliases, ["CVE-2022-25883"]);
    let time = results[1].as_ref().unwrap();
    assert_eq!(
        (time[0].id.as_str(), time[0].fixed.as_deref()),
        ("RUSTSEC-2020-0071", Some("0.2.23"))
    );
    // MAL-2024-2416 lists MAL-2024-9 as an alias: one advisory.
    let mal = results[2].as_ref().unwrap();
    assert_eq!(mal.len(), 1, "{mal:?}");
    assert!(mal[0].malicious);
    assert_eq!(mal[0].id, "MAL-2024-2416");
    assert!(mal[0].aliases.contains(&"MAL-2024-9".to_string()));
    assert_eq!(results[3].as_ref().unwrap().len(), 0);
    // Withdrawn records are not verdicts.
    assert_eq!(results[4].as_ref().unwrap().len(), 0);
}

#[test]
fn more_than_a_thousand_queries_are_split_into_batches() {
    let sizes = Arc::new(Mutex::new(Vec::new()));
    let seen = sizes.clone();
    let inner = osv_service(HashMap::from([(
        key("pkg-1500", "1.0.0"),
        vec!["MAL-2022-9"],
    )]));
    let server = serve(move |request| {
        if request.url == "/v1/querybatch" {
            let v: Value = serde_json::from_str(&request.body).unwrap();
            seen.lock()
                .unwrap()
                .push(v["queries"].as_array().unwrap().len());
        }
        inner(request)
    });
    let names: Vec<String> = (0..2500).map(|i| format!("pkg-{i}")).collect();
    let queries: Vec<_> = names
        .iter()
        .map(|n| (Ecosystem::Npm, n.as_str(), "1.0.0"))
        .collect();
    let results = OsvApi::new(options(server.base()))
        .unwrap()
        .check_batch(&queries);
    assert_eq!(*sizes.lock().unwrap(), [1000, 1000, 500]);
    assert_eq!(results.len(), 2500);
    assert!(results.iter().all(|r| r.is_ok()));
    assert_eq!(results[1500].as_ref().unwrap()[0].id, "MAL-2022-9");
    assert!(results[1499].as_ref().unwrap().is_empty());
}

#[test]
fn rate_limit_is_retried_then_succeeds() {
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = calls.clone();
    let inner = osv_service(HashMap::from([(
        key("semver", "7.5.1"),
        vec!["GHSA-c2qf-rxjj-qqgw"],
    )]));
    let server = serve(move |request| {
        if request.url == "/v1/querybatch" && counter.fetch_add(1, Ordering::SeqCst) == 0 {
            return Reply::status(429);
        }
        inner(request)
    });
    let results = OsvApi::new(options(server.base())).unwrap().check_batch(&[(
        Ecosystem::Npm,
        "semver",
        "7.5.1",
    )]);
    assert_eq!(results[0].as_ref().unwrap()[0].id, "GHSA-c2qf-rxjj-qqgw");
    assert_eq!(calls.load(Ordering::SeqCst), 2);
}

#[test]
fn persistent_server_error_is_unknown_after_bounded_retries() {
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = calls.clone();
    let server = serve(move |_| {
        counter.fetch_add(1, Ordering::SeqCst);
        Reply::status(500)
    });
    let results = OsvApi::new(options(server.base())).unwrap().check_batch(&[
        (Ecosystem::Npm, "semver", "7.5.1"),
        (Ecosystem::PyPI, "py", "1.11.0"),
    ]);
    assert_eq!(calls.load(Ordering::SeqCst), 3);
    for r in &results {
        let unknown = r.as_ref().unwrap_err();
        assert!(
            unknown.reason.contains("500") && unknown.reason.contains("3 attempts"),
            "{}",
            unknown.reason
        );
        assert!(unknown.reason.contains("/v1/querybatch"));
    }
}

#[test]
fn failed_record_fetch_makes_only_its_queries_unknown() {
    let index = HashMap::from([
        (key("semver", "7.5.1"), vec!["GHSA-c2qf-rxjj-qqgw"]),
        (key("ghost", "1.0.0"), vec!["GHSA-0000-0000-0000"]),
    ]);
    let server = serve(osv_service(index));
    let results = OsvApi::new(options(server.base())).unwrap().check_batch(&[
        (Ecosystem::Npm, "semver", "7.5.1"),
        (Ecosystem::Npm, "ghost", "1.0.0"),
    ]);
    assert!(results[0].is_ok());
    let unknown = results[1].as_ref().unwrap_err();
    assert!(
        unknown.reason.contains("GHSA-0000-0000-0000") && unknown.reason.contains("404"),
        "{}",
        unknown.reason
    );
}

#[test]
fn a_timeout_is_unknown_and_not_retried() {
    // The one retry policy (`plumbing::http`): a server that is slow now is slow on the
    // next try, so a timeout is not retried, here as for the registries.
    let server = serve(|_| Reply::late(Duration::from_secs(3), Reply::json(r#"{"results":[{}]}"#)));
    let mut opts = options(server.base());
    opts.timeout = Duration::from_millis(300);
    opts.attempts = 2;
    let results = OsvApi::new(opts)
        .unwrap()
        .check_batch(&[(Ecosystem::Go, "stdlib", "1.26.0")]);
    let unknown = results[0].as_ref().unwrap_err();
    assert!(unknown.reason.contains("timed out"), "{}", unknown.reason);
    assert!(
        unknown.reason.ends_with("(after 1 attempt)"),
        "{}",
        unknown.reason
    );
    assert_eq!(server.hits("/v1/querybatch"), 1);
}

#[test]
fn paginated_results_are_followed() {
    let pages = Arc::new(AtomicUsize::new(0));
    let counter = pages.clone();
    let inner = osv_service(HashMap::new());
    let server = serve(move |request| {
        if request.url != "/v1/querybatch" {
            return inner(request);
        }
        let v: Value = serde_json::from_str(&request.body).unwrap();
        counter.fetch_add(1, Ordering::SeqCst);
        let first = &v["queries"][0];
        let reply = if first.get("page_token").is_none() {
            json!({"results": [{"vulns": [{"id": "GHSA-c2qf-rxjj-qqgw"}], "next_page_token": "t1"}]})
        } else {
            assert_eq!(first["page_token"], "t1");
            json!({"results": [{"vulns": [{"id": "MAL-2022-9"}]}]})
        };
        Reply::json(reply.to_string())
    });
    let results = OsvApi::new(options(server.base())).unwrap().check_batch(&[(
        Ecosystem::Npm,
        "semver",
        "5.0.0",
    )]);
    let ids: Vec<&str> = results[0]
        .as_ref()
        .unwrap()
        .iter()
        .map(|a| a.id.as_str())
        .collect();
    assert_eq!(pages.load(Ordering::SeqCst), 2);
    assert_eq!(ids, ["MAL-2022-9", "GHSA-c2qf-rxjj-qqgw"]);
}
