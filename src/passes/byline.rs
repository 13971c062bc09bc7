//! Bylines: "By Jane Doe, Reuters", "By Jamelle Bouie", "Jane Doe | AFP", "Levi Parsons For
//! Daily Mail Australia" above the article's second prose line (or below its last) go into the
//! document's byline and authors, and out of the text.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::{Credit, Document, LineList, Status};
use crate::passes::boilerplate::{article_extent, line_is_article_prose};
use crate::pipeline::{Config, Pass};
use crate::text::{captures_if_match, words_upto};

pub struct Byline;

const PASS: &str = "byline";

/// "By Jane Doe and John Roe, Reuters | November 18, 2019"
static BY: LazyLock<Regex> = LazyLock::new(|| {
    // Case-insensitive only where it must be: folding the big letter classes is slow to compile.
    Regex::new(
        r"(?x)^\s*(?:(?i:(?:written|reported|story|words|posted|opinion|analysis|commentary|column|review|escrito|escrita|a\s+cura)\s+)?(?i:by|von|par|por|di|door|av|af|oleh)(?:\s*:)?|(?i:van\s+onze\s+(?:verslaggevers?|correspondent|redacteur)|von\s+unserem\s+(?:korrespondenten|reporter|redakteur)|von\s+unserer\s+(?:korrespondentin|reporterin|redakteurin))|(?i:author|authors|reporter|autor|autorin|autorka|auteur|autore|text|texte|texto|tekst|kirjoittaja|yazar|penulis|pewarta|haber|muhabir)\s*:|(?:Автор|автор|Текст|текст)\s*:)\s+
          (?P<names>(?-u:\b)admin(?-u:\b)|\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.\-]*|de|van|von|der|da|del|la|le|bin|al))*
             (?:\s*(?:,|and|&|und|et|en|y|e)\s*\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.\-]*|de|van|von|der|da|del|la|le|bin|al))*)*)
          (?P<rest>\s*(?:[,|·•–—-]|(?i:(?-u:\b)for(?-u:\b)|(?-u:\b)in(?-u:\b))
             |\s(?i:updated|published|posted)\s+\d.*
             |\s(?:(?i:on|updated|published|posted)\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}(?-u:\b)).*
             |\s*\([^()]*\)\s*)?$",
    )
    .expect("byline pattern is valid")
});

/// "Jane Doe | AFP", "Levi Parsons For Daily Mail Australia", "Jane Doe, Staff Writer", "Greg
/// Beacham, AP Sports Writer": a name of two or three words ("Bridge Closes For Repairs | Harbour
/// Times" is a page title).
static NAME_WITH_OUTLET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?P<names>\p{Lu}[\p{L}\p{M}'’.\-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.\-]+){1,2})\s*(?:\||\s+[Ff]or\s+(?:The\s+)?\p{Lu}|,\s+(?:Staff|Senior|Chief|Associate)\s+\p{Lu}?\w+|,\s+(?:(?i:AP|The Associated Press|Associated Press|Reuters|AFP|UPI|Bloomberg)\s+)?(?:[A-Z][a-z]+\s+)?(?:Writer|Reporter|Correspondent|Columnist)s?\s*$).*$",
    )
    .expect("byline pattern is valid")
});

/// Compiles the pass's patterns now rather than on first use (see [`crate::prepare`]).
pub(crate) fn compile_rules() {
    LazyLock::force(&BY);
    LazyLock::force(&NAME_WITH_OUTLET);
    LazyLock::force(&CASELESS_BY);
}

/// The word "by" in the byline pattern's languages; other passes leave a line opening with one
/// to this pass.
pub const LEADS: &[&str] = &["by", "von", "par", "por", "di", "door", "av", "af", "oleh"];

/// A cheap test that lets most lines skip the patterns: every byline pattern needs one of these.
fn could_be_byline(t: &str) -> bool {
    let mut words = t.split_whitespace();
    // "by: Jane Doe" (as local TV sites write it).
    let first = words.next().unwrap_or("").trim_end_matches(':');
    LEADS.iter().any(|w| first.eq_ignore_ascii_case(w))
        || [
            "text",
            "texte",
            "texto",
            "tekst",
            "escrito",
            "escrita",
            "autorka",
            "kirjoittaja",
            "yazar",
            "penulis",
            "pewarta",
            "haber",
            "muhabir",
            "текст",
            "Текст",
            "автор",
            "Автор",
            "written",
            "reported",
            "story",
            "words",
            "posted",
            "author",
            "authors",
            "reporter",
            "autor",
            "autorin",
            "auteur",
            "autore",
            "opinion",
            "analysis",
            "commentary",
            "column",
            "review",
        ]
        .iter()
        .any(|w| first.eq_ignore_ascii_case(w))
        // Italian "A cura di Giulia Rossi" ("edited by"): "A" alone opens too many sentences.
        // Dutch "Van onze verslaggever Jan Jansen": as "Van" opens many sentences.
        || crate::text::strip_prefix_ignore_ascii_case(t, "a cura di ").is_some()
        || crate::text::strip_prefix_ignore_ascii_case(t, "van onze ").is_some()
        || t.contains(['|', ','])
        || words.any(|w| w == "for" || w == "For")
        || could_be_caseless_byline(t)
}

/// The leads and ends of bylines in scripts without case (see [`CASELESS_BY`]).
fn could_be_caseless_byline(t: &str) -> bool {
    // Every lead and end is non-ASCII: most lines are settled by their first and last byte.
    let bytes = t.as_bytes();
    let leads = [
        "记者",
        "本报记者",
        "新华社记者",
        "文/",
        "文 /",
        "作者",
        "بقلم",
        "كتب",
        "글 ",
    ];
    (bytes.first().is_some_and(|b| !b.is_ascii()) && leads.iter().any(|l| t.starts_with(l)))
        || (bytes.last().is_some_and(|b| !b.is_ascii())
            && (t.ends_with("기자") || t.ends_with("특파원")))
}

