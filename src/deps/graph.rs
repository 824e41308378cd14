//! `introduced_by`: the path from a direct dependency to each new transitive package.
//!
//! One breadth-first search over the head lockfile's dependency edges, from every direct
//! dependency at once, records each package's parent; a finding's path is then read back
//! through the parents. Direct dependencies that the change itself added or bumped are
//! queued first, so when several direct dependencies reach a new package, the path names
//! the one whose change brought it in.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use lockfile_parsers::Package;

use crate::finding::{Change, DependencyFinding};

pub(super) fn fill_introduced_by(head: &[Package], findings: &mut [DependencyFinding]) {
    let wanted = |f: &DependencyFinding| {
        !f.direct
            && matches!(
                f.change,
                Change::Added | Change::Upgraded | Change::Downgraded
            )
    };
    if !findings.iter().any(wanted) {
        return;
    }
    let mut by_name: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, p) in head.iter().enumerate() {
        by_name.entry(p.name.as_str()).or_default().push(i);
    }
    let changed: BTreeSet<(&str, Option<&str>)> = findings
        .iter()
        .filter(|f| f.change != Change::Removed)
        .map(|f| (f.name.as_str(), f.version.as_deref()))
        .collect();
    let parents = bfs(head, &by_name, &changed);
    let roots = roots(&parents);
    for f in findings.iter_mut().filter(|f| wanted(f)) {
        let start = by_name
            .get(f.name.as_str())
            .into_iter()
            .flatten()
            .copied()
            .find(|&i| head.get(i).is_some_and(|p| p.version == f.version));
        if let Some(i) = start {
            f.introduced_by = path_to(head, &parents, &roots, i);
        }
    }
}

/// Parent of every package reachable from a direct dependency (`usize::MAX` for roots),
/// with the packages in the order they were reached (parents before children).
fn bfs(
    head: &[Package],
    by_name: &BTreeMap<&str, Vec<usize>>,
    changed: &BTreeSet<(&str, Option<&str>)>,
) -> Parents {
    let mut parent: Vec<Option<usize>> = vec![None; head.len()];
    let mut order = Vec::new();
    let mut queue = VecDeque::new();
    let roots = head
        .iter()
        .enumerate()
        .filter(|(_, p)| p.direct == Some(true) || p.source.is_local());
    let (first, rest): (Vec<_>, Vec<_>) =
        roots.partition(|(_, p)| changed.contains(&(p.name.as_str(), p.version.as_deref())));
    for (i, _) in first.into_iter().chain(rest) {
        if let Some(slot) = parent.get_mut(i) {
            *slot = Some(usize::MAX);
            queue.push_back(i);
        }
    }
    while let Some(i) = queue.pop_front() {
        order.push(i);
        let Some(p) = head.get(i) else { continue };
        for dep in &p.dependencies {
            let candidates = by_name
                .get(dep.name.as_str())
                .map(Vec::as_slice)
                .unwrap_or_default();
            // An edge that names an exact version goes to that version only.
            let exact: Vec<usize> = candidates
                .iter()
                .copied()
                .filter(|&c| {
                    head.get(c)
                        .is_some_and(|q| q.version.is_some() && q.version == dep.req)
                })
                .collect();
            let targets = if exact.is_empty() {
                candidates
            } else {
                exact.as_slice()
            };
            for &t in targets {
                if let Some(slot @ None) = parent.get_mut(t) {
                    *slot = Some(i);
                    queue.push_back(t);
                }
            }
        }
    }
    Parents { parent, order }
}

/// The breadth-first tree: each package's parent, and the order packages were reached.
struct Parents {
    parent: Vec<Option<usize>>,
    order: Vec<usize>,
}

/// The root (direct dependency or workspace member) each reached package descends from,
/// filled in the order of the search so a parent's root is known before its children's.
fn roots(parents: &Parents) -> Vec<Option<usize>> {
    let mut root = vec![None; parents.parent.len()];
    for &i in &parents.order {
        root[i] = match parents.parent[i] {
            Some(usize::MAX) => Some(i),
            Some(p) => root.get(p).copied().flatten(),
            None => None,
        };
    }
    root
}

/// Paths longer than this keep their direct dependency, `…`, and the last hops: a crafted
/// lockfile whose packages form one long chain made every path as long as the lockfile,
/// and the report quadratic in its size (40,000 packages in a chain took over 20 GB).
const MAX_PATH: usize = 16;

/// `["direct@1.0.0", "middle@2.0.0"]` for a package reached through `middle`; empty when the
/// package is unreachable. Local roots (workspace members) are not named. At most
/// [`MAX_PATH`] entries, found by walking at most that many parents.
fn path_to(
    head: &[Package],
    parents: &Parents,
    roots: &[Option<usize>],
    start: usize,
) -> Vec<String> {
    let named = |i: usize| -> Option<String> {
        let p = head.get(i).filter(|p| !p.source.is_local())?;
        Some(match &p.version {
            Some(v) => format!("{}@{v}", p.name),
            None => p.name.clone(),
        })
    };
    let mut path = Vec::new();
    let mut at = parents.parent.get(start).copied().flatten();
    while let Some(i) = at.filter(|&i| i != usize::MAX) {
        let is_root = parents.parent.get(i) == Some(&Some(usize::MAX));
        if path.len() == MAX_PATH - 2 && !is_root {
            // Cut: the direct dependency, then the hops nearest the package.
            path.push("…".to_string());
            path.extend(roots.get(i).copied().flatten().and_then(named));
            break;
        }
        path.extend(named(i));
        at = parents.parent.get(i).copied().flatten();
    }
    path.reverse();
    path
}
