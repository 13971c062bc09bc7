//! Small text measures that several passes share: word counts, sentence endings, headline shape,
//! and a comparison key that ignores case, spacing and punctuation.

use std::sync::LazyLock;

use regex::Regex;
use unicode_segmentation::UnicodeSegmentation;

/// Items of an article's own lists: numbered or lettered, bracketed, led by a date or weekday
/// (an interview's question and answer lines are [`is_interview_line`]).
static LIST_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^\s*(?:[(\[] | \d{1,3}\s*[.\]](?:\s|$) | \d{1,3}\s*\) | [a-z][.)]\s
          | (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?-u:\b)
          | \d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*(?-u:\b)
          | (?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+\d{1,2}(?-u:\b) )",
    )
    .expect("list item pattern is valid")
});

/// A question or answer line of an interview: "Q: ...", "A: ..." (and F/A, Q/R, P/R).
pub fn is_interview_line(s: &str) -> bool {
    let mut chars = s.trim_start().chars();
    matches!(chars.next(), Some('Q' | 'A' | 'F' | 'R' | 'P'))
        && chars
            .as_str()
            .trim_start()
            .strip_prefix(':')
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_whitespace)
}

/// True when the line is an item of a list the article itself makes ([`LIST_ITEM`], or an
/// interview's line): such lines are never taken for links or menus.
pub fn is_list_item(s: &str) -> bool {
    is_interview_line(s) || LIST_ITEM.is_match(s)
}

/// Number of words, by Unicode word boundaries (so CJK text counts characters as words).
/// Latin, Greek and Cyrillic text, the common case, takes a fast path with the same result.
pub fn word_count(s: &str) -> usize {
    if let Some(count) = count_ascii_words(s.as_bytes(), usize::MAX - 1) {
        return count;
    }
    if let Some(count) = count_transcoded_words(s, usize::MAX - 1) {
        return count;
    }
    if fast_path_applies(s) {
        FastWords::new(s).count()
    } else {
        s.unicode_words().count()
    }
}

/// `re.captures(s)` after `re.is_match(s)`: captures allocate their slots and run a slower
/// engine on every call, and the lines they are asked about rarely match; the test runs the
/// lazy DFA alone, without allocating.
pub fn captures_if_match<'h>(re: &regex::Regex, s: &'h str) -> Option<regex::Captures<'h>> {
    if re.is_match(s) { re.captures(s) } else { None }
}

/// The number of words, counting no further than `limit + 1`: enough to compare with `limit`
/// without walking a long paragraph to its end.
pub fn words_upto(s: &str, limit: usize) -> usize {
    if let Some(count) = count_ascii_words(s.as_bytes(), limit) {
        return count;
    }
    if let Some(count) = count_transcoded_words(s, limit) {
        return count;
    }
    if s.is_ascii() {
        // Known ASCII: skip the check `FastWords::new` would repeat over the whole line.
        let words = FastWords {
            s,
            pos: 0,
            ascii: true,
        };
        return words.take(limit + 1).count();
    }
    // A long paragraph is asked for its first few words: the fast path needs to hold only for
    // the text those words span and the characters right after it (word boundaries look at most
    // two characters ahead), not for the whole line.
    let mut words = FastWords::new(s);
    let mut count = 0;
    while count <= limit {
        if words.next().is_none() {
            // The whole line was walked.
            return if fast_path_applies(s) {
                count
            } else {
                s.unicode_words().take(limit + 1).count()
            };
        }
        count += 1;
    }
    let seen = s[words.pos..]
        .char_indices()
        .nth(LOOKAHEAD_CHARS)
        .map_or(s.len(), |(at, _)| words.pos + at);
    if fast_path_applies(&s[..seen]) {
        count
    } else {
        s.unicode_words().take(limit + 1).count()
    }
}

/// [`words_upto`] for a line with characters beyond ASCII that the fast path knows (accented
/// and Greek or Cyrillic letters, curly quotes, dashes): each such character is written as the
/// ASCII character with the same word rules ('a' for a letter, `'` for ’ and ‘, `:` for a
/// middle dot, `;` for a numeric joiner, a space for other punctuation; a combining mark, which
/// only extends what comes before it, is left out) and the ASCII count runs on that copy. A
/// fifth of news text sits in such lines (curly quotes), and the word iterator took five times
/// the ASCII count's time a byte. `None` for an underscore or a character the fast path does
/// not know.
fn count_transcoded_words(s: &str, limit: usize) -> Option<usize> {
    count_transcoded_words_by(s, limit, TRANSCODE_CHUNK)
}

/// [`count_transcoded_words`] copies and counts this many bytes at a time (more, up to a space):
/// asked for a long line's first few words it stops there, and its buffer stays small (copying
/// a whole 20 MB line for its first three words kept a 20 MB buffer per thread).
const TRANSCODE_CHUNK: usize = 4096;

