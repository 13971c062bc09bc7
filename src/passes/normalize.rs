//! Normalization: the first pass. Rewrites line text, never removes a line.
//!
//! Line endings are already unified by [`Document::parse`]. Per line this pass turns odd spaces
//! into plain spaces, drops zero-width spaces, decodes the HTML entities scrapers leave
//! behind (repeatedly, so `&amp;quot;` becomes `"` and the result is stable), and trims the
//! whitespace at both ends (a page dump's indentation is its markup's; a line that kept it printed
//! unlike the same line read as the title). Runs of blank lines collapse because paragraphs are
//! rendered with one blank line.

use std::borrow::Cow;

use crate::document::Document;
use crate::pipeline::{Config, Pass};

pub struct Normalize;

impl Pass for Normalize {
    fn name(&self) -> &'static str {
        "normalize"
    }

    fn description(&self) -> &'static str {
        "unify spaces and line ends, drop zero-width spaces, decode HTML entities, trim both ends of lines"
    }

    fn edits_text(&self) -> bool {
        true
    }

    fn run(&self, doc: &mut Document<'_>, _config: &Config) {
        for line in &mut doc.lines {
            // A page dump's indentation is the page's markup, not the article's: a borrowed
            // line just starts further into the input, a rewritten one drops it in place (no
            // second copy).
            match normalize_line(&line.text) {
                Cow::Owned(mut s) => {
                    s.drain(..s.len() - s.trim_start().len());
                    line.text = crate::LineText::owned(s);
                }
                Cow::Borrowed(_) => line.text.trim_start_in_place(),
            }
        }
    }
}

/// Normalizes one line; borrows when nothing changes (the common case, curly quotes and all).
pub fn normalize_line(s: &str) -> Cow<'_, str> {
    let Some(first) = first_change(s) else {
        return if s.ends_with(|c: char| c.is_whitespace()) {
            Cow::Owned(s.trim_end().to_string())
        } else {
            Cow::Borrowed(s)
        };
    };
    // Everything before the first character that may change is copied as it is.
    let mut out = String::with_capacity(s.len());
    out.push_str(&s[..first]);
    for c in s[first..].chars() {
        push_mapped(&mut out, c);
    }
    // Each round that changes something shortens the text, so this ends; rounds after the first
    // only happen for entities that were themselves encoded ("&amp;nbsp;").
    while out.contains('&') {
        match decode_entities(&out) {
            Some(decoded) => out = decoded,
            None => break,
        }
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    if out == s {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(out)
    }
}

/// The byte offset of the first character [`push_mapped`] changes, or of the first `&`; `None`
/// when there is none. Read from the UTF-8 bytes, so a line of curly quotes and accented letters
/// is not decoded at all.
fn first_change(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    // Eight bytes at a time: a word with no control character, DEL, `&` or non-ASCII byte holds
    // nothing to change (most words of most lines); the others are looked at byte by byte.
    let mut chunks = b.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let word = <[u8; 8]>::try_from(chunk).map_or(u64::MAX, u64::from_le_bytes);
        if may_change(word)
            && let Some(i) = (at..at + 8).find(|&i| changes_at(b, i))
        {
            return Some(i);
        }
        at += 8;
    }
    (at..b.len()).find(|&i| changes_at(b, i))
}

/// Some byte of `word` is below 0x20, above 0x7E or `&` (SWAR tests, exact as booleans).
fn may_change(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let below_space = word.wrapping_sub(ONES * 0x20) & !word & HIGH;
    // Adding one sets the high bit of 0x7F; bytes above it have it already.
    let above_tilde = (word.wrapping_add(ONES) | word) & HIGH;
    let amp = word ^ (ONES * u64::from(b'&'));
    let ampersand = amp.wrapping_sub(ONES) & !amp & HIGH;
    below_space | above_tilde | ampersand != 0
}

