//! `.pre-commit-config.yaml`: each remote hook repository's `rev:`.

use crate::pipeline::Check;
use crate::pipeline::Issue;
use crate::pipeline::yaml::Node;

pub(crate) fn hooks(doc: &Node, out: &mut Vec<Issue>) {
    for entry in doc.get("repos").map(Node::items).unwrap_or_default() {
        let Some(repo) = entry.get("repo").and_then(Node::as_str) else {
            continue;
        };
        // `local` and `meta` hooks live in this repository or in pre-commit itself.
        if repo == "local" || repo == "meta" {
            continue;
        }
        let Some(rev_node) = entry.get("rev") else {
            continue;
        };
        let Some(rev) = rev_node.as_str() else {
            continue;
        };
        if rev.len() == 40 && rev.bytes().all(|b| b.is_ascii_hexdigit()) {
            continue;
        }
        let mut issue = Issue::at(
            Check::UnpinnedHook,
            rev_node,
            format!(
                "hooks of `{repo}` are installed from `{rev}`, a tag or branch that can be moved"
            ),
            format!("{repo}@{rev}"),
        );
        issue.after = Some(format!("{repo}@{rev}"));
        out.push(issue);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::yaml;

    #[test]
    fn tags_are_reported_and_shas_local_and_meta_are_not() {
        let text = "repos:\n  - repo: https://github.com/psf/black\n    rev: 24.4.2\n    hooks: [{id: black}]\n  - repo: https://github.com/pre-commit/pre-commit-hooks\n    rev: 2c9f875913ee60ca25ce70243dc24d5b6415598c\n    hooks: [{id: trailing-whitespace}]\n  - repo: local\n    hooks: [{id: x, name: x, entry: x, language: system}]\n  - repo: meta\n    hooks: [{id: check-useless-excludes}]\n";
        let doc = yaml::parse(text).unwrap().remove(0);
        let mut out = Vec::new();
        hooks(&doc, &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!((out[0].line, out[0].column), (3, 10));
        assert_eq!(
            out[0].after.as_deref(),
            Some("https://github.com/psf/black@24.4.2")
        );
    }
}
