//! Publish times from registries played by a local HTTP server on 127.0.0.1, serving each
//! ecosystem's real metadata documents (npm package document with its `time` map, PyPI
//! JSON API, crates version API, Go proxy `.info`, a sparse index `config.json`), found
//! through the configuration a user would write (`npm_config_registry`, `PIP_INDEX_URL`,
//! `GOPROXY`, `.cargo/config.toml`, tollgate.toml `[registries]`). Every failure gives an
//! `unknown` with its reason, and the cache stops the second request.

mod support;

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use jiff::{SignedDuration, Timestamp};
use lockfile_parsers::Ecosystem;
use support::http::{Reply, Server, routes_with};
use tollgate::deps::publish_verdict;
use tollgate::policy::{Config, DepsPolicy};
use tollgate::registry::{
    Cache, Client, Environment, HttpOptions, Origin, PublishTime, Query, Registries,
    RegistriesConfig,
};

/// Serves the routes `build` makes from the server's base URL (path → reply; anything
/// else 404) until dropped.
fn serve(build: impl FnOnce(&str) -> Vec<(&'static str, Reply)>) -> Server {
    routes_with(|base| {
        build(base)
            .into_iter()
            .map(|(path, reply)| (path.to_string(), reply))
            .collect()
    })
}

fn ago(hours: i64) -> String {
    (Timestamp::now() - SignedDuration::from_hours(hours)).to_string()
}

fn npm_doc(name: &str, times: &[(&str, String)]) -> String {
    let versions: serde_json::Map<String, serde_json::Value> = times
        .iter()
        .map(|(v, _)| {
            (
                v.to_string(),
                serde_json::json!({"name": name, "version": v, "dist": {"tarball": "x"}}),
            )
        })
        .collect();
    let mut time = serde_json::Map::new();
    time.insert("created".into(), "2015-01-01T00:00:00.000Z".into());
    time.insert("modified".into(), ago(1).into());
    for (v, t) in times {
        time.insert(v.to_string(), t.clone().into());
    }
    serde_json::json!({"_id": name, "name": name, "dist-tags": {"latest": times.last().unwrap().0},
        "versions": versions, "time": time})
    .to_string()
}

fn pypi_release(times: &[&str]) -> String {
    let urls: Vec<serde_json::Value> = times
        .iter()
        .map(|t| {
            serde_json::json!({"filename": "x.whl", "packagetype": "bdist_wheel",
            "upload_time": &t[..19], "upload_time_iso_8601": t, "yanked": false})
        })
        .collect();
    serde_json::json!({"info": {"name": "x", "version": "1"}, "urls": urls, "vulnerabilities": []})
        .to_string()
}

fn crates_version(name: &str, version: &str, created: &str) -> String {
    serde_json::json!({"version": {"id": 1, "crate": name, "num": version, "created_at": created,
        "updated_at": created, "yanked": false}})
    .to_string()
}

fn go_info(version: &str, time: &str) -> String {
    serde_json::json!({"Version": version, "Time": time}).to_string()
}

fn q(eco: Ecosystem, name: &str, version: &str) -> Query {
    Query {
        ecosystem: eco,
        name: name.into(),
        version: version.into(),
        from_registry: true,
        published: None,
    }
}

fn env(vars: &[(&str, String)], project: &Path) -> Environment {
    Environment {
        vars: vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect::<BTreeMap<_, _>>(),
        home: Some(project.join("home")),
        config_dir: Some(project.join("home/.config")),
        project: project.to_path_buf(),
    }
}

fn options() -> HttpOptions {
    HttpOptions {
        timeout: Duration::from_millis(700),
        attempts: 3,
        backoff: Duration::from_millis(10),
        ..HttpOptions::default()
    }
}

fn client(registries: Registries, cache: &Path) -> Client {
    Client::new(registries, options(), Some(Cache::open(cache).unwrap())).with_threads(4)
}

fn reason(t: &PublishTime) -> &'static str {
    match t {
        PublishTime::Unknown { reason, .. } => reason,
        PublishTime::Known { .. } => "known",
        PublishTime::NotApplicable => "not-applicable",
    }
}

/// The verdict kind the judge gives an answer under the default policy (72 h minimum age).
fn flagged(t: &PublishTime) -> Option<String> {
    publish_verdict(t, &DepsPolicy::default(), Timestamp::now()).map(|v| v.kind().to_string())
}