/// Bylines in scripts without case, whose names the capitalised-name patterns cannot see:
/// Chinese "记者 张三" (bare "记者" only before a space: "记者手记", "reporter's notes", is a
/// column's name), "本报记者 张三 李四", "文/张三", "作者：张三"; Korean "홍길동 기자", "(서울=연합뉴스)
/// 홍길동 기자" (a line of its own: in the lede Yonhap's dateline ends in "기자 ="); Arabic
/// "بقلم: أحمد علي", "كتب: ..." ("كتب" without the colon opens sentences: "he wrote"). Names
/// are two to four Han or Hangul syllables, or up to four Arabic words. (Ranges rather than
/// Unicode script classes: smaller to compile.)
static CASELESS_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?:(?:本报|新华社)记者\s*|记者\s+|文\s*/\s*|作者\s*(?:：|:)\s*)(?P<han>[\x{4E00}-\x{9FFF}]{2,4}(?:(?:\s+|、|，)[\x{4E00}-\x{9FFF}]{2,4})*)|(?:\([^()=]{1,20}=[^()]{1,20}\)\s*)?(?:글\s+)?(?P<hangul>[\x{AC00}-\x{D7A3}]{2,4}(?:(?:,|·|\s)\s*[\x{AC00}-\x{D7A3}]{2,4})*)\s+(?:기자|특파원)|(?:بقلم\s*:?|كتب\s*:|كتبت\s*:)\s*(?P<arabic>[\x{0621}-\x{064A}]+(?:\s+[\x{0621}-\x{064A}]+){1,3}))\s*$",
    )
    .expect("byline pattern is valid")
});

/// The names of a byline in a script without case, split on the script's separators.
fn caseless_byline_names(t: &str) -> Option<Vec<String>> {
    let c = captures_if_match(&CASELESS_BY, t)?;
    if let Some(arabic) = c.name("arabic") {
        return Some(vec![arabic.as_str().to_string()]);
    }
    let names = c.name("han").or_else(|| c.name("hangul"))?.as_str();
    Some(
        names
            .split(|ch: char| ch.is_whitespace() || matches!(ch, '、' | '，' | ',' | '·'))
            .filter(|n| !n.is_empty())
            .map(str::to_string)
            .collect(),
    )
}

/// `haystack` holds `needle`, ignoring ASCII case.
fn contains_ignore_case(haystack: &str, needle: &str) -> bool {
    !needle.is_empty()
        && haystack
            .as_bytes()
            .windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// A degree or title after a name: one short word in capitals, perhaps with small letters
/// between ("MS", "RD", "BSc", "PhD", "MBA", "Jr.").
fn is_credential(n: &str) -> bool {
    let n = n.trim_end_matches('.');
    !n.contains(' ')
        && (2..=5).contains(&n.len())
        && n.starts_with(|c: char| c.is_ascii_uppercase())
        && (n.bytes().filter(u8::is_ascii_uppercase).count() >= 2 || matches!(n, "Jr" | "Sr"))
}

/// A "By ..." byline naming its authors, however much date follows ("By Jane Doe | Published
/// March 3, 2020"), or a name alone before the date ("Jane Doe | March 3, 2020"): the byline
/// pass takes such a line at the article's edges, so the boilerplate pass leaves it to it rather
/// than removing it as a date line and losing the authors (and the captions pass as a photo
/// credit: "By Jane Doe / AFP").
pub fn signs_by(line: &str) -> bool {
    let t = line.trim();
    if name_over_date(t).is_some() {
        return parse_byline(t).is_some();
    }
    // Before a slash: "By JANE DOE / Associated Press" names its outlet after one.
    let head = t.split_once('/').map_or(t, |(head, _)| head.trim_end());
    could_be_byline(t) && BY.is_match(head) && parse_byline(t).is_some()
}

/// "Jane Doe | March 3, 2020", "Jane Doe - Nov 13, 2019 4:26 pm": a name alone (see
/// [`is_name_line`]), a separator, then the page's date stamp. The name, when so.
fn name_over_date(t: &str) -> Option<&str> {
    // Cheap rejections first: every line the prose test looks at asks.
    if t.len() > 120 || !t.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let (at, sep) = t.char_indices().find(|&(at, c)| {
        matches!(c, '|' | '-' | '–' | '—' | '·')
            && t[..at].ends_with(' ')
            && t[at + c.len_utf8()..].starts_with(' ')
    })?;
    let head = t[..at].trim();
    let date = t[at + sep.len_utf8()..].trim();
    (is_name_line(head) && crate::dates::is_date_line(date)).then_some(head)
}

/// The authors a byline line names, when it is one.
pub fn parse_byline(line: &str) -> Option<Vec<String>> {
    let t = line.trim();
    if !could_be_byline(t) {
        return None;
    }
    // The sentence test first: it settles most prose lines without counting their words.
    if t.is_empty() || t.ends_with(['.', '!', '?']) && !t.contains(" - ") || words_upto(t, 25) > 25
    {
        return None;
    }
    if let Some(name) = name_over_date(t) {
        return Some(vec![name.to_string()]);
    }
    if could_be_caseless_byline(t)
        && let Some(names) = caseless_byline_names(t)
    {
        return Some(names);
    }
    let names = if let Some(c) = captures_if_match(&BY, t) {
        c.name("names")?.as_str()
    } else if let Some((head, outlet)) = t.rsplit_once('/')
        && is_outlet_name(outlet)
        && let Some(c) = captures_if_match(&BY, head.trim_end())
    {
        // "By JANE DOE / Associated Press": the slash before the outlet, checked here rather
        // than in the pattern (as an alternative there it cost every process that cleans one
        // article a tenth more instructions, building the automaton).
        c.name("names")?.as_str()
    } else {
        // "Also Read | Harbour ferry fares to rise" names a story, not its writer.
        if crate::passes::related::opens_like_teaser(t) {
            return None;
        }
        let names = captures_if_match(&NAME_WITH_OUTLET, t)?.name("names")?;
        if outlet_reads_as_headline(&t[names.end()..]) {
            return None;
        }
        // Before a date only a name signs ("Jane Doe | March 3, 2020"); a section label dates
        // its own line ("Climate Change | March 3, 2020").
        let rest = t[names.end()..].trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, '|' | '-' | '–' | '—' | '·' | ',')
        });
        if crate::dates::is_date_line(rest) && !is_name_line(names.as_str()) {
            return None;
        }
        names.as_str()
    };
    let authors: Vec<String> = names
        .split([','])
        .enumerate()
        .flat_map(|(k, part)| split_conjunctions(part).into_iter().map(move |n| (k, n)))
        .map(|(k, n)| (k, without_weekday(without_agency_suffix(n.trim()))))
        // "By Jane Doe, Reuters": the agency is not an author, nor are the degrees in "Written
        // by Rachael Link, MS, RD" or "Elise Mandl, BSc, APD", nor, after the first comma, a
        // place or the paper ("Von Jana Müller, Berlin", "By Jane Doe, Harbour Times").
        .filter(|&(k, n)| {
            words_upto(n, 1) >= 1
                && crate::agency::lookup(n, false).is_none()
                && !is_credential(n)
                && (k == 0 || !is_place_or_outlet(n))
        })
        .map(|(_, n)| n.to_string())
        .collect();
    // "By Jane Doe, Staff Writer", "By Jane Doe, Harbour Times Staff": the role is no author
    // beside a name ("By Staff Writer" alone still signs the article).
    let (roles, names): (Vec<String>, Vec<String>) =
        authors.into_iter().partition(|n| is_staff_role(n));
    let authors = if names.is_empty() { roles } else { names };
    (!authors.is_empty()).then_some(authors)
}

