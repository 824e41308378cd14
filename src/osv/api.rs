//! Online mode (`--feed osv-api`): ask OSV's batch query API instead of the local store.
//!
//! `POST /v1/querybatch` answers up to 1,000 package queries with the ids of the records
//! that cover each; the full records then come from `GET /v1/vulns/{id}` (fetched once
//! per id) so verdicts carry the same summary, severity, fix and alias folding as the
//! local store gives. Requests go through the shared client and its retry policy
//! (`plumbing::http`: 429, 5xx and broken connections are retried with backoff, a timeout
//! is not); when an answer cannot be had, the affected queries get an explicit
//! [`Unknown`], never an empty (clean-looking) result.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use lockfile_parsers::{Ecosystem, redact};
use serde::Deserialize;
use serde_json::json;

use super::advisory::{self, Advisory};
use super::error::{Error, Result};
use super::matching;
use super::record::Record;
use crate::plumbing::http::{Http, HttpOptions};

/// OSV's public API.
pub(crate) const DEFAULT_API_URL: &str = "https://api.osv.dev";

/// OSV's documented maximum number of queries per batch request.
pub(crate) const MAX_BATCH: usize = 1000;

/// Follow-up rounds for results the API paginates; bounded so a misbehaving server
/// cannot loop us forever.
const MAX_PAGES: usize = 10;

/// A check that could not be completed, and why; the policy decides whether it blocks.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("advisory check unknown: {reason}")]
pub struct Unknown {
    pub reason: String,
}

/// One package version to check.
pub type Query<'a> = (Ecosystem, &'a str, &'a str);

/// Client settings.
#[derive(Clone, Debug)]
pub struct ApiOptions {
    pub base_url: String,
    pub connect_timeout: Duration,
    /// Per request.
    pub timeout: Duration,
    /// Attempts per request, the first included.
    pub attempts: u32,
    /// Delay before the first retry; doubles each time, capped by `max_backoff`.
    pub backoff: Duration,
    pub max_backoff: Duration,
    pub batch_size: usize,
}

impl Default for ApiOptions {
    fn default() -> Self {
        ApiOptions {
            base_url: DEFAULT_API_URL.to_string(),
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(30),
            attempts: 4,
            backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(8),
            batch_size: MAX_BATCH,
        }
    }
}

/// The OSV API client.
pub struct OsvApi {
    options: ApiOptions,
    http: Http,
}

#[derive(Deserialize)]
struct BatchResponse {
    #[serde(default)]
    results: Vec<BatchResult>,
}

#[derive(Deserialize, Default)]
struct BatchResult {
    #[serde(default)]
    vulns: Option<Vec<VulnRef>>,
    #[serde(default)]
    next_page_token: Option<String>,
}

#[derive(Deserialize)]
struct VulnRef {
    id: String,
}

impl OsvApi {
    pub fn new(options: ApiOptions) -> Result<OsvApi> {
        let http = Http::new(HttpOptions {
            connect_timeout: options.connect_timeout,
            timeout: options.timeout,
            attempts: options.attempts,
            backoff: options.backoff,
            max_backoff: options.max_backoff,
        })
        .map_err(Error::HttpClient)?;
        Ok(OsvApi { options, http })
    }

