//! A local HTTP server on 127.0.0.1 that answers as a test tells it to: a registry, the
//! OSV API, an export bucket. It counts requests per path, stops when dropped, and gives
//! up after a minute whatever happens, so no test can hang on it.

use std::collections::HashMap;
use std::io::Cursor;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Longest a server lives.
const LIFETIME: Duration = Duration::from_secs(60);

/// What the server received.
pub struct Request {
    pub method: String,
    /// The path and query, as sent.
    pub url: String,
    pub body: String,
}

/// What the server answers.
#[derive(Clone, Debug)]
pub enum Reply {
    /// A body with a status; `json` adds the JSON content type.
    Body {
        status: u16,
        body: Vec<u8>,
        json: bool,
    },
    /// Announce the full length, send only the first half (a connection cut short).
    CutShort(Vec<u8>),
    /// Answer after this long, from a thread of its own so other requests go on.
    Late(Duration, Box<Reply>),
}

impl Reply {
    /// 200 with a JSON body.
    pub fn json(body: impl Into<String>) -> Reply {
        Reply::Body {
            status: 200,
            body: body.into().into_bytes(),
            json: true,
        }
    }

    /// 200 with raw bytes.
    pub fn bytes(body: Vec<u8>) -> Reply {
        Reply::Body {
            status: 200,
            body,
            json: false,
        }
    }

    /// An empty body with `status`.
    pub fn status(status: u16) -> Reply {
        Reply::Body {
            status,
            body: Vec::new(),
            json: false,
        }
    }

    /// This reply after `wait`.
    pub fn late(wait: Duration, reply: Reply) -> Reply {
        Reply::Late(wait, Box::new(reply))
    }
}

type Handler = dyn Fn(&Request) -> Reply + Send + Sync;

/// A running server; stops when dropped.
pub struct Server {
    base: String,
    hits: Arc<Mutex<HashMap<String, usize>>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    /// `http://127.0.0.1:PORT`, no trailing slash.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// Requests received for `path` so far.
    pub fn hits(&self, path: &str) -> usize {
        self.hits.lock().unwrap().get(path).copied().unwrap_or(0)
    }

    /// Requests received so far.
    pub fn total(&self) -> usize {
        self.hits.lock().unwrap().values().sum()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Serves `handler`'s answer to every request.
pub fn serve(handler: impl Fn(&Request) -> Reply + Send + Sync + 'static) -> Server {
    serve_with(|_| handler)
}

/// Serves the handler `build` makes from the server's base URL, for answers that name the
/// server itself (an index whose `config.json` points at its API).
pub fn serve_with<H>(build: impl FnOnce(&str) -> H) -> Server
where
    H: Fn(&Request) -> Reply + Send + Sync + 'static,
{
    let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let base = format!(
        "http://127.0.0.1:{}",
        server.server_addr().to_ip().unwrap().port()
    );
    let handler: Arc<Handler> = Arc::new(build(&base));
    let hits: Arc<Mutex<HashMap<String, usize>>> = Arc::default();
    let stop = Arc::new(AtomicBool::new(false));
    let (flag, counter) = (stop.clone(), hits.clone());
    let thread = std::thread::spawn(move || {
        let started = Instant::now();
        while !flag.load(Ordering::SeqCst) && started.elapsed() < LIFETIME {
            let Ok(Some(mut request)) = server.recv_timeout(Duration::from_millis(20)) else {
                continue;
            };
            let mut body = String::new();
            let _ = request.as_reader().read_to_string(&mut body);
            let received = Request {
                method: request.method().to_string(),
                url: request.url().to_string(),
                body,
            };
            *counter
                .lock()
                .unwrap()
                .entry(received.url.clone())
                .or_default() += 1;
            respond(request, handler(&received));
        }
    });
    Server {
        base,
        hits,
        stop,
        thread: Some(thread),
    }
}

/// Serves fixed routes (path → reply); any other path is a 404.
pub fn routes(routes: Vec<(String, Reply)>) -> Server {
    routes_with(|_| routes)
}

/// Serves the routes `build` makes from the server's base URL.
pub fn routes_with(build: impl FnOnce(&str) -> Vec<(String, Reply)>) -> Server {
    serve_with(|base| {
        let routes: HashMap<String, Reply> = build(base).into_iter().collect();
        move |request: &Request| {
            routes
                .get(&request.url)
                .cloned()
                .unwrap_or(Reply::status(404))
        }
    })
}

fn respond(request: tiny_http::Request, reply: Reply) {
    match reply {
        Reply::Body { status, body, json } => {
            let mut response = tiny_http::Response::from_data(body).with_status_code(status);
            if json {
                let header =
                    tiny_http::Header::from_bytes("Content-Type", "application/json").unwrap();
                response = response.with_header(header);
            }
            let _ = request.respond(response);
        }
        Reply::CutShort(bytes) => {
            let half = bytes[..bytes.len() / 2].to_vec();
            // A Content-Length body, not chunked, so the client knows it is short.
            let response = tiny_http::Response::new(
                200.into(),
                vec![],
                Cursor::new(half),
                Some(bytes.len()),
                None,
            )
            .with_chunked_threshold(usize::MAX);
            let _ = request.respond(response);
        }
        Reply::Late(wait, reply) => {
            std::thread::spawn(move || {
                std::thread::sleep(wait);
                respond(request, *reply);
            });
        }
    }
}
