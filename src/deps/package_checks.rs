//! The `source` and `install-script` checks for packages a change adds or moves to
//! another version. (Same-version changes of source or integrity are judged in the diff
//! itself, `changed_in_place` in `deps/mod.rs`.)
//!
//! Source: a package from git, from a URL or tarball, or from a registry host that is
//! not a known one is flagged; so is any plain-`http` location, whatever its host. Known
//! hosts are those of the registry configured for the ecosystem ([`Registries`]); with
//! none configured, the hosts the base lockfile already resolves from, so a change that
//! brings in a new host is what gets flagged, and tollgate needs no registry host written
//! into it. An upgrade of a git or URL package is flagged only when its origin (the
//! repository, or the URL's host) differs from the base version's: bumping an accepted
//! git dependency's commit is not a new source.
//!
//! Install script: an npm package added with `hasInstallScript` (pnpm `requiresBuild`),
//! or an upgrade that gains it, runs code on every `npm install`: the usual way a
//! malicious version does its damage.

use std::collections::{BTreeSet, HashMap};

use lockfile_parsers::{Ecosystem, Package, Source};

use crate::finding::{Change, DependencyFinding, InstallScriptReason, SourceReason, Verdict};
use crate::registry::Registries;
use crate::registry::config::{host, host_of};

use super::Loaded;

/// What the checks of one lockfile need to know beyond the package itself.
#[derive(Clone, Debug, Default)]
pub(crate) struct Context {
    /// Registry hosts a package may come from without being flagged.
    pub known_hosts: BTreeSet<String>,
}

impl Context {
    /// Known hosts for `ecosystem`: the configured registry's, else the registry hosts the
    /// base lockfile already uses. A lockfile new in the change (or a base without registry
    /// packages) teaches nothing: then the host most of the head's registry packages use
    /// counts as its registry, so a minority from elsewhere still stands out without every
    /// package of a new project being flagged.
    pub fn new(
        ecosystem: Ecosystem,
        registries: &Registries,
        base: Option<&Loaded>,
        head: Option<&Loaded>,
    ) -> Context {
        let configured = registries.hosts(ecosystem);
        if !configured.is_empty() {
            return Context {
                known_hosts: configured.into_iter().collect(),
            };
        }
        let hosts = |l: &Loaded| -> Vec<String> {
            l.lockfile
                .packages
                .iter()
                .filter_map(|p| match &p.source {
                    Source::Registry { url: Some(u) } => host(u),
                    _ => None,
                })
                .collect()
        };
        // A base that uses no registry host at all (a new lockfile, or one whose packages
        // were all local) teaches nothing; the head's majority host stands in for it.
        let base_hosts: BTreeSet<String> = base
            .map(|b| hosts(b).into_iter().collect())
            .unwrap_or_default();
        let known_hosts = if !base_hosts.is_empty() {
            base_hosts
        } else {
            let mut counts: std::collections::BTreeMap<String, usize> = Default::default();
            for h in head.map(hosts).unwrap_or_default() {
                *counts.entry(h).or_default() += 1;
            }
            counts
                .into_iter()
                .max_by_key(|(_, n)| *n)
                .map(|(h, _)| h)
                .into_iter()
                .collect()
        };
        Context { known_hosts }
    }
}

/// The checks for one added (`base` is `None`) or upgraded/downgraded package.
pub(crate) fn check_package(base: Option<&Package>, head: &Package, ctx: &Context) -> Vec<Verdict> {
    let mut checks = Vec::new();
    if let Some(reason) = source_reason(base, head, ctx) {
        checks.push(Verdict::Source {
            reason: Some(reason),
            previous: base.map(|b| describe(&b.source)),
            current: describe(&head.source),
            replaces: head.replaces.clone(),
            host: match (&head.source, reason) {
                (Source::Registry { url: Some(u) }, SourceReason::UnknownHost) => host(u),
                _ => None,
            },
        });
    }
    if head.ecosystem == Ecosystem::Npm
        && head.has_install_script
        && !base.is_some_and(|b| b.has_install_script)
    {
        checks.push(Verdict::InstallScript {
            reason: if base.is_some() {
                InstallScriptReason::Gained
            } else {
                InstallScriptReason::Added
            },
        });
    }
    checks
}

