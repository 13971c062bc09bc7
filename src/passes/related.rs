//! Trailing related-links stripping: removes the other stories' headlines glued to the end of the
//! article, with or without an introducer ("Related", "You may also like", "Most read"), and
//! "Read more:" teasers with the headline they introduce inside the body.
//!
//! Guards keep article text safe: a trailing run without an introducer is cut only when it has at
//! least two headline-shaped lines, follows enough prose, and is not a list the article itself
//! introduces with a colon; a real last paragraph ends like a sentence, so it stops the run.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::{Document, LineList};
use crate::passes::boilerplate::{Boilerplate, line_is_article_prose};
use crate::passes::byline::Byline;
use crate::passes::repeated_labels::RepeatedLabels;
use crate::pipeline::{Config, Mode, Pass};
use crate::text::{
    ends_sentence, heads_data_list, is_fact_table, is_headline_like, is_list_item, is_own_data,
    is_table_heading, signs_embedded_post, words_upto,
};

pub struct TrailingRelatedLinks;

const PASS: &str = "related";

/// A related headline is at most this many words.
const MAX_HEADLINE_WORDS: usize = 30;
/// Headlines taken after an introducer inside the body.
const MAX_INTRODUCED: usize = 3;

struct Rules {
    /// A line that only introduces links: "Related", "You may also like", "Most read".
    introducer: regex::bytes::Regex,
    /// A teaser with its headline on one line: "READ MORE: ...", "Also Read | ...".
    inline_teaser: Regex,
    /// List markers in front of a headline.
    bullet: Regex,
    sentence_break: Regex,
}

/// A teaser's opening phrase and the separator after it; the headline follows.
const INLINE_TEASER_HEAD: &str = r"(?ix)^[\s*•\[(]*(?:related|read\s+more|read\s+also|also\s+read|see\s+also|more|read|also\s+watch|watch|video|photos|recommended|lesen\s+sie\s+(?:hier|mehr)|auch\s+interessant|(?:à\s+)?lire\s+également|on\s+(?:[a-z0-9-]+\.)+(?:com|org|net|co\.uk)
          |(?P<bare>lesen\s+sie\s+auch|mehr\s+zum\s+thema|(?:à\s+)?lire\s+aussi|voir\s+aussi
          |leer\s+más|lea\s+también|lee\s+también|ver\s+también|leggi\s+anche(?:\s+su)?|vedi\s+anche|leia\s+também|veja\s+também|leia\s+mais|lees\s+ook
          |читайте\s+также|читайте\s+ещё|читайте\s+еще|смотрите\s+также
          |baca\s+juga|xem\s+thêm|(?:prze)?czytaj\s+(?:także|też|również)|zobacz\s+(?:także|też|również)
          |läs\s+(?:också|även)|les\s+også|læs\s+også|lue\s+myös|citește\s+și|citeşte\s+şi|citeste\s+si
          |čtěte\s+také|přečtěte\s+si\s+také|διαβάστε\s+(?:επίσης|ακόμη)|यह\s+भी\s+पढ़ें|ये\s+भी\s+पढ़ें|इसे\s+भी\s+पढ़ें)|اقرأ\s+أيضا(?:ً)?|اقرأ\s+المزيد|相关新闻|相关阅读|延伸阅读|関連記事)
          (?P<sep>\s*(?:[:|»>]|--?|—|–)\s*|\s+)";

/// The whole teaser line: the head, then the headline (`rest`) up to an optional closing bracket.
/// Only for the rare line whose greedy separator left no headline (see `inline_teaser`).
static INLINE_TEASER_WHOLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"{INLINE_TEASER_HEAD}(?P<rest>\S.*?)[\])]?\s*$"))
        .expect("teaser pattern is valid")
});

/// The parts of an inline teaser line: (opening phrase is one that opens no sentence, separator,
/// headline). The head is matched alone and the headline is what follows it, less a closing
/// bracket: captures over the whole line cost a backtracking search over every byte of it, and
/// most lines that pass the head are long paragraphs opening with "More" or "Read".
fn inline_teaser(text: &str) -> Option<(bool, &str, &str)> {
    // The anchored test fails within a few bytes on almost every line; captures cost more.
    if !RULES.inline_teaser.is_match(text) {
        return None;
    }
    let c = RULES.inline_teaser.captures(text)?;
    let head = c.get(0)?;
    let rest = &text[head.end()..];
    if rest.starts_with(|ch: char| !ch.is_whitespace()) {
        let rest = match rest.strip_suffix([']', ')']) {
            Some(r) if !r.is_empty() => r,
            _ => rest,
        };
        let sep = c.name("sep").map_or("", |m| m.as_str());
        return Some((c.name("bare").is_some(), sep, rest));
    }
    // The greedy separator took all there was ("Read more --"); the whole pattern may still
    // match by a shorter separator or phrase, as it did before the head was matched alone.
    let c = INLINE_TEASER_WHOLE.captures(text)?;
    Some((
        c.name("bare").is_some(),
        c.name("sep").map_or("", |m| m.as_str()),
        c.name("rest").map_or("", |m| m.as_str()),
    ))
}

