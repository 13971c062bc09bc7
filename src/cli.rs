//! Command-line arguments: defined once here, turned into library options before any work.

use std::path::PathBuf;

use clap::{Parser, ValueEnum};

/// Clean scraped news text: collapse repeated headlines, strip trailing related links, find and
/// remove wire-service credits, and say what was removed and why.
#[derive(Parser, Debug)]
#[command(name = "newsclean", version, about, after_help = AFTER_HELP)]
pub struct Cli {
    /// Article files or directories to clean; `-` or nothing reads standard input. Directories
    /// and several inputs need --output, --in-place or --check.
    pub inputs: Vec<PathBuf>,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = FormatArg::Text)]
    pub format: FormatArg,

    /// Leave the title out of text output.
    #[arg(long)]
    pub no_title: bool,

    /// Print every removal (line, pass, rule, reason) on standard error; with --jsonl, add the
    /// full removals to each record.
    #[arg(long)]
    pub explain: bool,

    /// Run only these passes, in this order (comma-separated; see --list-passes).
    #[arg(long, value_delimiter = ',', value_name = "NAMES")]
    pub passes: Option<Vec<String>>,

    /// Do not run this pass (repeatable).
    #[arg(long, value_name = "NAME")]
    pub skip: Vec<String>,

    /// Show the whole document with every removed line in place, marked `-` and named by pass
    /// and rule at the right margin (one input only).
    #[arg(long, conflicts_with_all = ["format", "check", "output", "in_place", "jsonl"])]
    pub diff: bool,

    /// Colour --diff: auto (when stdout is a terminal and NO_COLOR is not set), always, never.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    pub color: ColorArg,

    /// Write a self-contained HTML report of the run: totals, removals per pass and rule,
    /// the most frequent removed and kept lines, and sample documents.
    #[arg(long, value_name = "FILE.html")]
    pub report: Option<PathBuf>,

    /// Write the report's numbers as JSON.
    #[arg(long, value_name = "FILE")]
    pub report_json: Option<PathBuf>,

    /// Remove the agency marker from a leading dateline ("WASHINGTON (AP) —" → "WASHINGTON —").
    #[arg(long)]
    pub strip_dateline: bool,

    /// How hard to cut: precise (more junk out), balanced, or recall (keep everything doubtful).
    #[arg(long, value_enum, default_value_t = ModeArg::Balanced)]
    pub mode: ModeArg,

    /// Site-specific rules (TOML): boilerplate lines, related-block introducers, agency names.
    #[arg(long, value_name = "FILE")]
    pub rules: Option<PathBuf>,

    /// List the passes in their default order with a one-line description, then exit.
    #[arg(long)]
    pub list_passes: bool,

    /// Write results under this directory at each input's relative path (`.json` with
    /// --format json); with --jsonl, the output file.
    #[arg(short, long, value_name = "PATH")]
    pub output: Option<PathBuf>,

    /// Replace each input file with its clean text (written atomically).
    #[arg(long, conflicts_with_all = ["output", "check"])]
    pub in_place: bool,

    /// Write nothing; list the inputs that cleaning would change and exit 1 if there are any.
    #[arg(long, conflicts_with = "output")]
    pub check: bool,

    /// Continue a batch that was stopped: skip inputs whose output already exists under
    /// --output (outputs are written atomically, so an existing one is complete).
    #[arg(long, alias = "skip-existing", requires = "output")]
    pub resume: bool,

    /// Replace invalid UTF-8 (and, in JSON Lines, lone surrogate escapes) with U+FFFD instead
    /// of failing the input.
    #[arg(long)]
    pub lossy: bool,

    /// Which files in directories to clean (a glob on the file name or relative path).
    #[arg(long, value_name = "PATTERN", default_value = "*.txt")]
    pub glob: String,

    /// Worker threads (default: all cores). The output is the same for any number.
    #[arg(short, long, value_name = "N")]
    pub jobs: Option<usize>,

    /// No progress bar and no summary line.
    #[arg(short, long)]
    pub quiet: bool,

    /// Print removals per pass and totals for the whole run (a table, or JSON with --format json).
    #[arg(long)]
    pub stats: bool,

    /// Read JSON Lines (one article object per line; `.gz` read transparently) and write them
    /// back with the text cleaned and a `newsclean` object added.
    #[arg(long)]
    pub jsonl: bool,

    /// With --jsonl: the field holding the article text.
    #[arg(long, value_name = "NAME", default_value = "text")]
    pub text_field: String,

    /// With --jsonl: the field holding the headline, used as a title hint when present.
    #[arg(long, value_name = "NAME", default_value = "title")]
    pub title_field: String,

    /// With --jsonl: what to do with a record that cannot be cleaned.
    #[arg(long, value_enum, default_value_t = OnErrorArg::Fail)]
    pub on_error: OnErrorArg,

    /// Print a shell completion script (bash, zsh, fish, elvish, powershell) and exit.
    #[arg(long, value_name = "SHELL")]
    pub completions: Option<clap_complete::Shell>,

    /// Print the man page (roff) and exit.
    #[arg(long)]
    pub man: bool,
}

const AFTER_HELP: &str = "\
Examples:
  newsclean article.txt                      clean one article to stdout
  newsclean article.txt --format json        title, text, wire agency and removals as JSON
  newsclean crawl/ -o clean/                 clean every *.txt under crawl/ into clean/
  newsclean --jsonl news.jsonl.gz > out.jsonl
  newsclean --check crawl/                   list files that cleaning would change
  newsclean article.txt --diff               see each removed line in place, with its rule
  newsclean crawl/ -o clean/ --report r.html a page showing what the run removed and kept

Exit codes: 0 ok, 1 an input failed (or --check found changes), 2 usage error,
130 interrupted (SIGINT; 143 for SIGTERM): files and records written so far are complete.";

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum FormatArg {
    Text,
    Json,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum ModeArg {
    Precise,
    Balanced,
    Recall,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum OnErrorArg {
    /// Report the record and stop.
    Fail,
    /// Report the record and leave it out.
    Skip,
    /// Report the record and write it unchanged.
    Keep,
}
