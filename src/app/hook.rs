//! `tollgate hook install`: writes the pre-commit hook that runs `tollgate check --staged`.

use std::path::PathBuf;

use crate::app::Outcome;
use crate::git::hook::{self, Installed};

#[derive(Clone, Debug, clap::Args)]
pub struct HookInstallArgs {
    /// Replace an existing pre-commit hook that tollgate did not write (it is kept as
    /// pre-commit.pre-tollgate, and the new hook runs it first).
    #[arg(long)]
    pub force: bool,
    /// The repository (default: the one containing the current directory).
    #[arg(long, value_name = "PATH", default_value = ".")]
    pub repo: PathBuf,
}

pub fn install(args: &HookInstallArgs) -> anyhow::Result<Outcome> {
    let binary = std::env::current_exe().ok();
    let message = match hook::install(&args.repo, binary.as_deref(), args.force)? {
        Installed::Created(path) => format!("installed {}", path.display()),
        Installed::Updated { path, kept: 0 } => format!("updated {}", path.display()),
        Installed::Updated { path, kept } => format!(
            "updated tollgate's lines in {} ({kept} line{} of your own kept as they were)",
            path.display(),
            if kept == 1 { "" } else { "s" }
        ),
        Installed::Replaced { path, backup } => format!(
            "installed {} (the previous hook is kept as {} and runs first)",
            path.display(),
            backup.display()
        ),
    };
    println!("tollgate: {message}");
    Ok(Outcome::Pass)
}
