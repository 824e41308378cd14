//! What a pipeline produces, scanned before it is published: archives and packages
//! (zip family, tar with every common compression, single-file compressed streams, `.deb`),
//! and build logs, streamed and masked (`log`).
//!
//! Everything is expanded in memory or streamed through the decoders; nothing is ever
//! written to disk, so an entry named `../../etc/cron.d/x` is only a name in a report.
//! Bombs are contained by one budget per archive on disk (expanded bytes, expansion
//! ratio, entries), shared by every archive nested in it.

pub(crate) mod archive;
pub(crate) mod image;
pub(crate) mod log;

pub(crate) use archive::{ArchiveOptions, detect, expand};
