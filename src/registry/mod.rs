//! Registry metadata: the publish time of an exact package version, for the
//! `recently-published` check.
//!
//! Answers come, in order, from the lockfile itself (uv.lock `upload-time`, pnpm `time:`),
//! the local cache (publish times never change), and the registry the project is
//! configured for ([`config`]), asked concurrently by a bounded pool of threads with a
//! per-request timeout and bounded retries. Whatever cannot be answered is an explicit
//! [`PublishTime::Unknown`] with its reason, which the policy turns into pass, warn or
//! fail; it is never a silent pass. Packages from git, URLs, paths or workspaces are never
//! looked up: a registry's package of the same name is a different package.

pub mod cache;
pub mod config;
pub(crate) mod defaults;
pub(crate) mod fetch;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use jiff::Timestamp;
use lockfile_parsers::{Ecosystem, Package};

use crate::plumbing::http::Http;
pub use crate::plumbing::http::HttpOptions;
pub use cache::Cache;
pub(crate) use config::CratesApi;
pub use config::{Environment, Registries, RegistriesConfig};
pub(crate) use fetch::Failure;

/// Concurrent requests at most; registries rate-limit beyond a handful per client.
pub(crate) const DEFAULT_THREADS: usize = 8;

#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    #[error("{}: cannot read: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: {message}", path.display())]
    Config { path: PathBuf, message: String },
    #[error("publish-time cache {}: {source}", path.display())]
    Cache {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("cannot build an HTTP client: {0}")]
    HttpClient(#[source] reqwest::Error),
}

/// One package version whose publish time is wanted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Query {
    pub ecosystem: Ecosystem,
    pub name: String,
    pub version: String,
    /// Only registry packages are looked up.
    pub from_registry: bool,
    /// The lockfile's own record of the time, when it has one.
    pub published: Option<String>,
}

impl Query {
    /// The query for a package of a lockfile; `None` for an unpinned entry.
    pub fn of(package: &Package) -> Option<Query> {
        Some(Query {
            ecosystem: package.ecosystem,
            name: package.name.clone(),
            version: package.version.clone()?,
            from_registry: package.source.is_registry(),
            published: package.published.clone(),
        })
    }
}

/// Where a known time came from (for tests and statistics).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    Lockfile,
    Cache,
    Registry,
}

/// The answer for one query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PublishTime {
    Known {
        published: Timestamp,
        origin: Origin,
    },
    /// Not a registry package: it has no registry publish time to check.
    NotApplicable,
    Unknown {
        reason: &'static str,
        detail: Option<String>,
    },
}

impl PublishTime {
    fn unknown(f: &Failure) -> PublishTime {
        PublishTime::Unknown {
            reason: f.reason(),
            detail: f.detail().map(str::to_string),
        }
    }
}

/// Looks up publish times; holds the resolved registries, the HTTP settings and the cache.
pub struct Client {
    registries: Registries,
    options: HttpOptions,
    threads: usize,
    cache: Option<Cache>,
}

/// Who answers one ecosystem's lookups.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Target {
    Npm(String),
    PyPI(String),
    Crates(String),
    Go(String),
    DepsDev(String),
}

impl Target {
    /// The URL answers come from (credentials and all: requests need them).
    fn url(&self) -> &str {
        match self {
            Target::Npm(u) | Target::PyPI(u) | Target::Crates(u) | Target::Go(u) => u,
            Target::DepsDev(u) => u,
        }
    }

    /// The cache key: the URL the answer came from, its credentials hidden, so the cache
    /// file never holds a registry token.
    fn registry(&self) -> std::borrow::Cow<'_, str> {
        lockfile_parsers::redact::url(self.url())
    }
}

/// One unit of work for the pool: a document to fetch and the queries it answers.
struct Job {
    target: Target,
    ecosystem: Ecosystem,
    name: String,
    versions: Vec<(usize, String)>,
}

impl Client {
    pub fn new(registries: Registries, options: HttpOptions, cache: Option<Cache>) -> Client {
        Client {
            registries,
            options,
            threads: DEFAULT_THREADS,
            cache,
        }
    }

    /// At most this many requests at once (at least one).
    pub fn with_threads(mut self, threads: usize) -> Client {
        self.threads = threads.max(1);
        self
    }

    pub fn registries(&self) -> &Registries {
        &self.registries
    }

