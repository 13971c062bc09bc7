//! The batch progress bar: on stderr, only when stderr is a terminal, not with --quiet, and only
//! once the run has lasted more than a moment. No colours (NO_COLOR is honoured trivially).

use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Runs shorter than this show no bar at all.
const SHOW_AFTER: Duration = Duration::from_millis(500);

pub struct Progress {
    bar: ProgressBar,
    enabled: bool,
    shown: AtomicBool,
    start: Instant,
}

impl Progress {
    pub fn new(total: u64, quiet: bool) -> Progress {
        let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::hidden());
        let style = ProgressStyle::with_template("{pos}/{len} files [{bar:30}] {rate} eta {eta}")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .with_key(
                "rate",
                |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                    let _ = write!(w, "{:.0} files/s", state.per_sec());
                },
            )
            .progress_chars("=> ");
        bar.set_style(style);
        Progress {
            bar,
            enabled: !quiet && std::io::stderr().is_terminal(),
            shown: AtomicBool::new(false),
            start: Instant::now(),
        }
    }

    pub fn inc(&self) {
        if self.enabled
            && !self.shown.load(Ordering::Relaxed)
            && self.start.elapsed() >= SHOW_AFTER
            && !self.shown.swap(true, Ordering::Relaxed)
        {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
        }
        self.bar.inc(1);
    }

    /// Prints a message above the bar (or plainly when there is none).
    pub fn println(&self, message: &str) {
        if self.shown.load(Ordering::Relaxed) {
            self.bar.suspend(|| eprintln!("{message}"));
        } else {
            eprintln!("{message}");
        }
    }

    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
