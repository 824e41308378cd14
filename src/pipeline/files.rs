//! The one list of CI/CD definition files: which paths the pipeline checks read, and which
//! paths CODEOWNERS must cover. It sits beside lockfile-parsers' list of dependency files
//! (`is_dependency_file`), which it uses for the latter, and every caller (the change
//! review, the tree audit, the scan of a change set) asks here, so the lists cannot drift
//! apart.

/// What kind of CI/CD definition a file is; each kind has its reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum FileKind {
    /// `.github/workflows/*.yml`: GitHub reads only that directory, not below it.
    Workflow,
    /// `action.yml` of a local or composite action, anywhere.
    Action,
    /// `.gitlab-ci.yml`, `*.gitlab-ci.yml`, files under `.gitlab/ci/`, and the root file's
    /// local includes.
    GitlabCi,
    /// `Dockerfile`, `Dockerfile.*`, `*.Dockerfile`, `Containerfile`.
    Dockerfile,
    /// `docker-compose*.yml`, `compose*.yaml`.
    Compose,
    /// `.pre-commit-config.yaml`.
    PreCommit,
    /// `CODEOWNERS` in the root, `.github/`, `.gitlab/` or `docs/`.
    Codeowners,
}

/// Where GitHub and GitLab look for CODEOWNERS, in GitHub's order of precedence: the first
/// that exists is the one in force.
pub(crate) const CODEOWNERS_PATHS: &[&str] = &[
    ".github/CODEOWNERS",
    "CODEOWNERS",
    "docs/CODEOWNERS",
    ".gitlab/CODEOWNERS",
];

/// Folders of infrastructure code whose owners a review must include.
pub(crate) const IAC_FOLDERS: &[&str] = &["terraform", "pulumi"];

/// The root GitLab file, whose `include: local:` entries are GitLab files too.
pub(crate) const GITLAB_ROOT: &str = ".gitlab-ci.yml";

fn is_yaml(name: &str) -> bool {
    name.ends_with(".yml") || name.ends_with(".yaml")
}

/// The kind of `path` (repository-relative, `/`-separated) by its name alone.
pub(crate) fn kind_of(path: &str) -> Option<FileKind> {
    let (dir, name) = match path.rsplit_once('/') {
        Some((dir, name)) => (dir, name),
        None => ("", path),
    };
    let lower = name.to_ascii_lowercase();
    Some(if dir == ".github/workflows" && is_yaml(name) {
        FileKind::Workflow
    } else if name == "action.yml" || name == "action.yaml" {
        FileKind::Action
    } else if name == GITLAB_ROOT
        || name.ends_with(".gitlab-ci.yml")
        || (is_yaml(name) && (dir == ".gitlab/ci" || dir.starts_with(".gitlab/ci/")))
    {
        FileKind::GitlabCi
    } else if lower == "dockerfile"
        || lower.starts_with("dockerfile.")
        || lower.ends_with(".dockerfile")
        || lower == "containerfile"
        || lower.starts_with("containerfile.")
    {
        FileKind::Dockerfile
    } else if is_yaml(name) && (name.starts_with("docker-compose") || name.starts_with("compose")) {
        FileKind::Compose
    } else if name == ".pre-commit-config.yaml" || name == ".pre-commit-config.yml" {
        FileKind::PreCommit
    } else if name == "CODEOWNERS" && CODEOWNERS_PATHS.contains(&path) {
        FileKind::Codeowners
    } else {
        return None;
    })
}

/// Recognises pipeline files, including the local includes of a repository's root
/// `.gitlab-ci.yml` (which may have any name).
#[derive(Clone, Debug, Default)]
pub(crate) struct Recognizer {
    gitlab_includes: Option<globset::GlobSet>,
}

impl Recognizer {
    /// A recogniser that also knows these local include patterns (GitLab's own glob
    /// syntax: `*` within a directory, `**` across them; a leading `/` is the root).
    pub fn with_gitlab_includes(patterns: &[String]) -> Recognizer {
        let mut set = globset::GlobSetBuilder::new();
        let mut any = false;
        for pattern in patterns {
            let pattern = pattern.trim_start_matches('/');
            if let Ok(glob) = globset::GlobBuilder::new(pattern)
                .literal_separator(true)
                .build()
            {
                set.add(glob);
                any = true;
            }
        }
        Recognizer {
            gitlab_includes: any.then(|| set.build().ok()).flatten(),
        }
    }

