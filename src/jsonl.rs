//! JSON Lines: one article per line as a JSON object; the text field is cleaned and a
//! `newsclean` object added, every other field kept as it was, in order.
//!
//! Records are read in batches by one thread, cleaned in parallel, and written in input order;
//! at most a few batches are in memory at once, so memory does not grow with the input.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::sync::Arc;
use std::sync::mpsc::{RecvTimeoutError, sync_channel};

use rayon::prelude::*;
use serde_json::{Map, Value};

use crate::interrupt::Interrupt;
use crate::output::{push_json_string, push_record_metadata};
use crate::report::ReportBuilder;
use crate::stats::RunStats;
use crate::{Config, clean};

/// What happens to a record that cannot be cleaned (malformed JSON, no text field).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OnError {
    /// Report it and stop: nothing after it is written; the run fails.
    #[default]
    Fail,
    /// Report it and leave it out of the output.
    Skip,
    /// Report it and write the line unchanged.
    Keep,
}

#[derive(Debug, Clone)]
pub struct JsonlOptions {
    pub text_field: String,
    pub title_field: String,
    pub explain: bool,
    pub on_error: OnError,
    /// Replace invalid UTF-8 and lone surrogate escapes with U+FFFD instead of failing the record.
    pub lossy: bool,
    /// Checked between batches: once raised, reading stops and what was cleaned is written.
    pub interrupt: Interrupt,
    /// `--report`: every cleaned record is added, named "SOURCE:LINE".
    pub report: Option<Arc<ReportBuilder>>,
}

impl Default for JsonlOptions {
    fn default() -> Self {
        JsonlOptions {
            text_field: "text".into(),
            title_field: "title".into(),
            explain: false,
            on_error: OnError::Fail,
            lossy: false,
            interrupt: Interrupt::default(),
            report: None,
        }
    }
}

/// Counts of one JSON Lines input.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JsonlSummary {
    /// Counts of the cleaned records; `stats.failed` counts the records that could not be cleaned.
    pub stats: RunStats,
    /// Non-blank lines read.
    pub records_in: u64,
    /// Records written (cleaned, or kept unchanged with `--on-error keep`).
    pub records_out: u64,
    /// True when `--on-error fail` stopped the run at a bad record.
    pub stopped: bool,
    /// True when the run was interrupted: records after the last one written were not read.
    pub interrupted: bool,
    /// True when reading the input failed part way (the rest was not read).
    pub read_failed: bool,
}

impl JsonlSummary {
    pub fn merge(&mut self, other: &JsonlSummary) {
        self.stats.merge(&other.stats);
        self.records_in += other.records_in;
        self.records_out += other.records_out;
        self.stopped |= other.stopped;
        self.interrupted |= other.interrupted;
        self.read_failed |= other.read_failed;
    }

    /// The accounting line: every record read is either cleaned or reported failed, and the
    /// line says where the failed ones went. "7 records in = 2 cleaned + 5 failed (left out);
    /// 2 out".
    pub fn summary_line(&self, on_error: OnError) -> String {
        let failed = self.stats.failed;
        let cleaned = self.stats.documents;
        let mut line = format!(
            "{} records in = {cleaned} cleaned + {failed} failed",
            self.records_in
        );
        if failed > 0 {
            line.push_str(match on_error {
                OnError::Fail => " (stopped at the first failure; the rest was not read)",
                OnError::Skip => " (left out)",
                OnError::Keep => " (written unchanged)",
            });
        }
        line.push_str(&format!("; {} out", self.records_out));
        if self.interrupted {
            line.push_str("; interrupted: the rest of the input was not read");
        }
        if self.read_failed {
            line.push_str("; reading stopped at an error: the rest of the input was not read");
        }
        line
    }
}

/// Lines per batch, and a byte budget per batch: whichever comes first.
const BATCH_LINES: usize = 512;
const BATCH_BYTES: usize = 8 << 20;
/// Input buffer: also the most a batch holds when the input arrives faster than it is cleaned.
const READ_BUFFER: usize = 1 << 20;
/// Batches read ahead of the one being cleaned.
const READ_AHEAD: usize = 2;

type Batch = Vec<(u64, io::Result<Vec<u8>>)>;

