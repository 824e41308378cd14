//! The saved state of a history audit: the walked commits, each distinct blob's first
//! introduction and the scan results that are not clean, so that a rerun reads only the
//! commits that are new since (none at all when no ref moved).
//!
//! One file per (repository, `--all-refs`, rule set, size limit) in the cache directory;
//! a state whose findings were fingerprinted under another salt is not used. Like the
//! [blob cache](super::cache), it is no plaintext secret store: it holds redacted
//! findings and each path's BLAKE3 hash, never a path or a secret; the few paths a report
//! needs are found again in the introducing commit's tree.
//!
//! The format is a flat sequence of fixed-size records (ids, indexes, counts) followed by
//! the JSON of the results and a BLAKE3 checksum of everything before it. Written by hand
//! because the records are ids and integers that serde would need gix's `serde` feature
//! for, and because reading 60k records this way takes milliseconds. A file that does
//! not parse (another version, a torn write) is a miss, never an error.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use gix::ObjectId;

use crate::git::history::{Intro, Introductions, WalkedCommit};
use crate::scan::cache::BlobResult;

const MAGIC: &[u8; 8] = b"TGHIST01";
/// How the state files in the cache directory are named, before the key.
const FILE_PREFIX: &str = "history-state-v1-";

/// What an earlier run of the same audit knew.
pub(crate) struct State {
    /// The commits the walk started from.
    pub tips: Vec<ObjectId>,
    /// The walked commits, parents first.
    pub commits: Vec<WalkedCommit>,
    pub intros: Introductions,
    /// Results of blobs that were not clean (matches, binary, too large).
    pub results: HashMap<ObjectId, BlobResult>,
}

/// The state file of one audit: `key` names everything the saved results depend on.
pub(crate) fn state_path(cache_dir: &Path, key: &[&[u8]]) -> PathBuf {
    let mut hasher = blake3::Hasher::new();
    for part in key {
        hasher.update(&(part.len() as u64).to_le_bytes());
        hasher.update(part);
    }
    cache_dir.join(format!(
        "{FILE_PREFIX}{}.bin",
        &hasher.finalize().to_hex()[..32]
    ))
}

/// Reads a saved state; `None` when there is none or it does not parse.
pub(crate) fn load(path: &Path) -> Option<State> {
    let bytes = std::fs::read(path).ok()?;
    let (body, sum) = bytes.split_at_checked(bytes.len().checked_sub(32)?)?;
    if blake3::hash(body).as_bytes() != sum {
        return None;
    }
    decode(body)
}

/// Writes the state atomically (a temporary file renamed over the old one), so a
/// concurrent reader sees the old state or the new one.
pub(crate) fn save(
    path: &Path,
    tips: &[ObjectId],
    commits: &[WalkedCommit],
    intros: &Introductions,
    results: &HashMap<ObjectId, BlobResult>,
) -> std::io::Result<()> {
    let mut out = encode(tips, commits, intros, results)?;
    let sum = *blake3::hash(&out).as_bytes();
    out.extend_from_slice(&sum);
    let dir = path.parent().expect("a state path has a directory");
    std::fs::create_dir_all(dir)?;
    let mut temporary = tempfile::NamedTempFile::new_in(dir)?;
    std::io::Write::write_all(&mut temporary, &out)?;
    temporary.persist(path).map_err(|e| e.error)?;
    Ok(())
}

fn encode(
    tips: &[ObjectId],
    commits: &[WalkedCommit],
    intros: &Introductions,
    results: &HashMap<ObjectId, BlobResult>,
) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(64 * intros.order.len() + 64 * commits.len());
    out.extend_from_slice(MAGIC);
    let count = |out: &mut Vec<u8>, n: usize| out.extend_from_slice(&(n as u32).to_le_bytes());
    count(&mut out, tips.len());
    tips.iter().for_each(|id| put_id(&mut out, id));
    count(&mut out, commits.len());
    for (id, parents) in commits {
        put_id(&mut out, id);
        count(&mut out, parents.len());
        parents.iter().for_each(|p| put_id(&mut out, p));
    }
    let hashes = intros.path_hashes();
    count(&mut out, hashes.len());
    hashes.iter().for_each(|h| out.extend_from_slice(h));
    count(&mut out, intros.order.len());
    for blob in &intros.order {
        let intro = intros.blobs[blob];
        put_id(&mut out, blob);
        count(&mut out, intro.commit as usize);
        count(&mut out, intro.path as usize);
        match intro.old {
            Some(old) => {
                out.push(1);
                put_id(&mut out, &old);
            }
            None => out.push(0),
        }
    }
    let mut deleted: Vec<_> = intros.deleted.iter().collect();
    deleted.sort_by_key(|(commit, _)| **commit);
    count(&mut out, deleted.len());
    for (commit, blobs) in deleted {
        count(&mut out, *commit as usize);
        count(&mut out, blobs.len());
        blobs.iter().for_each(|b| put_id(&mut out, b));
    }
    let mut listed: Vec<(String, &BlobResult)> =
        results.iter().map(|(id, r)| (id.to_string(), r)).collect();
    listed.sort_by(|a, b| a.0.cmp(&b.0));
    let json = serde_json::to_vec(&listed).map_err(std::io::Error::other)?;
    count(&mut out, json.len());
    out.extend_from_slice(&json);
    Ok(out)
}

fn put_id(out: &mut Vec<u8>, id: &ObjectId) {
    out.extend_from_slice(id.as_bytes());
}

