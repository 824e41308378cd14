//! The tollgate binary: argument parsing and dispatch only. Each command is one function
//! in `tollgate::app`; errors print as `tollgate: error: ...` and exit 2.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use tollgate::app::{
    self, ListFormat, Outcome, baseline::BaselineArgs, check::CheckArgs, deps::DepsArgs,
    dir::DirArgs, feed::FeedCommand, gitleaks, history::HistoryArgs, hook::HookInstallArgs,
    image::ImageArgs, init::InitArgs, log::LogArgs, pipeline::PipelineArgs,
};

/// Exit code when the policy blocks (findings at or above the threshold).
const EXIT_BLOCKED: u8 = 1;
/// Exit code for usage, configuration and runtime errors.
const EXIT_ERROR: u8 = 2;

#[derive(Parser)]
#[command(
    name = "tollgate",
    version,
    about = "Keeps secrets and risky dependencies out of your main branch",
    after_help = "Exit codes: 0 pass, 1 the policy blocks, 2 usage, configuration or runtime error."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// What a change adds: secrets in its lines, its lockfiles' dependency diff and its
    /// CI/CD definitions; the staged change (pre-commit) or a branch against its base
    /// (pull-request check).
    Check(CheckArgs),
    /// Secrets in a repository's whole history, each attributed to its commit.
    History(HistoryArgs),
    /// Manage the git pre-commit hook.
    #[command(subcommand)]
    Hook(HookCommand),
    /// Secrets in files on disk, no git needed; `-` reads standard input.
    Dir(DirArgs),
    /// Write today's findings as a baseline so that only new ones fail.
    Baseline(BaselineArgs),
    /// List or test the secret rules.
    #[command(subcommand)]
    Rules(RulesCommand),
    /// Dependency diff of two lockfiles or directories (or `--base REF` in a repository),
    /// with advisory verdicts.
    Deps(DepsArgs),
    /// Write a commented default tollgate.toml.
    Init(InitArgs),
    /// Audit the CI/CD definitions of a tree as a whole (workflows, GitLab CI,
    /// Dockerfiles, compose, pre-commit, CODEOWNERS); `check` reviews only what a change
    /// introduces in them.
    Pipeline(PipelineArgs),
    /// Secrets in a container image on disk (`docker save` tarball or OCI layout
    /// directory): every layer, deleted files included, and the config.
    Image(ImageArgs),
    /// Stream a build log (`-` or FILE) for secrets, reporting them as found; `--mask`
    /// writes the log with every secret replaced by `***`.
    Log(LogArgs),
    /// Maintain the local advisory store (OSV).
    #[command(subcommand)]
    Feed(FeedCommand),
    /// gitleaks' `git`: the history, or with --staged the staged change.
    #[command(hide = true)]
    Git(gitleaks::GitArgs),
    /// gitleaks' `detect`: the history, or with --no-git the files.
    #[command(hide = true)]
    Detect(gitleaks::DetectArgs),
    /// gitleaks' `protect`: the staged change.
    #[command(hide = true)]
    Protect(gitleaks::ProtectArgs),
}

impl Command {
    /// The exit status when the policy blocks: gitleaks' `--exit-code` where given.
    fn blocked_status(&self) -> u8 {
        let common = match self {
            Command::Check(args) => &args.common,
            Command::History(args) => &args.common,
            Command::Dir(args) => &args.common,
            Command::Deps(args) => &args.common,
            Command::Pipeline(args) => &args.common,
            Command::Git(args) => &args.common,
            Command::Detect(args) => &args.common,
            Command::Protect(args) => &args.common,
            _ => return EXIT_BLOCKED,
        };
        common.exit_code.unwrap_or(EXIT_BLOCKED)
    }
}

#[derive(Subcommand)]
enum HookCommand {
    /// Write a pre-commit hook that runs `tollgate check --staged`.
    Install(HookInstallArgs),
}

#[derive(Subcommand)]
enum RulesCommand {
    /// Print every rule (built-in and custom).
    List {
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
        /// Configuration or rule file with custom rules.
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
    },
    /// Run every rule's examples; fails on any miss.
    Test {
        /// Configuration or rule file with custom rules.
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let code = if error.use_stderr() { EXIT_ERROR } else { 0 };
            let _ = error.print();
            return ExitCode::from(code);
        }
    };
    let result = match &cli.command {
        Command::Check(args) => app::check::run(args),
        Command::History(args) => app::history::run(args),
        Command::Hook(HookCommand::Install(args)) => app::hook::install(args),
        Command::Dir(args) => app::dir::run(args),
        Command::Baseline(args) => app::baseline::run(args),
        Command::Rules(RulesCommand::List { format, config }) => {
            app::rules::list(config.as_ref(), *format)
        }
        Command::Rules(RulesCommand::Test { config }) => app::rules::test(config.as_ref()),
        Command::Feed(command) => app::feed::run(command),
        Command::Init(args) => app::init::run(args),
        Command::Deps(args) => app::deps::run(args),
        Command::Pipeline(args) => app::pipeline::run(args),
        Command::Git(args) => gitleaks::git(args),
        Command::Detect(args) => gitleaks::detect(args),
        Command::Protect(args) => gitleaks::protect(args),
        Command::Log(args) => app::log::run(args),
        Command::Image(args) => app::image::run(args),
    };
    match result {
        Ok(Outcome::Pass) => ExitCode::SUCCESS,
        Ok(Outcome::Blocked) => ExitCode::from(cli.command.blocked_status()),
        // The reader went away (`tollgate rules list | head`): nothing left to say to it,
        // and nothing went wrong, as ripgrep does.
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("tollgate: error: {}", app::printable(&describe(&error)));
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// Whether an error comes from writing to a closed pipe.
fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        let kind = cause
            .downcast_ref::<std::io::Error>()
            .map(std::io::Error::kind)
            .or_else(|| cause.downcast_ref::<serde_json::Error>()?.io_error_kind());
        kind == Some(std::io::ErrorKind::BrokenPipe)
    })
}

/// The error and its causes on one line, leaving out a cause whose text an outer message
/// already quotes (typed errors often embed their source).
fn describe(error: &anyhow::Error) -> String {
    let mut message = error.to_string();
    for cause in error.chain().skip(1) {
        let cause = cause.to_string();
        if !message.contains(&cause) {
            message.push_str(": ");
            message.push_str(&cause);
        }
    }
    message
}
