//! Reading one input: the whole file as UTF-8 text, with errors that name the file and the cause.

use std::fmt;
use std::io::Read;
use std::path::Path;

/// Why an input could not be cleaned.
#[derive(Debug)]
pub enum InputError {
    Io(std::io::Error),
    /// Not UTF-8: the byte offset of the first invalid byte.
    InvalidUtf8(usize),
    /// A NUL byte: a binary file, not text.
    Binary(usize),
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Io(e) => write!(f, "{e}"),
            InputError::InvalidUtf8(at) => write!(f, "invalid UTF-8 at byte {at}"),
            InputError::Binary(at) => write!(f, "binary file (NUL byte at {at}), skipped"),
        }
    }
}

impl std::error::Error for InputError {}

impl InputError {
    /// A binary file is skipped on purpose, not a failure to clean text.
    pub fn is_binary(&self) -> bool {
        matches!(self, InputError::Binary(_))
    }
}

/// Checks that `bytes` are text: UTF-8 without NUL bytes. With `lossy`, invalid UTF-8 becomes
/// U+FFFD instead of an error (a NUL byte still means a binary file).
pub fn decode(bytes: Vec<u8>, lossy: bool) -> Result<String, InputError> {
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(InputError::Binary(at));
    }
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) if lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => Err(InputError::InvalidUtf8(e.utf8_error().valid_up_to())),
    }
}

/// Reads a whole file as text.
pub fn read_file(path: &Path, lossy: bool) -> Result<String, InputError> {
    decode(std::fs::read(path).map_err(InputError::Io)?, lossy)
}

/// Reads all of a reader as text.
pub fn read_all(mut reader: impl Read, lossy: bool) -> Result<String, InputError> {
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes).map_err(InputError::Io)?;
    decode(bytes, lossy)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_errors_give_the_offset() {
        let e = decode(b"abc\xffdef".to_vec(), false).unwrap_err();
        assert_eq!(e.to_string(), "invalid UTF-8 at byte 3");
        assert_eq!(
            decode(b"abc\xffdef".to_vec(), true).unwrap(),
            "abc\u{FFFD}def"
        );
        let e = decode(b"ab\0".to_vec(), true).unwrap_err();
        assert_eq!(e.to_string(), "binary file (NUL byte at 2), skipped");
        assert!(e.is_binary());
        assert_eq!(decode("é".as_bytes().to_vec(), false).unwrap(), "é");
    }
}
