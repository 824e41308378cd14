//! `tollgate image` on images built here in the real formats (OCI image layout, `docker
//! save` tarball): three layers where the second adds a key and the third deletes it
//! with a whiteout, and a config whose `Env` and history leak a token. No Docker.

mod support;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::{Value, json};
use support::cli::{json, stderr};
use support::files::tar_gz_of;
use support::token;

/// The binary without the scan cache (the cache has tests of its own, below, each with
/// its own cache directory).
fn tollgate(dir: &Path, args: &[&str]) -> Output {
    support::cli::tollgate(dir)
        .args(args)
        .arg("--no-cache")
        .output()
        .expect("run tollgate")
}

fn sha256(bytes: &[u8]) -> String {
    let mut child = Command::new("sha256sum")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("sha256sum");
    child.stdin.take().unwrap().write_all(bytes).unwrap();
    let output = child.wait_with_output().unwrap();
    String::from_utf8(output.stdout).unwrap()[..64].to_string()
}

/// A blob: its sha256 in hex and its bytes.
type Blob = (String, Vec<u8>);

/// The three layers and the config.
fn image_parts() -> (Vec<Blob>, Blob) {
    let env = format!("GITHUB_TOKEN={}\n", token(11));
    let layers: Vec<Vec<u8>> = vec![
        tar_gz_of(&[("etc/os-release", b"ID=scratch\n")]),
        tar_gz_of(&[("app/.env", env.as_bytes()), ("app/main.py", b"print(1)\n")]),
        tar_gz_of(&[("app/.wh..env", b"")]),
    ];
    let layers: Vec<Blob> = layers.into_iter().map(|l| (sha256(&l), l)).collect();
    let config = json!({
        "architecture": "amd64",
        "os": "linux",
        "config": {
            "Env": ["PATH=/usr/bin", format!("DEPLOY_TOKEN={}", token(12))],
            "Labels": { "org.opencontainers.image.title": "app" }
        },
        "rootfs": { "type": "layers", "diff_ids": [] },
        "history": [
            { "created_by": "COPY rootfs /" },
            { "created_by": "COPY app /app" },
            { "created_by": "RUN rm /app/.env" }
        ]
    });
    let config = serde_json::to_vec(&config).unwrap();
    (layers, (sha256(&config), config))
}

fn oci_layout(dir: &Path) {
    let (layers, config) = image_parts();
    oci_layout_of(dir, &layers, &config);
}

/// An OCI layout of `layers` (bottom to top) and `config`, each blob stored under its
/// digest.
fn oci_layout_of(dir: &Path, layers: &[Blob], (config_digest, config): &Blob) {
    let blobs = dir.join("blobs/sha256");
    std::fs::create_dir_all(&blobs).unwrap();
    for (digest, bytes) in layers {
        std::fs::write(blobs.join(digest), bytes).unwrap();
    }
    std::fs::write(blobs.join(config_digest), config).unwrap();
    let manifest = json!({
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": {
            "mediaType": "application/vnd.oci.image.config.v1+json",
            "digest": format!("sha256:{config_digest}"),
            "size": config.len()
        },
        "layers": layers.iter().map(|(digest, bytes)| json!({
            "mediaType": "application/vnd.oci.image.layer.v1.tar+gzip",
            "digest": format!("sha256:{digest}"),
            "size": bytes.len()
        })).collect::<Vec<_>>()
    });
    let manifest = serde_json::to_vec(&manifest).unwrap();
    let manifest_digest = sha256(&manifest);
    std::fs::write(blobs.join(&manifest_digest), &manifest).unwrap();
    std::fs::write(dir.join("oci-layout"), br#"{"imageLayoutVersion":"1.0.0"}"#).unwrap();
    let index = json!({
        "schemaVersion": 2,
        "manifests": [{
            "mediaType": "application/vnd.oci.image.manifest.v1+json",
            "digest": format!("sha256:{manifest_digest}"),
            "size": manifest.len()
        }]
    });
    std::fs::write(dir.join("index.json"), serde_json::to_vec(&index).unwrap()).unwrap();
}

fn docker_save(path: &Path) {
    let (layers, (config_digest, config)) = image_parts();
    let mut tar = tar::Builder::new(Vec::new());
    let mut add = |name: &str, bytes: &[u8]| {
        let mut header = tar::Header::new_ustar();
        header.set_size(bytes.len() as u64);
        header.set_mode(0o644);
        tar.append_data(&mut header, name, bytes).unwrap();
    };
    for (digest, bytes) in &layers {
        add(&format!("blobs/sha256/{digest}"), bytes);
    }
    add(&format!("blobs/sha256/{config_digest}"), &config);
    let manifest = json!([{
        "Config": format!("blobs/sha256/{config_digest}"),
        "RepoTags": ["app:1"],
        "Layers": layers.iter().map(|(d, _)| format!("blobs/sha256/{d}")).collect::<Vec<_>>()
    }]);
    add("manifest.json", &serde_json::to_vec(&manifest).unwrap());
    std::fs::write(path, tar.into_inner().unwrap()).unwrap();
}

