//! Dockerfiles (`FROM`, `COPY --from`, `RUN`) and compose files (`services.*.image`).
//!
//! Dockerfiles have no parser crate worth its weight for this: the grammar needed is the
//! instruction structure — the escape directive, line continuations, comment lines inside
//! them, heredocs — after which `FROM` is a few words and `RUN` is shell text for
//! [`shell`]. Build-stage names and `scratch` are not images; `ARG` defaults before the
//! first `FROM` are substituted, and a reference that stays a variable is not judged.

use std::collections::HashMap;

use crate::pipeline::yaml::Node;
use crate::pipeline::{Issue, Source, image, shell};

/// One instruction: its keyword, and where its text (after the keyword) is in the file.
struct Instruction {
    keyword: String,
    /// Byte range of the arguments in the file, continuation lines included.
    start: usize,
    end: usize,
}

/// Splits a Dockerfile into instructions.
fn instructions(text: &str) -> Vec<Instruction> {
    let escape = escape_directive(text);
    let mut out = Vec::new();
    let mut offset = 0;
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let line_start = offset;
        offset += line.len();
        i += 1;
        let trimmed = line.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let indent = line.len() - trimmed.len();
        let keyword_len = trimmed
            .find(|c: char| c.is_whitespace())
            .unwrap_or(trimmed.trim_end().len());
        let keyword = trimmed[..keyword_len].to_ascii_uppercase();
        let start = line_start + indent + keyword_len;
        let mut end = offset;
        let mut current = line;
        // Continuations: a line ending in the escape character goes on; comment and empty
        // lines inside are skipped as Docker does.
        while current.trim_end().ends_with(escape) && i < lines.len() {
            current = lines[i];
            offset += current.len();
            end = offset;
            i += 1;
            while i < lines.len() && current.trim_start().starts_with('#') {
                current = lines[i];
                offset += current.len();
                end = offset;
                i += 1;
            }
        }
        // Heredocs (`RUN <<EOF`): the body runs too.
        for delimiter in heredoc_delimiters(&text[start..end]) {
            while i < lines.len() {
                let body = lines[i];
                offset += body.len();
                end = offset;
                i += 1;
                if body.trim() == delimiter {
                    break;
                }
            }
        }
        out.push(Instruction {
            keyword,
            start,
            end,
        });
    }
    out
}

/// `# escape=`` ` before any instruction switches the escape character to a backtick.
fn escape_directive(text: &str) -> char {
    for line in text.lines() {
        let Some(directive) = line.trim().strip_prefix('#') else {
            break;
        };
        if let Some((key, value)) = directive.split_once('=')
            && key.trim().eq_ignore_ascii_case("escape")
        {
            return if value.trim() == "`" { '`' } else { '\\' };
        }
    }
    '\\'
}

fn heredoc_delimiters(args: &str) -> Vec<String> {
    args.match_indices("<<")
        .filter_map(|(i, _)| {
            let rest = args[i + 2..].trim_start_matches('-');
            let word: String = rest
                .trim_matches(|c| c == '"' || c == '\'')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            // `<<2` in arithmetic is no heredoc: a delimiter starts with a letter or a quote.
            (!word.is_empty()
                && rest.starts_with(|c: char| c.is_ascii_alphabetic() || c == '"' || c == '\''))
            .then_some(word)
        })
        .collect()
}

/// A Dockerfile's base images, `COPY --from` images and remote scripts piped to a shell.
pub(crate) fn dockerfile(source: &Source, out: &mut Vec<Issue>) {
    let text = source.text;
    let mut global_args: HashMap<String, Option<String>> = HashMap::new();
    let mut stages: Vec<String> = Vec::new();
    let mut seen_from = false;
    for instruction in instructions(text) {
        let args = &text[instruction.start..instruction.end];
        match instruction.keyword.as_str() {
            "ARG" if !seen_from => {
                for word in args.split_whitespace() {
                    let (name, default) = match word.split_once('=') {
                        Some((n, d)) => (n, Some(d.trim_matches('"').to_string())),
                        None => (word, None),
                    };
                    global_args.insert(name.to_string(), default);
                }
            }
            "FROM" => {
                seen_from = true;
                let words = words_at(args, instruction.start);
                let mut rest = words.iter().filter(|(w, _)| !w.starts_with("--"));
                let Some((reference, at)) = rest.next() else {
                    continue;
                };
                if let Some((as_word, _)) = rest.next()
                    && as_word.eq_ignore_ascii_case("as")
                    && let Some((name, _)) = rest.next()
                {
                    stages.push(name.to_ascii_lowercase());
                }
                base_image(
                    source,
                    reference,
                    *at,
                    &global_args,
                    &stages,
                    "base image",
                    out,
                );
            }
            "COPY" | "ADD" => {
                for (word, at) in words_at(args, instruction.start) {
                    if let Some(from) = word.strip_prefix("--from=")
                        && !from.bytes().all(|b| b.is_ascii_digit())
                    {
                        base_image(
                            source,
                            from,
                            at,
                            &global_args,
                            &stages,
                            "COPY --from image",
                            out,
                        );
                    }
                }
            }
            "RUN" => {
                for found in shell::pipes_to_shell(args) {
                    let (line, column) = source.position(instruction.start + found.offset);
                    out.push(found.issue(line, column, "build time"));
                }
            }
            _ => {}
        }
    }
}

