//! `--format github`: GitHub workflow commands, so findings show inline on a pull request.
//!
//! Blocking findings are `::error`, the rest `::warning`. Property values and messages are
//! escaped as the workflow-command format requires (`%`, CR, LF, and in properties `:`
//! and `,`), so a file name cannot inject another command.

use std::io::Write;

use crate::finding::{Finding, Report};
use crate::policy::Disposition;
use crate::report::Context;
use crate::report::text::{flags, version_change};

fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

pub fn write(out: &mut dyn Write, report: &Report, context: &Context) -> std::io::Result<()> {
    for finding in &report.findings {
        let command = match context.gate.disposition(finding) {
            Disposition::Blocks => "error",
            Disposition::Warns | Disposition::Informs => "warning",
        };
        match finding {
            Finding::Secret(s) => writeln!(
                out,
                "::{command} file={},line={},col={},title={}::{}",
                escape_property(&s.file),
                s.line,
                s.column,
                escape_property(&format!("tollgate {}", s.rule)),
                escape_data(&format!(
                    "{} ({}, {} confidence)",
                    s.description, s.secret, s.confidence
                )),
            )?,
            Finding::Dependency(d) => writeln!(
                out,
                "::{command} file={},line=1,title={}::{}",
                escape_property(&d.lockfile),
                escape_property(&format!("tollgate {} {}", d.ecosystem, d.name)),
                escape_data(&format!("{} {} ({})", d.name, version_change(d), flags(d))),
            )?,
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn properties_cannot_inject_commands() {
        assert_eq!(escape_property("a,b:c\n::error"), "a%2Cb%3Ac%0A%3A%3Aerror");
    }
}