static RULES: LazyLock<Rules> = LazyLock::new(|| {
    Rules {
    // On bytes without Unicode classes: ASCII case folding is what these phrases need, and the
    // Unicode-aware automaton cost milliseconds of every process's start-up.
    introducer: regex::bytes::RegexBuilder::new(
        r"(?ix)^(?:[\s*>-]|•|·|»)*(?:
            related(?:\s+(?:stories|articles|coverage|content|news|links|reading|posts|topics|tags|video|videos))?
          | read\s+(?:more|next|also)(?:\s+(?:from|at|on)\s+[^.\n]{1,40})? | read\s+more\s+about
          | also\s+read | see\s+also | further\s+reading | keep\s+reading | what\s+to\s+read\s+next
          | more\s+(?:from|in|on)\s+(?:\S+\s*){1,4}
          | more\s+(?-i:[A-Z][A-Za-z]*\s+){0,2}(?:stories|news|articles|coverage|headlines)
          | you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested\s+in|have\s+missed)(?:\s+(?:these|this)\s+(?:posts?|stories|story|articles?))?
          | recommended(?:\s+(?:for\s+you|stories|reading|articles|videos?))?
          | most\s+(?:read|popular|viewed|shared|watched)(?:\s+(?:stories|articles|from\s+.{1,30}))?
          | trending(?:\s+(?:now|stories|news))? | top\s+stories | popular\s+stories | latest\s+(?:news|stories) | watch\s+next | in\s+case\s+you\s+missed\s+it | icymi | around\s+the\s+web | from\s+our\s+partners | elsewhere\s+on\s+[^.\n]{1,40}
          | story\s+timeline | editor(?:'|’)?s(?:'|’)?\s+picks? | don'?t\s+miss | also\s+watch | explore\s+more\s+on\s+(?:these|this)\s+topics?
          | next\s+up\s+(?:in|on)\s+[^.\n]{1,40}
          | mehr\s+zum\s+thema | lesen\s+sie\s+auch | weitere\s+(?:artikel|nachrichten|meldungen) | meistgelesen(?:e\s+artikel)? | am\s+meisten\s+gelesen | (?:à|À)\s+lire\s+aussi | lire\s+aussi
          | leer\s+más | lea\s+también | lee\s+también | ver\s+también | te\s+puede\s+interesar
          | le\s+puede\s+interesar | noticias\s+relacionadas | m(?:á|a)s\s+noticias | te\s+recomendamos | la\s+r(?:é|e)daction\s+vous\s+conseille | empfehlungen
          | vous\s+aimerez\s+(?:aussi|également) | (?:à|À)\s+voir\s+aussi | mehr\s+nachrichten | les\s+plus\s+lus | (?:à|À)\s+d(?:é|e)couvrir(?:\s+aussi)? | nos\s+abonn(?:é|e)s\s+lisent\s+aussi | contenus?\s+partenaires? | lo\s+m(?:á|a)s\s+le(?:í|i)do
          | leggi\s+anche | vedi\s+anche | potrebbe\s+interessarti(?:\s+anche)? | ti\s+potrebbe\s+interessare
          | articoli\s+correlati | leia\s+mais
          | not(?:í|i)cias\s+relacionadas | voir\s+aussi | (?:à|À)\s+lire\s+également | sur\s+le\s+même\s+sujet
          | das\s+k(?:ö|oe)nnte\s+sie\s+auch\s+interessieren | auch\s+interessant | lees\s+ook
          | (?:Ч|ч)итайте\s+(?:также|ещё|еще) | (?:С|с)мотрите\s+также | (?:П|п)о\s+теме
          | (?:М|м)атериалы\s+по\s+теме | (?:В|в)ам\s+может\s+быть\s+интересно | (?:С|с)амое\s+(?:читаемое|популярное) | (?:Н|н)овости\s+партн(?:е|ё)ров
          | اقرأ\s+أيضا(?:ً)? | اقرأ\s+المزيد | أخبار\s+ذات\s+صلة | مواضيع\s+ذات\s+صلة | الأكثر\s+قراءة
          | 相关新闻 | 相关阅读 | 延伸阅读 | 推荐阅读 | 热门推荐 | 相关推荐 | 猜你喜欢 | 関連記事 | 関連ニュース | あわせて読みたい | おすすめ記事 | 人気記事
          | baca\s+juga | berita\s+terkait | xem\s+thêm | tin\s+liên\s+quan
          | (?:prze)?czytaj\s+(?:także|też|również|TAKŻE|TEŻ|RÓWNIEŻ) | zobacz\s+(?:także|też|również|TAKŻE|TEŻ|RÓWNIEŻ)
          | l(?:ä|Ä)s\s+(?:också|även|OCKSÅ|ÄVEN) | les\s+ogs(?:å|Å) | l(?:æ|Æ)s\s+ogs(?:å|Å) | lue\s+my(?:ö|Ö)s
          | cite(?:ș|ş|s|Ș|Ş)te\s+(?:ș|ş|s|Ș|Ş)i | (?:č|Č)t(?:ě|Ě)te\s+tak(?:é|É) | p(?:ř|Ř)e(?:č|Č)t(?:ě|Ě)te\s+si\s+tak(?:é|É)
          | (?:Δ|δ)ιαβάστε\s+(?:επίσης|ακόμη) | ΔΙΑΒΑΣΤΕ\s+(?:ΕΠΙΣΗΣ|ΑΚΟΜΗ) | leia\s+tamb(?:é|É)m | veja\s+tamb(?:é|É)m
          | (?:İ|i)lgili\s+haberler | (?:Ö|ö)nerilen\s+haberler | en\s+(?:ç|Ç)ok\s+okunanlar | najcz(?:ę|e)(?:ś|s)ciej\s+czytane | terpopuler
          | 관련\s*기사 | 관련\s*뉴스 | 많이\s*본\s*(?:뉴스|기사) | 인기\s*기사 | यह\s+भी\s+पढ़ें | ये\s+भी\s+पढ़ें
        )(?:[\s:|>-]|»|–|—|：)*(?:\.\.\.|…)?$",
    )
    .unicode(false)
    .build()
    .expect("introducer pattern is valid"),
    inline_teaser: Regex::new(INLINE_TEASER_HEAD).expect("teaser pattern is valid"),
    bullet: Regex::new(r"^[\s•·*»>▶►-]+").expect("bullet pattern is valid"),
    sentence_break: Regex::new(r#"[\p{L}\d][.!?]["”’]?\s+\p{Lu}"#).expect("sentence break pattern is valid"),
}
});

