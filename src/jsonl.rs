//! JSON Lines: one article per line as a JSON object; the text field is cleaned and a
//! `newsclean` object added, every other field kept as it was, in order.
//!
//! Records are read in batches by one thread, cleaned in parallel, and written in input order;
//! at most a few batches are in memory at once, so memory does not grow with the input.

use std::io::{self, BufRead, Write};
use std::sync::mpsc::sync_channel;

use rayon::prelude::*;
use serde_json::{Map, Value};

use crate::output::record_metadata;
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
}

impl Default for JsonlOptions {
    fn default() -> Self {
        JsonlOptions {
            text_field: "text".into(),
            title_field: "title".into(),
            explain: false,
            on_error: OnError::Fail,
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
}

/// Lines per batch, and a byte budget per batch: whichever comes first.
const BATCH_LINES: usize = 512;
const BATCH_BYTES: usize = 8 << 20;
/// Batches read ahead of the one being cleaned.
const READ_AHEAD: usize = 2;

type Batch = Vec<(u64, io::Result<Vec<u8>>)>;

/// Cleans every record from `reader` and writes the results to `writer` in input order. Errors
/// with single records go to `report` as "SOURCE:LINE: message"; an error writing the output
/// is returned.
pub fn run(
    reader: Box<dyn BufRead + Send>,
    writer: &mut dyn Write,
    source: &str,
    options: &JsonlOptions,
    config: &Config,
    report: &(dyn Fn(&str) + Sync),
) -> io::Result<JsonlSummary> {
    let (tx, rx) = sync_channel::<Batch>(READ_AHEAD);
    let reader_thread = std::thread::spawn(move || read_batches(reader, tx));
    let mut summary = JsonlSummary::default();
    let mut result = Ok(());
    for batch in rx {
        let outcomes: Vec<(u64, LineOutcome)> = batch
            .into_par_iter()
            .map(|(line_no, line)| (line_no, process_line(line, options, config)))
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
    }
    let read_error = reader_thread.join().unwrap_or(Ok(()));
    result?;
    if let Err(e) = read_error {
        report(&format!("{source}: reading: {e}"));
        summary.stats.failed += 1;
        summary.stopped = true;
    }
    writer.flush()?;
    Ok(summary)
}

/// Reads non-blank lines into batches until the input ends or the receiver goes away.
fn read_batches(
    mut reader: Box<dyn BufRead + Send>,
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
        if batch.len() >= BATCH_LINES || bytes >= BATCH_BYTES {
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

fn process_line(line: io::Result<Vec<u8>>, options: &JsonlOptions, config: &Config) -> LineOutcome {
    let line = line.map_err(|e| (format!("reading: {e}"), None))?;
    match process_record(&line, options, config) {
        Ok(done) => Ok(done),
        Err(message) => Err((message, Some(line))),
    }
}

/// Cleans one record; the error says what is wrong with it.
pub fn process_record(
    line: &[u8],
    options: &JsonlOptions,
    config: &Config,
) -> Result<(String, RunStats), String> {
    let value: Value = serde_json::from_slice(line).map_err(|e| format!("invalid JSON: {e}"))?;
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
        let body = cleaned.text();
        stats.add(&cleaned, body.len(), body != *text);
        (body, record_metadata(&cleaned, options.explain))
    };
    record.insert(field.clone(), Value::String(body));
    record.insert("newsclean".into(), meta);
    serialize(&record).map(|s| (s, stats))
}

fn serialize(record: &Map<String, Value>) -> Result<String, String> {
    serde_json::to_string(record).map_err(|e| format!("writing JSON: {e}"))
}
