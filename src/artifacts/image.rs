//! Container images on disk, no daemon: a `docker save` tarball or an OCI image layout
//! directory. Every layer's files are scanned, including files a later layer deletes
//! (a whiteout hides a file, the bytes stay in the image), and the image config's `Env`,
//! `Labels` and `history` `created_by` commands, where build arguments leak.
//!
//! Nothing of a layer is held in memory but the inner file being scanned: reading an
//! image indexes where each layer's bytes are (a blob file, or a member of the tarball,
//! found by seeking past the members' data), and a layer is then streamed from there
//! through the archive reader (`archive::expand_layer`) under the archive limits. Only
//! the index, the manifest and the config, which are small, are read whole.

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufReader, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::artifacts::archive::{self, ArchiveOptions, Expanded};

/// The largest index, manifest or config read: they are a few kilobytes in real images,
/// and a crafted one must not take the memory a layer may not.
const MAX_METADATA: u64 = 64 << 20;

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

/// Where a layer's bytes are: `size` bytes at `offset` in `file` (a blob of an OCI
/// layout, or a member of a `docker save` tarball).
#[derive(Clone, Debug)]
pub(crate) struct Location {
    pub file: PathBuf,
    pub offset: u64,
    pub size: u64,
}

impl Location {
    /// The layer's bytes, streamed.
    pub(crate) fn open(&self) -> io::Result<impl Read + use<>> {
        let mut file = File::open(&self.file)?;
        file.seek(SeekFrom::Start(self.offset))?;
        Ok(BufReader::with_capacity(256 << 10, file.take(self.size)))
    }

    /// The BLAKE3 hash of the layer's bytes as stored. A layer is cached under this, not
    /// under the digest the image names it by: the image is the input under scan, and a
    /// layer that lies about its digest must not borrow another layer's clean result.
    pub(crate) fn content_hash(&self) -> io::Result<[u8; 32]> {
        let mut hasher = blake3::Hasher::new();
        let copied = io::copy(&mut self.open()?, &mut hasher)?;
        if copied != self.size {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                format!("{} bytes where the image says {}", copied, self.size),
            ));
        }
        Ok(*hasher.finalize().as_bytes())
    }
}

/// One layer: its digest (or, in an old `docker save`, its path) and where it is.
pub(crate) struct Layer {
    pub digest: String,
    pub location: Location,
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
    let blob_path = |digest: &str| -> Result<PathBuf, ImageError> {
        let (algorithm, hex) = digest
            .split_once(':')
            .filter(|(algorithm, hex)| is_name(algorithm) && is_name(hex))
            .ok_or_else(|| error(&index_path, format!("malformed digest `{digest}`")))?;
        Ok(dir.join("blobs").join(algorithm).join(hex))
    };
    let blob = |digest: &str| -> Result<Vec<u8>, ImageError> {
        let path = blob_path(digest)?;
        let file = File::open(&path).map_err(|e| error(&path, format!("cannot read blob: {e}")))?;
        read_metadata(&path, file)
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
        let file = blob_path(&layer.digest)?;
        let size = std::fs::metadata(&file)
            .map_err(|e| error(&file, format!("cannot read blob: {e}")))?
            .len();
        layers.push(Layer {
            digest: layer.digest.clone(),
            location: Location {
                file,
                offset: 0,
                size,
            },
        });
    }
    Ok(Image {
        layers,
        config: blob(&manifest.config.digest)?,
    })
}

/// Whether a digest part can name a file under `blobs/` (and not leave it).
fn is_name(part: &str) -> bool {
    !part.is_empty()
        && part
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// Indexes the tarball's members (names, where their data is) by seeking past their data,
/// then reads the manifest and the config; layers stay where they are.
fn read_docker_save(path: &Path) -> Result<Image, ImageError> {
    let file = File::open(path).map_err(|e| error(path, format!("cannot open: {e}")))?;
    let not_image = |e: io::Error| error(path, format!("not a docker save tarball: {e}"));
    let mut members: HashMap<String, Location> = HashMap::new();
    let mut archive = tar::Archive::new(BufReader::new(file));
    for entry in archive.entries_with_seek().map_err(not_image)? {
        let entry = entry.map_err(not_image)?;
        if !entry.header().entry_type().is_file() {
            continue;
        }
        let name = String::from_utf8_lossy(&entry.path_bytes())
            .trim_start_matches("./")
            .to_string();
        let location = Location {
            file: path.to_path_buf(),
            offset: entry.raw_file_position(),
            size: entry.size(),
        };
        members.insert(name, location);
    }
    let member = |name: &str| {
        members.get(name).ok_or_else(|| {
            error(
                path,
                format!("{name}: listed in manifest.json, not in the tarball"),
            )
        })
    };
    let read_member = |name: &str| -> Result<Vec<u8>, ImageError> {
        let reader = member(name)?.open().map_err(not_image)?;
        read_metadata(path, reader)
    };
    if !members.contains_key("manifest.json") {
        return Err(error(path, "no manifest.json: not a docker save tarball"));
    }
    let manifests: Vec<DockerManifest> = serde_json::from_slice(&read_member("manifest.json")?)
        .map_err(|e| error(path, format!("manifest.json: {e}")))?;
    let manifest = manifests
        .into_iter()
        .next()
        .ok_or_else(|| error(path, "manifest.json lists no image"))?;
    let config = read_member(&manifest.config)?;
    let mut layers = Vec::with_capacity(manifest.layers.len());
    for name in &manifest.layers {
        // Newer docker save names layers blobs/sha256/<hex>; older ones <id>/layer.tar.
        let digest = match name.strip_prefix("blobs/sha256/") {
            Some(hex) => format!("sha256:{hex}"),
            None => name.clone(),
        };
        layers.push(Layer {
            digest,
            location: member(name)?.clone(),
        });
    }
    Ok(Image { layers, config })
}

/// A small file of the image (index, manifest, config) read whole, up to [`MAX_METADATA`].
fn read_metadata(path: &Path, reader: impl Read) -> Result<Vec<u8>, ImageError> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_METADATA + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| error(path, format!("cannot read: {e}")))?;
    if bytes.len() as u64 > MAX_METADATA {
        return Err(error(
            path,
            format!("an image's metadata over {MAX_METADATA} bytes"),
        ));
    }
    Ok(bytes)
}

