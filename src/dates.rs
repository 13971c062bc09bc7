//! Lines that are only a date or time stamp: "Updated 0339 GMT (1139 HKT) November 19, 2019",
//! "November 20, 2019 / 1:07 AM / CBS News", "5:45 AM PST 11/19/2019 by Patrick Shanley",
//! "Mittwoch, 20. November 2019, 11:42 Uhr".
//!
//! Classified by words rather than one pattern: the parts come in any order. A line qualifies
//! when it holds a date or a time (a month name next to a number, a numeric date, a clock time)
//! and every other word is a stamp word ("updated", "published on", a weekday, a time zone) or
//! one of a few capitalised words (the site, the place, "by" and the author). One lower-case word
//! of anything else ("Tickets on sale November 19") makes it a sentence, which stays.

use std::collections::HashMap;
use std::sync::LazyLock;

/// Words past which a line is not a stamp.
const MAX_WORDS: usize = 16;
/// Capitalised words allowed besides the stamp: a site name, a place, an author after "by".
const MAX_NAME_WORDS: usize = 4;

const MONTHS: &[&str] = &[
    "jan",
    "january",
    "feb",
    "february",
    "mar",
    "march",
    "apr",
    "april",
    "may",
    "jun",
    "june",
    "jul",
    "july",
    "aug",
    "august",
    "sep",
    "sept",
    "september",
    "oct",
    "october",
    "nov",
    "november",
    "dec",
    "december", // English
    "januar",
    "jänner",
    "februar",
    "märz",
    "mai",
    "juni",
    "juli",
    "oktober",
    "dezember", // German
    "janvier",
    "février",
    "fév",
    "mars",
    "avril",
    "avr",
    "juin",
    "juillet",
    "juil",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "déc", // French
    "enero",
    "ene",
    "febrero",
    "marzo",
    "abril",
    "abr",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "ago",
    "septiembre",
    "setiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "dic", // Spanish
    "gennaio",
    "febbraio",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "settembre",
    "ottobre",
    "dicembre",
    "gen",
    "mag",
    "giu",
    "lug",
    "ott", // Italian (marzo, agosto, novembre as above)
    "janeiro",
    "fevereiro",
    "março",
    "maio",
    "junho",
    "julho",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
    "fev",
    "dez", // Portuguese (abril, agosto as above; not "set" and "out")
    "januari",
    "februari",
    "maart",
    "mei",
    "augustus",
    "okt", // Dutch (the rest as above)
];

const STAMP_WORDS: &[&str] = &[
    // weekdays
    "mon",
    "monday",
    "tue",
    "tues",
    "tuesday",
    "wed",
    "wednesday",
    "thu",
    "thur",
    "thurs",
    "thursday",
    "fri",
    "friday",
    "sat",
    "saturday",
    "sun",
    "sunday",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
    "lunedì",
    "martedì",
    "mercoledì",
    "giovedì",
    "venerdì",
    "sabato",
    "domenica",
    "segunda-feira",
    "terça-feira",
    "quarta-feira",
    "quinta-feira",
    "sexta-feira",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "il",
    "alle",
    "às",
    "em",
    // around the stamp
    "last",
    "first",
    "on",
    "at",
    "and",
    "zuletzt",
    "am",
    "um",
    "uhr",
    "à",
    "jour",
    "le",
    "el",
    "de",
    "del",
    "a",
    "las",
    "la",
    "en",
    "h",
    "hrs",
    "hr",
    "hour",
    "hours",
    "min",
    "mins",
    "minute",
    "minutes",
    "day",
    "days",
    "week",
    "weeks",
    // ... in the other languages
    "hora",
    "horas",
    "minuto",
    "minutos",
    "ora",
    "ore",
    "minuti",
    "uur",
    "minuten",
    "stunde",
    "stunden",
    "heure",
    "heures",
    "vor",
    // clock and zone
    "a.m",
    "p.m",
    "pm",
    "gmt",
    "utc",
    "et",
    "pt",
    "ct",
    "mt",
    "est",
    "edt",
    "pst",
    "pdt",
    "cst",
    "cdt",
    "mst",
    "mdt",
    "bst",
    "cet",
    "cest",
    "ist",
    "hkt",
    "sgt",
    "jst",
    "aest",
    "aedt",
    "mez",
    "mesz",
];

/// Words that say a line is a stamp: with them a clock time alone makes one.
const STAMP_VERBS: &[&str] = &[
    "updated",
    "update",
    "published",
    "posted",
    "modified",
    "created",
    "edited",
    "ago",
    "veröffentlicht",
    "aktualisiert",
    "publié",
    "publiée",
    "mis",
    "publicado",
    "actualizado",
    "actualización",
    "atualizado",
    "atualizada",
    "há",
    "pubblicato",
    "pubblicata",
    "aggiornato",
    "aggiornata",
    "fa",
    "gepubliceerd",
    "bijgewerkt",
    "geleden",
];

