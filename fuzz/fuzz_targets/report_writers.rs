//! Fuzzes the report writers: arbitrary names (files, authors, packages, versions,
//! advisory ids and summaries, rule descriptions) in every field of a report, and every
//! format must come out valid and inert — JSON and SARIF parse, text and Markdown show no
//! control character and start no GitHub workflow command, annotations stay one
//! well-formed command per finding, and Markdown has only the headings, HTML and table
//! cells tollgate writes. Any violation panics, which libFuzzer reports as a crash.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|names: Vec<String>| {
    for (format, text) in tollgate::render_reports_for_fuzzing(&names) {
        if let Err(problem) = check(format, &text) {
            panic!("{format}: {problem}\n--- names: {names:?}\n--- output:\n{text}");
        }
    }
});

fn check(format: &str, text: &str) -> Result<(), String> {
    if let Some(c) = text.chars().find(|&c| is_active(c)) {
        return Err(format!("raw control character {c:?}"));
    }
    for line in text.lines() {
        if line.contains("##[") {
            return Err(format!("`##[` workflow command in {line:?}"));
        }
        if format != "github" && line.trim_start().starts_with("::") {
            return Err(format!("line starts a workflow command: {line:?}"));
        }
    }
    match format {
        "json" | "sarif" | "gitleaks-json" => serde_json::from_str::<serde_json::Value>(text)
            .map(drop)
            .map_err(|e| format!("not JSON: {e}")),
        "github" => {
            // Five findings, of which the dependency no check objects to is left out by
            // design (a lock refresh would bury the annotations that matter): four lines,
            // whatever the names, or a name injected a command.
            let lines = text.lines().count();
            if lines != 4 {
                return Err(format!("{lines} annotations for the 4 annotated findings"));
            }
            text.lines().try_for_each(annotation)
        }
        "markdown" => markdown(text),
        _ => Ok(()),
    }
}

/// What acts on a terminal or a log viewer instead of showing: control characters but
/// newline (tollgate's own line ends), DEL, C1, and bidirectional overrides and isolates.
fn is_active(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn annotation(line: &str) -> Result<(), String> {
    let rest = line.strip_prefix("::").ok_or("no leading `::`")?;
    let (info, _message) = rest.split_once("::").ok_or("no second `::`")?;
    let (command, properties) = info.split_once(' ').unwrap_or((info, ""));
    if !["error", "warning"].contains(&command) {
        return Err(format!("command `{command}`"));
    }
    for property in properties.split(',') {
        let (key, value) = property.split_once('=').ok_or("property without `=`")?;
        if !["file", "line", "col", "title"].contains(&key) {
            return Err(format!("property `{key}` in {line:?}"));
        }
        if value.contains([':', ',', '\r', '\n']) {
            return Err(format!("unescaped property value {value:?}"));
        }
    }
    Ok(())
}

/// Tollgate's Markdown only: its headings, one `<details>` block, its `<sub>` line, and
/// table rows with the header's number of cells.
fn markdown(text: &str) -> Result<(), String> {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let mut heading: Option<String> = None;
    let (mut cells, mut header_cells) = (0, None);
    let (mut opened, mut closed) = (0, 0);
    for event in Parser::new_ext(text, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Heading { .. }) => heading = Some(String::new()),
            Event::End(TagEnd::Heading(_)) => {
                let h = heading.take().unwrap_or_default();
                let ours = h.starts_with("✅ tollgate: passed")
                    || h.starts_with("❌ tollgate: ")
                    || [
                        "Blocking: secrets",
                        "Blocking: dependencies",
                        "Warnings: secrets",
                        "Warnings: dependencies",
                    ]
                    .contains(&h.as_str());
                if !ours {
                    return Err(format!("a heading tollgate did not write: {h:?}"));
                }
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(h) = heading.as_mut() {
                    h.push_str(&t);
                }
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                let tag = html.trim();
                opened += tag.matches("<details>").count();
                closed += tag.matches("</details>").count();
                let ours = ["<details><summary>", "</summary>", "</details>", "<sub>", "</sub>"];
                if !ours.iter().any(|o| tag.starts_with(o)) {
                    return Err(format!("HTML tollgate did not write: {tag:?}"));
                }
            }
            Event::Start(Tag::TableRow | Tag::TableHead) => cells = 0,
            Event::Start(Tag::TableCell) => cells += 1,
            Event::End(TagEnd::TableHead) => header_cells = Some(cells),
            Event::End(TagEnd::TableRow) if header_cells.is_some_and(|h| h != cells) => {
                return Err(format!("a table row of {cells} cells"));
            }
            _ => {}
        }
    }
    if opened != 1 || closed != 1 {
        return Err(format!("{opened} <details> opened, {closed} closed"));
    }
    Ok(())
}
