//! Captions and photo credits: "Image copyright Getty Images Image caption ...", "(AP
//! Photo/Jane Doe)", "Photograph: Name/AAP", "Above: ...", a caption paragraph that ends in a
//! photo credit. Only whole lines, and only lines of caption length.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::{Document, LineList};
use crate::pipeline::{Config, Pass};
use crate::text::{strip_prefix_ignore_ascii_case, words_upto};

pub struct Captions;

const PASS: &str = "captions";

/// Captions are at most this many words.
const MAX_CAPTION_WORDS: usize = 70;

/// Lines that start as a caption or credit.
static CAPTION_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:[\s(\[]|（)*(?:image copyright|image caption|image source|media caption|video caption|photo(?:graph)?\s*(?:credit)?\s*:|photo\s+credit|photographer\s*:|photo(?:graph)?\s*©|photo illustration by\s|illustration\s*:|photo d'illustration\s*$|archives? afp\s*\)?\s*$|foto de archivo\s*\)?\s*$|(?:imagen|foto) de archivo\s*(?:\.\s*$|:)|bildunterschrift\s*:|l(?:é|e)gende\s*:|pie de (?:foto|imagen)\s*:|didascalia\s*:|bijschrift\s*:|legenda\s*:|beeld\s*:|supplied\s*(?::[^()]*)?\)?\s*$|aap image\s*/|picture\s*:|pictured\s*:|image\s*:|credit\s*:|credit(?:\.\.\.|…)\S|(?:source|quelle|fuente|fonte)\s*:\s*(?:getty|reuters|ap|afp|epa|shutterstock|dpa|efe|ansa|kna|epd|apa)(?-u:\b)|featured image via|(?:ap|afp|epa) photo\s*/|foto\s*:|fotó\s*:|fot\.\s+\S+/|fot\.\s+\S+(?:\s+\S+){0,3}\s*$|zdj(?:ę|e)cie\s*:|kuva\s*:|φωτογραφία\s*:|фото\s*:|写真\s*(?:：|:|＝|=)|撮影\s*(?:：|:)|提供\s*(?:：|:|＝|=)|图片?(?:来源)?\s*(?:：|:)|摄影\s*(?:：|:)|图为\S|资料图片?(?:）|\))?\s*$|사진\s*(?:=|:)|사진\s*(?:출처|제공)\s*(?:=|:)|иллюстрация\s*:|صورة أرشيفية\s*$|الصورة\s*:|foto(?:ğ|g)raf\s*:|imagem\s*:|photo by .{2,60} on unsplash\s*$|(?:photo|photograph|picture)s? by [^/()]{2,60}/\s*\S|photo(?:graph)? by [a-z'-]+ [a-z'-]+(?: [a-z'-]+)?\s*$|bild\s*:|bildquelle\s*:|bildnachweis\s*:|fotoquelle\s*:|imagen\s*:|fotograf(?:í|i)a\s*:|crédits?(?: photo)?\s*:|crédito\s*:|above\s*:|top\s*:|left\s*:|right\s*:|main image\s*:|file photo(?-u:\b)|view full image|click to enlarge|(?:photo|image|picture)s?\s+courtesy(?-u:\b)|(?:video|graphic|illustration)s?\s+courtesy\s+(?:of\s+)?[^.,]+\.?\s*$|(?:graphic|chart|infographic|grafik|infograf(?:í|i)a|infographie|gr(?:á|a)fico)\s*:[^()\[\]\-–]*$|courtesy\s+(?:photo|image|picture)(?-u:\b)|(?:getty images|shutterstock|istock(?:photo)?|alamy(?: stock photo)?)(?:\s*$|\s*/|\s+for\s|\s+image caption)|(?:[a-z]+\s+)?via getty images\s*$|copyright\s+getty)",
    )
    .expect("caption pattern is valid")
});

