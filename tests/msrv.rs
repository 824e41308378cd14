//! The `rust-version` that Cargo.toml (and README's prerequisites) state is one that the
//! locked dependencies accept: no package in Cargo.lock declares a higher one. Their
//! manifests are read from cargo's registry sources, where the build just unpacked them.

use std::path::{Path, PathBuf};

/// `1.89` or `1.89.0` as comparable numbers.
fn version(text: &str) -> Vec<u32> {
    let mut parts: Vec<u32> = text.split('.').map(|p| p.parse().unwrap()).collect();
    parts.resize(3, 0);
    parts
}

fn cargo_home() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").unwrap()).join(".cargo"))
}

/// The `rust-version` a manifest states: its package's, else its workspace's (which
/// tollgate's members inherit).
fn rust_version(manifest: &Path) -> Option<String> {
    let text = std::fs::read_to_string(manifest).ok()?;
    let table: toml::Table = toml::from_str(&text).ok()?;
    let stated =
        |package: Option<&toml::Value>| package?.get("rust-version")?.as_str().map(str::to_string);
    stated(table.get("package"))
        .or_else(|| stated(table.get("workspace").and_then(|w| w.get("package"))))
}

#[test]
fn stated_rust_version_covers_every_locked_dependency() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let ours = rust_version(&root.join("Cargo.toml")).expect("Cargo.toml states rust-version");
    let lock: toml::Table =
        toml::from_str(&std::fs::read_to_string(root.join("Cargo.lock")).unwrap()).unwrap();
    let sources: Vec<PathBuf> = std::fs::read_dir(cargo_home().join("registry/src"))
        .map(|dirs| dirs.flatten().map(|d| d.path()).collect())
        .unwrap_or_default();
    let mut checked = 0;
    let mut above = Vec::new();
    for package in lock["package"].as_array().unwrap() {
        if package.get("source").is_none() {
            continue; // a workspace member
        }
        let (name, v) = (
            package["name"].as_str().unwrap(),
            package["version"].as_str().unwrap(),
        );
        let Some(manifest) = sources
            .iter()
            .map(|s| s.join(format!("{name}-{v}/Cargo.toml")))
            .find(|m| m.is_file())
        else {
            continue;
        };
        checked += 1;
        if let Some(needed) = rust_version(&manifest)
            && version(&needed) > version(&ours)
        {
            above.push(format!("{name} {v} needs {needed}"));
        }
    }
    assert!(
        checked > 0,
        "no locked dependency's sources found under {}",
        cargo_home().display()
    );
    assert!(
        above.is_empty(),
        "rust-version {ours} is below what locked dependencies need: {above:?}"
    );
}
