//! Python lockfiles: requirements.txt, poetry.lock, uv.lock, pylock.toml (PEP 751),
//! Pipfile.lock and pdm.lock. Names are PEP 503-normalised everywhere, so `Foo_Bar` in one
//! file and `foo-bar` in another are the same package to the diff.

pub mod pdm;
pub mod pipfile;
pub mod poetry;
pub mod pylock;
pub mod requirements;
pub mod uv;

use crate::model::Source;
use crate::text::git_commit;

/// Several file hashes as one comparable value: sorted, space-separated.
pub(crate) fn join_hashes(mut hashes: Vec<String>) -> Option<String> {
    hashes.sort();
    hashes.dedup();
    (!hashes.is_empty()).then(|| hashes.join(" "))
}

/// Classifies a requirement URL: VCS (`git+https://...@rev`), local file, or remote archive.
pub(crate) fn url_source(url: &str) -> Source {
    for vcs in ["git+", "hg+", "svn+", "bzr+"] {
        if let Some(rest) = url.strip_prefix(vcs) {
            let no_frag = rest.split('#').next().unwrap_or(rest);
            let commit = no_frag
                .rsplit_once('@')
                .map(|(_, rev)| rev)
                .filter(|rev| rev.len() >= 7 && rev.bytes().all(|b| b.is_ascii_hexdigit()))
                .map(str::to_string)
                .or_else(|| git_commit(url));
            return Source::Git {
                url: url.to_string(),
                commit,
            };
        }
    }
    if let Some(path) = url
        .strip_prefix("file://")
        .or_else(|| url.strip_prefix("file:"))
    {
        return Source::Path {
            path: path.to_string(),
        };
    }
    if url.contains("://") {
        return Source::Url {
            url: url.to_string(),
        };
    }
    Source::Path {
        path: url.to_string(),
    }
}

/// The leading distribution name of a PEP 508 string (`requests[socks]>=2 ; ...`),
/// normalised.
pub(crate) fn pep508_name(s: &str) -> Option<String> {
    let s = s.trim();
    let end = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
        .unwrap_or(s.len());
    let name = s.get(..end)?;
    (!name.is_empty()).then(|| crate::text::pep503(name))
}

/// Marks direct and dev packages from a name-level graph: `roots` are the project's
/// production dependencies, `dev_roots` its development ones. Direct = named by either;
/// dev = not reachable from any production root.
pub(crate) fn mark_scope(packages: &mut [crate::Package], roots: &[String], dev_roots: &[String]) {
    use std::collections::{BTreeMap, BTreeSet};
    let edges: BTreeMap<&str, Vec<&str>> = packages
        .iter()
        .map(|p| {
            (
                p.name.as_str(),
                p.dependencies.iter().map(|d| d.name.as_str()).collect(),
            )
        })
        .fold(BTreeMap::new(), |mut m, (n, ds): (&str, Vec<&str>)| {
            m.entry(n).or_insert_with(Vec::new).extend(ds);
            m
        });
    let mut reached: BTreeSet<&str> = BTreeSet::new();
    let mut stack: Vec<&str> = roots.iter().map(String::as_str).collect();
    while let Some(n) = stack.pop() {
        if reached.insert(n) {
            stack.extend(edges.get(n).into_iter().flatten());
        }
    }
    let reached: BTreeSet<String> = reached.into_iter().map(str::to_string).collect();
    for p in packages.iter_mut().filter(|p| !p.source.is_local()) {
        p.direct = Some(roots.contains(&p.name) || dev_roots.contains(&p.name));
        p.dev = Some(!reached.contains(&p.name));
    }
}
