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
    pub fn syntax(path: &Path, position: Option<Position>, message: impl Into<String>) -> Self {
        Error::Syntax {
            path: path.to_path_buf(),
            position,
            message: message.into(),
        }
    }

    /// A syntax error at a 1-based line without a known column.
    pub fn at_line(path: &Path, line: usize, message: impl Into<String>) -> Self {
        Error::syntax(path, Some(Position { line, column: None }), message)
    }

    pub fn unsupported(path: &Path, version: impl fmt::Display) -> Self {
        Error::UnsupportedVersion {
            path: path.to_path_buf(),
            version: version.to_string(),
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

/// serde_json appends " at line X column Y" to their messages; the position
/// is reported separately, so the message should not say it twice.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message.get(..i).unwrap_or(message).to_string(),
        None => message.to_string(),
    }
}

pub type Result<T> = std::result::Result<T, Error>;
