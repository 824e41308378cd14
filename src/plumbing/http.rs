//! The one HTTP client (rustls, a user agent, timeouts) and the one retry policy, for the
//! OSV API, the export download and the registry lookups.
//!
//! Retried, with exponential backoff up to `max_backoff`: HTTP 429, 5xx, and connections
//! that fail before an answer (reset, refused, a body cut off mid-read). Not retried:
//! a timeout — a server that is slow now is slow on the next try, and each retry would
//! multiply the wait of a pre-merge check by the number of attempts — and any other 4xx,
//! an answer (404) or a configuration problem that retrying cannot fix. The OSV API once
//! retried timeouts and the registry client did not; both now follow this policy.

use std::time::Duration;

use lockfile_parsers::redact;
use reqwest::blocking::{Client, RequestBuilder, Response};

/// Client settings.
#[derive(Clone, Debug)]
pub struct HttpOptions {
    /// Establishing the connection.
    pub connect_timeout: Duration,
    /// The whole request, body included: a stalled server cannot hang a check.
    pub timeout: Duration,
    /// Attempts per request, the first included.
    pub attempts: u32,
    /// Delay before the first retry; doubles each time, capped by `max_backoff`.
    pub backoff: Duration,
    pub max_backoff: Duration,
}

impl Default for HttpOptions {
    fn default() -> Self {
        HttpOptions {
            connect_timeout: Duration::from_secs(15),
            timeout: Duration::from_secs(15),
            attempts: 3,
            backoff: Duration::from_millis(300),
            max_backoff: Duration::from_secs(8),
        }
    }
}

/// Why a request gave no usable answer, after `attempts` attempts.
#[derive(Debug, thiserror::Error)]
pub enum HttpError {
    #[error("{url}: HTTP status {status}")]
    Status {
        url: String,
        status: u16,
        attempts: u32,
    },
    #[error("{url}: timed out")]
    Timeout {
        url: String,
        attempts: u32,
        #[source]
        source: reqwest::Error,
    },
    #[error("{url}: {source}")]
    Transport {
        url: String,
        attempts: u32,
        #[source]
        source: reqwest::Error,
    },
}

impl HttpError {
    /// How many attempts were made.
    pub fn attempts(&self) -> u32 {
        match self {
            HttpError::Status { attempts, .. }
            | HttpError::Timeout { attempts, .. }
            | HttpError::Transport { attempts, .. } => *attempts,
        }
    }

    /// The error for a request to `url`. It names the URL with its credentials hidden,
    /// and the transport error without the URL it embeds (which would show them).
    fn of(url: &str, attempts: u32, source: reqwest::Error) -> HttpError {
        let url = redact::url(url).into_owned();
        let source = source.without_url();
        if source.is_timeout() {
            HttpError::Timeout {
                url,
                attempts,
                source,
            }
        } else {
            HttpError::Transport {
                url,
                attempts,
                source,
            }
        }
    }

    fn is_retried(&self) -> bool {
        match self {
            HttpError::Status { status, .. } => *status == 429 || *status >= 500,
            HttpError::Timeout { .. } => false,
            HttpError::Transport { .. } => true,
        }
    }
}

/// The HTTP client with the retry policy.
pub struct Http {
    client: Client,
    options: HttpOptions,
}

impl Http {
    pub fn new(options: HttpOptions) -> Result<Http, reqwest::Error> {
        let client = Client::builder()
            .connect_timeout(options.connect_timeout)
            .timeout(options.timeout)
            // Some registries refuse requests without one.
            .user_agent(concat!("tollgate/", env!("CARGO_PKG_VERSION")))
            .build()?;
        Ok(Http { client, options })
    }

    /// A GET request for `url`, to refine (headers) before sending.
    pub fn get(&self, url: &str) -> RequestBuilder {
        self.client.get(url)
    }

    /// A POST request for `url`.
    pub fn post(&self, url: &str) -> RequestBuilder {
        self.client.post(url)
    }

    /// The first 2xx response to `request()` under the retry policy; the body is left for
    /// the caller to stream.
    pub fn send(
        &self,
        url: &str,
        request: impl Fn() -> RequestBuilder,
    ) -> Result<Response, HttpError> {
        self.retrying(|attempt| once(url, attempt, &request))
    }

    /// The body of the first 2xx response to `request()` under the retry policy; a body
    /// cut off mid-read is retried like a failed connection.
    pub fn fetch(
        &self,
        url: &str,
        request: impl Fn() -> RequestBuilder,
    ) -> Result<Vec<u8>, HttpError> {
        self.retrying(|attempt| {
            let response = once(url, attempt, &request)?;
            response
                .bytes()
                .map(|b| b.to_vec())
                .map_err(|e| HttpError::of(url, attempt, e))
        })
    }

    fn retrying<T>(
        &self,
        mut attempt: impl FnMut(u32) -> Result<T, HttpError>,
    ) -> Result<T, HttpError> {
        let attempts = self.options.attempts.max(1);
        let mut delay = self.options.backoff;
        let mut n = 1;
        loop {
            match attempt(n) {
                Ok(answer) => return Ok(answer),
                Err(error) if error.is_retried() && n < attempts => {
                    std::thread::sleep(delay);
                    delay = delay.saturating_mul(2).min(self.options.max_backoff);
                    n += 1;
                }
                Err(error) => return Err(error),
            }
        }
    }
}

fn once(
    url: &str,
    attempt: u32,
    request: &impl Fn() -> RequestBuilder,
) -> Result<Response, HttpError> {
    let response = request()
        .send()
        .map_err(|e| HttpError::of(url, attempt, e))?;
    let status = response.status();
    if status.is_success() {
        Ok(response)
    } else {
        Err(HttpError::Status {
            url: redact::url(url).into_owned(),
            status: status.as_u16(),
            attempts: attempt,
        })
    }
}
