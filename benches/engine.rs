//! Single-thread throughput of the scan engine with the built-in rules.
//!
//! Two inputs: real source code that no one here wrote (the crate sources cargo keeps in
//! its registry cache after a build, up to 32 MiB of them), and generated near-miss text
//! dense with keywords and token prefixes but holding no valid secret — the worst case for
//! the prefilter, since every line sends rules to their regexes.
//!
//! Run: `cargo bench --bench engine`. Throughput is reported in MiB/s by criterion.

use std::path::{Path, PathBuf};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use tollgate::secrets::{Scanner, builtin_rules};

const SOURCE_BUDGET: usize = 32 << 20;

fn registry_sources() -> Vec<(String, Vec<u8>)> {
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo")));
    let Some(root) = cargo_home.map(|h| h.join("registry/src")) else {
        return Vec::new();
    };
    let mut files = Vec::new();
    let mut total = 0;
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut entries: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                stack.push(path);
            } else if total < SOURCE_BUDGET
                && let Ok(bytes) = std::fs::read(&path)
                && !bytes.contains(&0)
            {
                total += bytes.len();
                files.push((path.display().to_string(), bytes));
            }
        }
    }
    files
}

/// Lines that trip keywords and prefixes without completing any credential.
fn near_misses(target: usize) -> Vec<u8> {
    let lines = [
        "password = getenv(\"DB_PASSWORD\")\n",
        "api_key: ${API_KEY}\n",
        "token = 'ghp_short'\n",
        "const secret = process.env.SECRET_KEY;\n",
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n",
        "url = \"postgres://user:${PASSWORD}@localhost/db\"\n",
        "Authorization: Bearer {{ token }}\n",
        "sk_test_placeholder_value_here\n",
        "xoxb-not-a-real-token\n",
        "-----BEGIN PUBLIC KEY-----\n",
        "client_secret = \"<your-client-secret>\"\n",
        "integrity sha512-Z4x9tCkUQ2a4Y1vQ6s8m0Bz3qk5yM1x0Zb8Ww0T9o4Vc6aF7p3rK2jH5nD8g==\n",
    ];
    let mut out = Vec::with_capacity(target);
    let mut i = 0;
    while out.len() < target {
        out.extend_from_slice(lines[i % lines.len()].as_bytes());
        i += 1;
    }
    out
}

fn bench(c: &mut Criterion) {
    let scanner = Scanner::new(builtin_rules().expect("built-in rules"));
    scanner.compile_all().expect("rules compile");
    let mut group = c.benchmark_group("engine");
    group.sample_size(10);

    let sources = registry_sources();
    let bytes: usize = sources.iter().map(|(_, b)| b.len()).sum();
    if bytes > 0 {
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function("registry-sources", |b| {
            b.iter(|| {
                sources
                    .iter()
                    .map(|(path, content)| {
                        scanner.scan(path, content).map(|m| m.len()).unwrap_or(0)
                    })
                    .sum::<usize>()
            })
        });
    } else {
        eprintln!("no cargo registry sources found; skipping the source-code benchmark");
    }

    let text = near_misses(8 << 20);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("near-misses", |b| {
        b.iter(|| scanner.scan("near.txt", &text).map(|m| m.len()))
    });
    group.finish();

    // Start-up: loading the rule files and building the keyword automaton (what every
    // invocation pays before it reads a byte).
    c.bench_function("startup/load-rules-and-prefilter", |b| {
        b.iter(|| Scanner::new(builtin_rules().expect("built-in rules")))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
