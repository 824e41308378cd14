//! The line of a package's entry in its lockfile, so that a GitHub annotation lands on
//! the package rather than on line 1.
//!
//! Every format writes a package's entry as its name next to its version, within a few
//! lines: `"node_modules/NAME"` then `"version": "V"` (package-lock), `NAME@RANGE:` then
//! `version "V"` (yarn), `name = "NAME"` then `version = "V"` (Cargo, poetry, uv, pdm,
//! pylock), `NAME==V` (requirements), `"NAME": {` then `"version": "==V"` (Pipfile.lock),
//! `MODULE V` (go.sum, go.mod). So one search serves them all: the first line holding the
//! name as a whole word with the version on it or on the next few lines. The parsers
//! (serde for the JSON and TOML formats) keep no positions; searching the text once per
//! lockfile is cheaper than teaching twelve parsers to carry spans.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use memchr::memmem::FinderRev;

use crate::finding::DependencyFinding;

/// How many lines below the name a version may stand (package-lock puts `version`
/// right under the key; Cargo.lock and uv under `name`).
const VERSION_WITHIN: usize = 3;

/// The directory whose last occurrence in a package-lock key precedes the package's name.
const NODE_MODULES_DIR: &str = "node_modules/";

/// Sets each finding's `line` from the lockfile text of its side: the head's, or the
/// base's for a removed package.
pub(crate) fn locate(findings: &mut [DependencyFinding], base: Option<&[u8]>, head: Option<&[u8]>) {
    if findings.is_empty() {
        return;
    }
    // The names each side is searched for (as given and normalised), so the index keeps
    // only those.
    let wanted = |on_head: bool| -> HashSet<String> {
        findings
            .iter()
            .filter(|f| on_head == (f.version.is_some() || base.is_none()))
            .flat_map(|f| [f.name.clone(), normalise(&f.name)])
            .collect()
    };
    let base_index = base.map(|b| Index::new(b, &wanted(false)));
    let head_index = head.map(|h| Index::new(h, &wanted(true)));
    for finding in findings {
        let (index, version) = match (&finding.version, &head_index, &base_index) {
            (Some(version), Some(head), _) => (head, Some(version)),
            (None, _, Some(base)) => (base, finding.previous_version.as_ref()),
            (None, Some(head), None) => (head, None),
            _ => continue,
        };
        finding.line = index.line_of(&finding.name, version.map(String::as_str));
    }
}

/// A lockfile's lines and, for each name sought, the lines it stands on as a word.
struct Index<'a> {
    lines: Vec<&'a str>,
    words: HashMap<String, Vec<usize>>,
}

impl<'a> Index<'a> {
    /// Indexes the lines of the names in `wanted`. Only those are kept: indexing every
    /// word of a 5,000-package lockfile, with an owned key for each form of each word, was
    /// a third of `deps`' offline time (issue 11).
    fn new(bytes: &'a [u8], wanted: &HashSet<String>) -> Self {
        // A lockfile that is not UTF-8 was refused by its parser already.
        let text = std::str::from_utf8(bytes).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        let mut words: HashMap<String, Vec<usize>> = HashMap::new();
        let mut normalised = String::new();
        for (n, line) in lines.iter().enumerate() {
            for word in line
                .split(|c: char| !is_name_char(c))
                .filter(|w| !w.is_empty())
            {
                for_each_key(word, |key| {
                    // Most keys are normal already: look them up once, uncopied.
                    let forms = if is_normal(key) {
                        [Some(key), None]
                    } else {
                        [Some(key), Some(normalise_into(key, &mut normalised))]
                    };
                    for found in forms.into_iter().flatten().filter_map(|k| wanted.get(k)) {
                        let at = words.entry(found.clone()).or_default();
                        if at.last() != Some(&n) {
                            at.push(n);
                        }
                    }
                });
            }
        }
        Index { lines, words }
    }

    /// The 1-based line of `name`'s entry: among the lines with the name whose next few
    /// lines hold `version` (else among all lines with the name), the least indented,
    /// then the first. Entries stand at the outer level of every format; the name also
    /// appears, deeper, in its dependents' lists.
    fn line_of(&self, name: &str, version: Option<&str>) -> Option<u32> {
        let at = self
            .words
            .get(name)
            .or_else(|| self.words.get(&normalise(name)))?;
        let near = |n: usize| {
            version.is_some_and(|v| {
                self.lines[n..(n + 1 + VERSION_WITHIN).min(self.lines.len())]
                    .iter()
                    .any(|l| has_version(l, v))
            })
        };
        let indent = |n: usize| self.lines[n].len() - self.lines[n].trim_start().len();
        let outermost =
            |lines: &mut dyn Iterator<Item = usize>| lines.min_by_key(|&n| (indent(n), n));
        let n = outermost(&mut at.iter().copied().filter(|&n| near(n)))
            .or_else(|| outermost(&mut at.iter().copied()))?;
        u32::try_from(n + 1).ok()
    }
}

/// Characters of package names and versions in every ecosystem (scoped npm names, Go
/// module paths, PEP 440 local versions).
fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '/' | '@' | '+' | '~')
}

