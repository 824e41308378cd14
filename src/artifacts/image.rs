//! Container images on disk, no daemon: a `docker save` tarball or an OCI image layout
//! directory. Every layer's files are scanned, including files a later layer deletes
//! (a whiteout hides a file, the bytes stay in the image), and the image config's `Env`,
//! `Labels` and `history` `created_by` commands, where build arguments leak.
//!
//! Layers are read into memory one image at a time and expanded by the archive reader
//! (`archive::expand`) under the archive limits, each distinct digest once.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::artifacts::archive::{self, ArchiveOptions};
use crate::finding::Skipped;

/// What stops reading an image: its index, manifest or config is missing or malformed.
#[derive(Debug, thiserror::Error)]
#[error("{}: {message}", path.display())]
pub(crate) struct ImageError {
    pub path: PathBuf,
    pub message: String,
}

fn error(path: &Path, message: impl Into<String>) -> ImageError {
    ImageError {
        path: path.to_path_buf(),
        message: message.into(),
    }
}

/// One layer: its digest (or, in an old `docker save`, its path) and its bytes.
pub(crate) struct Layer {
    pub digest: String,
    pub bytes: Vec<u8>,
}

/// An image read from disk: layers bottom to top, and the config.
pub(crate) struct Image {
    pub layers: Vec<Layer>,
    pub config: Vec<u8>,
}

#[derive(Deserialize)]
struct OciIndex {
    manifests: Vec<Descriptor>,
}

#[derive(Deserialize)]
struct Descriptor {
    digest: String,
    #[serde(rename = "mediaType", default)]
    media_type: String,
}

