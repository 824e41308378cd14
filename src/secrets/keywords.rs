//! Every occurrence of every rule keyword in a piece of content, in order of position.
//!
//! With thousands of keywords the Aho-Corasick automaton has no literal prefilter to skip
//! text with, and its table (8 MB) outgrows the first-level cache: a walk costs one
//! dependent table load per byte, bound by load latency rather than by work (2.4 ns a
//! byte, half of a `tollgate dir` run's time). This walk runs [`LANES`] independent copies
//! of the automaton over separate stretches of a block in lock step, so their loads
//! overlap. aho-corasick's own searches walk one stream at a time, which is why this loop
//! is written here on top of its public [`Automaton`] interface.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::nfa::noncontiguous::NFA;
use aho_corasick::{Anchored, MatchKind, StartKind};
use std::sync::{Arc, Mutex, OnceLock};
use std::thread::JoinHandle;

/// Automaton copies walked side by side. Over 169 MB of crate sources, one thread: 0.80 ns
/// a byte with 8 lanes, 0.88 with 4, 2.4 with aho-corasick's own search.
const LANES: usize = 8;
/// Bytes walked per block. Hits of a block are sorted before they are handed out, so this
/// bounds the buffer on keyword-dense content (minified files with millions of hits).
const BLOCK: usize = 64 * 1024;
/// Content up to this long is walked with the early NFA while the DFA is being built.
const EARLY_MAX_LEN: usize = 256 * 1024;
/// Content shorter than this is walked as one stream: lanes buy nothing on a few lines.
const MIN_LANED: usize = 4 * 1024;

/// One keyword occurrence: where it starts and which keyword it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Hit {
    pub start: usize,
    pub keyword: usize,
}

/// The keyword automaton. Keywords match ASCII case-insensitively, and every keyword is
/// reported at every position it occurs (a shorter keyword inside a longer one too).
///
/// Building it for the built-in set (3,000 keywords) takes about 20 ms, so it is built on
/// a thread of its own while the caller goes on (reading configuration, listing files);
/// a search of large content waits for it, small content uses the early NFA.
pub(crate) struct Keywords {
    patterns: Arc<Vec<String>>,
    /// `None` when the keyword set is too large for a DFA: the NFA walks everything then.
    dfa: OnceLock<Option<DFA>>,
    building: Mutex<Option<JoinHandle<Option<DFA>>>>,
    /// The kind of NFA the DFA is made from (4 ms to build, not 20, and several times
    /// slower to walk): small content that arrives before the DFA is ready, such as the
    /// few staged files of a pre-commit hook, is walked with it instead of waiting.
    early: OnceLock<NFA>,
}

impl Keywords {
    pub fn new(patterns: Vec<String>) -> Keywords {
        let patterns = Arc::new(patterns);
        let for_thread = Arc::clone(&patterns);
        let spawned = std::thread::Builder::new()
            .name("keyword-automaton".into())
            .spawn(move || build(&for_thread));
        match spawned {
            Ok(handle) => Keywords {
                patterns,
                dfa: OnceLock::new(),
                building: Mutex::new(Some(handle)),
                early: OnceLock::new(),
            },
            // No thread to spare: build it here.
            Err(_) => Keywords {
                dfa: OnceLock::from(build(&patterns)),
                patterns,
                building: Mutex::new(None),
                early: OnceLock::new(),
            },
        }
    }

    fn dfa(&self) -> Option<&DFA> {
        self.dfa
            .get_or_init(|| {
                let handle = self.building.lock().expect("keyword build lock").take();
                handle
                    .expect("an automaton not yet built is being built")
                    .join()
                    .expect("the keyword automaton build does not panic")
            })
            .as_ref()
    }

    /// Whether the DFA's build is still running.
    fn building(&self) -> bool {
        self.dfa.get().is_none()
            && self
                .building
                .lock()
                .expect("keyword build lock")
                .as_ref()
                .is_some_and(|handle| !handle.is_finished())
    }

