//! Fuzzes the manifest readers (package.json, pyproject.toml / Pipfile, go.mod, Cargo.toml).
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use lockfile_parsers::Format;
use lockfile_parsers::manifest::read_direct;

fuzz_target!(|data: &[u8]| {
    let copy = data.to_vec();
    let files = move |_: &Path| Some(copy.clone());
    for format in [
        Format::PackageLock,
        Format::Poetry,
        Format::Pipfile,
        Format::GoSum,
        Format::CargoLock,
    ] {
        let _ = read_direct(Path::new("x/lock"), format, &files);
    }
});