/// Adds the `source` and `install-script` checks to the findings of one lockfile's diff,
/// finding each package on its side by name and version. (`typosquat` is the judge's: the
/// policy can switch it off, and then it must not run.)
pub(crate) fn annotate(
    findings: &mut [DependencyFinding],
    base: Option<&Loaded>,
    head: Option<&Loaded>,
    registries: &Registries,
) {
    let Some(head_lock) = head else {
        return;
    };
    // Indexed once per side: a scan of the side per finding made 40,000 added packages
    // 1.6 billion comparisons (issue 17).
    let (base_index, head_index) = (Index::of(base), Index::of(Some(head_lock)));
    let mut contexts: Vec<(Ecosystem, Context)> = Vec::new();
    for f in findings.iter_mut() {
        if !matches!(
            f.change,
            Change::Added | Change::Upgraded | Change::Downgraded
        ) {
            continue;
        }
        let Some(p) = head_index.find(&f.name, f.version.as_deref()) else {
            continue;
        };
        let ctx = match contexts.iter().position(|(e, _)| *e == p.ecosystem) {
            Some(i) => &contexts[i].1,
            None => {
                contexts.push((
                    p.ecosystem,
                    Context::new(p.ecosystem, registries, base, head),
                ));
                &contexts[contexts.len() - 1].1
            }
        };
        let previous = match f.change {
            Change::Added => None,
            _ => base_index.find(&f.name, f.previous_version.as_deref()),
        };
        f.checks.extend(check_package(previous, p, ctx));
    }
}

/// One side's packages by name and version; the first package of a name and version wins,
/// as a scan in file order would find it.
struct Index<'a>(HashMap<(&'a str, Option<&'a str>), &'a Package>);

impl<'a> Index<'a> {
    fn of(side: Option<&'a Loaded>) -> Index<'a> {
        let mut map = HashMap::new();
        for p in side.map_or(&[][..], |l| &l.lockfile.packages) {
            map.entry((p.name.as_str(), p.version.as_deref()))
                .or_insert(p);
        }
        Index(map)
    }

    fn find(&self, name: &str, version: Option<&str>) -> Option<&'a Package> {
        self.0.get(&(name, version)).copied()
    }
}

/// Why `head`'s source is flagged, if it is.
fn source_reason(base: Option<&Package>, head: &Package, ctx: &Context) -> Option<SourceReason> {
    if head.replaces.is_some() && base.is_none_or(|b| b.replaces != head.replaces) {
        return Some(SourceReason::ReplacedByFork);
    }
    let location = match &head.source {
        Source::Registry { url } => url.as_deref(),
        Source::Git { url, .. } | Source::Url { url } => Some(url.as_str()),
        Source::Path { .. } | Source::Workspace { .. } => return None,
    };
    // Parsed once for both questions: four URL parses per package were a tenth of
    // `deps`' offline time on 5,000 added packages (issue 11).
    let parsed = location.and_then(|l| url::Url::parse(l.trim()).ok());
    if parsed.as_ref().is_some_and(is_plain_http) {
        return Some(SourceReason::PlainHttp);
    }
    let same_origin = base.is_some_and(|b| origin(&b.source) == origin(&head.source));
    match &head.source {
        Source::Git { .. } if !same_origin => Some(SourceReason::Git),
        Source::Url { .. } if !same_origin => Some(SourceReason::Url),
        Source::Registry { url: Some(_) } => {
            let h = host_of(parsed.as_ref()?)?;
            (!ctx.known_hosts.contains(&h)).then_some(SourceReason::UnknownHost)
        }
        _ => None,
    }
}

/// `http://` and `git+http://`: bytes anyone on the path can replace (`url` lowercases
/// schemes).
fn is_plain_http(url: &url::Url) -> bool {
    matches!(url.scheme(), "http" | "git+http")
}

/// What "the same origin" compares: the repository of a git source (without the commit),
/// the host of a URL.
fn origin(s: &Source) -> Option<String> {
    match s {
        Source::Git { url, .. } => Some(format!("git:{}", url.split('#').next().unwrap_or(url))),
        Source::Url { url } => host(url).map(|h| format!("url:{h}")),
        _ => None,
    }
}

