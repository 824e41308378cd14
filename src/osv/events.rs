//! Reading the value of one range event, and naming the values that are not versions.
//!
//! Real records carry event values their ecosystem cannot read: GHSA-v6h2-p8h4-qcjw
//! writes `fixed: "2.0.2, 3.0.1, 4.0.1"` (a fix per major line in one string),
//! PYSEC-2019-125 a date, PYSEC-2021-371 `0.2.0-n653`. They are record problems, and
//! tollgate treats them so:
//!
//! - **A comma-separated `fixed` whose parts are all versions is the list that was
//!   meant:** the first fix closes the range; each later one fixes its own line (the
//!   major version, or the minor for `0.x`), which is affected from the line's first
//!   version (pre-releases included) up to that fix. brace-expansion 3.0.0 is affected,
//!   3.0.1 is not, 5.0.0 is not.
//! - **Any other unreadable value fails closed:** an `introduced` counts as "0" and an
//!   upper bound (`fixed`, `last_affected`, `limit`) is ignored, so every version from the
//!   range's start stays flagged, and the finding says the fixed version is unreadable.
//!
//! `import` counts and names such records ([`problems`]); matching reads events through
//! [`read`] and notes the reading on the finding ([`FixNote`]).

use std::fmt;

use lockfile_parsers::Ecosystem;
use lockfile_parsers::version::Version;

use super::record::{Event, Range, Record};

/// Which bound an event sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Introduced,
    Fixed,
    LastAffected,
    Limit,
}

impl Kind {
    /// The event's key in the OSV schema.
    fn as_str(self) -> &'static str {
        match self {
            Kind::Introduced => "introduced",
            Kind::Fixed => "fixed",
            Kind::LastAffected => "last_affected",
            Kind::Limit => "limit",
        }
    }
}

/// An event's value as matching uses it.
#[derive(Debug)]
pub(crate) enum Value<'a> {
    /// `introduced: "0"`: before every version.
    Zero,
    Version(Version),
    /// A `fixed` list: its versions, ascending, each with its text.
    List(Vec<(Version, &'a str)>),
    /// Not a version of the ecosystem, nor a list of them.
    Unreadable,
}

/// The kind and text of an event; `None` for an event with none of the four set.
pub(crate) fn kind(e: &Event) -> Option<(Kind, &str)> {
    [
        (Kind::Introduced, &e.introduced),
        (Kind::Fixed, &e.fixed),
        (Kind::LastAffected, &e.last_affected),
        (Kind::Limit, &e.limit),
    ]
    .into_iter()
    .find_map(|(k, s)| s.as_deref().map(|s| (k, s)))
}

/// Reads the value of an event of `kind` in `eco`.
pub(crate) fn read(eco: Ecosystem, kind: Kind, text: &str) -> Value<'_> {
    if kind == Kind::Introduced && text.trim() == "0" {
        return Value::Zero;
    }
    if let Some(v) = Version::parse(eco, text) {
        return Value::Version(v);
    }
    if kind == Kind::Fixed && text.contains(',') {
        let parts: Option<Vec<(Version, &str)>> = text
            .split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(|p| Some((Version::parse(eco, p)?, p)))
            .collect();
        if let Some(mut parts) = parts.filter(|p| !p.is_empty()) {
            parts.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap_or(std::cmp::Ordering::Equal));
            return Value::List(parts);
        }
    }
    Value::Unreadable
}

/// The first version of `v`'s compatibility line (its major version, or its minor for
/// `0.x`), pre-releases included: where a fix of a `fixed` list starts to matter.
pub(crate) fn line_start(eco: Ecosystem, v: &Version) -> Option<Version> {
    let text = match v {
        Version::SemVer(s) if s.major == 0 => format!("0.{}.0-0", s.minor),
        Version::SemVer(s) => format!("{}.0.0-0", s.major),
        Version::Pep440(p) => match p.release() {
            [0, minor, ..] => format!("0.{minor}.dev0"),
            [major, ..] => format!("{major}.dev0"),
            [] => return None,
        },
    };
    Version::parse(eco, &text)
}

/// What a finding says about how its fix was read, when the record's event was not a
/// plain version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FixNote {
    /// A `fixed` list, read as one fix per line.
    List { raw: String },
    /// An upper bound that is not a version; it was ignored, so the range stays open.
    Unreadable { event: &'static str, raw: String },
}

