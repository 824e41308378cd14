//! The package ecosystems tollgate understands, named as OSV names them.

use std::fmt;

/// OSV's identifier for the Rust crates ecosystem. It is also that registry's host name,
/// so it lives in this one constant and is only ever compared against, never used as a URL.
pub const RUST_CRATES_ECOSYSTEM: &str = "crates.io";

/// A package ecosystem. `as_str` is the OSV ecosystem name, which is also what reports
/// print and what the advisory store is keyed by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Ecosystem {
    Npm,
    PyPI,
    Go,
    Cargo,
}

impl Ecosystem {
    pub const ALL: [Ecosystem; 4] = [
        Ecosystem::Npm,
        Ecosystem::PyPI,
        Ecosystem::Go,
        Ecosystem::Cargo,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Ecosystem::Npm => "npm",
            Ecosystem::PyPI => "PyPI",
            Ecosystem::Go => "Go",
            Ecosystem::Cargo => RUST_CRATES_ECOSYSTEM,
        }
    }

    /// Parses an OSV ecosystem name; also accepts lowercase spellings users type
    /// (`pypi`, `go`, `cargo`).
    pub fn from_name(name: &str) -> Option<Ecosystem> {
        Ecosystem::ALL
            .into_iter()
            .find(|e| e.as_str().eq_ignore_ascii_case(name))
            .or(match name.to_ascii_lowercase().as_str() {
                "cargo" | "rust" | "crates" => Some(Ecosystem::Cargo),
                "python" | "pip" => Some(Ecosystem::PyPI),
                "golang" => Some(Ecosystem::Go),
                _ => None,
            })
    }
}

impl fmt::Display for Ecosystem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn osv_names_round_trip() {
        for e in Ecosystem::ALL {
            assert_eq!(Ecosystem::from_name(e.as_str()), Some(e));
        }
        assert_eq!(Ecosystem::from_name("pypi"), Some(Ecosystem::PyPI));
        assert_eq!(Ecosystem::from_name("maven"), None);
    }
}