impl Pass for TrailingRelatedLinks {
    fn name(&self) -> &'static str {
        PASS
    }

    fn description(&self) -> &'static str {
        "remove other stories' headlines at the end and \"Read more:\" teasers in the body"
    }

    fn run(&self, doc: &mut Document<'_>, config: &Config) {
        // Dated headline lists and inline teasers first: one left in place could hide the start
        // of the trailing run, and a second cleaning (without it) would then cut more.
        strip_aged_headlines(doc);
        strip_inline_teasers(doc, config);
        // Found by shape alone: not where only overwhelming evidence may cut.
        if config.mode != Mode::Recall {
            strip_capital_headlines(doc);
        }
        strip_at_end(doc, config);
        // A story's one-sentence summary under its headline ("More from ...") is a sentence, and
        // the passes before this one measured the article down to it. With it gone the article
        // ends higher, and a second cleaning would find cookie notices, bylines and labels at
        // the new edge: those passes look again now (as the tails do after main-block).
        // (A line's number is its index plus one: the document never gains or loses lines.)
        let took_prose = doc
            .removals()
            .any(|(number, _, r)| r.pass == PASS && line_is_article_prose(doc, number - 1));
        if took_prose {
            config.run_again(doc, &[&Boilerplate, &Byline, &RepeatedLabels]);
        }
    }
}

/// The runs of headlines at the document's end, with or without an introducer; the page
/// chrome pass asks again after it took footer lines from the end.
pub(crate) fn strip_at_end(doc: &mut Document<'_>, config: &Config) {
    strip_trailing_run(doc, config);
    // An introducer and its list at the very end hid the start of a trailing run above them
    // (a numbered list ends no run): with them gone, the end is looked at again, as a second
    // cleaning would.
    if strip_introduced_links(doc, config) {
        strip_trailing_run(doc, config);
    }
}

/// A teaser's opening ("Also Read | ...", "Related: ...", "More from ...") or an introducer: such
/// a line is no byline, whatever names follow.
pub(crate) fn opens_like_teaser(s: &str) -> bool {
    let s = s.trim();
    inline_teaser(s).is_some() || RULES.introducer.is_match(s.as_bytes())
}

fn is_introducer(s: &str, config: &Config) -> bool {
    RULES.introducer.is_match(s.trim().as_bytes())
        || config
            .user_rules
            .as_ref()
            .is_some_and(|r| r.is_introducer(s))
}

/// A headline in a list of links, possibly behind a bullet.
pub fn is_link_headline(s: &str) -> bool {
    let s = RULES.bullet.replace(s.trim(), "");
    if is_list_item(&s) || !is_headline_like(&s, MAX_HEADLINE_WORDS) || signs_embedded_post(&s) {
        return false;
    }
    // A long line with a sentence break inside is prose that lacks its final stop.
    words_upto(&s, 15) <= 15 || !RULES.sentence_break.is_match(&s)
}

/// Item `number` of a numbered list of headlines ("1. Orders for Boeing's 737 Max pick up"),
/// as a "Related" or "Most popular" box numbers them. Only right after an introducer, and only
/// counting from 1 without a gap: elsewhere a numbered list is the article's own.
fn numbered_link_headline(s: &str, number: usize) -> bool {
    let s = s.trim_start();
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let Some(rest) = s
        .get(digits..)
        .and_then(|r| r.strip_prefix(". ").or_else(|| r.strip_prefix(") ")))
    else {
        return false;
    };
    s[..digits].parse::<usize>() == Ok(number) && is_link_headline(rest)
}

/// A teaser's one-sentence summary under its headline ("Commuters face two years of
/// detours."), as "More from ..." boxes print them.
fn is_dek(s: &str) -> bool {
    ends_sentence(s.trim_end()) && words_upto(s, MAX_DEK_WORDS) <= MAX_DEK_WORDS
}

/// A teaser's summary is at most this many words.
const MAX_DEK_WORDS: usize = 30;

