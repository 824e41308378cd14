//! `tollgate log [FILE|-]`: a build log streamed line by line. Findings are printed as they
//! are found; with `--mask` the log itself goes to standard output with every secret
//! replaced by `***` (`make 2>&1 | tollgate log --mask`), and findings go to standard
//! error. The exit code says whether anything blocks, as for `dir`.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Context as _;

use crate::app::dir::missing_salt;
use crate::app::{self, CommonArgs, Outcome, Session};
use crate::artifacts::log::scan_log;
use crate::finding::{Finding, Report, Stats};
use crate::policy::Mode;
use crate::report::{self, Format};

#[derive(Clone, Debug, clap::Args)]
pub struct LogArgs {
    /// The log file; `-` (the default) reads standard input.
    #[arg(value_name = "FILE", default_value = "-")]
    pub path: PathBuf,
    /// Write the log to standard output with every secret replaced by `***`; findings
    /// then go to standard error (and the full report to --output, if given).
    #[arg(long)]
    pub mask: bool,
    #[command(flatten)]
    pub common: CommonArgs,
}

/// Read buffer: big enough that a fast producer fills whole chunks.
const READ_BUFFER: usize = 256 << 10;

pub fn run(args: &LogArgs) -> anyhow::Result<Outcome> {
    let started = Instant::now();
    // Like `dir`: a scan writes no salt into the current directory unless it is a
    // working tree (whose salt is committed).
    let cwd = Path::new(".");
    let session = Session::prepare_with(cwd, &args.common, missing_salt(cwd))?;
    let gate = session.gate(Mode::Base);
    let stdin = args.path.as_os_str() == "-";
    let name = if stdin {
        "-".to_string()
    } else {
        crate::fs::display_path(&args.path)
    };
    let source: Box<dyn Read> = if stdin {
        Box::new(std::io::stdin().lock())
    } else {
        let file = std::fs::File::open(&args.path)
            .with_context(|| format!("{}: cannot open log", args.path.display()))?;
        Box::new(file)
    };
    let mut input = std::io::BufReader::with_capacity(READ_BUFFER, source);
    // Findings stream as text lines: to standard output when it holds nothing else (text
    // report, no --output), else to standard error.
    let text_on_stdout =
        !args.mask && args.common.format == Format::Text && args.common.output.is_none();
    let live_is_terminal = if text_on_stdout {
        std::io::stdout().is_terminal()
    } else {
        std::io::stderr().is_terminal()
    };
    let context = report::Context {
        gate: gate.clone(),
        color: live_is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    let mut all = Vec::new();
    let stdout = std::io::stdout();
    let mut masked_out = std::io::BufWriter::with_capacity(READ_BUFFER, stdout.lock());
    let masked: Option<&mut dyn Write> = if args.mask {
        Some(&mut masked_out)
    } else {
        None
    };
    let mut live: Box<dyn Write> = if text_on_stdout {
        Box::new(std::io::stdout())
    } else {
        Box::new(std::io::stderr())
    };
    let stats = scan_log(
        &session.scanner,
        &name,
        &mut input,
        masked,
        session.redact,
        &mut |findings| {
            for finding in session.unsuppressed(findings) {
                let finding = Finding::Secret(finding);
                report::text::write_secret_line(&mut live, &finding, &context)?;
                all.push(finding);
            }
            live.flush()
        },
    )
    .with_context(|| format!("{name}: log scan failed"))?;
    drop(masked_out);
    let report = Report::new(
        all,
        Stats {
            files: 1,
            bytes: stats.bytes,
            elapsed_ms: started.elapsed().as_millis() as u64,
            ..Stats::default()
        },
    );
    if args.common.report_file().is_some() || !(args.mask || text_on_stdout) {
        // The whole report in the chosen format (the findings were already streamed).
        return app::finish(report, &session, &args.common, gate);
    }
    let blocked = gate.decide(&report).blocks();
    let mut summary: Box<dyn Write> = if text_on_stdout {
        Box::new(std::io::stdout())
    } else {
        Box::new(std::io::stderr())
    };
    writeln!(
        summary,
        "{} secrets in {} lines ({} bytes) of {name}",
        report.findings.len(),
        stats.lines,
        stats.bytes
    )?;
    Ok(if blocked {
        Outcome::Blocked
    } else {
        Outcome::Pass
    })
}