/// Whitespace-separated words with their byte offsets in the file.
fn words_at(args: &str, base: usize) -> Vec<(&str, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in args.char_indices() {
        let separator = c.is_whitespace() || c == '\\';
        match (separator, start) {
            (true, Some(s)) => {
                out.push((&args[s..i], base + s));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((&args[s..], base + s));
    }
    out
}

fn base_image(
    source: &Source,
    reference: &str,
    at: usize,
    args: &HashMap<String, Option<String>>,
    stages: &[String],
    what: &str,
    out: &mut Vec<Issue>,
) {
    let Some(resolved) = substitute(reference, |name| args.get(name).cloned().flatten()) else {
        return;
    };
    let lower = resolved.to_ascii_lowercase();
    if lower == "scratch" || stages.contains(&lower) || image::is_dynamic(&resolved) {
        return;
    }
    let (line, column) = source.position(at);
    out.extend(image::unpinned(&resolved, what, line, column));
}

/// `$NAME`, `${NAME}`, `${NAME:-default}` replaced by their values; `None` when one has
/// neither a value nor a default (the reference is then decided at build time).
fn substitute(text: &str, value: impl Fn(&str) -> Option<String>) -> Option<String> {
    let mut out = String::new();
    let mut rest = text;
    while let Some(dollar) = rest.find('$') {
        out.push_str(&rest[..dollar]);
        let after = &rest[dollar + 1..];
        let (name, default, consumed) = if let Some(inner) = after.strip_prefix('{') {
            let close = inner.find('}')?;
            let body = &inner[..close];
            let (name, default) = match body.split_once(":-").or_else(|| body.split_once('-')) {
                Some((n, d)) => (n, Some(d.to_string())),
                None => (body, None),
            };
            (name, default, close + 2)
        } else {
            let len = after
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(after.len());
            (&after[..len], None, len)
        };
        out.push_str(&value(name).or(default)?);
        rest = &after[consumed..];
    }
    out.push_str(rest);
    Some(out)
}

/// A compose file's service images.
pub(crate) fn compose(doc: &Node, out: &mut Vec<Issue>) {
    for (name, service) in doc.get("services").map(Node::entries).unwrap_or_default() {
        let Some(node) = service.get("image") else {
            continue;
        };
        let Some(reference) = node.as_str() else {
            continue;
        };
        // Compose interpolates from the environment; only defaults are known here.
        let Some(resolved) = substitute(reference, |_| None) else {
            continue;
        };
        if image::is_dynamic(&resolved) {
            continue;
        }
        let what = format!("service `{}`", name.as_str().unwrap_or("?"));
        out.extend(image::unpinned(
            &resolved,
            &what,
            node.pos.line,
            node.pos.column,
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Severity;
    use crate::pipeline::Check;

    fn issues(text: &str) -> Vec<(Check, u32, u32, Severity, String)> {
        let source = Source::new(text);
        let mut out = Vec::new();
        dockerfile(&source, &mut out);
        out.into_iter()
            .map(|i| (i.check, i.line, i.column, i.severity, i.identity))
            .collect()
    }

    #[test]
    fn base_images_by_tag_latest_and_digest() {
        let found = issues(
            "# syntax=docker/dockerfile:1\nARG NODE=20\nFROM --platform=$BUILDPLATFORM node:${NODE}-alpine AS build\nRUN npm ci\nFROM build AS test\nFROM scratch\nFROM nginx\nFROM gcr.io/distroless/static@sha256:0d3c6a1e1d0fbb3d1a8a5f1e8f8d2f0c7b6a5e4d3c2b1a0f9e8d7c6b5a4f3e2d\nCOPY --from=build /app /app\nCOPY --from=alpine:3.20 /bin/sh /bin/sh\n",
        );
        assert_eq!(
            found,
            [
                (
                    Check::UnpinnedImage,
                    3,
                    32,
                    Severity::Medium,
                    "node:20-alpine".into()
                ),
                (Check::UnpinnedImage, 7, 6, Severity::High, "nginx".into()),
                (
                    Check::UnpinnedImage,
                    10,
                    6,
                    Severity::Medium,
                    "alpine:3.20".into()
                ),
            ]
        );
    }

    #[test]
    fn an_unresolved_build_argument_is_not_judged() {
        assert!(issues("ARG BASE\nFROM ${BASE}\n").is_empty());
        assert_eq!(issues("ARG BASE\nFROM ${BASE:-debian}\n").len(), 1);
    }

    #[test]
    fn run_with_continuations_comments_and_heredocs() {
        let found = issues(
            "FROM scratch\nRUN apt-get update \\\n # a comment\n && curl -fsSL https://x.example/setup \\\n    | bash -\nRUN <<EOF\nset -e\nwget -qO- https://y.example/i | sh\nEOF\nRUN echo done\n",
        );
        let lines: Vec<(u32, u32)> = found.iter().map(|f| (f.1, f.2)).collect();
        assert_eq!(lines, [(4, 5), (8, 1)]);
        assert!(found.iter().all(|f| f.0 == Check::CurlPipeShell));
    }

    #[test]
    fn compose_service_images() {
        let text = "services:\n  web:\n    image: nginx:1.27\n  db:\n    image: postgres\n  app:\n    build: .\n  tagged:\n    image: app:${TAG:-1.0}\n  env:\n    image: app:${TAG}\n";
        let doc = crate::pipeline::yaml::parse(text).unwrap().remove(0);
        let mut out = Vec::new();
        compose(&doc, &mut out);
        let found: Vec<(u32, String)> = out.into_iter().map(|i| (i.line, i.identity)).collect();
        assert_eq!(
            found,
            [
                (3, "nginx:1.27".into()),
                (5, "postgres".into()),
                (9, "app:1.0".into())
            ]
        );
    }
}
