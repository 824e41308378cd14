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
    for f in findings.iter_mut().filter(|f| wanted(f)) {
        let start = by_name
            .get(f.name.as_str())
            .into_iter()
            .flatten()
            .copied()
            .find(|&i| head.get(i).is_some_and(|p| p.version == f.version));
        if let Some(i) = start {
            f.introduced_by = path_to(head, &parents, i);
        }
    }
}

/// Parent of every package reachable from a direct dependency (`usize::MAX` for roots).
fn bfs(
    head: &[Package],
    by_name: &BTreeMap<&str, Vec<usize>>,
    changed: &BTreeSet<(&str, Option<&str>)>,
) -> Vec<Option<usize>> {
    let mut parent: Vec<Option<usize>> = vec![None; head.len()];
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
    parent
}

/// `["direct@1.0.0", "middle@2.0.0"]` for a package reached through `middle`; empty when the
/// package is unreachable. Local roots (workspace members) are not named.
fn path_to(head: &[Package], parents: &[Option<usize>], start: usize) -> Vec<String> {
    let mut path = Vec::new();
    let mut at = parents.get(start).copied().flatten();
    while let Some(i) = at.filter(|&i| i != usize::MAX) {
        let Some(p) = head.get(i) else { break };
        if !p.source.is_local() {
            path.push(match &p.version {
                Some(v) => format!("{}@{v}", p.name),
                None => p.name.clone(),
            });
        }
        at = parents.get(i).copied().flatten();
        if path.len() > head.len() {
            break;
        }
    }
    path.reverse();
    path
}
