//! Does an OSV record cover one package version? The OSV schema's evaluation rules,
//! with the ecosystem's own version order from `lockfile_parsers::version`.
//!
//! Decisions, per the schema (<https://ossf.github.io/osv-schema/#evaluation>):
//! - A version is covered if any `affected[]` entry naming the package covers it, by an
//!   explicit `versions` entry or by any `SEMVER`/`ECOSYSTEM` range.
//! - `GIT` ranges name commits, not registry versions, so they are skipped; other range
//!   types tollgate does not know are skipped too.
//! - Within a range, events are sorted by version (`introduced: "0"` first) and walked:
//!   `introduced <= v` opens, `fixed <= v` closes, `last_affected < v` closes, and
//!   `limit <= v` excludes.
//! - An entry with neither ranges nor versions covers every version of the package.
//! - Where a bound cannot be parsed we lean towards "affected": an unreadable
//!   `introduced` counts as "0" and an unreadable upper bound is ignored. A false alarm
//!   is visible and can be ignored; a false "clean" is not. A `fixed` that lists several
//!   versions is read as one fix per line (`events.rs`), and the hit says how the fix
//!   was read.
//! - Withdrawn records cover nothing.

use std::cmp::Ordering;

use lockfile_parsers::Ecosystem;
use lockfile_parsers::version::{Version, compare};
use pep440_rs::Version as Pep440;
use std::str::FromStr;
use version_ranges::Ranges;

use super::events::{self, FixNote, Kind, Value};
use super::normalise_name;
use super::record::{Affected, Range, Record};

/// A record covers the queried version; `fixed` is the first version that fixes it on
/// the matched range, when the record names one; `note` says when the fix was read
/// from a value that is not a plain version.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Hit {
    pub fixed: Option<String>,
    pub note: Option<FixNote>,
}

/// True if `record` (not withdrawn) covers `name` at `version` in `eco`.
pub fn affects(record: &Record, eco: Ecosystem, name: &str, version: &str) -> bool {
    match_version(record, eco, name, version).is_some()
}

/// Like [`affects`], also saying which version fixes it.
pub fn match_version(record: &Record, eco: Ecosystem, name: &str, version: &str) -> Option<Hit> {
    if record.is_withdrawn() {
        return None;
    }
    let wanted = normalise_name(eco, name);
    let parsed = Version::parse(eco, version);
    let mut hit: Option<Hit> = None;
    for affected in &record.affected {
        let Some(package) = &affected.package else {
            continue;
        };
        if package.ecosystem != eco.as_str() || normalise_name(eco, &package.name) != wanted {
            continue;
        }
        if let Some(h) = match_affected(affected, eco, version, parsed.as_ref()) {
            // Several entries can cover the same version; keep the highest fix, the one
            // that leaves every entry behind.
            hit = Some(match hit {
                Some(prev) => Hit {
                    fixed: higher_fix(eco, prev.fixed, h.fixed),
                    note: prev.note.or(h.note),
                },
                None => h,
            });
        }
    }
    hit
}

/// The later of two fixes (a known fix beats none).
pub(crate) fn higher_fix(eco: Ecosystem, a: Option<String>, b: Option<String>) -> Option<String> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if compare(eco, &a, &b) == Some(Ordering::Less) {
            b
        } else {
            a
        }),
        (a, b) => a.or(b),
    }
}

fn match_affected(
    affected: &Affected,
    eco: Ecosystem,
    raw: &str,
    v: Option<&Version>,
) -> Option<Hit> {
    let ranges: Vec<&Range> = affected
        .ranges
        .iter()
        .filter(|r| r.kind == "SEMVER" || r.kind == "ECOSYSTEM")
        .collect();
    let in_list = affected.versions.iter().any(|listed| {
        listed.trim() == raw.trim() || (v.is_some() && Version::parse(eco, listed).as_ref() == v)
    });
    let range_hit = ranges.iter().find_map(|r| match_range(r, eco, v));
    match range_hit {
        Some(hit) => Some(hit),
        // A version listed explicitly is covered; report a fix from the ranges if one
        // lies above it.
        None if in_list => Some(Hit {
            fixed: v.and_then(|v| ranges.iter().find_map(|r| next_fix(r, eco, v))),
            note: ranges.iter().find_map(|r| events::note(r, eco)),
        }),
        None if affected.ranges.is_empty() && affected.versions.is_empty() => Some(Hit::default()),
        None => None,
    }
}