/// A cursor over the saved bytes; every read is checked, so a short file is a miss.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let (head, rest) = self.0.split_at_checked(n)?;
        self.0 = rest;
        Some(head)
    }

    fn count(&mut self) -> Option<usize> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?) as usize)
    }

    fn id(&mut self) -> Option<ObjectId> {
        ObjectId::try_from(self.take(20)?).ok()
    }

    /// A count that the remaining bytes can hold at `size` bytes each, so a corrupt count
    /// cannot ask for a huge allocation.
    fn bounded_count(&mut self, size: usize) -> Option<usize> {
        let n = self.count()?;
        (n.checked_mul(size)? <= self.0.len()).then_some(n)
    }
}

fn decode(body: &[u8]) -> Option<State> {
    let mut r = Reader(body);
    if r.take(MAGIC.len())? != MAGIC {
        return None;
    }
    let tips = (0..r.bounded_count(20)?)
        .map(|_| r.id())
        .collect::<Option<Vec<_>>>()?;
    let n = r.bounded_count(24)?;
    let mut commits = Vec::with_capacity(n);
    for _ in 0..n {
        let id = r.id()?;
        let parents = (0..r.bounded_count(20)?)
            .map(|_| r.id())
            .collect::<Option<Vec<_>>>()?;
        commits.push((id, parents));
    }
    let hashes = (0..r.bounded_count(32)?)
        .map(|_| r.take(32)?.try_into().ok())
        .collect::<Option<Vec<[u8; 32]>>>()?;
    let n = r.bounded_count(29)?;
    let mut order = Vec::with_capacity(n);
    let mut blobs = HashMap::with_capacity(n);
    for _ in 0..n {
        let blob = r.id()?;
        let commit = r.count()? as u32;
        let path = r.count()? as u32;
        let old = match r.take(1)?[0] {
            0 => None,
            1 => Some(r.id()?),
            _ => return None,
        };
        if commit as usize >= commits.len() || path as usize >= hashes.len() {
            return None;
        }
        order.push(blob);
        blobs.insert(blob, Intro { commit, path, old });
    }
    let n = r.bounded_count(8)?;
    let mut deleted = HashMap::with_capacity(n);
    for _ in 0..n {
        let commit = r.count()? as u32;
        let ids = (0..r.bounded_count(20)?)
            .map(|_| r.id())
            .collect::<Option<Vec<_>>>()?;
        deleted.insert(commit, ids);
    }
    let n = r.bounded_count(1)?;
    let listed: Vec<(String, BlobResult)> = serde_json::from_slice(r.take(n)?).ok()?;
    if !r.0.is_empty() {
        return None;
    }
    let results = listed
        .into_iter()
        .map(|(id, result)| Some((ObjectId::from_hex(id.as_bytes()).ok()?, result)))
        .collect::<Option<HashMap<_, _>>>()?;
    Some(State {
        tips,
        commits,
        intros: Introductions::from_parts(&hashes, blobs, order, deleted),
        results,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(n: u8) -> ObjectId {
        ObjectId::try_from(&[n; 20][..]).unwrap()
    }

    fn sample() -> (Vec<ObjectId>, Vec<WalkedCommit>, Introductions) {
        let commits = vec![(id(1), vec![]), (id(2), vec![id(1)])];
        let hashes = [*blake3::hash(b"a.env").as_bytes(), [7; 32]];
        let blobs = HashMap::from([
            (
                id(10),
                Intro {
                    commit: 0,
                    path: 0,
                    old: None,
                },
            ),
            (
                id(11),
                Intro {
                    commit: 1,
                    path: 1,
                    old: Some(id(10)),
                },
            ),
        ]);
        let deleted = HashMap::from([(1, vec![id(10)])]);
        let intros = Introductions::from_parts(&hashes, blobs, vec![id(10), id(11)], deleted);
        (vec![id(2)], commits, intros)
    }

    #[test]
    fn a_saved_state_reads_back_whole_without_any_path() {
        let dir = tempfile::tempdir().unwrap();
        let path = state_path(dir.path(), &[b"repo", b"rules"]);
        let (tips, commits, intros) = sample();
        let results = HashMap::from([(id(11), BlobResult::Binary)]);
        save(&path, &tips, &commits, &intros, &results).unwrap();
        let bytes = std::fs::read(&path).unwrap();
        assert!(
            !bytes.windows(5).any(|w| w == b"a.env"),
            "no path in the file"
        );
        let state = load(&path).unwrap();
        assert_eq!(state.tips, tips);
        assert_eq!(state.commits, commits);
        assert_eq!(state.intros.order, intros.order);
        assert_eq!(state.intros.blobs[&id(11)].old, Some(id(10)));
        assert_eq!(state.intros.deleted, intros.deleted);
        assert_eq!(state.intros.path_hashes(), intros.path_hashes());
        assert_eq!(state.results, results);
    }

    #[test]
    fn a_torn_or_foreign_state_file_is_a_miss() {
        let dir = tempfile::tempdir().unwrap();
        let path = state_path(dir.path(), &[b"repo"]);
        let (tips, commits, intros) = sample();
        save(&path, &tips, &commits, &intros, &HashMap::new()).unwrap();
        let bytes = std::fs::read(&path).unwrap();
        std::fs::write(&path, &bytes[..bytes.len() - 1]).unwrap();
        assert!(load(&path).is_none());
        let mut flipped = bytes.clone();
        flipped[10] ^= 1;
        std::fs::write(&path, &flipped).unwrap();
        assert!(load(&path).is_none());
        std::fs::write(&path, b"not a state").unwrap();
        assert!(load(&path).is_none());
    }
}
