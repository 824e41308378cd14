//! The `integrity` check of where a package's bytes come from: the tarball URL or the
//! distribution files a lockfile entry records must name the entry's own package and
//! version (`resolved-url-mismatch` otherwise).
//!
//! A lockfile entry says `is-number@7.0.0`, but npm, yarn and pnpm download what its
//! `resolved` URL names, and pip, uv and poetry install the files they list: an entry
//! pointing at another package's tarball installs that package under a harmless name,
//! and every name-based check (advisories, publish age, typosquat) then looks at the wrong
//! package. What a location names is read by `lockfile_parsers::artifact` from the
//! registries' layouts; here it becomes a verdict, and the package the location really
//! names is also looked up in the advisories ([`installed_instead`]).

use std::collections::HashMap;

use lockfile_parsers::artifact::{self, Named};
use lockfile_parsers::{Ecosystem, Package};

use crate::finding::{Change, DependencyFinding, IntegrityReason, Verdict};

/// Adds a `resolved-url-mismatch` verdict to every added, upgraded, downgraded or changed
/// package of `head` whose recorded location names something else.
pub(crate) fn annotate(findings: &mut [DependencyFinding], head: &[Package]) {
    let mut index: HashMap<(&str, Option<&str>), Vec<&Package>> = HashMap::new();
    for p in head {
        index
            .entry((p.name.as_str(), p.version.as_deref()))
            .or_default()
            .push(p);
    }
    for f in findings.iter_mut().filter(|f| f.change != Change::Removed) {
        let Some(copies) = index.get(&(f.name.as_str(), f.version.as_deref())) else {
            continue;
        };
        // Every copy of the name and version counts: npm installs a version in several
        // places, and each entry records its own URL.
        let mut seen = Vec::new();
        for p in copies
            .iter()
            .filter(|p| p.ecosystem.as_str() == f.ecosystem)
        {
            for mismatch in artifact::mismatches(p) {
                let verdict = Verdict::Integrity {
                    reason: Some(IntegrityReason::ResolvedUrlMismatch),
                    previous: None,
                    current: None,
                    resolved: Some(redact_userinfo(&mismatch.location)),
                    names: mismatch.names.as_ref().map(describe),
                };
                if !seen.contains(&verdict) {
                    seen.push(verdict);
                }
            }
        }
        f.checks.extend(seen);
    }
}

/// `name@version` for a location that names a package; a source distribution's file stem
/// as it is when name and version cannot be told apart.
fn describe(named: &Named) -> String {
    match named {
        Named::Package { name, version } => format!("{name}@{version}"),
        Named::Stem(stem) => stem.clone(),
    }
}

/// The packages a finding's mismatching locations install instead of it, as
/// (ecosystem, name, version) for the advisory lookup: a tarball of a known-malicious
/// package is malicious whatever the entry is called.
pub(crate) fn installed_instead(finding: &DependencyFinding) -> Vec<(Ecosystem, String, String)> {
    let Some(eco) = Ecosystem::from_name(&finding.ecosystem) else {
        return Vec::new();
    };
    finding
        .checks
        .iter()
        .filter_map(|check| match check {
            Verdict::Integrity {
                reason: Some(IntegrityReason::ResolvedUrlMismatch),
                names: Some(names),
                ..
            } => {
                let at = names.get(1..)?.rfind('@')? + 1;
                let (name, version) = (names.get(..at)?, names.get(at + 1..)?);
                (name != finding.name || Some(version) != finding.version.as_deref())
                    .then(|| (eco, name.to_string(), version.to_string()))
            }
            _ => None,
        })
        .collect()
}

/// A URL with its password (or a lone token in the user part) replaced by `***`, so a
/// credential in a lockfile's `resolved` URL is not repeated in the report. Not a URL: as
/// written.
fn redact_userinfo(location: &str) -> String {
    let Ok(mut url) = url::Url::parse(location) else {
        return location.to_string();
    };
    if url.password().is_some() {
        let _ = url.set_password(Some("***"));
    } else if !url.username().is_empty() {
        let _ = url.set_username("***");
    }
    url.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_in_a_resolved_url_are_not_repeated() {
        assert_eq!(
            redact_userinfo("https://me:s3cret@r.invalid/a/-/a-1.0.0.tgz"),
            "https://me:***@r.invalid/a/-/a-1.0.0.tgz"
        );
        assert_eq!(
            redact_userinfo("https://tok3n@r.invalid/a/-/a-1.0.0.tgz"),
            "https://***@r.invalid/a/-/a-1.0.0.tgz"
        );
        assert_eq!(redact_userinfo("a-1.0.0.tar.gz"), "a-1.0.0.tar.gz");
    }
}
