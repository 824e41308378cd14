//! Which registry each ecosystem's packages really come from, learned from the same
//! configuration the package managers read, so tollgate asks the registry (or mirror) the
//! project installs from and never a host written into tollgate itself.
//!
//! Precedence per ecosystem, first hit wins: tollgate.toml `[registries]`, then
//! - npm: `npm_config_registry` (any case), the project's `.npmrc`, the user's `.npmrc`
//!   (`npm_config_userconfig` or `~/.npmrc`); `@scope:registry=` lines route a scope;
//! - PyPI: `PIP_INDEX_URL`, then `index-url` of pip's configuration files
//!   (`PIP_CONFIG_FILE`, the user's `pip/pip.conf` — `pip.ini` on Windows — under the
//!   OS's configuration directory, `~/.pip/pip.conf`), read with Python configparser's
//!   rules as pip does (`key = value` or `key: value`, continuation lines, `[install]`
//!   over `[global]`); the JSON API root is the index URL less its `/simple` suffix;
//! - crates: cargo configuration (`.cargo/config.toml` from the project up, then
//!   `$CARGO_HOME/config.toml`): `[source.crates-io] replace-with` naming a sparse
//!   registry (`sparse+URL`); the API base is that index's `config.json` `api` value,
//!   which is how cargo itself finds a registry's API. A git index names no API, and
//!   cargo's built-in default is not written anywhere we could read, so without a
//!   replacement or a tollgate.toml `crates = "<API base>"` the crates ecosystem has no
//!   registry configured;
//! - Go: `GOPROXY` (environment, then the `go env -w` file): the first entry that is an
//!   HTTP(S) URL; `direct` or `off` before any URL means none.
//!
//! Nothing configured for an ecosystem means its lookups answer
//! `Unknown { reason: "no-registry-configured" }`, never a silent pass.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use lockfile_parsers::Ecosystem;
use serde::Deserialize;

use super::RegistryError;

/// `[registries]` in tollgate.toml: explicit registry URLs, each overriding what the
/// package managers' own configuration says.
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RegistriesConfig {
    /// npm registry URL (as in `.npmrc` `registry=`).
    pub npm: Option<String>,
    /// Python index URL (`…/simple`) or JSON API root.
    pub pypi: Option<String>,
    /// Crates registry API base (the `api` of its index `config.json`).
    pub crates: Option<String>,
    /// Go module proxy URL.
    pub go: Option<String>,
    /// deps.dev API base; asked for ecosystems with no registry of their own.
    pub deps_dev: Option<String>,
}

/// Where a crates registry's API base is found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CratesApi {
    /// Known API base.
    Api(String),
    /// A sparse index whose `config.json` names the API; read when first needed.
    SparseIndex(String),
}

/// The resolved registry of every ecosystem. URLs carry no trailing slash.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Registries {
    pub npm: Option<String>,
    /// npm scope (with `@`) → registry.
    pub npm_scopes: BTreeMap<String, String>,
    /// PyPI JSON API root (`<root>/pypi/<name>/<version>/json`).
    pub pypi: Option<String>,
    pub crates: Option<CratesApi>,
    pub go: Option<String>,
    /// `GOPRIVATE` / `GONOPROXY` patterns: modules the go command never asks a proxy for.
    pub go_private: Vec<String>,
    pub deps_dev: Option<String>,
}

/// What discovery reads: the environment and the roots configuration lives under.
/// A value, not globals, so tests describe a user's setup without touching the process.
pub struct Environment {
    pub vars: BTreeMap<String, String>,
    pub home: Option<PathBuf>,
    /// The user's configuration directory as the OS defines it (`$XDG_CONFIG_HOME` or
    /// `~/.config` on Linux, `~/Library/Application Support` on macOS, `%APPDATA%` on
    /// Windows): where pip and the go command keep their user files.
    pub config_dir: Option<PathBuf>,
    /// The project (repository) root: `.npmrc` and `.cargo/config.toml` are read here.
    pub project: PathBuf,
}

