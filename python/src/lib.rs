//! The Python module `newsclean._native`: the Rust library's `clean` behind two functions that
//! return the CLI's JSON output (the Python package parses it, so the fields are the same).

use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyString;
use rayon::prelude::*;

use newsclean::output::render_json;
use newsclean::{Config, Mode};

fn config(
    title: Option<String>,
    passes: Option<Vec<String>>,
    mode: Option<&str>,
) -> PyResult<Config> {
    let mut config = match passes {
        Some(names) => {
            Config::with_passes(&names).map_err(|e| PyValueError::new_err(e.to_string()))?
        }
        None => Config::default(),
    };
    config.title_hint = title;
    config.mode = match mode {
        None | Some("balanced") => Mode::Balanced,
        Some("precise") => Mode::Precise,
        Some("recall") => Mode::Recall,
        Some(other) => {
            return Err(PyValueError::new_err(format!(
                "mode must be 'precise', 'balanced' or 'recall', not {other:?}"
            )));
        }
    };
    Ok(config)
}

/// The text of a Python str, or a ValueError naming the position of a lone surrogate.
fn text_of(s: &Bound<'_, PyString>, what: &str) -> PyResult<String> {
    s.to_cow().map(|c| c.into_owned()).map_err(|_| {
        let at = s
            .to_string_lossy()
            .find('\u{FFFD}')
            .map_or(String::new(), |i| format!(" (near character {i})"));
        PyValueError::new_err(format!(
            "{what} is not valid Unicode text: it contains a lone surrogate{at}"
        ))
    })
}

#[pyfunction]
#[pyo3(signature = (text, title=None, passes=None, mode=None))]
fn clean_json(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    title: Option<String>,
    passes: Option<Vec<String>>,
    mode: Option<&str>,
) -> PyResult<String> {
    let text = text.downcast::<PyString>().map_err(|_| {
        pyo3::exceptions::PyTypeError::new_err(format!(
            "text must be str, not {}",
            text.get_type().name().map_or("?".into(), |n| n.to_string())
        ))
    })?;
    let text = text_of(text, "text")?;
    let config = config(title, passes, mode)?;
    Ok(py.allow_threads(|| render_json(&newsclean::clean(&text, &config))))
}

#[pyfunction]
#[pyo3(signature = (texts, threads=None, mode=None, titles=None))]
fn clean_many_json(
    py: Python<'_>,
    texts: Vec<Bound<'_, PyAny>>,
    threads: Option<usize>,
    mode: Option<&str>,
    titles: Option<Vec<Option<String>>>,
) -> PyResult<Vec<String>> {
    if let Some(t) = &titles
        && t.len() != texts.len()
    {
        return Err(PyValueError::new_err(format!(
            "titles has {} items for {} texts",
            t.len(),
            texts.len()
        )));
    }
    let owned: Vec<String> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let s = t.downcast::<PyString>().map_err(|_| {
                pyo3::exceptions::PyTypeError::new_err(format!("texts[{i}] must be str"))
            })?;
            text_of(s, &format!("texts[{i}]"))
        })
        .collect::<PyResult<_>>()?;
    let config = config(None, None, mode)?;
    let run = || -> Vec<String> {
        owned
            .par_iter()
            .enumerate()
            .map(
                |(i, t)| match titles.as_ref().and_then(|ts| ts[i].clone()) {
                    Some(title) => {
                        let mut with_title = config.clone();
                        with_title.title_hint = Some(title);
                        render_json(&newsclean::clean(t, &with_title))
                    }
                    None => render_json(&newsclean::clean(t, &config)),
                },
            )
            .collect()
    };
    py.allow_threads(|| match threads {
        Some(0) => Err(PyValueError::new_err("threads must be at least 1")),
        Some(n) => rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .map(|pool| pool.install(run))
            .map_err(|e| PyRuntimeError::new_err(format!("starting threads: {e}"))),
        None => Ok(run()),
    })
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(clean_json, m)?)?;
    m.add_function(wrap_pyfunction!(clean_many_json, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
