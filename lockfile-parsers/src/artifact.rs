//! What a registry file's URL or name says it is.
//!
//! A lockfile entry names a package and a version, and separately records where its bytes
//! come from: npm's `resolved` tarball URL (pnpm's `tarball`, yarn berry's
//! `__archiveUrl`), a Python lock's sdist and wheel URLs or file names. The package manager
//! installs what that location holds, not what the entry's name says, so an entry
//! `is-number@7.0.0` whose `resolved` is another package's tarball installs the other
//! package. Registries put the package's identity into these locations by layout, and this
//! module reads it back, so the gate can compare the two:
//!
//! - npm registries (and the mirrors and proxies that serve the same API) name tarballs
//!   `<registry>/<name>/-/<basename>-<version>.tgz`, the scope of a scoped name either as
//!   its own path segment (`/@scope/name/-/name-1.0.0.tgz`) or encoded into one
//!   (`/@scope%2fname/-/name-1.0.0.tgz`);
//! - Python distribution files carry the distribution's name and version in the file name:
//!   wheels `{name}-{version}(-{build})?-{python}-{abi}-{platform}.whl` (PEP 427, name
//!   normalised with `_`), source distributions `{name}-{version}.tar.gz` (PEP 625; older
//!   ones `.zip`, `.tar.bz2`, ..., and names that kept their dashes).
//!
//! URLs are read with the `url` crate, as WHATWG URL parsing (which package managers
//! follow) reads them: dot segments resolved, `\` as `/`, percent escapes decoded per
//! segment, so `/is-number/-/../../evil/-/evil-1.0.0.tgz` names `evil`.

use std::cmp::Ordering;

use crate::text::pep503;
use crate::version;
use crate::{Ecosystem, Package, Source};

/// What a location names, when it can be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Named {
    /// The package and version the layout puts there.
    Package { name: String, version: String },
    /// A Python source distribution whose name and version cannot be split without
    /// knowing the name (legacy names kept their dashes): the file's stem.
    Stem(String),
}

/// A recorded location that does not name the entry it belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mismatch {
    /// The URL or file name as the lockfile writes it.
    pub location: String,
    /// What it names instead, when that can be read (`None`: it follows no registry
    /// layout tollgate knows, so the entry cannot be verified).
    pub names: Option<Named>,
}

/// Every recorded registry location of `package` that names another package or version:
/// its registry tarball URL (npm), its distribution files (Python). Empty when each one
/// names the entry, or when the lockfile records none.
pub fn mismatches(package: &Package) -> Vec<Mismatch> {
    let Some(version) = package.version.as_deref() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if let (Ecosystem::Npm, Source::Registry { url: Some(url) }) =
        (package.ecosystem, &package.source)
    {
        let names = npm_tarball(url);
        let same = matches!(&names, Some(Named::Package { name, version: v })
            if *name == package.name && v == version);
        if !same {
            out.push(Mismatch {
                location: url.clone(),
                names,
            });
        }
    }
    if package.ecosystem == Ecosystem::PyPI && package.source.is_registry() {
        for file in &package.files {
            let names = python_file(file);
            if !python_names(&names, &package.name, version) {
                out.push(Mismatch {
                    location: file.clone(),
                    names,
                });
            }
        }
    }
    out
}

/// The package and version an npm registry tarball URL names, or `None` when the URL does
/// not follow the registry layout (or cannot be parsed).
pub fn npm_tarball(url: &str) -> Option<Named> {
    let parsed = url::Url::parse(url.trim()).ok()?;
    let segments: Vec<String> = parsed.path_segments()?.map(percent_decode).collect();
    let (file, rest) = segments.split_last()?;
    let (dash, rest) = rest.split_last()?;
    let (name, rest) = rest.split_last()?;
    if dash != "-" {
        return None;
    }
    let full = match rest.last() {
        // `@scope%2fname` decodes to the whole scoped name by itself.
        Some(scope) if scope.starts_with('@') && !name.starts_with('@') => {
            format!("{scope}/{name}")
        }
        _ => name.clone(),
    };
    let basename = full.rsplit('/').next().unwrap_or(&full);
    let version = file
        .strip_suffix(".tgz")?
        .strip_prefix(basename)?
        .strip_prefix('-')?;
    (!version.is_empty()).then(|| Named::Package {
        name: full.clone(),
        version: version.to_string(),
    })
}

/// The Python distribution a file (a URL or a bare file name) is, or `None` when its name
/// is not a wheel's or a source distribution's.
pub fn python_file(location: &str) -> Option<Named> {
    let file = file_name(location);
    if let Some(stem) = file.strip_suffix(".whl") {
        let parts: Vec<&str> = stem.split('-').collect();
        return match parts.as_slice() {
            [name, version, _, _, _] | [name, version, _, _, _, _] => Some(Named::Package {
                name: pep503(name),
                version: version.to_string(),
            }),
            _ => None,
        };
    }
    let stem = [".tar.gz", ".tar.bz2", ".tar.xz", ".tgz", ".tar", ".zip"]
        .iter()
        .find_map(|ext| file.strip_suffix(ext))?;
    Some(Named::Stem(stem.to_string()))
}

