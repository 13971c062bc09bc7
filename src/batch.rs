//! Cleaning many files: walking directories, cleaning in parallel, writing each result
//! atomically at its mirrored path (or in place, or only checking).

use std::collections::HashSet;
use std::io::Write;
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};

use globset::{Glob, GlobMatcher};
use rayon::prelude::*;

pub use crate::error::UsageError;
use crate::input::read_file;
use crate::interrupt::Interrupt;
use crate::output::{Format, render};
use crate::report::ReportBuilder;
use crate::stats::RunStats;
use crate::{Config, clean};

/// What a batch does with each result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Write under this directory at the input's relative path.
    Dir(PathBuf),
    /// Replace each input file with its clean text.
    InPlace,
    /// Write nothing; report the inputs whose clean text differs.
    Check,
}

/// Options of a batch run.
#[derive(Debug, Clone)]
pub struct BatchOptions {
    pub target: Target,
    /// File-name pattern for files found in directories (`*.txt`). Files named on the command
    /// line are always taken.
    pub glob: String,
    pub format: Format,
    pub show_title: bool,
    /// Replace invalid UTF-8 with U+FFFD instead of failing the file.
    pub lossy: bool,
    /// Skip jobs whose output already exists (a killed run's finished files are complete,
    /// because every output is written atomically).
    pub resume: bool,
    /// Checked between files: once raised, no new file is started.
    pub interrupt: Interrupt,
    /// `--report`: every cleaned file is added, named by its input path.
    pub report: Option<Arc<ReportBuilder>>,
}

/// One file to clean and where its result goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub input: PathBuf,
    /// Path relative to the output directory.
    pub relative: PathBuf,
}

/// The files to clean, in a stable order, and the problems met while looking for them.
#[derive(Debug, Default)]
pub struct Plan {
    pub jobs: Vec<Job>,
    /// Entries that could not be read (they count as failed inputs).
    pub errors: Vec<String>,
    /// Things skipped on purpose, such as a symbolic link back to an ancestor directory.
    pub warnings: Vec<String>,
}

/// Walks the inputs: directories recursively (hidden entries skipped, symlinks followed with loop
/// detection), keeping files that match the glob; named files as they are.
pub fn plan(inputs: &[PathBuf], options: &BatchOptions) -> Result<Plan, UsageError> {
    let matcher = glob_matcher(&options.glob)?;
    let mut plan = Plan::default();
    for input in inputs {
        if input.is_dir() {
            walk_dir(input, &matcher, &mut plan);
        } else {
            let name = input.file_name().map(PathBuf::from).unwrap_or_default();
            plan.jobs.push(Job {
                input: input.clone(),
                relative: name,
            });
        }
    }
    if let Target::Dir(out) = &options.target {
        refuse_output_inside_inputs(out, inputs)?;
        for job in &mut plan.jobs {
            if options.format == Format::Json {
                job.relative.set_extension("json");
            }
        }
        let mut seen = HashSet::new();
        for job in &plan.jobs {
            if !seen.insert(job.relative.clone()) {
                return Err(UsageError(format!(
                    "two inputs would be written to the same output {}: clean them in separate runs",
                    out.join(&job.relative).display()
                )));
            }
        }
    }
    Ok(plan)
}

fn glob_matcher(pattern: &str) -> Result<GlobMatcher, UsageError> {
    Glob::new(pattern)
        .map(|g| g.compile_matcher())
        .map_err(|e| UsageError(format!("--glob {pattern}: {e}")))
}

fn walk_dir(root: &Path, matcher: &GlobMatcher, plan: &mut Plan) {
    let walker = ignore::WalkBuilder::new(root)
        .standard_filters(false)
        .hidden(true)
        .follow_links(true)
        .sort_by_file_path(|a, b| a.cmp(b))
        .build();
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) if is_loop(&e) => {
                plan.warnings
                    .push(format!("skipping a symbolic link loop: {e}"));
                continue;
            }
            Err(e) => {
                plan.errors.push(format!("walking {}: {e}", root.display()));
                continue;
            }
        };
        if !entry.file_type().is_some_and(|t| t.is_file()) {
            continue;
        }
        let path = entry.path();
        let relative = path.strip_prefix(root).unwrap_or(path).to_path_buf();
        let name_matches = path.file_name().is_some_and(|n| matcher.is_match(n));
        if name_matches || matcher.is_match(&relative) {
            plan.jobs.push(Job {
                input: path.to_path_buf(),
                relative,
            });
        }
    }
}

fn is_loop(e: &ignore::Error) -> bool {
    match e {
        ignore::Error::Loop { .. } => true,
        ignore::Error::WithPath { err, .. }
        | ignore::Error::WithDepth { err, .. }
        | ignore::Error::WithLineNumber { err, .. } => is_loop(err),
        _ => false,
    }
}

