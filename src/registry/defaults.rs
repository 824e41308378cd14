//! The registry an ecosystem uses when nothing is configured, learned from the ecosystem's
//! own tooling, so that `recently-published` runs out of the box without tollgate naming
//! any registry itself: `npm config get registry`; `pip config list`, then pip's own
//! default index; `go env GOPROXY`. Each tool runs with a short timeout, no input, and
//! settings that keep it off the network; a tool that is missing, slow or says nothing
//! usable leaves the ecosystem as it was. Cargo has no stable offline command that names
//! its registry's API, so crates (and whatever else is left) go to deps.dev, the last
//! resort, when `TOLLGATE_REGISTRY_DEFAULTS` does not switch all this off.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use lockfile_parsers::Ecosystem;

use super::config::{Environment, Registries, first_proxy, has_scheme, pypi_root};

/// deps.dev's API, asked for publish times when neither the configuration nor the
/// ecosystem's tools name a registry. Not a package registry: an index of them, like
/// OSV's API for advisories.
pub(crate) const DEPS_DEV_API: &str = "https://api.deps.dev";

/// The variable that switches the defaults off (`off`): only configured registries are
/// asked, as before 0.x, and an unconfigured ecosystem is said on standard error.
pub(crate) const SWITCH: &str = "TOLLGATE_REGISTRY_DEFAULTS";

/// How long one tool may take; `npm` starts node, which takes a few hundred ms.
const TOOL_TIMEOUT: Duration = Duration::from_secs(5);

/// Fills the registry of each ecosystem in `wanted` that has none from its tool, then
/// deps.dev for those still without one. Returns, per ecosystem filled, which source
/// answered (`npm config get registry`, `deps.dev`), for the user to be told.
pub(crate) fn fill(
    registries: &mut Registries,
    env: &Environment,
    wanted: &[Ecosystem],
) -> Vec<(Ecosystem, String)> {
    if env
        .vars
        .get(SWITCH)
        .is_some_and(|v| v.eq_ignore_ascii_case("off"))
    {
        return Vec::new();
    }
    let mut learned = Vec::new();
    for &ecosystem in wanted {
        if registries.has(ecosystem) {
            continue;
        }
        let found = match ecosystem {
            Ecosystem::Npm => npm(env),
            Ecosystem::PyPI => pip(env),
            Ecosystem::Go => go(env),
            Ecosystem::Cargo => None,
        };
        let Some((url, source)) = found else {
            continue;
        };
        match ecosystem {
            Ecosystem::Npm => registries.npm = Some(url),
            Ecosystem::PyPI => registries.pypi = Some(url),
            Ecosystem::Go => registries.go = Some(url),
            Ecosystem::Cargo => continue,
        }
        learned.push((ecosystem, source));
    }
    if registries.deps_dev.is_none() && wanted.iter().any(|&e| !registries.has(e)) {
        registries.deps_dev = Some(DEPS_DEV_API.to_string());
        for &ecosystem in wanted.iter().filter(|&&e| !registries.has(e)) {
            learned.push((ecosystem, "deps.dev (no registry configured)".to_string()));
        }
    }
    learned
}

/// `npm config get registry`, offline.
fn npm(env: &Environment) -> Option<(String, String)> {
    let out = run(
        env,
        "npm",
        &["config", "get", "registry"],
        &[("npm_config_offline", "true")],
    )?;
    Some((url_line(&out)?, "`npm config get registry`".to_string()))
}

/// pip's index: `pip config list` (`global.index-url='…'`, `install.index-url` first),
/// else the default index of pip itself, read from pip's own code.
fn pip(env: &Environment) -> Option<(String, String)> {
    let offline = [
        ("PIP_NO_INDEX", "1"),
        ("PIP_DISABLE_PIP_VERSION_CHECK", "1"),
    ];
    if let Some(listed) = run(env, "pip", &["config", "list"], &offline) {
        let index = |section: &str| {
            listed.lines().find_map(|line| {
                let value = line.strip_prefix(&format!("{section}.index-url="))?;
                let value = value.trim().trim_matches(['\'', '"']);
                has_scheme(value, &["http", "https"]).then(|| value.to_string())
            })
        };
        if let Some(url) = index("install").or_else(|| index("global")) {
            return Some((pypi_root(&url), "`pip config list`".to_string()));
        }
    }
    // pip's default index is a constant of pip's; the interpreter that runs pip knows it.
    let program = "import pip._internal.models.index as i; print(i.PyPI.simple_url)";
    for python in ["python3", "python"] {
        if let Some(out) = run(env, python, &["-c", program], &offline)
            && let Some(url) = url_line(&out)
        {
            return Some((pypi_root(&url), format!("pip's default index (`{python}`)")));
        }
    }
    None
}

