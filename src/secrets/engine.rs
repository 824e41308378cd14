//! The scan engine: keyword prefilter, lazily compiled regexes, then entropy, checksum and
//! allow-lists.
//!
//! One Aho-Corasick automaton over every rule's keywords finds which rules can match a
//! piece of content and where. Only those rules run their regex, and only in windows
//! around the keyword hits, so a file without keywords costs one automaton pass. A rule's
//! regex is compiled the first time one of its keywords hits: building all ~200 automata up
//! front costs tens of milliseconds, which a pre-commit hook touching ten files should not
//! pay. regex-automata's meta engine is linear in the input, so no content can stall the
//! scan, and it searches bytes, so content need not be UTF-8.

use std::collections::HashMap;
use std::sync::OnceLock;

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use regex_automata::meta::Regex;
use regex_automata::{Input, Span};
use regex_syntax::hir::{Class, Hir, HirKind};

use crate::secrets::confidence::{self, Confidence};
use crate::secrets::entropy::shannon;
use crate::secrets::fingerprint::Fingerprinter;
use crate::secrets::keywords::Keywords;
use crate::secrets::rule::{Rule, RuleSpec, syntax_config};
use crate::secrets::{decode, identifiers, placeholder};

/// Bytes before a keyword hit that a rule's regex may start at. Assignments put the
/// keyword (`password`, `aws_secret`) before the secret; a token prefix is at its start.
const WINDOW_BEFORE: usize = 512;
/// Bytes after a keyword hit that a match may extend to; a PEM block of a 4096-bit RSA
/// key is about 3.3 KB, PGP private key blocks run longer.
const WINDOW_AFTER: usize = 16 * 1024;
/// How far a window grows to reach a line boundary, so minified single-line files keep
/// windows bounded.
const LINE_SLACK: usize = 256;
/// How far from a match an inline allow marker on the same line is looked for.
const MARKER_REACH: usize = 1024;
/// Base64 decoding is applied this many levels deep.
const DECODE_DEPTH: u8 = 1;

/// Ids of catch-all rules (`generic-password`, `generic-url-credentials`) start with this;
/// their matches give way to a specific rule's match of the same text.
pub(crate) const GENERIC_RULE_PREFIX: &str = "generic-";

/// Markers that suppress a finding on their line, from tollgate and the tools teams
/// migrate from.
pub(crate) const INLINE_ALLOW_MARKERS: &[&str] = &[
    "tollgate:allow",
    "gitleaks:allow",
    "pragma: allowlist secret",
    "trufflehog:ignore",
    "kingfisher:ignore",
];

/// One match of one rule, before it becomes a report finding.
#[derive(Clone, Debug, PartialEq)]
pub struct Match {
    /// Index of the rule in [`Scanner::rules`].
    pub rule: usize,
    /// Byte span of the secret in the scanned content (for a secret found in decoded
    /// base64, the span of the encoded text).
    pub start: usize,
    pub end: usize,
    /// 1-based line and column (in characters) of `start`, and the line of `end`.
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub secret: Vec<u8>,
    pub entropy: f64,
    /// `Some("checksum")` when the token's own checksum verified.
    pub validation: Option<&'static str>,
    /// How sure the match is; the rule's confidence.
    pub confidence: Confidence,
}

/// A rule's path conditions, built the first time its keywords hit: a path-scoped rule
/// (`.netrc`, `wp-config.php`) is decided by the path before its regex is ever compiled.
struct PathFilter {
    only_paths: Option<GlobSet>,
    only_path_regex: Option<Regex>,
    allow_paths: Option<GlobSet>,
    allow_path_regexes: Vec<Regex>,
}

/// A rule's regex, built the first time its keywords hit in a file it applies to.
struct Matcher {
    regex: Regex,
    /// How far before and after a keyword hit a match can reach.
    reach: Reach,
    secret_group: usize,
    confidence: Confidence,
    /// The part of the pattern that matches the secret, for asking whether the rule
    /// insists on a shape (a UUID, a number) that the engine otherwise treats as an id.
    secret_hir: Hir,
}

/// What vetoes a regex match, built the first time the regex matches: most rules whose
/// keywords hit never match, and their allow-lists never need compiling.
struct Filters {
    require: Vec<Regex>,
    allow_secret: Vec<Regex>,
    allow_match: Vec<Regex>,
    stopwords: Vec<Vec<u8>>,
}

/// Where a rule stands during one scan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slot {
    /// No keyword of the rule has hit yet.
    Unseen,
    /// The rule does not apply to this path.
    Skip,
    /// The window to search next, grown by overlapping hits.
    Open(usize, usize),
    /// The rule applies; no window is open.
    Idle,
}

/// Every rule's [`Slot`] during one scan, kept per thread and reused: with 1,400 rules,
/// allocating and zeroing a fresh table for each file (and walking all of it at the end)
/// cost more than the keyword walk of a small file. Only the rules a scan touched are
/// reset.
#[derive(Default)]
struct Slots {
    slots: Vec<Slot>,
    touched: Vec<usize>,
}