    pub fn kind_of(&self, path: &str) -> Option<FileKind> {
        kind_of(path).or_else(|| {
            let included = self
                .gitlab_includes
                .as_ref()
                .is_some_and(|set| is_yaml(path) && set.is_match(path));
            included.then_some(FileKind::GitlabCi)
        })
    }
}

/// Whether CODEOWNERS should cover `path`: CI definitions, Dockerfiles, dependency
/// manifests and lockfiles. (Files in IaC folders are covered folder by folder, see
/// [`iac_folder`].)
pub(crate) fn needs_owner(path: &str) -> bool {
    matches!(
        kind_of(path),
        Some(FileKind::Workflow | FileKind::Action | FileKind::GitlabCi | FileKind::Dockerfile)
    ) || lockfile_parsers::is_dependency_file(std::path::Path::new(path))
}

/// The IaC folder `path` lies in (`infra/terraform` for `infra/terraform/main.tf`), if any.
pub(crate) fn iac_folder(path: &str) -> Option<&str> {
    let mut end = 0;
    for component in path.split('/') {
        end += component.len();
        if end < path.len() && IAC_FOLDERS.contains(&component) {
            return Some(&path[..end]);
        }
        end += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_decide_the_kind() {
        let cases = [
            (".github/workflows/ci.yml", Some(FileKind::Workflow)),
            (".github/workflows/release.yaml", Some(FileKind::Workflow)),
            (".github/workflows/sub/ci.yml", None),
            (".github/workflows/README.md", None),
            ("action.yml", Some(FileKind::Action)),
            (".github/actions/setup/action.yaml", Some(FileKind::Action)),
            (".gitlab-ci.yml", Some(FileKind::GitlabCi)),
            ("ci/deploy.gitlab-ci.yml", Some(FileKind::GitlabCi)),
            (".gitlab/ci/build.yml", Some(FileKind::GitlabCi)),
            ("Dockerfile", Some(FileKind::Dockerfile)),
            ("docker/Dockerfile.dev", Some(FileKind::Dockerfile)),
            ("api.Dockerfile", Some(FileKind::Dockerfile)),
            ("Containerfile", Some(FileKind::Dockerfile)),
            ("docker-compose.yml", Some(FileKind::Compose)),
            ("deploy/compose.prod.yaml", Some(FileKind::Compose)),
            ("composer.json", None),
            (".pre-commit-config.yaml", Some(FileKind::PreCommit)),
            ("CODEOWNERS", Some(FileKind::Codeowners)),
            (".github/CODEOWNERS", Some(FileKind::Codeowners)),
            ("docs/CODEOWNERS", Some(FileKind::Codeowners)),
            ("src/CODEOWNERS", None),
            ("src/main.rs", None),
        ];
        for (path, kind) in cases {
            assert_eq!(kind_of(path), kind, "{path}");
        }
    }

    #[test]
    fn local_gitlab_includes_are_gitlab_files() {
        let r =
            Recognizer::with_gitlab_includes(&["/ci/jobs.yml".into(), "templates/*.yml".into()]);
        assert_eq!(r.kind_of("ci/jobs.yml"), Some(FileKind::GitlabCi));
        assert_eq!(r.kind_of("templates/build.yml"), Some(FileKind::GitlabCi));
        assert_eq!(r.kind_of("templates/deep/build.yml"), None);
        assert_eq!(r.kind_of("ci/other.yml"), None);
    }

    #[test]
    fn owners_are_needed_for_ci_dockerfiles_and_dependency_files() {
        assert!(needs_owner(".github/workflows/ci.yml"));
        assert!(needs_owner("Dockerfile"));
        assert!(needs_owner("web/package-lock.json"));
        assert!(needs_owner("Cargo.toml"));
        assert!(!needs_owner("src/lib.rs"));
        assert_eq!(
            iac_folder("infra/terraform/main.tf"),
            Some("infra/terraform")
        );
        assert_eq!(iac_folder("pulumi/index.ts"), Some("pulumi"));
        assert_eq!(iac_folder("terraform"), None);
        assert_eq!(iac_folder("src/terraform.rs"), None);
    }
}