    /// One answer per query, in order. Errors only for the cache file; every network or
    /// registry failure is an `Unknown` answer.
    pub fn publish_times(&mut self, queries: &[Query]) -> Result<Vec<PublishTime>, RegistryError> {
        let mut answers: Vec<Option<PublishTime>> = vec![None; queries.len()];
        let http = Http::new(self.options.clone()).map_err(RegistryError::HttpClient)?;
        let mut jobs: BTreeMap<(usize, String, String), Job> = BTreeMap::new();
        let mut crates_api: Option<Result<Option<String>, Failure>> = None;
        for (i, q) in queries.iter().enumerate() {
            if !q.from_registry {
                answers[i] = Some(PublishTime::NotApplicable);
                continue;
            }
            if let Some(t) = q.published.as_deref().and_then(|p| p.parse().ok()) {
                answers[i] = Some(PublishTime::Known {
                    published: t,
                    origin: Origin::Lockfile,
                });
                continue;
            }
            let target = match self.target(q, &http, &mut crates_api) {
                Ok(t) => t,
                Err(answer) => {
                    answers[i] = Some(answer);
                    continue;
                }
            };
            if let Some(cache) = &self.cache
                && let Some(t) = cache.get(
                    q.ecosystem.as_str(),
                    &q.name,
                    &q.version,
                    &target.registry(),
                )?
            {
                answers[i] = Some(PublishTime::Known {
                    published: t,
                    origin: Origin::Cache,
                });
                continue;
            }
            // npm answers every version of a name with one document; the rest per version.
            let version_key = if matches!(target, Target::Npm(_)) {
                String::new()
            } else {
                q.version.clone()
            };
            let key = (
                q.ecosystem as usize,
                format!("{}\n{}", target.registry(), q.name),
                version_key,
            );
            jobs.entry(key)
                .or_insert_with(|| Job {
                    target,
                    ecosystem: q.ecosystem,
                    name: q.name.clone(),
                    versions: Vec::new(),
                })
                .versions
                .push((i, q.version.clone()));
        }
        let jobs: Vec<Job> = jobs.into_values().collect();
        let results = run_pool(&jobs, self.threads, |job| fetch_job(&http, job));
        let mut fresh = Vec::new();
        for (job, result) in jobs.iter().zip(results) {
            for ((i, version), r) in job.versions.iter().zip(result) {
                answers[*i] = Some(match r {
                    Ok(t) => {
                        fresh.push((job, version.as_str(), t));
                        PublishTime::Known {
                            published: t,
                            origin: Origin::Registry,
                        }
                    }
                    Err(f) => PublishTime::unknown(&f),
                });
            }
        }
        if let Some(cache) = &mut self.cache {
            let registries: Vec<_> = fresh
                .iter()
                .map(|(job, ..)| job.target.registry())
                .collect();
            let entries: Vec<cache::Entry> = fresh
                .iter()
                .zip(&registries)
                .map(|((job, version, t), registry)| cache::Entry {
                    ecosystem: job.ecosystem.as_str(),
                    name: &job.name,
                    version,
                    registry,
                    published: *t,
                })
                .collect();
            cache.put(&entries)?;
        }
        Ok(answers
            .into_iter()
            .map(|a| {
                a.unwrap_or(PublishTime::Unknown {
                    reason: "registry-error",
                    detail: None,
                })
            })
            .collect())
    }

    /// Who answers `q`; an immediate answer when nobody can.
    fn target(
        &self,
        q: &Query,
        http: &Http,
        crates_api: &mut Option<Result<Option<String>, Failure>>,
    ) -> Result<Target, PublishTime> {
        let r = &self.registries;
        // A private module is fetched from its own host, never from the proxy: there is no
        // registry publish time to ask for.
        if q.ecosystem == Ecosystem::Go && config::is_go_private(&r.go_private, &q.name) {
            return Err(PublishTime::NotApplicable);
        }
        let own = match q.ecosystem {
            Ecosystem::Npm => r.npm_for(&q.name).map(|u| Target::Npm(u.to_string())),
            Ecosystem::PyPI => r.pypi.clone().map(Target::PyPI),
            Ecosystem::Go => r.go.clone().map(Target::Go),
            Ecosystem::Cargo => match &r.crates {
                Some(CratesApi::Api(api)) => Some(Target::Crates(api.clone())),
                Some(CratesApi::SparseIndex(index)) => {
                    // Read the index's config.json once per run, and only when needed.
                    match crates_api.get_or_insert_with(|| fetch::sparse_api(http, index)) {
                        Ok(Some(api)) => Some(Target::Crates(api.clone())),
                        Ok(None) => None,
                        Err(f) => return Err(PublishTime::unknown(f)),
                    }
                }
                None => None,
            },
        };
        own.or_else(|| r.deps_dev.clone().map(Target::DepsDev))
            .ok_or(PublishTime::Unknown {
                reason: "no-registry-configured",
                detail: Some(format!(
                    "no {} registry configured; see [registries] in tollgate.toml",
                    q.ecosystem
                )),
            })
    }
}

fn fetch_job(http: &Http, job: &Job) -> Vec<Result<Timestamp, Failure>> {
    let versions: Vec<&str> = job.versions.iter().map(|(_, v)| v.as_str()).collect();
    let name = job.name.as_str();
    let each =
        |f: &dyn Fn(&str) -> Result<Timestamp, Failure>| versions.iter().map(|v| f(v)).collect();
    match &job.target {
        Target::Npm(registry) => fetch::npm(http, registry, name, &versions),
        Target::PyPI(root) => each(&|v| fetch::pypi(http, root, name, v)),
        Target::Crates(api) => each(&|v| fetch::crates(http, api, name, v)),
        Target::Go(proxy) => each(&|v| fetch::go(http, proxy, name, v)),
        Target::DepsDev(base) => {
            each(&|v| fetch::deps_dev(http, base, system(job.ecosystem), name, v))
        }
    }
}

/// deps.dev's name of an ecosystem.
fn system(ecosystem: Ecosystem) -> &'static str {
    match ecosystem {
        Ecosystem::Npm => "NPM",
        Ecosystem::PyPI => "PYPI",
        Ecosystem::Go => "GO",
        Ecosystem::Cargo => "CARGO",
    }
}

/// Runs `work` over `items` on at most `threads` scoped threads, results in item order.
fn run_pool<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    work: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let workers = threads.min(items.len()).max(1);
    let mut results: Vec<(usize, R)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                s.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        done.push((i, work(item)));
                    }
                    done
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pool_keeps_order_and_bounds_threads() {
        let items: Vec<u32> = (0..50).collect();
        let active = AtomicUsize::new(0);
        let peak = AtomicUsize::new(0);
        let out = run_pool(&items, 3, |x| {
            let now = active.fetch_add(1, Ordering::SeqCst) + 1;
            peak.fetch_max(now, Ordering::SeqCst);
            std::thread::yield_now();
            active.fetch_sub(1, Ordering::SeqCst);
            x * 2
        });
        assert_eq!(out, items.iter().map(|x| x * 2).collect::<Vec<_>>());
        assert!(peak.load(Ordering::SeqCst) <= 3);
    }
}
