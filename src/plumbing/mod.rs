//! Small shared machinery that several modules need and none should own: the one HTTP
//! client with its one retry policy ([`http`]), and the one cache directory with its one
//! way of opening SQLite ([`cache`]).
//!
//! A leaf: it uses nothing of tollgate, so the advisory store, the registry client and
//! the scan cache can all depend on it without depending on each other.

pub mod cache;
pub mod http;
