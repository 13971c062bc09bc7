//! The three ways newsclean runs: one document to stdout, a batch of files, a JSON Lines stream.

use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, Result};
use newsclean::batch::{self, BatchOptions, FileOutcome, Target};
use newsclean::diff::render_diff;
use newsclean::input::read_all;
use newsclean::interrupt::Interrupt;
use newsclean::jsonl::{self, JsonlOptions, OnError};
use newsclean::output::{Format, render, render_explain};
use newsclean::report::ReportBuilder;
use newsclean::stats::RunStats;
use newsclean::{Config, clean};

use crate::cli::{Cli, ColorArg, OnErrorArg};
use crate::{EXIT_FAILED, progress};

/// Inputs at least this large compile their rules as the pipeline reaches them.
const PREPARE_BELOW_BYTES: usize = 1 << 20;

/// One document: a file or standard input to standard output.
pub fn run_single(
    cli: &Cli,
    config: &Config,
    format: Format,
    report: Option<Arc<ReportBuilder>>,
) -> Result<ExitCode> {
    let (name, text) = match cli.inputs.first() {
        Some(p) if p != Path::new("-") => {
            let name = p.display().to_string();
            let text = newsclean::input::read_file(p, cli.lossy)
                .with_context(|| format!("reading {name}"))?;
            (name, text)
        }
        _ => {
            let text = read_all(io::stdin().lock(), cli.lossy).context("reading <stdin>")?;
            ("<stdin>".to_string(), text)
        }
    };
    // One short document: its rules compile on two threads, where compiling them is most of
    // the run. Not for an empty one (it needs none) nor a large one: there the second thread's
    // malloc arena outlived the compile, ~10 MB of peak memory against a run the compile does
    // not weigh on.
    if !text.trim().is_empty() && text.len() < PREPARE_BELOW_BYTES {
        newsclean::prepare();
    }
    let cleaned = clean(&text, config);
    // Nothing to compare or count: written as it goes, so a huge article's output is never held
    // beside it.
    if !cli.diff && report.is_none() && !cli.check && !cli.stats {
        if cli.explain {
            // A closed stderr must not stop the output.
            let _ = io::stderr().write_all(render_explain(&cleaned, &name).as_bytes());
        }
        let mut stdout = io::BufWriter::with_capacity(64 * 1024, io::stdout().lock());
        newsclean::output::write(&cleaned, format, !cli.no_title, &mut stdout)?;
        stdout.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    let out = if cli.diff {
        render_diff(&cleaned, use_color(cli.color), diff_width())
    } else {
        render(&cleaned, format, !cli.no_title)
    };
    if let Some(report) = &report {
        report.add(&name, &cleaned);
        let mut stats = RunStats::default();
        stats.add(&cleaned, out.len(), out != text);
        write_reports(cli, report, &stats)?;
    }
    if cli.explain {
        // A closed stderr must not stop the output.
        let _ = io::stderr().write_all(render_explain(&cleaned, &name).as_bytes());
    }
    if cli.stats {
        let mut stats = RunStats::default();
        stats.add(&cleaned, out.len(), out != text);
        let _ = io::stderr().write_all(stats_text(&stats, format).as_bytes());
    }
    if cli.check {
        if out != text {
            println_quiet(&name)?;
            return Ok(ExitCode::from(EXIT_FAILED));
        }
        return Ok(ExitCode::SUCCESS);
    }
    let mut stdout = io::stdout().lock();
    stdout.write_all(out.as_bytes())?;
    stdout.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// --color: auto means a terminal on stdout and no NO_COLOR in the environment.
fn use_color(when: ColorArg) -> bool {
    match when {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => {
            io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

/// Where --diff lines up its labels: the terminal's width from $COLUMNS, else 100.
fn diff_width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .filter(|&w: &usize| w >= 40)
        .unwrap_or(newsclean::diff::DEFAULT_WIDTH)
}

/// Writes --report (HTML) and --report-json, each atomically.
fn write_reports(cli: &Cli, builder: &ReportBuilder, stats: &RunStats) -> Result<()> {
    let report = builder.finish(stats);
    let run: Vec<String> = std::iter::once("newsclean".to_string())
        .chain(std::env::args().skip(1))
        .collect();
    if let Some(path) = &cli.report {
        batch::write_atomic(path, report.to_html(&run.join(" ")).as_bytes())
            .with_context(|| format!("writing report {}", path.display()))?;
    }
    if let Some(path) = &cli.report_json {
        let json = serde_json::to_string_pretty(&report).context("writing report JSON")?;
        batch::write_atomic(path, json.as_bytes())
            .with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}

fn println_quiet(line: &str) -> io::Result<()> {
    let mut stdout = io::stdout().lock();
    writeln!(stdout, "{line}")?;
    stdout.flush()
}

fn stats_text(stats: &RunStats, format: Format) -> String {
    match format {
        Format::Text => stats.table(),
        Format::Json => format!("{}\n", serde_json::to_string(stats).unwrap_or_default()),
    }
}

pub fn run_batch(cli: &Cli, config: &Config, options: &BatchOptions) -> Result<ExitCode> {
    let plan = batch::plan(&cli.inputs, options)?;
    if let Target::Dir(dir) = &options.target {
        batch::check_output_dir(dir)
            .with_context(|| format!("cannot write to output directory {}", dir.display()))?;
        if options.resume {
            let n = batch::remove_stale_temporaries(dir)
                .with_context(|| format!("cleaning up {}", dir.display()))?;
            if n > 0 && !cli.quiet {
                eprintln!("newsclean: removed {n} temporary files left by an interrupted run");
            }
        }
    }
    for e in &plan.errors {
        eprintln!("newsclean: {e}");
    }
    if !cli.quiet {
        for w in &plan.warnings {
            eprintln!("newsclean: {w}");
        }
    }
    let bar = progress::Progress::new(plan.jobs.len() as u64, cli.quiet);
    let check = options.target == Target::Check;
    let changed_paths = std::sync::Mutex::new(Vec::new());
    let stats = batch::run(&plan, options, config, &|job, outcome| {
        match outcome {
            FileOutcome::Failed(message) => bar.println(&format!("newsclean: {message}")),
            FileOutcome::Skipped(message) if !cli.quiet => {
                bar.println(&format!("newsclean: {message}"))
            }
            FileOutcome::Skipped(_) | FileOutcome::AlreadyDone => {}
            FileOutcome::Done { changed: true } if check => {
                if let Ok(mut v) = changed_paths.lock() {
                    v.push(job.input.clone());
                }
            }
            FileOutcome::Done { .. } => {}
        }
        bar.inc();
    });
    bar.finish();
    let mut changed: Vec<PathBuf> = changed_paths.into_inner().unwrap_or_default();
    changed.sort();
    for path in &changed {
        println_quiet(&path.display().to_string())?;
    }
    if let Some(report) = &options.report {
        write_reports(cli, report, &stats)?;
    }
    if cli.stats {
        io::stdout().write_all(stats_text(&stats, options.format).as_bytes())?;
    }
    if !cli.quiet {
        let mut line = stats.summary_line("files");
        if check {
            line.push_str(&format!("; {} would change", changed.len()));
        }
        eprintln!("newsclean: {line}");
    }
    if let Some(code) = options.interrupt.requested() {
        return Ok(ExitCode::from(code));
    }
    let failed = stats.failed > 0 || (check && !changed.is_empty());
    Ok(if failed {
        ExitCode::from(EXIT_FAILED)
    } else {
        ExitCode::SUCCESS
    })
}

/// Opens a JSON Lines input, decompressing gzip (by extension or magic bytes).
fn open_jsonl(path: &Path) -> Result<Box<dyn Read + Send>> {
    let name = path.display();
    let file = File::open(path).with_context(|| format!("reading {name}"))?;
    let mut reader = BufReader::with_capacity(1 << 20, file);
    let magic = reader
        .fill_buf()
        .with_context(|| format!("reading {name}"))?;
    let gzip = magic.starts_with(&[0x1f, 0x8b]) || path.extension().is_some_and(|e| e == "gz");
    Ok(if gzip {
        Box::new(flate2::read::MultiGzDecoder::new(reader))
    } else {
        Box::new(reader)
    })
}

pub fn run_jsonl(
    cli: &Cli,
    config: &Config,
    interrupt: Interrupt,
    report: Option<Arc<ReportBuilder>>,
) -> Result<ExitCode> {
    let options = JsonlOptions {
        text_field: cli.text_field.clone(),
        title_field: cli.title_field.clone(),
        explain: cli.explain,
        on_error: match cli.on_error {
            OnErrorArg::Fail => OnError::Fail,
            OnErrorArg::Skip => OnError::Skip,
            OnErrorArg::Keep => OnError::Keep,
        },
        lossy: cli.lossy,
        interrupt,
        report,
    };
    let sources: Vec<Option<&PathBuf>> = if cli.inputs.is_empty() {
        vec![None]
    } else {
        cli.inputs
            .iter()
            .map(|p| (p != Path::new("-")).then_some(p))
            .collect()
    };
    // Output: stdout, or a file written beside its destination and renamed into place at the end.
    let mut tmp = match &cli.output {
        Some(path) => {
            let dir = path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            Some(
                tempfile::Builder::new()
                    .prefix(".newsclean-")
                    .suffix(".tmp")
                    .tempfile_in(dir)
                    .with_context(|| format!("writing {}", path.display()))?,
            )
        }
        None => None,
    };
    let stdout = io::stdout();
    let mut writer: Box<dyn Write> = match &mut tmp {
        Some(t) => Box::new(io::BufWriter::with_capacity(1 << 20, t.as_file_mut())),
        None => Box::new(io::BufWriter::with_capacity(1 << 20, stdout.lock())),
    };
    let report = |m: &str| eprintln!("newsclean: {m}");
    let mut total = jsonl::JsonlSummary::default();
    let mut sources_failed = 0;
    for source in sources {
        let (name, reader): (String, Box<dyn Read + Send>) = match source {
            Some(path) => match open_jsonl(path) {
                Ok(r) => (path.display().to_string(), r),
                Err(e) => {
                    report(&format!("{e:#}"));
                    sources_failed += 1;
                    continue;
                }
            },
            None => ("<stdin>".into(), Box::new(io::stdin())),
        };
        let summary = jsonl::run(reader, &mut writer, &name, &options, config, &report)
            .context("writing output")?;
        total.merge(&summary);
        if summary.stopped || summary.interrupted {
            break;
        }
    }
    writer.flush().context("writing output")?;
    drop(writer);
    if let Some(report) = &options.report {
        write_reports(cli, report, &total.stats)?;
    }
    if let Some(code) = options.interrupt.requested() {
        // An interrupted run's -o file would look complete: leave the destination untouched
        // (the temporary file is removed when `tmp` drops). Records already on stdout are whole.
        if !cli.quiet {
            eprintln!("newsclean: {}", total.summary_line(options.on_error));
        }
        return Ok(ExitCode::from(code));
    }
    if let (Some(t), Some(path)) = (tmp, &cli.output) {
        t.persist(path)
            .map_err(|e| e.error)
            .with_context(|| format!("writing {}", path.display()))?;
    }
    if cli.stats {
        let _ = io::stderr().write_all(stats_text(&total.stats, Format::Text).as_bytes());
    }
    if !cli.quiet {
        let mut line = total.summary_line(options.on_error);
        if sources_failed > 0 {
            line.push_str(&format!(
                "; {sources_failed} input files could not be opened"
            ));
        }
        eprintln!(
            "newsclean: {line}; lines removed: {}",
            total.stats.removed_summary()
        );
    }
    Ok(
        if total.stats.failed > 0 || total.read_failed || sources_failed > 0 {
            ExitCode::from(EXIT_FAILED)
        } else {
            ExitCode::SUCCESS
        },
    )
}
