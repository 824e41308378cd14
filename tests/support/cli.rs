//! Running the real binary as a user would, but isolated: no package-manager registry
//! configuration from the machine (so no test reaches a real registry), no colour, and,
//! in a [`Sandbox`], a home and cache directory of its own.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

/// Environment variables through which package managers name their registries or their
/// configuration files.
const REGISTRY_VARIABLES: &[&str] = &[
    "npm_config_registry",
    "NPM_CONFIG_REGISTRY",
    "npm_config_userconfig",
    "PIP_INDEX_URL",
    "PIP_CONFIG_FILE",
    "GOPROXY",
    "GONOPROXY",
    "GOPRIVATE",
    "GOENV",
    "XDG_CONFIG_HOME",
];

/// Keeps tollgate from asking the machine's `npm`, `pip` or `go` for their default
/// registry, or deps.dev: tests reach no registry but their own local server.
pub const NO_REGISTRY_DEFAULTS: (&str, &str) = ("TOLLGATE_REGISTRY_DEFAULTS", "off");

/// The real binary in `dir`, without the machine's registry variables and colour.
pub fn tollgate(dir: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_tollgate"));
    for var in REGISTRY_VARIABLES {
        command.env_remove(var);
    }
    command.env(NO_REGISTRY_DEFAULTS.0, NO_REGISTRY_DEFAULTS.1);
    command.current_dir(dir).env("NO_COLOR", "1");
    command
}

/// A temporary directory with its own home and cache: commands run there read no
/// configuration of the machine's user and leave nothing behind.
pub struct Sandbox {
    pub dir: tempfile::TempDir,
}

impl Sandbox {
    pub fn new() -> Sandbox {
        Sandbox {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// The home directory commands see (created on first use).
    pub fn home(&self) -> PathBuf {
        let home = self.path().join("home");
        std::fs::create_dir_all(&home).unwrap();
        home
    }

    /// The binary in `dir` with the sandbox's home and cache.
    pub fn command_in(&self, dir: &Path) -> Command {
        let mut command = tollgate(dir);
        command
            .env("HOME", self.home())
            .env("CARGO_HOME", self.home())
            .env("TOLLGATE_CACHE_DIR", self.path().join("cache"));
        command
    }

    /// Runs the binary in the sandbox's directory.
    pub fn run(&self, args: &[impl AsRef<OsStr>]) -> Output {
        self.command_in(self.path()).args(args).output().unwrap()
    }

    /// Writes a file under the sandbox (directories created).
    pub fn write(&self, file: impl AsRef<Path>, content: impl AsRef<[u8]>) {
        let path = self.path().join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, content).unwrap();
    }

    /// Imports OSV records (a directory, a zip or one record) into the sandbox's store.
    pub fn import(&self, source: &str) {
        let output = self.run(&["feed", "import", source]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    }

    /// A store holding the sample records and the whole crates export.
    pub fn with_advisories() -> Sandbox {
        let sandbox = Sandbox::new();
        sandbox.import(&format!("{}/samples", super::OSV));
        sandbox.import(&format!("{}/crates-io/all.zip", super::OSV));
        sandbox
    }
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The report on standard output; panics with both streams when it is not JSON.
pub fn json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}); stdout: {}; stderr: {}",
            stdout(output),
            stderr(output)
        )
    })
}

pub fn findings(report: &Value) -> &Vec<Value> {
    report["findings"].as_array().expect("findings array")
}

/// The dependency finding for `name`.
pub fn dependency<'a>(report: &'a Value, name: &str) -> &'a Value {
    findings(report)
        .iter()
        .find(|f| f["kind"] == "dependency" && f["name"] == name)
        .unwrap_or_else(|| panic!("no finding for {name} in {report}"))
}

/// One ecosystem's entry in `feed status --format json`.
pub fn feed_ecosystem<'a>(status: &'a Value, name: &str) -> &'a Value {
    status["ecosystems"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["ecosystem"] == name)
        .unwrap_or_else(|| panic!("no {name} in {status}"))
}

/// What a snapshot of user-visible output must not depend on: timings and the temporary
/// directories a test ran in. Snapshots are taken with these applied.
pub fn snapshot_filters(temp: &Path) -> Vec<(String, String)> {
    vec![
        (regex_escape(&temp.display().to_string()), "[TEMP]".into()),
        (
            r#""elapsed_ms": \d+"#.into(),
            r#""elapsed_ms": "[MS]""#.into(),
        ),
        (r" in \d+ ms".into(), " in [MS] ms".into()),
    ]
}

fn regex_escape(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            let special = "\\.+*?()|[]{}^$#&-~".contains(c);
            special.then_some('\\').into_iter().chain([c])
        })
        .collect()
}

/// Runs `check` with the snapshot filters for `temp` in force.
pub fn with_filters(temp: &Path, check: impl FnOnce()) {
    let mut settings = insta::Settings::clone_current();
    for (pattern, replacement) in snapshot_filters(temp) {
        settings.add_filter(&pattern, replacement);
    }
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(check);
}

/// The `(path, reason)` pairs of a JSON report's `stats.skipped`.
pub fn skipped(report: &Value) -> Vec<(String, String)> {
    report["stats"]["skipped"]
        .as_array()
        .expect("stats.skipped is an array")
        .iter()
        .map(|s| {
            (
                s["path"].as_str().unwrap().to_string(),
                s["reason"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}