/// [`count_transcoded_words`], the copy counted and emptied at the first space after each
/// `chunk` bytes: nothing joins a word across a space, so the counts add up.
fn count_transcoded_words_by(s: &str, limit: usize, chunk: usize) -> Option<usize> {
    thread_local! {
        static BUFFER: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    BUFFER.with(|buffer| {
        let mut out = buffer.try_borrow_mut().ok()?;
        out.clear();
        let mut counted = 0;
        // Where the copy is next looked at for a space: a copy without one (text with no
        // spaces) is not searched again before another chunk has come.
        let mut next_flush = chunk;
        // Counts the copy up to its last space and keeps the rest; `Some` once past `limit`.
        let mut flush = |out: &mut Vec<u8>, next_flush: &mut usize| -> Option<Option<usize>> {
            let Some(space) = memchr::memrchr(b' ', out) else {
                *next_flush = out.len() + chunk;
                return None;
            };
            counted += match count_ascii_words(&out[..=space], limit - counted) {
                Some(n) => n,
                None => return Some(None),
            };
            out.drain(..=space);
            *next_flush = out.len() + chunk;
            (counted > limit).then_some(Some(counted))
        };
        let bytes = s.as_bytes();
        let mut at = 0;
        while let Some(next) = next_non_ascii(bytes, at) {
            // A long ASCII stretch goes in a chunk at a time, each looked at for a space.
            for piece in bytes[at..next].chunks(chunk) {
                out.extend_from_slice(piece);
                if out.len() >= next_flush
                    && let Some(done) = flush(&mut out, &mut next_flush)
                {
                    return done;
                }
            }
            let c = s.get(next..)?.chars().next()?;
            at = next + c.len_utf8();
            if c == YPOGEGRAMMENI {
                return None;
            }
            if is_combining(c) {
                continue;
            }
            out.push(if is_simple_letter(c) {
                b'a'
            } else if !is_plain_punctuation(c) {
                return None;
            } else {
                match c {
                    '‘' | '’' | '\u{2024}' => b'\'',
                    '·' | '\u{0387}' | '\u{2027}' => b':',
                    '\u{037E}' | '\u{2044}' => b';',
                    _ => b' ',
                }
            });
            if out.len() >= next_flush
                && let Some(done) = flush(&mut out, &mut next_flush)
            {
                return done;
            }
        }
        out.extend_from_slice(&bytes[at..]);
        Some(counted + count_ascii_words(&out, limit - counted)?)
    })
}

/// [`words_upto`] for ASCII text without underscores, branch-free: a word starts at every letter
/// or digit that follows neither a letter or digit nor a joiner between two letters or two
/// digits ("don't", "U.S", "1,000", "3.5" are one word each: UAX #29 rules WB6/7 and WB11/12).
/// Without underscores every word holds a letter or digit, so no run needs dropping. A word
/// iterator mispredicts a branch at each end of every word; this counts 64 bytes between looks
/// at the limit. `None` when it meets a chunk that is not ASCII or holds an underscore before
/// the limit: the words it counted up to there start words of the whole line too (a word's start
/// depends only on the two characters before it), so stopping past the limit is exact.
fn count_ascii_words(b: &[u8], limit: usize) -> Option<usize> {
    #[cfg(target_arch = "x86_64")]
    {
        count_ascii_words_sse2(b, limit)
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        count_ascii_words_scalar(b, limit)
    }
}

/// [`count_ascii_words`] a byte at a time, through [`ASCII_CLASS`].
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
fn count_ascii_words_scalar(b: &[u8], limit: usize) -> Option<usize> {
    let mut count = 0;
    // Classes of the two bytes before the current one.
    let (mut before, mut prev) = (0u8, 0u8);
    for chunk in b.chunks(64) {
        // Each chunk is checked as it comes, not the whole line first: a long paragraph is
        // mostly asked for its first few words.
        if !chunk.is_ascii() || chunk.contains(&b'_') {
            return None;
        }
        for &c in chunk {
            let class = ASCII_CLASS[usize::from(c)];
            let word = class & (LETTER | DIGIT) != 0;
            let after_word = prev & (LETTER | DIGIT) != 0;
            // `prev` joins `before` and this byte: both letters with a MidLetter between, or both
            // digits with a MidNum between (the joiner bits shifted onto the letter/digit bits).
            let joined = before & class & (prev >> 2) & (LETTER | DIGIT) != 0;
            count += usize::from(word & !after_word & !joined);
            before = prev;
            prev = class;
        }
        if count > limit {
            return Some(limit + 1);
        }
    }
    Some(count.min(limit + 1))
}

/// [`count_ascii_words`] 64 bytes at a time: SSE2 compares give one bit per byte for letters,
/// digits and the two kinds of joiner, and the word starts are counted from those masks with the
/// same rule as [`count_ascii_words_scalar`] (a word char after no word char, unless a joiner
/// between two letters or two digits came before it). About 4.5 times the table walk's speed on
/// news prose (a micro-benchmark); every line's words are counted, most in long paragraphs.
#[cfg(target_arch = "x86_64")]
fn count_ascii_words_sse2(b: &[u8], limit: usize) -> Option<usize> {
    let mut count = 0usize;
    // The previous chunk's masks: their last bits carry into this chunk's first bytes.
    let (mut last_letters, mut last_digits, mut last_mid_letter, mut last_mid_num) = (0, 0, 0, 0);
    let mut padded = [0u8; 64];
    for chunk in b.chunks(64) {
        let chunk: &[u8; 64] = match chunk.try_into() {
            Ok(full) => full,
            Err(_) => {
                // The short last chunk, padded with NUL bytes: boundaries, no words.
                padded[..chunk.len()].copy_from_slice(chunk);
                padded[chunk.len()..].fill(0);
                &padded
            }
        };
        let masks = ByteMasks::of(chunk);
        if masks.non_ascii_or_underscore != 0 {
            return None;
        }
        let (letters, digits) = (masks.letters, masks.digits);
        let word = letters | digits;
        let word_before = (word << 1) | ((last_letters | last_digits) >> 63);
        let letters_two_before = (letters << 2) | (last_letters >> 62);
        let digits_two_before = (digits << 2) | (last_digits >> 62);
        let mid_letter_before = (masks.mid_letter << 1) | (last_mid_letter >> 63);
        let mid_num_before = (masks.mid_num << 1) | (last_mid_num >> 63);
        let joined = (letters & mid_letter_before & letters_two_before)
            | (digits & mid_num_before & digits_two_before);
        count += (word & !word_before & !joined).count_ones() as usize;
        (last_letters, last_digits) = (letters, digits);
        (last_mid_letter, last_mid_num) = (masks.mid_letter, masks.mid_num);
        if count > limit {
            return Some(limit + 1);
        }
    }
    Some(count.min(limit + 1))
}

/// One bit per byte of a 64-byte chunk (bit `k` for byte `k`), by the classes of
/// [`ASCII_CLASS`].
#[cfg(target_arch = "x86_64")]
struct ByteMasks {
    non_ascii_or_underscore: u64,
    letters: u64,
    digits: u64,
    /// `.` `'` `:`
    mid_letter: u64,
    /// `.` `'` `,` `;`
    mid_num: u64,
}

#[cfg(target_arch = "x86_64")]
impl ByteMasks {
    fn of(chunk: &[u8; 64]) -> ByteMasks {
        use std::arch::x86_64::{
            __m128i, _mm_and_si128, _mm_cmpeq_epi8, _mm_cmpgt_epi8, _mm_cmplt_epi8,
            _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
        };
        let mut m = ByteMasks {
            non_ascii_or_underscore: 0,
            letters: 0,
            digits: 0,
            mid_letter: 0,
            mid_num: 0,
        };
        for (k, lane) in chunk.chunks_exact(16).enumerate() {
            // SAFETY: SSE2 is part of every x86_64 target, so these intrinsics are always
            // available; the one load reads the 16 bytes of `lane`, which `chunks_exact` gives.
            unsafe {
                let v = _mm_loadu_si128(lane.as_ptr().cast::<__m128i>());
                let bits = |x: __m128i| u64::from(_mm_movemask_epi8(x) as u16) << (k * 16);
                let byte = |c: u8| _mm_set1_epi8(c as i8);
                let is = |c: u8| _mm_cmpeq_epi8(v, byte(c));
                // Bytes from 0x80 have the sign bit set: the mask of `v` itself finds them.
                m.non_ascii_or_underscore |= bits(_mm_or_si128(v, is(b'_')));
                // Signed compares: non-ASCII bytes are negative and fall outside both ranges.
                let lower = _mm_or_si128(v, byte(0x20));
                m.letters |= bits(_mm_and_si128(
                    _mm_cmpgt_epi8(lower, byte(b'a' - 1)),
                    _mm_cmplt_epi8(lower, byte(b'z' + 1)),
                ));
                m.digits |= bits(_mm_and_si128(
                    _mm_cmpgt_epi8(v, byte(b'0' - 1)),
                    _mm_cmplt_epi8(v, byte(b'9' + 1)),
                ));
                let both = _mm_or_si128(is(b'.'), is(b'\''));
                m.mid_letter |= bits(_mm_or_si128(both, is(b':')));
                m.mid_num |= bits(_mm_or_si128(both, _mm_or_si128(is(b','), is(b';'))));
            }
        }
        m
    }
}

/// Characters past the last counted word that [`words_upto`] checks, so the rules that look
/// ahead (WB6, WB7, WB11, WB12) see the same text.
const LOOKAHEAD_CHARS: usize = 3;

/// Letters the fast path knows: Latin (with its extensions), Greek and Cyrillic.
fn is_simple_letter(c: char) -> bool {
    // Range tests first: they are cheap, and rule out the common non-ASCII punctuation (curly
    // quotes, dashes, the no-break space, guillemets) before the alphabetic table lookup, which
    // costs hundreds of instructions a character.
    if c < '\u{00C0}' {
        // ASCII and Latin-1 punctuation: the letters are a-z, A-Z and three signs.
        return c.is_ascii_alphabetic() || matches!(c, 'ª' | 'µ' | 'º');
    }
    if c <= '\u{024F}' {
        // Latin-1 and Latin Extended-A/B: all letters but the two signs.
        return c != '×' && c != '÷';
    }
    if is_cyrillic_letter(c) {
        return true;
    }
    (c < '\u{0530}' || ('\u{1E00}'..='\u{1EFF}').contains(&c)) && c.is_alphabetic()
}

/// The Cyrillic letters (all of the Cyrillic blocks but the thousands sign and the combining
/// marks).
fn is_cyrillic_letter(c: char) -> bool {
    ('\u{0400}'..='\u{0481}').contains(&c) || ('\u{048A}'..='\u{052F}').contains(&c)
}

/// [`char::is_alphanumeric`], without the table lookup for the characters news text is full of:
/// ASCII, Latin-1 and Latin Extended-A/B, general punctuation (none of it letters or digits), the
/// Cyrillic and Arabic letters.
fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    if c < '\u{00C0}' {
        return matches!(c, 'ª' | 'µ' | 'º' | '²' | '³' | '¹' | '¼' | '½' | '¾');
    }
    if c <= '\u{024F}' {
        return c != '×' && c != '÷';
    }
    if ('\u{2000}'..='\u{206F}').contains(&c) {
        return false;
    }
    // The letters of the Cyrillic and Arabic alphabets.
    if is_cyrillic_letter(c) || ('\u{0620}'..='\u{064A}').contains(&c) {
        return true;
    }
    c.is_alphanumeric()
}

