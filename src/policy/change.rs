//! What a pull request changes in the policy files, as findings of their own.
//!
//! `check --base` and `deps --base` judge a change by the merge base's policy
//! (`policy::files`), so a pull request that edits `tollgate.toml` or adds an ignore entry
//! cannot let its own secret through. Its edit is still real, and reviewers must see it:
//! each changed region of each policy file is a `policy-changed` finding that blocks,
//! until a reviewer accepts the head's policy files (`--accept-policy-change`, or
//! `--accept-policy-change=DIGEST` to accept exactly the files reviewed). Accepted, the
//! head's policy applies and the changes are reported as warnings.

use crate::finding::PolicyFinding;
use crate::git::added::hunks;
use crate::policy::files::{PolicyFile, PolicyFiles, Role};

/// The check name of a policy change.
pub(crate) const POLICY_CHANGED: &str = "policy-changed";

/// Longest `before` / `after` shown, in characters, and most lines.
const SHORT_CHARS: usize = 200;
const SHORT_LINES: usize = 3;

/// A digest of a set of policy files (roles, paths and contents), for accepting exactly
/// the files a reviewer saw.
pub(crate) fn digest(files: &PolicyFiles) -> String {
    let mut sorted: Vec<&PolicyFile> = files.files.iter().collect();
    sorted.sort_by(|a, b| (a.role, &a.path).cmp(&(b.role, &b.path)));
    let mut hasher = blake3::Hasher::new_derive_key("tollgate policy files digest v1");
    for file in sorted {
        hasher.update(format!("{:?}\0{}\0{}\0", file.role, file.path, file.bytes.len()).as_bytes());
        hasher.update(&file.bytes);
    }
    hasher.finalize().to_hex()[..16].to_string()
}

/// One finding per changed region of every policy file that differs between `base` and
/// `head`. `redact` makes a line fit for a report (secrets, credentials, control
/// characters).
pub(crate) fn changes(
    base: &PolicyFiles,
    head: &PolicyFiles,
    redact: &dyn Fn(&str, &str) -> String,
) -> Vec<PolicyFinding> {
    let digest = digest(head);
    let mut roles: Vec<(Role, &str)> = base
        .files
        .iter()
        .chain(&head.files)
        .map(|f| (f.role, f.path.as_str()))
        .collect();
    roles.sort();
    roles.dedup();
    let mut findings = Vec::new();
    for (role, path) in roles {
        let (old, new) = (bytes_of(base, role, path), bytes_of(head, role, path));
        if old == new {
            continue;
        }
        let what = match (old, new) {
            (None, _) => "added by this change",
            (_, None) => "removed by this change",
            _ => "changed by this change",
        };
        let (old, new) = (old.unwrap_or_default(), new.unwrap_or_default());
        let old_lines: Vec<&[u8]> = lines(old);
        let new_lines: Vec<&[u8]> = lines(new);
        for (before, after) in hunks(old, new) {
            let shown = |all: &[&[u8]], range: std::ops::Range<u32>| -> Option<String> {
                let picked = &all[range.start as usize..(range.end as usize).min(all.len())];
                if picked.is_empty() {
                    return None;
                }
                let text = picked
                    .iter()
                    .map(|l| redact(path, &String::from_utf8_lossy(l)))
                    .collect::<Vec<_>>()
                    .join("\n");
                (picked.len() <= SHORT_LINES && text.chars().count() <= SHORT_CHARS).then_some(text)
            };
            let line = if after.is_empty() && after.start as usize >= new_lines.len() {
                before.start + 1
            } else {
                after.start + 1
            };
            let removed = before.len();
            let added = after.len();
            findings.push(PolicyFinding {
                check: POLICY_CHANGED.to_string(),
                file: path.to_string(),
                line,
                before: shown(&old_lines, before),
                after: shown(&new_lines, after),
                message: format!(
                    "{} ({}) is {what}: {removed} line{} removed, {added} added; this run \
                     is judged by the merge base's policy, and the change blocks until a \
                     reviewer accepts it (--accept-policy-change={digest})",
                    path,
                    role_name(role),
                    if removed == 1 { "" } else { "s" },
                ),
                accepted: false,
                digest: digest.clone(),
            });
        }
    }
    findings
}

fn bytes_of<'a>(files: &'a PolicyFiles, role: Role, path: &str) -> Option<&'a [u8]> {
    files
        .files
        .iter()
        .find(|f| f.role == role && f.path == path)
        .map(|f| f.bytes.as_slice())
}

fn lines(bytes: &[u8]) -> Vec<&[u8]> {
    bytes
        .split_inclusive(|&b| b == b'\n')
        .map(|l| l.strip_suffix(b"\n").unwrap_or(l))
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
        .collect()
}