/// Cleans every record from `reader` and writes the results to `writer` in input order. Errors
/// with single records go to `report` as "SOURCE:LINE: message"; an error writing the output
/// is returned.
pub fn run(
    reader: Box<dyn Read + Send>,
    writer: &mut dyn Write,
    source: &str,
    options: &JsonlOptions,
    config: &Config,
    report: &(dyn Fn(&str) + Sync),
) -> io::Result<JsonlSummary> {
    let (tx, rx) = sync_channel::<Batch>(READ_AHEAD);
    let reader = BufReader::with_capacity(READ_BUFFER, reader);
    let reader_thread = std::thread::spawn(move || read_batches(reader, tx));
    let mut summary = JsonlSummary::default();
    let mut result = Ok(());
    loop {
        // Wake up now and then to notice an interrupt even while the input is silent.
        let batch = match rx.recv_timeout(std::time::Duration::from_millis(100)) {
            Ok(batch) => batch,
            Err(RecvTimeoutError::Timeout) if options.interrupt.is_raised() => break,
            Err(RecvTimeoutError::Timeout) => continue,
            Err(RecvTimeoutError::Disconnected) => break,
        };
        let outcomes: Vec<(u64, LineOutcome)> = batch
            .into_par_iter()
            .map(|(line_no, line)| {
                let outcome =
                    process_line(line, options, config, &|| format!("{source}:{line_no}"));
                (line_no, outcome)
            })
            .collect();
        for (line_no, outcome) in outcomes {
            summary.records_in += 1;
            match outcome {
                Ok((out, stats)) => {
                    summary.stats.merge(&stats);
                    summary.records_out += 1;
                    if let Err(e) = writer
                        .write_all(out.as_bytes())
                        .and_then(|()| writer.write_all(b"\n"))
                    {
                        result = Err(e);
                        break;
                    }
                }
                Err((message, original)) => {
                    summary.stats.failed += 1;
                    report(&format!("{source}:{line_no}: {message}"));
                    match options.on_error {
                        OnError::Fail => {
                            summary.stopped = true;
                            break;
                        }
                        OnError::Skip => {}
                        OnError::Keep => {
                            if let Some(bytes) = original {
                                summary.records_out += 1;
                                if let Err(e) = writer
                                    .write_all(&bytes)
                                    .and_then(|()| writer.write_all(b"\n"))
                                {
                                    result = Err(e);
                                    break;
                                }
                            }
                        }
                    }
                }
            }
        }
        if result.is_err() || summary.stopped {
            break; // dropping the receiver stops the reader
        }
        if options.interrupt.is_raised() {
            break;
        }
    }
    if options.interrupt.is_raised() {
        // The reader may be blocked on a silent input: leave it; the process is ending.
        summary.interrupted = true;
        writer.flush()?;
        return Ok(summary);
    }
    drop(rx); // a reader waiting to send a batch now gets an error and stops
    let read_error = reader_thread.join().unwrap_or(Ok(()));
    result?;
    if let Err(e) = read_error {
        report(&format!("{source}: reading: {e}"));
        summary.read_failed = true;
    }
    writer.flush()?;
    Ok(summary)
}

