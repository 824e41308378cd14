//! npm-ecosystem lockfiles: package-lock.json / npm-shrinkwrap.json, yarn.lock (v1 and
//! berry) and pnpm-lock.yaml.

pub mod package_lock;
pub mod pnpm;
pub mod yarn_berry;
pub mod yarn_v1;

use crate::model::{Dependency, Source};
use crate::text::git_commit;

/// Classifies a resolved location (or a v1 `version` that is a location) by its shape.
/// Registry tarballs are recognised by npm's `/-/<name>-<version>.tgz` path layout, never by
/// host name, so a private registry is treated like the public one.
pub(crate) fn source_from_resolved(resolved: Option<&str>) -> Source {
    let Some(r) = resolved else {
        return Source::Registry { url: None };
    };
    if is_git(r) {
        return Source::Git {
            url: r.to_string(),
            commit: git_commit(r),
        };
    }
    if let Some(path) = r.strip_prefix("file:") {
        return Source::Path {
            path: path.to_string(),
        };
    }
    if let Some(path) = r
        .strip_prefix("link:")
        .or_else(|| r.strip_prefix("workspace:"))
    {
        return Source::Workspace {
            path: Some(path.to_string()),
        };
    }
    if r.starts_with("http://") || r.starts_with("https://") {
        let path = r.split(['#', '?']).next().unwrap_or(r);
        return if path.contains("/-/") && path.ends_with(".tgz") {
            Source::Registry {
                url: Some(r.to_string()),
            }
        } else {
            Source::Url { url: r.to_string() }
        };
    }
    // A bare relative path (npm v2 links write `packages/foo`).
    Source::Path {
        path: r.to_string(),
    }
}

/// Git locations as npm, yarn and pnpm write them.
pub(crate) fn is_git(s: &str) -> bool {
    [
        "git+",
        "git://",
        "git@",
        "github:",
        "gitlab:",
        "bitbucket:",
        "gist:",
    ]
    .iter()
    .any(|p| s.starts_with(p))
        || (s.starts_with("https://") && s.split('#').next().unwrap_or(s).ends_with(".git"))
}

/// Splits an npm alias target `npm:real@1.2.3` into the real name and version.
pub(crate) fn alias_target(version: &str) -> Option<(&str, &str)> {
    crate::text::split_npm_spec(version.strip_prefix("npm:")?)
}

/// A dependency edge, keyed by the real name when the requirement is an alias (shared by
/// package-lock and yarn v1, which both record requirements as `name: range`).
pub(crate) fn edge(name: String, req: String) -> Dependency {
    match alias_target(&req) {
        Some((real, range)) => Dependency {
            name: real.to_string(),
            req: Some(range.to_string()),
        },
        None => Dependency {
            name,
            req: Some(req),
        },
    }
}
