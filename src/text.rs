//! Small text measures that several passes share: word counts, sentence endings, headline shape,
//! and a comparison key that ignores case, spacing and punctuation.

use unicode_segmentation::UnicodeSegmentation;

/// Number of words, by Unicode word boundaries (so CJK text counts characters as words).
pub fn word_count(s: &str) -> usize {
    s.unicode_words().count()
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
    let words = word_count(t);
    (2..=max_words).contains(&words)
}

/// A comparison key: lower-case words joined by single spaces, punctuation dropped.
pub fn key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.unicode_words() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in w.chars() {
            out.extend(c.to_lowercase());
        }
    }
    out
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
    fn all_caps() {
        assert!(is_all_caps("US FALLS 2-1"));
        assert!(!is_all_caps("US falls"));
        assert!(!is_all_caps("2019"));
    }
}