fn strip_trailing_run(doc: &mut Document<'_>, config: &Config) {
    let kept = doc.kept();
    let run_start = |with_deks: bool| {
        kept.lines()
            .enumerate()
            .rposition(|(n, i)| {
                let t = &doc.lines[i].text;
                // Lines of bare punctuation ('"', '|') sit between links too.
                let in_run =
                    is_introducer(t, config) || is_link_headline(t) || words_upto(t, 0) == 0;
                let dek = with_deks
                    && is_dek(t)
                    && n.checked_sub(1).is_some_and(|p| {
                        let headline = &doc.lines[kept.line(p)].text;
                        is_link_headline(headline) && !is_introducer(headline, config)
                    });
                !(in_run || dek)
            })
            .map_or(0, |p| p + 1)
    };
    let first_intro_in = |run: &[u32]| {
        run.lines()
            .position(|i| is_introducer(&doc.lines[i].text, config))
    };
    // Headlines with their summaries count only under an introducer ("More from Harbour Times"):
    // without one, a headline-shaped line and a short paragraph are the article's own, and so
    // are such lines above the introducer (a subhead and its paragraph): the run then starts at
    // the introducer. And only after the article: enough prose above the run. (Summaries matter
    // only when the run of headlines stops at one: most documents take one scan.)
    let plain_start = run_start(false);
    let mut start = plain_start;
    if plain_start > 0 && is_dek(&doc.lines[kept.line(plain_start - 1)].text) {
        let mut with_deks = run_start(true);
        match first_intro_in(&kept[with_deks..]) {
            Some(intro)
                if kept[with_deks..with_deks + intro]
                    .lines()
                    .any(|i| is_dek(&doc.lines[i].text)) =>
            {
                with_deks += intro;
                // Headlines right above the introducer with no summary among them are the box's
                // too: left in place, they would be the run of headlines at the end when the
                // output is cleaned again. They go by the same guards as such a run.
                let above = kept[..with_deks]
                    .lines()
                    .rposition(|i| {
                        let t = &doc.lines[i].text;
                        let headline = is_link_headline(t) && !is_introducer(t, config);
                        !(headline || words_upto(t, 0) == 0)
                    })
                    .map_or(0, |p| p + 1);
                let headlines = kept[above..with_deks]
                    .lines()
                    .filter(|&i| doc.words_upto(i, 0) > 0)
                    .count();
                if headlines >= 2 {
                    with_deks = above;
                }
            }
            Some(_) => {}
            None => with_deks = plain_start,
        }
        let min_prose = config.mode.thresholds().related_min_prose_words;
        if with_deks < plain_start && prose_before(doc, &kept[..with_deks], min_prose) {
            start = with_deks;
        }
    }
    let run = &kept[start..];
    if run.is_empty() {
        return;
    }
    let first_intro = first_intro_in(run);
    let (plain, introduced) = match first_intro {
        Some(p) => run.split_at(p),
        None => (run, &run[..0]),
    };
    let unglued = plain.len();
    let plain = glued_block(doc, plain);
    // The glued block is the run's tail: it starts this far into `kept`.
    let glued_start = start + unglued - plain.len();
    let headlines = plain.lines().filter(|&i| doc.words_upto(i, 0) > 0).count();
    // A one-word heading right above the run is not part of it ("Takeaways", "Summary"), but
    // heads it all the same.
    let heading_above = kept[..start]
        .lines()
        .rev()
        .find(|&i| doc.words_upto(i, 0) > 0)
        .is_some_and(|i| heads_data_list(&doc.lines[i].text));
    // So does a heading of its own over a table of facts ("Our verdict" over "Pros: ...",
    // "Cons: ..."), in the run or above it.
    let texts: Vec<&str> = plain.lines().map(|i| doc.lines[i].text.as_ref()).collect();
    let heading_above = heading_above
        || is_fact_table(&texts)
            && kept[..glued_start]
                .lines()
                .rev()
                .find(|&i| doc.words_upto(i, 0) > 0)
                .is_some_and(|i| {
                    let t = doc.lines[i].text.trim();
                    is_table_heading(t) && !is_introducer(t, config)
                });
    // "Semi-final results" over "Harbour FC 3, Rovers 1", "When: ..." / "Where: ...", "Key
    // points" over the story's summary: the article's own table, info box or list.
    if headlines >= 2
        && !heading_above
        && !is_own_data(texts.iter().copied())
        && safe_to_cut(
            doc,
            &kept,
            start,
            config.mode.thresholds().related_min_prose_words,
        )
    {
        for i in plain.lines() {
            doc.remove(
                i,
                PASS,
                "related-links",
                "other stories' headlines after the article",
            );
        }
    }
    for i in introduced.lines() {
        if is_introducer(&doc.lines[i].text, config) {
            doc.remove(
                i,
                PASS,
                "related-introducer",
                "introduces links to other stories",
            );
        } else {
            doc.remove(
                i,
                PASS,
                "related-links",
                "headline listed under a related-links introducer",
            );
        }
    }
}

/// The end of a run without introducer that is a block of two or more lines glued together,
/// under one line that stands alone between blank lines, as the article's paragraphs do
/// ("Some of the installations on show – previews", blank, then two links with no blank between
/// them): the scraper glued the links, and a headline-shaped paragraph above them is laid out
/// like the article, whose last line it is (a caption, a subhead). The run is then that block.
fn glued_block<'r>(doc: &Document<'_>, run: &'r [u32]) -> &'r [u32] {
    let Some(last) = run.last().map(|&l| l as usize) else {
        return run;
    };
    let block = doc.paragraph_of(last);
    let start = run
        .lines()
        .rposition(|i| doc.paragraph_of(i) != block)
        .map_or(0, |p| p + 1);
    // Alone among the kept lines of its paragraph: lines an earlier pass removed are not in the
    // output, and a second cleaning must see the same layout.
    let stands_alone = |i: usize| {
        !doc.paragraph_lines(i)
            .any(|j| j != i && doc.lines[j].is_kept())
    };
    // One such line only: two or more would be a run of headlines of their own on a second
    // cleaning (and are as likely links laid out one to a paragraph).
    if start == 1 && run.len() >= 3 && stands_alone(run.line(0)) {
        &run[start..]
    } else {
        run
    }
}

/// At least `min_words` words of article prose among `lines`.
fn prose_before(doc: &Document<'_>, lines: &[u32], min_words: usize) -> bool {
    let mut words = 0;
    for i in lines.lines().rev() {
        if line_is_article_prose(doc, i) {
            words += doc.words_upto(i, min_words);
            if words >= min_words {
                return true;
            }
        }
    }
    false
}

/// Guards for a run of headlines with no introducer, starting at `kept[start]`.
fn safe_to_cut(doc: &Document<'_>, kept: &[u32], start: usize, min_prose_words: usize) -> bool {
    let Some(prev) = start
        .checked_sub(1)
        .and_then(|p| kept.get(p))
        .map(|&p| p as usize)
    else {
        return false; // the whole body would go
    };
    let prev_text = doc.lines[prev].text.trim_end();
    // "The winners were:" followed by a list is the article's own list.
    if prev_text.ends_with(':') {
        return false;
    }
    // Starting inside a paragraph: the line before must finish a sentence, or this is a wrapped
    // paragraph rather than headlines glued to it.
    if doc.paragraph_of(prev) == doc.paragraph_of(kept.line(start)) && !ends_sentence(prev_text) {
        return false;
    }
    let mut words = 0;
    for i in kept[..start].lines().rev() {
        words += doc.words_upto(i, min_prose_words);
        if words >= min_prose_words {
            return true;
        }
    }
    false
}