thread_local! {
    static SLOTS: std::cell::Cell<Slots> = std::cell::Cell::new(Slots::default());
}

impl Slots {
    /// This thread's table, all `Unseen`, with room for `rules` rules. A scan nested in
    /// another (of decoded base64) finds it taken and starts an empty one.
    fn take(rules: usize) -> Slots {
        let mut slots = SLOTS.take();
        if slots.slots.len() < rules {
            slots.slots.resize(rules, Slot::Unseen);
        }
        slots
    }

    fn get(&mut self, rule: usize) -> &mut Slot {
        let slot = &mut self.slots[rule];
        if *slot == Slot::Unseen {
            self.touched.push(rule);
        }
        slot
    }

    /// The windows still open, by rule.
    fn open_windows(&self) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
        self.touched
            .iter()
            .filter_map(|&rule| match self.slots[rule] {
                Slot::Open(start, end) => Some((rule, start, end)),
                _ => None,
            })
    }

    /// Resets the touched slots and returns the table to this thread.
    fn give_back(mut self) {
        for rule in self.touched.drain(..) {
            self.slots[rule] = Slot::Unseen;
        }
        SLOTS.set(self);
    }
}

/// A rule and its lazily built parts. Compiling the whole built-in set costs tens of
/// milliseconds (the generic rules alone several), which a pre-commit hook touching a few
/// files should not pay; each part is built once, on first need, by whichever thread gets
/// there first.
struct EngineRule {
    rule: Rule,
    paths: OnceLock<Result<PathFilter, String>>,
    matcher: OnceLock<Result<Matcher, String>>,
    filters: OnceLock<Result<Filters, String>>,
    /// The secret part of the pattern alone, anchored; built the first time a match of the
    /// rule has the shape of an identifier, which most rules never see.
    secret_shape: OnceLock<Option<Regex>>,
}

/// A compiled rule set, shared by every thread of a scan.
pub struct Scanner {
    rules: Vec<EngineRule>,
    keywords: Keywords,
    /// Keyword pattern id → rules that list it.
    keyword_rules: Vec<Vec<usize>>,
    /// Rules without keywords run on every piece of content their `paths` allow: user
    /// rules, and built-in rules for formats with no fixed literal (`.pgpass`, a Rails
    /// `master.key`), which `paths` restricts to those files.
    unconditional: Vec<usize>,
    /// The fingerprints of what this scanner finds (under the repository's salt).
    fingerprinter: Fingerprinter,
}

/// Error raised when a rule's regex fails to compile at first use (built-in rules are
/// checked by tests; user rules are syntax-checked at load, so this means a size limit).
#[derive(Debug, thiserror::Error)]
#[error("rule `{rule}` ({source_file}): {message}")]
pub struct CompileError {
    pub rule: String,
    pub source_file: String,
    pub message: String,
}

impl Scanner {
    pub fn new(rules: Vec<Rule>) -> Scanner {
        let mut patterns: Vec<String> = Vec::new();
        let mut keyword_rules: Vec<Vec<usize>> = Vec::new();
        // Keyword → pattern id; a linear search here was quadratic in the number of
        // keywords (thousands, with hundreds of rules).
        let mut ids: HashMap<String, usize> = HashMap::new();
        let mut unconditional = Vec::new();
        for (index, rule) in rules.iter().enumerate() {
            if rule.spec.keywords.is_empty() {
                unconditional.push(index);
            }
            for keyword in &rule.spec.keywords {
                let keyword = keyword.to_ascii_lowercase();
                match ids.get(&keyword) {
                    Some(&id) => keyword_rules[id].push(index),
                    None => {
                        ids.insert(keyword.clone(), patterns.len());
                        patterns.push(keyword);
                        keyword_rules.push(vec![index]);
                    }
                }
            }
        }
        let keywords = Keywords::new(patterns);
        Scanner {
            rules: rules
                .into_iter()
                .map(|rule| EngineRule {
                    rule,
                    paths: OnceLock::new(),
                    matcher: OnceLock::new(),
                    filters: OnceLock::new(),
                    secret_shape: OnceLock::new(),
                })
                .collect(),
            keywords,
            keyword_rules,
            unconditional,
            fingerprinter: Fingerprinter::default(),
        }
    }

    /// The scanner with its findings fingerprinted by `fingerprinter` (by default under
    /// [`crate::secrets::Salt::SHARED`]).
    pub fn with_fingerprinter(mut self, fingerprinter: Fingerprinter) -> Scanner {
        self.fingerprinter = fingerprinter;
        self
    }

    pub fn fingerprinter(&self) -> &Fingerprinter {
        &self.fingerprinter
    }

    pub fn rules(&self) -> impl ExactSizeIterator<Item = &Rule> {
        self.rules.iter().map(|r| &r.rule)
    }

    pub fn rule(&self, index: usize) -> &Rule {
        &self.rules[index].rule
    }

    /// The confidence of a rule's findings: stated by the rule or derived from its pattern
    /// (which this compiles, if the rule has not run yet).
    pub fn confidence(&self, index: usize) -> Result<Confidence, CompileError> {
        Ok(self.matcher(index)?.confidence)
    }