impl Environment {
    /// This process's environment and the user's directories.
    pub fn current(project: &Path) -> Environment {
        Environment {
            vars: std::env::vars().collect(),
            home: dirs::home_dir(),
            config_dir: dirs::config_dir(),
            project: project.to_path_buf(),
        }
    }

    fn var(&self, name: &str) -> Option<&str> {
        self.vars
            .get(name)
            .map(String::as_str)
            .filter(|v| !v.trim().is_empty())
    }

    /// npm reads its `npm_config_*` variables case-insensitively.
    fn var_any_case(&self, name: &str) -> Option<&str> {
        self.vars
            .iter()
            .find(|(k, v)| k.eq_ignore_ascii_case(name) && !v.trim().is_empty())
            .map(|(_, v)| v.as_str())
    }
}

impl Registries {
    /// Resolves every ecosystem's registry: `overrides` (tollgate.toml) first, then the
    /// package managers' configuration in `env`. A configuration file that exists but
    /// cannot be read or parsed is an error naming it.
    pub fn discover(
        overrides: &RegistriesConfig,
        env: &Environment,
    ) -> Result<Registries, RegistryError> {
        let (npm, npm_scopes) = npm(env)?;
        let crates = match &overrides.crates {
            Some(api) => Some(CratesApi::Api(trim(api))),
            None => cargo(env)?,
        };
        Ok(Registries {
            npm: overrides.npm.as_deref().map(trim).or(npm),
            npm_scopes,
            pypi: match &overrides.pypi {
                Some(url) => Some(pypi_root(url)),
                None => pip(env)?,
            },
            crates,
            go: match &overrides.go {
                Some(url) => Some(trim(url)),
                None => goproxy(env)?,
            },
            go_private: go_private(env)?,
            deps_dev: overrides.deps_dev.as_deref().map(trim),
        })
    }

    /// The registry an npm package is fetched from: its scope's, else the default.
    pub(crate) fn npm_for(&self, name: &str) -> Option<&str> {
        name.split_once('/')
            .and_then(|(scope, _)| self.npm_scopes.get(scope))
            .or(self.npm.as_ref())
            .map(String::as_str)
    }

    /// Whether the ecosystem has a registry of its own configured (deps.dev aside).
    pub fn has(&self, ecosystem: Ecosystem) -> bool {
        match ecosystem {
            Ecosystem::Npm => self.npm.is_some() || !self.npm_scopes.is_empty(),
            Ecosystem::PyPI => self.pypi.is_some(),
            Ecosystem::Cargo => self.crates.is_some(),
            Ecosystem::Go => self.go.is_some(),
        }
    }

    /// Host names of the configured registries of an ecosystem, for the source check.
    pub(crate) fn hosts(&self, ecosystem: Ecosystem) -> Vec<String> {
        let urls: Vec<&str> = match ecosystem {
            Ecosystem::Npm => self
                .npm
                .iter()
                .chain(self.npm_scopes.values())
                .map(String::as_str)
                .collect(),
            Ecosystem::PyPI => self.pypi.iter().map(String::as_str).collect(),
            Ecosystem::Cargo => match &self.crates {
                Some(CratesApi::Api(u) | CratesApi::SparseIndex(u)) => vec![u.as_str()],
                None => Vec::new(),
            },
            Ecosystem::Go => self.go.iter().map(String::as_str).collect(),
        };
        urls.into_iter().filter_map(host).collect()
    }
}

/// The host of a URL (lowercase, without port or credentials), as WHATWG URL parsing
/// reads it: that is what npm, pip and cargo connect to, so it is what the source check
/// must judge. Every host decision goes through here; a hand-written split once read
/// `https://evil.invalid\@registry.example/x` as `registry.example`.
pub fn host(url: &str) -> Option<String> {
    host_of(&url::Url::parse(url.trim()).ok()?)
}

/// [`host`] of a URL parsed already.
pub(crate) fn host_of(url: &url::Url) -> Option<String> {
    match url.host()? {
        url::Host::Domain(domain) if !domain.is_empty() => Some(domain.to_ascii_lowercase()),
        url::Host::Domain(_) => None,
        url::Host::Ipv4(ip) => Some(ip.to_string()),
        url::Host::Ipv6(ip) => Some(ip.to_string()),
    }
}