/// Every PyPI version of `name` that `record` covers, as a set of PEP 440 versions (empty
/// for a withdrawn record): what a requirement range is intersected with, since a range
/// such as `>=0` admits versions no single lookup names. The walk is [`match_range`]'s:
/// `introduced` opens, `fixed` closes before, `last_affected` closes after; `limit` (a
/// bound on git ranges) is ignored, and an unreadable bound leans towards "covered".
pub(crate) fn pypi_covered(record: &Record, name: &str) -> Ranges<Pep440> {
    let eco = Ecosystem::PyPI;
    let mut covered = Ranges::empty();
    if record.is_withdrawn() {
        return covered;
    }
    let wanted = normalise_name(eco, name);
    let parse = |text: &str| Pep440::from_str(text.trim()).ok();
    for affected in &record.affected {
        let Some(package) = &affected.package else {
            continue;
        };
        if package.ecosystem != eco.as_str() || normalise_name(eco, &package.name) != wanted {
            continue;
        }
        if affected.ranges.is_empty() && affected.versions.is_empty() {
            return Ranges::full();
        }
        for listed in affected.versions.iter().filter_map(|v| parse(v)) {
            covered = covered.union(&Ranges::singleton(listed));
        }
        let ranges = affected
            .ranges
            .iter()
            .filter(|r| r.kind == "SEMVER" || r.kind == "ECOSYSTEM");
        for range in ranges {
            let mut open: Option<Ranges<Pep440>> = None;
            for (kind, _, text) in sorted_events(range, eco) {
                let from = |text: &str| match (text, parse(text)) {
                    ("0", _) | (_, None) => Ranges::full(),
                    (_, Some(v)) => Ranges::higher_than(v),
                };
                match (kind, open.take(), parse(text)) {
                    (Kind::Introduced, None, _) => open = Some(from(text)),
                    (Kind::Introduced, Some(o), _) => open = Some(o),
                    (Kind::Fixed, Some(o), Some(v)) => {
                        covered = covered.union(&o.intersection(&Ranges::strictly_lower_than(v)));
                    }
                    (Kind::LastAffected, Some(o), Some(v)) => {
                        covered = covered.union(&o.intersection(&Ranges::lower_than(v)));
                    }
                    (_, o, _) => open = o,
                }
            }
            if let Some(o) = open {
                covered = covered.union(&o);
            }
        }
    }
    covered
}

/// A range bound: `introduced: "0"` (and unreadable introduced bounds) sort first.
#[derive(Debug)]
enum Bound {
    Zero,
    At(Version),
}

/// The range's events with parsed bounds, sorted by version (stable, so equal bounds keep
/// the record's order). Unreadable bounds fail closed (an `introduced` is "0", an upper
/// bound is dropped); a `fixed` list becomes a fix per line, each line reopened at its
/// start (never below the fix before it).
fn sorted_events(range: &Range, eco: Ecosystem) -> Vec<(Kind, Bound, &str)> {
    let mut out: Vec<(Kind, Bound, &str)> = Vec::new();
    for (kind, text) in range.events.iter().filter_map(events::kind) {
        match (kind, events::read(eco, kind, text)) {
            (_, Value::Zero) | (Kind::Introduced, Value::Unreadable) => {
                out.push((kind, Bound::Zero, text))
            }
            (_, Value::Version(v)) => out.push((kind, Bound::At(v), text)),
            (_, Value::Unreadable) => {}
            (_, Value::List(fixes)) => {
                let mut previous: Option<&Version> = None;
                for (fix, part) in &fixes {
                    if let Some(prev) = previous {
                        let start = events::line_start(eco, fix)
                            .filter(|s| s > prev)
                            .unwrap_or_else(|| prev.clone());
                        out.push((Kind::Introduced, Bound::At(start), ""));
                    }
                    out.push((Kind::Fixed, Bound::At(fix.clone()), part));
                    previous = Some(fix);
                }
            }
        }
    }
    out.sort_by(|a, b| bound_cmp(&a.1, &b.1));
    out
}

