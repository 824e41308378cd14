//! What the integration tests share: a local HTTP server that plays a registry or the OSV
//! service ([`http`]), temporary git repositories built with the `git` CLI ([`repo`]),
//! and the real binary run isolated from the machine's configuration ([`cli`]).
//!
//! Each test crate compiles this module and uses a part of it.

#![allow(dead_code)]

pub mod cli;
pub mod files;
pub mod http;
pub mod repo;

/// Real OSV data copied into the repository (whole exports and hand-picked records; see
/// `corpus/osv/SOURCES.md`).
pub const OSV: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/osv");

/// Real lockfile pairs (base/head) from real projects; see `corpus/lockfiles/pairs/SOURCES.md`.
pub const LOCKFILE_PAIRS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/lockfiles/pairs");

/// A temporary directory holding `files` (path, text), parent directories created.
pub fn tree(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

/// A `pull_request_target` workflow with the four problems of the issue: a checkout of
/// the pull request's head (line 13), a tag-pinned action (line 11), an image by tag
/// (line 9) and `permissions: write-all` (line 4).
pub const FOUR_PROBLEMS: &str = "\
name: Preview
on:
  pull_request_target:
permissions: write-all
jobs:
  preview:
    runs-on: ubuntu-latest
    container:
      image: node:20
    steps:
      - uses: actions/checkout@v4
        with:
          ref: ${{ github.event.pull_request.head.sha }}
      - run: npm ci && npm run preview
";

/// A GitHub classic token with a valid checksum, made for these tests.
pub const TOKEN: &str = "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";

/// Another valid test token per `n`, from the CRC32 base62 scheme GitHub tokens use.
pub fn token(n: u32) -> String {
    let random = format!("{:0>30}", format!("tEsT{n}xYz"));
    tollgate::secrets::checksum::with_checksum("ghp_", &random)
}

/// A line of code holding a token.
pub fn leak(token: &str) -> String {
    format!("GITHUB_TOKEN = \"{token}\"\n")
}
