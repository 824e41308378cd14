//! CI definitions read as YAML trees in which every node knows its line and column.
//!
//! Pipeline checks report the exact line of a `uses:` or an `image:`, so a plain
//! deserialiser into structs will not do; nor will a line grep, which anchors, flow
//! collections, block scalars and multi-document files defeat. `serde-saphyr` (the parser
//! lockfile-parsers reads pnpm and yarn berry with) gives every value its location through
//! `Spanned`, expands anchors and merge keys with limits against alias bombs, and refuses
//! deep nesting before it costs anything, with the limits of `lockfile_parsers::yaml`. The tree
//! below is the small generic shape the checks walk.
//!
//! Scalars keep their text as written: `rev: 1.10` stays `1.10` and `on:` stays `on`,
//! whatever YAML 1.1 or 1.2 would make of them, because the tools that read these files
//! (GitHub, GitLab, pre-commit, compose) each resolve types their own way and the checks
//! compare text.

use lockfile_parsers::yaml;
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::{Location, Spanned};

/// Documents in one file: compose and GitLab files may hold a few; more is not a CI file.
const MAX_DOCUMENTS: usize = 64;

/// Where a node starts: 1-based line and column, and its byte offset in the text where the
/// parser knows it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Pos {
    pub line: u32,
    pub column: u32,
    pub offset: Option<usize>,
}

/// A YAML node and where it was written.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Node {
    pub pos: Pos,
    pub value: Value,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Value {
    Null,
    /// Any scalar, as written (without quotes; block scalars folded as YAML says).
    Scalar(String),
    Seq(Vec<Node>),
    /// Entries in file order.
    Map(Vec<(Node, Node)>),
}

/// A file that is not YAML, with where the parser stopped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SyntaxError {
    pub line: Option<u32>,
    pub column: Option<u32>,
    pub message: String,
}

impl Node {
    /// The value of `key` in a mapping.
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.entry(key).map(|(_, v)| v)
    }

    /// The key node and value of `key` in a mapping (the key's position is where a
    /// finding about the entry as a whole points).
    pub fn entry(&self, key: &str) -> Option<(&Node, &Node)> {
        self.entries()
            .iter()
            .rev()
            .find(|(k, _)| k.as_str() == Some(key))
            .map(|(k, v)| (k, v))
    }

    /// A mapping's entries; empty for anything else.
    pub fn entries(&self) -> &[(Node, Node)] {
        match &self.value {
            Value::Map(entries) => entries,
            _ => &[],
        }
    }

    /// A sequence's items; empty for anything else.
    pub fn items(&self) -> &[Node] {
        match &self.value {
            Value::Seq(items) => items,
            _ => &[],
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::Scalar(text) => Some(text),
            _ => None,
        }
    }

    pub fn is_map(&self) -> bool {
        matches!(self.value, Value::Map(_))
    }

    /// A scalar, or each scalar of a sequence: the shapes `on:`, `runs-on:`, `services:`
    /// and the like accept.
    pub fn scalars(&self) -> Vec<&Node> {
        match &self.value {
            Value::Scalar(_) => vec![self],
            Value::Seq(items) => items.iter().filter(|n| n.as_str().is_some()).collect(),
            _ => Vec::new(),
        }
    }
}

/// Every document of `text`. An empty file (or only comments) has none.
pub(crate) fn parse(text: &str) -> Result<Vec<Node>, SyntaxError> {
    // GitLab (Ruby's Psych) and pre-commit (PyYAML) keep the last of duplicate keys;
    // GitHub and compose refuse the file. Keeping the last checks what the tools that
    // accept such a file run.
    let options = yaml::options(text, MAX_DOCUMENTS, yaml::DuplicateKeyPolicy::LastWins);
    let docs: Vec<Spanned<Raw>> =
        serde_saphyr::from_multiple_with_options(text, options).map_err(|e| {
            let plain = yaml::PlainError::new(&e);
            SyntaxError {
                line: plain.line.map(clamp),
                column: plain.column.map(clamp),
                message: plain.message,
            }
        })?;
    Ok(docs.into_iter().map(|d| convert(d, text)).collect())
}

