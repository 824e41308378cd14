//! The one way YAML lockfiles (pnpm-lock.yaml, yarn berry's yarn.lock) are read.
//!
//! These files come from the change under review, so the reader must hold up against a
//! hostile one. `serde-saphyr` (a maintained, `unsafe`-free parser, fuzzed upstream)
//! replaced `serde_yaml` 0.9, which is deprecated and built on C translated to Rust; and
//! deep nesting, which took serde_yaml quadratic time (a 200 KB file, 36 s), is refused
//! here at a fixed depth before it costs anything. Lockfiles nest a few levels deep (pnpm
//! six, yarn four), so the limit is far from any real file.
//!
//! tollgate's CI-definition reader (`src/pipeline/yaml.rs`) reads attacker-supplied YAML
//! too, and takes its limits and error wording from here ([`options`], [`PlainError`]).

use std::path::Path;

use serde::de::DeserializeOwned;
pub use serde_saphyr::DuplicateKeyPolicy;

use crate::error::{Error, Position, Result};

/// Deepest nesting of mappings and sequences accepted. pnpm's deepest real path is
/// `packages.<key>.resolution.<field>` or `importers.<path>.dependencies.<name>.version`,
/// a GitHub workflow's `jobs.<id>.steps[i].with.<input>`, GitLab's a few levels more.
pub const MAX_DEPTH: usize = 32;

/// Documents in one file: pnpm 11 writes two (the env lockfile, then the project's); a
/// file with more is not a lockfile any package manager writes.
const MAX_DOCUMENTS: usize = 8;

/// Every document of the file, in order. An empty file (or one holding only comments)
/// has none.
pub(crate) fn documents<T: DeserializeOwned>(path: &Path, text: &str) -> Result<Vec<T>> {
    serde_saphyr::from_multiple_with_options(text, lockfile_options(text))
        .map_err(|e| error(path, &e))
}

/// The file's single document; an empty file is an error for formats that have no
/// "empty" meaning.
pub(crate) fn document<T: DeserializeOwned>(path: &Path, text: &str) -> Result<T> {
    serde_saphyr::from_str_with_options(text, lockfile_options(text)).map_err(|e| error(path, &e))
}

fn lockfile_options(text: &str) -> serde_saphyr::Options {
    // js-yaml, which pnpm reads its lockfile with, refuses duplicate keys too.
    options(text, MAX_DOCUMENTS, DuplicateKeyPolicy::Error)
}

/// serde-saphyr options for untrusted `text`: nesting refused past [`MAX_DEPTH`], at most
/// `max_documents` documents, `duplicate_keys` as the file's own tool treats them, and
/// errors without a source excerpt (file text does not belong in error messages).
pub fn options(
    text: &str,
    max_documents: usize,
    duplicate_keys: DuplicateKeyPolicy,
) -> serde_saphyr::Options {
    // The node and event counts are bounded by the input itself (every node takes at least
    // one byte), so the library's fixed caps, sized for configuration files, would only
    // refuse large real files. Depth is what costs, and it stays small.
    let size = text.len().saturating_add(1024);
    let mut budget = serde_saphyr::Budget::default();
    budget.max_depth = MAX_DEPTH;
    budget.max_documents = max_documents;
    budget.max_nodes = size;
    budget.max_events = size.saturating_mul(2);
    budget.flow_nesting_limit = budget.flow_nesting_limit.min(MAX_DEPTH);
    let mut options = serde_saphyr::Options::default();
    options.budget = Some(budget);
    options.with_snippet = false;
    options.duplicate_keys = duplicate_keys;
    options
}

/// A parse error as a 1-based position (where the parser knows it) and the library's
/// plain one-line message, without the source excerpt it can render.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlainError {
    pub line: Option<u64>,
    pub column: Option<u64>,
    pub message: String,
}

impl PlainError {
    pub fn new(err: &serde_saphyr::Error) -> PlainError {
        let err = err.without_snippet();
        let location = err.location().filter(|l| l.line() > 0);
        PlainError {
            line: location.map(|l| l.line()),
            column: location.map(|l| l.column()).filter(|&c| c > 0),
            message: plain_message(&err.to_string()),
        }
    }
}

fn error(path: &Path, err: &serde_saphyr::Error) -> Error {
    let plain = PlainError::new(err);
    let position = plain.line.map(|line| Position {
        line: usize::try_from(line).unwrap_or(usize::MAX),
        column: plain.column.and_then(|c| usize::try_from(c).ok()),
    });
    Error::syntax(path, position, plain.message)
}

/// serde-saphyr prefixes its messages with `error: line L column C: `; the position is
/// reported separately.
fn plain_message(message: &str) -> String {
    let message = message.strip_prefix("error: ").unwrap_or(message);
    let rest = message
        .strip_prefix("line ")
        .and_then(|m| m.split_once(": "))
        .map_or(message, |(_, rest)| rest);
    rest.lines().next().unwrap_or(rest).trim().to_string()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    type Map = BTreeMap<String, serde::de::IgnoredAny>;

    #[test]
    fn errors_carry_line_and_column_and_no_source_excerpt() {
        let err = document::<Map>(Path::new("x.yaml"), "a: 1\nb: [\n  secret-value\n")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("x.yaml:"), "{err}");
        assert!(!err.contains("secret-value"), "{err}");
        assert!(!err.contains('\n'), "{err}");
    }

    #[test]
    fn nesting_past_the_limit_is_an_error() {
        let deep = format!("a: {}{}\n", "[".repeat(40), "]".repeat(40));
        let err = document::<Map>(Path::new("x.yaml"), &deep).unwrap_err();
        assert!(err.position().is_some(), "{err}");
        let shallow = format!("a: {}{}\n", "[".repeat(20), "]".repeat(20));
        assert_eq!(
            document::<Map>(Path::new("x.yaml"), &shallow)
                .unwrap()
                .len(),
            1
        );
    }

    #[test]
    fn empty_text_has_no_documents() {
        assert!(
            documents::<Map>(Path::new("x.yaml"), "")
                .unwrap()
                .is_empty()
        );
        assert!(
            documents::<Map>(Path::new("x.yaml"), "# c\n\n")
                .unwrap()
                .is_empty()
        );
        let two = documents::<Map>(Path::new("x.yaml"), "---\na: 1\n---\nb: 2\n").unwrap();
        assert_eq!(two.len(), 2);
    }

    #[test]
    fn duplicate_keys_are_refused() {
        assert!(document::<Map>(Path::new("x.yaml"), "a: 1\na: 2\n").is_err());
    }
}
