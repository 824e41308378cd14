//! Container image references (`FROM`, `image:`, `services:`, `container:`,
//! `docker://`): pinned by digest, by a tag, or by nothing at all.

use crate::finding::Severity;
use crate::pipeline::Check;
use crate::pipeline::Issue;

/// How an image reference names its content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Pin {
    /// `@sha256:...`: fixed content.
    Digest,
    /// `:latest`, or no tag (which means `latest`).
    Latest,
    /// Any other tag.
    Tag(String),
}

/// `[registry[:port]/]name[:tag][@digest]`; a `docker://` prefix is ignored.
pub(crate) fn pin(reference: &str) -> Pin {
    let reference = reference.trim().trim_start_matches("docker://");
    if let Some((_, digest)) = reference.split_once('@')
        && digest.split_once(':').is_some_and(|(algo, hex)| {
            !algo.is_empty() && hex.len() >= 32 && hex.bytes().all(|b| b.is_ascii_hexdigit())
        })
    {
        return Pin::Digest;
    }
    let name = reference.split('@').next().unwrap_or(reference);
    let last = name.rsplit('/').next().unwrap_or(name);
    match last.split_once(':') {
        Some((_, "latest")) | None => Pin::Latest,
        Some((_, tag)) => Pin::Tag(tag.to_string()),
    }
}

/// Whether a reference cannot be judged statically: it is built from a variable or an
/// expression the file does not resolve.
pub(crate) fn is_dynamic(reference: &str) -> bool {
    reference.contains('$') || reference.trim().is_empty()
}

/// The `unpinned-image` issue for `reference` at `(line, column)`, or none when it is
/// pinned by digest. `what` says where the image is used ("container", "service redis").
pub(crate) fn unpinned(reference: &str, what: &str, line: u32, column: u32) -> Option<Issue> {
    let (severity, message) = match pin(reference) {
        Pin::Digest => return None,
        Pin::Latest if reference.contains(":latest") => (
            Severity::High,
            format!("{what} `{reference}` uses the `latest` tag, which changes with every push"),
        ),
        Pin::Latest => (
            Severity::High,
            format!(
                "{what} `{reference}` has no tag, so it pulls `latest`, which changes with every push"
            ),
        ),
        Pin::Tag(_) => (
            Severity::Medium,
            format!(
                "{what} `{reference}` is pinned to a tag, which the registry can serve other content under"
            ),
        ),
    };
    Some(Issue {
        severity,
        after: Some(reference.to_string()),
        ..Issue::new(Check::UnpinnedImage, line, column, message, reference)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digests_tags_and_latest() {
        let digest = "sha256:0d3c6a1e1d0fbb3d1a8a5f1e8f8d2f0c7b6a5e4d3c2b1a0f9e8d7c6b5a4f3e2d";
        assert_eq!(pin(&format!("node:20@{digest}")), Pin::Digest);
        assert_eq!(pin(&format!("ghcr.io/a/b@{digest}")), Pin::Digest);
        assert_eq!(pin("node:20"), Pin::Tag("20".into()));
        assert_eq!(
            pin("registry.local:5000/team/app:1.2"),
            Pin::Tag("1.2".into())
        );
        assert_eq!(pin("registry.local:5000/team/app"), Pin::Latest);
        assert_eq!(pin("redis"), Pin::Latest);
        assert_eq!(pin("node:latest"), Pin::Latest);
        assert_eq!(pin("docker://alpine:3.19"), Pin::Tag("3.19".into()));
        assert_eq!(pin("app@sha256:short"), Pin::Latest);
    }

    #[test]
    fn latest_is_more_severe_than_a_tag() {
        let latest = unpinned("redis", "service", 1, 1).unwrap();
        let tag = unpinned("redis:7", "service", 1, 1).unwrap();
        assert!(latest.severity > tag.severity);
        assert!(
            unpinned(
                "redis@sha256:0d3c6a1e1d0fbb3d1a8a5f1e8f8d2f0c7b6a5e4d3c2b1a0f9e8d7c6b5a4f3e2d",
                "service",
                1,
                1
            )
            .is_none()
        );
    }
}