fn describe(s: &Source) -> String {
    match s {
        Source::Registry { url: Some(u) } => format!("registry:{u}"),
        Source::Registry { url: None } => "registry".to_string(),
        Source::Git { url, commit } => match commit {
            Some(c) => format!("git:{url}#{c}"),
            None => format!("git:{url}"),
        },
        Source::Url { url } => format!("url:{url}"),
        Source::Path { path } => format!("path:{path}"),
        Source::Workspace { path } => format!("workspace:{}", path.as_deref().unwrap_or("")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pkg(source: Source) -> Package {
        let mut p = Package::new(Ecosystem::Npm, "a", Some("1.0.0".into()));
        p.source = source;
        p
    }

    fn reg(url: &str) -> Source {
        Source::Registry {
            url: Some(url.into()),
        }
    }

    fn ctx(hosts: &[&str]) -> Context {
        Context {
            known_hosts: hosts.iter().map(|h| h.to_string()).collect(),
        }
    }

    fn reasons(base: Option<&Package>, head: &Package, c: &Context) -> Vec<String> {
        check_package(base, head, c)
            .iter()
            .map(|c| format!("{}:{}", c.kind(), c.reason().unwrap()))
            .collect()
    }

    #[test]
    fn a_go_module_replaced_by_a_fork_is_a_source_change() {
        let mut fork = Package::new(Ecosystem::Go, "github.com/q/r2", Some("v1.0.1".into()));
        fork.replaces = Some("github.com/q/r".into());
        let checks = check_package(None, &fork, &ctx(&[]));
        assert!(
            matches!(&checks[0], Verdict::Source { reason: Some(SourceReason::ReplacedByFork), replaces: Some(r), .. } if r == "github.com/q/r"),
            "{checks:?}"
        );
        // The same fork on both sides is not news.
        assert!(reasons(Some(&fork), &fork, &ctx(&[])).is_empty());
    }

    #[test]
    fn registry_hosts_known_new_and_plain_http() {
        let c = ctx(&["registry.npm.invalid"]);
        let known = pkg(reg("https://registry.npm.invalid/a/-/a-1.0.0.tgz"));
        assert!(reasons(None, &known, &c).is_empty());
        let other = pkg(reg("https://evil.invalid/a/-/a-1.0.0.tgz"));
        assert_eq!(reasons(None, &other, &c), ["source:unknown-host"]);
        let http = pkg(reg("http://registry.npm.invalid/a/-/a-1.0.0.tgz"));
        assert_eq!(reasons(None, &http, &c), ["source:plain-http"]);
        assert!(reasons(None, &pkg(Source::Registry { url: None }), &c).is_empty());
    }

    #[test]
    fn a_backslash_before_the_at_sign_is_the_host_that_package_managers_use() {
        // WHATWG URL parsing, which package managers follow, reads `\` as `/` in an
        // http(s) URL: the host is `evil.invalid`, and `@registry...` is path. A parser that
        // split at the last `@` saw the known registry here.
        let c = ctx(&["registry.npm.invalid"]);
        let sneaky = pkg(reg(
            "https://evil.invalid\\@registry.npm.invalid/a/-/a-1.0.0.tgz",
        ));
        assert_eq!(reasons(None, &sneaky, &c), ["source:unknown-host"]);
    }

    #[test]
    fn git_and_url_sources_are_flagged_unless_an_upgrade_keeps_the_origin() {
        let c = ctx(&[]);
        let git = |commit: &str| {
            pkg(Source::Git {
                url: "git+https://host.invalid/a.git".into(),
                commit: Some(commit.into()),
            })
        };
        assert_eq!(reasons(None, &git("1"), &c), ["source:git"]);
        assert!(reasons(Some(&git("1")), &git("2"), &c).is_empty());
        let from_registry = pkg(Source::Registry { url: None });
        assert_eq!(reasons(Some(&from_registry), &git("2"), &c), ["source:git"]);
        let tarball = pkg(Source::Url {
            url: "https://files.invalid/a.tgz".into(),
        });
        assert_eq!(reasons(None, &tarball, &c), ["source:url"]);
        let local = pkg(Source::Path {
            path: "../a".into(),
        });
        assert!(reasons(None, &local, &c).is_empty());
    }

    #[test]
    fn install_script_added_or_gained() {
        let c = ctx(&[]);
        let mut with = pkg(Source::Registry { url: None });
        with.has_install_script = true;
        let without = pkg(Source::Registry { url: None });
        assert_eq!(reasons(None, &with, &c), ["install-script:added"]);
        assert_eq!(
            reasons(Some(&without), &with, &c),
            ["install-script:gained"]
        );
        assert!(reasons(Some(&with), &with, &c).is_empty());
    }
}