#[derive(Deserialize)]
struct OciManifest {
    config: Descriptor,
    layers: Vec<Descriptor>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct DockerManifest {
    config: String,
    layers: Vec<String>,
}

/// Reads the image at `path`: an OCI layout directory (`index.json`, `blobs/`) or a
/// `docker save` tarball (`manifest.json`). The first image of the index is read.
pub(crate) fn read(path: &Path) -> Result<Image, ImageError> {
    if path.is_dir() {
        read_oci(path)
    } else {
        read_docker_save(path)
    }
}

fn read_oci(dir: &Path) -> Result<Image, ImageError> {
    let index_path = dir.join("index.json");
    let index: OciIndex = json_file(&index_path)?;
    let blob = |digest: &str| -> Result<Vec<u8>, ImageError> {
        let (algorithm, hex) = digest
            .split_once(':')
            .ok_or_else(|| error(&index_path, format!("malformed digest `{digest}`")))?;
        let path = dir.join("blobs").join(algorithm).join(hex);
        std::fs::read(&path).map_err(|e| error(&path, format!("cannot read blob: {e}")))
    };
    let mut descriptor = index
        .manifests
        .first()
        .ok_or_else(|| error(&index_path, "no manifest in the index"))?
        .digest
        .clone();
    // A multi-platform image's index points at another index: follow its first entry.
    let mut media_type = index.manifests[0].media_type.clone();
    while media_type.contains("index") || media_type.contains("manifest.list") {
        let nested: OciIndex = serde_json::from_slice(&blob(&descriptor)?)
            .map_err(|e| error(&index_path, format!("nested index {descriptor}: {e}")))?;
        let first = nested
            .manifests
            .first()
            .ok_or_else(|| error(&index_path, format!("nested index {descriptor} is empty")))?;
        descriptor = first.digest.clone();
        media_type = first.media_type.clone();
    }
    let manifest: OciManifest = serde_json::from_slice(&blob(&descriptor)?)
        .map_err(|e| error(&index_path, format!("manifest {descriptor}: {e}")))?;
    let mut layers = Vec::with_capacity(manifest.layers.len());
    for layer in &manifest.layers {
        layers.push(Layer {
            digest: layer.digest.clone(),
            bytes: blob(&layer.digest)?,
        });
    }
    Ok(Image {
        layers,
        config: blob(&manifest.config.digest)?,
    })
}

fn read_docker_save(path: &Path) -> Result<Image, ImageError> {
    let file = std::fs::File::open(path).map_err(|e| error(path, format!("cannot open: {e}")))?;
    let mut entries: HashMap<String, Vec<u8>> = HashMap::new();
    let mut archive = tar::Archive::new(std::io::BufReader::new(file));
    let not_image = |e: std::io::Error| error(path, format!("not a docker save tarball: {e}"));
    for entry in archive.entries().map_err(not_image)? {
        let mut entry = entry.map_err(not_image)?;
        if !entry.header().entry_type().is_file() {
            continue;
        }
        let name = String::from_utf8_lossy(&entry.path_bytes())
            .trim_start_matches("./")
            .to_string();
        let mut bytes = Vec::with_capacity(entry.size() as usize);
        std::io::Read::read_to_end(&mut entry, &mut bytes).map_err(not_image)?;
        entries.insert(name, bytes);
    }
    let manifest = entries
        .get("manifest.json")
        .ok_or_else(|| error(path, "no manifest.json: not a docker save tarball"))?;
    let manifests: Vec<DockerManifest> =
        serde_json::from_slice(manifest).map_err(|e| error(path, format!("manifest.json: {e}")))?;
    let manifest = manifests
        .into_iter()
        .next()
        .ok_or_else(|| error(path, "manifest.json lists no image"))?;
    let mut take = |name: &str| {
        entries.remove(name).ok_or_else(|| {
            error(
                path,
                format!("{name}: listed in manifest.json, not in the tarball"),
            )
        })
    };
    let config = take(&manifest.config)?;
    let mut layers = Vec::new();
    for name in &manifest.layers {
        let bytes = take(name)?;
        // Newer docker save names layers blobs/sha256/<hex>; older ones <id>/layer.tar.
        let digest = match name.strip_prefix("blobs/sha256/") {
            Some(hex) => format!("sha256:{hex}"),
            None => name.clone(),
        };
        layers.push(Layer { digest, bytes });
    }
    Ok(Image { layers, config })
}

fn json_file<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, ImageError> {
    let text = std::fs::read(path).map_err(|e| error(path, format!("cannot read: {e}")))?;
    serde_json::from_slice(&text).map_err(|e| error(path, format!("invalid: {e}")))
}

/// What one layer holds: its text files (inner path, bytes) and the paths it deletes.
#[derive(Default)]
pub(crate) struct LayerFiles {
    pub files: Vec<(String, Vec<u8>)>,
    /// Paths a whiteout deletes; a directory path ending in `/` for an opaque whiteout.
    pub deleted: Vec<String>,
    pub skipped: Vec<Skipped>,
}

/// Expands one layer; inner paths are relative to the image root (`app/.env`).
pub(crate) fn layer_files(label: &str, layer: &Layer, options: &ArchiveOptions) -> LayerFiles {
    let mut files = LayerFiles::default();
    let Some(kind) = archive::detect(".tar", &layer.bytes) else {
        files.skipped.push(Skipped {
            path: label.to_string(),
            reason: "layer is not a tar archive".into(),
        });
        return files;
    };
    let prefix = format!("{label}!");
    let expanded = archive::expand(label, &layer.bytes, kind, options, &mut |inner, bytes| {
        let inner = inner.strip_prefix(&prefix).unwrap_or(inner);
        let inner = inner.trim_start_matches("./").trim_start_matches('/');
        let (dir, name) = match inner.rsplit_once('/') {
            Some((dir, name)) => (format!("{dir}/"), name),
            None => (String::new(), inner),
        };
        if name == ".wh..wh..opq" {
            files.deleted.push(dir);
        } else if let Some(hidden) = name.strip_prefix(".wh.") {
            files.deleted.push(format!("{dir}{hidden}"));
        } else if !crate::fs::is_binary(bytes) {
            files.files.push((inner.to_string(), bytes.to_vec()));
        }
    });
    files.skipped = expanded.skipped;
    files
}

/// Whether a layer's deletions remove `path`: the path itself, a directory above it, or
/// an opaque directory above it.
pub(crate) fn deletes(deleted: &[String], path: &str) -> bool {
    deleted.iter().any(|d| {
        path == d.trim_end_matches('/')
            || path
                .strip_prefix(d.trim_end_matches('/'))
                .is_some_and(|rest| rest.starts_with('/'))
    })
}

#[derive(Deserialize, Default)]
struct ImageConfig {
    #[serde(default)]
    config: Option<RunConfig>,
    #[serde(default)]
    history: Vec<History>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "PascalCase")]
struct RunConfig {
    #[serde(default)]
    env: Option<Vec<String>>,
    #[serde(default)]
    labels: Option<std::collections::BTreeMap<String, String>>,
}

#[derive(Deserialize)]
struct History {
    #[serde(default)]
    created_by: Option<String>,
}

/// The config's leak-prone values as lines to scan: `ENV K=V`, `LABEL k=v`, and each
/// history `created_by` command (where `ARG` and `ENV` values of the build show).
pub(crate) fn config_text(path: &Path, config: &[u8]) -> Result<String, ImageError> {
    let config: ImageConfig =
        serde_json::from_slice(config).map_err(|e| error(path, format!("image config: {e}")))?;
    let mut text = String::new();
    if let Some(run) = config.config {
        for env in run.env.unwrap_or_default() {
            text.push_str(&format!("ENV {env}\n"));
        }
        for (key, value) in run.labels.unwrap_or_default() {
            text.push_str(&format!("LABEL {key}={value}\n"));
        }
    }
    for history in config.history {
        if let Some(command) = history.created_by {
            text.push_str(&command.replace('\n', " "));
            text.push('\n');
        }
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_whiteout_deletes_the_path_and_what_is_below_it() {
        let deleted = vec!["app/.env".to_string(), "cache/".to_string()];
        assert!(deletes(&deleted, "app/.env"));
        assert!(deletes(&deleted, "cache/key.pem"));
        assert!(!deletes(&deleted, "app/.envrc"));
        assert!(!deletes(&deleted, "app/settings.py"));
    }
}