/// Reads non-blank lines into batches until the input ends or the receiver goes away. A batch
/// is also sent when everything read so far is used up, before a read that may wait: a slow
/// stream (`tail -f | newsclean --jsonl`) gets its records cleaned as they come.
fn read_batches(
    mut reader: BufReader<Box<dyn Read + Send>>,
    tx: std::sync::mpsc::SyncSender<Batch>,
) -> io::Result<()> {
    let mut line_no = 0u64;
    let mut batch: Batch = Vec::with_capacity(BATCH_LINES);
    let mut bytes = 0;
    loop {
        let mut line = Vec::new();
        let n = reader.read_until(b'\n', &mut line)?;
        if n == 0 {
            break;
        }
        line_no += 1;
        while matches!(line.last(), Some(b'\n' | b'\r')) {
            line.pop();
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        bytes += line.len();
        batch.push((line_no, Ok(line)));
        let full = batch.len() >= BATCH_LINES || bytes >= BATCH_BYTES;
        if full || reader.buffer().is_empty() {
            if tx.send(std::mem::take(&mut batch)).is_err() {
                return Ok(());
            }
            bytes = 0;
        }
    }
    if !batch.is_empty() {
        let _ = tx.send(batch);
    }
    Ok(())
}

type LineOutcome = Result<(String, RunStats), (String, Option<Vec<u8>>)>;

fn process_line(
    line: io::Result<Vec<u8>>,
    options: &JsonlOptions,
    config: &Config,
    name: &dyn Fn() -> String,
) -> LineOutcome {
    let line = line.map_err(|e| (format!("reading: {e}"), None))?;
    match process_record(&line, options, config, name) {
        Ok(done) => Ok(done),
        Err(message) => Err((message, Some(line))),
    }
}

/// Cleans one record; the error says what is wrong with it. `name` names the record in a report.
pub fn process_record(
    line: &[u8],
    options: &JsonlOptions,
    config: &Config,
    name: &dyn Fn() -> String,
) -> Result<(String, RunStats), String> {
    let value: Value = match serde_json::from_slice(line) {
        Ok(v) => v,
        Err(_) if options.lossy => {
            let text = replace_lone_surrogates(&String::from_utf8_lossy(line));
            serde_json::from_str(&text).map_err(|e| format!("invalid JSON: {e}"))?
        }
        Err(e) => return Err(format!("invalid JSON: {e}")),
    };
    let Value::Object(mut record) = value else {
        return Err("not a JSON object".into());
    };
    let field = &options.text_field;
    let text = match record.get(field) {
        Some(Value::String(s)) => s,
        Some(_) => return Err(format!("field '{field}' is not a string")),
        None => return Err(format!("no field '{field}'")),
    };
    let hint = record
        .get(&options.title_field)
        .and_then(Value::as_str)
        .map(str::to_string);
    let mut stats = RunStats::default();
    let (body, meta) = {
        let with_hint;
        let config = match hint {
            Some(h) => {
                let mut c = config.clone();
                c.title_hint = Some(h);
                with_hint = c;
                &with_hint
            }
            None => config,
        };
        let cleaned = clean(text, config);
        if let Some(report) = &options.report {
            report.add(&name(), &cleaned);
        }
        let body = cleaned.text();
        stats.add(&cleaned, body.len(), body != *text);
        let mut meta = String::with_capacity(256);
        push_record_metadata(&mut meta, &cleaned, options.explain);
        (body, meta)
    };
    record.insert(field.clone(), Value::String(body));
    serialize(&record, &meta).map(|s| (s, stats))
}

/// Rewrites `\uD800`-style escapes that are not half of a surrogate pair as `\uFFFD`, which JSON
/// parsers accept (for `--lossy`).
fn replace_lone_surrogates(json: &str) -> String {
    fn escape_at(b: &[u8], i: usize) -> Option<u16> {
        let hex = b.get(i..i + 6)?;
        if hex[0] != b'\\' || hex[1] != b'u' {
            return None;
        }
        u16::from_str_radix(std::str::from_utf8(&hex[2..]).ok()?, 16).ok()
    }
    let b = json.as_bytes();
    let mut out = String::with_capacity(json.len());
    let mut copied = 0;
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        match escape_at(b, i) {
            Some(0xD800..=0xDBFF) => {
                if matches!(escape_at(b, i + 6), Some(0xDC00..=0xDFFF)) {
                    i += 12;
                } else {
                    out.push_str(&json[copied..i]);
                    out.push_str("\\uFFFD");
                    i += 6;
                    copied = i;
                }
            }
            Some(0xDC00..=0xDFFF) => {
                out.push_str(&json[copied..i]);
                out.push_str("\\uFFFD");
                i += 6;
                copied = i;
            }
            Some(_) => i += 6,
            // Any other escape, including `\\`: skip both characters.
            None => i += 2,
        }
    }
    out.push_str(&json[copied..]);
    out
}

/// The record as one line of JSON, as serde_json writes it (keys in the record's order), with
/// its strings written by [`push_json_string`] (the cleaned text is most of the output) and
/// `meta` (JSON already) as its `newsclean` field: where the record had one, else last.
fn serialize(record: &Map<String, Value>, meta: &str) -> Result<String, String> {
    let mut out = String::with_capacity(1024 + meta.len());
    out.push('{');
    let mut wrote_meta = false;
    for (n, (key, value)) in record.iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        push_json_string(&mut out, key);
        out.push(':');
        match value {
            _ if key == META_FIELD => {
                out.push_str(meta);
                wrote_meta = true;
            }
            Value::String(s) => push_json_string(&mut out, s),
            other => out
                .push_str(&serde_json::to_string(other).map_err(|e| format!("writing JSON: {e}"))?),
        }
    }
    if !wrote_meta {
        if !record.is_empty() {
            out.push(',');
        }
        push_json_string(&mut out, META_FIELD);
        out.push(':');
        out.push_str(meta);
    }
    out.push('}');
    Ok(out)
}

/// The field newsclean adds to each record.
const META_FIELD: &str = "newsclean";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        assert_eq!(replace_lone_surrogates(r#""a\ud800b""#), r#""a\uFFFDb""#);
        assert_eq!(replace_lone_surrogates(r#""\udc00""#), r#""\uFFFD""#);
        // A pair, an escaped backslash before "ud800", and a truncated escape stay.
        assert_eq!(
            replace_lone_surrogates(r#""\ud83d\ude00""#),
            r#""\ud83d\ude00""#
        );
        assert_eq!(replace_lone_surrogates(r#""\\ud800""#), r#""\\ud800""#);
        assert_eq!(replace_lone_surrogates(r#""\ud8"#), r#""\ud8"#);
    }

    #[test]
    fn lossy_records_are_cleaned_not_failed() {
        let options = JsonlOptions {
            lossy: true,
            ..JsonlOptions::default()
        };
        let line = b"{\"text\":\"caf\xe9 \\ud800 ok\"}";
        assert!(
            process_record(
                line,
                &JsonlOptions::default(),
                &Config::default(),
                &String::new
            )
            .is_err()
        );
        let (out, _) = process_record(line, &options, &Config::default(), &String::new).unwrap();
        let v: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["text"], "caf\u{FFFD} \u{FFFD} ok");
    }
}
