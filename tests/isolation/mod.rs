//! Shared by the CLI tests that judge dependencies: runs the binary with no
//! package-manager registry configuration from the machine, so no test reaches a real
//! registry (tests that want one point it at a local server themselves).

use std::process::Command;

/// Environment variables through which package managers name their registries.
const REGISTRY_VARIABLES: &[&str] = &[
    "npm_config_registry",
    "NPM_CONFIG_REGISTRY",
    "npm_config_userconfig",
    "PIP_INDEX_URL",
    "PIP_CONFIG_FILE",
    "GOPROXY",
    "XDG_CONFIG_HOME",
];

/// The real binary, without the machine's registry variables.
pub fn tollgate_command() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_tollgate"));
    for var in REGISTRY_VARIABLES {
        command.env_remove(var);
    }
    command
}