/// The character starting at byte `i` is one [`push_mapped`] changes, or `&`.
fn changes_at(b: &[u8], i: usize) -> bool {
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    match at(i) {
        // ASCII controls, DEL, the entity start.
        0x00..=0x1F | 0x7F | b'&' => i < b.len(),
        // C1 controls (U+0080-U+009F, NEL among them) and the no-break space (U+00A0).
        0xC2 => at(i + 1) <= 0xA0,
        // U+1680 OGHAM SPACE MARK.
        0xE1 => at(i + 1) == 0x9A && at(i + 2) == 0x80,
        // U+2000-U+200B spaces and the zero-width space, U+2028/2029 separators, U+202F, U+205F.
        0xE2 => match at(i + 1) {
            0x80 => matches!(at(i + 2), 0x80..=0x8B | 0xA8 | 0xA9 | 0xAF),
            0x81 => at(i + 2) == 0x9F,
            _ => false,
        },
        // U+3000 IDEOGRAPHIC SPACE.
        0xE3 => at(i + 1) == 0x80 && at(i + 2) == 0x80,
        // U+FEFF byte-order mark.
        0xEF => at(i + 1) == 0xBB && at(i + 2) == 0xBF,
        _ => false,
    }
}

/// Appends `c` mapped to its normal form: odd spaces and control characters become a space,
/// the zero-width space and a byte-order mark vanish. The zero-width (non-)joiners and the word
/// joiner stay: Persian, Urdu and Indic spelling needs them ("می‌خواهم"), and so do emoji
/// sequences.
fn push_mapped(out: &mut String, c: char) {
    match c {
        '\u{200B}' | '\u{FEFF}' => {}
        '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}'
        | '\u{2028}'
        | '\u{2029}'
        | '\u{0085}' => out.push(' '),
        c if c.is_control() => out.push(' '),
        c => out.push(c),
    }
}

