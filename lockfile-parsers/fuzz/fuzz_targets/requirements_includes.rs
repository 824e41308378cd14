//! Fuzzes requirements.txt with includes: every `-r` / `-c` target resolves to the same
//! input, so include cycles and nesting are exercised.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use lockfile_parsers::{Format, parse_as};

fuzz_target!(|data: &[u8]| {
    let copy = data.to_vec();
    let files = move |_: &Path| Some(copy.clone());
    let _ = parse_as(
        Format::Requirements,
        Path::new("req/requirements.txt"),
        data,
        &files,
    );
});