/// "11/19/2019", "19.11.19", "2019-11-18": day and month of one or two digits and a year of two
/// or four, or an ISO date; not a phone number ("316-831-6143") or a range ("1-2").
fn numeric_date(w: &str) -> bool {
    let date = w.split(['t', 'T']).next().unwrap_or("");
    let parts: Vec<usize> = date.split(['/', '-', '.']).map(str::len).collect();
    matches!(parts.as_slice(), [1 | 2, 1 | 2, 2 | 4] | [4, 1 | 2, 1 | 2])
}

/// What one word of the line is.
#[derive(Clone, Copy, PartialEq)]
enum Word {
    /// Digits with date or time punctuation: "19", "2019", "1:07", "11/19/2019", "4:10pm".
    Number,
    /// A number from 1900 to 2099.
    Year,
    /// A numeric date: "11/19/2019", "2019-11-18", "2019-11-18T20:51:19Z".
    Date,
    /// A clock time: "1:07", "4:10pm", "14h32".
    Time,
    Month,
    /// "a.m." / "p.m." / "am" after a number makes a time.
    Meridian,
    Stamp,
    /// "Updated", "published", "ago": says the line is a stamp.
    StampVerb,
    By,
    Name,
    Other,
}

/// Months, meridians, stamp verbs, stamp words and "by" in its languages, looked up once per
/// word instead of compared with each (this runs on every short line with a digit). The first
/// list a word is in decides, in that order.
static KNOWN_WORDS: LazyLock<HashMap<&'static str, Word>> = LazyLock::new(|| {
    let mut known = HashMap::new();
    let lists: [(&[&'static str], Word); 5] = [
        (MONTHS, Word::Month),
        (&["a.m", "p.m", "am", "pm"], Word::Meridian),
        (STAMP_VERBS, Word::StampVerb),
        (STAMP_WORDS, Word::Stamp),
        (&["by", "von", "par", "por"], Word::By),
    ];
    for (words, kind) in lists {
        for &w in words {
            known.entry(w).or_insert(kind);
        }
    }
    known
});

fn classify(token: &str) -> Word {
    // Lower-cased without allocating for the usual short ASCII word.
    let mut buf = [0u8; 32];
    let owned;
    let lower: &str = if token.is_ascii() && token.len() <= buf.len() {
        let b = &mut buf[..token.len()];
        b.copy_from_slice(token.as_bytes());
        b.make_ascii_lowercase();
        std::str::from_utf8(b).unwrap_or_default()
    } else {
        owned = token.to_lowercase();
        &owned
    };
    let w = lower.trim_end_matches(['.', ':']);
    if w.starts_with(|c: char| c.is_ascii_digit()) {
        let colons = w.matches(':').count();
        let separators = w.matches(['/', '-']).count();
        let rest: String = w
            .chars()
            .filter(|c| !c.is_ascii_digit() && !matches!(c, ':' | '/' | '-' | '.'))
            .collect();
        // A clock time has a colon; a numeric date two separators ("11/19/2019",
        // "2019-11-18"); "1-2" or "3/4" is a range or a fraction.
        return match rest.as_str() {
            "" | "st" | "nd" | "rd" | "th" | "h" if colons == 0 && separators == 0 => {
                if (1900..2100).contains(&w.parse::<u32>().unwrap_or(0)) {
                    Word::Year
                } else {
                    Word::Number
                }
            }
            "" if colons > 0 => Word::Time,
            "" | "tz" | "t" | "z" if numeric_date(w) => Word::Date,
            "am" | "pm" | "h" => Word::Time,
            _ => Word::Other,
        };
    }
    if let Some(&word) = KNOWN_WORDS.get(w) {
        return word;
    }
    if token.starts_with(|c: char| c.is_uppercase()) {
        return Word::Name;
    }
    Word::Other
}

/// True when the line is only a date or time stamp, perhaps with a site, place or author name.
pub fn is_date_line(s: &str) -> bool {
    date_line(s).is_some()
}

/// A date line that says what the date is ("Updated 3:45 PM ET, Tue March 3, 2020", "Last
/// modified on Tue 3 Mar 2020 10.03 GMT"): a stamp verb and a date with its year. Such a line
/// is the page's stamp wherever it stands; a bare "10 p.m." or "March 3" may head a live-blog
/// entry or a schedule.
pub fn is_labelled_date_line(s: &str) -> bool {
    date_line(s) == Some(Stamp::Labelled)
}

/// What kind of stamp a date line is.
#[derive(PartialEq)]
enum Stamp {
    Labelled,
    Bare,
}

