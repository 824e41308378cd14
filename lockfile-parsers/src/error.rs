//! The one error type of the crate: every failure names the file, and the line and column
//! wherever the underlying parser reports a position.

use std::fmt;
use std::path::{Path, PathBuf};

/// A 1-based position in a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: Option<usize>,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.column {
            Some(column) => write!(f, ":{}:{}", self.line, column),
            None => write!(f, ":{}", self.line),
        }
    }
}

/// Displays `path[:line[:column]]`.
#[derive(Debug)]
pub struct At<'a>(pub &'a Path, pub Option<Position>);

impl fmt::Display for At<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.display())?;
        if let Some(pos) = self.1 {
            write!(f, "{pos}")?;
        }
        Ok(())
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The file is not well-formed for its format (syntax, wrong types, missing fields).
    #[error("{}: {message}", At(path, *position))]
    Syntax {
        path: PathBuf,
        position: Option<Position>,
        message: String,
    },
    /// A format version this crate does not know; guessing at a newer layout could
    /// silently miss packages, so it is refused.
    #[error("{}: unsupported lockfile version {version}", path.display())]
    UnsupportedVersion { path: PathBuf, version: String },
    #[error("{}: not a lockfile format tollgate recognises", path.display())]
    UnknownFormat { path: PathBuf },
}

impl Error {
    /// A syntax error. The message may quote the input; what it quotes is cut to an
    /// excerpt and URL credentials in it are hidden (`crate::redact`), so an error never
    /// prints a whole line of someone's configuration or the token in it.
    pub fn syntax(path: &Path, position: Option<Position>, message: impl Into<String>) -> Self {
        Error::Syntax {
            path: path.to_path_buf(),
            position,
            message: quoted_excerpts(&crate::redact::in_text(&message.into())),
        }
    }

    /// A syntax error at a 1-based line without a known column.
    pub fn at_line(path: &Path, line: usize, message: impl Into<String>) -> Self {
        Error::syntax(path, Some(Position { line, column: None }), message)
    }

    pub fn unsupported(path: &Path, version: impl fmt::Display) -> Self {
        Error::UnsupportedVersion {
            path: path.to_path_buf(),
            version: crate::redact::excerpt(&version.to_string(), MAX_QUOTE),
        }
    }

    pub fn json(path: &Path, err: &serde_json::Error) -> Self {
        let position = (err.line() > 0).then_some(Position {
            line: err.line(),
            column: Some(err.column()),
        });
        Error::syntax(path, position, strip_position(&err.to_string()))
    }

    pub fn toml(path: &Path, text: &str, err: &toml::de::Error) -> Self {
        let position = err.span().map(|span| position_of(text, span.start));
        Error::syntax(path, position, err.message().to_string())
    }

    /// The path the error is about.
    pub fn path(&self) -> &Path {
        match self {
            Error::Io { path, .. }
            | Error::Syntax { path, .. }
            | Error::UnsupportedVersion { path, .. }
            | Error::UnknownFormat { path } => path,
        }
    }

    /// The position, when the format's parser gave one.
    pub fn position(&self) -> Option<Position> {
        match self {
            Error::Syntax { position, .. } => *position,
            _ => None,
        }
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn position_of(text: &str, offset: usize) -> Position {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
    Position {
        line,
        column: Some(column),
    }
}

/// The most of the input an error message quotes, in characters.
const MAX_QUOTE: usize = 60;

/// `message` with every quoted span (between backticks or double quotes) cut to
/// [`MAX_QUOTE`] characters.
fn quoted_excerpts(message: &str) -> String {
    let mut out = String::with_capacity(message.len().min(512));
    let mut rest = message;
    while let Some(open) = rest.find(['`', '"']) {
        let quote = rest.as_bytes()[open] as char;
        out.push_str(&rest[..=open]);
        rest = &rest[open + 1..];
        let Some(close) = rest.find(quote) else {
            break;
        };
        let inner = &rest[..close];
        if inner.chars().count() > MAX_QUOTE {
            out.extend(inner.chars().take(MAX_QUOTE));
            out.push('…');
        } else {
            out.push_str(inner);
        }
        out.push(quote);
        rest = &rest[close + 1..];
    }
    // An unclosed quote runs to the end: cut that too.
    if rest.chars().count() > MAX_QUOTE * 2 {
        out.extend(rest.chars().take(MAX_QUOTE * 2));
        out.push('…');
    } else {
        out.push_str(rest);
    }
    out
}

/// serde_json appends " at line X column Y" to their messages; the position
/// is reported separately, so the message should not say it twice.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message.get(..i).unwrap_or(message).to_string(),
        None => message.to_string(),
    }
}

pub type Result<T> = std::result::Result<T, Error>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_quote_a_redacted_excerpt() {
        let long = "x".repeat(200);
        let err = Error::syntax(
            Path::new("requirements.txt"),
            None,
            format!("unknown option `--index-urlhttps://u:s3cret@m.invalid/{long}`"),
        );
        let text = err.to_string();
        assert!(!text.contains("s3cret"), "{text}");
        assert!(text.contains("https://u:***@m.invalid/"), "{text}");
        assert!(text.len() < 120, "{text}");
        let err = Error::unsupported(Path::new("uv.lock"), format!("https://a:s3cret@h/{long}"));
        assert!(!err.to_string().contains("s3cret"));
        assert!(err.to_string().len() < 120);
    }
}