fn check_image_report(report: &Value, shown: &str) {
    let (layers, _) = image_parts();
    let findings = support::cli::findings(report);
    let env = findings
        .iter()
        .find(|f| f["file"] == format!("{shown}!app/.env"))
        .unwrap_or_else(|| panic!("no finding in app/.env: {findings:?}"));
    assert_eq!(env["layer"], format!("sha256:{}", layers[1].0));
    assert_eq!(env["removed_in_layer"], format!("sha256:{}", layers[2].0));
    assert_eq!(env["line"], 1);
    let config = findings
        .iter()
        .find(|f| f["file"] == format!("{shown}!config"))
        .unwrap_or_else(|| panic!("no finding in the config: {findings:?}"));
    assert!(config.get("layer").is_none());
    assert_eq!(findings.len(), 2, "{findings:?}");
}

#[test]
fn an_oci_layout_reports_a_key_added_in_layer_two_and_deleted_in_layer_three() {
    let dir = tempfile::tempdir().unwrap();
    oci_layout(&dir.path().join("image"));
    let output = tollgate(dir.path(), &["image", "image", "--format", "json"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    check_image_report(&json(&output), "image");
}

#[test]
fn a_docker_save_tarball_is_read_the_same_way() {
    let dir = tempfile::tempdir().unwrap();
    docker_save(&dir.path().join("app.tar"));
    let output = tollgate(dir.path(), &["image", "app.tar", "--format", "json"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    check_image_report(&json(&output), "app.tar");
}

#[test]
fn a_directory_that_is_not_an_image_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("empty")).unwrap();
    let output = tollgate(dir.path(), &["image", "empty"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("index.json"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn image_outside_a_repository_writes_no_salt_into_the_current_directory() {
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    docker_save(&dir.path().join("app.tar"));
    let output = support::cli::tollgate(dir.path())
        .args(["image", "app.tar", "--format", "json"])
        .env("TOLLGATE_CACHE_DIR", cache.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["app.tar"], "image wrote into the current directory");
    assert!(cache.path().join("salt").is_file(), "no salt in the cache");
}

/// `tollgate image` with its own cache directory.
fn image_with_cache(dir: &Path, cache: &Path, image: &str) -> Value {
    let output = support::cli::tollgate(dir)
        .args(["image", image, "--format", "json"])
        .env("TOLLGATE_CACHE_DIR", cache)
        .output()
        .unwrap();
    assert!(output.status.code() == Some(1), "{}", stderr(&output));
    json(&output)
}

fn layer_counts(report: &Value) -> (u64, u64) {
    let stats = &report["stats"];
    (
        stats["layers"].as_u64().unwrap_or(0),
        stats["layers_cached"].as_u64().unwrap_or(0),
    )
}

#[test]
fn a_second_run_takes_every_layer_from_the_cache_and_reports_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    oci_layout(&dir.path().join("image"));
    let first = image_with_cache(dir.path(), cache.path(), "image");
    assert_eq!(layer_counts(&first), (3, 0));
    let second = image_with_cache(dir.path(), cache.path(), "image");
    assert_eq!(layer_counts(&second), (3, 3));
    assert_eq!(first["findings"], second["findings"]);
    check_image_report(&second, "image");

    let uncached = support::cli::tollgate(dir.path())
        .args(["image", "image", "--format", "json", "--no-cache"])
        .env("TOLLGATE_CACHE_DIR", cache.path())
        .output()
        .unwrap();
    assert_eq!(layer_counts(&json(&uncached)), (3, 0));
}

#[test]
fn an_image_on_a_cached_base_layer_scans_only_its_own_layers() {
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let (layers, config) = image_parts();
    oci_layout_of(&dir.path().join("app"), &layers, &config);
    image_with_cache(dir.path(), cache.path(), "app");

    let env = format!("GITHUB_TOKEN={}\n", token(13));
    let own = tar_gz_of(&[("srv/.env", env.as_bytes())]);
    let other = [layers[0].clone(), (sha256(&own), own)];
    oci_layout_of(&dir.path().join("other"), &other, &config);
    let report = image_with_cache(dir.path(), cache.path(), "other");
    assert_eq!(layer_counts(&report), (2, 1));
    let findings = support::cli::findings(&report);
    let own = findings
        .iter()
        .find(|f| f["file"] == "other!srv/.env")
        .unwrap_or_else(|| panic!("the new layer was not scanned: {findings:?}"));
    assert_eq!(own["layer"], format!("sha256:{}", other[1].0));
}

#[test]
fn a_layer_that_names_a_cached_clean_layers_digest_is_still_scanned() {
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let (layers, config) = image_parts();
    let clean = vec![layers[0].clone()];
    oci_layout_of(&dir.path().join("clean"), &clean, &config);
    image_with_cache(dir.path(), cache.path(), "clean");

    // Another image's blob stored under the clean layer's digest.
    let env = format!("GITHUB_TOKEN={}\n", token(14));
    let lying = vec![(
        clean[0].0.clone(),
        tar_gz_of(&[("srv/.env", env.as_bytes())]),
    )];
    oci_layout_of(&dir.path().join("lying"), &lying, &config);
    let report = image_with_cache(dir.path(), cache.path(), "lying");
    assert_eq!(layer_counts(&report), (1, 0));
    let findings = support::cli::findings(&report);
    assert!(
        findings.iter().any(|f| f["file"] == "lying!srv/.env"),
        "{findings:?}"
    );
}
