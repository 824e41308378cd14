//! Direct dependencies from the manifest beside a lockfile (package.json, pyproject.toml,
//! Pipfile, go.mod, Cargo.toml), for formats whose lockfile does not say which packages
//! the project asked for itself (npm v1 trees, yarn, poetry, Pipfile.lock, ...).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::model::Format;
use crate::text::{decode, pep503};
use crate::{Ecosystem, Error, Files, Result};

/// Names (normalised like package names) the manifest declares.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Direct {
    pub names: BTreeSet<String>,
    /// The subset declared only for development (devDependencies, dev groups, ...).
    pub dev: BTreeSet<String>,
}

/// The manifest that belongs beside a lockfile of `format`.
pub fn manifest_path(lockfile: &Path, format: Format) -> PathBuf {
    lockfile.with_file_name(manifest_name(format))
}

/// The file name of the manifest beside a lockfile of `format`.
pub fn manifest_name(format: Format) -> &'static str {
    match format {
        Format::PackageLock
        | Format::Shrinkwrap
        | Format::YarnV1
        | Format::YarnBerry
        | Format::Pnpm => "package.json",
        Format::Pipfile => "Pipfile",
        Format::Requirements | Format::Poetry | Format::Uv | Format::Pylock | Format::Pdm => {
            "pyproject.toml"
        }
        Format::GoMod | Format::GoSum | Format::GoWork => "go.mod",
        Format::CargoLock => "Cargo.toml",
    }
}

/// Reads the manifest beside `lockfile`; `Ok(None)` when there is none.
pub fn read_direct(lockfile: &Path, format: Format, files: &dyn Files) -> Result<Option<Direct>> {
    let path = manifest_path(lockfile, format);
    let Some(bytes) = files.read(&path) else {
        return Ok(None);
    };
    let text = decode(&path, &bytes)?;
    let direct = match path.file_name().and_then(|n| n.to_str()) {
        Some("package.json") => package_json(&path, text)?,
        Some("go.mod") => go_mod(&path, text)?,
        Some(_) if format.ecosystem() == Ecosystem::Cargo => cargo_toml(&path, text)?,
        Some(_) => pyproject_or_pipfile(&path, text)?,
        None => return Ok(None),
    };
    Ok(Some(direct))
}

fn package_json(path: &Path, text: &str) -> Result<Direct> {
    let v: serde_json::Value = serde_json::from_str(text).map_err(|e| Error::json(path, &e))?;
    let mut d = Direct::default();
    for (field, dev) in [
        ("dependencies", false),
        ("optionalDependencies", false),
        ("peerDependencies", false),
        ("devDependencies", true),
    ] {
        for (name, spec) in v
            .get(field)
            .and_then(|m| m.as_object())
            .into_iter()
            .flatten()
        {
            // An alias installs the package named after `npm:`.
            let real = spec
                .as_str()
                .and_then(crate::npm::alias_target)
                .map_or(name.as_str(), |(r, _)| r);
            insert(&mut d, real.to_string(), dev);
        }
    }
    Ok(d)
}

fn insert(d: &mut Direct, name: String, dev: bool) {
    if dev {
        if !d.names.contains(&name) {
            d.dev.insert(name.clone());
        }
    } else {
        d.dev.remove(&name);
    }
    d.names.insert(name);
}

fn go_mod(path: &Path, text: &str) -> Result<Direct> {
    let m = crate::go::parse_go_mod(path, text)?;
    Ok(Direct {
        names: m
            .requires
            .into_iter()
            .filter(|r| !r.indirect)
            .map(|r| r.path)
            .collect(),
        dev: BTreeSet::new(),
    })
}

fn cargo_toml(path: &Path, text: &str) -> Result<Direct> {
    let t: toml::Table = toml::from_str(text).map_err(|e| Error::toml(path, text, &e))?;
    let mut d = Direct::default();
    let mut tables: Vec<&toml::Table> = vec![&t];
    tables.extend(t.get("workspace").and_then(toml::Value::as_table));
    tables.extend(
        t.get("target")
            .and_then(toml::Value::as_table)
            .into_iter()
            .flat_map(|m| m.values())
            .filter_map(toml::Value::as_table),
    );
    for table in tables {
        for (field, dev) in [
            ("dependencies", false),
            ("build-dependencies", false),
            ("dev-dependencies", true),
        ] {
            for (name, spec) in table
                .get(field)
                .and_then(toml::Value::as_table)
                .into_iter()
                .flatten()
            {
                // `alias = { package = "real" }` depends on the crate named in `package`.
                let real = spec
                    .get("package")
                    .and_then(toml::Value::as_str)
                    .unwrap_or(name);
                insert(&mut d, real.to_string(), dev);
            }
        }
    }
    Ok(d)
}