    /// Compiles every rule now; `rules test` and the tests use it to surface any rule that
    /// would fail at scan time.
    pub fn compile_all(&self) -> Result<(), CompileError> {
        (0..self.rules.len()).try_for_each(|i| {
            self.path_filter(i)?;
            self.matcher(i)?;
            self.filters(i).map(|_| ())
        })
    }

    fn path_filter(&self, index: usize) -> Result<&PathFilter, CompileError> {
        let rule = &self.rules[index];
        self.built(
            index,
            rule.paths
                .get_or_init(|| build_path_filter(&rule.rule.spec)),
        )
    }

    fn matcher(&self, index: usize) -> Result<&Matcher, CompileError> {
        let rule = &self.rules[index];
        self.built(
            index,
            rule.matcher.get_or_init(|| build_matcher(&rule.rule.spec)),
        )
    }

    fn filters(&self, index: usize) -> Result<&Filters, CompileError> {
        let rule = &self.rules[index];
        self.built(
            index,
            rule.filters.get_or_init(|| build_filters(&rule.rule.spec)),
        )
    }

    fn built<'a, T>(
        &self,
        index: usize,
        part: &'a Result<T, String>,
    ) -> Result<&'a T, CompileError> {
        part.as_ref().map_err(|message| CompileError {
            rule: self.rules[index].rule.spec.id.clone(),
            source_file: self.rules[index].rule.source.clone(),
            message: message.clone(),
        })
    }

    /// Every secret in `content`, which was read from `path` (used by path-scoped rules
    /// and path allow-lists). Matches are sorted by position.
    pub fn scan(&self, path: &str, content: &[u8]) -> Result<Vec<Match>, CompileError> {
        let mut matches = self.scan_plain(path, content)?;
        self.scan_decoded(path, content, DECODE_DEPTH, &mut matches)?;
        matches.sort_by_key(|m| (m.start, m.rule));
        matches.dedup_by(|a, b| a.rule == b.rule && a.start == b.start && a.secret == b.secret);
        self.drop_generic_overlaps(&mut matches);
        locate(content, &mut matches);
        matches.retain(|m| !inline_allowed(content, m.start, m.end));
        Ok(matches)
    }

    /// Drops a catch-all rule's match where a specific rule matched overlapping text, so a
    /// secret is reported once, by the rule that names its provider and carries any
    /// checksum validation (`Password=` in an ADO.NET string is the SQL Server rule's, not
    /// the generic password rule's). `matches` is sorted by start.
    fn drop_generic_overlaps(&self, matches: &mut Vec<Match>) {
        let is_generic = |m: &Match| self.is_generic(m.rule);
        if matches.iter().all(is_generic) || !matches.iter().any(is_generic) {
            return;
        }
        // Specific spans sorted by start, with the running maximum of their ends: a span
        // overlaps one of them iff some specific span starting before its end ends after
        // its start.
        let mut starts = Vec::new();
        let mut max_ends = Vec::new();
        for m in matches.iter().filter(|m| !is_generic(m)) {
            let max_end = max_ends.last().map_or(m.end, |&e: &usize| e.max(m.end));
            starts.push(m.start);
            max_ends.push(max_end);
        }
        matches.retain(|m| {
            if !is_generic(m) {
                return true;
            }
            let before_end = starts.partition_point(|&s| s < m.end);
            before_end == 0 || max_ends[before_end - 1] <= m.start
        });
    }

    fn is_generic(&self, rule: usize) -> bool {
        self.rules[rule]
            .rule
            .spec
            .id
            .starts_with(GENERIC_RULE_PREFIX)
    }

    /// Matches in the content as it is, with spans but no line numbers yet.
    fn scan_plain(&self, path: &str, content: &[u8]) -> Result<Vec<Match>, CompileError> {
        let mut matches = Vec::new();
        // Hits arrive in position order, so each rule's windows do too: a rule keeps one
        // open window that grows while hits overlap it and is searched when the next hit
        // falls beyond it. Memory is one slot per rule, whatever the number of hits — a
        // 100 MB minified file with millions of keyword hits costs no more than a small
        // one (collecting the hits first took more memory than the file's mapping).
        let mut slots = Slots::take(self.rules.len());
        let result = self.scan_with_slots(path, content, &mut slots, &mut matches);
        slots.give_back();
        result.map(|()| matches)
    }

    fn scan_with_slots(
        &self,
        path: &str,
        content: &[u8],
        slots: &mut Slots,
        matches: &mut Vec<Match>,
    ) -> Result<(), CompileError> {
        for &rule in &self.unconditional {
            if self.path_filter(rule)?.applies(path) {
                let matcher = self.matcher(rule)?;
                self.match_window(rule, matcher, content, 0, content.len(), matches)?;
            }
            *slots.get(rule) = Slot::Skip;
        }
        for hit in self.keywords.hits(content) {
            for &rule in &self.keyword_rules[hit.keyword] {
                let slot = slots.get(rule);
                if *slot == Slot::Unseen {
                    *slot = if self.path_filter(rule)?.applies(path) {
                        Slot::Idle
                    } else {
                        Slot::Skip
                    };
                }
                if *slot == Slot::Skip {
                    continue;
                }
                let matcher = self.matcher(rule)?;
                let (start, end) = window(content, matcher.reach, hit.start);
                match *slot {
                    Slot::Open(open_start, open_end) if start <= open_end => {
                        *slot = Slot::Open(open_start, open_end.max(end));
                    }
                    Slot::Open(open_start, open_end) => {
                        self.match_window(rule, matcher, content, open_start, open_end, matches)?;
                        *slot = Slot::Open(start, end);
                    }
                    _ => *slot = Slot::Open(start, end),
                }
            }
        }
        for (rule, start, end) in slots.open_windows() {
            let matcher = self.matcher(rule)?;
            self.match_window(rule, matcher, content, start, end, matches)?;
        }
        Ok(())
    }

    fn match_window(
        &self,
        rule_index: usize,
        matcher: &Matcher,
        content: &[u8],
        start: usize,
        end: usize,
        out: &mut Vec<Match>,
    ) -> Result<(), CompileError> {
        let rule = &self.rules[rule_index].rule;
        let input = Input::new(content).span(Span { start, end });
        for caps in matcher.regex.captures_iter(input) {
            let Some(whole) = caps.get_match() else {
                continue;
            };
            let span = caps.get_group(matcher.secret_group).unwrap_or(whole.span());
            if span.start == span.end {
                continue;
            }
            let secret = &content[span.start..span.end];
            let matched = &content[whole.start()..whole.end()];
            let filters = self.filters(rule_index)?;
            let Some((entropy, validation)) = accept(rule, filters, secret, matched) else {
                continue;
            };
            if self.is_placeholder_or_identifier(rule_index, matcher, content, span.start, secret)
                || identifiers::surroundings(content, span.start, span.end).is_some()
            {
                continue;
            }
            let confidence = match validation {
                Some(_) => Confidence::High,
                None => matcher.confidence,
            };
            out.push(Match {
                rule: rule_index,
                start: span.start,
                end: span.end,
                line: 0,
                column: 0,
                end_line: 0,
                secret: secret.to_vec(),
                entropy,
                validation,
                confidence,
            });
        }
        Ok(())
    }

    /// The engine's checks of the value (`content[start..]`, `secret` long) itself, for
    /// every rule that does not opt out: placeholders, and numbers or bare UUIDs where the
    /// rule's pattern does not insist on that shape. A UUID assigned to a credential's
    /// name on its line (`SNYK_TOKEN=…`, `X-Api-Key: …`) is kept: many providers issue
    /// keys of that shape.
    fn is_placeholder_or_identifier(
        &self,
        rule_index: usize,
        matcher: &Matcher,
        content: &[u8],
        start: usize,
        secret: &[u8],
    ) -> bool {
        let engine_rule = &self.rules[rule_index];
        if engine_rule.rule.spec.placeholder_exempt.is_some() {
            return false;
        }
        if placeholder::classify(secret).is_some() {
            return true;
        }
        let shape = if identifiers::is_uuid(secret) {
            if identifiers::named_credential(content, start) {
                return false;
            }
            "uuid"
        } else if identifiers::is_numeric(secret) {
            "number"
        } else {
            return false;
        };
        if engine_rule
            .rule
            .spec
            .secret_shapes
            .iter()
            .any(|s| s == shape)
        {
            return false;
        }
        // The rule insists on the shape when its secret pattern refuses the same value
        // with the shape disturbed.
        let pattern = engine_rule
            .secret_shape
            .get_or_init(|| build_anchored(&matcher.secret_hir));
        match pattern {
            Some(pattern) => pattern.is_match(identifiers::disturbed(secret).as_slice()),
            None => true,
        }
    }

    /// Scans base64 runs' decoded text and places what it finds at the encoded run.
    fn scan_decoded(
        &self,
        path: &str,
        content: &[u8],
        depth: u8,
        out: &mut Vec<Match>,
    ) -> Result<(), CompileError> {
        if depth == 0 {
            return Ok(());
        }
        for run in decode::base64_runs(content) {
            let mut inner = self.scan_plain(path, &run.text)?;
            self.scan_decoded(path, &run.text, depth - 1, &mut inner)?;
            for m in inner {
                if inline_allowed(&run.text, m.start, m.end) {
                    continue;
                }
                out.push(Match {
                    start: run.start,
                    end: run.end,
                    ..m
                });
            }
        }
        Ok(())
    }
}