    /// The hits in `content`, sorted by start (and keyword).
    pub fn hits<'a>(&'a self, content: &'a [u8]) -> Hits<'a> {
        let dfa = if self.building() && content.len() <= EARLY_MAX_LEN {
            None
        } else {
            self.dfa()
        };
        match dfa {
            Some(dfa) => Hits::Walk(Walk {
                dfa,
                content,
                walked: 0,
                pending: Vec::new(),
                ready: Vec::new(),
            }),
            None => Hits::Early(self.early_hits(content)),
        }
    }

    fn early_hits(&self, content: &[u8]) -> std::vec::IntoIter<Hit> {
        let nfa = self.early.get_or_init(|| build_nfa(&self.patterns));
        let start = nfa
            .start_state(Anchored::No)
            .expect("the automaton is built for unanchored search");
        let mut hits = Vec::new();
        walk_stream(nfa, content, start, 0..content.len(), 0, &mut hits);
        hits.sort_unstable();
        hits.into_iter()
    }
}

fn build_nfa(patterns: &[String]) -> NFA {
    NFA::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        // As for the DFA: `is_special` then means "a keyword ends here".
        .prefilter(false)
        .build(patterns)
        .expect("keyword automaton from literal strings")
}

/// The DFA, or `None` past its size limits (a huge user keyword list), where the NFA is
/// used instead.
fn build(patterns: &[String]) -> Option<DFA> {
    DFA::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .start_kind(StartKind::Unanchored)
        // Without a prefilter the start state is not special, so in this unanchored
        // walk (which never dies) `is_special` means "a keyword ends here": one
        // comparison per byte.
        .prefilter(false)
        .build(patterns)
        .ok()
}

/// Iterator over the hits of one piece of content.
pub(crate) enum Hits<'a> {
    /// Walked over the DFA a block at a time.
    Walk(Walk<'a>),
    /// Found by the early automaton, all at once (the content is small).
    Early(std::vec::IntoIter<Hit>),
}

impl Iterator for Hits<'_> {
    type Item = Hit;

    fn next(&mut self) -> Option<Hit> {
        match self {
            Hits::Walk(walk) => walk.next(),
            Hits::Early(hits) => hits.next(),
        }
    }
}

/// The DFA walk over one piece of content, a block at a time.
pub(crate) struct Walk<'a> {
    dfa: &'a DFA,
    content: &'a [u8],
    /// Hits end before this offset have all been found.
    walked: usize,
    /// Found hits whose start a later block's hit could still precede.
    pending: Vec<Hit>,
    /// Hits to hand out, in reverse order (popped from the end).
    ready: Vec<Hit>,
}

impl Iterator for Walk<'_> {
    type Item = Hit;

    fn next(&mut self) -> Option<Hit> {
        while self.ready.is_empty() {
            if self.walked == self.content.len() && self.pending.is_empty() {
                return None;
            }
            self.walk_block();
        }
        self.ready.pop()
    }
}