/// Decodes every entity in `s` once; `None` when there was none to decode.
fn decode_entities(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    let mut changed = false;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        // Entities are short: look for the ';' within 32 bytes.
        let semi = after.bytes().take(32).position(|b| b == b';');
        let decoded = semi.and_then(|end| decode_entity(&after[..end]).map(|c| (c, end)));
        match decoded {
            Some((c, end)) => {
                push_mapped(&mut out, c);
                rest = &after[end + 1..];
                changed = true;
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    changed.then_some(out)
}

/// The character for an entity body (the text between `&` and `;`).
fn decode_entity(body: &str) -> Option<char> {
    if let Some(num) = body.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        // Windows-1252 code points that scrapers emit as numeric references.
        let code = match code {
            0x91 => 0x2018,
            0x92 => 0x2019,
            0x93 => 0x201C,
            0x94 => 0x201D,
            0x96 => 0x2013,
            0x97 => 0x2014,
            0x85 => 0x2026,
            c => c,
        };
        return if code == 0 {
            None
        } else {
            char::from_u32(code)
        };
    }
    let c = match body {
        "amp" | "AMP" => '&',
        "lt" | "LT" => '<',
        "gt" | "GT" => '>',
        "quot" | "QUOT" => '"',
        "apos" => '\'',
        "nbsp" => '\u{00A0}',
        "ensp" | "emsp" | "thinsp" => ' ',
        "zwsp" => '\u{200B}',
        "zwnj" => '\u{200C}',
        "zwj" => '\u{200D}',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "lsquo" => '‘',
        "rsquo" => '’',
        "sbquo" => '‚',
        "ldquo" => '“',
        "rdquo" => '”',
        "bdquo" => '„',
        "laquo" => '«',
        "raquo" => '»',
        "lsaquo" => '‹',
        "rsaquo" => '›',
        "prime" => '′',
        "Prime" => '″',
        "bull" => '•',
        "middot" => '·',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "deg" => '°',
        "plusmn" => '±',
        "times" => '×',
        "divide" => '÷',
        "frac12" => '½',
        "frac14" => '¼',
        "frac34" => '¾',
        "euro" => '€',
        "pound" => '£',
        "yen" => '¥',
        "cent" => '¢',
        "shy" => '\u{00AD}',
        "sect" => '§',
        "para" => '¶',
        "dagger" => '†',
        "iexcl" => '¡',
        "iquest" => '¿',
        "aacute" => 'á',
        "Aacute" => 'Á',
        "agrave" => 'à',
        "Agrave" => 'À',
        "acirc" => 'â',
        "auml" => 'ä',
        "Auml" => 'Ä',
        "atilde" => 'ã',
        "aring" => 'å',
        "aelig" => 'æ',
        "ccedil" => 'ç',
        "Ccedil" => 'Ç',
        "eacute" => 'é',
        "Eacute" => 'É',
        "egrave" => 'è',
        "Egrave" => 'È',
        "ecirc" => 'ê',
        "euml" => 'ë',
        "iacute" => 'í',
        "Iacute" => 'Í',
        "igrave" => 'ì',
        "icirc" => 'î',
        "iuml" => 'ï',
        "ntilde" => 'ñ',
        "Ntilde" => 'Ñ',
        "oacute" => 'ó',
        "Oacute" => 'Ó',
        "ograve" => 'ò',
        "ocirc" => 'ô',
        "ouml" => 'ö',
        "Ouml" => 'Ö',
        "otilde" => 'õ',
        "oslash" => 'ø',
        "Oslash" => 'Ø',
        "szlig" => 'ß',
        "uacute" => 'ú',
        "Uacute" => 'Ú',
        "ugrave" => 'ù',
        "ucirc" => 'û',
        "uuml" => 'ü',
        "Uuml" => 'Ü',
        "yacute" => 'ý',
        "yuml" => 'ÿ',
        _ => return None,
    };
    Some(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_ascii_is_borrowed() {
        assert!(matches!(normalize_line("Hello world."), Cow::Borrowed(_)));
        assert!(matches!(
            normalize_line("“Déjà vu” — it’s 10 °C…"),
            Cow::Borrowed(_)
        ));
    }

    /// The eight-byte test never misses a byte the byte-by-byte test would look at.
    #[test]
    fn may_change_flags_every_suspect_byte() {
        for x in 0..=255u8 {
            for pos in 0..8 {
                let mut word = [b'a'; 8];
                word[pos] = x;
                let suspect = !(0x20..=0x7E).contains(&x) || x == b'&';
                assert_eq!(
                    may_change(u64::from_le_bytes(word)),
                    suspect,
                    "{x:#x} at {pos}"
                );
            }
        }
    }

    /// What the byte scan must find: every character `push_mapped` changes, and `&`.
    #[test]
    fn first_change_finds_every_character_that_changes() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut mapped = String::new();
            push_mapped(&mut mapped, c);
            let changes = c == '&' || mapped != c.to_string();
            // In the short tail, and across the end of an eight-byte word.
            let line = format!("ab{c}cd");
            assert_eq!(first_change(&line), changes.then_some(2), "{c:?}");
            let line = format!("abcdefg{c}hijklmnopq");
            assert_eq!(first_change(&line), changes.then_some(7), "{c:?}");
        }
    }

    #[test]
    fn odd_spaces_zero_width_and_trailing_space() {
        assert_eq!(normalize_line("a\u{00A0}b\u{200B}c\u{2009}d \t "), "a bc d");
        assert_eq!(normalize_line("\u{FEFF}Title"), "Title");
        // Joiners are spelling: Persian ZWNJ, emoji ZWJ sequences.
        assert_eq!(normalize_line("می\u{200C}خواهم"), "می\u{200C}خواهم");
        assert_eq!(
            normalize_line("👨\u{200D}👩\u{200D}👧"),
            "👨\u{200D}👩\u{200D}👧"
        );
        assert_eq!(normalize_line("a\tb"), "a b");
    }

    #[test]
    fn entities_decode_to_a_fixed_point() {
        assert_eq!(normalize_line("Tom &amp; Jerry"), "Tom & Jerry");
        assert_eq!(normalize_line("it&#39;s &quot;fine&quot;"), "it's \"fine\"");
        assert_eq!(normalize_line("a&nbsp;b"), "a b");
        assert_eq!(normalize_line("&amp;amp;quot;"), "\"");
        assert_eq!(normalize_line("&#x2014; &#8212; &mdash;"), "— — —");
        assert_eq!(normalize_line("&#146;s"), "’s");
        assert_eq!(normalize_line("a&#10;b"), "a b");
    }

    #[test]
    fn unknown_or_broken_entities_stay() {
        assert_eq!(
            normalize_line("AT&T and R&D; &bogus; &#0; &#xZZ;"),
            "AT&T and R&D; &bogus; &#0; &#xZZ;"
        );
        assert_eq!(normalize_line("5 & 6"), "5 & 6");
    }

    #[test]
    fn normalizing_twice_changes_nothing() {
        for s in [
            "&amp;amp;",
            "&a&#8203;mp;",
            "x&amp;#8203;y",
            " \u{00A0}",
            "&amp;#38;",
        ] {
            let once = normalize_line(s).into_owned();
            assert_eq!(normalize_line(&once), once, "input {s:?}");
        }
    }
}