fn date_line(s: &str) -> Option<Stamp> {
    // Cheap rejections first: this runs on every line no boilerplate pattern matched.
    if s.len() > 160 || !s.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut words = [Word::Other; MAX_WORDS];
    let mut len = 0;
    for raw in s.split_whitespace() {
        let token = raw.trim_matches(|c: char| {
            matches!(
                c,
                ',' | ';' | '(' | ')' | '[' | ']' | '|' | '·' | '•' | '"' | '\'' | '“' | '”'
            )
        });
        // Separators and symbols ("/", "|", "-", "&") are not words.
        if !token.chars().any(char::is_alphanumeric) {
            continue;
        }
        if len == MAX_WORDS {
            return None;
        }
        // One word of a sentence settles it: most lines stop here, at their first words.
        let word = classify(token);
        if word == Word::Other {
            return None;
        }
        words[len] = word;
        len += 1;
    }
    let words = &words[..len];
    // A date with a year, a time or a stamp verb makes a stamp, and so does a month and day
    // with nothing but stamp words around it ("Nov. 19"); "June 17 – Nashville, TN" is a tour
    // date. A clock time without a date needs a stamp verb ("Updated at 1:23 p.m."): "10 p.m."
    // alone heads a live-blog entry.
    let (mut date, mut year, mut time, mut verb, mut names) = (false, false, false, false, 0);
    let mut dates = 0;
    for (n, &w) in words.iter().enumerate() {
        let next = words.get(n + 1).copied();
        let prev = n.checked_sub(1).map(|p| words[p]);
        let number = |w: Option<Word>| matches!(w, Some(Word::Number | Word::Year));
        match w {
            Word::Date => (date, year, dates) = (true, true, dates + 1),
            Word::Time => time = true,
            Word::Month if number(next) || number(prev) => (date, dates) = (true, dates + 1),
            Word::Year => year = true,
            Word::Meridian => time |= number(prev),
            Word::StampVerb => verb = true,
            Word::Name => names += 1,
            Word::Other => return None,
            _ => {}
        }
    }
    // Two dates without a time or a verb are a period ("29 November 2018 | 20 January 2019"),
    // an event's, not the page's.
    if dates > 1 && !time && !verb {
        return None;
    }
    let stamp = (date && (year || time || verb || names == 0)) || (time && verb);
    if !stamp || names > MAX_NAME_WORDS {
        None
    } else if verb && date && year {
        Some(Stamp::Labelled)
    } else {
        Some(Stamp::Bare)
    }
}

#[cfg(test)]
mod tests {
    use super::is_date_line;

    #[test]
    fn stamps_in_any_order() {
        for line in [
            "Updated 0339 GMT (1139 HKT) November 19, 2019",
            "November 20, 2019 / 1:07 AM / CBS News",
            "First published on November 20, 2019 / 1:07 AM",
            "November 19, 2019 | 4:20am | Updated November 19, 2019 | 9:32pm",
            "Wednesday 20 November 2019 11:42, UK",
            "5:45 AM PST 11/19/2019 by Patrick Shanley",
            "11/19/2019 by Lars Brandle",
            "Updated at 1:23 p.m.",
            "By Mike Wall 2019-11-18T20:51:19Z Science & Astronomy",
            "Mittwoch, 20. November 2019, 11:42 Uhr",
            "Publié le 19 novembre 2019 à 14h32",
            "Actualizado el 19 de noviembre de 2019 a las 10:32",
            "20/11/2019 10h32 Atualizado há 2 horas",
            "Gepubliceerd 20-11-2019 10:32",
            "Aggiornato 20/11/2019 10:32",
            "Pubblicato il 12 gennaio 2024 alle 14:30",
            "Atualizado em 12 de janeiro de 2024 às 14:30",
            "Gepubliceerd 12 januari 2024 10:32",
        ] {
            assert!(is_date_line(line), "{line}");
        }
    }

    #[test]
    fn sentences_and_listings_with_dates_stay() {
        for line in [
            "The hearing resumed on November 19, 2019 at 10 a.m.",
            "Tickets go on sale November 19 at 10 a.m.",
            "Saturday, Nov. 23 at 7 p.m. Tickets $15.",
            "Lakers 102, Celtics 99",
            "2019",
            "Chapter 11",
            "Brexit deal: what happens on January 31",
            "Monday: 9 a.m. to 5 p.m., free entry for children under 12",
            "June 17 -- Bridgestone Arena, Nashville, TN",
            "July 2 – Uncasville, CT @ Mohegan Sun Arena",
            "6) Ghostbusters Collection 1-2 (Steelbook) (2 Blu-Ray)",
            "10 p.m.",
            "12:51 p.m.",
            "Phone: 316-831-6143",
            "7th Amsterdam Light Festival 29 November 2018 | 20 January 2019",
            "Il concerto è il 12 gennaio alle 21:00",
            "Sold out 12:30",
        ] {
            assert!(!is_date_line(line), "{line}");
        }
    }
}