/// Combining marks that extend the letter before them.
fn is_combining(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

/// True when every letter or digit in `s` is one the fast path knows, and every other character
/// is one UAX #29 gives no word rule of its own (Word_Break=Other): ASCII, Latin, Greek and
/// Cyrillic letters, the combining diacritics, and the punctuation and symbols of news text.
/// Characters with rules the fast path does not know send the line to the full segmenter: Hebrew
/// quotes (״), the soft hyphen and bidi marks (Format, ignored inside a word), other combining
/// marks (Extend), the Arabic and Armenian commas (MidNum), the connector ‿ and the narrow
/// no-break space (ExtendNumLet), zero-width characters, CJK, emoji.
fn fast_path_applies(s: &str) -> bool {
    // Only the non-ASCII characters need a look; the ASCII between them is skipped a word of
    // eight bytes at a time.
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(at) = next_non_ascii(bytes, i) {
        let Some(c) = s.get(at..).and_then(|rest| rest.chars().next()) else {
            return false;
        };
        if c == YPOGEGRAMMENI
            || !(is_simple_letter(c) || is_combining(c) || is_plain_punctuation(c))
        {
            return false;
        }
        i = at + c.len_utf8();
    }
    true
}

/// The position of the first byte at or after `from` that is not ASCII.
fn next_non_ascii(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let mut chunks = rest.chunks_exact(8);
    let mut skipped = 0;
    for chunk in &mut chunks {
        let word = <[u8; 8]>::try_from(chunk).map_or(u64::MAX, u64::from_le_bytes);
        if word & 0x8080_8080_8080_8080 != 0 {
            break;
        }
        skipped += 8;
    }
    rest[skipped..]
        .iter()
        .position(|&b| !b.is_ascii())
        .map(|p| from + skipped + p)
}

/// The one combining diacritic that is also a letter (Alphabetic): after a space or at the start
/// of a line it is a word of its own, which the fast path would not see.
const YPOGEGRAMMENI: char = '\u{345}';

/// Non-letter characters with Word_Break=Other (or the joiners [`joins`] knows): Latin-1
/// punctuation and signs, general punctuation (dashes, curly quotes, ellipsis), currency signs,
/// box drawing, shapes and dingbats (bullets such as ▪ ► ✓).
fn is_plain_punctuation(c: char) -> bool {
    matches!(c,
        '\u{00A0}'..='\u{00AC}' | '\u{00AE}'..='\u{00BF}' | '×' | '÷' | '\u{037E}' | '\u{0387}'
        | '\u{2000}'..='\u{200A}' | '\u{2010}'..='\u{2029}' | '\u{2030}'..='\u{203E}' | '\u{2041}'..='\u{2053}'
        | '\u{2055}'..='\u{205F}' | '\u{20A0}'..='\u{20CF}' | '\u{2500}'..='\u{27BF}')
        && !is_alphanumeric(c)
}

/// The words of a string as UAX #29 (Unicode word boundaries) finds them, for text the fast path
/// applies to: runs of letters, digits and underscores, where an apostrophe (' or ’), a full stop
/// or a colon between two letters ("don't", "U.S") and a comma, full stop, semicolon or
/// apostrophe between two digits ("1,000", "3.5") do not break the word. Runs without a letter or
/// digit ("___") are not words.
struct FastWords<'a> {
    s: &'a str,
    pos: usize,
    /// All ASCII: the same rules on bytes, the common case and the fastest.
    ascii: bool,
}

impl<'a> FastWords<'a> {
    fn new(s: &'a str) -> Self {
        FastWords {
            s,
            pos: 0,
            ascii: s.is_ascii(),
        }
    }

    /// [`Iterator::next`] for ASCII text: a mid character always follows a word character, so
    /// the character before it is the one the rules look at. Bytes are classified by a table.
    fn next_ascii(&mut self) -> Option<&'a str> {
        let b = self.s.as_bytes();
        loop {
            let start = self.pos + b.get(self.pos..)?.iter().position(|&c| is_word_byte(c))?;
            let mut i = start + 1;
            loop {
                // A tight loop over the run of word bytes, then a joiner between two of them
                // ("don't", "3.5") continues the word.
                while b.get(i).is_some_and(|&c| is_word_byte(c)) {
                    i += 1;
                }
                match b.get(i) {
                    Some(&c)
                        if ASCII_CLASS[usize::from(c)] & (MID_LETTER | MID_NUM) != 0
                            && b.get(i + 1).is_some_and(|&n| joins_ascii(b[i - 1], c, n)) =>
                    {
                        i += 1;
                    }
                    _ => break,
                }
            }
            self.pos = i;
            // A run of underscores alone is no word (a joiner only ever sits between letters or
            // digits, so it never makes the difference).
            if b[start..i].iter().any(|&c| c != b'_') {
                return Some(&self.s[start..i]);
            }
        }
    }
}

const LETTER: u8 = 1;
const DIGIT: u8 = 2;
/// Joins two letters (`.` `'` `:`); `LETTER << 2`, which `count_ascii_words` relies on.
const MID_LETTER: u8 = 4;
/// Joins two digits (`.` `'` `,` `;`); `DIGIT << 2`.
const MID_NUM: u8 = 8;
const UNDERSCORE: u8 = 16;
/// A word character: letter, digit or underscore.
const WORD: u8 = LETTER | DIGIT | UNDERSCORE;

/// What each ASCII byte is to the word rules: a letter, a digit, an underscore, a character that
/// joins two letters or two digits, or a boundary (0, as is every non-ASCII byte).
static ASCII_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        t[c] = if b.is_ascii_alphabetic() {
            LETTER
        } else if b.is_ascii_digit() {
            DIGIT
        } else {
            match b {
                b'_' => UNDERSCORE,
                b'.' | b'\'' => MID_LETTER | MID_NUM,
                b':' => MID_LETTER,
                b',' | b';' => MID_NUM,
                _ => 0,
            }
        };
        c += 1;
    }
    t
};

fn is_word_byte(c: u8) -> bool {
    ASCII_CLASS[usize::from(c)] & WORD != 0
}

/// [`joins`] for ASCII.
fn joins_ascii(prev: u8, mid: u8, next: u8) -> bool {
    (prev.is_ascii_alphabetic() && next.is_ascii_alphabetic() && matches!(mid, b'.' | b'\'' | b':'))
        || (prev.is_ascii_digit()
            && next.is_ascii_digit()
            && matches!(mid, b'.' | b'\'' | b',' | b';'))
}

/// The character at byte `i` and its length; ASCII without decoding (most of any text).
fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    let b = *s.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((char::from(b), 1));
    }
    let c = s.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    is_simple_letter(c) || is_combining(c)
}

fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || (!c.is_ascii() && is_simple_letter(c))
}

/// UAX #29 rules WB6/7 and WB11/12: the characters that join two letters (MidLetter,
/// MidNumLet, apostrophe) and two digits (MidNum, MidNumLet, apostrophe).
fn joins(prev: char, mid: char, next: char) -> bool {
    const MID_NUM_LET_Q: &[char] = &['.', '‘', '’', '\u{2024}', '\''];
    (is_letter(prev)
        && is_letter(next)
        && (MID_NUM_LET_Q.contains(&mid) || matches!(mid, ':' | '·' | '\u{0387}' | '\u{2027}')))
        || (prev.is_ascii_digit()
            && next.is_ascii_digit()
            && (MID_NUM_LET_Q.contains(&mid) || matches!(mid, ',' | ';' | '\u{037E}' | '\u{2044}')))
}