/// Whether a URL's scheme is one of `schemes` (`url` lowercases schemes).
pub(crate) fn has_scheme(url: &str, schemes: &[&str]) -> bool {
    url::Url::parse(url.trim()).is_ok_and(|u| schemes.contains(&u.scheme()))
}

fn trim(url: &str) -> String {
    url.trim().trim_end_matches('/').to_string()
}

fn read_optional(path: &Path) -> Result<Option<String>, RegistryError> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(RegistryError::Read {
            path: path.to_path_buf(),
            source,
        }),
    }
}

/// npm: environment, project `.npmrc`, user `.npmrc`; the first that sets `registry`
/// wins, scopes merge with the nearer file taking precedence.
fn npm(env: &Environment) -> Result<(Option<String>, BTreeMap<String, String>), RegistryError> {
    let mut registry = env.var_any_case("npm_config_registry").map(trim);
    let mut scopes = BTreeMap::new();
    let user = env
        .var_any_case("npm_config_userconfig")
        .map(PathBuf::from)
        .or_else(|| env.home.as_ref().map(|h| h.join(".npmrc")));
    for file in std::iter::once(env.project.join(".npmrc")).chain(user) {
        let Some(text) = read_optional(&file)? else {
            continue;
        };
        for (key, value) in ini_pairs(&text) {
            let value = expand(&value, env);
            if key == "registry" {
                registry.get_or_insert_with(|| trim(&value));
            } else if let Some(scope) = key.strip_suffix(":registry")
                && scope.starts_with('@')
            {
                scopes
                    .entry(scope.to_string())
                    .or_insert_with(|| trim(&value));
            }
        }
    }
    Ok((registry, scopes))
}

/// `key=value` lines of an npmrc or pip.conf section body; `;`/`#` comments skipped.
fn ini_pairs(text: &str) -> impl Iterator<Item = (String, String)> + '_ {
    text.lines().filter_map(|line| {
        let line = line.trim();
        if line.is_empty() || line.starts_with([';', '#', '[']) {
            return None;
        }
        let (k, v) = line.split_once('=')?;
        let v = v.trim().trim_matches('"');
        Some((k.trim().to_string(), v.to_string()))
    })
}

/// npm expands `${VAR}` in `.npmrc` values.
fn expand(value: &str, env: &Environment) -> String {
    let mut out = String::new();
    let mut rest = value;
    while let Some(start) = rest.find("${") {
        out.push_str(&rest[..start]);
        let Some(end) = rest[start..].find('}') else {
            break;
        };
        out.push_str(env.var(&rest[start + 2..start + end]).unwrap_or(""));
        rest = &rest[start + end + 1..];
    }
    out.push_str(rest);
    out
}

/// pip: `PIP_INDEX_URL`, then `index-url` of the first configuration file that sets it.
fn pip(env: &Environment) -> Result<Option<String>, RegistryError> {
    if let Some(url) = env.var("PIP_INDEX_URL") {
        return Ok(Some(pypi_root(url)));
    }
    let user_file = if cfg!(windows) { "pip.ini" } else { "pip.conf" };
    let files = [
        env.var("PIP_CONFIG_FILE").map(PathBuf::from),
        env.config_dir
            .as_ref()
            .map(|c| c.join("pip").join(user_file)),
        env.home.as_ref().map(|h| h.join(".pip").join("pip.conf")),
    ];
    for file in files.into_iter().flatten() {
        let Some(text) = read_optional(&file)? else {
            continue;
        };
        if let Some(url) = pip_index_url(&file, &text)? {
            return Ok(Some(pypi_root(&url)));
        }
    }
    Ok(None)
}