/// "READ MORE: headline" lines.
fn strip_inline_teasers(doc: &mut Document<'_>, config: &Config) {
    let kept = doc.kept();
    for i in kept.lines() {
        let text = doc.lines[i].text.trim();
        if is_introducer(text, config) {
            continue;
        }
        if let Some((bare, sep, rest)) = inline_teaser(text) {
            // Without a colon or bar, only a phrase that opens no sentence ("Lire aussi",
            // "Lesen Sie auch"; not "Read" or "More") and a headline that starts with a capital
            // or a quote: "Lire aussi Le ferry, solution de secours pour 20 000 pendulaires".
            let unmarked = sep.trim().is_empty();
            if unmarked
                && !(bare && rest.starts_with(|ch: char| ch.is_uppercase() || "«\"“„".contains(ch)))
            {
                continue;
            }
            if is_headline_like(rest, 25) || rest.starts_with("http") {
                doc.remove(i, PASS, "read-more", "teaser linking to another story");
            }
        }
    }
}

/// Words an all-capitals headline has at least: a sub-heading in capitals is shorter ("UP
/// NEXT", "KAZAKHSTAN WINS AGAIN", "CLICK FOR FULL STATE SWIM RESULTS").
const MIN_CAPITALS_HEADLINE_WORDS: usize = 7;
/// Capitals headlines in a row, at most, between two paragraphs of the article.
const MAX_CAPITALS_RUN: usize = 3;

/// Another story's headline in capitals, the way some sites link them inside the body ("CO-FOUNDER
/// 'PROUD' OF HOME DEPOT EMPLOYEES LIVING OUT THEIR AMERICAN DREAM"): seven words or more, every
/// cased letter but a few ("AMAs") upper-case, no sentence end, not quoted, few digits (a stock
/// quote line holds its prices). A post quoted in capitals is quoted or ends like a sentence.
fn is_capitals_headline(s: &str) -> bool {
    let t = s.trim();
    if t.len() > 200
        || t.ends_with(['.', '!', '?', '…', ',', ';', ':'])
        || t.starts_with(QUOTES)
        || t.ends_with(QUOTES)
    {
        return false;
    }
    let (mut upper, mut lower, mut digits) = (0usize, 0usize, 0usize);
    for c in t.chars() {
        if c.is_ascii_digit() {
            digits += 1;
        } else if c.is_uppercase() {
            upper += 1;
        } else if c.is_lowercase() {
            lower += 1;
            // At most 200 bytes hold no more than ten lower-case letters to one in twenty:
            // an ordinary line is settled within its first words.
            if lower > 10 {
                return false;
            }
        }
    }
    upper >= 20
        && lower * 20 <= upper
        && digits <= 4
        && (MIN_CAPITALS_HEADLINE_WORDS..=MAX_HEADLINE_WORDS)
            .contains(&words_upto(t, MAX_HEADLINE_WORDS))
}

/// Quotation marks that open or close quoted speech.
const QUOTES: [char; 8] = ['"', '\'', '“', '”', '‘', '’', '«', '»'];

/// Capitals headlines of other stories set between two paragraphs of the article prose (one to
/// three in a row, each a paragraph of its own or a line between prose lines).
fn strip_capital_headlines(doc: &mut Document<'_>) {
    // One walk over the lines; the neighbours are weighed only around a run.
    let mut above: Option<usize> = None;
    let mut run: Vec<usize> = Vec::new();
    let mut headlines: Vec<usize> = Vec::new();
    for i in doc.kept_indices() {
        let text = &doc.lines[i].text;
        if doc.lines[i].is_blank() {
            continue;
        }
        if is_capitals_headline(text) && above.is_some() {
            run.push(i);
            continue;
        }
        if (1..=MAX_CAPITALS_RUN).contains(&run.len())
            && above.is_some_and(|a| line_is_article_prose(doc, a))
            && line_is_article_prose(doc, i)
        {
            headlines.append(&mut run);
        }
        run.clear();
        above = Some(i);
    }
    for i in headlines {
        doc.remove(
            i,
            PASS,
            "capitals-headline",
            "another story's headline in capitals inside the body",
        );
    }
}

/// Compiles the pass's patterns now rather than on first use (see [`crate::prepare`]).
pub(crate) fn compile_rules() {
    LazyLock::force(&RULES);
    LazyLock::force(&INLINE_TEASER_WHOLE);
    LazyLock::force(&AGED);
}

/// A headline that ends in its age: "Apple spent 'billions' on revamped Maps service ~9 hours
/// ago", "Ferry fares to rise 3 days ago", "Neue Fähre für Sylt vor 2 Stunden".
/// On bytes without Unicode classes, like the introducers: a small automaton, quick to build.
static AGED: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    regex::bytes::RegexBuilder::new(
        r"(?i)\s(?:[~|-]|·|•)?\s*(?:\d{1,3}\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mos?|months?|y|yrs?|years?)\s+ago|vor\s+\d{1,3}\s+(?:sekunden|minuten|stunden|tagen|wochen|monaten|jahren)|il\s+y\s+a\s+\d{1,3}\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)|hace\s+\d{1,3}\s+(?:segundos?|minutos?|horas?|d(?:i|í)as?|semanas?|meses|mes|años?))\s*$",
    )
    .unicode(false)
    .build()
    .expect("age pattern is valid")
});

/// Lines in a row, at least, that make a list of other stories with their ages.
const MIN_AGED_RUN: usize = 3;

/// An age is at most this long ("il y a 12 semaines", with the space before it).
const MAX_AGE_BYTES: usize = 40;

pub(crate) fn is_aged_headline(s: &str) -> bool {
    // Every age ends in a letter; most lines end in a full stop. Only the line's last bytes can
    // hold the age: the pattern reads those, not the whole line.
    let s = s.trim_end();
    if !s.ends_with(|c: char| c.is_alphabetic()) {
        return false;
    }
    let mut from = s.len().saturating_sub(MAX_AGE_BYTES);
    while !s.is_char_boundary(from) {
        from += 1;
    }
    // Every age has its number: a tail without a digit is settled without the pattern.
    let tail = &s.as_bytes()[from..];
    tail.iter().any(u8::is_ascii_digit)
        && AGED
            .find(tail)
            .is_some_and(|age| is_headline_like(&s[..from + age.start()], MAX_HEADLINE_WORDS))
}

