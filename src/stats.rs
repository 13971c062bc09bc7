//! Counts over a whole run: documents, lines and bytes in and out, removals per pass.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::Cleaned;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct RunStats {
    /// Documents cleaned.
    pub documents: u64,
    /// Documents whose output differs from their input.
    pub changed: u64,
    /// Inputs that could not be cleaned.
    pub failed: u64,
    /// Inputs left alone on purpose: binary files.
    pub skipped: u64,
    /// `--resume`: inputs whose output an earlier run had already written.
    pub already_done: u64,
    /// Inputs not started because the run was interrupted.
    pub not_started: u64,
    pub lines_in: u64,
    pub lines_out: u64,
    pub bytes_in: u64,
    pub bytes_out: u64,
    /// Removed lines per pass.
    pub removed_by_pass: BTreeMap<&'static str, u64>,
}

impl RunStats {
    /// Counts one cleaned document; `changed` says whether its output differs from its input.
    pub fn add(&mut self, cleaned: &Cleaned<'_>, bytes_out: usize, changed: bool) {
        let doc = cleaned.document();
        self.documents += 1;
        self.changed += u64::from(changed);
        self.lines_in += doc.lines.len() as u64;
        self.lines_out += doc.lines.iter().filter(|l| l.is_kept()).count() as u64;
        self.bytes_in += doc.bytes_in as u64;
        self.bytes_out += bytes_out as u64;
        for (pass, n) in cleaned.removed_by_pass() {
            *self.removed_by_pass.entry(pass).or_insert(0) += n as u64;
        }
    }

    pub fn merge(&mut self, other: &RunStats) {
        self.documents += other.documents;
        self.changed += other.changed;
        self.failed += other.failed;
        self.skipped += other.skipped;
        self.already_done += other.already_done;
        self.not_started += other.not_started;
        self.lines_in += other.lines_in;
        self.lines_out += other.lines_out;
        self.bytes_in += other.bytes_in;
        self.bytes_out += other.bytes_out;
        for (pass, n) in &other.removed_by_pass {
            *self.removed_by_pass.entry(pass).or_insert(0) += n;
        }
    }

    /// "12 files cleaned, 1 failed, 1 skipped (binary); lines removed: related 4, title 9"
    pub fn summary_line(&self, noun: &str) -> String {
        let mut line = format!("{} {noun} cleaned, {} failed", self.documents, self.failed);
        for (n, what) in [
            (self.skipped, "skipped (binary)"),
            (self.already_done, "already done (--resume)"),
            (self.not_started, "not started (interrupted)"),
        ] {
            if n > 0 {
                line.push_str(&format!(", {n} {what}"));
            }
        }
        line.push_str("; lines removed: ");
        line.push_str(&self.removed_summary());
        line
    }

    /// "related 4, title 9, wire 2", or "none".
    pub fn removed_summary(&self) -> String {
        if self.removed_by_pass.is_empty() {
            return "none".into();
        }
        self.removed_by_pass
            .iter()
            .map(|(p, n)| format!("{p} {n}"))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The `--stats` table.
    pub fn table(&self) -> String {
        let mut out = String::new();
        let mut row = |k: &str, v: u64| out.push_str(&format!("{k:<20} {v:>12}\n"));
        row("documents", self.documents);
        row("changed", self.changed);
        row("failed", self.failed);
        row("skipped", self.skipped);
        row("already done", self.already_done);
        row("not started", self.not_started);
        row("lines in", self.lines_in);
        row("lines out", self.lines_out);
        row("bytes in", self.bytes_in);
        row("bytes out", self.bytes_out);
        for (pass, n) in &self.removed_by_pass {
            row(&format!("removed by {pass}"), *n);
        }
        out
    }
}