    /// Advisories for each query, in query order.
    pub fn check_batch(&self, queries: &[Query<'_>]) -> Vec<Result<Vec<Advisory>, Unknown>> {
        let mut out = Vec::with_capacity(queries.len());
        let mut records: HashMap<String, Result<Arc<Record>, Unknown>> = HashMap::new();
        for chunk in queries.chunks(self.options.batch_size.clamp(1, MAX_BATCH)) {
            match self.query_ids(chunk) {
                Ok(ids) => {
                    for (query, ids) in chunk.iter().zip(ids) {
                        out.push(self.verdicts(*query, &ids, &mut records));
                    }
                }
                Err(unknown) => out.extend(chunk.iter().map(|_| Err(unknown.clone()))),
            }
        }
        out
    }

    /// The record ids covering each query of one batch, following pagination.
    fn query_ids(&self, chunk: &[Query<'_>]) -> Result<Vec<Vec<String>>, Unknown> {
        let mut ids = vec![Vec::new(); chunk.len()];
        let mut pending: Vec<(usize, Option<String>)> =
            (0..chunk.len()).map(|i| (i, None)).collect();
        for _ in 0..MAX_PAGES {
            if pending.is_empty() {
                return Ok(ids);
            }
            let body = json!({ "queries": pending.iter().map(|(i, token)| {
                let (eco, name, version) = chunk[*i];
                let mut q = json!({ "package": { "ecosystem": eco.as_str(), "name": name }, "version": version });
                if let Some(token) = token {
                    q["page_token"] = json!(token);
                }
                q
            }).collect::<Vec<_>>() });
            let url = format!("{}/v1/querybatch", self.base());
            let text = self.send(&url, || self.http.post(&url).json(&body))?;
            let response: BatchResponse = serde_json::from_str(&text).map_err(|e| Unknown {
                reason: format!(
                    "{}: response is not a query batch result: {e}",
                    redact::url(&url)
                ),
            })?;
            if response.results.len() != pending.len() {
                return Err(Unknown {
                    reason: format!(
                        "{}: {} results for {} queries",
                        redact::url(&url),
                        response.results.len(),
                        pending.len()
                    ),
                });
            }
            let mut next = Vec::new();
            for ((i, _), result) in pending.iter().zip(response.results) {
                ids[*i].extend(result.vulns.unwrap_or_default().into_iter().map(|v| v.id));
                if let Some(token) = result.next_page_token.filter(|t| !t.is_empty()) {
                    next.push((*i, Some(token)));
                }
            }
            pending = next;
        }
        if pending.is_empty() {
            Ok(ids)
        } else {
            Err(Unknown {
                reason: format!("query batch still paginating after {MAX_PAGES} pages"),
            })
        }
    }

    fn verdicts(
        &self,
        (eco, name, version): Query<'_>,
        ids: &[String],
        records: &mut HashMap<String, Result<Arc<Record>, Unknown>>,
    ) -> Result<Vec<Advisory>, Unknown> {
        let mut hits = Vec::new();
        for id in ids {
            let record = records
                .entry(id.clone())
                .or_insert_with(|| self.fetch(id))
                .clone()?;
            if record.is_withdrawn() {
                continue;
            }
            // The API already decided the record covers the version; our matcher only
            // supplies the fix, so a disagreement (an unparseable bound) still reports.
            let hit = matching::match_version(&record, eco, name, version).unwrap_or_default();
            hits.push((record, hit));
        }
        Ok(advisory::fold(eco, hits))
    }

    fn fetch(&self, id: &str) -> Result<Arc<Record>, Unknown> {
        let url = format!("{}/v1/vulns/{id}", self.base());
        let text = self.send(&url, || self.http.get(&url))?;
        Record::from_json(&text).map(Arc::new).map_err(|e| Unknown {
            reason: format!("{}: not a valid OSV record: {e}", redact::url(&url)),
        })
    }

    fn base(&self) -> &str {
        self.options.base_url.trim_end_matches('/')
    }

    /// The body of the first 2xx response, or why there is none.
    fn send(
        &self,
        url: &str,
        request: impl Fn() -> reqwest::blocking::RequestBuilder,
    ) -> Result<String, Unknown> {
        match self.http.fetch(url, request) {
            Ok(body) => Ok(String::from_utf8_lossy(&body).into_owned()),
            Err(error) => {
                let n = error.attempts();
                Err(Unknown {
                    reason: format!(
                        "{error} (after {n} attempt{})",
                        if n == 1 { "" } else { "s" }
                    ),
                })
            }
        }
    }
}
