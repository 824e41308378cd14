//! Small text helpers shared by the parsers.

use std::path::Path;

use crate::error::{Error, Position, Result};

/// Lockfiles are UTF-8 text; a byte-order mark is tolerated, anything else invalid is an
/// error at the line where decoding failed.
pub fn decode<'a>(path: &Path, bytes: &'a [u8]) -> Result<&'a str> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let valid = bytes.get(..e.valid_up_to()).unwrap_or_default();
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        Error::syntax(
            path,
            Some(Position { line, column: None }),
            "file is not valid UTF-8",
        )
    })
}

/// PEP 503 name normalisation: lowercase, and every run of `-`, `_` and `.` becomes one
/// `-` (surrounding whitespace dropped). Exported as `lockfile_parsers::pep503`: the
/// advisory store, the typosquat check and the policy's allow entries use it too.
pub fn pep503(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut in_run = false;
    for c in name.trim().chars() {
        if matches!(c, '-' | '_' | '.') {
            if !in_run {
                out.push('-');
            }
            in_run = true;
        } else {
            out.extend(c.to_lowercase());
            in_run = false;
        }
    }
    out
}

/// Splits an npm `name@rest` spec at the `@` that separates them; a leading `@` belongs to
/// the scope.
pub fn split_npm_spec(spec: &str) -> Option<(&str, &str)> {
    let at = spec.get(1..)?.find('@')? + 1;
    Some((spec.get(..at)?, spec.get(at + 1..)?))
}

/// A git URL's `#fragment` as the commit when it looks like one (hex, at least 7 chars).
pub fn git_commit(url: &str) -> Option<String> {
    let frag = url.rsplit_once('#')?.1;
    let frag = frag.strip_prefix("commit=").unwrap_or(frag);
    (frag.len() >= 7 && frag.bytes().all(|b| b.is_ascii_hexdigit())).then(|| frag.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pep503_collapses_separator_runs_and_lowercases() {
        assert_eq!(pep503("Foo.Bar__baz-_-Qux"), "foo-bar-baz-qux");
        assert_eq!(pep503("zope.interface"), "zope-interface");
        assert_eq!(pep503("PyYAML"), "pyyaml");
    }

    #[test]
    fn npm_spec_split_keeps_scope() {
        assert_eq!(
            split_npm_spec("@babel/core@^7.0.0"),
            Some(("@babel/core", "^7.0.0"))
        );
        assert_eq!(
            split_npm_spec("left-pad@npm:1.3.0"),
            Some(("left-pad", "npm:1.3.0"))
        );
        assert_eq!(split_npm_spec("@"), None);
    }

    #[test]
    fn non_utf8_is_an_error_with_line() {
        let err = decode(Path::new("x"), b"ok\n\xff").unwrap_err();
        assert_eq!(err.position().map(|p| p.line), Some(2));
    }
}
