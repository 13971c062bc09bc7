//! The error for what the user asked for, as opposed to what an input contains: a bad option,
//! an unsafe output directory, a rules file that does not compile. The CLI exits 2 on it.

use std::fmt;

/// A problem with the command line or its configuration files, with a message saying what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageError(pub String);

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}