/// A part of a byline after its first comma that names no one: one word (a place: "Berlin",
/// "London"; a list of writers gives their full names), or a paper's name ("Harbour Times",
/// "Daily News", "Tampa Bay Times").
fn is_place_or_outlet(part: &str) -> bool {
    const OUTLET_WORDS: &[&str] = &[
        "times",
        "post",
        "news",
        "herald",
        "journal",
        "tribune",
        "gazette",
        "telegraph",
        "guardian",
        "chronicle",
        "observer",
        "express",
        "mail",
        "mirror",
        "independent",
        "standard",
        "today",
        "magazine",
        "press",
        "media",
        "network",
        "review",
        "record",
        "examiner",
        "inquirer",
        "courier",
        "bulletin",
        "dispatch",
        "register",
        "sentinel",
        "enquirer",
        "monitor",
        "insider",
        "online",
        "zeitung",
        "tagblatt",
        "rundschau",
        "anzeiger",
        "nachrichten",
    ];
    part.split_whitespace().nth(1).is_none() || last_word_is_one_of(part, OUTLET_WORDS)
}

/// The last word of `part` is one of `words` (lower-case), ASCII case ignored.
fn last_word_is_one_of(part: &str, words: &[&str]) -> bool {
    part.split_whitespace()
        .next_back()
        .is_some_and(|w| words.iter().any(|r| w.eq_ignore_ascii_case(r)))
}

/// The names a part of a byline joins with "and" in the byline pattern's languages: "Jana
/// Müller und Tom Berg", "Jeanne Dupont et Paul Martin", "Jan Jansen en Piet de Vries". Spanish
/// "y" and Portuguese and Italian "e" join surnames too ("José Ortega y Gasset", "Pinto e
/// Costa"): they split only before a name of two words or more.
fn split_conjunctions(part: &str) -> Vec<&str> {
    let mut names = Vec::new();
    for p in part
        .split(" and ")
        .flat_map(|p| p.split(" & "))
        .flat_map(|p| p.split(" und "))
        .flat_map(|p| p.split(" et "))
        .flat_map(|p| p.split(" en "))
    {
        let joined = p.rsplit_once(" y ").or_else(|| p.rsplit_once(" e "));
        match joined {
            Some((head, tail)) if tail.split_whitespace().nth(1).is_some() => {
                names.extend(split_conjunctions(head));
                names.push(tail);
            }
            _ => names.push(p),
        }
    }
    names
}

/// A name with the agency glued after it, no comma between: "JANE DOE Associated Press" is
/// "JANE DOE" (the agency is the wire's, found from the whole line).
fn without_agency_suffix(name: &str) -> &str {
    name.match_indices(' ')
        .map(|(at, _)| at)
        .find(|&at| crate::agency::lookup(name[at..].trim(), false).is_some())
        .map(|at| name[..at].trim_end())
        // "The Associated Press" is the agency alone, which is no author.
        .filter(|head| !head.eq_ignore_ascii_case("the"))
        .unwrap_or(name)
}

/// The days of the week, which follow a name in a dated byline and are no names themselves.
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// A name with the date's weekday glued after it: "By Jane Doe and Sam Lee Monday, November 18"
/// names "Sam Lee".
fn without_weekday(name: &str) -> &str {
    match name.rsplit_once(' ') {
        Some((head, last)) if WEEKDAYS.iter().any(|d| last.eq_ignore_ascii_case(d)) => {
            head.trim_end()
        }
        _ => name,
    }
}

