//! Every lockfile shape in `corpus/lockfiles/shapes` (see its README for where each was seen)
//! parses, and every package comes out with the name, version and source kind its package
//! manager gives it: registry packages as registry, git and URL packages as such (never
//! looked up in a registry), directories and workspace members as local.

use std::path::{Path, PathBuf};

use lockfile_parsers::{Lockfile, Package, Source, parse_file};

fn shape(case: &str, file: &str) -> Lockfile {
    let path: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../corpus/lockfiles/shapes")
        .join(case)
        .join(file);
    parse_file(&path).unwrap_or_else(|e| panic!("{e}"))
}

fn kind(s: &Source) -> &'static str {
    match s {
        Source::Registry { .. } => "registry",
        Source::Git { .. } => "git",
        Source::Url { .. } => "url",
        Source::Path { .. } => "path",
        Source::Workspace { .. } => "workspace",
    }
}

/// `(name, version, source kind)` of every package, sorted.
fn summary(lock: &Lockfile) -> Vec<(String, Option<String>, &'static str)> {
    let mut out: Vec<_> = lock
        .packages
        .iter()
        .map(|p| (p.name.clone(), p.version.clone(), kind(&p.source)))
        .collect();
    out.sort();
    out
}

fn row(
    name: &str,
    version: Option<&str>,
    kind: &'static str,
) -> (String, Option<String>, &'static str) {
    (name.to_string(), version.map(str::to_string), kind)
}

fn find<'a>(lock: &'a Lockfile, name: &str) -> &'a Package {
    lock.packages
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("{name} missing"))
}

#[test]
fn pnpm_11_env_document_packages_are_dependencies_too() {
    let lock = shape("pnpm11-two-documents", "pnpm-lock.yaml");
    assert_eq!(lock.version.as_deref(), Some("9.0"));
    assert_eq!(
        summary(&lock),
        vec![
            row("@acme/pnpm-plugin", Some("1.2.0"), "registry"),
            row("@pnpm/exe.linux-x64", Some("12.0.0"), "registry"),
            row("is-number", Some("7.0.0"), "registry"),
            row("node", Some("26.7.0"), "url"),
            row("pnpm", Some("12.0.0"), "registry"),
        ]
    );
    let pnpm = find(&lock, "pnpm");
    assert_eq!((pnpm.direct, pnpm.dev), (Some(true), Some(false)));
    assert_eq!(find(&lock, "@acme/pnpm-plugin").direct, Some(true));
    let exe = find(&lock, "@pnpm/exe.linux-x64");
    assert_eq!((exe.direct, exe.dev), (Some(false), Some(false)));
    assert_eq!(find(&lock, "is-number").dev, Some(false));
    assert_eq!(find(&lock, "node").dev, Some(true));
}

#[test]
fn pnpm_9_tarball_and_git_entries_take_their_version_field() {
    let lock = shape("pnpm9-locations", "pnpm-lock.yaml");
    assert_eq!(
        summary(&lock),
        vec![
            row("git-dep", Some("2.0.0"), "git"),
            row("injected", None, "path"),
            row("is-number", Some("7.0.0"), "registry"),
            row("left-pad", Some("1.3.0"), "registry"),
            row("local-tgz", Some("0.1.0"), "path"),
            row("tar-dep", Some("1.4.2"), "url"),
        ]
    );
    for direct in ["git-dep", "tar-dep", "local-tgz", "left-pad", "injected"] {
        assert_eq!(find(&lock, direct).direct, Some(true), "{direct}");
    }
    assert!(matches!(
        &find(&lock, "git-dep").source,
        Source::Git { commit: Some(c), .. } if c.starts_with("89abcdef")
    ));
    // Declared by the linked workspace member: every importer's dependencies are direct.
    assert_eq!(find(&lock, "is-number").direct, Some(true));
}