/// The first character at or after byte `i` that is not a combining mark.
fn next_base_char(s: &str, mut i: usize) -> Option<char> {
    loop {
        let (c, len) = char_at(s, i)?;
        if !is_combining(c) {
            return Some(c);
        }
        i += len;
    }
}

impl<'a> Iterator for FastWords<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        if self.ascii {
            return self.next_ascii();
        }
        let s = self.s;
        loop {
            // A combining mark extends what comes before it; it never starts a word.
            // ASCII bytes (most of any line, even one with curly quotes) take the table; the
            // rules below see only the other characters and the ASCII joiners.
            let b = s.as_bytes();
            let mut i = self.pos;
            let start = loop {
                let &byte = b.get(i)?;
                if byte < 0x80 {
                    if is_word_byte(byte) {
                        break i;
                    }
                    i += 1;
                    continue;
                }
                let (c, len) = char_at(s, i)?;
                if is_word_char(c) && !is_combining(c) {
                    break i;
                }
                i += len;
            };
            let mut end = start;
            let mut alnum = false;
            let mut prev: Option<char> = None;
            while let Some(&byte) = b.get(end) {
                if byte < 0x80 {
                    let class = ASCII_CLASS[usize::from(byte)];
                    if class & WORD != 0 {
                        alnum |= byte != b'_';
                        prev = Some(char::from(byte));
                        end += 1;
                        continue;
                    }
                    if class & (MID_LETTER | MID_NUM) == 0 {
                        break;
                    }
                }
                let Some((c, len)) = char_at(s, end) else {
                    break;
                };
                if is_word_char(c) {
                    alnum |= c != '_' && !is_combining(c);
                    // Combining marks are transparent: the letter before them counts.
                    if !is_combining(c) {
                        prev = Some(c);
                    }
                } else if let (Some(p), Some(n)) = (prev, next_base_char(s, end + len))
                    && joins(p, c, n)
                {
                    prev = Some(c);
                } else {
                    break;
                }
                end += len;
            }
            self.pos = end;
            if alnum {
                return Some(&s[start..end]);
            }
        }
    }
}

/// Closing quotes and brackets that may follow a sentence's final punctuation.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '*' | '_' | '」' | '』' | '）'
    )
}

/// The last character that is not a closing quote, bracket or space.
fn last_significant(s: &str) -> Option<char> {
    s.trim_end().chars().rev().find(|&c| !is_closer(c))
}

/// True when the line ends like a finished sentence: `.`, `!`, `?`, `…` or their CJK forms,
/// possibly followed by closing quotes or brackets.
pub fn ends_sentence(s: &str) -> bool {
    matches!(
        last_significant(s),
        Some('.' | '!' | '?' | '。' | '！' | '？' | '…' | '؟' | '।')
    )
}

/// True when the line ends with a full stop (possibly inside closing quotes), not an ellipsis.
pub fn ends_full_stop(s: &str) -> bool {
    matches!(last_significant(s), Some('.' | '。' | '।')) && !is_truncated(s)
}

/// True when the line is cut short with "..." or "…".
pub fn is_truncated(s: &str) -> bool {
    let t = s.trim_end();
    t.ends_with("...") || t.ends_with('…')
}

/// True when the line ends with punctuation that means more text follows (`,` `;` `:`) or a
/// full stop; headlines end with neither.
fn ends_like_prose(s: &str) -> bool {
    matches!(
        last_significant(s),
        Some('.' | ',' | ';' | ':' | '。' | '，' | '；' | '：' | '…')
    )
}

/// The first alphanumeric character is not lower-case (headlines, names and sentences start
/// upper-case; continuation lines and fragments often do not). Scripts without case pass.
pub fn starts_uppercase(s: &str) -> bool {
    match s.chars().find(|c| c.is_alphanumeric()) {
        Some(c) => !c.is_lowercase(),
        None => false,
    }
}

/// Shape of a headline: 2 to `max_words` words, at most 200 bytes, starts upper-case, does not end
/// like prose (a full stop, comma, colon or semicolon). A headline may end in `?` or `!`.
pub fn is_headline_like(s: &str, max_words: usize) -> bool {
    let t = s.trim();
    if t.is_empty() || t.len() > 200 || ends_like_prose(t) || !starts_uppercase(t) {
        return false;
    }
    let words = words_upto(t, max_words);
    (2..=max_words).contains(&words)
}

/// A comparison key: lower-case words joined by single spaces, punctuation dropped.
pub fn key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut push = |w: &str| {
        if !out.is_empty() {
            out.push(' ');
        }
        if w.is_ascii() {
            let start = out.len();
            out.push_str(w);
            out[start..].make_ascii_lowercase();
        } else {
            for c in w.chars() {
                out.extend(c.to_lowercase());
            }
        }
    };
    if fast_path_applies(s) {
        FastWords::new(s).for_each(&mut push);
    } else {
        s.unicode_words().for_each(&mut push);
    }
    out
}

/// A fingerprint of the letters and digits of [`key`]: their number, sum and sum of squares, as
/// bytes of UTF-8. Two lines with the same key have the same fingerprint (so do "U.S." and "US",
/// and anagrams); equal fingerprints need a [`same_key`] comparison to be sure.
///
/// It needs no word segmentation, so it costs a fraction of [`key`]: every letter and digit of a
/// line belongs to one of its words, and a character outside the words lower-cases to no letter
/// or digit (`lower_case_adds_no_letters` checks all of Unicode), so the line's lower-cased
/// letters and digits are its key's. The ASCII bytes are summed branch-free (about 0.8 ns a
/// byte here, a third of a word iterator); the other characters of a line that has any are
/// decoded one by one.
pub fn key_letters_fingerprint(s: &str) -> u128 {
    let bytes = s.as_bytes();
    // 16 bytes at a time with SSE2, the rest a byte at a time.
    #[cfg(target_arch = "x86_64")]
    let (mut sums, tail) = {
        let whole = bytes.len() / 16 * 16;
        (letter_sums_sse2(&bytes[..whole]), whole)
    };
    #[cfg(not(target_arch = "x86_64"))]
    let (mut sums, tail) = (LetterSums::default(), 0);
    for &b in &bytes[tail..] {
        sums.add(ascii_key_byte(b));
    }
    // Jump from one non-ASCII character to the next: news prose is mostly ASCII with a few
    // curly quotes and dashes, and decoding every character cost more than the sums above.
    let mut utf8 = [0u8; 4];
    let mut at = 0;
    while let Some(p) = next_non_ascii(bytes, at) {
        let Some(c) = s[p..].chars().next() else {
            break;
        };
        at = p + c.len_utf8();
        if is_alphanumeric(c) {
            for l in c.to_lowercase().filter(|&l| is_alphanumeric(l)) {
                for &b in l.encode_utf8(&mut utf8).as_bytes() {
                    sums.add(b);
                }
            }
        }
    }
    sums.pack()
}

/// How many bytes of a line's key letters [`key_letters_prefix`] keeps.
const KEY_PREFIX_BYTES: usize = 32;

/// The first 32 bytes of the letters and digits of [`key`] (lower-cased, as UTF-8, in order),
/// packed. Two lines with the same key have the same prefix; a line's first five or six words
/// settle it, where [`key_letters_fingerprint`] reads the whole line. The repeats pass groups
/// lines by it and fingerprints only the lines of a group that has two.
pub fn key_letters_prefix(s: &str) -> u128 {
    let bytes = s.as_bytes();
    let mut buf = [0u8; KEY_PREFIX_BYTES];
    let mut n = 0;
    let mut at = 0;
    'line: while n < KEY_PREFIX_BYTES {
        let Some(&b) = bytes.get(at) else {
            break;
        };
        if b < 0x80 {
            // Written whatever it is, kept only when it counts: no branch on the letter test.
            let k = ASCII_KEY_BYTES[usize::from(b)];
            buf[n] = k;
            n += usize::from(k != 0);
            at += 1;
            continue;
        }
        let Some(c) = s.get(at..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        at += c.len_utf8();
        if is_alphanumeric(c) {
            let mut utf8 = [0u8; 4];
            for l in c.to_lowercase().filter(|&l| is_alphanumeric(l)) {
                for &b in l.encode_utf8(&mut utf8).as_bytes() {
                    if n == KEY_PREFIX_BYTES {
                        break 'line;
                    }
                    buf[n] = b;
                    n += 1;
                }
            }
        }
    }
    pack_prefix(&buf, n)
}

