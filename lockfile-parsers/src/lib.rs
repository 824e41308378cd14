//! Lockfile parsers: npm, Python, Go and Cargo lockfiles into one package model.
//!
//! Every parser turns the bytes of one lockfile into a [`Lockfile`] of [`Package`]s. Parsers
//! never touch the disk themselves: the few formats that need a second file (requirements
//! includes, the `go.mod` beside a `go.sum`) ask a [`Files`] reader, so the same code reads
//! from the working tree or from git blobs. Bad input is an [`Error`] naming the file and,
//! where the format's parser knows it, the line and column; never a panic and never an empty
//! result for a malformed file.

pub mod artifact;
pub mod cargo;
pub mod detect;
pub mod ecosystem;
pub mod error;
pub mod go;
pub mod manifest;
pub mod model;
pub mod npm;
pub mod python;
pub mod redact;
mod text;
pub mod version;
pub mod yaml;

use std::path::Path;

pub use detect::{detect, find_lockfiles, is_dependency_file};
pub use ecosystem::{Ecosystem, RUST_CRATES_ECOSYSTEM};
pub use error::{Error, Position, Result};
pub use model::{Dependency, Format, Lockfile, Package, Source};
/// PEP 503 name normalisation, the one tollgate uses wherever Python names are compared.
pub use text::pep503;

/// Reads a file that a lockfile refers to (an include, a companion `go.mod`, a manifest).
/// `None` means the file does not exist there; parsers decide whether that is an error.
pub trait Files {
    fn read(&self, path: &Path) -> Option<Vec<u8>>;
}

/// Reads companion files from the local disk.
#[derive(Clone, Copy, Debug, Default)]
pub struct Disk;

impl Files for Disk {
    fn read(&self, path: &Path) -> Option<Vec<u8>> {
        std::fs::read(path).ok()
    }
}

/// No companion files at all: for callers that only have the one lockfile's bytes.
#[derive(Clone, Copy, Debug, Default)]
pub struct NoFiles;

impl Files for NoFiles {
    fn read(&self, _: &Path) -> Option<Vec<u8>> {
        None
    }
}

impl<F: Fn(&Path) -> Option<Vec<u8>>> Files for F {
    fn read(&self, path: &Path) -> Option<Vec<u8>> {
        self(path)
    }
}

/// Parses a lockfile's bytes, detecting the format from its name and content. `path` is
/// used for detection, for error messages and to locate companion files through `files`.
pub fn parse(path: &Path, bytes: &[u8], files: &dyn Files) -> Result<Lockfile> {
    let format = detect(path, bytes).ok_or_else(|| Error::UnknownFormat {
        path: path.to_path_buf(),
    })?;
    parse_as(format, path, bytes, files)
}

/// Parses bytes known to be in `format`.
pub fn parse_as(format: Format, path: &Path, bytes: &[u8], files: &dyn Files) -> Result<Lockfile> {
    let text = text::decode(path, bytes)?;
    let (version, packages) = match format {
        Format::PackageLock | Format::Shrinkwrap => npm::package_lock::parse(path, text)?,
        Format::YarnV1 => npm::yarn_v1::parse(path, text)?,
        Format::YarnBerry => npm::yarn_berry::parse(path, text)?,
        Format::Pnpm => npm::pnpm::parse(path, text)?,
        Format::Requirements => python::requirements::parse(path, text, files)?,
        Format::Poetry => python::poetry::parse(path, text)?,
        Format::Uv => python::uv::parse(path, text)?,
        Format::Pylock => python::pylock::parse(path, text)?,
        Format::Pipfile => python::pipfile::parse(path, text)?,
        Format::Pdm => python::pdm::parse(path, text)?,
        Format::GoMod => go::parse_go_mod_lockfile(path, text)?,
        Format::GoSum => go::parse_go_sum(path, text, files)?,
        Format::GoWork => go::parse_go_work(path, text)?,
        Format::CargoLock => cargo::parse(path, text)?,
    };
    Ok(Lockfile {
        path: path.to_path_buf(),
        format,
        version,
        packages,
    })
}

/// Reads and parses a lockfile from disk, with companion files from the same disk.
pub fn parse_file(path: &Path) -> Result<Lockfile> {
    let bytes = std::fs::read(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse(path, &bytes, &Disk)
}

/// What each parser returns: the format's version marker and the packages.
pub(crate) type Parsed = (Option<String>, Vec<Package>);
