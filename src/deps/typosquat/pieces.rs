//! A partition index for bounded edit distance (the pigeonhole filter of PassJoin and its
//! kin): cut a name of `L` characters into `p` pieces. An edit of optimal string alignment
//! touches at most two neighbouring pieces (a swap across a cut), so a name within `e`
//! edits keeps at least `p - 2e` pieces intact, each found in it at the piece's own offset
//! moved by at most `e`. Filing every popular name under its pieces, and looking a new
//! name up by the substrings at those offsets, yields every popular name within the
//! distance, and few others, without comparing the new name with the whole list.
//!
//! `p` is `2e + 2` (two pieces must match), or one piece per four characters of a longer
//! name: names share long prefixes (`github.com/`, `eslint-plugin-`), and when one or two
//! pieces of a prefix were enough, most of a list would match.
//!
//! Hand-written because the crates near this (symspell, BK-trees, Levenshtein automata)
//! either keep a dictionary of words to correct, or cost far more to build than the
//! check's whole run: a deletion neighbourhood of 5,000 npm names has 900,000 variants,
//! the pieces number 30,000.
//!
//! Pieces are kept as 64-bit hashes of `(length, piece number, characters)`. A collision
//! only adds a candidate, whose real distance the caller computes; it never hides one,
//! since equal pieces hash equally.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Odd multiplier of the polynomial hash (arithmetic is modulo 2^64).
const BASE: u64 = 0x9E37_79B9_7F4A_7C15;

/// Names filed under their pieces.
pub(super) struct PieceIndex {
    /// How many edits a name of a given length is indexed for (`None`: not indexed).
    edits: fn(usize) -> Option<usize>,
    /// Piece hash to the most recent entry filed under it.
    heads: HashMap<u64, u32, BuildHasherDefault<Premixed>>,
    /// `(name id, previous entry under the same hash)`; `u32::MAX` ends a chain.
    entries: Vec<(u32, u32)>,
}

impl PieceIndex {
    pub fn new(edits: fn(usize) -> Option<usize>) -> PieceIndex {
        PieceIndex {
            edits,
            heads: HashMap::default(),
            entries: Vec::new(),
        }
    }

    /// Files name `id` (its characters) under its pieces, if its length is indexed.
    pub fn insert(&mut self, id: u32, chars: &[char]) {
        let len = chars.len();
        let Some(edits) = (self.edits)(len) else {
            return;
        };
        let hashes = Prefix::new(chars);
        let parts = pieces(len, edits);
        for i in 0..parts {
            let (start, n) = piece(len, parts, i);
            let key = finish(hashes.part(start, start + n), len, i);
            let next = self.heads.get(&key).copied().unwrap_or(u32::MAX);
            self.heads.insert(key, self.entries.len() as u32);
            self.entries.push((id, next));
        }
    }

    /// Ids of the indexed names that may be within `edits` of `chars` (a superset of
    /// them), ascending.
    pub fn candidates(&self, chars: &[char], edits: usize) -> Vec<u32> {
        let m = chars.len();
        let hashes = Prefix::new(chars);
        // (name id, pieces it must keep, piece number) of every piece found.
        let mut found: Vec<(u32, usize, usize)> = Vec::new();
        for len in m.saturating_sub(edits)..=m + edits {
            let Some(indexed) = (self.edits)(len) else {
                continue;
            };
            let parts = pieces(len, indexed);
            let e = edits.min(indexed);
            let intact = parts - 2 * e;
            let e = e as isize;
            for i in 0..parts {
                let (start, n) = piece(len, parts, i);
                for shift in -e..=e {
                    let Some(at) = start.checked_add_signed(shift).filter(|&at| at + n <= m) else {
                        continue;
                    };
                    let key = finish(hashes.part(at, at + n), len, i);
                    let mut entry = self.heads.get(&key).copied().unwrap_or(u32::MAX);
                    while let Some(&(id, next)) = self.entries.get(entry as usize) {
                        found.push((id, intact, i));
                        entry = next;
                    }
                }
            }
        }
        found.sort_unstable();
        found.dedup();
        let mut out: Vec<u32> = Vec::new();
        for group in found.chunk_by(|a, b| (a.0, a.1) == (b.0, b.1)) {
            if group.len() >= group[0].1 && out.last() != Some(&group[0].0) {
                out.push(group[0].0);
            }
        }
        out
    }
}