/// [`ascii_key_byte`] of every ASCII byte, looked up.
static ASCII_KEY_BYTES: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = ascii_key_byte(b as u8);
        b += 1;
    }
    table
};

/// Folds the 32 prefix bytes (zero after the `n` taken: key bytes are never zero) and their
/// number into 128 bits. Two prefixes may share a packing; the repeats pass compares keys.
fn pack_prefix(buf: &[u8; KEY_PREFIX_BYTES], n: usize) -> u128 {
    let word = |i: usize| {
        let mut w = [0u8; 8];
        w.copy_from_slice(&buf[i..i + 8]);
        u64::from_le_bytes(w)
    };
    let lo = word(0) ^ word(16).rotate_left(29);
    let hi = word(8) ^ word(24).rotate_left(29) ^ (n as u64).rotate_left(59);
    u128::from(lo) | (u128::from(hi) << 64)
}

/// What an ASCII byte adds to the key's letters: a letter lower-cased, a digit, or 0 for
/// anything else (bytes of other characters included).
const fn ascii_key_byte(b: u8) -> u8 {
    let lower = b | 0x20;
    if lower.wrapping_sub(b'a') < 26 {
        lower
    } else if b.wrapping_sub(b'0') < 10 {
        b
    } else {
        0
    }
}

/// [`LetterSums`] of the ASCII letters and digits of `bytes`, whose length is a multiple of 16,
/// 16 bytes at a time: the same masks as [`ascii_key_byte`] (signed compares: bytes from 0x80
/// are negative and fall outside both ranges), a sum of absolute differences for the sum, and
/// 16-bit multiply-adds for the squares (a byte's square fits in 16 bits). The lanes wrap as the
/// scalar sums do, so the totals are the same modulo 2^32. About 1 instruction a byte where the
/// auto-vectorised loop took 6.
#[cfg(target_arch = "x86_64")]
fn letter_sums_sse2(bytes: &[u8]) -> LetterSums {
    use std::arch::x86_64::{
        __m128i, _mm_add_epi32, _mm_add_epi64, _mm_and_si128, _mm_cmpgt_epi8, _mm_cmplt_epi8,
        _mm_loadu_si128, _mm_madd_epi16, _mm_movemask_epi8, _mm_or_si128, _mm_sad_epu8,
        _mm_set1_epi8, _mm_setzero_si128, _mm_storeu_si128, _mm_unpackhi_epi8, _mm_unpacklo_epi8,
    };
    let mut count = 0u32;
    let mut sum_lanes = [0u64; 2];
    let mut square_lanes = [0u32; 4];
    // SAFETY: SSE2 is part of every x86_64 target, so these intrinsics are always available;
    // each load reads the 16 bytes `chunks_exact` gives, and each store writes a 16-byte array.
    unsafe {
        let zero = _mm_setzero_si128();
        let byte = |c: u8| _mm_set1_epi8(c as i8);
        let (mut sum, mut squares) = (zero, zero);
        for lane in bytes.chunks_exact(16) {
            let v = _mm_loadu_si128(lane.as_ptr().cast::<__m128i>());
            let lower = _mm_or_si128(v, byte(0x20));
            let letter = _mm_and_si128(
                _mm_cmpgt_epi8(lower, byte(b'a' - 1)),
                _mm_cmplt_epi8(lower, byte(b'z' + 1)),
            );
            let digit = _mm_and_si128(
                _mm_cmpgt_epi8(v, byte(b'0' - 1)),
                _mm_cmplt_epi8(v, byte(b'9' + 1)),
            );
            let x = _mm_or_si128(_mm_and_si128(lower, letter), _mm_and_si128(v, digit));
            count += (_mm_movemask_epi8(_mm_or_si128(letter, digit)) as u32).count_ones();
            sum = _mm_add_epi64(sum, _mm_sad_epu8(x, zero));
            let (lo, hi) = (_mm_unpacklo_epi8(x, zero), _mm_unpackhi_epi8(x, zero));
            squares = _mm_add_epi32(
                squares,
                _mm_add_epi32(_mm_madd_epi16(lo, lo), _mm_madd_epi16(hi, hi)),
            );
        }
        _mm_storeu_si128(sum_lanes.as_mut_ptr().cast::<__m128i>(), sum);
        _mm_storeu_si128(square_lanes.as_mut_ptr().cast::<__m128i>(), squares);
    }
    LetterSums {
        count,
        sum: sum_lanes[0].wrapping_add(sum_lanes[1]) as u32,
        squares: square_lanes
            .iter()
            .fold(0u32, |total, &lane| total.wrapping_add(lane)),
    }
}

#[derive(Default)]
struct LetterSums {
    count: u32,
    sum: u32,
    squares: u32,
}

impl LetterSums {
    /// Adds byte `v` of a letter or digit; 0 adds nothing.
    #[inline(always)]
    fn add(&mut self, v: u8) {
        let v = u32::from(v);
        self.count += u32::from(v != 0);
        self.sum = self.sum.wrapping_add(v);
        self.squares = self.squares.wrapping_add(v * v);
    }

    fn pack(&self) -> u128 {
        u128::from(self.count) << 64 | u128::from(self.sum) << 32 | u128::from(self.squares)
    }
}

/// `s` without `prefix` when it starts with it, ASCII letters compared without regard to case
/// ("Copyright", "COPYRIGHT"); other characters must match exactly.
pub fn strip_prefix_ignore_ascii_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    s.get(..prefix.len())
        .filter(|head| head.eq_ignore_ascii_case(prefix))
        .map(|_| &s[prefix.len()..])
}

/// A heading the article gives its own table or list of facts ("Semi-final results",
/// "Standings", "Key facts", "By the numbers", "Ingredients"): the short lines under it are the
/// article's data, not another story's headlines or a menu.
pub fn heads_data_list(s: &str) -> bool {
    DATA_HEADING.is_match(s.trim())
}

/// A line of the article's own facts: an info-box entry ("When: Saturday, 10 a.m.", "Tickets:
/// Free") or a figure closing the line ("Repair the old bridge 58%").
fn is_data_line(s: &str) -> bool {
    DATA_LINE.is_match(s.trim())
}

/// Short lines that are the article's own table or list of facts rather than other stories'
/// headlines or a menu: under a data heading, holding at least two data lines, or a table of
/// facts (under a heading of its own or none).
pub fn is_own_data<'a>(lines: impl Iterator<Item = &'a str>) -> bool {
    let lines: Vec<&str> = lines.filter(|l| !l.trim().is_empty()).collect();
    let Some(first) = lines.first() else {
        return false;
    };
    heads_data_list(first)
        || lines.iter().filter(|l| is_data_line(l)).take(2).count() >= 2
        || is_fact_sections(&lines)
}

/// A table's heading has at most this many words ("What's on during the closure").
const MAX_TABLE_HEADING_WORDS: usize = 6;

/// A table of facts' heading: a short line without a key that is no sentence ("Our verdict",
/// "The bridge in numbers"). A longer line, or a sentence, is no table's (another story's
/// headline above topics and theirs).
pub fn is_table_heading(l: &str) -> bool {
    !has_key(l)
        && words_upto(l, MAX_TABLE_HEADING_WORDS) <= MAX_TABLE_HEADING_WORDS
        && !ends_sentence(l.trim_end())
}

/// A "Key: value" line, as far as the tables of facts are concerned.
fn has_key(l: &str) -> bool {
    l.contains(": ")
}

/// A section of [`is_fact_sections`]: its table, and whether its last line is the next table's
/// heading.
fn table_and_heading<'s, 'l>(section: &'s [&'l str]) -> (&'s [&'l str], bool) {
    match section.split_last() {
        Some((last, rest)) if !has_key(last) => (rest, true),
        _ => (section, false),
    }
}