impl fmt::Display for FixNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FixNote::List { raw } => write!(f, "fixed read as the list \"{raw}\""),
            FixNote::Unreadable {
                event: "fixed",
                raw,
            } => {
                write!(f, "fixed version unreadable (\"{raw}\")")
            }
            FixNote::Unreadable { event, raw } => {
                write!(
                    f,
                    "{event} version unreadable (\"{raw}\"), fixed version unknown"
                )
            }
        }
    }
}

/// The note for a match on `range`: an unreadable upper bound first (it widened the
/// match), else a `fixed` list.
pub(crate) fn note(range: &Range, eco: Ecosystem) -> Option<FixNote> {
    let mut list = None;
    for (kind, text) in range.events.iter().filter_map(kind) {
        match (kind, read(eco, kind, text)) {
            (Kind::Introduced, _) | (_, Value::Zero | Value::Version(_)) => {}
            (_, Value::Unreadable) => {
                return Some(FixNote::Unreadable {
                    event: kind.as_str(),
                    raw: text.to_string(),
                });
            }
            (_, Value::List(_)) => {
                list.get_or_insert(FixNote::List {
                    raw: text.to_string(),
                });
            }
        }
    }
    list
}

/// One event value of a record that is not a version of its ecosystem, described for
/// `feed import` and `feed status --verbose`.
pub(crate) fn problems(record: &Record) -> Vec<String> {
    let mut out = Vec::new();
    for affected in &record.affected {
        let Some(package) = &affected.package else {
            continue;
        };
        let Some(eco) = Ecosystem::ALL
            .into_iter()
            .find(|e| e.as_str() == package.ecosystem)
        else {
            continue;
        };
        let ranges = affected
            .ranges
            .iter()
            .filter(|r| r.kind == "SEMVER" || r.kind == "ECOSYSTEM");
        for (kind, text) in ranges.flat_map(|r| r.events.iter().filter_map(self::kind)) {
            let what = match read(eco, kind, text) {
                Value::Zero | Value::Version(_) => continue,
                Value::List(parts) => {
                    let parts: Vec<&str> = parts.iter().map(|(_, p)| *p).collect();
                    format!("a list, read as {}", parts.join(" / "))
                }
                Value::Unreadable if kind == Kind::Introduced => {
                    "not a version, read as \"0\" (every version)".to_string()
                }
                Value::Unreadable => "not a version, ignored (the range stays open)".to_string(),
            };
            out.push(format!(
                "{}: {} {:?} is {what}",
                package.name,
                kind.as_str(),
                text
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_list_is_read_ascending_and_other_lists_are_unreadable() {
        let Value::List(parts) = read(Ecosystem::Npm, Kind::Fixed, "4.0.1, 2.0.2,3.0.1") else {
            panic!("not a list");
        };
        let texts: Vec<&str> = parts.iter().map(|(_, t)| *t).collect();
        assert_eq!(texts, ["2.0.2", "3.0.1", "4.0.1"]);
        assert!(matches!(
            read(Ecosystem::Npm, Kind::Fixed, "2.0.2, soon"),
            Value::Unreadable
        ));
        assert!(matches!(
            read(Ecosystem::Npm, Kind::LastAffected, "2.0.2, 3.0.1"),
            Value::Unreadable
        ));
        assert!(matches!(
            read(Ecosystem::PyPI, Kind::Fixed, "2019-09-12"),
            Value::Unreadable
        ));
        assert!(matches!(
            read(Ecosystem::PyPI, Kind::Introduced, "0"),
            Value::Zero
        ));
    }

    #[test]
    fn a_line_starts_at_its_major_or_at_its_minor_below_one() {
        let start = |eco, v: &str| {
            line_start(eco, &Version::parse(eco, v).unwrap())
                .unwrap()
                .to_string()
        };
        assert_eq!(start(Ecosystem::Npm, "3.0.1"), "3.0.0-0");
        assert_eq!(start(Ecosystem::Cargo, "0.4.7"), "0.4.0-0");
        assert_eq!(start(Ecosystem::Go, "v2.1.0"), "2.0.0-0");
        assert_eq!(start(Ecosystem::PyPI, "3.1"), "3.dev0");
        assert_eq!(start(Ecosystem::PyPI, "0.2.0"), "0.2.dev0");
    }
}
