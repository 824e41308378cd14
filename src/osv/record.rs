//! The OSV record model (<https://ossf.github.io/osv-schema/>), reduced to the fields
//! tollgate decides with. Unknown fields are ignored so newer schema versions still load;
//! the raw JSON stays in the store for reports.

use serde::{Deserialize, Deserializer};

/// One OSV record.
#[derive(Clone, Debug, Deserialize)]
pub struct Record {
    pub id: String,
    #[serde(default, deserialize_with = "null_default")]
    pub modified: Option<String>,
    /// Set when the advisory was retracted; such records never produce a verdict.
    #[serde(default, deserialize_with = "null_default")]
    pub withdrawn: Option<String>,
    #[serde(default, deserialize_with = "null_default")]
    pub aliases: Vec<String>,
    #[serde(default, deserialize_with = "null_default")]
    pub summary: Option<String>,
    #[serde(default, deserialize_with = "null_default")]
    pub severity: Vec<SeverityEntry>,
    #[serde(default, deserialize_with = "null_default")]
    pub affected: Vec<Affected>,
    /// Free-form per database; GHSA puts its severity word here, RustSec its
    /// `informational` kind.
    #[serde(default, deserialize_with = "null_default")]
    pub database_specific: Option<DatabaseSpecific>,
}

/// `severity[]`: a scoring system and its vector or score.
#[derive(Clone, Debug, Deserialize)]
pub struct SeverityEntry {
    #[serde(rename = "type")]
    pub kind: String,
    pub score: String,
}

/// `affected[]`: one package and the versions of it the record covers.
#[derive(Clone, Debug, Deserialize)]
pub struct Affected {
    /// Optional in the schema (records about a bare git repository have none).
    #[serde(default, deserialize_with = "null_default")]
    pub package: Option<Package>,
    #[serde(default, deserialize_with = "null_default")]
    pub ranges: Vec<Range>,
    #[serde(default, deserialize_with = "null_default")]
    pub versions: Vec<String>,
    /// RustSec puts its `informational` kind here.
    #[serde(default, deserialize_with = "null_default")]
    pub database_specific: Option<DatabaseSpecific>,
}

/// The two `database_specific` keys tollgate reads. Everything else there (MAL origins,
/// CWE lists, ...) is skipped without being built: lookups parse records on demand, and
/// building those values as `serde_json::Value` was the largest share of a lookup's cost.
/// Values stay untyped so a database writing a non-string there does not make the whole
/// record invalid.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct DatabaseSpecific {
    #[serde(default)]
    pub severity: Option<serde_json::Value>,
    #[serde(default)]
    pub informational: Option<serde_json::Value>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Package {
    pub ecosystem: String,
    pub name: String,
}

/// `ranges[]`. `kind` stays a string: `SEMVER`, `ECOSYSTEM`, `GIT`, or a future type
/// that matching skips.
#[derive(Clone, Debug, Deserialize)]
pub struct Range {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default, deserialize_with = "null_default")]
    pub events: Vec<Event>,
}

/// One range event. The schema says exactly one of the four is set; matching treats an
/// event with none as absent.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct Event {
    #[serde(default)]
    pub introduced: Option<String>,
    #[serde(default)]
    pub fixed: Option<String>,
    #[serde(default)]
    pub last_affected: Option<String>,
    #[serde(default)]
    pub limit: Option<String>,
}

impl Record {
    /// Parses one record from JSON text.
    pub fn from_json(text: &str) -> serde_json::Result<Record> {
        serde_json::from_str(text)
    }

    pub fn is_withdrawn(&self) -> bool {
        self.withdrawn.is_some()
    }

    /// OpenSSF malicious-packages records carry `MAL-` ids.
    pub fn is_malicious(&self) -> bool {
        self.id.starts_with("MAL-")
    }

    /// The database's own severity word (GHSA: LOW, MODERATE, HIGH, CRITICAL).
    pub(crate) fn severity_word(&self) -> Option<&str> {
        self.database_specific.as_ref()?.severity.as_ref()?.as_str()
    }
}

impl Record {
    /// RustSec's informational kind (`unmaintained`, `unsound`, `notice`): the record is a
    /// notice rather than a vulnerability. Read from the record or any affected entry.
    pub fn informational(&self) -> Option<&str> {
        let entries = self
            .affected
            .iter()
            .filter_map(|a| a.database_specific.as_ref());
        self.database_specific
            .iter()
            .chain(entries)
            .find_map(|d| d.informational.as_ref()?.as_str())
    }
}

/// Some exporters write `null` where the schema allows omission; treat both alike.
fn null_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_fields_and_nulls_are_tolerated() {
        let r = Record::from_json(
            r#"{"id":"X-1","aliases":null,"future_field":{"a":1},
                "affected":[{"package":{"ecosystem":"npm","name":"a","purl":"pkg:npm/a"},
                "ranges":[{"type":"SEMVER","events":[{"introduced":"0"}],"x":1}]}]}"#,
        )
        .unwrap();
        assert!(r.aliases.is_empty());
        assert_eq!(
            r.affected[0].ranges[0].events[0].introduced.as_deref(),
            Some("0")
        );
    }

    #[test]
    fn missing_id_is_an_error() {
        assert!(Record::from_json(r#"{"affected":[]}"#).is_err());
        assert!(Record::from_json(r#"{"id":"X","affected":{"no":"list"}}"#).is_err());
    }
}
