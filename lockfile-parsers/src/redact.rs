//! Credentials in URLs, hidden wherever a URL is shown or stored: `https://user:***@host`.
//!
//! Lockfiles and package-manager configuration carry registry URLs with credentials in
//! them (`--index-url https://user:token@…`, a `resolved` tarball with a token), and so do
//! the error messages that quote them. This is the one redaction every part of tollgate
//! uses — parser errors here, verdict details, caches, the advisory store and standard
//! error there — so there is one rule of what is hidden:
//!
//! - a password is replaced by `***`, the user name kept (it says which account);
//! - a user name alone is replaced by `***` (a token often stands there), except `git`,
//!   the conventional SSH user, which is no secret;
//! - a URL the `url` crate cannot parse has its whole user part replaced (fail closed).

use std::borrow::Cow;

/// What stands for a hidden credential.
pub const MASK: &str = "***";

/// `url` with its credentials hidden; unchanged when it has none.
pub fn url(url: &str) -> Cow<'_, str> {
    match userinfo_span(url) {
        Some(span) => Cow::Owned(redact_one(url, span)),
        None => Cow::Borrowed(url),
    }
}

/// `text` with the credentials of every URL in it hidden (an error message, a verdict
/// detail, a line of a lockfile).
pub fn in_text(text: &str) -> Cow<'_, str> {
    if !text.contains("://") {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut done = 0;
    let mut from = 0;
    while let Some(found) = text[from..].find("://") {
        let separator = from + found;
        let start = scheme_start(text, separator);
        let end = url_end(text, separator + 3);
        if let Some(span) = userinfo_span(&text[start..end]) {
            out.push_str(&text[done..start]);
            out.push_str(&redact_one(&text[start..end], span));
            done = end;
        }
        from = end.max(separator + 3);
    }
    if done == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[done..]);
    Cow::Owned(out)
}

/// At most `max` characters of `text` with credentials hidden, for an error that quotes
/// its input: enough to find the spot, never a whole line of someone's configuration.
pub fn excerpt(text: &str, max: usize) -> String {
    let text = in_text(text);
    if text.chars().count() <= max {
        return text.into_owned();
    }
    let mut short: String = text.chars().take(max).collect();
    short.push('…');
    short
}

/// Byte range of the user part (`user:password`) of the URL at the start of `candidate`,
/// if it has one.
fn userinfo_span(candidate: &str) -> Option<(usize, usize)> {
    let separator = candidate.find("://")?;
    let authority_start = separator + 3;
    let authority_end = candidate[authority_start..]
        .find(['/', '?', '#'])
        .map_or(candidate.len(), |i| authority_start + i);
    let at = candidate[authority_start..authority_end].rfind('@')?;
    Some((authority_start, authority_start + at))
}

/// One URL with its user part hidden. The `url` crate reads the URL as clients will
/// (which part is the user, which the password); only the user part of the text is
/// replaced, so the rest stays exactly as written — an excerpt's `…`, a path the parser
/// would re-encode — and redacting twice changes nothing. A URL the parser rejects loses
/// its whole user part but a user name before `:` (fail closed).
fn redact_one(candidate: &str, (start, end): (usize, usize)) -> String {
    let userinfo = &candidate[start..end];
    let (user, has_password) = match url::Url::parse(candidate) {
        Ok(parsed) if !parsed.username().is_empty() || parsed.password().is_some() => (
            userinfo.split_once(':').map_or(userinfo, |(u, _)| u),
            parsed.password().is_some(),
        ),
        Ok(_) => return candidate.to_string(),
        Err(_) => match userinfo.split_once(':') {
            Some((user, _)) => (user, true),
            None => (userinfo, false),
        },
    };
    let shown = if has_password {
        format!("{user}:{MASK}")
    } else if user == "git" || user == MASK {
        user.to_string()
    } else {
        MASK.to_string()
    };
    format!("{}{shown}{}", &candidate[..start], &candidate[end..])
}

/// Where the scheme before `://` at `separator` begins: letters, digits, `+`, `-`, `.`,
/// starting with a letter.
fn scheme_start(text: &str, separator: usize) -> usize {
    let bytes = text.as_bytes();
    let mut start = separator;
    while start > 0
        && (bytes[start - 1].is_ascii_alphanumeric() || b"+-.".contains(&bytes[start - 1]))
    {
        start -= 1;
    }
    while start < separator && !bytes[start].is_ascii_alphabetic() {
        start += 1;
    }
    start
}

/// Where a URL that starts at `from` ends in running text: at white space, a quote, a
/// bracket or a control character.
fn url_end(text: &str, from: usize) -> usize {
    text[from..]
        .find(|c: char| c.is_whitespace() || c.is_control() || "\"'`<>()[]{}|\\^".contains(c))
        .map_or(text.len(), |i| from + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_is_hidden_and_the_user_kept() {
        assert_eq!(
            url("https://user:token@mirror.invalid/simple"),
            "https://user:***@mirror.invalid/simple"
        );
        assert_eq!(
            url("http://u:p%40ss@127.0.0.1:8080"), // tollgate:allow: test fixture
            "http://u:***@127.0.0.1:8080"
        );
    }

    #[test]
    fn a_user_name_alone_is_hidden_unless_it_is_git() {
        assert_eq!(
            url("https://ghp_token@host.invalid/org/repo"),
            "https://***@host.invalid/org/repo"
        );
        assert_eq!(
            url("git+ssh://git@host.invalid/org/repo.git"),
            "git+ssh://git@host.invalid/org/repo.git"
        );
    }

    #[test]
    fn urls_without_credentials_are_untouched() {
        assert!(matches!(
            url("https://mirror.invalid/a@b"),
            Cow::Borrowed(_)
        ));
        assert!(matches!(in_text("no url here"), Cow::Borrowed(_)));
        assert!(matches!(
            in_text("see https://mirror.invalid/x and ftp://h.invalid"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn every_url_in_text_is_redacted() {
        assert_eq!(
            in_text("unknown option `--index-urlhttps://u:s3cret@m.invalid/simple`"),
            "unknown option `--index-urlhttps://u:***@m.invalid/simple`"
        );
        assert_eq!(
            in_text("invalid type: string \"https://a:b@x.invalid\", and http://c:d@y.invalid/p"),
            "invalid type: string \"https://a:***@x.invalid\", and http://c:***@y.invalid/p"
        );
    }

    #[test]
    fn an_unparsable_url_loses_its_whole_user_part() {
        assert_eq!(
            in_text("http://user:pw@exa mple"),
            "http://user:***@exa mple"
        );
        assert_eq!(
            in_text("http://user:pw@h\u{0}st/"),
            "http://user:***@h\u{0}st/"
        );
        assert_eq!(url("http://tok@[::zz]/"), "http://***@[::zz]/");
    }

    #[test]
    fn redaction_keeps_the_rest_of_the_url_as_written_and_is_idempotent() {
        let once = in_text("\"https://u:tok@h.invalid/a/long/pa…\" and https://u:***@h.invalid/ü"); // tollgate:allow: test fixture
        assert_eq!(
            once,
            "\"https://u:***@h.invalid/a/long/pa…\" and https://u:***@h.invalid/ü"
        );
        assert_eq!(in_text(&once), once);
    }

    #[test]
    fn excerpts_are_short_and_redacted() {
        assert_eq!(
            excerpt("https://u:secret@h.invalid/simple", 100),
            "https://u:***@h.invalid/simple"
        );
        assert_eq!(excerpt("abcdef", 3), "abc…");
    }
}
