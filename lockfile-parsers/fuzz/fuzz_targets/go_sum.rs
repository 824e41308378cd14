//! Fuzzes go.sum together with the go.mod beside it: the input is split at the first NUL
//! byte into go.sum and go.mod, so both parsers and their combination are exercised.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use lockfile_parsers::{Format, parse_as};

fuzz_target!(|data: &[u8]| {
    let split = data.iter().position(|&b| b == 0).unwrap_or(data.len());
    let (sum, rest) = data.split_at(split);
    let go_mod = rest.get(1..).unwrap_or_default().to_vec();
    let files = move |p: &Path| (p == Path::new("m/go.mod")).then(|| go_mod.clone());
    let _ = parse_as(Format::GoSum, Path::new("m/go.sum"), sum, &files);
});
