//! The report writers' entry for the fuzz target (`fuzz/fuzz_targets/report_writers.rs`):
//! a report whose every untrusted string — file, author, rule and description, package
//! name, versions, lockfile, advisory ids and summaries, sources, reasons, skipped paths —
//! is taken from arbitrary input, written in every format through [`super::write`], the
//! path every command takes. The fuzz target checks the outputs; nothing here judges them.

use crate::finding::{
    Change, DependencyFinding, Finding, IntegrityReason, Report, SecretFinding, Similarity,
    Skipped, SourceReason, Stats, Verdict,
};
use crate::policy::Gate;
use crate::report::{Context, Format};
use crate::severity::Severity;

/// Each format's name and output for a report built from `names` (cycled; an empty list
/// stands for one empty name).
pub fn render_every_format(names: &[String]) -> Vec<(&'static str, String)> {
    let report = hostile_report(names);
    let context = Context {
        gate: Gate::new(Severity::High),
        color: false,
    };
    [
        ("text", Format::Text),
        ("json", Format::Json),
        ("sarif", Format::Sarif),
        ("markdown", Format::Markdown),
        ("github", Format::Github),
        ("gitleaks-json", Format::GitleaksJson),
    ]
    .into_iter()
    .map(|(name, format)| {
        let mut out = Vec::new();
        super::write(&mut out, format, &report, &context).expect("writing to memory");
        let text = String::from_utf8(out).expect("writers produce UTF-8");
        (name, text)
    })
    .collect()
}

fn hostile_report(names: &[String]) -> Report {
    let empty = [String::new()];
    let names = if names.is_empty() { &empty[..] } else { names };
    let mut next = names.iter().cycle().cloned();
    let mut name = move || next.next().unwrap_or_default();
    let mut findings = Vec::new();
    for severity in [Severity::Critical, Severity::Low] {
        findings.push(Finding::Secret(SecretFinding {
            rule: name(),
            description: name(),
            severity,
            file: name(),
            line: 3,
            column: 7,
            commit: Some(name()),
            author: Some(name()),
            date: Some(name()),
            secret: name(),
            fingerprint: name(),
            identity: String::new(),
            entropy: None,
            validation: None,
            confidence: crate::secrets::Confidence::High,
            archive: None,
            layer: None,
            removed_in_layer: None,
        }));
    }
    // One dependency per disposition: blocks (malicious), warns (vulnerable, typosquat),
    // informs (no check), so every section of every format is written.
    let malicious = vec![
        Verdict::Malicious {
            id: name(),
            aliases: vec![name()],
            summary: Some(name()),
        },
        Verdict::Source {
            reason: Some(SourceReason::Url),
            previous: Some(name()),
            current: name(),
            replaces: Some(name()),
            host: None,
        },
        Verdict::Integrity {
            reason: Some(IntegrityReason::IntegrityRemoved),
            previous: Some(name()),
            current: Some(name()),
            resolved: Some(name()),
            names: Some(name()),
        },
        Verdict::Unknown {
            reason: name(),
            about: None,
            detail: Some(name()),
        },
    ];
    findings.push(Finding::Dependency(dependency(
        &mut name,
        malicious,
        Change::Added,
    )));
    let warning = vec![
        Verdict::Vulnerable {
            id: name(),
            aliases: vec![name()],
            summary: Some(name()),
            severity: Some(Severity::Medium),
            cvss: None,
            fixed: Some(name()),
            fixed_note: Some(name()),
            informational: None,
        },
        Verdict::Typosquat {
            resembles: name(),
            similarity: Similarity::EditDistance1,
        },
    ];
    findings.push(Finding::Dependency(dependency(
        &mut name,
        warning,
        Change::Upgraded,
    )));
    findings.push(Finding::Dependency(dependency(
        &mut name,
        Vec::new(),
        Change::Removed,
    )));
    let stats = Stats {
        files: 1,
        skipped: vec![Skipped {
            path: name(),
            reason: name(),
        }],
        ..Stats::default()
    };
    Report::new(findings, stats)
}

fn dependency(
    name: &mut impl FnMut() -> String,
    checks: Vec<Verdict>,
    change: Change,
) -> DependencyFinding {
    DependencyFinding {
        ecosystem: name(),
        name: name(),
        version: Some(name()),
        previous_version: Some(name()),
        change,
        lockfile: name(),
        direct: true,
        introduced_by: vec![name()],
        checks,
        from_registry: true,
        fixed_advisories: vec![name()],
        published: None,
        specifier: Some(name()),
        line: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_is_written_with_every_name() {
        let names = vec!["left-pad".to_string(), "a`b|c".to_string()];
        let outputs = render_every_format(&names);
        assert_eq!(outputs.len(), 6);
        for (format, text) in outputs {
            assert!(text.contains("left-pad"), "{format}: {text}");
        }
    }

    /// The fuzz target's first find: a dependency row with a blank gate cell began with
    /// spaces, and an ecosystem named `::` then started a workflow command.
    #[test]
    fn no_text_line_starts_a_workflow_command_after_leading_spaces() {
        let outputs = render_every_format(&["::\u{b}".to_string()]);
        let (_, text) = outputs.iter().find(|(f, _)| *f == "text").unwrap();
        for line in text.lines() {
            assert!(!line.trim_start().starts_with("::"), "{line:?}");
        }
        assert!(text.contains("\\x3a"), "{text}");
    }
}
