//! Lockfile parsers: npm, Python, Go and Cargo lockfiles into one package model.

pub mod ecosystem;

pub use ecosystem::{Ecosystem, RUST_CRATES_ECOSYSTEM};
