//! Opt-in (`cargo test --test registry_live -- --ignored`): asks the registry npm itself is configured for
//! (`npm config get registry`) about a long-published version and checks the publish time
//! it reports. Ignored by default: tests do not use the network.

use std::time::Duration;

use jiff::{SignedDuration, Timestamp};
use lockfile_parsers::Ecosystem;
use tollgate::registry::{Client, HttpOptions, Origin, PublishTime, Query, Registries};

#[test]
#[ignore = "asks the npm registry this machine is configured for; run with --ignored"]
fn configured_npm_registry_reports_a_long_published_version() {
    let out = std::process::Command::new("npm")
        .args(["config", "get", "registry"])
        .output()
        .expect("npm must be installed for the live test");
    let registry = String::from_utf8(out.stdout).unwrap().trim().to_string();
    assert!(registry.starts_with("http"), "npm registry: {registry:?}");
    let registries = Registries {
        npm: Some(registry.trim_end_matches('/').to_string()),
        ..Registries::default()
    };
    let options = HttpOptions {
        timeout: Duration::from_secs(30),
        ..HttpOptions::default()
    };
    // lodash 4.17.21 is among the most installed versions of anything and years old; it
    // will not be unpublished. (Mirrors report their own copy's time, so only the age is
    // asserted, not the upstream day.)
    let query = Query {
        ecosystem: Ecosystem::Npm,
        name: "lodash".into(),
        version: "4.17.21".into(),
        from_registry: true,
        published: None,
    };
    let answers = Client::new(registries, options, None)
        .publish_times(&[query])
        .unwrap();
    let PublishTime::Known { published, origin } = answers[0] else {
        panic!("{:?}", answers[0]);
    };
    assert_eq!(origin, Origin::Registry);
    let age = Timestamp::now().duration_since(published);
    assert!(age > SignedDuration::from_hours(24 * 365), "{published}");
    assert!(
        published > "2012-01-01T00:00:00Z".parse().unwrap(),
        "{published}"
    );
}