/// Lines that end with a photo credit. Separate regexes, each anchored at the end only, so the
/// engine searches each backwards from the line's end and gives up within a few bytes on a
/// sentence (one set of them scanned every line from its start).
static CAPTION_END: LazyLock<[Regex; 3]> = LazyLock::new(|| {
    [
        // A photo credit in brackets: "(AP Photo/Jane Doe)", "(Photo by X/Getty Images)".
        // Australian sites' "(ABC News: Jane Doe)", "(Supplied: Harbour Council)".
        r"(?i)[(\[]\s*(?:(?:[a-z]+\s+)?(?:photo|photograph|image|picture|foto)s?(?-u:\b)|abc news\s*:|supplied\s*:)[^()\[\]]{0,80}[)\]]\s*\.?$",
        // "Photo: Name / Agency" or "Photograph: Name/AAP".
        r"(?i)(?:photo|photograph|image|picture|foto|credit)s?\s*:\s*[^.:]{2,80}$",
        // An agency credit for a picture: "Name/AFP/Getty Images", "picture alliance/dpa";
        // Reuters signs its pictures "REUTERS/Name" (in capitals), "/File Photo" after a file
        // picture; EPA, AFP, Xinhua and others "EPA-EFE/JANE DOE", "(Xinhua/Li Ming)" (a name
        // of two words or more: "the EPA/OSHA" is two agencies).
        r"(?i)(?:/\s*(?:getty images|afp|ap|reuters|epa|shutterstock|aap|pa|dpa|efe|ansa|xinhua|imago)|/[^/]*(?-u:\b)via getty images|/[^/()]*(?-u:\b)via (?:ap|afp|reuters)\)|(?-u:\b)(?-i:REUTERS/[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){0,3})(?:/(?:file photo|pool|illustration))?|(?-u:\b)(?-i:(?:EPA(?:-EFE)?|EFE|AFP|ANSA|XINHUA|Xinhua|AAP|KCNA|YONHAP|Yonhap|IANS|PTI|SPUTNIK|Sputnik|TASS|ANADOLU|Anadolu)/(?:[A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+){1,3}|[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){1,3})))\s*\.?\)?$",
    ]
    .map(|p| Regex::new(p).expect("caption pattern is valid"))
});

/// Compiles the pass's patterns now rather than on first use (see [`crate::prepare`]).
pub(crate) fn compile_rules() {
    LazyLock::force(&CAPTION_START);
    LazyLock::force(&CAPTION_END);
}

/// Agencies sign their pictures "REUTERS/Name", "EPA-EFE/NAME", "Xinhua/Name" at the end of the
/// line: its last bytes hold a slash between an agency's last letter (a capital, or Xinhua's
/// "a") and the name's capital.
fn agency_signed(t: &str) -> bool {
    // The name is at most four words, with "/File Photo" after it.
    const TAIL: usize = 120;
    let bytes = t.as_bytes();
    let tail = &bytes[bytes.len().saturating_sub(TAIL)..];
    memchr::memchr_iter(b'/', tail).any(|at| {
        at > 0
            && matches!(tail[at - 1], b'A'..=b'Z' | b'a')
            && tail.get(at + 1).is_some_and(u8::is_ascii_uppercase)
    })
}

/// Credits told by their end, in Chinese and Korean: the photographer's "新华社记者张三摄" (a
/// reporter's name, then "摄", "photographed", with no sentence before it) and Yonhap's "[연합뉴스
/// 자료사진]" ("file photo"). Tested in code: a pattern that looks for them at the end of the
/// line scans every line to its end (+37 M instructions on 5 MB).
fn signed_in_cjk(t: &str) -> bool {
    // Asked of every (trimmed) line: its last byte settles almost all of them, the last of
    // "摄" and "진" (both 0x84) or a closing bracket.
    if !matches!(t.as_bytes().last(), Some(0x84 | b']')) {
        return false;
    }
    if t.ends_with('摄') {
        return t.contains("记者") && !t.contains(['，', '。', '！', '？']);
    }
    t.strip_suffix(']')
        .unwrap_or(t)
        .trim_end()
        .strip_suffix("사진")
        .is_some_and(|rest| rest.trim_end().ends_with("자료"))
}

