//! The `newsclean` command: parse arguments, pick the mode, call the library, map errors to exit
//! codes (0 ok, 1 an input or output failed, 2 usage error, 130/143 interrupted).

mod cli;
mod commands;
mod progress;

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use anyhow::{Context, Result, bail};
use clap::{CommandFactory, Parser};
use cli::{Cli, FormatArg, ModeArg};
use commands::{run_batch, run_jsonl, run_single};
use newsclean::batch::{BatchOptions, Target, UsageError};
use newsclean::interrupt::Interrupt;
use newsclean::output::Format;
use newsclean::report::ReportBuilder;
use newsclean::rules::UserRules;
use newsclean::{ALL_PASSES, Config, Mode, UnknownPass};

/// Exit code when an input or output failed (shared with the runs in commands.rs).
const EXIT_FAILED: u8 = 1;
const EXIT_USAGE: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse(); // clap exits with 2 on a usage error
    match run(&cli) {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) if e.is::<UnknownPass>() || e.is::<UsageError>() => {
            eprintln!("newsclean: {e:#}");
            ExitCode::from(EXIT_USAGE)
        }
        Err(e) => {
            eprintln!("newsclean: {e:#}");
            ExitCode::from(EXIT_FAILED)
        }
    }
}

/// A reader that went away (`| head`) is not an error.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

fn run(cli: &Cli) -> Result<ExitCode> {
    if cli.list_passes {
        let list: String = ALL_PASSES
            .iter()
            .map(|p| format!("{:<10} {}\n", p.name(), p.description()))
            .collect();
        io::stdout().write_all(list.as_bytes())?;
        return Ok(ExitCode::SUCCESS);
    }
    if let Some(shell) = cli.completions {
        clap_complete::generate(shell, &mut Cli::command(), "newsclean", &mut io::stdout());
        return Ok(ExitCode::SUCCESS);
    }
    if cli.man {
        clap_mangen::Man::new(Cli::command()).render(&mut io::stdout())?;
        return Ok(ExitCode::SUCCESS);
    }
    let config = build_config(cli)?;
    if let Some(jobs) = cli.jobs {
        if jobs == 0 {
            bail!(UsageError("--jobs must be at least 1".into()));
        }
        rayon::ThreadPoolBuilder::new()
            .num_threads(jobs)
            .build_global()
            .context("starting worker threads")?;
    }
    let format = match cli.format {
        FormatArg::Text => Format::Text,
        FormatArg::Json => Format::Json,
    };
    if cli.jsonl {
        if cli.resume {
            bail!(UsageError(
                "--resume continues a directory batch; it does not apply to --jsonl".into()
            ));
        }
        return run_jsonl(cli, &config, interrupt_on_signals()?, report_builder(cli));
    }
    let stdin_only =
        cli.inputs.is_empty() || (cli.inputs.len() == 1 && cli.inputs[0] == Path::new("-"));
    let batch_mode = cli.output.is_some()
        || cli.in_place
        || (cli.check && !stdin_only)
        || cli.inputs.len() > 1
        || cli.inputs.iter().any(|p| p.is_dir());
    if batch_mode && cli.diff {
        bail!(UsageError(
            "--diff shows one document: name one file (or none, for standard input)".into()
        ));
    }
    if batch_mode {
        if cli.inputs.iter().any(|p| p == Path::new("-")) || cli.inputs.is_empty() {
            bail!(UsageError(
                "standard input cannot be part of a batch; name files or directories".into()
            ));
        }
        let target = match (&cli.output, cli.in_place, cli.check) {
            (Some(dir), _, _) => Target::Dir(dir.clone()),
            (None, true, _) => Target::InPlace,
            (None, false, true) => Target::Check,
            (None, false, false) => bail!(UsageError(
                "several inputs or a directory need --output DIR, --in-place or --check".into()
            )),
        };
        if target == Target::InPlace && format == Format::Json {
            bail!(UsageError(
                "--in-place writes text; it cannot be used with --format json".into()
            ));
        }
        let options = BatchOptions {
            target,
            glob: cli.glob.clone(),
            format,
            show_title: !cli.no_title,
            lossy: cli.lossy,
            resume: cli.resume,
            interrupt: interrupt_on_signals()?,
            report: report_builder(cli),
        };
        return run_batch(cli, &config, &options);
    }
    run_single(cli, &config, format, report_builder(cli))
}

/// A report collector when --report or --report-json asks for one.
fn report_builder(cli: &Cli) -> Option<Arc<ReportBuilder>> {
    (cli.report.is_some() || cli.report_json.is_some()).then(|| Arc::new(ReportBuilder::new()))
}

/// Long runs stop cleanly on SIGINT or SIGTERM: no new document starts, what is written stays
/// complete, and the exit code is 130 (143 for SIGTERM). A second signal ends the process at once.
fn interrupt_on_signals() -> Result<Interrupt> {
    use signal_hook::consts::{SIGINT, SIGTERM};
    use signal_hook::flag;
    let interrupt = Interrupt::new();
    let second = Arc::new(AtomicBool::new(false));
    for (signal, code) in [(SIGINT, 130u8), (SIGTERM, 143)] {
        // Registered first, so it sees `second` still false on the first signal.
        flag::register_conditional_shutdown(signal, i32::from(code), Arc::clone(&second))
            .context("installing signal handlers")?;
        flag::register(signal, Arc::clone(&second)).context("installing signal handlers")?;
        flag::register_usize(signal, interrupt.cell(), usize::from(code))
            .context("installing signal handlers")?;
    }
    Ok(interrupt)
}

fn build_config(cli: &Cli) -> Result<Config> {
    let mut config = match &cli.passes {
        Some(names) => Config::with_passes(names)?,
        None => Config::default(),
    };
    for name in &cli.skip {
        config = config.skip(name)?;
    }
    config.strip_dateline = cli.strip_dateline;
    config.mode = match cli.mode {
        ModeArg::Precise => Mode::Precise,
        ModeArg::Balanced => Mode::Balanced,
        ModeArg::Recall => Mode::Recall,
    };
    if let Some(path) = &cli.rules {
        config.user_rules = Some(Arc::new(UserRules::load(path)?));
    }
    Ok(config)
}