/// `go env GOPROXY`: the first proxy URL (`direct` first means none). `GOTOOLCHAIN=local`
/// keeps the go command from downloading a toolchain.
fn go(env: &Environment) -> Option<(String, String)> {
    let out = run(
        env,
        "go",
        &["env", "GOPROXY"],
        &[("GOTOOLCHAIN", "local"), ("GOFLAGS", "")],
    )?;
    Some((first_proxy(out.trim())?, "`go env GOPROXY`".to_string()))
}

/// The first line of a tool's output, when it is an HTTP(S) URL.
fn url_line(out: &str) -> Option<String> {
    let line = out.lines().map(str::trim).find(|l| !l.is_empty())?;
    has_scheme(line, &["http", "https"]).then(|| line.trim_end_matches('/').to_string())
}

/// Runs `program` in the project directory with no input and `extra` variables, and
/// returns its standard output if it exits successfully within [`TOOL_TIMEOUT`]. A tool
/// that overruns is killed (it is our own child).
fn run(env: &Environment, program: &str, args: &[&str], extra: &[(&str, &str)]) -> Option<String> {
    let mut child = Command::new(program)
        .args(args)
        .envs(extra.iter().copied())
        .current_dir(&env.project)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    // Read on a thread so that a chatty tool cannot fill the pipe and stall.
    let mut stdout = child.stdout.take()?;
    let reader = std::thread::spawn(move || {
        let mut out = Vec::new();
        stdout.read_to_end(&mut out).ok().map(|_| out)
    });
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if started.elapsed() < TOOL_TIMEOUT => {
                std::thread::sleep(Duration::from_millis(10))
            }
            Ok(None) | Err(_) => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
        }
    };
    let out = reader.join().ok().flatten()?;
    status
        .filter(|s| s.success())
        .and_then(|_| String::from_utf8(out).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(vars: &[(&str, &str)]) -> Environment {
        Environment {
            vars: vars
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            home: None,
            config_dir: None,
            project: std::env::temp_dir(),
        }
    }

    #[test]
    fn crates_with_nothing_configured_go_to_deps_dev_and_say_so() {
        let mut registries = Registries::default();
        let learned = fill(&mut registries, &env(&[]), &[Ecosystem::Cargo]);
        assert_eq!(registries.deps_dev.as_deref(), Some(DEPS_DEV_API));
        assert_eq!(
            learned,
            [(
                Ecosystem::Cargo,
                "deps.dev (no registry configured)".to_string()
            )]
        );
    }

    #[test]
    fn a_configured_registry_is_kept_and_the_switch_turns_defaults_off() {
        let mut registries = Registries {
            crates: Some(crate::registry::CratesApi::Api("http://127.0.0.1:1".into())),
            ..Registries::default()
        };
        assert!(fill(&mut registries, &env(&[]), &[Ecosystem::Cargo]).is_empty());
        assert_eq!(registries.deps_dev, None);
        let mut none = Registries::default();
        assert!(fill(&mut none, &env(&[(SWITCH, "off")]), &[Ecosystem::Cargo]).is_empty());
        assert_eq!(none, Registries::default());
    }

    #[test]
    fn a_tool_line_counts_only_when_it_is_an_http_url() {
        assert_eq!(
            url_line("\nhttps://registry.example.invalid/\n"),
            Some("https://registry.example.invalid".into())
        );
        assert_eq!(url_line("undefined\n"), None);
        assert_eq!(url_line(""), None);
    }
}