/// Calls `f` with each name a word may stand for: itself, what follows the last
/// `node_modules/` (package-lock keys), what precedes a version after `@` (yarn and pnpm
/// keys), what precedes `==` is split already. Each is also looked up in its PEP 503
/// form, since Python lockfiles keep the name as published. A key may come twice.
fn for_each_key<'w>(word: &'w str, mut f: impl FnMut(&'w str)) {
    let bare = word.trim_start_matches('/');
    f(bare);
    // One searcher for every word: `str::rsplit_once` builds a new one per call, and
    // building searchers was 8% of the samples of the parse and diff of a 5,000-package
    // lockfile (`perf`).
    static NODE_MODULES: LazyLock<FinderRev<'static>> =
        LazyLock::new(|| FinderRev::new(NODE_MODULES_DIR));
    if let Some(at) = NODE_MODULES.rfind(word) {
        f(&word[at + NODE_MODULES_DIR.len()..]);
    }
    if let Some(at) = bare.get(1..).and_then(|rest| rest.find('@')) {
        f(&bare[..=at]);
    }
    // pnpm's older keys: `/NAME/VERSION`.
    if word.starts_with('/')
        && let Some((name, _)) = bare.rsplit_once('/')
    {
        f(name);
    }
}

/// PEP 503's name normalisation (lower case, runs of `-_.` as one `-`).
fn normalise(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    normalise_into(name, &mut out);
    out
}

/// Whether `name` is surely its own [`normalise`]d form (ASCII without capitals, `_`, `.`
/// or a `--` run), told in one pass over the bytes without building that form. Names
/// with other characters answer `false` and are normalised.
fn is_normal(name: &str) -> bool {
    let mut previous = 0;
    name.bytes().all(|b| {
        let normal = !(b.is_ascii_uppercase()
            || matches!(b, b'_' | b'.')
            || !b.is_ascii()
            || (b == b'-' && previous == b'-'));
        previous = b;
        normal
    })
}

/// [`normalise`] into a reused buffer: no allocation per word of the lockfile.
fn normalise_into<'b>(name: &str, out: &'b mut String) -> &'b str {
    out.clear();
    for c in name.chars() {
        if matches!(c, '-' | '_' | '.') {
            if !out.ends_with('-') {
                out.push('-');
            }
        } else if c.is_ascii() {
            // Nearly every name is ASCII; Unicode lower-casing per character was most
            // of the index's time.
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Whether `line` holds `version` as a version, not as the bound of a range (`^1.0.0`
/// in a dependents' list is not the entry of 1.0.0).
fn has_version(line: &str, version: &str) -> bool {
    line.match_indices(version).any(|(i, _)| {
        let before = line[..i].chars().next_back();
        let after = line[i + version.len()..].chars().next();
        // A version may follow `==`, `@` or `v` in its word (requirements, yarn, go).
        let starts = before.is_none_or(|c| {
            (!is_name_char(c) && !matches!(c, '^' | '~' | '>' | '<' | '*'))
                || matches!(c, '@' | '=' | 'v')
        });
        starts && after.is_none_or(|c| !is_name_char(c) || c == '/')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ascii_name_is_normal_exactly_when_normalising_keeps_it() {
        for name in [
            "left-pad",
            "a1-b2",
            "Django",
            "zope.interface",
            "typing_extensions",
            "a--b",
            "naïve",
            "-x",
            "x-",
            "",
            "@scope/pkg",
        ] {
            assert_eq!(
                is_normal(name),
                normalise(name) == name && name.is_ascii(),
                "{name}"
            );
        }
    }

    fn line(text: &str, name: &str, version: &str) -> Option<u32> {
        let wanted = [name.to_string(), normalise(name)].into();
        Index::new(text.as_bytes(), &wanted).line_of(name, Some(version))
    }

    #[test]
    fn package_lock_entry_is_found_under_its_key_not_in_a_dependents_list() {
        let text = r#"{
  "packages": {
    "": {
      "dependencies": { "semver": "^7.5.1" }
    },
    "node_modules/a": {
      "version": "1.0.0",
      "dependencies": { "semver": "^7.0.0" }
    },
    "node_modules/semver": {
      "version": "7.5.1"
    },
    "node_modules/@scope/pkg": {
      "version": "2.0.0"
    }
  }
}"#;
        assert_eq!(line(text, "semver", "7.5.1"), Some(10));
        assert_eq!(line(text, "@scope/pkg", "2.0.0"), Some(13));
    }

    #[test]
    fn cargo_yarn_requirements_and_go_entries_are_found() {
        let cargo = "[[package]]\nname = \"libc\"\nversion = \"0.2.1\"\n\n[[package]]\nname = \"serde\"\nversion = \"1.0.0\"\n";
        assert_eq!(line(cargo, "serde", "1.0.0"), Some(6));
        let yarn = "\"@babel/core@^7.0.0\", \"@babel/core@^7.1.0\":\n  version \"7.2.0\"\n\nleft-pad@^1.0.0:\n  version \"1.3.0\"\n";
        assert_eq!(line(yarn, "left-pad", "1.3.0"), Some(4));
        assert_eq!(line(yarn, "@babel/core", "7.2.0"), Some(1));
        let requirements = "# pinned\nDjango==4.2.1\nrequests==2.31.0\n";
        assert_eq!(line(requirements, "django", "4.2.1"), Some(2));
        let go_sum = "golang.org/x/a v0.1.0 h1:x=\ngolang.org/x/b v0.2.0 h1:y=\n";
        assert_eq!(line(go_sum, "golang.org/x/b", "0.2.0"), Some(2));
    }

    #[test]
    fn a_name_that_is_not_there_has_no_line() {
        assert_eq!(line("name = \"serde\"\n", "serde_json", "1.0.0"), None);
    }
}