/// The caption patterns, each behind a test on a byte or two that it needs to match: the regex
/// engine costs some hundred instructions a call even when it fails at once, and almost every
/// line is no caption.
fn matches_caption(t: &str) -> bool {
    let [bracketed, colon, agency] = &*CAPTION_END;
    // Every start keyword begins with one of these letters; a non-ASCII letter may fold to one.
    // "<Agency> via Getty Images" starts with any word: it is told by its end.
    let first = t.trim_start_matches(|c: char| c.is_whitespace() || c == '(' || c == '[');
    let may_start = first
        .bytes()
        .next()
        .is_some_and(|b| !b.is_ascii() || b"abcefgilmpqrstv".contains(&b.to_ascii_lowercase()))
        // Finnish "Kuva:", Polish "Zdjęcie:" and Italian "Didascalia:" alone start with 'k', 'z'
        // and 'd': asked by name, as the letters let through many more lines (+3.6 M
        // instructions on 5 MB).
        || strip_prefix_ignore_ascii_case(first, "kuva").is_some()
        || strip_prefix_ignore_ascii_case(first, "zdj").is_some()
        || strip_prefix_ignore_ascii_case(first, "didascalia").is_some()
        || ends_with_ignore_ascii_case(t, "via getty images");
    // "...)" or "...]" with an optional full stop after it.
    let closes = t
        .strip_suffix('.')
        .unwrap_or(t)
        .trim_end()
        .ends_with([')', ']']);
    // The last colon, with no full stop after it: never so in a line that ends in a full stop
    // (most prose), which is settled without a search from the end for the colon.
    let last_colon = || !t.ends_with('.') && t.rfind(':').is_some_and(|c| !t[c..].contains('.'));
    // An agency credit ends in the agency's last letter (before a space, full stop and bracket):
    // s, p, k, a, e or o, or a character that folds to one of them ("ſ", the Kelvin sign).
    let agency_end = || {
        let e = t.strip_suffix(')').unwrap_or(t);
        let e = e.strip_suffix('.').unwrap_or(e).trim_end();
        e.chars().next_back().is_some_and(|c| {
            !c.is_ascii() || matches!(c.to_ascii_lowercase(), 's' | 'p' | 'k' | 'a' | 'e' | 'o')
        })
    };
    caption_control_credit(t).is_some()
        || (may_start && CAPTION_START.is_match(t))
        || signed_in_cjk(t)
        || (closes && bracketed.is_match(t))
        || (last_colon() && colon.is_match(t))
        || ((agency_end() && t.contains('/') || agency_signed(t)) && agency.is_match(t))
}