fn bound_cmp(a: &Bound, b: &Bound) -> Ordering {
    match (a, b) {
        (Bound::Zero, Bound::Zero) => Ordering::Equal,
        (Bound::Zero, _) => Ordering::Less,
        (_, Bound::Zero) => Ordering::Greater,
        (Bound::At(a), Bound::At(b)) => a.partial_cmp(b).unwrap_or(Ordering::Equal),
    }
}

/// `bound <= v`, with Zero below everything.
fn at_or_below(bound: &Bound, v: &Version) -> bool {
    match bound {
        Bound::Zero => true,
        Bound::At(b) => b <= v,
    }
}

fn match_range(range: &Range, eco: Ecosystem, v: Option<&Version>) -> Option<Hit> {
    let events = sorted_events(range, eco);
    let Some(v) = v else {
        // An unreadable version can only be judged by a range that covers everything.
        let all = !events.is_empty()
            && events
                .iter()
                .all(|(k, b, _)| *k == Kind::Introduced && matches!(b, Bound::Zero));
        return all.then(|| Hit {
            fixed: None,
            note: events::note(range, eco),
        });
    };
    let mut affected = false;
    for (kind, bound, _) in &events {
        match kind {
            Kind::Introduced if at_or_below(bound, v) => affected = true,
            Kind::Fixed if at_or_below(bound, v) => affected = false,
            Kind::LastAffected => {
                if let Bound::At(b) = bound
                    && b < v
                {
                    affected = false;
                }
            }
            Kind::Limit if at_or_below(bound, v) => return None,
            _ => {}
        }
    }
    affected.then(|| Hit {
        fixed: next_fix_in(&events, v),
        note: events::note(range, eco),
    })
}

fn next_fix(range: &Range, eco: Ecosystem, v: &Version) -> Option<String> {
    next_fix_in(&sorted_events(range, eco), v)
}