/// Whether a Python distribution file names `name` at `version` (PEP 503 names, PEP 440
/// version equality, so `1.0` and `1.0.0` are one version).
fn python_names(named: &Option<Named>, name: &str, version: &str) -> bool {
    let same_version = |v: &str| {
        v == version || version::compare(Ecosystem::PyPI, v, version) == Some(Ordering::Equal)
    };
    match named {
        Some(Named::Package {
            name: n,
            version: v,
        }) => pep503(n) == pep503(name) && same_version(v),
        // A stem splits into name and version at one of its dashes; legacy sdists kept
        // the dashes of their names (`python-dateutil-2.8.2`), so every split is tried.
        Some(Named::Stem(stem)) => stem.match_indices('-').any(|(i, _)| {
            let (n, v) = (&stem[..i], &stem[i + 1..]);
            pep503(n) == pep503(name) && same_version(v)
        }),
        None => false,
    }
}

/// The last path segment of a URL (percent-decoded), or the string itself when it is a
/// bare file name.
fn file_name(location: &str) -> String {
    match url::Url::parse(location.trim()) {
        Ok(url) => url
            .path_segments()
            .and_then(|mut s| s.next_back())
            .map(percent_decode)
            .unwrap_or_default(),
        Err(_) => location
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or(location)
            .to_string(),
    }
}

/// Decodes the `%XX` escapes of one path segment; a segment that does not decode to UTF-8
/// stays as written (it then matches no package name).
fn percent_decode(segment: &str) -> String {
    percent_encoding::percent_decode_str(segment)
        .decode_utf8()
        .map_or_else(|_| segment.to_string(), |s| s.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn npm(name: &str, version: &str) -> Option<Named> {
        Some(Named::Package {
            name: name.into(),
            version: version.into(),
        })
    }

    #[test]
    fn npm_tarball_layouts() {
        let r = "https://registry.invalid";
        assert_eq!(
            npm_tarball(&format!("{r}/is-number/-/is-number-7.0.0.tgz")),
            npm("is-number", "7.0.0")
        );
        assert_eq!(
            npm_tarball(&format!(
                "{r}/@babel/code-frame/-/code-frame-7.12.11.tgz#f4ad435a"
            )),
            npm("@babel/code-frame", "7.12.11")
        );
        assert_eq!(
            npm_tarball(&format!("{r}/@babel%2fcore/-/core-7.0.0.tgz")),
            npm("@babel/core", "7.0.0")
        );
        assert_eq!(
            npm_tarball(&format!(
                "{r}/api/npm/remote/left-pad/-/left-pad-1.3.0-rc.1.tgz"
            )),
            npm("left-pad", "1.3.0-rc.1"),
            "a registry under a path prefix"
        );
        // Dot segments resolve before the layout is read, as the package manager's URL
        // parser resolves them.
        assert_eq!(
            npm_tarball(&format!(
                "{r}/is-number/-/%2e%2e/../0-dns/-/0-dns-1.0.0.tgz"
            )),
            npm("0-dns", "1.0.0")
        );
        assert_eq!(
            npm_tarball(&format!("{r}/is-number/-/other-7.0.0.tgz")),
            None
        );
        assert_eq!(npm_tarball(&format!("{r}/files/is-number-7.0.0.tgz")), None);
        assert_eq!(npm_tarball("not a url/-/x-1.tgz"), None);
    }

    #[test]
    fn python_file_names() {
        assert_eq!(
            python_file(
                "https://files.invalid/packages/ab/cd/Flask_Caching-2.0.1-py3-none-any.whl"
            ),
            Some(Named::Package {
                name: "flask-caching".into(),
                version: "2.0.1".into()
            })
        );
        assert_eq!(
            python_file("python-dateutil-2.8.2.tar.gz"),
            Some(Named::Stem("python-dateutil-2.8.2".into()))
        );
        assert_eq!(python_file("README.md"), None);
        let ok =
            |file: &str, name: &str, version: &str| python_names(&python_file(file), name, version);
        assert!(ok(
            "python-dateutil-2.8.2.tar.gz",
            "python-dateutil",
            "2.8.2"
        ));
        assert!(ok(
            "torch-2.1.0+cpu-cp311-cp311-linux_x86_64.whl",
            "torch",
            "2.1.0+cpu"
        ));
        assert!(
            ok("zope.interface-6.0.tar.gz", "zope-interface", "6.0.0"),
            "PEP 440 equality"
        );
        assert!(!ok("adad-1.0-py3-none-any.whl", "requests", "1.0"));
        assert!(!ok("requests-2.31.0.tar.gz", "requests", "2.32.0"));
    }

    #[test]
    fn a_package_whose_tarball_is_another_package_is_a_mismatch() {
        let mut p = Package::new(Ecosystem::Npm, "is-number", Some("7.0.0".into()));
        p.source = Source::Registry {
            url: Some("https://r.invalid/0-dns/-/0-dns-1.0.0.tgz".into()),
        };
        assert_eq!(
            mismatches(&p),
            [Mismatch {
                location: "https://r.invalid/0-dns/-/0-dns-1.0.0.tgz".into(),
                names: npm("0-dns", "1.0.0"),
            }]
        );
        p.source = Source::Registry {
            url: Some("https://r.invalid/is-number/-/is-number-7.0.0.tgz".into()),
        };
        assert!(mismatches(&p).is_empty());
        p.source = Source::Registry { url: None };
        assert!(
            mismatches(&p).is_empty(),
            "nothing recorded, nothing to compare"
        );
    }
}