/// Pieces of a name of `len` characters indexed for `edits`: two more than the edits can
/// touch, or one per four characters.
fn pieces(len: usize, edits: usize) -> usize {
    (2 * edits + 2).max(len / 4)
}

/// Offset and length of piece `i` of `parts` in a name of `len` characters.
fn piece(len: usize, parts: usize, i: usize) -> (usize, usize) {
    let (start, end) = (i * len / parts, (i + 1) * len / parts);
    (start, end - start)
}

/// Prefix hashes of one string, from which the hash of any substring follows.
struct Prefix {
    /// `prefix[k]`: hash of the first `k` characters.
    prefix: Vec<u64>,
    /// `power[k]`: `BASE^k`.
    power: Vec<u64>,
}

impl Prefix {
    fn new(chars: &[char]) -> Prefix {
        let mut prefix = Vec::with_capacity(chars.len() + 1);
        let mut power = Vec::with_capacity(chars.len() + 1);
        let (mut h, mut p) = (0u64, 1u64);
        prefix.push(h);
        power.push(p);
        for &c in chars {
            h = h.wrapping_mul(BASE).wrapping_add(u64::from(c) + 1);
            p = p.wrapping_mul(BASE);
            prefix.push(h);
            power.push(p);
        }
        Prefix { prefix, power }
    }

    /// Hash of characters `a..b`.
    fn part(&self, a: usize, b: usize) -> u64 {
        self.prefix[b].wrapping_sub(self.prefix[a].wrapping_mul(self.power[b - a]))
    }
}

/// Mixes the name length and piece number in and spreads the bits (splitmix64's
/// finaliser), so the table can use the value as it is.
fn finish(hash: u64, len: usize, piece: usize) -> u64 {
    let tag = (len as u64) << 8 | piece as u64;
    let mut z = hash ^ tag.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The keys are already mixed: hashing them again would only cost time.
#[derive(Default)]
struct Premixed(u64);

impl Hasher for Premixed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    fn edits(len: usize) -> Option<usize> {
        match len {
            0..5 => None,
            5..12 => Some(1),
            _ => Some(2),
        }
    }

    #[test]
    fn substring_hashes_equal_the_hashes_of_the_substrings() {
        let whole = Prefix::new(&chars("python-dateutil"));
        let alone = Prefix::new(&chars("dateutil"));
        assert_eq!(whole.part(7, 15), alone.part(0, 8));
        assert_ne!(whole.part(6, 14), alone.part(0, 8));
    }

    #[test]
    fn pieces_cover_the_name() {
        for len in 5..80 {
            let parts = pieces(len, edits(len).unwrap());
            let total: usize = (0..parts).map(|i| piece(len, parts, i).1).sum();
            assert_eq!(total, len);
            assert!((0..parts).all(|i| piece(len, parts, i).1 > 0));
        }
    }

    #[test]
    fn every_kind_of_edit_keeps_a_piece() {
        let mut index = PieceIndex::new(edits);
        index.insert(0, &chars("lodash"));
        index.insert(1, &chars("eslint-plugin-react-hooks"));
        for (name, d, id) in [
            ("lodahs", 1, 0),  // swap
            ("lodas", 1, 0),   // deletion
            ("lodashe", 1, 0), // insertion
            ("lodesh", 1, 0),  // substitution
            ("olodash", 1, 0), // insertion in front
            ("eslint-plugin-reakt-hook", 2, 1),
            ("eslint-plugn-rect-hooks", 2, 1),
            ("seilnt-plugin-react-hoosk", 2, 1),
        ] {
            assert!(index.candidates(&chars(name), d).contains(&id), "{name}");
        }
        assert!(index.candidates(&chars("express"), 1).is_empty());
    }
}