/// One table of facts or more, each under a heading of its own ("The ferry in numbers", then
/// "Length: 42m", ...; "Our verdict", then "Pros: ..."); the first may stand without one when
/// its values are short facts.
fn is_fact_sections(lines: &[&str]) -> bool {
    if lines.iter().any(|l| !has_key(l) && !is_table_heading(l)) {
        return false;
    }
    // `split_inclusive` ends each section with its heading: the first section's lines are the
    // headless table, and each heading heads the lines of the next one.
    let mut sections = lines.split_inclusive(|l| !has_key(l));
    let Some(first) = sections.next() else {
        return false;
    };
    let (table, mut heading) = table_and_heading(first);
    if !(table.is_empty() || is_fact_table(table) && mostly_short_facts(table)) {
        return false;
    }
    let mut tables = usize::from(!table.is_empty());
    for section in sections {
        if !heading {
            return false;
        }
        let table;
        (table, heading) = table_and_heading(section);
        if !is_fact_table(table) {
            return false;
        }
        tables += 1;
    }
    // A heading left without its table ends the lines: not a table's.
    tables > 0 && !heading
}

/// More than half of a table's values are short facts: four words at most ("1991", "£24m",
/// "Keep your tickets") or holding a figure ("Boat parade, 2pm"). Other stories' headlines
/// behind a topic ("Holidays in Houston: Things to see and do") are longer. Without a heading
/// of its own, a table needs this too.
fn mostly_short_facts(lines: &[&str]) -> bool {
    let short = lines
        .iter()
        .filter(|l| {
            l.split_once(": ").is_some_and(|(_, value)| {
                value.split_whitespace().count() <= 4 || value.bytes().any(|b| b.is_ascii_digit())
            })
        })
        .count();
    2 * short > lines.len()
}

/// Two lines or more, each "Key: value" ("Opened: 1991", "Length: 420m", "Step 1: Keep your
/// tickets", "Saturday: Farewell walk, 10am", "Pros: Quick to build"): the shape of a fact box,
/// schedule or verdict. Each key is one to three words and different from the others, and none
/// is a kicker that other stories' headlines open with ("Video:", "Opinion:", "Live:"), which a
/// list of links repeats or mixes.
pub fn is_fact_table(lines: &[&str]) -> bool {
    if lines.len() < 2 {
        return false;
    }
    // A set: a run of thousands of "Item n: ..." lines stays linear.
    let mut keys: std::collections::HashSet<String> = std::collections::HashSet::new();
    for line in lines {
        let Some((key, value)) = line.trim().split_once(": ") else {
            return false;
        };
        let words = key.split_whitespace().count();
        let plain = key
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '\'' | '’' | '-' | '&'));
        let key = key.to_lowercase();
        if !(1..=3).contains(&words)
            || !plain
            || value.trim().is_empty()
            || KICKER.is_match(&key)
            || !keys.insert(key)
        {
            return false;
        }
    }
    true
}

/// The kickers over other stories' headlines ("Video: ...", "Opinion: ...").
static KICKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:video|videos|watch|listen|live|opinion|analysis|comment|editorial|review|explainer|podcast|audio|photos?|gallery|pictures|in pictures|breaking|exclusive|update|updated|read|read more|related|see also|also read|more|latest|sponsored|advertorial|interview|q&a|quiz|poll|factbox|fact check|letters?|obituary|watch live|live updates|video report)$",
    )
    .expect("kicker pattern is valid")
});

static DATA_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:when|where|what|who|tickets?|cost|price|admission|entry|address|phone|tel|hours|opening hours|dates?|time|venue|location|website|wann|wo|eintritt|adresse|quand|où|prix|cuándo|dónde|precio|entrada)\s*:\s+\S.*|.*\d\s?%)$",
    )
    .expect("data line pattern is valid")
});

static DATA_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:[\w'’.-]+\s+){0,3}(?:results?|standings|league table|schedule|fixtures|scores?|scoring|line-?ups?|box score|statistics|stats|key facts|at a glance|by the numbers|how they voted|ingredients|method|directions|ergebnisse|tabelle|zutaten|résultats|classement|ingrédients|resultados|clasificación|ingredientes|risultati|classifica|ingredienti|key (?:points|takeaways|findings|dates|numbers)|takeaways|what we know(?: so far)?|what (?:you need to|to) know|(?:the|fast|quick) facts|in brief|in short|summary|story highlights|das wichtigste(?: in kürze)?|auf einen blick|kurz und knapp|en bref|l'essentiel|ce qu'il faut (?:savoir|retenir)|à retenir|en resumen|claves|lo que (?:sabemos|hay que saber)|in sintesi|in breve|punti chiave)\s*:?$",
    )
    .expect("data heading pattern is valid")
});

/// Holds a social handle in brackets: the signature of an embedded post ("— The Senate
/// (@NGRSenate) October 9, 2018"), which is the article's, never another story's headline.
pub fn signs_embedded_post(s: &str) -> bool {
    s.match_indices("(@").any(|(at, _)| {
        let handle = &s[at + 2..];
        let len = handle
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
            .count();
        len > 0 && handle.as_bytes().get(len) == Some(&b')')
    })
}

/// [`key_letters_fingerprint`] the long way, from the key itself.
#[cfg(test)]
fn letters_fingerprint_of_key(s: &str) -> u128 {
    let mut sums = LetterSums::default();
    let mut utf8 = [0u8; 4];
    for c in key(s).chars().filter(|c| c.is_alphanumeric()) {
        for &b in c.encode_utf8(&mut utf8).as_bytes() {
            sums.add(b);
        }
    }
    sums.pack()
}

/// [`key_letters_prefix`] the long way, from the key itself.
#[cfg(test)]
fn letters_prefix_of_key(s: &str) -> u128 {
    let mut letters = String::new();
    letters.extend(key(s).chars().filter(|c| c.is_alphanumeric()));
    let mut buf = [0u8; KEY_PREFIX_BYTES];
    let n = letters.len().min(KEY_PREFIX_BYTES);
    buf[..n].copy_from_slice(&letters.as_bytes()[..n]);
    pack_prefix(&buf, n)
}

/// True when `a` and `b` have the same [`key`], compared word by word without building either.
pub fn same_key(a: &str, b: &str) -> bool {
    fn lower(w: &str) -> impl Iterator<Item = char> + '_ {
        w.chars().flat_map(char::to_lowercase)
    }
    // Most repeats are exact copies.
    if a == b {
        return true;
    }
    if fast_path_applies(a) && fast_path_applies(b) {
        let (mut x, mut y) = (FastWords::new(a), FastWords::new(b));
        loop {
            match (x.next(), y.next()) {
                (None, None) => return true,
                (Some(p), Some(q)) if p == q || lower(p).eq(lower(q)) => {}
                _ => return false,
            }
        }
    }
    key(a) == key(b)
}

/// FxHash-style: eight bytes per multiply.
pub(crate) fn fx_hash(bytes: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let word = <[u8; 8]>::try_from(c).map_or(0, u64::from_le_bytes);
        h = (h.rotate_left(5) ^ word).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    let mut last = [0u8; 8];
    last[..rest.len()].copy_from_slice(rest);
    (h.rotate_left(5) ^ u64::from_le_bytes(last)).wrapping_mul(K)
}