/// `t` ends with `suffix` (ASCII), in any case.
fn ends_with_ignore_ascii_case(t: &str, suffix: &str) -> bool {
    t.len() >= suffix.len()
        && t.as_bytes()[t.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// The credit before NPR's caption controls: "Scott Olson/Getty Images" in "Scott Olson/Getty
/// Images hide caption".
fn caption_control_credit(t: &str) -> Option<&str> {
    // Every control ends in "caption": most lines fail on their last byte.
    if !t.ends_with(['n', 'N']) {
        return None;
    }
    [" hide caption", " toggle caption", " show caption"]
        .iter()
        .find_map(|control| {
            let at = t.len().checked_sub(control.len())?;
            t.get(at..)
                .filter(|tail| tail.eq_ignore_ascii_case(control))
                .and_then(|_| t.get(..at))
        })
        .map(str::trim)
        .filter(|credit| !credit.is_empty())
}

/// True when the whole line is a caption or photo credit.
/// "Source: Xinhua", "Quelle: KNA", "Fuente: Europa Press": one agency, named alone as the
/// source, is a picture's or a chart's credit (the caption pattern names the commonest; any
/// agency newsclean knows counts). So is one named alone after a picture's word: Italian and
/// Dutch pages' "Foto Ansa", "Beeld ANP". A list of them is the article's sources, the wire
/// pass's. The source labels of Russian, Turkish, Polish, Indonesian and Arabic pages too
/// ("Источник: ТАСС", "Kaynak: AA": after the label an agency's short tag counts in any case,
/// as in a dateline's brackets).
fn agency_source(t: &str) -> bool {
    const LEADS: &[&str] = &[
        "source:",
        "quelle:",
        "fuente:",
        "fonte:",
        "bron:",
        "foto ",
        "photo ",
        "beeld ",
        "bild ",
        "kaynak:",
        "sumber:",
        "Источник:",
        "источник:",
        "Źródło:",
        "źródło:",
        "المصدر:",
        "المصدر :",
    ];
    // Asked of most lines (every one that is no other caption): the first letter settles them.
    t.as_bytes().first().is_some_and(|&b| {
        matches!(
            b.to_ascii_lowercase(),
            b's' | b'q' | b'f' | b'b' | b'p' | b'k' | 0xC5 | 0xD0 | 0xD8
        )
    }) && LEADS
        .iter()
        .find_map(|lead| strip_prefix_ignore_ascii_case(t, lead))
        .is_some_and(|rest| {
            let name = rest.trim().trim_end_matches('.').trim_end();
            crate::agency::lookup(name, true).is_some()
        })
}

pub fn is_caption(line: &str) -> bool {
    let t = line.trim();
    // The patterns first: they reject almost every line without counting its words.
    !t.is_empty()
        && t.len() < 1000
        && (matches_caption(t) || agency_source(t))
        && words_upto(t, MAX_CAPTION_WORDS) <= MAX_CAPTION_WORDS
        // "By Jane Doe / AFP", "Von Jana Müller / dpa" sign the article: the byline pass's.
        && !crate::passes::byline::signs_by(t)
}

impl Pass for Captions {
    fn name(&self) -> &'static str {
        PASS
    }

    fn description(&self) -> &'static str {
        "remove image captions and photo credits"
    }

    fn run(&self, doc: &mut Document<'_>, _config: &Config) {
        let kept = doc.kept();
        // The credit before a caption control ("Scott Olson/NPR hide caption"): NPR's page
        // repeats it alone after "toggle caption", where it is the same credit.
        let mut credit: Option<(String, usize)> = None;
        for (n, i) in kept.lines().enumerate() {
            let text = doc.lines[i].text.trim();
            let repeated = credit
                .as_ref()
                .is_some_and(|(c, at)| n <= at + 2 && c.as_str() == text);
            if repeated || is_caption(text) {
                if let Some(c) = caption_control_credit(text) {
                    credit = Some((c.to_string(), n));
                }
                doc.remove(i, PASS, "caption", "image caption or photo credit");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captions_and_credits() {
        for line in [
            "Image copyright Getty Images Image caption Protesters gathered outside parliament",
            "Image copyright Getty Images",
            "Demonstrators march in Hong Kong on Sunday. (AP Photo/Vincent Yu)",
            "The bridge seen from the harbour. (Photo by Jane Doe/Getty Images)",
            "Photograph: Dean Lewins/AAP",
            "Photo: David Zalubowski, STF / Associated Press",
            "Above: A WeWork coworking space in San Francisco.",
            "Rescue workers search the rubble in Izmir. Yasin Akgul/AFP/Getty Images",
            "Featured Image via Flickr",
            "Imagen: Archivo",
            "Source: Xinhua",
            "Source: Xinhua News Agency",
            "Quelle: KNA",
            "Fuente: Europa Press.",
            "Bron: ANP",
            "Источник: ТАСС",
            "[사진 출처=연합뉴스]",
            "사진 제공=하버시청",
            "[연합뉴스 자료사진]",
            "写真＝共同",
            "（写真：共同通信）",
            "撮影：田中太郎",
            "提供：ハーバー市",
            "（图片来源：新华社）",
            "新华社记者张三摄",
            "图为1月6日，工人在港口大桥上施工。新华社记者张三摄",
            "资料图",
            "Иллюстрация: Анна Иванова",
            "صورة أرشيفية",
            "الصورة: رويترز",
            "Fotoğraf: AA",
            "Kaynak: AA",
            "Źródło: PAP",
            "Sumber: Antara",
            "المصدر : رويترز",
            "Fotografía: EFE",
            "Scott Olson/Getty Images hide caption",
            "REUTERS/Jane Doe/File Photo",
            "A ferry leaves the harbour terminal on March 3, 2019. REUTERS/Jane Doe",
            "Passengers wait at the terminal in Rome on March 3, 2020. EPA-EFE/JANE DOE",
            "A ferry leaves the terminal in Shanghai, March 3, 2020. (Xinhua/Li Ming)",
            "Passengers wait at the terminal in Paris. AFP/Jane Doe",
            "Passengers wait at the terminal in Berlin. picture alliance/dpa",
            "ANSA/JANE DOE",
            "写真：共同通信",
            "图片来源：视觉中国",
            "摄影：张三",
            "사진=연합뉴스",
            "AP Photo/Jane Doe",
            "Getty Images",
            "Getty Images for Harbour Festival",
            "Shutterstock",
            "iStockphoto / Getty Images",
            "AFP via Getty Images",
            "Rescue workers search the rubble in Izmir. Yasin Akgul/AFP via Getty Images",
            "Photo courtesy of the Harbour Museum",
            "Video courtesy of Harbour TV",
            "Graphic: Harbour Times",
            "Chart: Harbour Times",
            "Infographic: Harbour Times",
            "Grafik: Harbour Times",
            "Gráfico: Harbour Times",
            "Courtesy photo",
            "Bildquelle: dpa",
            "Crédits : Le Monde",
            "Credit...Jane Doe for The New York Times",
            "Supplied",
            "(Supplied: Harbour Council)",
            "The old bridge on Monday. (ABC News: Jane Doe)",
            "AAP Image/Dan Himbrechts",
            "Photo © Jane Doe",
            "Photo illustration by Jane Doe",
            "Illustration: Jane Doe",
            "Photographer: Jane Doe/Bloomberg",
            "Photo d'illustration",
            "Archives AFP",
            "Foto de archivo",
            "Commuters cross the old bridge on Monday. (Jane Doe/Harbour Times via AP)",
            "Photo by Jane Doe/Harbour Herald",
            "Photos by Jane Doe / Harbour Herald",
            "Photo by Jane Doe",
            "Bildunterschrift: Die alte Brücke am Hafen.",
            "Légende : le vieux pont du port.",
            "Imagen de archivo.",
            "Foto de archivo: el viejo puente del puerto.",
            "Pie de foto: el viejo puente del puerto.",
            "Didascalia: il vecchio ponte del porto.",
            "Legenda: a velha ponte do porto.",
            "Beeld: ANP",
            "Bijschrift: de oude brug in de haven.",
            "Foto Ansa",
            "Beeld ANP",
            "Photo AFP",
            "Fot. PAP",
            "Fot. Jan Kowalski",
        ] {
            assert!(is_caption(line), "{line}");
        }
    }

    #[test]
    fn the_end_tests_let_every_credit_through() {
        // The cheap tests in front of the end patterns never turn away a line a pattern takes.
        let [_, colon, agency] = &*CAPTION_END;
        for name in [
            "Getty Images",
            "AFP",
            "AP",
            "Reuters",
            "EPA",
            "Shutterstock",
            "AAP",
            "PA",
        ] {
            for name in [
                name.to_string(),
                name.to_lowercase(),
                name.replace('s', "ſ"),
            ] {
                for end in ["", ".", ")", ".)", " .)", "  "] {
                    let line = format!("Rescue workers in Izmir. Yasin Akgul/ {name}{end}");
                    assert_eq!(
                        matches_caption(line.trim()),
                        agency.is_match(line.trim()),
                        "{line}"
                    );
                }
            }
        }
        for credit in [
            "Photo: Jane Doe",
            "Photo: Jane Doe.",
            "Credit: A Doe / Harbour",
            "Photo: x.",
        ] {
            let line = format!("Harbour at dawn, {credit}");
            assert_eq!(matches_caption(&line), colon.is_match(&line), "{line}");
        }
    }

    #[test]
    fn prose_about_photos_stays() {
        for line in [
            "Support for the plan fell to 38 percent in a REUTERS/Ipsos poll",
            "Regulators at the EPA/OSHA office said the harbour had passed its inspection.",
            "Photos by the dozen were taken at the scene by residents.",
            "Photo by photo, the exhibition traces the bridge's history.",
            "Video courtesy of the council shows the ferry striking the pier, the inquiry heard.",
            "Graphic designers from the harbour museum prepared the new posters.",
            "Chart toppers from the 1980s will play at the harbour festival.",
            "Photograph by Jane Doe of the old bridge won the regional prize this year.",
            "Foto Ansa e Reuters mostrano il ponte crollato, ha detto il sindaco.",
            "Fot. Jan Kowalski z PAP powiedział, że most zostanie zamknięty.",
            "Bild Zeitung",
            "Источник в мэрии сообщил, что ремонт может затянуться.",
            "记者张三摄影的作品获得了大奖。",
            "撮影は来月から始まる予定だ。",
            "사진 작가들은 다리의 마지막 날을 기록했다.",
            "Fotoğrafçılar köprünün son gününü görüntüledi, dedi belediye.",
            "Kaynak sıkıntısı nedeniyle onarım iki yıl sürecek, dedi mühendis.",
            "Źródło w ratuszu poinformowało, że remont może potrwać dłużej.",
            "Sumber: wawancara dengan warga",
            "Imagen de archivo del puente que el ayuntamiento difundió el martes por la tarde sin explicar nada.",
            "写真家の田中さんは「橋は危険だ」と語った。",
            "사진을 찍은 사람은 경찰에 신고했다.",
            // Bylines with the agency after a slash sign the article: the byline pass's.
            "By Jane Doe / AFP",
            "Von Jana Müller / dpa",
            "The band played their biggest hit, written by AC/DC",
            "The deal was first reported by AFP/Jane Doe, a freelance, on Monday.",
            "He lives in the Tibetan region of Qinghai/Amdo",
            // A source that is no agency is the article's own ("Source: Harbour Times").
            "Source: Harbour Times",
            "Source: the council's own figures",
            "Source: Department of Transport",
            "Bron: de gemeente",
            "Exports rose as the harbour reopened to ferries/Cargo",
            "The photographer said she had waited three hours for the light to change.",
            "He posted a photo of the damage on social media, which was shared thousands of times.",
            "Getting the picture right matters, the curator said: every detail counts in the end.",
            "Shares in the agency rose after Reuters reported the deal.",
            "La imagen de la ciudad cambió por completo tras la reforma del puerto.",
            // Found by a probe: the start pattern took every line that opened with the name.
            "Getty Images said on Tuesday it would cut 200 jobs at its London office.",
            "Shutterstock shares rose 5 percent after the results.",
            "The pictures were licensed via Getty Images",
            "Credit... where credit is due, the mayor said of the engineers.",
            "Supplied with fresh water by boat, the town held out for a week, the mayor said.",
            "Illustration of the council's plan shows a wider deck and a cycle lane.",
            "Graphic images of the crash were shared online, police said.",
            // Reuters' pointer to a chart stands in the article's text, and readers keep it.
            "(Graphic: Global assets in 2019 - here)",
            "The video was filmed by a passenger / commuter and shared online via AP.",
            "Archives of the council show the bridge was last repaired in 1988.",
            "Photographer Jane Doe spent three days on the bridge before it closed.",
        ] {
            assert!(!is_caption(line), "{line}");
        }
    }
}
