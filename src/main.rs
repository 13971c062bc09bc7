//! The `newsclean` command: parse arguments, clean, print. The work is in the library.

use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, ValueEnum};
use newsclean::output::{render_explain, render_json, render_text};
use newsclean::{ALL_PASSES, Config, clean};

/// Clean scraped news text: collapse repeated headlines, strip trailing related links, find and
/// remove wire-service credits, and say what was removed and why.
#[derive(Parser, Debug)]
#[command(name = "newsclean", version, about)]
struct Cli {
    /// Article text to clean; `-` or nothing reads standard input.
    file: Option<PathBuf>,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = FormatArg::Text)]
    format: FormatArg,

    /// Leave the title out of text output.
    #[arg(long)]
    no_title: bool,

    /// Print every removal (line, pass, rule, reason) on standard error.
    #[arg(long)]
    explain: bool,

    /// Run only these passes, in this order (comma-separated; see --list-passes).
    #[arg(long, value_delimiter = ',', value_name = "NAMES")]
    passes: Option<Vec<String>>,

    /// Do not run this pass (repeatable).
    #[arg(long, value_name = "NAME")]
    skip: Vec<String>,

    /// Remove the agency marker from a leading dateline ("WASHINGTON (AP) —" → "WASHINGTON —").
    #[arg(long)]
    strip_dateline: bool,

    /// List the passes in their default order with a one-line description, then exit.
    #[arg(long)]
    list_passes: bool,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum FormatArg {
    Text,
    Json,
}

/// Exit codes: 0 ok, 1 an input or output failed, 2 usage error.
const EXIT_FAILED: u8 = 1;
const EXIT_USAGE: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse(); // clap exits with 2 on a usage error
    if cli.list_passes {
        return emit(&list_passes());
    }
    let config = match build_config(&cli) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("newsclean: {e}");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    match run(&cli, &config) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("newsclean: {e:#}");
            ExitCode::from(EXIT_FAILED)
        }
    }
}

fn list_passes() -> String {
    ALL_PASSES
        .iter()
        .map(|p| format!("{:<10} {}\n", p.name(), p.description()))
        .collect()
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
    Ok(config)
}

fn run(cli: &Cli, config: &Config) -> Result<ExitCode> {
    let (name, bytes) = match cli.file.as_deref() {
        None => ("<stdin>".to_string(), read_stdin()?),
        Some(p) if p.as_os_str() == "-" => ("<stdin>".to_string(), read_stdin()?),
        Some(p) => {
            let name = p.display().to_string();
            let bytes = std::fs::read(p).with_context(|| format!("reading {name}"))?;
            (name, bytes)
        }
    };
    let text = std::str::from_utf8(&bytes).map_err(|e| {
        anyhow::anyhow!("reading {name}: invalid UTF-8 at byte {}", e.valid_up_to())
    })?;
    let cleaned = clean(text, config);
    if cli.explain {
        // A closed stderr must not stop the output.
        let _ = io::stderr().write_all(render_explain(&cleaned, &name).as_bytes());
    }
    let out = match cli.format {
        FormatArg::Text => render_text(&cleaned, !cli.no_title),
        FormatArg::Json => {
            let mut json = render_json(&cleaned);
            json.push('\n');
            json
        }
    };
    Ok(emit(&out))
}

fn read_stdin() -> Result<Vec<u8>> {
    let mut buf = Vec::new();
    io::stdin()
        .lock()
        .read_to_end(&mut buf)
        .context("reading <stdin>")?;
    Ok(buf)
}

/// Writes to stdout. A reader that went away (`| head`) is not an error: exit quietly.
fn emit(s: &str) -> ExitCode {
    let mut stdout = io::stdout().lock();
    match stdout.write_all(s.as_bytes()).and_then(|()| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("newsclean: writing <stdout>: {e}");
            ExitCode::from(EXIT_FAILED)
        }
    }
}