/// An outlet's name after a byline's slash: one to four capitalised words ("Associated Press",
/// "The Harbour Times"), nothing after them: "By Tuesday/Wednesday the council had voted" is a
/// sentence.
fn is_outlet_name(s: &str) -> bool {
    let s = s.trim();
    // An agency in its own spelling ("dpa").
    if crate::agency::lookup(s, false).is_some() {
        return true;
    }
    let s = s.strip_prefix("The ").unwrap_or(s);
    let mut words = 0;
    for w in s.split_whitespace() {
        words += 1;
        let mut chars = w.chars();
        if words > 4
            || !chars.next().is_some_and(|c| c.is_uppercase())
            || !chars.all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
        {
            return false;
        }
    }
    words > 0
}

/// What follows the names reads as the rest of a headline in title case, not an outlet's
/// name: "Bridge Closed For Two Years From March" ("Levi Parsons For Daily Mail Australia" is a
/// byline). An outlet's name is a noun phrase; a preposition after "For" carries a clause.
fn outlet_reads_as_headline(rest: &str) -> bool {
    const CLAUSE_WORDS: &[&str] = &[
        "from", "to", "in", "at", "on", "with", "after", "before", "over", "until", "into", "amid",
        "as", "by", "than",
    ];
    let mut words = rest.split_whitespace();
    // Only the "For" form: after "|" or "," a byline goes on to dates and places.
    if !words.next().is_some_and(|w| w.eq_ignore_ascii_case("for")) {
        return false;
    }
    words.any(|w| {
        CLAUSE_WORDS.iter().any(|c| {
            w.trim_matches(|ch: char| !ch.is_alphanumeric())
                .eq_ignore_ascii_case(c)
        })
    })
}

/// A staff role in a byline's list of names: its last word is one ("Staff Writer", "Skywatch
/// Staff", "Staff Reporters").
fn is_staff_role(part: &str) -> bool {
    const ROLES: &[&str] = &[
        "staff",
        "writer",
        "writers",
        "reporter",
        "reporters",
        "correspondent",
        "correspondents",
        "contributor",
        "contributors",
    ];
    last_word_is_one_of(part, ROLES)
}

/// A writer's role alone: "Opinion Columnist", "Staff Writer", "Senior Correspondent".
fn is_role_line(t: &str) -> bool {
    let words = t.split_whitespace().count();
    (1..=4).contains(&words)
        && !t.contains(|c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | ':' | '|'))
        && t.starts_with(|c: char| c.is_uppercase())
        && (is_staff_role(t) || last_word_is_one_of(t, &["columnist", "editor", "critic"]))
}

/// The nearest line above `i` and the nearest below it that are not blank, whatever became of
/// them.
fn neighbours(doc: &Document<'_>, i: usize) -> impl Iterator<Item = usize> {
    let above = (0..i).rev().find(|&j| !doc.lines[j].is_blank());
    let below = (i + 1..doc.lines.len()).find(|&j| !doc.lines[j].is_blank());
    above.into_iter().chain(below)
}

/// A person's name alone: two to four capitalised words of letters ("David Ehrlich", "Jane A.
/// Doe", "Ana de la Cruz"), in mixed case, none of them a word that names a site, a section or
/// a month ("Harbour Times", "Breaking News", "Local Sports").
fn is_name_line(t: &str) -> bool {
    const PARTICLES: &[&str] = &[
        "de", "van", "von", "der", "da", "del", "la", "le", "bin", "al",
    ];
    const NOT_NAMES: &[&str] = &[
        "news",
        "times",
        "post",
        "daily",
        "press",
        "media",
        "live",
        "video",
        "videos",
        "home",
        "sport",
        "sports",
        "business",
        "opinion",
        "world",
        "staff",
        "editor",
        "editors",
        "team",
        "desk",
        "online",
        "digital",
        "tv",
        "radio",
        "channel",
        "magazine",
        "journal",
        "herald",
        "tribune",
        "gazette",
        "review",
        "weekly",
        "today",
        "update",
        "updates",
        "breaking",
        "latest",
        "top",
        "stories",
        "story",
        "more",
        "read",
        "share",
        "comments",
        "menu",
        "search",
        "subscribe",
        "newsletter",
        "sponsored",
        "photo",
        "photos",
        "gallery",
        "watch",
        "listen",
        "podcast",
        "podcasts",
        "community",
        "contact",
        "about",
        "privacy",
        "terms",
        "columnist",
        "reporter",
        "writer",
        "correspondent",
        "contributor",
        "the",
        "and",
        "of",
        "for",
        "in",
        "on",
        "at",
        "to",
        "with",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        // Section labels ("Climate Change", "Premier League", "Real Estate").
        "politics",
        "economy",
        "health",
        "science",
        "technology",
        "tech",
        "culture",
        "arts",
        "entertainment",
        "lifestyle",
        "travel",
        "food",
        "climate",
        "environment",
        "education",
        "crime",
        "justice",
        "league",
        "football",
        "soccer",
        "basketball",
        "baseball",
        "tennis",
        "golf",
        "cricket",
        "rugby",
        "markets",
        "market",
        "money",
        "finance",
        "estate",
        "cars",
        "style",
        "fashion",
        "music",
        "film",
        "movies",
        "books",
        "weather",
        "change",
        "crisis",
        "election",
        "elections",
        "results",
        "analysis",
        "features",
        "interview",
        "column",
        "letters",
        "obituaries",
        "local",
        "national",
        "international",
        "global",
        "metro",
        "city",
        "county",
        "state",
        "region",
        "coronavirus",
        "covid",
        "war",
        "east",
        "west",
        // A byline's lead ("By Jane Doe | March 3, 2020" is the pattern's), with [`LEADS`]
        // but "di", which opens Italian surnames ("Di Stefano").
        "written",
        "posted",
        "words",
    ];
    // Places of two words stand where a dateline's place does ("New York", "Hong Kong").
    const PLACE_HEADS: &[&str] = &[
        "new", "los", "las", "san", "santa", "hong", "north", "south", "east", "west", "united",
        "saint", "st.", "port", "fort", "mount", "lake", "cape", "rio", "buenos", "kuala", "abu",
        "tel", "sri",
    ];
    if t.len() > 60 {
        return false;
    }
    let not_a_name = |w: &str| {
        NOT_NAMES
            .iter()
            .chain(WEEKDAYS)
            .chain(LEADS.iter().filter(|&&l| l != "di"))
            .any(|x| w.eq_ignore_ascii_case(x))
    };
    let (mut words, mut long_word) = (0, false);
    for (n, w) in t.split_whitespace().enumerate() {
        words += 1;
        if words > 4 || n == 0 && PLACE_HEADS.iter().any(|p| w.eq_ignore_ascii_case(p)) {
            return false;
        }
        long_word |= w.chars().count() > 2;
        if n > 0 && PARTICLES.contains(&w) {
            continue;
        }
        let mut chars = w.chars();
        if !chars.next().is_some_and(char::is_uppercase) || not_a_name(w) {
            return false;
        }
        // An initial ("A.") or a word in mixed case of letters and the marks names carry.
        let rest = chars.as_str();
        let mixed = rest.chars().any(char::is_lowercase)
            && rest
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.'));
        if rest != "." && !mixed {
            return false;
        }
    }
    words >= 2 && long_word && crate::agency::lookup(t, false).is_none()
}

