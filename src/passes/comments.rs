//! The comment section under an article: "12 Comments", "Leave a Reply", "10 thoughts on
//! “Headline”", "Kommentare", "Comentários" head the readers' comments, the reply form and
//! whatever the page shows below them. The heading and everything after it go.
//!
//! Guards (shared with the copyright tail, see [`crate::passes::tail`]): the heading must come
//! after enough article prose, and the prose after it must not outweigh the article by much.
//! A sentence that mentions comments is no heading: it must be the whole, short line.

use std::sync::LazyLock;

use regex::bytes::{Regex, RegexBuilder};

use crate::document::Document;
use crate::passes::boilerplate::is_article_prose;
use crate::passes::tail;
use crate::pipeline::{Config, Pass};

pub struct CommentSection;

const PASS: &str = "comments";

/// A bare label: on some pages a link to the comments sits inside the article.
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    RegexBuilder::new(r"(?i)^[\s*\#>-]*(?:comments?|responses?|replies|reactions|kommentare?|commentaires?|comentarios?|comentários?)\s*:?\s*$")
        .unicode(false)
        .build()
        .expect("comment label pattern is valid")
});

// On bytes without Unicode classes, like the boilerplate patterns: ASCII case folding is what
// these phrases need, and the automaton compiles in a fraction of the time.
static HEADING: LazyLock<Regex> = LazyLock::new(|| {
    RegexBuilder::new(
        r#"(?ix)^[\s*\#>\[(-]*(?:
            (?:\d[\d,.]*\s+)?(?:comments?|responses?|replies|reader\s+comments|reactions)
          | (?:top(?:\s+rated)?|most\s+(?:popular|liked|recent)|popular|best|featured|latest|newest|recent)\s+comments
          | (?:read|view|see|show)\s+all(?:\s+\d[\d,.]*)?\s+comments
          | \d[\d,.]*\s+(?:comments?|responses?|replies|thoughts?)\s+(?:on|to)\s+.+
          | (?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:comments?|responses?|thoughts?)\s+(?:on|to)\s+.+
          | leave\s+a\s+(?:comment|reply)(?:\s+cancel\s+reply)? | post\s+a\s+comment | add\s+a\s+comment
          | join\s+the\s+(?:conversation|discussion) | show\s+comments | view\s+comments
          | (?:sign|log)\s+in(?:\s+or\s+(?:create|register)[^.]*?)?\s+to\s+(?:comment|join\s+the\s+(?:conversation|discussion))
          | (?:\d+\s+)?kommentare? | (?:\d+\s+)?commentaires? | laisser\s+un\s+commentaire
          | (?:\d+\s+)?comentarios? | (?:\d+\s+)?comentários? | deja\s+un\s+comentario
          | deixe\s+um\s+comentário
        )\s*[:.]?\s*[\])]?\s*$"#,
    )
    .unicode(false)
    .build()
    .expect("comment heading pattern is valid")
});

/// The first word of every heading (after a count), lower-case.
const FIRST_WORDS: &[&str] = &[
    "comment",
    "comments",
    "response",
    "responses",
    "replies",
    "reader",
    "reactions",
    "thought",
    "thoughts",
    "leave",
    "post",
    "add",
    "join",
    "sign",
    "log",
    "show",
    "view",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "kommentar",
    "kommentare",
    "commentaire",
    "commentaires",
    "laisser",
    "comentario",
    "comentarios",
    "comentário",
    "comentários",
    "deja",
    "deixe",
    "top",
    "most",
    "popular",
    "best",
    "featured",
    "latest",
    "newest",
    "recent",
    "read",
    "see",
];

/// A cheap test every heading passes: its first word (after bullets and a count) is one a
/// heading starts with. Most lines fail at their first word, without running the pattern.
/// [`FIRST_WORDS`] in byte order, for the binary search.
static FIRST_WORDS_SORTED: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut words = FIRST_WORDS.to_vec();
    words.sort_unstable();
    words
});

fn first_word_fits(line: &str) -> bool {
    let s = line
        .trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, '*' | '#' | '>' | '-' | '[' | '(')
        })
        .trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, ',' | '.'))
        .trim_start();
    let end = s
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(s.len(), |(i, _)| i);
    let word = &s[..end];
    if word.is_empty() || word.len() > 12 {
        return false;
    }
    if word.is_ascii() {
        // Asked of every line under the article's first prose: one binary search in the sorted
        // list, not a comparison with each of its words.
        let mut lower = [0u8; 12];
        let lower = &mut lower[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        FIRST_WORDS_SORTED
            .binary_search_by(|w| w.as_bytes().cmp(lower))
            .is_ok()
    } else {
        let lower = word.to_lowercase();
        FIRST_WORDS.contains(&lower.as_str())
    }
}