/// pyproject.toml (PEP 621 `project`, PEP 735 `dependency-groups`, poetry, pdm and uv
/// tool tables) and Pipfile share TOML and are read by the same walk.
fn pyproject_or_pipfile(path: &Path, text: &str) -> Result<Direct> {
    let t: toml::Table = toml::from_str(text).map_err(|e| Error::toml(path, text, &e))?;
    let mut d = Direct::default();
    let get = |p: &[&str]| -> Option<&toml::Value> {
        let (first, rest) = p.split_first()?;
        rest.iter().try_fold(t.get(*first)?, |v, k| v.get(k))
    };
    let pep508 = |v: Option<&toml::Value>, dev: bool, d: &mut Direct| {
        let strings = v
            .and_then(toml::Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(toml::Value::as_str);
        for name in strings.filter_map(crate::python::pep508_name) {
            insert(d, name, dev);
        }
    };
    pep508(get(&["project", "dependencies"]), false, &mut d);
    for groups in [get(&["project", "optional-dependencies"])] {
        for v in groups
            .and_then(toml::Value::as_table)
            .into_iter()
            .flat_map(|t| t.values())
        {
            pep508(Some(v), false, &mut d);
        }
    }
    for groups in [
        get(&["dependency-groups"]),
        get(&["tool", "pdm", "dev-dependencies"]),
    ] {
        for v in groups
            .and_then(toml::Value::as_table)
            .into_iter()
            .flat_map(|t| t.values())
        {
            pep508(Some(v), true, &mut d);
        }
    }
    pep508(get(&["tool", "uv", "dev-dependencies"]), true, &mut d);
    let keys = |v: Option<&toml::Value>, dev: bool, d: &mut Direct| {
        for name in v
            .and_then(toml::Value::as_table)
            .into_iter()
            .flat_map(|t| t.keys())
            .filter(|k| *k != "python")
        {
            insert(d, pep503(name), dev);
        }
    };
    keys(get(&["tool", "poetry", "dependencies"]), false, &mut d);
    keys(get(&["tool", "poetry", "dev-dependencies"]), true, &mut d);
    for (group, v) in get(&["tool", "poetry", "group"])
        .and_then(toml::Value::as_table)
        .into_iter()
        .flatten()
    {
        keys(v.get("dependencies"), group != "main", &mut d);
    }
    keys(get(&["packages"]), false, &mut d);
    keys(get(&["dev-packages"]), true, &mut d);
    Ok(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(lock: &str, format: Format, manifest: &'static str) -> Direct {
        let files = move |_: &Path| Some(manifest.as_bytes().to_vec());
        read_direct(Path::new(lock), format, &files)
            .unwrap()
            .unwrap()
    }

    #[test]
    fn package_json_aliases_and_dev() {
        let d = read(
            "package-lock.json",
            Format::PackageLock,
            r#"{"dependencies": {"a": "1", "x": "npm:real@2"}, "devDependencies": {"t": "1", "a": "1"}}"#,
        );
        assert_eq!(
            d.names.iter().map(String::as_str).collect::<Vec<_>>(),
            ["a", "real", "t"]
        );
        assert_eq!(d.dev.iter().map(String::as_str).collect::<Vec<_>>(), ["t"]);
    }

    #[test]
    fn pyproject_every_table() {
        let d = read(
            "poetry.lock",
            Format::Poetry,
            "[project]\ndependencies = [\"Requests[socks]>=2\"]\n[dependency-groups]\ndev = [\"pytest>=8\", {include-group = \"x\"}]\n[tool.poetry.dependencies]\npython = \"^3.9\"\nZope_Interface = \"*\"\n[tool.poetry.group.docs.dependencies]\nmkdocs = \"*\"\n",
        );
        assert_eq!(
            d.names.iter().map(String::as_str).collect::<Vec<_>>(),
            ["mkdocs", "pytest", "requests", "zope-interface"]
        );
        assert!(
            d.dev.contains("pytest") && d.dev.contains("mkdocs") && !d.dev.contains("requests")
        );
    }

    #[test]
    fn cargo_toml_renames_and_targets() {
        let d = read(
            "Cargo.lock",
            Format::CargoLock,
            "[dependencies]\nfoo = { package = \"real-foo\", version = \"1\" }\n[target.'cfg(windows)'.dependencies]\nwinapi = \"0.3\"\n[dev-dependencies]\ntempfile = \"3\"\n",
        );
        assert_eq!(d.names.len(), 3);
        assert!(d.names.contains("real-foo") && d.dev.contains("tempfile"));
    }
}