/// An absolute, lexically normalized path, resolving symlinks in the part that exists.
fn resolve(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut existing = absolute.as_path();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                existing = parent;
            }
            _ => break,
        }
    }
    let mut resolved = existing
        .canonicalize()
        .unwrap_or_else(|_| existing.to_path_buf());
    for part in rest.iter().rev() {
        resolved.push(part);
    }
    let mut normal = PathBuf::new();
    for c in resolved.components() {
        match c {
            Component::ParentDir => {
                normal.pop();
            }
            Component::CurDir => {}
            c => normal.push(c),
        }
    }
    normal
}

/// Outputs written inside an input directory would be read back as inputs on the next run, and
/// could overwrite inputs: refuse.
fn refuse_output_inside_inputs(out: &Path, inputs: &[PathBuf]) -> Result<(), UsageError> {
    let out_resolved = resolve(out);
    for input in inputs {
        let input_resolved = resolve(input);
        let inside = if input.is_dir() {
            out_resolved.starts_with(&input_resolved)
        } else {
            out_resolved.join(input.file_name().unwrap_or_default()) == input_resolved
        };
        if inside {
            return Err(UsageError(format!(
                "output directory {} is inside input {}: its outputs would be read back as inputs; \
                 choose an output directory outside the inputs (or use --in-place)",
                out.display(),
                input.display()
            )));
        }
    }
    Ok(())
}

/// The result of one file.
#[derive(Debug)]
pub enum FileOutcome {
    /// Cleaned (and written, unless checking); `changed` when the output differs from the input.
    Done {
        changed: bool,
    },
    /// Not text (a binary file): left alone, with the reason.
    Skipped(String),
    /// `--resume`: the output exists from an earlier run.
    AlreadyDone,
    Failed(String),
}

/// Makes sure results can be written under `dir` before any work starts, so an unwritable
/// output directory is one clear error rather than one per file.
pub fn check_output_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    tempfile::Builder::new()
        .prefix(".newsclean-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map(drop)
}

/// `--resume`: removes the temporary files a killed run left under `dir` (named
/// `.newsclean-*.tmp`; never an output). Returns how many were removed.
pub fn remove_stale_temporaries(dir: &Path) -> std::io::Result<usize> {
    let mut removed = 0;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d)? {
            let entry = entry?;
            let name = entry.file_name();
            let name = name.to_string_lossy();
            let kind = entry.file_type()?;
            if kind.is_dir() {
                stack.push(entry.path());
            } else if kind.is_file() && name.starts_with(".newsclean-") && name.ends_with(".tmp") {
                std::fs::remove_file(entry.path())?;
                removed += 1;
            }
        }
    }
    Ok(removed)
}

/// Cleans every job in parallel (on the current rayon pool). `on_done` is called once per job
/// started, from worker threads, with the job and its outcome (for progress and error messages).
/// Once `options.interrupt` is raised no further job starts; those left are counted in
/// `not_started`. Returns the run's counts.
pub fn run(
    plan: &Plan,
    options: &BatchOptions,
    config: &Config,
    on_done: &(dyn Fn(&Job, &FileOutcome) + Sync),
) -> RunStats {
    let total = Mutex::new(RunStats::default());
    plan.jobs.par_iter().for_each(|job| {
        let mut local = RunStats::default();
        if options.interrupt.is_raised() {
            local.not_started += 1;
        } else {
            let outcome = process(job, options, config, &mut local);
            match &outcome {
                FileOutcome::Failed(_) => local.failed += 1,
                FileOutcome::Skipped(_) => local.skipped += 1,
                FileOutcome::AlreadyDone => local.already_done += 1,
                FileOutcome::Done { .. } => {}
            }
            on_done(job, &outcome);
        }
        if let Ok(mut t) = total.lock() {
            t.merge(&local);
        }
    });
    let mut stats = total.into_inner().unwrap_or_default();
    stats.failed += plan.errors.len() as u64;
    stats
}

