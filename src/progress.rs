//! Progress bars for long work, on standard error, drawn only when it is a terminal: an
//! interactive run shows how far it got, a CI log or a pipe gets nothing.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Whether bars are drawn.
pub struct Progress {
    enabled: bool,
}

impl Progress {
    pub fn new(requested: bool) -> Progress {
        Progress {
            enabled: requested && std::io::stderr().is_terminal(),
        }
    }

    /// A bar over `len` items called `unit`; hidden when bars are off.
    pub fn bar(&self, len: u64, unit: &str) -> ProgressBar {
        if !self.enabled {
            return ProgressBar::hidden();
        }
        let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
        let template = format!("{{spinner}} {{bar:40}} {{pos}}/{{len}} {unit} ({{eta}})");
        if let Ok(style) = ProgressStyle::with_template(&template) {
            bar.set_style(style);
        }
        bar
    }
}
