//! OSV advisories: records about malicious and vulnerable packages, kept in a local
//! SQLite store (filled by `import` or `sync`) or asked of the online OSV API, and matched
//! against package versions with each ecosystem's own version order.
//!
//! Shape: `record` is the OSV model, `matching` decides whether one record covers one
//! version, `advisory` folds the matching records of one package into the verdicts a
//! report shows (aliases merged), `store` persists records indexed by package,
//! `import` reads exports from disk, `sync` downloads them, and `api` is the online mode.

pub mod advisory;
pub mod api;
pub(crate) mod error;
pub mod events;
pub(crate) mod import;
pub mod matching;
pub mod record;
pub mod severity;
pub mod store;
pub mod sync;

pub use advisory::Advisory;
pub use error::{Error, Result};
pub use lockfile_parsers::{Ecosystem, RUST_CRATES_ECOSYSTEM};
pub use record::Record;
pub use severity::Severity;
pub use store::{EcosystemStatus, ImportSummary, Malformed, Status, Store};

/// The package name as the store indexes it, so that spellings the ecosystem treats as
/// the same package find the same records.
///
/// - PyPI: PEP 503 (lowercase; runs of `-`, `_`, `.` become one `-`).
/// - Rust crates: lowercase, `_` as `-` (the registry refuses names differing only so).
/// - npm and Go: unchanged; both are case-sensitive (legacy npm names have capitals).
pub(crate) fn normalise_name(eco: Ecosystem, name: &str) -> String {
    let name = name.trim();
    match eco {
        Ecosystem::PyPI => lockfile_parsers::pep503(name),
        Ecosystem::Cargo => name.to_ascii_lowercase().replace('_', "-"),
        Ecosystem::Npm | Ecosystem::Go => name.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_normalise_per_ecosystem() {
        assert_eq!(
            normalise_name(Ecosystem::PyPI, "Flask__Caching.ext"),
            "flask-caching-ext"
        );
        assert_eq!(normalise_name(Ecosystem::Cargo, "Serde_Json"), "serde-json");
        assert_eq!(normalise_name(Ecosystem::Npm, "JSONStream"), "JSONStream");
        assert_eq!(
            normalise_name(Ecosystem::Go, "github.com/A/b"),
            "github.com/A/b"
        );
    }
}