#[test]
fn every_ecosystem_answers_recent_old_missing_and_failing_versions() {
    let recent = ago(5);
    let server = serve(|_| {
        vec![
            (
                "/left-pad",
                Reply::json(npm_doc(
                    "left-pad",
                    &[
                        ("1.3.0", "2018-04-09T01:05:38.420Z".into()),
                        ("1.3.1", recent.clone()),
                    ],
                )),
            ),
            (
                "/@scope%2fpkg",
                Reply::json(npm_doc(
                    "@scope/pkg",
                    &[("2.0.0", "2020-01-01T00:00:00.000Z".into())],
                )),
            ),
            (
                "/pypi/requests/2.31.0/json",
                Reply::json(pypi_release(&[
                    "2023-05-22T15:12:44.175593Z",
                    "2023-05-22T15:12:42.313790Z",
                ])),
            ),
            ("/pypi/flaky/1.0/json", Reply::status(500)),
            ("/pypi/empty/1.0/json", Reply::json(pypi_release(&[]))),
            (
                "/api/v1/crates/serde/1.0.0",
                Reply::json(crates_version(
                    "serde",
                    "1.0.0",
                    "2017-04-20T15:12:18.114372+00:00",
                )),
            ),
            (
                "/api/v1/crates/broken/1.0.0",
                Reply::json("{\"version\": {\"created_at\": "),
            ),
            (
                "/go/github.com/!burnt!sushi/toml/@v/v1.3.2.info",
                Reply::json(go_info("v1.3.2", "2022-06-14T12:08:13Z")),
            ),
            (
                "/go/example.invalid/new/@v/v0.1.0.info",
                Reply::json(go_info("v0.1.0", &recent)),
            ),
            (
                "/go/example.invalid/slow/@v/v1.0.0.info",
                Reply::late(
                    Duration::from_secs(3),
                    Reply::json(go_info("v1.0.0", "2020-01-01T00:00:00Z")),
                ),
            ),
        ]
    });
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("tollgate.toml"),
        format!("[registries]\ncrates = \"{}/\"\n", server.base()),
    )
    .unwrap();
    let config = Config::load(&dir.path().join("tollgate.toml")).unwrap();
    let e = env(
        &[
            ("npm_config_registry", format!("{}/", server.base())),
            ("PIP_INDEX_URL", format!("{}/simple/", server.base())),
            ("GOPROXY", format!("{}/go,direct", server.base())),
        ],
        dir.path(),
    );
    let registries = Registries::discover(&config.registries, &e).unwrap();
    let queries = vec![
        q(Ecosystem::Npm, "left-pad", "1.3.0"),
        q(Ecosystem::Npm, "left-pad", "1.3.1"),
        q(Ecosystem::Npm, "left-pad", "1.3.2"),
        q(Ecosystem::Npm, "@scope/pkg", "2.0.0"),
        q(Ecosystem::Npm, "unpublished-pkg", "1.0.0"),
        q(Ecosystem::PyPI, "requests", "2.31.0"),
        q(Ecosystem::PyPI, "flaky", "1.0"),
        q(Ecosystem::PyPI, "empty", "1.0"),
        q(Ecosystem::Cargo, "serde", "1.0.0"),
        q(Ecosystem::Cargo, "broken", "1.0.0"),
        q(Ecosystem::Go, "github.com/BurntSushi/toml", "v1.3.2"),
        q(Ecosystem::Go, "example.invalid/new", "v0.1.0"),
        q(Ecosystem::Go, "example.invalid/slow", "v1.0.0"),
    ];
    let cache = dir.path().join("cache").join("registry.sqlite3");
    let answers = client(registries.clone(), &cache)
        .publish_times(&queries)
        .unwrap();
    let got: Vec<(&str, &str, Option<String>)> = queries
        .iter()
        .zip(&answers)
        .map(|(q, a)| (q.name.as_str(), reason(a), flagged(a)))
        .collect();
    let unknown = Some("unknown".to_string());
    let recent_check = Some("recently-published".to_string());
    assert_eq!(
        got,
        vec![
            ("left-pad", "known", None),
            ("left-pad", "known", recent_check.clone()),
            ("left-pad", "not-found-in-registry", unknown.clone()),
            ("@scope/pkg", "known", None),
            ("unpublished-pkg", "not-found-in-registry", unknown.clone()),
            ("requests", "known", None),
            ("flaky", "registry-error", unknown.clone()),
            ("empty", "not-found-in-registry", unknown.clone()),
            ("serde", "known", None),
            ("broken", "bad-registry-response", unknown.clone()),
            ("github.com/BurntSushi/toml", "known", None),
            ("example.invalid/new", "known", recent_check),
            ("example.invalid/slow", "timeout", unknown),
        ]
    );
    let time = |i: usize| match &answers[i] {
        PublishTime::Known { published, .. } => published.to_string(),
        other => panic!("{other:?}"),
    };
    assert_eq!(time(0), "2018-04-09T01:05:38.42Z");
    assert_eq!(
        time(5),
        "2023-05-22T15:12:42.31379Z",
        "earliest file of the release"
    );
    assert_eq!(time(8), "2017-04-20T15:12:18.114372Z");
    // One package document answers every version of a name.
    assert_eq!(server.hits("/left-pad"), 1);
    // A 500 is retried, a bounded number of times; a timeout is not retried.
    assert_eq!(server.hits("/pypi/flaky/1.0/json"), 3);
    assert_eq!(server.hits("/go/example.invalid/slow/@v/v1.0.0.info"), 1);

    // Second run: the known times come from the cache; only the failures are asked again.
    let before = server.total();
    let known: Vec<Query> = queries
        .iter()
        .zip(&answers)
        .filter(|(_, a)| matches!(a, PublishTime::Known { .. }))
        .map(|(q, _)| q.clone())
        .collect();
    let again = client(registries, &cache).publish_times(&known).unwrap();
    assert_eq!(server.total(), before, "the cache must stop every request");
    assert!(again.iter().all(|a| matches!(
        a,
        PublishTime::Known {
            origin: Origin::Cache,
            ..
        }
    )));
}