impl Walk<'_> {
    /// Walks the next block and moves every hit that no later hit can precede to `ready`.
    fn walk_block(&mut self) {
        let end = (self.walked + BLOCK).min(self.content.len());
        let lanes = if end - self.walked < MIN_LANED {
            1
        } else {
            LANES
        };
        let lane_len = (end - self.walked).div_ceil(lanes);
        let mut starts = [0; LANES];
        for (lane, start) in starts.iter_mut().enumerate().take(lanes) {
            *start = (self.walked + lane * lane_len).min(end);
        }
        if lanes == LANES {
            self.walk_lanes(starts, end);
        } else {
            self.walk_lane(self.walked, end);
        }
        self.walked = end;
        // A later hit ends at or after `end`, so it starts after `end - max_len`.
        let settled = if end == self.content.len() {
            usize::MAX
        } else {
            (end + 1).saturating_sub(self.dfa.max_pattern_len())
        };
        self.pending.sort_unstable();
        let split = self.pending.partition_point(|hit| hit.start < settled);
        self.ready.extend(self.pending.drain(..split).rev());
    }

    /// Walks `LANES` stretches, `starts[i]..starts[i + 1]` (the last up to `end`), in lock
    /// step, then whatever the longest lane has left.
    fn walk_lanes(&mut self, starts: [usize; LANES], end: usize) {
        let ends: [usize; LANES] =
            std::array::from_fn(|i| starts.get(i + 1).copied().unwrap_or(end));
        // Each lane starts far enough back to see a keyword that crosses into it, and
        // reports only hits that end inside it.
        let at: [usize; LANES] = std::array::from_fn(|i| self.warm_up_start(starts[i]));
        let common = (0..LANES).map(|i| ends[i] - at[i]).min().unwrap_or(0);
        let lanes: [&[u8]; LANES] = std::array::from_fn(|i| &self.content[at[i]..at[i] + common]);
        let mut states = [self.start_state(); LANES];
        let mut step = 0;
        while step < common {
            step = step_until_match(self.dfa, lanes, &mut states, step);
            if step == common {
                break;
            }
            for (lane, &state) in states.iter().enumerate() {
                let pos = at[lane] + step;
                if self.dfa.is_match(state) && pos >= starts[lane] {
                    self.record(state, pos);
                }
            }
            step += 1;
        }
        for (lane, state) in states.into_iter().enumerate() {
            self.walk_from(state, at[lane] + common, starts[lane], ends[lane]);
        }
    }
    /// Walks `start..end` as one stream.
    fn walk_lane(&mut self, start: usize, end: usize) {
        let state = self.start_state();
        self.walk_from(state, self.warm_up_start(start), start, end);
    }

    fn walk_from(&mut self, state: StateID, at: usize, report_from: usize, end: usize) {
        walk_stream(
            self.dfa,
            self.content,
            state,
            at..end,
            report_from,
            &mut self.pending,
        );
    }

    fn warm_up_start(&self, start: usize) -> usize {
        start.saturating_sub(self.dfa.max_pattern_len().saturating_sub(1))
    }

    fn start_state(&self) -> StateID {
        self.dfa
            .start_state(Anchored::No)
            .expect("the automaton is built for unanchored search")
    }

    fn record(&mut self, state: StateID, pos: usize) {
        record(self.dfa, state, pos, &mut self.pending);
    }
}

/// Walks `content[range]` from `state`, recording hits that end at or after `report_from`.
fn walk_stream<A: Automaton>(
    automaton: &A,
    content: &[u8],
    mut state: StateID,
    range: std::ops::Range<usize>,
    report_from: usize,
    out: &mut Vec<Hit>,
) {
    for pos in range {
        state = automaton.next_state(Anchored::No, state, content[pos]);
        if automaton.is_special(state) && pos >= report_from {
            record(automaton, state, pos, out);
        }
    }
}

/// Records every keyword that ends at `pos` (the automaton is in match state `state`).
fn record<A: Automaton>(automaton: &A, state: StateID, pos: usize, out: &mut Vec<Hit>) {
    for index in 0..automaton.match_len(state) {
        let keyword = automaton.match_pattern(state, index);
        out.push(Hit {
            start: pos + 1 - automaton.pattern_len(keyword),
            keyword: keyword.as_usize(),
        });
    }
}