/// A list of other stories' headlines, each with its age ("~6 hours ago"), three or more in a
/// row: a site's feed, wherever it stands. An article's sentence ends in a full stop, and a
/// single dated line ("Updated 2 hours ago") is the boilerplate pass's.
fn strip_aged_headlines(doc: &mut Document<'_>) {
    // Only the current run is held: a list of every kept line would be as long as the input.
    let mut run: Vec<usize> = Vec::new();
    for i in 0..=doc.lines.len() {
        if let Some(line) = doc.lines.get(i) {
            if !line.is_kept() {
                continue;
            }
            if is_aged_headline(&line.text) {
                run.push(i);
                continue;
            }
        }
        if run.len() >= MIN_AGED_RUN {
            for &r in &run {
                doc.remove(
                    r,
                    PASS,
                    "dated-headlines",
                    "other stories' headlines listed with their ages",
                );
            }
        }
        run.clear();
    }
}

/// A line that is one web address and nothing else ("http://www.harbourrobotics.example" under a
/// press release's "Related Links").
fn is_bare_link(s: &str) -> bool {
    let s = s.trim();
    (s.starts_with("http://") || s.starts_with("https://")) && !s.contains(char::is_whitespace)
}

/// A bare "Related:" line inside the body, with the headlines right after it. Returns whether
/// the document's last kept line went.
fn strip_introduced_links(doc: &mut Document<'_>, config: &Config) -> bool {
    let kept = doc.kept();
    let mut n = 0;
    while n < kept.len() {
        let i = kept.line(n);
        if is_introducer(&doc.lines[i].text, config) {
            doc.remove(i, PASS, "read-more", "introduces a link to another story");
            let mut taken = 0;
            while taken < MAX_INTRODUCED
                && let Some(next) = kept.get(n + 1).map(|&j| j as usize)
                && (is_link_headline(&doc.lines[next].text)
                    || numbered_link_headline(&doc.lines[next].text, taken + 1)
                    || is_bare_link(&doc.lines[next].text))
            {
                doc.remove(
                    next,
                    PASS,
                    "read-more",
                    "headline of another story after a teaser",
                );
                taken += 1;
                n += 1;
            }
        }
        n += 1;
    }
    kept.last()
        .is_some_and(|&i| !doc.lines[i as usize].is_kept())
}

#[cfg(test)]
mod tests {

    const PROSE: &str = "The council voted on Tuesday to close the old bridge for repairs next spring, a decision that will force thousands of commuters onto longer routes for at least two years. Officials said the work could not wait. Residents who spoke at the meeting were divided, with some calling the plan overdue.";

    fn removed(input: &str) -> Vec<String> {
        crate::pipeline::testing::removed_lines(&["normalize", "related"], input)
    }

    #[test]
    fn headlines_glued_to_the_end_go() {
        let input = format!(
            "{PROSE}\n\nRashford: Man Utd still in semi-final tie\nIKEA agree to pay $66 million after two-year-old killed"
        );
        assert_eq!(removed(&input).len(), 2);
    }

    #[test]
    fn the_article_s_own_table_of_facts_at_the_end_stays() {
        // Under a heading of its own, or short facts without one.
        for table in [
            "Our verdict\n\nPros: Quick to build, cheap to run\nCons: Two years of detours for commuters\nRating: 3/5",
            "How to claim\n\nStep 1: Keep your ferry tickets\nStep 2: Fill in the form on the council website\nStep 3: Post it to the town hall",
            "Opened: 1991\nLength: 420m\nDaily crossings: 31,000",
        ] {
            let removed = removed(&format!("{PROSE}\n\n{table}"));
            assert!(removed.is_empty(), "{table}: {removed:?}");
        }
        // Other stories behind their topics, without a heading, or under an introducer; a
        // kicker repeated: links.
        for links in [
            "Holidays in Houston: Things to see and do this winter\nNew concerts: Post Malone returns, Michael McDonald rejoins",
            "More on this story\n\nBrexit: What happens to the talks next\nFerries: Operator raises fares by a fifth",
            "Our picks\n\nVideo: The bridge closes\nVideo: Last ferry of the night",
        ] {
            let removed = removed(&format!("{PROSE}\n\n{links}"));
            assert!(removed.len() >= 2, "{links}: {removed:?}");
        }
    }

    #[test]
    fn capitals_headlines_between_paragraphs_go() {
        let headline = "HARBOUR FERRY WORKERS VOTE TO STRIKE OVER PAY AND SAFETY RULES";
        let input = format!("{PROSE}\n\n{headline}\n\n{PROSE}");
        assert_eq!(removed(&input), [headline]);
        // Two in a row ("AMAs": a few lower-case letters are an abbreviation's).
        let two = "TAYLOR SWIFT CLEARED TO PERFORM HITS AT AMAs AMID FEUD: REPORT\nA LONG, DRAWN OUT HISTORY OF THE HARBOUR FERRY FEUDS";
        assert_eq!(removed(&format!("{PROSE}\n\n{two}\n\n{PROSE}")).len(), 2);
        // Not in recall mode: shape alone is not overwhelming evidence.
        let mut recall = crate::pipeline::Config::with_passes(&["normalize", "related"]).unwrap();
        recall.mode = crate::pipeline::Mode::Recall;
        let mut doc = crate::document::Document::parse(&input);
        recall.run(&mut doc);
        assert_eq!(doc.removals().count(), 0);
    }

