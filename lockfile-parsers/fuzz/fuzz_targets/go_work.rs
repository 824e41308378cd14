//! Fuzzes the go.work parser: any bytes give packages or a typed error, never a panic.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use lockfile_parsers::{Format, NoFiles, parse_as};

fuzz_target!(|data: &[u8]| {
    let _ = parse_as(Format::GoWork, Path::new("go.work"), data, &NoFiles);
});
