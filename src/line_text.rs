//! The text of one line in 12 bytes: borrowed from the input, or owned once a pass rewrote it.
//!
//! A `Cow<str>` takes 24 bytes (an owned `String` carries its capacity), and an input of very
//! short lines is mostly line records: 2.3 million 10-byte lines need 28 MB less with this. An
//! owned text is a `Box<str>`, so it needs no capacity; the length is a `u32` whose top bit says
//! whether the text is owned (the document splits longer lines, see [`MAX_LEN`]); and the
//! record is aligned to 4 bytes, not 8, so a line's 4-byte mark fits beside it in 16.

use std::fmt;
use std::marker::PhantomData;
use std::ops::Deref;
use std::ptr::NonNull;

/// The top bit of [`LineText::len`]: the bytes are a `Box<str>` this value owns.
const OWNED: u32 = 1 << 31;

/// The longest text a `LineText` holds: 2 GiB less one byte. The document cuts longer input
/// lines at half this, so a pass that rewrites a line has room to lengthen it.
pub const MAX_LEN: usize = (OWNED - 1) as usize;

/// A line's text: dereferences to `&str` like the `Cow<'a, str>` it replaces.
///
/// Packed to 4-byte alignment: fields are only ever read by value (the pointer is `Copy`),
/// never borrowed, which is what a packed struct requires.
#[repr(C, packed(4))]
pub struct LineText<'a> {
    /// Start of the UTF-8 bytes: inside the input (borrowed) or a leaked `Box<str>` (owned).
    ptr: NonNull<u8>,
    /// Length in bytes, with [`OWNED`] set for an owned text.
    len: u32,
    /// A borrowed text lives as long as the input it points into.
    _input: PhantomData<&'a str>,
}

// SAFETY: a `LineText` is either a `&'a str` or a `Box<str>`, both of which are `Send` and
// `Sync`; it has no interior mutability and no shared ownership.
unsafe impl Send for LineText<'_> {}
unsafe impl Sync for LineText<'_> {}

impl<'a> LineText<'a> {
    /// Text borrowed from the input: at most [`MAX_LEN`] bytes of it (the document splits
    /// longer lines before they get here).
    pub fn borrowed(s: &'a str) -> Self {
        let s = &s[..floor_char_boundary(s, MAX_LEN)];
        LineText {
            ptr: NonNull::from(s.as_bytes()).cast(),
            // At most `MAX_LEN`, so the top bit is clear.
            len: s.len() as u32,
            _input: PhantomData,
        }
    }

    /// Text a pass wrote: at most [`MAX_LEN`] bytes of it. Passes rewrite lines the document
    /// cut to half that, and none doubles a line, so nothing is cut here in practice.
    pub fn owned(mut s: String) -> Self {
        s.truncate(floor_char_boundary(&s, MAX_LEN));
        let boxed: Box<str> = s.into_boxed_str();
        let len = boxed.len() as u32;
        // `Box::into_raw` never returns null (an empty box's pointer is dangling, not null).
        let ptr = NonNull::new(Box::into_raw(boxed).cast::<u8>()).unwrap_or(NonNull::dangling());
        LineText {
            ptr,
            len: len | OWNED,
            _input: PhantomData,
        }
    }

    /// True when a pass rewrote the text (it no longer points into the input).
    pub fn is_owned(&self) -> bool {
        self.len & OWNED != 0
    }

    /// Length in bytes, without the owned bit.
    fn byte_len(&self) -> usize {
        (self.len & !OWNED) as usize
    }

    /// Drops leading whitespace: a borrowed text then starts further into the input, an owned
    /// one is rewritten.
    pub fn trim_start_in_place(&mut self) {
        let s = self.as_str();
        let cut = s.len() - s.trim_start().len();
        if cut == 0 {
            return;
        }
        if self.is_owned() {
            *self = LineText::owned(s[cut..].to_owned());
        } else {
            // The bytes after the whitespace are in the same input, valid as long as it is;
            // `cut` ends on a character boundary (`trim_start` cut whole characters).
            self.ptr = NonNull::from(&s.as_bytes()[cut..]).cast();
            // `cut` is at most the length, which fits in a `u32`.
            self.len -= cut as u32;
        }
    }

    pub fn as_str(&self) -> &str {
        // SAFETY: `ptr` and the length come from a `&'a str` that outlives `self`, or from a
        // `Box<str>` that `self` owns and frees only in `drop`; either way the bytes are valid
        // UTF-8 and live while `self` is borrowed.
        unsafe {
            let bytes = std::slice::from_raw_parts(self.ptr.as_ptr(), self.byte_len());
            std::str::from_utf8_unchecked(bytes)
        }
    }
}

/// The largest character boundary in `s` at or below `max` (`str::floor_char_boundary` is not
/// stable yet).
pub fn floor_char_boundary(s: &str, max: usize) -> usize {
    if max >= s.len() {
        return s.len();
    }
    // A character is at most 4 bytes, so a boundary is among the 4 positions at or below `max`.
    (max.saturating_sub(3)..=max)
        .rev()
        .find(|&i| s.is_char_boundary(i))
        .unwrap_or(0)
}