#[test]
fn pnpm_6_directory_packages_have_a_name_and_no_version() {
    let lock = shape("pnpm6-directories", "pnpm-lock.yaml");
    assert_eq!(
        summary(&lock),
        vec![
            row("@acme/lib", None, "path"),
            row("@acme/tool", None, "path"),
            row("@types/node", Some("20.17.19"), "registry"),
            row("tarball-dep", Some("3.1.0"), "url"),
            row("undici-types", Some("6.19.8"), "registry"),
        ]
    );
    let tool = find(&lock, "@acme/tool");
    assert!(matches!(&tool.source, Source::Path { path } if path == "../../apps/tool"));
    assert!(tool.dependencies.iter().any(|d| d.name == "@acme/lib"));
    assert_eq!(find(&lock, "tarball-dep").direct, Some(true));
}

#[test]
fn pnpm_5_location_keys_keep_underscores_and_drop_peer_suffixes() {
    let lock = shape("pnpm5-locations", "pnpm-lock.yaml");
    assert_eq!(
        summary(&lock),
        vec![
            row("gh-dep", Some("2.3.4"), "url"),
            row("is-number", Some("7.0.0"), "registry"),
            row("my_lib", Some("0.0.1"), "path"),
        ]
    );
    assert!(
        lock.packages.iter().all(|p| p.direct == Some(true)),
        "all three are declared by the root importer"
    );
}

#[test]
fn an_empty_pnpm_lockfile_is_no_lockfile() {
    let lock = shape("pnpm-empty", "pnpm-lock.yaml");
    assert!(lock.packages.is_empty());
    assert_eq!(lock.version, None);
}

#[test]
fn npm_v1_locations_written_as_versions() {
    let lock = shape("npm-v1-locations", "package-lock.json");
    let s = summary(&lock);
    assert_eq!(s.len(), 5);
    assert_eq!(kind(&find(&lock, "is-number").source), "registry");
    assert_eq!(kind(&find(&lock, "local-lib").source), "path");
    assert_eq!(kind(&find(&lock, "tap-render").source), "git");
    assert_eq!(kind(&find(&lock, "tarball-dep").source), "url");
    assert_eq!(kind(&find(&lock, "vendored").source), "path");
}

#[test]
fn npm_v3_links_workspaces_git_and_tarballs() {
    let lock = shape("npm-v3-locations", "package-lock.json");
    let by_kind = |k: &str| {
        let mut names: Vec<_> = lock
            .packages
            .iter()
            .filter(|p| kind(&p.source) == k)
            .map(|p| p.name.as_str())
            .collect();
        names.sort();
        names
    };
    assert_eq!(by_kind("registry"), ["is-number"]);
    assert_eq!(by_kind("git"), ["git-dep"]);
    assert_eq!(by_kind("url"), ["tarball-dep"]);
    assert_eq!(by_kind("path"), ["vendored"]);
    assert_eq!(
        by_kind("workspace"),
        ["@acme/ws-a", "@acme/ws-a", "libs/local-lib", "local-lib"]
    );
}

#[test]
fn yarn_v1_file_link_git_and_tarball_specs() {
    let lock = shape("yarn-v1-locations", "yarn.lock");
    assert_eq!(
        summary(&lock),
        vec![
            row("git-dep", Some("2.0.0"), "git"),
            row("is-number", Some("7.0.0"), "registry"),
            row("linked", Some("0.0.0"), "path"),
            row("local-lib", Some("0.1.0"), "path"),
            row("tarball-dep", Some("1.2.0"), "url"),
        ]
    );
}

#[test]
fn yarn_berry_protocols() {
    let lock = shape("yarn-berry-protocols", "yarn.lock");
    assert_eq!(
        summary(&lock),
        vec![
            row("app", Some("0.0.0-use.local"), "workspace"),
            row("exec-dep", Some("0.0.0"), "path"),
            row("file-dep", Some("1.0.0"), "path"),
            row("git-dep", Some("2.0.0"), "git"),
            row("is-number", Some("7.0.0"), "registry"),
            row("is-number", Some("7.0.0"), "registry"),
            row("link-dep", Some("0.0.0-use.local"), "path"),
            row("portal-dep", Some("0.0.0-use.local"), "path"),
            row("tarball-dep", Some("1.2.0"), "url"),
            row("ws-lib", Some("0.0.0-use.local"), "workspace"),
        ]
    );
}