#[test]
fn nothing_configured_lockfile_times_and_non_registry_packages_make_no_request() {
    let server = serve(|_| vec![]);
    let dir = tempfile::tempdir().unwrap();
    let registries =
        Registries::discover(&RegistriesConfig::default(), &env(&[], dir.path())).unwrap();
    let mut from_git = q(Ecosystem::Npm, "a", "1.0.0");
    from_git.from_registry = false;
    let mut locked = q(Ecosystem::PyPI, "b", "1.0.0");
    locked.published = Some("2024-01-02T03:04:05.678Z".into());
    let queries = vec![
        q(Ecosystem::Npm, "a", "1.0.0"),
        q(Ecosystem::PyPI, "b", "2.0.0"),
        q(Ecosystem::Cargo, "c", "1.0.0"),
        q(Ecosystem::Go, "example.invalid/d", "v1.0.0"),
        from_git,
        locked,
    ];
    let answers = Client::new(registries, options(), None)
        .publish_times(&queries)
        .unwrap();
    let reasons: Vec<&str> = answers.iter().map(reason).collect();
    assert_eq!(
        reasons,
        [
            "no-registry-configured",
            "no-registry-configured",
            "no-registry-configured",
            "no-registry-configured",
            "not-applicable",
            "known"
        ]
    );
    assert!(matches!(
        answers[5],
        PublishTime::Known {
            origin: Origin::Lockfile,
            ..
        }
    ));
    assert_eq!(server.total(), 0);
}

#[test]
fn cargo_sparse_replacement_finds_the_api_through_config_json_and_deps_dev_fills_gaps() {
    let server = serve(|base| {
        vec![
            (
                "/index/config.json",
                Reply::json(
                    serde_json::json!({"dl": format!("{base}/dl"), "api": format!("{base}/api-root/")})
                        .to_string(),
                ),
            ),
            (
                "/api-root/api/v1/crates/tokio/1.0.0",
                Reply::json(crates_version("tokio", "1.0.0", "2021-01-01T00:00:00+00:00")),
            ),
            (
                "/dd/v3/systems/NPM/packages/%40types%2Fnode/versions/20.0.0",
                Reply::json(
                    serde_json::json!({"versionKey": {"system": "NPM", "name": "@types/node",
                        "version": "20.0.0"}, "publishedAt": "2023-04-21T00:00:00Z"})
                    .to_string(),
                ),
            ),
        ]
    });
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join(".cargo")).unwrap();
    std::fs::write(
        dir.path().join(".cargo/config.toml"),
        format!(
            "[source.crates-io]\nreplace-with = \"corp\"\n[registries.corp]\nindex = \"sparse+{}/index/\"\n",
            server.base()
        ),
    )
    .unwrap();
    let overrides = RegistriesConfig {
        deps_dev: Some(format!("{}/dd", server.base())),
        ..Default::default()
    };
    let registries = Registries::discover(&overrides, &env(&[], dir.path())).unwrap();
    let queries = vec![
        q(Ecosystem::Cargo, "tokio", "1.0.0"),
        q(Ecosystem::Npm, "@types/node", "20.0.0"),
    ];
    let answers = Client::new(registries, options(), None)
        .publish_times(&queries)
        .unwrap();
    assert_eq!(
        answers.iter().map(reason).collect::<Vec<_>>(),
        ["known", "known"],
        "{answers:?}"
    );
    assert_eq!(server.hits("/index/config.json"), 1);
}
