//! Remote scripts run unseen: `curl ... | sh`, `wget -O- ... | bash`, `bash <(curl ...)`,
//! `sh -c "$(curl ...)"`, PowerShell's `iwr ... | iex`.
//!
//! Hand-written: a shell parser crate would be a large dependency for one question, and the
//! question is lexical — which command words a pipeline joins — once quotes, line
//! continuations and command separators are respected. Quoted text is not a command, so
//! `echo "curl x | sh"` is not reported.

use crate::pipeline::Check;
use crate::pipeline::Issue;

/// Commands that fetch a URL.
const FETCHERS: &[&str] = &[
    "curl",
    "wget",
    "iwr",
    "invoke-webrequest",
    "irm",
    "invoke-restmethod",
];

/// Commands that run what they read on standard input (or a fetched script).
const INTERPRETERS: &[&str] = &[
    "sh",
    "bash",
    "zsh",
    "dash",
    "ksh",
    "ash",
    "fish",
    "python",
    "python3",
    "python2",
    "perl",
    "ruby",
    "node",
    "php",
    "pwsh",
    "powershell",
    "iex",
    "invoke-expression",
    "source",
    ".",
];

/// Wrappers whose next word is the real command.
const WRAPPERS: &[&str] = &["sudo", "env", "exec", "command", "nohup", "time"];

/// A remote script run unseen: the byte offset in the script where its command starts,
/// and the command as written (one line).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PipeToShell {
    pub offset: usize,
    pub command: String,
}

impl PipeToShell {
    /// The `curl-pipe-shell` issue at `line`, `column`; `when` is the time the script is
    /// fetched (`run time`, `build time`).
    pub(crate) fn issue(self, line: u32, column: u32, when: &str) -> Issue {
        let mut issue = Issue::new(
            Check::CurlPipeShell,
            line,
            column,
            format!("`{}` runs a script fetched at {when}, unseen", self.command),
            self.command.clone(),
        );
        issue.after = Some(self.command);
        issue
    }
}

/// Every fetch-and-run in `script`.
pub(crate) fn pipes_to_shell(script: &str) -> Vec<PipeToShell> {
    let mut out = Vec::new();
    for segment in commands(script) {
        let words: Vec<&str> = segment
            .stages
            .iter()
            .map(|s| command_word(&s.words))
            .collect();
        let fetch_then_run = words
            .iter()
            .position(|w| is_fetcher(w))
            .is_some_and(|first| words[first + 1..].iter().any(|w| is_interpreter(w)));
        let substituted = segment.stages.iter().any(|stage| {
            is_interpreter(command_word(&stage.words))
                && stage.words.iter().skip(1).any(|w| {
                    (w.starts_with("<(") || w.starts_with("$(") || w.starts_with("\"$("))
                        && FETCHERS.iter().any(|f| w.to_ascii_lowercase().contains(f))
                })
        });
        if fetch_then_run || substituted {
            out.push(PipeToShell {
                offset: segment.offset,
                command: collapse(&script[segment.offset..segment.end]),
            });
        }
    }
    out
}

fn is_fetcher(word: &str) -> bool {
    FETCHERS.contains(&word.to_ascii_lowercase().as_str())
}

fn is_interpreter(word: &str) -> bool {
    INTERPRETERS.contains(&word.to_ascii_lowercase().as_str())
}

/// The command a stage runs: its first word after wrappers, their flags and `VAR=value`
/// assignments, without a directory (`/bin/bash` is `bash`).
fn command_word<'a>(words: &[&'a str]) -> &'a str {
    let mut iter = words.iter().copied().peekable();
    while let Some(word) = iter.next() {
        let bare = word.rsplit('/').next().unwrap_or(word);
        if WRAPPERS.contains(&bare) {
            while iter
                .peek()
                .is_some_and(|w| w.starts_with('-') || w.contains('='))
            {
                iter.next();
            }
            continue;
        }
        if word.contains('=') && !word.starts_with('=') && !word.starts_with('-') {
            continue;
        }
        return bare;
    }
    ""
}

fn collapse(text: &str) -> String {
    let joined = text.replace("\\\n", " ");
    joined.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One pipeline stage's words (quotes kept, so quoted text never looks like a command).
struct Stage<'a> {
    words: Vec<&'a str>,
}

/// A list of stages joined by `|`, from one command separator to the next.
struct Command<'a> {
    offset: usize,
    end: usize,
    stages: Vec<Stage<'a>>,
}