#[test]
fn poetry_directory_file_git_and_url_sources() {
    let lock = shape("poetry-sources", "poetry.lock");
    assert_eq!(
        summary(&lock),
        vec![
            row("editable-lib", Some("0.1.0"), "path"),
            row("git-lib", Some("2.0.0"), "git"),
            row("idna", Some("3.10"), "registry"),
            row("url-lib", Some("1.0.0"), "url"),
            row("wheel-file", Some("0.2.0"), "path"),
        ]
    );
}

#[test]
fn uv_virtual_editable_directory_path_git_and_url_sources() {
    let lock = shape("uv-sources", "uv.lock");
    assert_eq!(
        summary(&lock),
        vec![
            row("app", Some("0.1.0"), "workspace"),
            row("dir-lib", Some("0.3.0"), "path"),
            row("git-lib", Some("2.0.0"), "git"),
            row("idna", Some("3.10"), "registry"),
            row("member", Some("0.2.0"), "workspace"),
            row("path-wheel", Some("0.4.0"), "path"),
            row("url-lib", Some("1.0.0"), "url"),
        ]
    );
    assert_eq!(find(&lock, "idna").direct, Some(true));
}

#[test]
fn pdm_lock_versions_before_4() {
    let old = shape("pdm-0x", "pdm.lock");
    assert_eq!(old.version, None);
    let pytest = find(&old, "pytest");
    assert_eq!(pytest.dev, Some(true));
    assert!(
        pytest
            .integrity
            .as_deref()
            .unwrap()
            .starts_with("sha256:e41d")
    );
    assert_eq!(find(&old, "requests").dependencies.len(), 2);

    let v2 = shape("pdm-2", "pdm.lock");
    assert_eq!(v2.version.as_deref(), Some("2"));
    assert_eq!(find(&v2, "click").dev, Some(false), "in default and dev");
    assert_eq!(kind(&find(&v2, "editable-lib").source), "path");
    assert!(
        find(&v2, "click")
            .integrity
            .as_deref()
            .unwrap()
            .contains(' ')
    );

    let v3 = shape("pdm-3", "pdm.lock");
    assert_eq!(v3.version.as_deref(), Some("3"));
    assert_eq!(find(&v3, "click").dependencies[0].name, "colorama");
    assert_eq!(kind(&find(&v3, "git-lib").source), "git");
    assert!(find(&v3, "colorama").integrity.is_some());

    let v31 = shape("pdm-3.1", "pdm.lock");
    assert_eq!(v31.version.as_deref(), Some("3.1"));
    assert_eq!(kind(&find(&v31, "url-lib").source), "url");
    assert!(find(&v31, "atoml").integrity.is_some());
}

#[test]
fn pipfile_lock_2017_string_entries_and_single_hash() {
    let lock = shape("pipfile-2017", "Pipfile.lock");
    assert_eq!(lock.version, None, "no pipfile-spec");
    assert_eq!(
        summary(&lock),
        vec![
            row("crayons", Some("0.1.1"), "registry"),
            row("delegator-py", Some("0.0.3"), "registry"),
            row("pytest", Some("3.0.5"), "registry"),
            row("requests", Some("2.13.0"), "registry"),
        ]
    );
    assert!(find(&lock, "requests").integrity.is_some());
    assert_eq!(find(&lock, "pytest").dev, Some(true));
}

#[test]
fn pylock_upload_time_written_as_a_string() {
    let lock = shape("pylock-quoted-upload-time", "pylock.toml");
    assert_eq!(
        find(&lock, "idna").published.as_deref(),
        Some("2024-09-15T18:07:37.964000+00:00")
    );
    assert_eq!(kind(&find(&lock, "local-lib").source), "path");
    assert_eq!(kind(&find(&lock, "url-lib").source), "url");
}

#[test]
fn go_replace_with_a_local_directory_is_a_path_package() {
    let lock = shape("go-replace-local", "go.sum");
    assert_eq!(
        summary(&lock),
        vec![
            row(
                "example.invalid/app/internal/tools",
                Some("v0.0.0-00010101000000-000000000000"),
                "path"
            ),
            row("golang.org/x/text", Some("v0.14.0"), "registry"),
        ]
    );
}
