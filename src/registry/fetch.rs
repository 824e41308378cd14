//! One request per registry document, with bounded retries, and the parsing of each
//! ecosystem's real metadata format into publish times.
//!
//! Requests go through the shared client and retry policy (`plumbing::http`): 5xx, 429
//! and broken connections are retried with backoff; a timeout, a 404/410 (an answer) and
//! other 4xx are not.

use std::collections::HashMap;

use jiff::Timestamp;
use lockfile_parsers::redact;
use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::plumbing::http::{Http, HttpError};

/// Why a lookup failed; `reason` is what the `unknown` check reports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Failure {
    NotFound,
    Timeout,
    RegistryError(String),
    BadResponse(String),
    /// The registry has the version but no publish time for it (deps.dev sometimes).
    NoPublishTime,
}

impl Failure {
    pub fn reason(&self) -> &'static str {
        match self {
            Failure::NotFound => "not-found-in-registry",
            Failure::Timeout => "timeout",
            Failure::RegistryError(_) => "registry-error",
            Failure::BadResponse(_) => "bad-registry-response",
            Failure::NoPublishTime => "no-publish-time",
        }
    }

    pub fn detail(&self) -> Option<&str> {
        match self {
            Failure::RegistryError(d) | Failure::BadResponse(d) => Some(d),
            _ => None,
        }
    }
}

/// GETs `url` through the shared client and retry policy and parses its JSON body as
/// `T`. A 404 or 410 is an answer (the version is not there), a timeout is `Timeout`,
/// anything else that gives no body a `RegistryError` naming the URL.
///
/// Every message names the URL with its credentials hidden (`lockfile_parsers::redact`):
/// a registry URL from `PIP_INDEX_URL` or `.npmrc` may carry a token.
pub fn json<T: DeserializeOwned>(http: &Http, url: &str) -> Result<T, Failure> {
    let shown = redact::url(url);
    let body = http
        .fetch(url, || http.get(url).header("Accept", "application/json"))
        .map_err(|error| match error {
            HttpError::Status {
                status: 404 | 410, ..
            } => Failure::NotFound,
            HttpError::Status { status, .. } => {
                Failure::RegistryError(format!("{shown}: HTTP {status}"))
            }
            HttpError::Timeout { .. } => Failure::Timeout,
            HttpError::Transport { source, .. } => {
                Failure::RegistryError(format!("{shown}: {source}"))
            }
        })?;
    serde_json::from_slice(&body)
        .map_err(|e| Failure::BadResponse(redact::in_text(&format!("{shown}: {e}")).into_owned()))
}

fn timestamp(text: &str, url: &str) -> Result<Timestamp, Failure> {
    text.parse::<Timestamp>().map_err(|e| {
        Failure::BadResponse(format!(
            "{}: bad time `{}`: {e}",
            redact::url(url),
            redact::excerpt(text, 60)
        ))
    })
}

/// npm: the package document's `time` map (version → publish time), for every version
/// asked about at once, since one document answers them all.
pub fn npm(
    http: &Http,
    registry: &str,
    name: &str,
    versions: &[&str],
) -> Vec<Result<Timestamp, Failure>> {
    #[derive(Deserialize)]
    struct Doc {
        time: Option<HashMap<String, serde_json::Value>>,
    }
    let url = format!("{registry}/{}", name.replacen('/', "%2f", 1));
    let time = match json::<Doc>(http, &url) {
        Ok(Doc { time: Some(t) }) => t,
        Ok(Doc { time: None }) => {
            let f = Failure::BadResponse(format!("{}: no `time` map", redact::url(&url)));
            return versions.iter().map(|_| Err(f.clone())).collect();
        }
        Err(f) => return versions.iter().map(|_| Err(f.clone())).collect(),
    };
    versions
        .iter()
        .map(|v| match time.get(*v) {
            Some(serde_json::Value::String(t)) => timestamp(t, &url),
            Some(other) => Err(Failure::BadResponse(format!(
                "{}: time of {v} is {}",
                redact::url(&url),
                redact::excerpt(&other.to_string(), 60)
            ))),
            // Unpublished versions leave the map (an unpublished package keeps only
            // `created`, `modified` and `unpublished`).
            None => Err(Failure::NotFound),
        })
        .collect()
}

