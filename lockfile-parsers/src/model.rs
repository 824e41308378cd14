//! The one package model every parser produces, so the diff and the checks never care
//! which lockfile format a package came from.

use std::path::PathBuf;

use crate::Ecosystem;

/// Where a package's bytes come from. The checks need this to know which packages live in
/// a registry's namespace: a local or git package that shares a name with a malicious
/// registry package is not that package.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Source {
    /// A package registry. `url` is the registry or tarball URL when the lockfile records
    /// one; `None` means the ecosystem's default registry (the lockfile did not say).
    Registry { url: Option<String> },
    /// A git repository, with the resolved commit when the lockfile pins one.
    Git { url: String, commit: Option<String> },
    /// A tarball or archive fetched from a URL that is not a registry's package URL.
    Url { url: String },
    /// A directory or archive on the local disk, relative to the lockfile as written.
    Path { path: String },
    /// A member of the project's own workspace, or a link to one.
    Workspace { path: Option<String> },
}

impl Source {
    /// True for packages that never come from a registry's namespace.
    pub fn is_local(&self) -> bool {
        matches!(self, Source::Path { .. } | Source::Workspace { .. })
    }

    /// True for packages resolved from a registry.
    pub fn is_registry(&self) -> bool {
        matches!(self, Source::Registry { .. })
    }
}

/// One dependency edge: the name a package depends on and the requirement or resolved
/// version the lockfile records for it (whichever the format writes).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Dependency {
    pub name: String,
    pub req: Option<String>,
}

/// One package of a lockfile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Package {
    pub ecosystem: Ecosystem,
    /// Normalised the ecosystem's way: PEP 503 for Python, the real (not alias) name with
    /// its scope for npm, the module path for Go.
    pub name: String,
    /// Exactly as the ecosystem writes it; `None` where the format allows an unpinned or
    /// versionless entry (requirements without `==`, dynamic uv workspace members).
    pub version: Option<String>,
    /// The requirement as written when the entry is not pinned (requirements.txt `>=1.0`),
    /// so an unpinned line is reported rather than dropped.
    pub specifier: Option<String>,
    pub source: Source,
    /// Integrity hash or checksum as the format writes it (npm SRI, `h1:`, sha256 hex;
    /// several Python file hashes are kept sorted and space-separated).
    pub integrity: Option<String>,
    /// Direct dependency of the project; `None` when the lockfile alone cannot say.
    pub direct: Option<bool>,
    pub dev: Option<bool>,
    pub optional: Option<bool>,
    /// The registry files the lockfile pins for this version, as it writes them: sdist and
    /// wheel URLs (uv, pylock) or file names (poetry, pdm). Their names say which
    /// distribution and version they are (`artifact::mismatches`). npm's one tarball URL is
    /// the `Registry` source's `url`.
    pub files: Vec<String>,
    /// npm `hasInstallScript` / pnpm `requiresBuild`.
    pub has_install_script: bool,
    /// Publish or upload time when the lockfile records one (uv `upload-time`, pnpm `time`).
    pub published: Option<String>,
    /// The module this one stands in for (Go `replace old => fork v`): the code comes from
    /// somewhere other than the name the project asked for.
    pub replaces: Option<String>,
    pub dependencies: Vec<Dependency>,
}

impl Package {
    /// A registry package with nothing but a name and version known; parsers fill in the
    /// rest field by field.
    pub fn new(ecosystem: Ecosystem, name: impl Into<String>, version: Option<String>) -> Self {
        Package {
            ecosystem,
            name: name.into(),
            version,
            specifier: None,
            source: Source::Registry { url: None },
            integrity: None,
            direct: None,
            dev: None,
            optional: None,
            files: Vec::new(),
            has_install_script: false,
            published: None,
            replaces: None,
            dependencies: Vec::new(),
        }
    }
}

/// Every lockfile format this crate reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Format {
    PackageLock,
    Shrinkwrap,
    YarnV1,
    YarnBerry,
    Pnpm,
    Requirements,
    Poetry,
    Uv,
    Pylock,
    Pipfile,
    Pdm,
    GoMod,
    GoSum,
    GoWork,
    CargoLock,
}

impl Format {
    /// Every format, for callers that ask a question of all of them.
    pub const ALL: [Format; 15] = [
        Format::PackageLock,
        Format::Shrinkwrap,
        Format::YarnV1,
        Format::YarnBerry,
        Format::Pnpm,
        Format::Requirements,
        Format::Poetry,
        Format::Uv,
        Format::Pylock,
        Format::Pipfile,
        Format::Pdm,
        Format::GoMod,
        Format::GoSum,
        Format::GoWork,
        Format::CargoLock,
    ];

    pub fn ecosystem(self) -> Ecosystem {
        use Format::*;
        match self {
            PackageLock | Shrinkwrap | YarnV1 | YarnBerry | Pnpm => Ecosystem::Npm,
            Requirements | Poetry | Uv | Pylock | Pipfile | Pdm => Ecosystem::PyPI,
            GoMod | GoSum | GoWork => Ecosystem::Go,
            CargoLock => Ecosystem::Cargo,
        }
    }

    pub fn as_str(self) -> &'static str {
        use Format::*;
        match self {
            PackageLock => "package-lock.json",
            Shrinkwrap => "npm-shrinkwrap.json",
            YarnV1 => "yarn.lock v1",
            YarnBerry => "yarn.lock berry",
            Pnpm => "pnpm-lock.yaml",
            Requirements => "requirements.txt",
            Poetry => "poetry.lock",
            Uv => "uv.lock",
            Pylock => "pylock.toml",
            Pipfile => "Pipfile.lock",
            Pdm => "pdm.lock",
            GoMod => "go.mod",
            GoSum => "go.sum",
            GoWork => "go.work",
            CargoLock => "Cargo.lock",
        }
    }
}

/// A parsed lockfile. `version` is the format's own version marker when it has one
/// (`lockfileVersion`, `__metadata.version`, `lock-version`, ...), kept for reports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lockfile {
    pub path: PathBuf,
    pub format: Format,
    pub version: Option<String>,
    pub packages: Vec<Package>,
}
