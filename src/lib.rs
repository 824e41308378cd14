//! tollgate: a pre-merge gate that keeps secrets and risky dependencies out of a
//! repository's main branch.
//!
//! Data flows one way: a source (`fs`, `git`) yields content or lockfiles, `scan` runs the
//! scanner (`secrets`) over it and keeps what is new, the differ (`deps`, with `osv` and
//! `registry`) judges lockfile changes, `pipeline` reviews CI/CD definitions, `policy`
//! decides which findings block, and `report` writes them. `app` holds one function per
//! command; the binary only parses arguments and calls them. README.md's "Architecture"
//! section is the map.

pub mod app;
pub(crate) mod artifacts;
pub mod deps;
pub mod finding;
pub(crate) mod fs;
pub(crate) mod git;
pub mod osv;
pub mod pipeline;
pub(crate) mod plumbing;
pub mod policy;
pub(crate) mod progress;
pub mod registry;
pub(crate) mod report;
/// For the report-writer fuzz target (`fuzz/`) only.
#[doc(hidden)]
pub use report::fuzzing::render_every_format as render_reports_for_fuzzing;
pub(crate) mod scan;
pub mod secrets;
pub(crate) mod severity;