impl Drop for LineText<'_> {
    fn drop(&mut self) {
        if self.is_owned() {
            let raw = std::ptr::slice_from_raw_parts_mut(self.ptr.as_ptr(), self.byte_len());
            // SAFETY: an owned text's pointer and length are those of the `Box<str>` made in
            // `owned`, freed here once.
            drop(unsafe { Box::from_raw(raw as *mut str) });
        }
    }
}

impl Clone for LineText<'_> {
    fn clone(&self) -> Self {
        if self.is_owned() {
            LineText::owned(self.as_str().to_owned())
        } else {
            LineText {
                ptr: self.ptr,
                len: self.len,
                _input: PhantomData,
            }
        }
    }
}

impl Deref for LineText<'_> {
    type Target = str;

    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for LineText<'_> {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl<'a> From<&'a str> for LineText<'a> {
    fn from(s: &'a str) -> Self {
        LineText::borrowed(s)
    }
}

impl From<String> for LineText<'_> {
    fn from(s: String) -> Self {
        LineText::owned(s)
    }
}

impl fmt::Debug for LineText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for LineText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl PartialEq for LineText<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for LineText<'_> {}

impl PartialEq<str> for LineText<'_> {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for LineText<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_twelve_bytes_aligned_to_four() {
        assert_eq!(std::mem::size_of::<LineText<'_>>(), 12);
        assert_eq!(std::mem::align_of::<LineText<'_>>(), 4);
        assert_eq!(std::mem::size_of::<Option<LineText<'_>>>(), 12);
    }

    #[test]
    fn floor_char_boundary_never_splits_a_character() {
        let s = "aé新😀";
        let boundaries: Vec<usize> = (0..=s.len() + 2)
            .map(|m| floor_char_boundary(s, m))
            .collect();
        assert_eq!(boundaries, [0, 1, 1, 3, 3, 3, 6, 6, 6, 6, 10, 10, 10]);
    }

    #[test]
    fn borrowed_points_into_the_input() {
        let input = String::from("first line\nsecond");
        let t = LineText::borrowed(&input[11..]);
        assert_eq!(t.as_str(), "second");
        assert!(!t.is_owned());
        assert_eq!(t.as_str().as_ptr(), input[11..].as_ptr());
        let copy = t.clone();
        assert_eq!(copy.as_str().as_ptr(), t.as_str().as_ptr());
    }

    #[test]
    fn owned_keeps_its_text_through_clone_and_drop() {
        let t = LineText::owned(String::from("déjà vu — 新闻"));
        assert!(t.is_owned());
        assert_eq!(&*t, "déjà vu — 新闻");
        let copy = t.clone();
        drop(t);
        assert_eq!(copy, "déjà vu — 新闻");
        assert_eq!(
            format!("{copy}|{copy:?}"),
            "déjà vu — 新闻|\"déjà vu — 新闻\""
        );
    }

    #[test]
    fn empty_texts_both_ways() {
        let empty_owned = LineText::owned(String::new());
        assert_eq!(empty_owned.as_str(), "");
        assert!(empty_owned.is_owned());
        let with_capacity = LineText::owned(String::with_capacity(64));
        assert_eq!(with_capacity.len(), 0);
        let empty_borrowed = LineText::borrowed("");
        assert_eq!(empty_borrowed, empty_owned);
        assert_eq!(empty_borrowed.clone(), "");
    }

    #[test]
    fn replacing_an_owned_text_frees_the_old_one() {
        let mut t = LineText::borrowed("a b");
        for i in 0..100 {
            t = LineText::owned(format!("{t} {i}"));
        }
        assert!(t.ends_with(" 98 99"));
        assert!(t.starts_with("a b 0 1"));
    }

    #[test]
    fn trim_start_in_place_both_ways() {
        let input = String::from("  \u{3000} indented line");
        let mut t = LineText::borrowed(&input);
        t.trim_start_in_place();
        assert_eq!(t, "indented line");
        assert!(!t.is_owned());
        assert_eq!(t.as_str().as_ptr(), input[input.len() - 13..].as_ptr());
        let mut o = LineText::owned(String::from("\t owned"));
        o.trim_start_in_place();
        assert_eq!(o, "owned");
        assert!(o.is_owned());
        let mut blank = LineText::borrowed("   ");
        blank.trim_start_in_place();
        assert_eq!(blank, "");
        let mut plain = LineText::borrowed("plain");
        plain.trim_start_in_place();
        assert_eq!(plain, "plain");
    }

    #[test]
    fn can_be_sent_to_another_thread() {
        let t = LineText::owned(String::from("moved"));
        let back = std::thread::spawn(move || t.to_uppercase())
            .join()
            .unwrap_or_default();
        assert_eq!(back, "MOVED");
    }
}
