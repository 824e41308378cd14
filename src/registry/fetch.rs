//! One request per registry document, with bounded retries, and the parsing of each
//! ecosystem's real metadata format into publish times.
//!
//! Retried: HTTP 5xx, 429 and connections that fail before an answer, with exponential
//! backoff. Not retried: a timeout (a registry that is slow now is slow on the next try,
//! and each retry would multiply the wait of a pre-merge check), 404/410 (an answer), other
//! 4xx (a configuration problem that retrying cannot fix).

use std::collections::HashMap;
use std::time::Duration;

use jiff::Timestamp;
use serde::Deserialize;
use serde::de::DeserializeOwned;

/// Why a lookup failed; `reason` is what the `unknown` check reports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
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

/// Client settings.
#[derive(Clone, Debug)]
pub struct HttpOptions {
    /// Per request, connecting included.
    pub timeout: Duration,
    /// Attempts per request, the first included.
    pub attempts: u32,
    /// Delay before the first retry; doubles each time.
    pub backoff: Duration,
}

impl Default for HttpOptions {
    fn default() -> Self {
        HttpOptions {
            timeout: Duration::from_secs(15),
            attempts: 3,
            backoff: Duration::from_millis(300),
        }
    }
}

pub struct Http {
    client: reqwest::blocking::Client,
    options: HttpOptions,
}

impl Http {
    pub fn new(options: HttpOptions) -> Result<Http, reqwest::Error> {
        let client = reqwest::blocking::Client::builder()
            .timeout(options.timeout)
            .connect_timeout(options.timeout)
            // Some registries refuse requests without one.
            .user_agent(concat!("tollgate/", env!("CARGO_PKG_VERSION")))
            .build()?;
        Ok(Http { client, options })
    }

    /// GETs `url` and parses its JSON body as `T`.
    pub fn json<T: DeserializeOwned>(&self, url: &str) -> Result<T, Failure> {
        let body = self.get(url)?;
        serde_json::from_slice(&body).map_err(|e| Failure::BadResponse(format!("{url}: {e}")))
    }

    fn get(&self, url: &str) -> Result<Vec<u8>, Failure> {
        let mut delay = self.options.backoff;
        let mut last = Failure::RegistryError(format!("{url}: no attempt made"));
        for attempt in 0..self.options.attempts.max(1) {
            if attempt > 0 {
                std::thread::sleep(delay);
                delay = delay.saturating_mul(2);
            }
            match self.once(url) {
                Ok(body) => return Ok(body),
                Err(Attempt::Final(f)) => return Err(f),
                Err(Attempt::Retry(f)) => last = f,
            }
        }
        Err(last)
    }

    fn once(&self, url: &str) -> Result<Vec<u8>, Attempt> {
        let response = self
            .client
            .get(url)
            .header("Accept", "application/json")
            .send()
            .map_err(|e| classify(url, &e))?;
        let status = response.status();
        if status.as_u16() == 404 || status.as_u16() == 410 {
            return Err(Attempt::Final(Failure::NotFound));
        }
        if status.is_server_error() || status.as_u16() == 429 {
            return Err(Attempt::Retry(Failure::RegistryError(format!(
                "{url}: HTTP {}",
                status.as_u16()
            ))));
        }
        if !status.is_success() {
            return Err(Attempt::Final(Failure::RegistryError(format!(
                "{url}: HTTP {}",
                status.as_u16()
            ))));
        }
        response
            .bytes()
            .map(|b| b.to_vec())
            .map_err(|e| classify(url, &e))
    }
}

enum Attempt {
    Retry(Failure),
    Final(Failure),
}

fn classify(url: &str, e: &reqwest::Error) -> Attempt {
    if e.is_timeout() {
        Attempt::Final(Failure::Timeout)
    } else {
        Attempt::Retry(Failure::RegistryError(format!("{url}: {e}")))
    }
}

fn timestamp(text: &str, url: &str) -> Result<Timestamp, Failure> {
    text.parse::<Timestamp>()
        .map_err(|e| Failure::BadResponse(format!("{url}: bad time `{text}`: {e}")))
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
    let time = match http.json::<Doc>(&url) {
        Ok(Doc { time: Some(t) }) => t,
        Ok(Doc { time: None }) => {
            let f = Failure::BadResponse(format!("{url}: no `time` map"));
            return versions.iter().map(|_| Err(f.clone())).collect();
        }
        Err(f) => return versions.iter().map(|_| Err(f.clone())).collect(),
    };
    versions
        .iter()
        .map(|v| match time.get(*v) {
            Some(serde_json::Value::String(t)) => timestamp(t, &url),
            Some(other) => Err(Failure::BadResponse(format!(
                "{url}: time of {v} is {other}"
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
    let release: Release = http.json(&url)?;
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
    let answer: Answer = http.json(&url)?;
    timestamp(&answer.version.created_at, &url)
}

/// The `api` base named by a sparse index's `config.json`.
pub fn sparse_api(http: &Http, index: &str) -> Result<Option<String>, Failure> {
    #[derive(Deserialize)]
    struct Config {
        api: Option<String>,
    }
    let config: Config = http.json(&format!("{index}/config.json"))?;
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
    let info: Info = http.json(&url)?;
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
    let v: Version = http.json(&url)?;
    match v.published_at.filter(|p| !p.is_empty()) {
        Some(t) => timestamp(&t, &url),
        None => Err(Failure::NoPublishTime),
    }
}

/// The Go module proxy's case encoding: an upper-case letter is `!` and its lower case,
/// so paths stay distinct on case-insensitive file systems.
pub fn go_escape(path: &str) -> String {
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