/// Steps every lane's automaton from byte `from` of the (equally long) lanes until one of
/// them is in a match state after a byte, and returns that byte's index, or the lanes'
/// length. Kept out of line and small so the four states live in registers: each step's
/// four table loads are then independent of one another.
#[inline(never)]
fn step_until_match(
    dfa: &DFA,
    lanes: [&[u8]; LANES],
    states: &mut [StateID; LANES],
    from: usize,
) -> usize {
    let [l0, l1, l2, l3, l4, l5, l6, l7] = lanes;
    let [
        mut s0,
        mut s1,
        mut s2,
        mut s3,
        mut s4,
        mut s5,
        mut s6,
        mut s7,
    ] = *states;
    let len = lanes.iter().map(|lane| lane.len()).min().unwrap_or(0);
    let next = |state, byte| dfa.next_state(Anchored::No, state, byte);
    let ends_keyword = |state| dfa.is_special(state);
    let mut step = from;
    // Written out lane by lane: as an array the states were kept in memory, which put a
    // store and a load on every lane's chain (25% slower).
    while step < len {
        s0 = next(s0, l0[step]);
        s1 = next(s1, l1[step]);
        s2 = next(s2, l2[step]);
        s3 = next(s3, l3[step]);
        s4 = next(s4, l4[step]);
        s5 = next(s5, l5[step]);
        s6 = next(s6, l6[step]);
        s7 = next(s7, l7[step]);
        if ends_keyword(s0)
            | ends_keyword(s1)
            | ends_keyword(s2)
            | ends_keyword(s3)
            | ends_keyword(s4)
            | ends_keyword(s5)
            | ends_keyword(s6)
            | ends_keyword(s7)
        {
            break;
        }
        step += 1;
    }
    *states = [s0, s1, s2, s3, s4, s5, s6, s7];
    step
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keywords(list: &[&str]) -> Keywords {
        Keywords::new(list.iter().map(|k| k.to_string()).collect())
    }

    /// Every (start, keyword) pair, by brute force.
    fn expected(list: &[&str], content: &[u8]) -> Vec<Hit> {
        let mut hits = Vec::new();
        for start in 0..content.len() {
            for (keyword, k) in list.iter().enumerate() {
                if content[start..].len() >= k.len()
                    && content[start..start + k.len()].eq_ignore_ascii_case(k.as_bytes())
                {
                    hits.push(Hit { start, keyword });
                }
            }
        }
        hits
    }

    #[test]
    fn finds_every_keyword_at_every_position_in_order_across_lanes_and_blocks() {
        let list = ["pass", "password", "sword", "ghp_", "xoxb-", "akia"];
        // Long enough for several blocks, with keywords straddling lane and block edges.
        let mut content = Vec::new();
        let mut seed = 7u32;
        while content.len() < 3 * BLOCK + 1234 {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            match seed >> 28 {
                0 => content.extend_from_slice(b"PassWord"),
                1 => content.extend_from_slice(b"ghp_"),
                2 => content.extend_from_slice(b"xoxb-"),
                3 => content.extend_from_slice(b"AKIA"),
                _ => content.push(b'a' + (seed >> 8) as u8 % 26),
            }
        }
        let k = keywords(&list);
        let found: Vec<Hit> = k.hits(&content).collect();
        assert_eq!(found, expected(&list, &content));
        assert!(found.len() > 1000, "the test content holds many hits");
    }

    #[test]
    fn the_early_automaton_finds_the_same_hits() {
        let list = [
            "pass", "password", "sword", "ghp_", "xoxb-", "ab", "abc", "bc",
        ];
        let k = keywords(&list);
        for content in [&b""[..], b"a", b"xxabcab", b"PassWord=ghp_x xoxb-abc"] {
            let early: Vec<Hit> = k.early_hits(content).collect();
            assert_eq!(early, expected(&list, content), "{content:?}");
            let walked: Vec<Hit> = Hits::Walk(Walk {
                dfa: k.dfa().expect("a small keyword set makes a DFA"),
                content,
                walked: 0,
                pending: Vec::new(),
                ready: Vec::new(),
            })
            .collect();
            assert_eq!(early, walked, "{content:?}");
        }
    }

    #[test]
    fn short_content_and_edges() {
        let list = ["ab", "abc", "bc"];
        let k = keywords(&list);
        for content in [&b""[..], b"a", b"abc", b"xxabcab"] {
            assert_eq!(
                k.hits(content).collect::<Vec<_>>(),
                expected(&list, content),
                "{content:?}"
            );
        }
    }
}