impl Pass for Byline {
    fn name(&self) -> &'static str {
        PASS
    }

    fn description(&self) -> &'static str {
        "move bylines (\"By Jane Doe, Reuters\") from the text into byline and authors"
    }

    fn run(&self, doc: &mut Document<'_>, _config: &Config) {
        // Where bylines are looked for is fixed by the article's prose lines, which no pass
        // after this one removes: above the second prose line, and below the last. Later
        // passes take away other lines (menus, labels, related links), but that cannot bring a
        // byline into these regions on a second run (idempotence). Without prose, no byline.
        let kept = doc.kept();
        let Some((first, last)) = article_extent(doc, &kept) else {
            return;
        };
        let second = kept[first + 1..=last]
            .lines()
            .position(|i| line_is_article_prose(doc, i))
            .map_or(last + 1, |p| first + 1 + p);
        // The first line is the headline's place: "Ferry Timetable Cut for Winter" and "Bridge
        // Closes For Repairs | Harbour Times" have the shape of "Levi Parsons For Daily Mail
        // Australia" and "Jane Doe | AFP". Only a "By ..." line signs there (a scrape that lost
        // its headline and opens with a name-for-outlet byline keeps it, as its title).
        let headline = kept.lines().find(|&i| !doc.lines[i].is_blank());
        let mut found: Vec<(usize, Vec<String>)> = Vec::new();
        for i in kept[..second].lines().chain(kept[last + 1..].lines()) {
            let text = doc.lines[i].text.trim();
            // Nor is a copy of the headline ("Bridge Closes For Repairs" under "Bridge Closes
            // For Repairs | Harbour Times") a byline: it is the title pass's.
            let repeats_headline = headline
                .is_some_and(|h| h == i || contains_ignore_case(doc.lines[h].text.trim(), text));
            if repeats_headline && !BY.is_match(text) {
                continue;
            }
            if let Some(authors) = parse_byline(text) {
                found.push((i, authors));
            }
        }
        // The writer's role alone on the line beside a byline ("By Jamelle Bouie" / "Opinion
        // Columnist") belongs to it.
        let roles: Vec<usize> = found
            .iter()
            .flat_map(|(f, _)| neighbours(doc, *f))
            .filter(|&j| {
                doc.lines[j].is_kept()
                    && !found.iter().any(|(f, _)| *f == j)
                    && (j < kept.get(second).map_or(usize::MAX, |&s| s as usize)
                        || j > kept.line(last))
                    && is_role_line(doc.lines[j].text.trim())
            })
            .collect();
        // A name alone on its line beside the page's date stamp ("David Ehrlich" over "Nov 13,
        // 2019 4:26 pm"): the page's byline without its "By", when the page has no other. Not
        // one of a list of names (results, a team), and not beside the copyright line, where a
        // site's name stands as often ("Rolling Stone" over "© 2019 ...").
        if found.is_empty() {
            let beside_stamp = |j: usize| {
                matches!(
                    doc.status_of(&doc.lines[j]),
                    Status::Removed(r) if r.rule == "timestamp"
                )
            };
            for i in kept[..second].lines().chain(kept[last + 1..].lines()) {
                // Most lines stand beside no stamp: asked first.
                if !neighbours(doc, i).any(beside_stamp) {
                    continue;
                }
                let text = doc.lines[i].text.trim();
                // The headline's place and its copies are the title pass's ("Ferry Chaos" over
                // the date).
                let repeats_headline = headline.is_some_and(|h| {
                    h == i || contains_ignore_case(doc.lines[h].text.trim(), text)
                });
                if repeats_headline || !is_name_line(text) {
                    continue;
                }
                let listed = neighbours(doc, i).any(|j| is_name_line(doc.lines[j].text.trim()));
                if !listed {
                    found.push((i, vec![text.to_string()]));
                    break;
                }
            }
        }
        found.extend(roles.into_iter().map(|i| (i, Vec::new())));
        for (i, authors) in found {
            let text = doc.lines[i].text.trim().to_string();
            // "By Jane Doe, Reuters" also says who the wire source is.
            if let Some(agency) = crate::agency::find_in(&text) {
                doc.wire.credits.push(Credit {
                    kind: "byline",
                    agency: Some(agency.name),
                    text: text.clone(),
                    line: i + 1,
                });
                doc.wire.agency.get_or_insert(agency.name);
            }
            for author in authors {
                if !doc.authors.contains(&author) {
                    doc.authors.push(author);
                }
            }
            doc.byline.get_or_insert(text);
            doc.remove(i, PASS, "byline", "byline");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::testing::removed_numbers;

    #[test]
    fn bylines() {
        let cases: &[(&str, &[&str])] = &[
            ("By Jane Doe, Reuters", &["Jane Doe"]),
            ("By Jamelle Bouie", &["Jamelle Bouie"]),
            ("BY JOHN SMITH", &["JOHN SMITH"]),
            ("Opinion by Jane Doe", &["Jane Doe"]),
            ("By JANE DOE / Associated Press", &["JANE DOE"]),
            ("Von Jana Müller und Tom Berg", &["Jana Müller", "Tom Berg"]),
            // After the first comma, a place or the paper is no author; a list of names is.
            ("By Jane Doe, Harbour Times", &["Jane Doe"]),
            ("Von Jana Müller, Berlin", &["Jana Müller"]),
            (
                "By Jane Doe, Sam Lee and Tom Berg",
                &["Jane Doe", "Sam Lee", "Tom Berg"],
            ),
            ("Par Jeanne Dupont (à Marseille)", &["Jeanne Dupont"]),
            ("A cura di Giulia Rossi", &["Giulia Rossi"]),
            ("Escrito por Juana Pérez", &["Juana Pérez"]),
            ("Texto: Joana Silva", &["Joana Silva"]),
            (
                "Par Jeanne Dupont et Paul Martin",
                &["Jeanne Dupont", "Paul Martin"],
            ),
            (
                "Por Juana Pérez y Ana María López",
                &["Juana Pérez", "Ana María López"],
            ),
            ("Por José Ortega y Gasset", &["José Ortega y Gasset"]),
            (
                "Door Jan Jansen en Piet de Vries",
                &["Jan Jansen", "Piet de Vries"],
            ),
            (
                "Por Joana Silva e Pedro Santos",
                &["Joana Silva", "Pedro Santos"],
            ),
            ("Por Manuel Pinto e Costa", &["Manuel Pinto e Costa"]),
            ("Van onze verslaggever Jan Jansen", &["Jan Jansen"]),
            ("Von unserem Korrespondenten Jan Berg", &["Jan Berg"]),
            ("Von unserer Korrespondentin Jana Müller", &["Jana Müller"]),
            ("Von Jana Müller / dpa", &["Jana Müller"]),
            ("Von Jana Müller, dpa", &["Jana Müller"]),
            ("Analysis by Jane Doe, CNN", &["Jane Doe"]),
            (
                "By Jane Doe and John Roe | November 18, 2019",
                &["Jane Doe", "John Roe"],
            ),
            (
                "By Jason Cipriani | November 18, 2019 -- 19:14 GMT (19:14 GMT) | Topic: Hardware",
                &["Jason Cipriani"],
            ),
            ("Jane Doe | AFP", &["Jane Doe"]),
            ("Greg Beacham, Ap Sports Writer", &["Greg Beacham"]),
            ("Posted by Jane Doe", &["Jane Doe"]),
            ("Author: Jane Doe", &["Jane Doe"]),
            ("Reporter: Jane Doe and John Roe", &["Jane Doe", "John Roe"]),
            ("Autorin: Anna Schmidt", &["Anna Schmidt"]),
            // A blog's account name, as WordPress prints it.
            ("By admin - 2018-09-16", &["admin"]),
            ("Jane Doe, AP Business Writer", &["Jane Doe"]),
            ("Jane Doe, Reuters Correspondent", &["Jane Doe"]),
            ("Levi Parsons For Daily Mail Australia", &["Levi Parsons"]),
            ("by: Jane Doe", &["Jane Doe"]),
            ("Story by: Jane Doe", &["Jane Doe"]),
            ("Story by Jane Doe and John Roe", &["Jane Doe", "John Roe"]),
            ("Words by Jane Doe", &["Jane Doe"]),
            ("Texte : Jeanne Dupont", &["Jeanne Dupont"]),
            ("By Jane Doe Updated 2 hours ago", &["Jane Doe"]),
            ("By Jane Doe Published 3:15 PM ET", &["Jane Doe"]),
            ("By: Jane Doe, Reuters", &["Jane Doe"]),
            ("Von Anna Schmidt", &["Anna Schmidt"]),
            (
                "By Joseph Tsidulko November 19, 2019, 07:47 PM EST",
                &["Joseph Tsidulko"],
            ),
            (
                "Written by Jane Doe | New Delhi | Updated: November 19, 2019 10:32:15 am",
                &["Jane Doe"],
            ),
            (
                "Written by Rachael Link, MS, RD on November 14, 2019",
                &["Rachael Link"],
            ),
            ("By Jane Doe, PhD", &["Jane Doe"]),
            ("By Jane Doe, Staff Writer", &["Jane Doe"]),
            ("By Jane Doe, Skywatch Staff", &["Jane Doe"]),
            (
                "By Jane Doe and John Roe, Staff Reporters",
                &["Jane Doe", "John Roe"],
            ),
            // A role alone still signs the article.
            ("By Staff Writer", &["Staff Writer"]),
            // The agency glued after the name is the wire's, not part of the name.
            ("By JANE DOE Associated Press", &["JANE DOE"]),
            ("By The Associated Press and Jane Doe", &["Jane Doe"]),
            ("By Jane Doe on March 3, 2020", &["Jane Doe"]),
            (
                "By Jane Doe and Sam Lee Monday, November 18, 2019, 04:05 pm PT",
                &["Jane Doe", "Sam Lee"],
            ),
            ("By Jane Doe | Published March 3, 2020", &["Jane Doe"]),
            ("Door Jan de Vries", &["Jan de Vries"]),
            ("Av Anna Svensson", &["Anna Svensson"]),
            ("Af Mette Hansen", &["Mette Hansen"]),
            ("Tekst: Anna Svensson", &["Anna Svensson"]),
            ("Text: Jane Doe", &["Jane Doe"]),
            ("Autorka: Anna Nowak", &["Anna Nowak"]),
            ("Kirjoittaja: Liisa Virtanen", &["Liisa Virtanen"]),
            ("Автор: Анна Иванова", &["Анна Иванова"]),
            // Indonesian papers' writer and (Antara's) reporter labels.
            ("Penulis: Budi Santoso", &["Budi Santoso"]),
            ("Pewarta: Andi Pratama", &["Andi Pratama"]),
            ("Oleh Budi Santoso", &["Budi Santoso"]),
            ("Haber: Ali Yılmaz", &["Ali Yılmaz"]),
            ("Muhabir: Ali Yılmaz", &["Ali Yılmaz"]),
            ("Текст: Анна Иванова", &["Анна Иванова"]),
            // Scripts without case.
            ("记者 张三", &["张三"]),
            ("本报记者 张三 李四", &["张三", "李四"]),
            ("新华社记者张三", &["张三"]),
            ("文/张三", &["张三"]),
            ("作者：张三", &["张三"]),
            ("홍길동 기자", &["홍길동"]),
            ("(서울=연합뉴스) 홍길동 기자", &["홍길동"]),
            ("글 홍길동 기자", &["홍길동"]),
            ("بقلم: أحمد علي", &["أحمد علي"]),
            ("كتب: أحمد علي", &["أحمد علي"]),
        ];
        for (line, authors) in cases {
            let got = parse_byline(line).unwrap_or_default();
            assert_eq!(got, *authors, "{line}");
        }
        // A teaser's opening before a bar is no name.
        for line in [
            "Also Read | Harbour ferry fares to rise",
            "Related | Harbour ferry fares to rise",
        ] {
            assert_eq!(parse_byline(line), None, "{line}");
        }
    }

    #[test]
    fn a_name_alone_signs_beside_the_date_stamp() {
        for name in [
            "David Ehrlich",
            "Jane A. Doe",
            "Ana de la Cruz",
            "Zac Hall",
            "Seán O’Brien",
        ] {
            assert!(is_name_line(name), "{name}");
        }
        for line in [
            "Harbour Times",
            "Breaking News",
            "New York",
            "Hong Kong",
            "JANE DOE",
            "Climate Change",
            "Premier League",
            "Jane",
            "US Politics",
            "Ferry fares rise",
            "Reuters Staff",
        ] {
            assert!(!is_name_line(line), "{line}");
        }
        let prose =
            "The city council voted 7-2 on Tuesday night to close the bridge for two years.";
        let authors = |doc: &str| crate::clean(doc, &Config::default()).doc.authors.clone();
        let doc = format!(
            "Bridge to close\n\nDavid Ehrlich\n\nNov 13, 2019 4:26 pm\n\n{prose}\n\n{prose} Again.\n"
        );
        assert_eq!(authors(&doc), ["David Ehrlich"]);
        let doc = format!(
            "Bridge to close\n\n{prose}\n\n{prose} Again.\n\nDavid Ehrlich\n\nNov 13, 2019 4:26 pm\n"
        );
        assert_eq!(authors(&doc), ["David Ehrlich"]);
        // A site's name over its copyright line; a list of names (results) beside a stamp; a
        // topic tag over the stamp of a page that signs with "By".
        let doc = format!(
            "Bridge to close\n\n{prose}\n\n{prose} Again.\n\nRolling Stone\n\n© 2019 Rolling Stone, LLC.\n"
        );
        assert!(authors(&doc).is_empty());
        let doc = format!(
            "Bridge to close\n\nMiguel Bernal North Diving\n\nBen Patton Trinity\n\nPosted: Fri 6:45 PM, Feb 16, 2018\n\n{prose}\n\n{prose} Again.\n"
        );
        assert!(authors(&doc).is_empty());
        let doc = format!(
            "Bridge to close\n\nTaylor Swift\n\nPublished Nov 13, 2019\n\nBy Julius Young | Fox News\n\n{prose}\n\n{prose} Again.\n"
        );
        assert_eq!(authors(&doc), ["Julius Young"]);
        // A name, a separator and the page's stamp: the byline with its date.
        for (line, name) in [
            ("Jane Doe | March 3, 2020", Some("Jane Doe")),
            ("Jane Doe - Nov 13, 2019 4:26 pm", Some("Jane Doe")),
            ("Climate Change | March 3, 2020", None),
            ("New York - March 3, 2020", None),
            ("Jane Doe | Harbour Times", None),
        ] {
            assert_eq!(name_over_date(line), name, "{line}");
        }
        let doc =
            format!("Bridge to close\n\nJane Doe | March 3, 2020\n\n{prose}\n\n{prose} Again.\n");
        assert_eq!(authors(&doc), ["Jane Doe"]);
        // The writer's role beside the byline goes with it; elsewhere it stays.
        let doc = format!(
            "Bridge to close\n\nBy Jamelle Bouie\n\nOpinion Columnist\n\n{prose}\n\n{prose} Again.\n"
        );
        assert_eq!(removed_numbers(&["byline"], &doc), [3, 5]);
        let doc = format!("Bridge to close\n\nOpinion Columnist\n\n{prose}\n\n{prose} Again.\n");
        assert!(removed_numbers(&["byline"], &doc).is_empty());
        // Without the stamp beside it, a name-shaped line may be anything: it stays.
        let doc = format!("Bridge to close\n\nDavid Ehrlich\n\n{prose}\n\n{prose} Again.\n");
        assert!(authors(&doc).is_empty());
        assert!(
            crate::clean(&doc, &Config::default())
                .text()
                .contains("David Ehrlich")
        );
    }

    #[test]
    fn sentences_are_not_bylines() {
        for line in [
            "By the end of the year, the bridge will be closed.",
            "By Tuesday the council had voted",
            "By Sunday (local time) the ferry had left the harbour",
            "Par Avion (Lettre) pour Marseille",
            "A cura di un gruppo di esperti, il rapporto è stato pubblicato ieri.",
            "Escrito por Cervantes en 1605, el libro sigue vendiéndose.",
            "Texto: la ley entra en vigor el lunes",
            "Texte : la loi entre en vigueur lundi",
            "Words by Shakespeare fill the new harbour mural",
            "Door Rotterdam en Den Haag rijdt vanaf maart een nieuwe trein",
            "Por Lisboa e Porto passaram milhares de turistas no verão",
            "Van onze verslaggever in Berlijn kwam het eerste bericht over de brug",
            "Von unserem Korrespondenten in Berlin kam die erste Meldung",
            "Di Maio e Conte hanno discusso a lungo del ponte",
            "Analysis by Moody's shows the cost will rise.",
            "Bridge Closed For Two Years From March",
            "Ferry Fares Set For Rise In January",
            "Review by the Audit Office",
            "By Tuesday/Wednesday the council had voted",
            "By March 3 the council had voted",
            "By November 19, 2019 the council had voted",
            "Police said the man, who was not named, had been arrested.",
            "Mary Shelley, writer",
            "Reporter Jane Doe asked the mayor about the bridge",
            "Author Jane Doe will read from her new book",
            "Posted by the council on Tuesday",
            "Harbour Times, Best Local Writer of the year",
            "Door to door, the campaign reached 4,000 homes",
            "Oleh karena itu warga harus memakai feri",
            "Haber merkezine göre köprü kapanacak",
            "记者手记",
            "记者发现问题",
            "كتب الرئيس رسالة طويلة",
            "Av och till regnade det hela dagen",
            "Text: the council's decision in full",
            "By March 3, 2020 the council had voted",
        ] {
            assert_eq!(parse_byline(line), None, "{line}");
        }
    }

    /// Found by fuzzing: a repeated byline, and a byline just past the top window, used to
    /// survive the first run and go on the second.
    #[test]
    fn every_byline_in_the_windows_goes_at_once() {
        let prose =
            "The city council voted 7-2 on Tuesday night to close the bridge for two years.";
        let doc = format!(
            "Bridge to close\n\nBy Jane Doe and John Roe, Reuters\n\n{prose}\n\n\
             By Jane Doe and John Roe, Reuters\n\n{prose} Again.\n"
        );
        assert_eq!(removed_numbers(&["byline"], &doc), [3, 7]);
        // A headline has the shape of "Levi Parsons For Daily Mail Australia": on the first
        // line, or repeating it below, it is no byline. "By ..." signs anywhere.
        let doc = format!(
            "Bridge Closes For Repairs | Harbour Times\nBridge Closes For Repairs\nJane Doe For Harbour Times\n\n{prose}\n\n{prose} Again.\n"
        );
        assert_eq!(removed_numbers(&["byline"], &doc), [3]);
        // A byline with the agency after a comma or a slash is the byline pass's, not the wire
        // pass's sign-off or the captions pass's photo credit: its author is kept.
        for line in [
            "Von Jana Müller, dpa",
            "By Jane Doe / AFP",
            "Por Juana Pérez / EFE",
        ] {
            let doc = format!("Bridge to close\n\n{line}\n\n{prose}\n\n{prose} Again.\n");
            let cleaned = crate::clean(&doc, &Config::default());
            assert_eq!(cleaned.doc.authors.len(), 1, "{line}");
            assert!(cleaned.doc.wire.agency.is_some(), "{line}");
        }
        let doc = format!("Ferry Timetable Cut for Winter\n\n{prose}\n\n{prose} Again.\n");
        assert!(removed_numbers(&["byline"], &doc).is_empty());
        let doc = format!("By Jane Doe\n\n{prose}\n\n{prose} Again.\n");
        assert_eq!(removed_numbers(&["byline"], &doc), [1]);
        let doc = format!(
            "Bridge\n\nLevi Parsons For Daily Mail Australia\n\n{prose}\n\n{prose} Again.\n"
        );
        assert_eq!(removed_numbers(&["byline"], &doc), [3]);
        let config = Config::with_passes(&["byline"]).unwrap();
        let mut many = String::from("Bridge to close\n\nBy Jane Doe\n");
        for n in 0..7 {
            many.push_str(&format!("{prose} {n}.\n"));
        }
        many.push_str("By John Roe\n");
        for n in 7..12 {
            many.push_str(&format!("{prose} {n}.\n"));
        }
        let once = crate::output::render_text(&crate::clean(&many, &config), true);
        let twice = crate::output::render_text(&crate::clean(&once, &config), true);
        assert_eq!(once, twice);
    }
}