/// Compiles one pattern with the engine's settings. The full DFA and one-pass engines are
/// off: they cost milliseconds per rule to build and only pay off for searches far longer
/// than the few-hundred-byte windows rules run in; the lazy DFA does the work.
fn build_regex(pattern: &str) -> Result<Regex, String> {
    Regex::builder()
        .syntax(syntax_config())
        .configure(Regex::config().dfa(false).onepass(false))
        .build(pattern)
        .map_err(|e| format!("regex `{pattern}`: {e}"))
}

fn build_all(patterns: &[String]) -> Result<Vec<Regex>, String> {
    patterns.iter().map(|p| build_regex(p)).collect()
}

fn build_matcher(spec: &RuleSpec) -> Result<Matcher, String> {
    let regex = build_regex(&spec.regex)?;
    let hir = regex_automata::util::syntax::parse_with(&spec.regex, &syntax_config())
        .map_err(|e| format!("regex `{}`: {e}", spec.regex))?;
    let named = regex
        .group_info()
        .pattern_names(regex_automata::PatternID::ZERO)
        .position(|name| name == Some("secret"));
    let secret_group = named
        .or(spec.secret_group)
        .unwrap_or(if regex.captures_len() > 1 { 1 } else { 0 });
    if secret_group >= regex.captures_len() {
        return Err(format!(
            "secret group {secret_group} does not exist (the regex has {} groups)",
            regex.captures_len() - 1
        ));
    }
    let secret_hir = find_capture(&hir, secret_group).unwrap_or(&hir).clone();
    let confidence = spec.confidence.unwrap_or_else(|| {
        confidence::derive(
            spec.id.starts_with(GENERIC_RULE_PREFIX),
            spec.checksum.is_some(),
            &spec.keywords,
            &structure(&hir, secret_group, &secret_hir),
        )
    });
    Ok(Matcher {
        reach: Reach::of(&hir),
        secret_group,
        regex,
        confidence,
        secret_hir,
    })
}