/// True when the line has letters and none of them is lower-case ("BREAKING NEWS").
pub fn is_all_caps(s: &str) -> bool {
    let mut letters = false;
    for c in s.chars() {
        if c.is_lowercase() {
            return false;
        }
        letters |= c.is_uppercase();
    }
    letters
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_without_regard_to_ascii_case() {
        assert_eq!(
            strip_prefix_ignore_ascii_case("COPYRIGHT 2020", "copyright"),
            Some(" 2020")
        );
        assert_eq!(
            strip_prefix_ignore_ascii_case("Con información de EFE", "con información de "),
            Some("EFE")
        );
        assert_eq!(strip_prefix_ignore_ascii_case("Cop", "copyright"), None);
        assert_eq!(strip_prefix_ignore_ascii_case("épreuve", "e"), None);
    }

    #[test]
    fn data_headings_and_not_headlines() {
        for s in [
            "Semi-final results",
            "Standings",
            "Key facts",
            "By the numbers",
            "Box score:",
            "Ingredients",
            "Key points",
            "Takeaways",
            "What we know so far",
            "Das Wichtigste in Kürze",
            "En bref",
            "Lo que sabemos",
        ] {
            assert!(heads_data_list(s), "{s}");
        }
        assert!(is_own_data(
            ["When: Saturday, 10 a.m.", "Where: Harbour Quay"].into_iter()
        ));
        assert!(is_own_data(["Yes 52%", "No 48%"].into_iter()));
        assert!(!is_own_data(
            ["Analysis: Why the bridge failed", "Opinion: Fix it now"].into_iter()
        ));
        assert!(!is_own_data(["Stocks fall 3%"].into_iter()));
        // A fact box, a schedule, a verdict: keys that differ.
        for table in [
            &["Opened: 1991", "Length: 420m", "Cost: £24m"][..],
            &["Saturday: Farewell walk, 10am", "Sunday: Boat parade, 2pm"],
            &["Step 1: Keep your tickets", "Step 2: Fill in the form"],
            &["Pros: Quick to build", "Cons: Two years of detours"],
            &["The bridge in numbers", "Opened: 1991", "Length: 420m"],
            &[
                "The ferry in numbers",
                "Length: 42m",
                "Cost: £11m",
                "Our verdict",
                "Pros: Quiet, fast and easy to board",
                "Cons: Fewer sailings on Sundays than before",
            ],
        ] {
            assert!(is_own_data(table.iter().copied()), "{table:?}");
        }
        // Kickers, a key repeated, a long key, a line without a key, topics over long
        // headlines: other stories.
        for links in [
            &[
                "Holidays in Houston: Things to see and do",
                "Family fun: Color run and the winter festival",
                "New concerts: Post Malone returns, Michael McDonald rejoins",
            ][..],
            &["Video: Bridge closes", "Watch: The last crossing"],
            &["Brexit: What happens next", "Brexit: Talks resume"],
            &[
                "Why the council voted to shut it: the inside story",
                "Costs: double",
            ],
            &["Opened: 1991", "Ferry fares to rise in January"],
            &[
                "Our verdict",
                "Pros: Quiet",
                "Cons: Slow",
                "Ferry fares to rise in January",
            ],
            &["Opened: 1991", "Length: 420m", "Ferry fares to rise"],
            &[
                "Harbour bridge to close for two years from March",
                "Brexit: Talks resume",
                "Ferries: Fares rise",
            ],
        ] {
            assert!(!is_own_data(links.iter().copied()), "{links:?}");
        }
        for s in [
            "Results of the council's survey surprised the mayor, who had expected support.",
            "Clinic extends weekend hours as flu season peaks",
            "Related stories",
        ] {
            assert!(!heads_data_list(s), "{s}");
        }
    }

    #[test]
    fn latin_letters_shortcut_agrees_with_is_alphabetic() {
        for c in '\u{00C0}'..='\u{024F}' {
            assert_eq!(is_simple_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn key_fingerprints_and_comparisons_agree_with_key() {
        let lines = [
            "The Council voted, on Tuesday.",
            "the council voted on tuesday",
            "The council voted on Tuesday!",
            "Le conseil a voté mardi.",
            "LE CONSEIL A VOTÉ MARDI",
            "Straße am Fluß",
            "STRASSE AM FLUSS",
            "القاهرة — قالت الحكومة",
            "",
        ];
        for a in lines {
            for b in lines {
                let same = key(a) == key(b);
                assert_eq!(same_key(a, b), same, "{a:?} {b:?}");
                if same {
                    assert_eq!(
                        key_letters_fingerprint(a),
                        key_letters_fingerprint(b),
                        "{a:?} {b:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn sentence_endings_see_through_closing_quotes() {
        assert!(ends_sentence("He said it was over.\""));
        assert!(ends_sentence("“Is it?”"));
        assert!(ends_sentence("Done. "));
        assert!(!ends_sentence("Rashford: Man Utd still in semi-final tie"));
        assert!(!ends_sentence(""));
    }

    #[test]
    fn headline_shape() {
        assert!(is_headline_like(
            "Rashford: Man Utd still in semi-final tie",
            20
        ));
        assert!(is_headline_like("Is this the end of the euro?", 20));
        assert!(!is_headline_like("It was a long day.", 20));
        assert!(!is_headline_like("continued from the line above", 20));
        assert!(!is_headline_like("Word", 20));
        assert!(!is_headline_like("Related:", 20));
    }

    #[test]
    fn key_ignores_case_space_and_punctuation() {
        assert_eq!(
            key("U.S. questions  whether Iraq!"),
            "u.s questions whether iraq"
        );
        assert_eq!(key("  HELLO, World "), key("hello world"));
    }

    #[test]
    fn fast_path_matches_unicode_words() {
        let mut samples: Vec<String> = vec![
            "don't U.S. 1,000 3.5 7-2 a:b e.g. ___ __a_b__ 2019s A4 x'y' 'quoted' end.".into(),
            "It's 5:45 p.m. on Nov. 19, 2019; the U.S.A. (and co.) - 1;2 1'2 a'1 1.a".into(),
            "$66 million, 14,000 vehicles; 20% ... !!! ?? http://example.com/a_b?c=1&d=2".into(),
            // A lone alphabetic combining mark is a word of its own.
            "\u{345}".into(),
            "a \u{345}b ὠ\u{345} é\u{301}".into(),
        ];
        for entry in std::fs::read_dir("fixtures").unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                let text = std::fs::read_to_string(path).unwrap();
                samples.extend(text.lines().filter(|l| l.is_ascii()).map(String::from));
            }
        }
        for s in &samples {
            let slow: Vec<&str> = s.unicode_words().collect();
            assert_eq!(key(s), slow.join(" ").to_lowercase(), "{s:?}");
            if fast_path_applies(s) {
                let fast: Vec<&str> = FastWords::new(s).collect();
                assert_eq!(fast, slow, "{s:?}");
            }
        }
    }

    /// The vector sums are the byte-at-a-time sums for every byte value, in every lane, and
    /// wrap as they do over a long line.
    #[cfg(target_arch = "x86_64")]
    #[test]
    fn vector_letter_sums_are_the_scalar_ones() {
        let bytes: Vec<u8> = (0..=255u8).cycle().take(256 * 16 * 300).collect();
        let vector = letter_sums_sse2(&bytes);
        let mut scalar = LetterSums::default();
        for &b in &bytes {
            scalar.add(ascii_key_byte(b));
        }
        assert_eq!(vector.pack(), scalar.pack());
    }

    proptest::proptest! {
        #[test]
        fn fast_path_agrees_with_unicode_words(s in "[ -~éÉüßçñøœ’‘“”—–…«»·\u{301}\u{308}аБяΩλ€£\u{2024}\u{2027}\u{2044}\u{37E}\u{387}ſ\u{A0}\u{2009}▪►✓ª]{0,80}") {
            proptest::prop_assume!(fast_path_applies(&s));
            let fast: Vec<&str> = FastWords::new(&s).collect();
            let slow: Vec<&str> = s.unicode_words().collect();
            proptest::prop_assert_eq!(fast, slow);
        }

        /// Where the fast path says it applies, it agrees with UAX #29, with characters that
        /// have word rules of their own mixed in (it must refuse those lines).
        #[test]
        fn fast_path_refuses_what_it_does_not_know(s in "[ a-z.,:'’_\\-é\u{301}\u{345}\u{5F4}\u{AD}\u{483}\u{202A}\u{202F}\u{2040}\u{2054}\u{55F}\u{589}\u{60C}\u{66C}\u{7F8}\u{2028}\u{200D}™]{0,30}") {
            if fast_path_applies(&s) {
                let fast: Vec<&str> = FastWords::new(&s).collect();
                let slow: Vec<&str> = s.unicode_words().collect();
                proptest::prop_assert_eq!(fast, slow);
            }
        }

        /// The count over the ASCII copy of a line is the word iterator's, for every limit.
        #[test]
        fn transcoded_count_agrees_with_unicode_words(
            s in "[ -~éÉüßçñøœ’‘“”—–…«»·\u{301}\u{308}аБяΩλ€£\u{2024}\u{2027}\u{2044}\u{37E}\u{387}ſ\u{A0}\u{2009}▪►✓ª\u{345}\u{5D0}\u{30A2}\u{200D}]{0,80}",
            limit in 0usize..20,
        ) {
            let slow = s.unicode_words().take(limit + 1).count();
            if let Some(count) = count_transcoded_words(&s, limit) {
                proptest::prop_assert_eq!(count, slow);
            }
            // Counted a few bytes at a time, as a long line is.
            for chunk in [1, 2, 5, 16] {
                if let Some(count) = count_transcoded_words_by(&s, limit, chunk) {
                    proptest::prop_assert_eq!(count, slow, "chunk {}", chunk);
                }
            }
            proptest::prop_assert_eq!(words_upto(&s, limit), slow);
            proptest::prop_assert_eq!(word_count(&s), s.unicode_words().count());
        }

        /// Counting the first words checks only the text they span: the same counts as
        /// UAX #29 on the whole line, for every limit, with text the fast path does not know
        /// (Hebrew, Katakana, zero-width characters, emoji) anywhere in the line.
        #[test]
        fn words_upto_agrees_with_unicode_words(
            s in "[ a-zA-Z0-9.,:;'’_\\-éñαб\u{301}\u{5D0}\u{5F4}\u{30A2}\u{200D}\u{200B}\u{1F600}\u{1F1E6}\u{1F1EA}\u{FF10}\u{3002}]{0,40}",
            limit in 0usize..12,
        ) {
            let slow = s.unicode_words().take(limit + 1).count();
            proptest::prop_assert_eq!(words_upto(&s, limit), slow);
        }

        /// The one-pass fingerprint is the fingerprint of the key's letters and digits, for
        /// ASCII and for text the word segmenter handles (Hebrew, Katakana, zero-width
        /// characters, emoji, the dotted capital I whose lower case adds a combining mark).
        #[test]
        fn letters_fingerprint_agrees_with_key(
            s in "([a-cA-C0-2_.,;:'\\- !?]|[ -~]|[’éÉñαΑбБİẞ\u{301}\u{345}\u{5D0}\u{5F4}\u{30A2}\u{200D}\u{200B}\u{1F600}\u{FF10}\u{3002}\u{2160}\u{24B6}]){0,60}",
        ) {
            proptest::prop_assert_eq!(key_letters_fingerprint(&s), letters_fingerprint_of_key(&s));
        }

        /// The prefix the repeats pass groups lines by is the prefix of the key's letters, for
        /// the same text; so lines with the same key are always in one group.
        #[test]
        fn letters_prefix_agrees_with_key(
            s in "([a-cA-C0-2_.,;:'\\- !?]|[ -~]|[’éÉñαΑбБİẞ\u{301}\u{345}\u{5D0}\u{5F4}\u{30A2}\u{200D}\u{200B}\u{1F600}\u{FF10}\u{3002}\u{2160}\u{24B6}]){0,60}",
        ) {
            proptest::prop_assert_eq!(key_letters_prefix(&s), letters_prefix_of_key(&s));
        }

        /// The interview test is the pattern it replaced in [`LIST_ITEM`].
        #[test]
        fn interview_line_is_the_pattern(s in "[ \u{a0}\u{2009}\tQAFRPqx:.]{0,8}") {
            let pattern = Regex::new(r"^\s*[QAFRP]\s*:\s").unwrap();
            proptest::prop_assert_eq!(is_interview_line(&s), pattern.is_match(&s));
        }

        /// The branch-free ASCII count agrees with the word iterator, for every limit.
        #[test]
        fn ascii_count_agrees_with_words(
            s in "([a-cA-C0-2.,;:'\\- !?]|[ -~]){0,60}",
            limit in 0usize..20,
        ) {
            proptest::prop_assume!(!s.contains('_'));
            let words = s.unicode_words().count();
            proptest::prop_assert_eq!(count_ascii_words(s.as_bytes(), limit), Some(words.min(limit + 1)));
            proptest::prop_assert_eq!(word_count(&s), words);
        }

        /// Across 64-byte chunks too (a word or joiner on a chunk boundary), the chunked count
        /// is the byte-at-a-time one and the word iterator's.
        #[test]
        fn ascii_count_agrees_across_chunks(
            s in "([a-cA-C0-2.,;:' ]|[ -^`-~]){0,300}",
            limit in proptest::prop_oneof![0usize..80, proptest::strategy::Just(usize::MAX - 1)],
        ) {
            let words = s.unicode_words().count();
            proptest::prop_assert_eq!(count_ascii_words(s.as_bytes(), limit), Some(words.min(limit + 1)));
            proptest::prop_assert_eq!(count_ascii_words_scalar(s.as_bytes(), limit), count_ascii_words(s.as_bytes(), limit));
        }

        /// The byte-level ASCII path, on ASCII built from the characters its rules look at.
        #[test]
        fn ascii_path_agrees_with_unicode_words(s in "([a-cA-C0-2_.,;:'\\- !?]|[ -~]){0,60}") {
            let fast: Vec<&str> = FastWords::new(&s).collect();
            let slow: Vec<&str> = s.unicode_words().collect();
            proptest::prop_assert_eq!(fast, slow);
        }
    }

    proptest::proptest! {
        // Underscores and non-ASCII characters between long ASCII runs are rare draws: more
        // cases than the default make each of them show up in every run.
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2048))]

        /// Lines longer than the 64-byte chunks, with characters that send the count to the slow
        /// path (non-ASCII, joiners, underscores) anywhere in them, and limits reached before and
        /// after those characters.
        #[test]
        fn long_mixed_lines_count_as_the_word_iterator(
            s in "([a-c0-2.,:' ]{1,30}|_|[’éα\u{301}\u{200D}\u{5D0}\u{FF10}]){2,20}",
            limit in 0usize..80,
        ) {
            let slow = s.unicode_words().take(limit + 1).count();
            proptest::prop_assert_eq!(words_upto(&s, limit), slow);
            proptest::prop_assert_eq!(word_count(&s), s.unicode_words().count());
        }
    }

    /// What [`key_letters_fingerprint`] relies on, over every character: one that is not a letter or
    /// digit lower-cases to no letter or digit, and lower case is lower case already.
    #[test]
    fn lower_case_adds_no_letters() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            for l in c.to_lowercase() {
                if c.is_alphanumeric() {
                    assert!(l.to_lowercase().eq([l]), "{c:?} -> {l:?}");
                } else {
                    assert!(!l.is_alphanumeric(), "{c:?} -> {l:?}");
                }
            }
        }
    }

    /// The range shortcuts agree with the Unicode tables, over every character.
    #[test]
    fn letter_shortcuts_agree_with_unicode() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            let letter = (c < '\u{0530}' || ('\u{1E00}'..='\u{1EFF}').contains(&c))
                && c.is_alphabetic()
                && c != '×'
                && c != '÷';
            assert_eq!(is_simple_letter(c), letter, "{c:?}");
        }
    }

    #[test]
    fn interview_lines() {
        for l in [
            "Q: Favorite book?",
            "A: The Hard Thing",
            "  Q : Why?",
            "F: Warum?",
            "R: Oui",
        ] {
            assert!(is_interview_line(l), "{l}");
        }
        for l in ["Q:", "Quiet: please", "A:B", "1. Most read", "", "AP: no"] {
            assert!(!is_interview_line(l), "{l}");
        }
    }

    #[test]
    fn all_caps() {
        assert!(is_all_caps("US FALLS 2-1"));
        assert!(!is_all_caps("US falls"));
        assert!(!is_all_caps("2019"));
    }
}