    #[test]
    fn capitals_lines_of_the_article_stay() {
        for line in [
            // A sub-heading is short.
            "WHAT COMES NEXT FOR THE FERRY",
            // Quoted speech or a post, quoted or ending like a sentence.
            "\"THE FERRY IS THE ONLY WAY MOST OF US CAN GET TO WORK ON TIME\"",
            "NO FERRY, NO JOBS, NO FUTURE FOR THE ISLAND TOWNS!",
            "THE SOFTWARE IS PROVIDED AS IS WITHOUT WARRANTY OF ANY KIND.",
            // A stock quote line.
            "BRK.A BERKSHIRE HATHAWAY INCORPORATED CLASS A 339,590.00 -1,234.00 -0.36%",
            // Mixed case is a headline for the other rules to weigh.
            "Harbour Ferry Workers Vote To Strike Over Pay And Safety Rules",
        ] {
            let input = format!("{PROSE}\n\n{line}\n\n{PROSE}");
            assert!(removed(&input).is_empty(), "{line}");
        }
        // Not between two paragraphs of prose: above the article, or at its end alone.
        let headline = "HARBOUR FERRY WORKERS VOTE TO STRIKE OVER PAY AND SAFETY RULES";
        assert!(removed(&format!("{headline}\n\n{PROSE}\n\n{PROSE}")).is_empty());
        assert!(removed(&format!("{PROSE}\n\n{PROSE}\n\n{headline}")).is_empty());
        // Four in a row is a list the article makes, not links set into it.
        let four = [headline; 4].join("\n");
        assert!(removed(&format!("{PROSE}\n\n{four}\n\n{PROSE}")).is_empty());
    }

    #[test]
    fn headlines_with_summaries_under_an_introducer_go() {
        let pairs = "Harbour ferry fares to rise next year\nThe operator blamed fuel costs for the rise.\n\nStorm damages breakwater at the old port\nRepairs could take until the summer.";
        let input = format!("{PROSE}\n\nMore from Harbour Times\n\n{pairs}");
        assert_eq!(removed(&input).len(), 5);
        // Without an introducer they are the article's own subheads and paragraphs.
        assert!(removed(&format!("{PROSE}\n\n{pairs}")).is_empty());
        // Nor before any article prose: under an introducer, a lone sentence stays.
        let input = "À lire aussi\n\nTORONTO — The photographer said she had waited three hours.";
        assert!(!removed(input).iter().any(|l| l.starts_with("TORONTO")));
    }

    /// Found by fuzzing (crash-d2ffd319): headlines glued to the end sat above a "Related" list
    /// of numbered headlines; the numbered list ends no trailing run, so the headlines stayed
    /// until a second cleaning, with the list gone, found them at the end.
    #[test]
    fn headlines_above_a_closing_introduced_list_go_in_one_cleaning() {
        let input = format!(
            "{PROSE}\n\nRashford: Man Utd still in semi-final tie\nIKEA agree to pay $66 million after two-year-old killed\n\nRelated\n1. Orders for the planemaker's jet pick up at the air show\n2. Will hyperloop work"
        );
        assert_eq!(removed(&input).len(), 5, "{:?}", removed(&input));
    }

    #[test]
    fn introducers_in_more_languages() {
        let config = crate::pipeline::Config::default();
        for introducer in [
            "Potrebbe interessarti anche",
            "Te recomendamos",
            "La rédaction vous conseille",
            "Empfehlungen",
            "Watch Next",
            "Editors' Picks",
            "Editor’s Pick",
            "In Case You Missed It",
            "ICYMI:",
            "Around the web",
            "From our partners",
            "Elsewhere on Harbour Times",
            "Latest Stories",
            "Recommended Video",
            "Les plus lus",
            "À découvrir",
            "Nos abonnés lisent aussi",
            "Contenus partenaires",
            "Lo más leído",
            "Материалы по теме",
            "Вам может быть интересно",
            "Самое читаемое",
            "Новости партнеров",
            "热门推荐",
            "相关推荐：",
            "あわせて読みたい",
            "おすすめ記事",
            "많이 본 뉴스",
            "مواضيع ذات صلة",
            "Önerilen Haberler",
            "En çok okunanlar",
            "Najczęściej czytane",
            "Terpopuler",
        ] {
            assert!(super::is_introducer(introducer, &config), "{introducer}");
        }
        // Sentences opening with the same words are the article's.
        for sentence in [
            "Te recomendamos que no cruces el puente, dijo el ingeniero.",
            "Empfehlungen der Kommission sollen bis März umgesetzt werden.",
            "La rédaction vous conseille de vérifier les horaires, selon le maire.",
            "Up next for the council is a vote on the bridge repairs.",
            "Elsewhere on the island, the ferry operator said timetables would not change.",
            "Around the web of canals, residents have planted gardens.",
            "In case you missed it, the council voted to close the bridge.",
            "Материалы по теме проекта опубликованы на сайте мэрии, уточнили чиновники.",
            "Новости партнеров по проекту пока не поступали, сказал мэр.",
            "Самое читаемое издание города закрылось в марте.",
            "Recommended videos from the council show the cracks in the supports.",
            "Les plus lus des rapports du conseil portent sur le pont, selon la mairie.",
            "À découvrir dans le rapport : trois scénarios pour remplacer le pont.",
            "Lo más leído del informe es el capítulo sobre el puente, dijo el alcalde.",
        ] {
            assert!(!super::is_introducer(sentence, &config), "{sentence}");
        }
    }