/// The capture group `index` of a pattern (0: the whole pattern).
fn find_capture(hir: &Hir, index: usize) -> Option<&Hir> {
    if index == 0 {
        return Some(hir);
    }
    match hir.kind() {
        HirKind::Capture(capture) if capture.index as usize == index => Some(hir),
        HirKind::Capture(capture) => find_capture(&capture.sub, index),
        HirKind::Repetition(repetition) => find_capture(&repetition.sub, index),
        HirKind::Concat(all) | HirKind::Alternation(all) => {
            all.iter().find_map(|sub| find_capture(sub, index))
        }
        _ => None,
    }
}

/// `hir` anchored at both ends, compiled; `None` if it does not compile (then the engine
/// treats identifier-shaped values as identifiers).
fn build_anchored(hir: &Hir) -> Option<Regex> {
    use regex_syntax::hir::Look;
    let anchored = Hir::concat(vec![
        Hir::look(Look::Start),
        hir.clone(),
        Hir::look(Look::End),
    ]);
    Regex::builder()
        .configure(Regex::config().dfa(false).onepass(false))
        .build_from_hir(&anchored)
        .ok()
}

/// Most prefixes tracked while enumerating a pattern's literal prefixes.
const MAX_PREFIXES: usize = 64;

/// The literals a rule's pattern fixes around its secret (see [`confidence::Structure`]).
/// regex-syntax's own literal extractor expands case-insensitive literals into every case
/// variant and gives up past a few hundred; keywords match ASCII case-insensitively, so
/// here a letter and its other case are one byte.
fn structure(hir: &Hir, secret_group: usize, secret: &Hir) -> confidence::Structure {
    // What the match must start with up to the end of the secret's own fixed start: a
    // literal lead-in (`glpat-` before the group, `hooks.slack.com/services/`) joined to
    // the secret's prefixes. A lead-in that is not fixed (`heroku[\w.-]{0,25}…`) leaves
    // the secret's prefixes alone.
    let mut prefixes = vec![Vec::new()];
    if secret_group != 0
        && let HirKind::Concat(items) = hir.kind()
        && let Some(at) = items.iter().position(
            |item| matches!(item.kind(), HirKind::Capture(c) if c.index as usize == secret_group),
        )
    {
        let mut lead_in = vec![Vec::new()];
        if items[..at]
            .iter()
            .all(|item| extend_prefixes(item, &mut lead_in))
        {
            prefixes = lead_in;
        }
    }
    extend_prefixes(secret, &mut prefixes);
    // Literals the secret must contain further in (OpenAI's `T3BlbkFJ`).
    let inner = match strip_captures(secret).kind() {
        HirKind::Concat(items) => items
            .iter()
            .filter_map(|item| match strip_captures(item).kind() {
                HirKind::Literal(literal) => Some(literal.0.to_ascii_lowercase()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    confidence::Structure { prefixes, inner }
}

fn strip_captures(hir: &Hir) -> &Hir {
    match hir.kind() {
        HirKind::Capture(capture) => strip_captures(&capture.sub),
        _ => hir,
    }
}

/// Appends what `hir` must start with to every prefix in `acc`; returns whether the
/// prefixes are still exact (what follows may extend them).
fn extend_prefixes(hir: &Hir, acc: &mut Vec<Vec<u8>>) -> bool {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => true,
        HirKind::Literal(literal) => {
            let lower = literal.0.to_ascii_lowercase();
            acc.iter_mut().for_each(|p| p.extend_from_slice(&lower));
            true
        }
        HirKind::Class(class) => {
            let Some(bytes) = class_bytes(class) else {
                return false;
            };
            if acc.len() * bytes.len() > MAX_PREFIXES {
                return false;
            }
            *acc = acc
                .iter()
                .flat_map(|p| {
                    bytes.iter().map(move |&b| {
                        let mut next = p.clone();
                        next.push(b);
                        next
                    })
                })
                .collect();
            true
        }
        HirKind::Capture(capture) => extend_prefixes(&capture.sub, acc),
        HirKind::Concat(all) => all.iter().all(|sub| extend_prefixes(sub, acc)),
        HirKind::Alternation(branches) => {
            let mut union = Vec::new();
            let mut exact = true;
            for branch in branches {
                let mut mine = acc.clone();
                exact &= extend_prefixes(branch, &mut mine);
                union.extend(mine);
            }
            union.sort();
            union.dedup();
            if union.len() > MAX_PREFIXES {
                // Too many to track: the common part already in `acc` is what is certain.
                return false;
            }
            *acc = union;
            exact
        }
        HirKind::Repetition(repetition) => {
            if repetition.min == 0 {
                return false;
            }
            let times = repetition.min.min(8);
            for _ in 0..times {
                if !extend_prefixes(&repetition.sub, acc) {
                    return false;
                }
            }
            repetition.max == Some(repetition.min)
        }
    }
}

/// The bytes a narrow class admits, lower-cased and deduplicated (`[Gg]` is `g`); `None`
/// for classes of more than four after folding.
fn class_bytes(class: &Class) -> Option<Vec<u8>> {
    let mut bytes = Vec::new();
    match class {
        Class::Bytes(class) => {
            for range in class.ranges() {
                if usize::from(range.end() - range.start()) > 8 {
                    return None;
                }
                bytes.extend((range.start()..=range.end()).map(|b| b.to_ascii_lowercase()));
            }
        }
        Class::Unicode(class) => {
            for range in class.ranges() {
                if range.end() as u32 - range.start() as u32 > 8 || !range.end().is_ascii() {
                    return None;
                }
                bytes.extend(
                    (range.start() as u8..=range.end() as u8).map(|b| b.to_ascii_lowercase()),
                );
            }
        }
    }
    bytes.sort_unstable();
    bytes.dedup();
    (bytes.len() <= 4).then_some(bytes)
}

fn build_filters(spec: &RuleSpec) -> Result<Filters, String> {
    Ok(Filters {
        require: build_all(&spec.require)?,
        allow_secret: build_all(&spec.allow.regexes)?,
        allow_match: build_all(&spec.allow.match_regexes)?,
        stopwords: spec
            .allow
            .stopwords
            .iter()
            .map(|w| w.to_ascii_lowercase().into_bytes())
            .collect(),
    })
}

fn build_path_filter(spec: &RuleSpec) -> Result<PathFilter, String> {
    Ok(PathFilter {
        only_paths: globs(&spec.paths)?,
        only_path_regex: spec.path_regex.as_deref().map(build_regex).transpose()?,
        allow_paths: globs(&spec.allow.paths)?,
        allow_path_regexes: build_all(&spec.allow.path_regexes)?,
    })
}

fn globs(patterns: &[String]) -> Result<Option<GlobSet>, String> {
    if patterns.is_empty() {
        return Ok(None);
    }
    let mut set = GlobSetBuilder::new();
    for pattern in patterns {
        // A bare file name (`.netrc`) matches in any directory.
        let full = if pattern.contains('/') {
            pattern.clone()
        } else {
            format!("**/{pattern}")
        };
        let glob = GlobBuilder::new(&full)
            .literal_separator(true)
            .build()
            .map_err(|e| format!("path glob `{pattern}`: {e}"))?;
        set.add(glob);
    }
    set.build().map(Some).map_err(|e| e.to_string())
}

impl PathFilter {
    fn applies(&self, path: &str) -> bool {
        // Most rules have no path condition; this runs for every rule a file's keywords
        // hit, so it answers those without building the normalized path.
        if self.only_paths.is_none()
            && self.only_path_regex.is_none()
            && self.allow_paths.is_none()
            && self.allow_path_regexes.is_empty()
        {
            return true;
        }
        let path = path.trim_start_matches("./");
        let normalized = format!("/{path}");
        if let Some(only) = &self.only_paths
            && !only.is_match(&normalized)
        {
            return false;
        }
        if let Some(only) = &self.only_path_regex
            && !only.is_match(path)
        {
            return false;
        }
        let allowed_by_glob = self
            .allow_paths
            .as_ref()
            .is_some_and(|allow| allow.is_match(&normalized));
        !allowed_by_glob && !self.allow_path_regexes.iter().any(|re| re.is_match(path))
    }
}

/// The filters after a regex match: requirements, stopwords, allow regexes, entropy,
/// checksum. Returns the entropy and validation of an accepted secret.
fn accept(
    rule: &Rule,
    compiled: &Filters,
    secret: &[u8],
    matched: &[u8],
) -> Option<(f64, Option<&'static str>)> {
    if !compiled.require.iter().all(|re| re.is_match(secret)) {
        return None;
    }
    if compiled.allow_secret.iter().any(|re| re.is_match(secret))
        || compiled.allow_match.iter().any(|re| re.is_match(matched))
    {
        return None;
    }
    if !compiled.stopwords.is_empty() {
        let lower = secret.to_ascii_lowercase();
        if compiled
            .stopwords
            .iter()
            .any(|w| memchr::memmem::find(&lower, w).is_some())
        {
            return None;
        }
    }
    let entropy = shannon(secret);
    if rule.spec.entropy.is_some_and(|min| entropy < min) {
        return None;
    }
    let validation = match rule.checksum {
        Some(checksum) if !checksum.verify(secret) => return None,
        Some(_) => Some("checksum"),
        None => None,
    };
    Some((entropy, validation))
}

/// The span around a keyword hit in which a rule's match can lie.
#[derive(Clone, Copy, Debug)]
struct Reach {
    before: usize,
    after: usize,
    /// The regex cannot match a line break, so a window never needs to leave the hit's line.
    single_line: bool,
    /// A single-line regex that may still take one line break as its first or last byte
    /// (a boundary such as `(?:^|[^A-Za-z0-9])`): its window reaches one byte past the
    /// line at either end.
    edge_bytes: bool,
}

impl Reach {
    /// A regex whose matches are at most `max_len` bytes long matches within `max_len` of
    /// any keyword inside it; `KEYWORD_SLACK` covers keywords just outside the match
    /// (context words a rule's regex does not include). Unbounded regexes (PEM blocks,
    /// `.*`) get the wide default. A regex that cannot match `\n` is further held to the
    /// hit's line. Windows of a line instead of 16 KB are what keep frequent keywords
    /// (`token`, `password`) cheap in dense source files.
    fn of(hir: &Hir) -> Reach {
        const KEYWORD_SLACK: usize = 256;
        let (single_line, edge_bytes) = if !can_match_newline(hir) {
            (true, false)
        } else {
            (only_edges_match_newline(hir), true)
        };
        let (before, after) = match hir.properties().maximum_len() {
            Some(len) if len + KEYWORD_SLACK < WINDOW_AFTER => {
                (len + KEYWORD_SLACK, len + KEYWORD_SLACK)
            }
            _ => (WINDOW_BEFORE, WINDOW_AFTER),
        };
        Reach {
            before,
            after,
            single_line,
            edge_bytes,
        }
    }
}

/// Whether `hir` is a sequence whose only parts that can match a line feed are a
/// one-byte first or last part: a token between boundaries.
fn only_edges_match_newline(hir: &Hir) -> bool {
    let HirKind::Concat(parts) = hir.kind() else {
        return false;
    };
    let one_byte = |part: &Hir| part.properties().maximum_len().is_some_and(|len| len <= 1);
    let from = usize::from(parts.first().is_some_and(one_byte));
    let to = parts.len() - usize::from(parts.len() > from && parts.last().is_some_and(one_byte));
    !parts[from..to].iter().any(can_match_newline)
}

/// Whether any match of `hir` can contain a line feed.
fn can_match_newline(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => false,
        HirKind::Literal(literal) => literal.0.contains(&b'\n'),
        HirKind::Class(Class::Bytes(class)) => class
            .ranges()
            .iter()
            .any(|r| (r.start()..=r.end()).contains(&b'\n')),
        HirKind::Class(Class::Unicode(class)) => class
            .ranges()
            .iter()
            .any(|r| (r.start()..=r.end()).contains(&'\n')),
        HirKind::Repetition(repetition) => can_match_newline(&repetition.sub),
        HirKind::Capture(capture) => can_match_newline(&capture.sub),
        HirKind::Concat(all) | HirKind::Alternation(all) => all.iter().any(can_match_newline),
    }
}

/// The window around one keyword hit: held to the hit's line for single-line rules,
/// otherwise widened to line boundaries where those are near.
fn window(content: &[u8], reach: Reach, hit: usize) -> (usize, usize) {
    let low = hit.saturating_sub(reach.before);
    let high = (hit + reach.after).min(content.len());
    if reach.single_line {
        // With edge bytes the line feeds that bound the line are in the window.
        let edge = usize::from(reach.edge_bytes);
        let start = memchr::memrchr(b'\n', &content[low..hit]).map_or(low, |i| low + i + 1 - edge);
        let end = memchr::memchr(b'\n', &content[hit..high]).map_or(high, |i| hit + i + edge);
        (start, end)
    } else {
        (line_start_near(content, low), line_end_near(content, high))
    }
}

fn line_start_near(content: &[u8], pos: usize) -> usize {
    let floor = pos.saturating_sub(LINE_SLACK);
    match memchr::memrchr(b'\n', &content[floor..pos]) {
        Some(i) => floor + i + 1,
        None => floor,
    }
}

fn line_end_near(content: &[u8], pos: usize) -> usize {
    let ceiling = (pos + LINE_SLACK).min(content.len());
    match memchr::memchr(b'\n', &content[pos..ceiling]) {
        Some(i) => pos + i,
        None => ceiling,
    }
}

/// Fills in line and column for matches sorted by start, in one pass over the content:
/// a minified file with thousands of matches on one line must not be re-read per match.
fn locate(content: &[u8], matches: &mut [Match]) {
    let mut line = 1u32;
    let mut line_start = 0usize;
    let mut pos = 0usize; // everything before `pos` is counted
    let mut column_chars = 0usize; // characters from `line_start` to `pos`
    for m in matches.iter_mut() {
        let upto = m.start.max(pos);
        for newline in memchr::memchr_iter(b'\n', &content[pos..upto]) {
            line += 1;
            line_start = pos + newline + 1;
            column_chars = 0;
        }
        let from = line_start.max(pos);
        column_chars += count_chars(&content[from..upto]);
        pos = upto;
        m.line = line;
        m.column = column_chars as u32 + 1;
        m.end_line = line + memchr::memchr_iter(b'\n', &content[m.start..m.end]).count() as u32;
    }
}

/// Characters in UTF-8 text (bytes that do not continue a multi-byte sequence).
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
}

/// Whether a line the match touches carries an inline allow marker.
fn inline_allowed(content: &[u8], start: usize, end: usize) -> bool {
    // Bounded, so a match on a 100 MB minified line does not lower-case the whole line.
    let floor = start.saturating_sub(MARKER_REACH);
    let ceiling = (end + MARKER_REACH).min(content.len());
    let first = memchr::memrchr(b'\n', &content[floor..start]).map_or(floor, |i| floor + i + 1);
    let last = memchr::memchr(b'\n', &content[end..ceiling]).map_or(ceiling, |i| end + i);
    let lines = content[first..last].to_ascii_lowercase();
    INLINE_ALLOW_MARKERS
        .iter()
        .any(|marker| memchr::memmem::find(&lines, marker.as_bytes()).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reach(pattern: &str) -> Reach {
        Reach::of(&regex_automata::util::syntax::parse_with(pattern, &syntax_config()).unwrap())
    }

    #[test]
    fn bounded_single_line_rules_get_narrow_windows() {
        let token = reach(r"\bghp_[0-9A-Za-z]{36}\b");
        assert!(token.single_line);
        assert_eq!((token.before, token.after), (40 + 256, 40 + 256));
        let pem = reach(r"-----BEGIN [A-Z ]+-----[\s\S]+?-----END");
        assert!(!pem.single_line);
        assert_eq!((pem.before, pem.after), (WINDOW_BEFORE, WINDOW_AFTER));
        assert!(
            !reach(r"password\s*=\s*\S+").single_line,
            "\\s matches a line feed"
        );
        let bounded = reach(r"(?:^|[^0-9A-Za-z])(?P<s>tok_[0-9a-z]{8})(?:[^0-9A-Za-z]|$)");
        assert!(bounded.single_line && bounded.edge_bytes);
        let inner = reach(r"(?:^|[^0-9A-Za-z])tok_[^,]{8}(?:[^0-9A-Za-z]|$)");
        assert!(!inner.single_line, "a line feed can be inside the token");
    }

    #[test]
    fn a_boundary_that_may_be_a_line_feed_is_inside_the_window() {
        let content = b"first\ntok_abcdefgh\nlast\n";
        let bounded = reach(r"(?:^|[^0-9A-Za-z])(?P<s>tok_[0-9a-z]{8})(?:[^0-9A-Za-z]|$)");
        assert_eq!(window(content, bounded, 6), (5, 19));
        assert_eq!(&content[5..19], b"\ntok_abcdefgh\n");
    }

    #[test]
    fn single_line_windows_stay_on_the_hit_line() {
        let content = b"first line\nkey = ghp_x and ghp_y\nlast line\n";
        assert_eq!(window(content, reach(r"ghp_[a-z]{1,8}"), 17), (11, 32));
        assert_eq!(
            window(content, reach(r"ghp_[\s\S]{1,8}"), 17),
            (0, content.len())
        );
    }

    #[test]
    fn every_hit_of_a_rule_is_searched_however_far_apart() {
        let rules = crate::secrets::rule::parse_rule_file(
            "t.toml",
            "[[rules]]\nid = \"t\"\ndescription = \"t\"\nregex = 'tok_[a-z]{4}'\nkeywords = [\"tok_\"]\n",
            true,
        )
        .unwrap();
        let scanner = Scanner::new(rules);
        let filler = "x".repeat(40_000);
        let content = format!("tok_abcd {filler}\ntok_efgh tok_ijkl\n{filler} tok_mnop");
        let found: Vec<Vec<u8>> = scanner
            .scan("a.txt", content.as_bytes())
            .unwrap()
            .into_iter()
            .map(|m| m.secret)
            .collect();
        assert_eq!(found, [b"tok_abcd", b"tok_efgh", b"tok_ijkl", b"tok_mnop"]);
    }
}