/// The first `fixed` bound above `v`.
fn next_fix_in(events: &[(Kind, Bound, &str)], v: &Version) -> Option<String> {
    events
        .iter()
        .find_map(|(kind, bound, text)| match (kind, bound) {
            (Kind::Fixed, Bound::At(b)) if b > v => Some(text.to_string()),
            _ => None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(json: &str) -> Record {
        Record::from_json(json).unwrap()
    }

    fn fixed_in(v: &str) -> Option<Hit> {
        Some(Hit {
            fixed: Some(v.into()),
            note: None,
        })
    }

    fn range_record(eco: &str, events: &str) -> Record {
        record(&format!(
            r#"{{"id":"T-1","affected":[{{"package":{{"ecosystem":"{eco}","name":"p"}},
                "ranges":[{{"type":"ECOSYSTEM","events":{events}}}]}}]}}"#
        ))
    }

    #[test]
    fn a_requirement_range_meets_the_versions_a_pypi_record_covers() {
        let r = range_record(
            "PyPI",
            r#"[{"introduced":"1.4"},{"fixed":"1.4.13"},{"introduced":"1.6"},{"last_affected":"1.6.5"}]"#,
        );
        let meets = |spec: &str| {
            let admitted: Ranges<Pep440> =
                pep440_rs::VersionSpecifiers::from_str(spec).unwrap().into();
            !pypi_covered(&r, "p").is_disjoint(&admitted)
        };
        assert!(meets(">=0"));
        assert!(meets(">=1.4,<1.5"));
        assert!(!meets(">=1.4.13,<1.6"), "fixed is excluded");
        assert!(meets("~=1.6.5"), "last_affected is included");
        assert!(!meets(">1.6.5"));
        assert!(!meets("<1.4"));
        let all = record(
            r#"{"id":"M-1","affected":[{"package":{"ecosystem":"PyPI","name":"p"},
            "ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"}]}]}]}"#,
        );
        let admitted: Ranges<Pep440> = pep440_rs::VersionSpecifiers::from_str("~=1.2")
            .unwrap()
            .into();
        assert!(!pypi_covered(&all, "p").is_disjoint(&admitted));
        assert!(pypi_covered(&all, "other").is_empty());
    }

    #[test]
    fn introduced_fixed_pairs() {
        let r = range_record(
            "npm",
            r#"[{"introduced":"1.0.0"},{"fixed":"1.2.0"},{"introduced":"2.0.0"},{"fixed":"2.0.1"}]"#,
        );
        let m = |v| match_version(&r, Ecosystem::Npm, "p", v);
        assert_eq!(m("0.9.9"), None);
        assert_eq!(m("1.0.0"), fixed_in("1.2.0"));
        assert_eq!(m("1.1.9"), fixed_in("1.2.0"));
        assert_eq!(m("1.2.0"), None);
        assert_eq!(m("2.0.0"), fixed_in("2.0.1"));
        assert_eq!(m("2.0.1"), None);
        assert_eq!(m("1.0.0-rc.1"), None);
    }

    #[test]
    fn events_out_of_order_are_sorted() {
        let r = range_record(
            "npm",
            r#"[{"fixed":"2.0.1"},{"introduced":"2.0.0"},{"fixed":"1.2.0"},{"introduced":"1.0.0"}]"#,
        );
        assert!(affects(&r, Ecosystem::Npm, "p", "1.1.0"));
        assert!(!affects(&r, Ecosystem::Npm, "p", "1.5.0"));
    }

    #[test]
    fn last_affected_is_inclusive_and_limit_exclusive() {
        let r = range_record("PyPI", r#"[{"introduced":"0"},{"last_affected":"1.11.0"}]"#);
        assert!(affects(&r, Ecosystem::PyPI, "p", "1.11.0"));
        assert!(!affects(&r, Ecosystem::PyPI, "p", "1.11.0.post1"));
        let r = range_record("npm", r#"[{"introduced":"1.0.0"},{"limit":"1.5.0"}]"#);
        assert!(affects(&r, Ecosystem::Npm, "p", "1.4.9"));
        assert!(!affects(&r, Ecosystem::Npm, "p", "1.5.0"));
    }

    #[test]
    fn unparseable_version_only_matches_all_versions_ranges() {
        let all = range_record("npm", r#"[{"introduced":"0"}]"#);
        assert!(affects(&all, Ecosystem::Npm, "p", "not-a-version"));
        let some = range_record("npm", r#"[{"introduced":"1.0.0"}]"#);
        assert!(!affects(&some, Ecosystem::Npm, "p", "not-a-version"));
    }

    #[test]
    fn git_only_ranges_do_not_match_registry_versions() {
        let r = record(
            r#"{"id":"T-2","affected":[{"package":{"ecosystem":"PyPI","name":"p"},
               "ranges":[{"type":"GIT","repo":"r","events":[{"introduced":"0"},{"fixed":"abc"}]}]}]}"#,
        );
        assert!(!affects(&r, Ecosystem::PyPI, "p", "1.0"));
    }

    #[test]
    fn entry_without_ranges_or_versions_covers_everything() {
        let r = record(r#"{"id":"T-3","affected":[{"package":{"ecosystem":"Go","name":"m"}}]}"#);
        assert!(affects(&r, Ecosystem::Go, "m", "v1.2.3"));
        assert!(!affects(&r, Ecosystem::Go, "other", "v1.2.3"));
        assert!(!affects(&r, Ecosystem::Npm, "m", "1.2.3"));
    }

    #[test]
    fn withdrawn_records_cover_nothing() {
        let r = record(
            r#"{"id":"T-4","withdrawn":"2024-01-01T00:00:00Z","affected":[{"package":{"ecosystem":"npm","name":"p"},"versions":["1.0.0"]}]}"#,
        );
        assert!(!affects(&r, Ecosystem::Npm, "p", "1.0.0"));
    }

    #[test]
    fn pypi_names_compare_normalised() {
        let r = range_record("PyPI", r#"[{"introduced":"0"}]"#);
        let r = Record {
            affected: vec![Affected {
                package: Some(super::super::record::Package {
                    ecosystem: "PyPI".into(),
                    name: "Flask_Caching".into(),
                }),
                ..r.affected[0].clone()
            }],
            ..r
        };
        assert!(affects(&r, Ecosystem::PyPI, "flask-caching", "1.0"));
        assert!(affects(&r, Ecosystem::PyPI, "flask.caching", "1.0"));
    }
}

/// The real records of `corpus/osv/malformed` (issue 11): a `fixed` list read as one fix
/// per line, and unreadable fixes that keep every later version flagged.
#[cfg(test)]
mod malformed {
    use super::*;

    fn corpus(id: &str) -> Record {
        let path = format!(
            "{}/corpus/osv/malformed/{id}.json",
            env!("CARGO_MANIFEST_DIR")
        );
        Record::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    #[test]
    fn a_fixed_list_fixes_each_line_at_its_own_version() {
        let r = corpus("GHSA-v6h2-p8h4-qcjw");
        let m = |v| match_version(&r, Ecosystem::Npm, "brace-expansion", v);
        let list = Some(FixNote::List {
            raw: "2.0.2, 3.0.1, 4.0.1".into(),
        });
        for (version, fixed) in [
            ("1.1.11", Some("2.0.2")),
            ("2.0.1", Some("2.0.2")),
            ("2.0.2", None),
            ("2.9.0", None),
            ("3.0.0-rc.1", Some("3.0.1")),
            ("3.0.0", Some("3.0.1")),
            ("3.0.1", None),
            ("4.0.0", Some("4.0.1")),
            ("4.0.1", None),
            ("5.0.0", None),
        ] {
            let expected = fixed.map(|f| Hit {
                fixed: Some(f.into()),
                note: list.clone(),
            });
            assert_eq!(m(version), expected, "{version}");
        }
    }

    #[test]
    fn an_unreadable_fix_keeps_flagging_and_says_so() {
        for (id, name, raw) in [
            ("PYSEC-2019-125", "steam", "2019-09-12"),
            ("PYSEC-2021-371", "binderhub", "0.2.0-n653"),
        ] {
            let r = corpus(id);
            for version in ["0.1.0", "0.2.0", "0.2.1", "1.0", "2019.9.12", "2020.1"] {
                let hit = match_version(&r, Ecosystem::PyPI, name, version);
                let unreadable = Some(FixNote::Unreadable {
                    event: "fixed",
                    raw: raw.into(),
                });
                assert_eq!(
                    hit,
                    Some(Hit {
                        fixed: None,
                        note: unreadable
                    }),
                    "{id} {version}"
                );
            }
        }
    }

    #[test]
    fn plain_records_carry_no_note() {
        let r = Record::from_json(
            r#"{"id":"T-9","affected":[{"package":{"ecosystem":"npm","name":"p"},
                "ranges":[{"type":"SEMVER","events":[{"introduced":"0"},{"fixed":"1.0.0"}]}]}]}"#,
        )
        .unwrap();
        assert_eq!(
            match_version(&r, Ecosystem::Npm, "p", "0.5.0"),
            Some(Hit {
                fixed: Some("1.0.0".into()),
                note: None
            })
        );
    }
}