    #[test]
    fn introducer_and_its_headlines_go() {
        let input = format!(
            "{PROSE}\n\nYou may also like\n\nBest tech gadgets of 2019\n\nWhy Beijing will bring slaughter"
        );
        assert_eq!(removed(&input).len(), 3);
        // An AP game story's own "UP NEXT" section is no introducer.
        let input = format!(
            "{PROSE}\n\nUP NEXT\n\nThunder: Host the Lakers on Friday.\n\nLakers: Visit the Thunder on Friday."
        );
        assert!(removed(&input).is_empty());
        let input = format!("{PROSE}\n\nRelated:\n\nOne headline only here");
        assert_eq!(removed(&input).len(), 2);
        // A numbered "Related" box, counted from 1.
        let input = format!(
            "{PROSE}\n\nRelated\n1. Orders for the new jet pick up at the air show\n2. Will hyperloop threaten aviation? 'Not in my lifetime'\n\n{PROSE}"
        );
        assert_eq!(removed(&input).len(), 3);
        // Not counted from 1, sentences, or without an introducer: the article's own list.
        for list in [
            "Related\n2. Orders for the new jet pick up at the air show",
            "Related\n1. The airline ordered thirty jets on Monday, officials said.",
            "The steps\n1. Orders for the new jet pick up at the air show",
        ] {
            let input = format!("{PROSE}\n\n{list}\n\n{PROSE}");
            assert!(
                removed(&input).iter().all(|l| !l.starts_with(['1', '2'])),
                "{list}"
            );
        }
        // Blogger's and CNBC's wording.
        for intro in [
            "You may like these posts",
            "Related Tags",
            "Next Up In Science & Health",
        ] {
            let input = format!(
                "{PROSE}\n\n{intro}\n\nBest tech gadgets of 2019\n\nWhy Beijing will bring slaughter"
            );
            assert_eq!(removed(&input).len(), 3, "{intro}");
        }
    }

    #[test]
    fn a_real_last_line_stays() {
        assert!(
            removed(&format!(
                "{PROSE}\n\nColombia had lost to Belgium on Monday."
            ))
            .is_empty()
        );
        // One headline-shaped line without an introducer is not enough evidence.
        assert!(removed(&format!("{PROSE}\n\nThe vote is set for next spring")).is_empty());
    }

    #[test]
    fn short_documents_and_lists_are_safe() {
        assert!(removed("Short note\n\nAnother short line\nAnd a third one here").is_empty());
        let list =
            format!("{PROSE}\n\nThe winners were:\n\nAlice Smith of Leeds\n\nBob Jones of York");
        assert!(removed(&list).is_empty());
    }

    #[test]
    fn wrapped_paragraph_is_not_a_run() {
        let input = format!(
            "{PROSE}\n\nThe council voted on Tuesday to close\nthe old bridge for repairs next spring\nAnd More To Come"
        );
        assert!(removed(&input).is_empty());
    }

    #[test]
    fn dated_headline_lists_go() {
        let feed = "Apple spent 'billions' on revamped Maps service ~9 hours ago\nFerry fares to rise in the new year 3 days ago\nNeue Fähre für Sylt vor 2 Stunden\nCouncil approves harbour budget 2 months ago";
        let input = format!("{PROSE}\n\n{feed}\n\n{PROSE} Again.\n");
        assert_eq!(removed(&input), feed.lines().collect::<Vec<_>>());
        // Sentences that end in an age, and two dated lines alone, stay.
        let prose = format!(
            "{PROSE}\n\nThe bridge was closed 3 days ago.\nIts twin was closed 2 years ago.\nThe third closed 5 months ago.\n\n{PROSE}\n\nFerry fares to rise in the new year 3 days ago\nCouncil approves harbour budget 2 months ago\n\n{PROSE} Again.\n"
        );
        assert!(removed(&prose).is_empty(), "{:?}", removed(&prose));
    }

    #[test]
    fn teasers_in_the_body() {
        let input = format!(
            "{PROSE}\n\nREAD MORE: Trump says Iran is standing down\n\n{PROSE}\n\n[Related: Salesforce keynote: AI, integration and protesters]\n\n{PROSE}\n\nRelated:\nBridge closure angers commuters\n\n{PROSE}"
        );
        assert_eq!(
            removed(&input),
            [
                "READ MORE: Trump says Iran is standing down",
                "[Related: Salesforce keynote: AI, integration and protesters]",
                "Related:",
                "Bridge closure angers commuters"
            ]
        );
        // Without a colon: only a phrase that opens no sentence, before a capital or a quote.
        let bare = format!(
            "{PROSE}\n\nLire aussi Le ferry, solution de secours pour 20 000 pendulaires\n\n{PROSE}\n\nLesen Sie auch den Bericht, der am Montag erschien\n\n{PROSE}\n\nRead more The ferry that could save commuters\n\n{PROSE}"
        );
        assert_eq!(
            removed(&bare),
            ["Lire aussi Le ferry, solution de secours pour 20 000 pendulaires"]
        );
        let watch = format!(
            "{PROSE}\n\nWatch: Harbour bridge closure explained\n\n{PROSE}\n\nWatch the bridge come down: it will be demolished on Friday at noon.\n\n{PROSE}"
        );
        assert_eq!(removed(&watch), ["Watch: Harbour bridge closure explained"]);
        // "Read more about ..." as a sentence is prose.
        let prose =
            format!("{PROSE}\n\nRead more about the plan on the council's website.\n\n{PROSE}");
        assert!(removed(&prose).is_empty());
        // Under an introducer, a bare address is its link; elsewhere it is left alone.
        let links = format!(
            "{PROSE}\n\nRelated Links\nhttp://www.harbourrobotics.example\n\n{PROSE}\n\nhttps://example.com/report.pdf\n\n{PROSE}"
        );
        assert_eq!(
            removed(&links),
            ["Related Links", "http://www.harbourrobotics.example"]
        );
        // A newspaper's link to its own site's story; "Leggi anche su:".
        let site = format!(
            "{PROSE}\n\nOn HoustonChronicle.com: Car sales plunge nearly 17 percent in August\n\n{PROSE}\n\nOn Twitter.com, users said the bridge should stay open all winter.\n\n{PROSE}\n\n(Leggi anche su: I Cavalieri dello Zodiaco diventeranno un film)\n\n{PROSE}"
        );
        assert_eq!(
            removed(&site),
            [
                "On HoustonChronicle.com: Car sales plunge nearly 17 percent in August",
                "(Leggi anche su: I Cavalieri dello Zodiaco diventeranno un film)"
            ]
        );
    }
}