fn clamp(n: u64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// What serde-saphyr hands over, before positions are settled.
enum Raw {
    Null,
    Text(String),
    /// A scalar that YAML typed (bool, number): its text is re-read from the source.
    Typed(String),
    Seq(Vec<Spanned<Raw>>),
    Map(Vec<(Spanned<Raw>, Spanned<Raw>)>),
}

impl<'de> Deserialize<'de> for Raw {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Raw, D::Error> {
        deserializer.deserialize_any(RawVisitor)
    }
}

struct RawVisitor;

impl<'de> Visitor<'de> for RawVisitor {
    type Value = Raw;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any YAML node")
    }
    fn visit_unit<E>(self) -> Result<Raw, E> {
        Ok(Raw::Null)
    }
    fn visit_none<E>(self) -> Result<Raw, E> {
        Ok(Raw::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Raw, D::Error> {
        Raw::deserialize(d)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Raw, E> {
        Ok(Raw::Typed(v.to_string()))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Raw, E> {
        Ok(Raw::Typed(v.to_string()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Raw, E> {
        Ok(Raw::Typed(v.to_string()))
    }
    fn visit_i128<E>(self, v: i128) -> Result<Raw, E> {
        Ok(Raw::Typed(v.to_string()))
    }
    fn visit_u128<E>(self, v: u128) -> Result<Raw, E> {
        Ok(Raw::Typed(v.to_string()))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Raw, E> {
        Ok(Raw::Typed(v.to_string()))
    }
    fn visit_str<E>(self, v: &str) -> Result<Raw, E> {
        Ok(Raw::Text(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Raw, E> {
        Ok(Raw::Text(v))
    }
    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Raw, E> {
        Ok(Raw::Text(String::from_utf8_lossy(v).into_owned()))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Raw, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Spanned<Raw>>()? {
            items.push(item);
        }
        Ok(Raw::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Raw, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<Spanned<Raw>>()? {
            let value = map.next_value::<Spanned<Raw>>()?;
            entries.push((key, value));
        }
        Ok(Raw::Map(entries))
    }
}

/// Where the text of a node is: its definition (an anchor's node for an alias), else where
/// it is used.
fn location(spanned: &Spanned<Raw>) -> Location {
    if spanned.defined.line() > 0 {
        spanned.defined
    } else {
        spanned.referenced
    }
}

fn convert(spanned: Spanned<Raw>, text: &str) -> Node {
    let at = location(&spanned);
    let span = at.span();
    let offset = span.byte_offset().and_then(|o| usize::try_from(o).ok());
    let pos = Pos {
        line: clamp(at.line()),
        column: clamp(at.column()),
        offset,
    };
    let value = match spanned.value {
        Raw::Null => Value::Null,
        Raw::Text(s) => Value::Scalar(s),
        Raw::Typed(shown) => {
            let written = offset.zip(span.byte_len()).and_then(|(start, len)| {
                let end = start.checked_add(usize::try_from(len).ok()?)?;
                text.get(start..end)
            });
            Value::Scalar(written.map_or(shown, str::to_string))
        }
        Raw::Seq(items) => Value::Seq(items.into_iter().map(|i| convert(i, text)).collect()),
        Raw::Map(entries) => Value::Map(
            entries
                .into_iter()
                .map(|(k, v)| (convert(k, text), convert(v, text)))
                .collect(),
        ),
    };
    Node { pos, value }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Node {
        parse(text).unwrap().remove(0)
    }

    #[test]
    fn nodes_know_their_line_and_column() {
        let doc = one("on:\n  push:\njobs:\n  a:\n    steps:\n      - uses: actions/checkout@v4\n");
        let uses = &doc
            .get("jobs")
            .unwrap()
            .get("a")
            .unwrap()
            .get("steps")
            .unwrap()
            .items()[0]
            .get("uses")
            .unwrap();
        assert_eq!(uses.as_str(), Some("actions/checkout@v4"));
        assert_eq!((uses.pos.line, uses.pos.column), (6, 15));
        let (key, _) = doc.entry("jobs").unwrap();
        assert_eq!((key.pos.line, key.pos.column), (3, 1));
    }

    #[test]
    fn scalars_keep_their_text() {
        let doc = one("on: push\nrev: 1.10\nyes: no\nn: 0x1F\n");
        assert_eq!(doc.get("on").unwrap().as_str(), Some("push"));
        assert_eq!(doc.get("rev").unwrap().as_str(), Some("1.10"));
        assert_eq!(doc.get("yes").unwrap().as_str(), Some("no"));
        assert_eq!(doc.get("n").unwrap().as_str(), Some("0x1F"));
    }

    #[test]
    fn anchors_and_merge_keys_expand_and_point_at_their_definition() {
        let doc = one(
            ".base: &base\n  image: node:latest\njob:\n  <<: *base\n  script: [make]\nother: *base\n",
        );
        let image = doc.get("job").unwrap().get("image").unwrap();
        assert_eq!(image.as_str(), Some("node:latest"));
        assert_eq!(image.pos.line, 2);
        let other = doc.get("other").unwrap().get("image").unwrap();
        assert_eq!((other.as_str(), other.pos.line), (Some("node:latest"), 2));
    }

    #[test]
    fn every_document_of_a_file_is_read() {
        let docs = parse("a: 1\n---\nb: 2\n").unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[1].get("b").unwrap().pos.line, 3);
        assert!(parse("# only a comment\n").unwrap().is_empty());
    }

    #[test]
    fn block_scalars_start_on_their_first_content_line() {
        let doc = one("run: |\n  echo one\n  echo two\n");
        let run = doc.get("run").unwrap();
        assert_eq!(run.as_str(), Some("echo one\necho two\n"));
        assert_eq!(run.pos.line, 2);
    }

    #[test]
    fn syntax_errors_carry_the_line_and_no_excerpt() {
        let err = parse("on:\n  push:\n jobs: [\n  token-value\n").unwrap_err();
        assert!(err.line.is_some(), "{err:?}");
        assert!(!err.message.contains("token-value"), "{err:?}");
        assert!(!err.message.contains('\n'));
    }

    #[test]
    fn nesting_past_the_limit_is_an_error() {
        let deep = format!("a: {}{}\n", "[".repeat(40), "]".repeat(40));
        assert!(parse(&deep).is_err());
        let shallow = format!("a: {}{}\n", "[".repeat(20), "]".repeat(20));
        assert!(parse(&shallow).is_ok());
    }

    #[test]
    fn an_alias_bomb_is_refused() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..12 {
            let p = i - 1;
            text.push_str(&format!(
                "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
            ));
        }
        assert!(parse(&text).is_err());
    }
}