/// `index-url` of a pip configuration file, parsed as Python's configparser (which pip
/// uses) parses it: `=` or `:` between key and value, `#` and `;` comment lines but no
/// inline comments, indented continuation lines, keys in any case and with `_` for `-`.
/// The `[install]` section, the command's own, wins over `[global]`.
fn pip_index_url(file: &Path, text: &str) -> Result<Option<String>, RegistryError> {
    let mut defaults = configparser::ini::Ini::new().defaults();
    defaults.enable_inline_comments = false;
    defaults.multiline = true;
    let mut ini = configparser::ini::Ini::new_from_defaults(defaults);
    let sections = ini
        .read(text.to_string())
        .map_err(|message| RegistryError::Config {
            path: file.to_path_buf(),
            message,
        })?;
    let index_url = |section: &str| {
        sections.get(section)?.iter().find_map(|(key, value)| {
            (key.replace('_', "-") == "index-url")
                .then(|| value.as_deref().map(str::trim).filter(|v| !v.is_empty()))
                .flatten()
                .map(str::to_string)
        })
    };
    Ok(index_url("install").or_else(|| index_url("global")))
}

/// The JSON API root of a Python index: `…/simple` (or `…/+simple`) less that suffix.
pub(crate) fn pypi_root(index_url: &str) -> String {
    let url = trim(index_url);
    for suffix in ["/simple", "/+simple"] {
        if let Some(root) = url.strip_suffix(suffix) {
            return root.to_string();
        }
    }
    url
}