fn process(
    job: &Job,
    options: &BatchOptions,
    config: &Config,
    stats: &mut RunStats,
) -> FileOutcome {
    let dest = match &options.target {
        Target::Dir(dir) => Some(dir.join(&job.relative)),
        Target::InPlace => Some(job.input.clone()),
        Target::Check => None,
    };
    if options.resume
        && let (Target::Dir(_), Some(dest)) = (&options.target, &dest)
        && dest.exists()
    {
        return FileOutcome::AlreadyDone;
    }
    let name = job.input.display();
    let text = match read_file(&job.input, options.lossy) {
        Ok(text) => text,
        Err(e) if e.is_binary() => return FileOutcome::Skipped(format!("{name}: {e}")),
        Err(e) => return FileOutcome::Failed(format!("reading {name}: {e}")),
    };
    let cleaned = clean(&text, config);
    if let Some(report) = &options.report {
        report.add(&name.to_string(), &cleaned);
    }
    let out = render(&cleaned, options.format, options.show_title);
    let changed = out != text;
    stats.add(&cleaned, out.len(), changed);
    // In place, an unchanged file is left alone (its time stamps too).
    let write = match (&options.target, dest) {
        (Target::Check, _) | (_, None) => None,
        (Target::InPlace, _) if !changed => None,
        (_, Some(dest)) => Some(dest),
    };
    if let Some(dest) = write
        && let Err(e) = write_atomic(&dest, out.as_bytes())
    {
        return FileOutcome::Failed(format!("writing {}: {e}", dest.display()));
    }
    FileOutcome::Done { changed }
}

/// Writes `bytes` to a temporary file beside `dest` and renames it into place, so `dest` is
/// either the old file, absent, or the complete new file — never half written.
///
/// A batch writes thousands of files into a few directories, so the common case costs few
/// system calls: the directory is created only when making the temporary file finds it missing,
/// a relative directory is resolved against a working directory looked up once, and a new file
/// gets its permissions when it is created, not by a second call.
pub fn write_atomic(dest: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match dest.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    // Keep the permissions of a file being replaced; a new file gets the usual rw-r--r-- (less
    // what the umask takes, as with `>`), where a bare temporary file would be rw-------.
    let existing = std::fs::metadata(dest).ok().map(|meta| meta.permissions());
    let absolute;
    let dir = if dir.is_absolute() {
        dir
    } else {
        absolute = working_dir()?.join(dir);
        &absolute
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".newsclean-").suffix(".tmp");
    if existing.is_none()
        && let Some(permissions) = new_file_permissions()
    {
        builder.permissions(permissions);
    }
    let mut tmp = match builder.tempfile_in(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            std::fs::create_dir_all(dir)?;
            builder.tempfile_in(dir)?
        }
        other => other?,
    };
    tmp.write_all(bytes)?;
    // No fsync: the rename alone guarantees that a killed run leaves complete files or none;
    // syncing every file would cost more than the cleaning (it guards only against power loss).
    if let Some(permissions) = existing {
        std::fs::set_permissions(tmp.path(), permissions)?;
    }
    tmp.persist(dest).map_err(|e| e.error)?;
    Ok(())
}

/// The working directory, looked up once: nothing in newsclean changes it.
fn working_dir() -> std::io::Result<&'static Path> {
    static CWD: std::sync::OnceLock<Option<PathBuf>> = std::sync::OnceLock::new();
    CWD.get_or_init(|| std::env::current_dir().ok())
        .as_deref()
        .ok_or_else(|| std::io::Error::other("the working directory cannot be read"))
}

#[cfg(unix)]
fn new_file_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn new_file_permissions() -> Option<std::fs::Permissions> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolve_normalizes_missing_tails() {
        let base = std::env::temp_dir();
        let r = resolve(&base.join("a/../b/c"));
        assert!(r.ends_with("b/c"), "{r:?}");
    }

    #[test]
    fn output_inside_input_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let inputs = vec![dir.path().to_path_buf()];
        assert!(refuse_output_inside_inputs(&dir.path().join("out"), &inputs).is_err());
        assert!(refuse_output_inside_inputs(dir.path(), &inputs).is_err());
        let elsewhere = tempfile::tempdir().unwrap();
        assert!(refuse_output_inside_inputs(elsewhere.path(), &inputs).is_ok());
    }

    #[test]
    fn atomic_write_replaces_whole_file() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("x/y.txt");
        write_atomic(&dest, b"one").unwrap();
        write_atomic(&dest, b"two").unwrap();
        assert_eq!(std::fs::read(&dest).unwrap(), b"two");
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&dest).unwrap().permissions().mode();
            // What the umask leaves of rw-rw-rw-, found by creating a file the way `>` does.
            let probe = dir.path().join("probe");
            std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o666)
                .open(&probe)
                .unwrap();
            let allowed = std::fs::metadata(&probe).unwrap().permissions().mode() & 0o777;
            std::fs::remove_file(&probe).unwrap();
            assert_eq!(
                mode & 0o777,
                0o644 & allowed,
                "a new output is readable by others, like `>`"
            );
            // A replaced file keeps its permissions.
            std::fs::set_permissions(&dest, std::fs::Permissions::from_mode(0o600)).unwrap();
            write_atomic(&dest, b"three").unwrap();
            let mode = std::fs::metadata(&dest).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let leftovers: Vec<_> = std::fs::read_dir(dir.path().join("x"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(leftovers, ["y.txt"]);
    }
}