/// A line that heads a comment section.
pub fn is_comment_heading(line: &str) -> bool {
    line.len() <= 300 && first_word_fits(line) && HEADING.is_match(line.trim().as_bytes())
}

/// Line `i` heads the comment section: a heading, and when it is a bare label ("Comments"),
/// not one followed by a paragraph of the article.
fn heads_comments(doc: &Document<'_>, i: usize) -> bool {
    let text = &doc.lines[i].text;
    is_comment_heading(text)
        && !(LABEL.is_match(text.as_bytes())
            && tail::next_text(doc, i).is_some_and(is_article_prose))
}

impl Pass for CommentSection {
    fn name(&self) -> &'static str {
        PASS
    }

    fn description(&self) -> &'static str {
        "drop the readers' comment section after the article, from its heading on"
    }

    fn run(&self, doc: &mut Document<'_>, config: &Config) {
        cut_comment_section(doc, config);
    }
}

/// The pass itself; the main-block pass weighs the heading again after it removed prose below
/// the article (see there).
pub(crate) fn cut_comment_section(doc: &mut Document<'_>, config: &Config) {
    let Some(heading) = tail::marker_after_prose(doc, config, is_comment_heading, heads_comments)
    else {
        return;
    };
    tail::cut_after(
        doc,
        heading,
        PASS,
        "comment-section",
        "the readers' comment section after the article",
    );
}

#[cfg(test)]
mod tests {
    use super::is_comment_heading;
    use crate::pipeline::testing::removed_lines;

    #[test]
    fn first_words_are_lower_case() {
        // The lookup lower-cases the line's first word and searches the sorted list.
        for w in super::FIRST_WORDS {
            assert_eq!(w.to_lowercase(), *w);
        }
        assert!(is_comment_heading("COMMENTS"));
        assert!(is_comment_heading("Kommentare"));
    }

    const PROSE: &str = "The council voted on Tuesday to close the old bridge for repairs next spring, a decision that will force thousands of commuters onto longer routes for at least two years, officials said.";

    #[test]
    fn headings() {
        for line in [
            "12 Comments",
            "Comments",
            "Leave a Reply",
            "Leave a Reply Cancel reply",
            "10 thoughts on “Business Focus: Why Some People Triumph Online”",
            "One thought on “Harbour Street bridge to close”",
            "1 thought on “Harbour Street bridge to close”",
            "2 Comentários",
            "Kommentare",
            "Join the Conversation",
            "[ 167 comments ]",
            "Top Rated Comments",
            "[ Read All Comments ]",
            "View all 12 comments",
            "Sign in or create your Guardian account to join the discussion",
            "Log in to comment",
        ] {
            assert!(is_comment_heading(line), "{line}");
        }
        for line in [
            "Comments from readers poured in after the story ran on Tuesday.",
            "The mayor's comments drew criticism.",
            "Reply",
            "Top comments by the mayor angered residents",
            "Read all comments carefully before voting, she said.",
            "Sign in to the portal to join the discussion on the new bridge, the council said.",
        ] {
            assert!(!is_comment_heading(line), "{line}");
        }
    }

    #[test]
    fn the_section_goes_from_its_heading() {
        let input = format!(
            "{PROSE}\n\n{PROSE} Again.\n\n{PROSE} Once more.\n\n{PROSE} And again.\n\n3 Comments\n\nGreat article, thanks for writing it.\n\nI disagree with the council on this one, the bridge was fine last year.\n"
        );
        let removed = removed_lines(&["normalize", "comments"], &input);
        assert_eq!(
            removed,
            [
                "3 Comments",
                "Great article, thanks for writing it.",
                "I disagree with the council on this one, the bridge was fine last year."
            ]
        );
    }

    #[test]
    fn a_comments_link_inside_the_article_cuts_nothing() {
        let input = format!(
            "{PROSE}\n\n{PROSE} Again.\n\n{PROSE} Once more.\n\n{PROSE} And again.\n\nComments\n\n{PROSE} The end.\n"
        );
        assert!(removed_lines(&["normalize", "comments"], &input).is_empty());
    }

    #[test]
    fn a_heading_in_a_menu_above_the_article_cuts_nothing() {
        let input = format!("Home\nComments\nSport\n\n{PROSE}\n\n{PROSE} Again.\n");
        assert!(removed_lines(&["normalize", "comments"], &input).is_empty());
    }
}