fn role_name(role: Role) -> &'static str {
    match role {
        Role::Config => "configuration",
        Role::Ignore => "ignore file",
        Role::GitleaksIgnore => "gitleaks ignore file",
        Role::Baseline => "baseline",
        Role::Salt => "fingerprint salt",
    }
}

/// Whether `--accept-policy-change[=DIGEST]` accepts the head's files: without a digest
/// any change is accepted, with one only the files that digest was taken of.
pub(crate) fn accepted(acceptance: Option<&str>, digest: &str) -> Result<bool, String> {
    match acceptance {
        None => Ok(false),
        Some("") => Ok(true),
        Some(given) if given.eq_ignore_ascii_case(digest) => Ok(true),
        Some(given) => Err(format!(
            "tollgate: warning: --accept-policy-change={given} does not accept these policy \
             files (their digest is {digest}): they changed after the review"
        )),
    }
}

/// Redacts what a policy line must not show: a URL's password (`user:***@host`) and
/// control characters (escaped, so a line cannot drive a terminal or a CI log).
pub(crate) fn clean_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find("://") {
        let (head, tail) = rest.split_at(at + 3);
        out.push_str(head);
        let authority_end = tail
            .find(['/', '?', '#', ' ', '"', '\''])
            .unwrap_or(tail.len());
        let authority = &tail[..authority_end];
        match authority.rfind('@') {
            Some(at) => {
                let userinfo = &authority[..at];
                match userinfo.split_once(':') {
                    Some((user, _)) => out.push_str(&format!("{user}:***")),
                    None => out.push_str("***"),
                }
                out.push_str(&authority[at..]);
            }
            None => out.push_str(authority),
        }
        rest = &tail[authority_end..];
    }
    out.push_str(rest);
    out.chars()
        .flat_map(|c| {
            let escaped: Vec<char> = if c.is_control() {
                c.escape_default().collect()
            } else {
                vec![c]
            };
            escaped
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(list: &[(Role, &str, &str)]) -> PolicyFiles {
        PolicyFiles {
            files: list
                .iter()
                .map(|(role, path, text)| PolicyFile {
                    role: *role,
                    path: path.to_string(),
                    name: path.into(),
                    bytes: text.as_bytes().to_vec(),
                })
                .collect(),
        }
    }

    #[test]
    fn each_changed_region_is_a_finding_with_its_lines() {
        let base = files(&[(
            Role::Config,
            "tollgate.toml",
            "[deps]\nmalicious = \"fail\"\n",
        )]);
        let head = files(&[
            (
                Role::Config,
                "tollgate.toml",
                "[deps]\nmalicious = \"off\"\n",
            ),
            (Role::Ignore, ".tollgateignore", "abc fixture\n"),
        ]);
        let found = changes(&base, &head, &|_, l| clean_line(l));
        assert_eq!(found.len(), 2, "{found:?}");
        let config = found.iter().find(|f| f.file == "tollgate.toml").unwrap();
        assert_eq!(config.line, 2);
        assert_eq!(config.before.as_deref(), Some("malicious = \"fail\""));
        assert_eq!(config.after.as_deref(), Some("malicious = \"off\""));
        let ignore = found.iter().find(|f| f.file == ".tollgateignore").unwrap();
        assert_eq!((ignore.line, ignore.before.as_deref()), (1, None));
        assert!(ignore.message.contains("added by this change"));
        assert_eq!(config.digest, digest(&head));
        assert!(changes(&head, &head, &|_, l| l.to_string()).is_empty());
    }

    #[test]
    fn a_removed_file_points_at_the_bases_lines() {
        let base = files(&[(Role::Ignore, ".tollgateignore", "a x\nb y\n")]);
        let found = changes(&base, &PolicyFiles::default(), &|_, l| l.to_string());
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].line, found[0].after.as_deref()), (1, None));
        assert_eq!(found[0].before.as_deref(), Some("a x\nb y"));
    }

    #[test]
    fn lines_lose_url_passwords_and_control_characters() {
        assert_eq!(
            clean_line("npm = \"https://ci:s3cr3t@npm.example.invalid/\"\u{1b}[2J"),
            "npm = \"https://ci:***@npm.example.invalid/\"\\u{1b}[2J"
        );
        assert_eq!(
            clean_line("url = https://token@h/x"),
            "url = https://***@h/x"
        );
    }

    #[test]
    fn acceptance_is_any_or_exactly_the_reviewed_digest() {
        assert_eq!(accepted(None, "abc"), Ok(false));
        assert_eq!(accepted(Some(""), "abc"), Ok(true));
        assert_eq!(accepted(Some("ABC"), "abc"), Ok(true));
        assert!(accepted(Some("def"), "abc").is_err());
    }
}