/// PyPI JSON API: the earliest `upload_time_iso_8601` of the release's files.
pub fn pypi(http: &Http, root: &str, name: &str, version: &str) -> Result<Timestamp, Failure> {
    #[derive(Deserialize)]
    struct Release {
        urls: Vec<File>,
    }
    #[derive(Deserialize)]
    struct File {
        upload_time_iso_8601: String,
    }
    let url = format!("{root}/pypi/{name}/{version}/json");
    let release: Release = json(http, &url)?;
    let mut earliest: Option<Timestamp> = None;
    for file in &release.urls {
        let t = timestamp(&file.upload_time_iso_8601, &url)?;
        earliest = Some(earliest.map_or(t, |e| e.min(t)));
    }
    // A release whose files are all gone cannot be installed: as good as removed.
    earliest.ok_or(Failure::NotFound)
}

/// Crates registry version API: `version.created_at`.
pub fn crates(http: &Http, api: &str, name: &str, version: &str) -> Result<Timestamp, Failure> {
    #[derive(Deserialize)]
    struct Answer {
        version: Version,
    }
    #[derive(Deserialize)]
    struct Version {
        created_at: String,
    }
    let url = format!("{api}/api/v1/crates/{name}/{version}");
    let answer: Answer = json(http, &url)?;
    timestamp(&answer.version.created_at, &url)
}

/// The `api` base named by a sparse index's `config.json`.
pub(crate) fn sparse_api(http: &Http, index: &str) -> Result<Option<String>, Failure> {
    #[derive(Deserialize)]
    struct Config {
        api: Option<String>,
    }
    let config: Config = json(http, &format!("{index}/config.json"))?;
    Ok(config.api.map(|a| a.trim_end_matches('/').to_string()))
}

/// Go module proxy: `@v/<version>.info` `Time`.
pub fn go(http: &Http, proxy: &str, module: &str, version: &str) -> Result<Timestamp, Failure> {
    #[derive(Deserialize)]
    #[serde(rename_all = "PascalCase")]
    struct Info {
        time: String,
    }
    let url = format!(
        "{proxy}/{}/@v/{}.info",
        go_escape(module),
        go_escape(version)
    );
    let info: Info = json(http, &url)?;
    timestamp(&info.time, &url)
}

/// deps.dev version endpoint: `publishedAt`.
pub fn deps_dev(
    http: &Http,
    base: &str,
    system: &str,
    name: &str,
    version: &str,
) -> Result<Timestamp, Failure> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Version {
        published_at: Option<String>,
    }
    let url = format!(
        "{base}/v3/systems/{system}/packages/{}/versions/{}",
        percent(name),
        percent(version)
    );
    let v: Version = json(http, &url)?;
    match v.published_at.filter(|p| !p.is_empty()) {
        Some(t) => timestamp(&t, &url),
        None => Err(Failure::NoPublishTime),
    }
}

/// The Go module proxy's case encoding: an upper-case letter is `!` and its lower case,
/// so paths stay distinct on case-insensitive file systems.
pub(crate) fn go_escape(path: &str) -> String {
    let mut out = String::with_capacity(path.len() + 4);
    for c in path.chars() {
        if c.is_ascii_uppercase() {
            out.push('!');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// Percent-encodes everything outside RFC 3986's unreserved characters (a whole path
/// segment, `/` and `@` included).
fn percent(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_paths_escape_upper_case() {
        assert_eq!(
            go_escape("github.com/BurntSushi/toml"),
            "github.com/!burnt!sushi/toml"
        );
        assert_eq!(percent("@types/node"), "%40types%2Fnode");
    }
}