/// Cargo: the registry `[source.crates-io] replace-with` names, if it is a sparse index.
fn cargo(env: &Environment) -> Result<Option<CratesApi>, RegistryError> {
    let mut files: Vec<PathBuf> = env
        .project
        .ancestors()
        .map(|d| d.join(".cargo").join("config.toml"))
        .collect();
    let cargo_home = env
        .var("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| env.home.as_ref().map(|h| h.join(".cargo")));
    files.extend(cargo_home.map(|h| h.join("config.toml")));
    let mut merged: Vec<(PathBuf, toml::Table)> = Vec::new();
    for file in files {
        if let Some(text) = read_optional(&file)? {
            let table = text
                .parse::<toml::Table>()
                .map_err(|e| RegistryError::Config {
                    path: file.clone(),
                    message: e.to_string().trim_end().to_string(),
                })?;
            merged.push((file, table));
        }
    }
    // The nearest file that says something wins, as in cargo's own merging.
    let lookup = |path: &[&str]| -> Option<String> {
        merged.iter().find_map(|(_, t)| {
            let mut v = t.get(path[0])?;
            for p in &path[1..] {
                v = v.get(p)?;
            }
            v.as_str().map(str::to_string)
        })
    };
    let Some(replacement) = lookup(&["source", "crates-io", "replace-with"]) else {
        return Ok(None);
    };
    let index = lookup(&["source", &replacement, "registry"])
        .or_else(|| lookup(&["registries", &replacement, "index"]));
    Ok(index
        .and_then(|i| i.strip_prefix("sparse+").map(trim))
        .map(CratesApi::SparseIndex))
}

/// The file `go env -w` writes: `GOENV`, else `go/env` in the user's configuration
/// directory (Go's `os.UserConfigDir`).
fn go_env_file(env: &Environment) -> Option<PathBuf> {
    env.var("GOENV")
        .map(PathBuf::from)
        .or_else(|| env.config_dir.as_ref().map(|c| c.join("go").join("env")))
}

/// `GOPROXY` from the environment, else from the `go env -w` file.
fn goproxy(env: &Environment) -> Result<Option<String>, RegistryError> {
    let value = match env.var("GOPROXY") {
        Some(v) => Some(v.to_string()),
        None => match go_env_file(env) {
            Some(f) => read_optional(&f)?.and_then(|text| {
                ini_pairs(&text)
                    .find(|(k, _)| k == "GOPROXY")
                    .map(|(_, v)| v)
            }),
            None => None,
        },
    };
    Ok(value.and_then(|v| first_proxy(&v)))
}

/// `GONOPROXY` (or, when unset, `GOPRIVATE`) from the environment or the `go env -w`
/// file, split into its comma-separated patterns.
fn go_private(env: &Environment) -> Result<Vec<String>, RegistryError> {
    let from_file = |key: &str| -> Result<Option<String>, RegistryError> {
        Ok(match go_env_file(env) {
            Some(f) => read_optional(&f)?
                .and_then(|text| ini_pairs(&text).find(|(k, _)| k == key).map(|(_, v)| v)),
            None => None,
        })
    };
    let mut value = None;
    for key in ["GONOPROXY", "GOPRIVATE"] {
        value = match env.var(key) {
            Some(v) => Some(v.to_string()),
            None => from_file(key)?,
        };
        if value.is_some() {
            break;
        }
    }
    Ok(value
        .unwrap_or_default()
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect())
}

/// Whether `module` matches one of the go command's private patterns: each pattern is a
/// glob matched element by element against a prefix of the module path.
pub(crate) fn is_go_private(patterns: &[String], module: &str) -> bool {
    let elements: Vec<&str> = module.split('/').collect();
    patterns.iter().any(|pattern| {
        let wanted: Vec<&str> = pattern.split('/').collect();
        wanted.len() <= elements.len()
            && wanted.iter().zip(&elements).all(|(glob, element)| {
                globset::Glob::new(glob).is_ok_and(|g| g.compile_matcher().is_match(element))
            })
    })
}

/// The first usable entry of a GOPROXY list (`,` or `|` separated); `direct` or `off`
/// before any URL mean the go command would not ask a proxy first.
pub(crate) fn first_proxy(list: &str) -> Option<String> {
    for entry in list.split([',', '|']).map(str::trim) {
        match entry {
            "" => continue,
            "direct" | "off" => return None,
            url if has_scheme(url, &["https", "http"]) => return Some(trim(url)),
            _ => continue,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(vars: &[(&str, &str)], home: &Path, project: &Path) -> Environment {
        Environment {
            vars: vars
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            home: Some(home.to_path_buf()),
            config_dir: Some(home.join(".config")),
            project: project.to_path_buf(),
        }
    }

    #[test]
    fn nothing_configured_means_no_registry() {
        let dir = tempfile::tempdir().unwrap();
        let r = Registries::discover(
            &RegistriesConfig::default(),
            &env(&[], dir.path(), dir.path()),
        )
        .unwrap();
        assert_eq!(r, Registries::default());
        for e in Ecosystem::ALL {
            assert!(!r.has(e));
        }
    }

    #[test]
    fn npm_environment_beats_project_beats_user_and_scopes_route() {
        let home = tempfile::tempdir().unwrap();
        let project = tempfile::tempdir().unwrap();
        std::fs::write(
            home.path().join(".npmrc"),
            "registry=https://user.invalid/\n@corp:registry=https://corp-user.invalid\n",
        )
        .unwrap();
        std::fs::write(
            project.path().join(".npmrc"),
            "; comment\nregistry = https://project.invalid/npm/\n@corp:registry=${CORP_URL}/x\n",
        )
        .unwrap();
        let e = env(
            &[("CORP_URL", "https://corp.invalid")],
            home.path(),
            project.path(),
        );
        let r = Registries::discover(&RegistriesConfig::default(), &e).unwrap();
        assert_eq!(r.npm.as_deref(), Some("https://project.invalid/npm"));
        assert_eq!(r.npm_for("@corp/a"), Some("https://corp.invalid/x"));
        assert_eq!(r.npm_for("a"), Some("https://project.invalid/npm"));
        let e = env(
            &[("NPM_CONFIG_REGISTRY", "https://env.invalid")],
            home.path(),
            project.path(),
        );
        let r = Registries::discover(&RegistriesConfig::default(), &e).unwrap();
        assert_eq!(r.npm.as_deref(), Some("https://env.invalid"));
        let o = RegistriesConfig {
            npm: Some("https://toml.invalid/".into()),
            ..Default::default()
        };
        assert_eq!(
            Registries::discover(&o, &e).unwrap().npm.as_deref(),
            Some("https://toml.invalid")
        );
    }

    #[test]
    fn pip_index_url_becomes_the_json_root() {
        let home = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(home.path().join(".config/pip")).unwrap();
        std::fs::write(
            home.path().join(".config/pip/pip.conf"),
            "[global]\ntimeout = 5\nindex-url = https://mirror.invalid/api/pypi/simple/\n",
        )
        .unwrap();
        let e = env(&[], home.path(), home.path());
        let r = Registries::discover(&RegistriesConfig::default(), &e).unwrap();
        assert_eq!(r.pypi.as_deref(), Some("https://mirror.invalid/api/pypi"));
        let e = env(
            &[("PIP_INDEX_URL", "https://env.invalid/simple")],
            home.path(),
            home.path(),
        );
        let r = Registries::discover(&RegistriesConfig::default(), &e).unwrap();
        assert_eq!(r.pypi.as_deref(), Some("https://env.invalid"));
    }

    #[test]
    fn pip_conf_is_read_with_configparser_rules() {
        let file = Path::new("pip.conf");
        let url = |text: &str| pip_index_url(file, text).unwrap();
        // `key: value`, a key in capitals with `_`, and a value on a continuation line.
        assert_eq!(
            url("[global]\nIndex_URL: https://a.invalid/simple\n").as_deref(),
            Some("https://a.invalid/simple")
        );
        assert_eq!(
            url("[global]\nindex-url =\n    https://b.invalid/simple\ntimeout = 5\n").as_deref(),
            Some("https://b.invalid/simple")
        );
        // The command's section wins whatever the order; comment lines are not values.
        assert_eq!(
            url("[install]\n# index-url = https://no.invalid\nindex-url = https://i.invalid\n[global]\nindex-url = https://g.invalid\n")
                .as_deref(),
            Some("https://i.invalid")
        );
        assert_eq!(url("[other]\nindex-url = https://o.invalid\n"), None);
    }

    #[test]
    fn go_private_patterns_match_path_prefixes_element_by_element() {
        let patterns = vec!["*.corp.invalid".to_string(), "github.com/acme".to_string()];
        assert!(is_go_private(&patterns, "git.corp.invalid/team/lib"));
        assert!(is_go_private(&patterns, "github.com/acme/tool/v2"));
        assert!(!is_go_private(&patterns, "github.com/acmeish/tool"));
        assert!(!is_go_private(&patterns, "github.com/other/tool"));
    }

    #[test]
    fn goproxy_takes_the_first_url_and_direct_means_none() {
        assert_eq!(
            first_proxy("https://a.invalid/,https://b.invalid"),
            Some("https://a.invalid".into())
        );
        assert_eq!(
            first_proxy("https://a.invalid|direct"),
            Some("https://a.invalid".into())
        );
        assert_eq!(first_proxy("direct"), None);
        assert_eq!(first_proxy("off"), None);
        assert_eq!(first_proxy("direct,https://a.invalid"), None);
    }

    #[test]
    fn cargo_replacement_with_a_sparse_index_and_bad_config_names_the_file() {
        let project = tempfile::tempdir().unwrap();
        let home = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(project.path().join(".cargo")).unwrap();
        let config = project.path().join(".cargo/config.toml");
        std::fs::write(
            &config,
            "[source.crates-io]\nreplace-with = \"mirror\"\n[source.mirror]\nregistry = \"sparse+https://mirror.invalid/index/\"\n",
        )
        .unwrap();
        let e = env(&[], home.path(), project.path());
        let r = Registries::discover(&RegistriesConfig::default(), &e).unwrap();
        assert_eq!(
            r.crates,
            Some(CratesApi::SparseIndex(
                "https://mirror.invalid/index".into()
            ))
        );
        std::fs::write(&config, "[source.crates-io\n").unwrap();
        let err = Registries::discover(&RegistriesConfig::default(), &e).unwrap_err();
        assert!(err.to_string().contains("config.toml"), "{err}");
    }

    #[test]
    fn hosts_of_urls() {
        assert_eq!(
            host("https://user:pw@Reg.invalid:8443/x"),
            Some("reg.invalid".into())
        );
        assert_eq!(host("not a url"), None);
        assert_eq!(
            host("https://evil.invalid\\@registry.invalid/x"),
            Some("evil.invalid".into())
        );
        assert_eq!(host("https://[::1]:8080/x"), Some("::1".into()));
    }
}