fn json_file<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, ImageError> {
    let file = File::open(path).map_err(|e| error(path, format!("cannot read: {e}")))?;
    let text = read_metadata(path, file)?;
    serde_json::from_slice(&text).map_err(|e| error(path, format!("invalid: {e}")))
}

/// What a layer holds that outlives its expansion: the paths it deletes, and what the
/// expansion left unscanned.
#[derive(Default)]
pub(crate) struct LayerWalk {
    /// Paths a whiteout deletes; a directory path ending in `/` for an opaque whiteout.
    pub deleted: Vec<String>,
    pub expanded: Expanded,
}

/// Streams one layer, calling `file` with each text file (path relative to the image
/// root, `app/.env`, and bytes); `label` names the layer in `stats.skipped`.
pub(crate) fn walk_layer(
    label: &str,
    layer: &Layer,
    options: &ArchiveOptions,
    file: &mut dyn FnMut(&str, &[u8]),
) -> LayerWalk {
    let mut walk = LayerWalk::default();
    let reader = match layer.location.open() {
        Ok(reader) => reader,
        Err(e) => {
            walk.expanded.skipped.push(crate::finding::Skipped {
                path: label.to_string(),
                reason: format!("unreadable layer: {e}"),
            });
            return walk;
        }
    };
    let prefix = format!("{label}!");
    let deleted = &mut walk.deleted;
    walk.expanded = archive::expand_layer(
        label,
        reader,
        layer.location.size,
        options,
        &mut |inner, bytes| {
            let inner = inner.strip_prefix(&prefix).unwrap_or(inner);
            let inner = inner.trim_start_matches("./").trim_start_matches('/');
            let (dir, name) = match inner.rsplit_once('/') {
                Some((dir, name)) => (format!("{dir}/"), name),
                None => (String::new(), inner),
            };
            if name == ".wh..wh..opq" {
                deleted.push(dir);
            } else if let Some(hidden) = name.strip_prefix(".wh.") {
                deleted.push(format!("{dir}{hidden}"));
            } else if !crate::fs::is_binary(bytes) {
                file(inner, bytes);
            }
        },
    );
    walk
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

    /// A tarball with the manifest first and `./` names, as some tools write it: each
    /// layer's location holds exactly that member's bytes.
    #[test]
    fn a_docker_save_tarball_is_indexed_by_member_whatever_their_order() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("app.tar");
        let mut tar = tar::Builder::new(Vec::new());
        let mut add = |name: &str, bytes: &[u8]| {
            let mut header = tar::Header::new_ustar();
            header.set_size(bytes.len() as u64);
            header.set_mode(0o644);
            tar.append_data(&mut header, name, bytes).unwrap();
        };
        let manifest = br#"[{"Config":"c.json","Layers":["a/layer.tar","b/layer.tar"]}]"#;
        add("./manifest.json", manifest);
        add("./a/layer.tar", &[b'a'; 1500]);
        add("./c.json", b"{}");
        add("./b/layer.tar", &[b'b'; 10]);
        std::fs::write(&path, tar.into_inner().unwrap()).unwrap();

        let image = read(&path).unwrap();
        assert_eq!(image.config, b"{}");
        let bytes = |layer: &Layer| {
            let mut bytes = Vec::new();
            layer
                .location
                .open()
                .unwrap()
                .read_to_end(&mut bytes)
                .unwrap();
            bytes
        };
        assert_eq!(image.layers[0].digest, "a/layer.tar");
        assert_eq!(bytes(&image.layers[0]), [b'a'; 1500]);
        assert_eq!(bytes(&image.layers[1]), [b'b'; 10]);
        assert_ne!(
            image.layers[0].location.content_hash().unwrap(),
            image.layers[1].location.content_hash().unwrap()
        );
    }

    #[test]
    fn a_digest_cannot_name_a_file_outside_the_blobs() {
        let dir = tempfile::tempdir().unwrap();
        let index = r#"{"manifests":[{"digest":"sha256:../../secret","mediaType":"x"}]}"#;
        std::fs::write(dir.path().join("index.json"), index).unwrap();
        let error = read(dir.path()).err().unwrap();
        assert!(error.message.contains("malformed digest"), "{error}");
    }

    #[test]
    fn a_whiteout_deletes_the_path_and_what_is_below_it() {
        let deleted = vec!["app/.env".to_string(), "cache/".to_string()];
        assert!(deletes(&deleted, "app/.env"));
        assert!(deletes(&deleted, "cache/key.pem"));
        assert!(!deletes(&deleted, "app/.envrc"));
        assert!(!deletes(&deleted, "app/settings.py"));
    }
}