/// Splits a script into commands (at newlines, `;`, `&&`, `||`, `&`) and each into pipeline
/// stages (at `|`), respecting quotes, `\` escapes and line continuations; `$( ... )` and
/// `<( ... )` stay one word.
fn commands(script: &str) -> Vec<Command<'_>> {
    let bytes = script.as_bytes();
    let mut out = Vec::new();
    let mut command = Command {
        offset: 0,
        end: 0,
        stages: Vec::new(),
    };
    let mut stage: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b' ' | b'\t' | b'\r' => i += 1,
            b'\\' if bytes.get(i + 1) == Some(&b'\n') => i += 2,
            b'#' if stage.is_empty()
                || bytes
                    .get(i.wrapping_sub(1))
                    .is_some_and(|c| c.is_ascii_whitespace()) =>
            {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'\n' | b';' | b'&' | b'|' => {
                let pipe = b == b'|' && bytes.get(i + 1) != Some(&b'|');
                finish_stage(&mut stage, &mut command);
                if !pipe && !command.stages.is_empty() {
                    out.push(std::mem::replace(
                        &mut command,
                        Command {
                            offset: 0,
                            end: 0,
                            stages: Vec::new(),
                        },
                    ));
                }
                i += if !pipe && bytes.get(i + 1) == Some(&b) {
                    2
                } else {
                    1
                };
            }
            _ => {
                let start = i;
                i = word_end(bytes, i);
                if command.stages.is_empty() && stage.is_empty() {
                    command.offset = start;
                }
                command.end = i;
                stage.push(&script[start..i]);
            }
        }
    }
    finish_stage(&mut stage, &mut command);
    if !command.stages.is_empty() {
        out.push(command);
    }
    out
}

fn finish_stage<'a>(stage: &mut Vec<&'a str>, command: &mut Command<'a>) {
    if !stage.is_empty() {
        command.stages.push(Stage {
            words: std::mem::take(stage),
        });
    }
}

/// The end of the word starting at `i`.
fn word_end(bytes: &[u8], mut i: usize) -> usize {
    let mut depth = 0usize;
    while i < bytes.len() {
        match bytes[i] {
            b'\'' => i = closing(bytes, i, b'\''),
            b'"' => i = closing(bytes, i, b'"'),
            b'\\' => i += 2,
            b'(' => {
                depth += 1;
                i += 1;
            }
            b')' if depth > 0 => {
                depth -= 1;
                i += 1;
            }
            b' ' | b'\t' | b'\r' | b'\n' | b';' | b'&' | b'|' if depth == 0 => break,
            _ => i += 1,
        }
    }
    i.min(bytes.len())
}

/// Past the quote that closes the one at `open` (`\` escapes inside double quotes).
fn closing(bytes: &[u8], open: usize, quote: u8) -> usize {
    let mut i = open + 1;
    while i < bytes.len() {
        if bytes[i] == b'\\' && quote == b'"' {
            i += 2;
            continue;
        }
        if bytes[i] == quote {
            return i + 1;
        }
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(script: &str) -> Vec<String> {
        pipes_to_shell(script)
            .into_iter()
            .map(|p| p.command)
            .collect()
    }

    #[test]
    fn fetch_piped_into_a_shell_is_found() {
        assert_eq!(
            found(
                "set -e\ncurl -fsSL https://get.example.dev/install.sh | sudo -E bash -\necho done\n"
            ),
            ["curl -fsSL https://get.example.dev/install.sh | sudo -E bash -"]
        );
        assert_eq!(
            found("wget -qO- https://x.example/i | sh"),
            ["wget -qO- https://x.example/i | sh"]
        );
        assert_eq!(
            found("curl -sSL https://x.example/i \\\n  | /bin/bash -s -- --yes"),
            ["curl -sSL https://x.example/i | /bin/bash -s -- --yes"]
        );
        assert_eq!(found("bash <(curl -s https://x.example/i)").len(), 1);
        assert_eq!(
            found("sh -c \"$(curl -fsSL https://x.example/i)\"").len(),
            1
        );
        assert_eq!(found("iwr https://x.example/i.ps1 | iex").len(), 1);
        assert_eq!(
            found("curl -s https://x.example/i | tee log | python3 -").len(),
            1
        );
    }

    #[test]
    fn downloads_kept_as_files_and_quoted_text_are_not() {
        assert!(
            found("curl -fsSLo install.sh https://x.example/i\nsha256sum -c sums\nbash install.sh")
                .is_empty()
        );
        assert!(found("echo \"curl x | sh\"").is_empty());
        assert!(found("curl -s https://api.example/x | jq .name").is_empty());
        assert!(found("# curl https://x | sh\nmake").is_empty());
        assert!(found("curl -s https://x.example/a || bash fallback.sh").is_empty());
        assert!(found("cat local.sh | bash").is_empty());
    }

    #[test]
    fn offsets_point_at_the_command() {
        let script = "echo hi\n  curl https://x.example/i | sh\n";
        let found = pipes_to_shell(script);
        assert_eq!(&script[found[0].offset..found[0].offset + 4], "curl");
    }
}
