//! A request to stop a long run (SIGINT, SIGTERM): set by a signal handler, checked by batches
//! and JSON Lines streams between documents, so that what was written stays complete.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Shared stop request; holds the exit code the process should end with (0 = keep going).
#[derive(Debug, Clone, Default)]
pub struct Interrupt(Arc<AtomicUsize>);

impl Interrupt {
    pub fn new() -> Self {
        Interrupt::default()
    }

    /// The cell a signal handler writes its exit code into (`signal_hook::flag::register_usize`).
    pub fn cell(&self) -> Arc<AtomicUsize> {
        Arc::clone(&self.0)
    }

    /// Asks the run to stop, ending with `exit_code` (130 for SIGINT, 143 for SIGTERM).
    pub fn raise(&self, exit_code: u8) {
        self.0.store(usize::from(exit_code), Ordering::SeqCst);
    }

    /// The exit code asked for, once a stop was asked for.
    pub fn requested(&self) -> Option<u8> {
        match self.0.load(Ordering::Relaxed) {
            0 => None,
            code => Some(u8::try_from(code).unwrap_or(1)),
        }
    }

    pub fn is_raised(&self) -> bool {
        self.requested().is_some()
    }
}
