//! Wire-credit detection: finds which agency wrote the article and removes its credit lines.
//!
//! Credit lines (publication notes, copyright and rights lines, contributor trailers, agency
//! sign-offs, syndication notes) are removed wherever they stand; each must match the whole line,
//! so an agency named in ordinary prose ("told The Associated Press") never counts. A dateline at
//! the start of the lede ("WASHINGTON (AP) —") stays in the text and is reported; with
//! `--strip-dateline` its agency marker is taken out of the line.

use std::borrow::Cow;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, Anchored, Input, StartKind};
use regex::Regex;
use regex::bytes::{RegexSet, RegexSetBuilder};

use crate::agency;
use crate::document::{Credit, Dateline, Document, LineList};
use crate::passes::boilerplate::article_extent;
use crate::pipeline::{Config, Pass};
use crate::text::{
    captures_if_match, starts_uppercase, strip_prefix_ignore_ascii_case, word_count, words_upto,
};

pub struct WireCredits;

const PASS: &str = "wire";

/// Credit lines are short; longer lines are prose and skip the pattern scan.
const MAX_CREDIT_BYTES: usize = 600;
/// The dateline is looked for in this many lines with text at the top (the headline and its
/// repeats, a byline, a date, a share row may come first: a press release's "NEWS PROVIDED BY" /
/// company / date / "SHARE THIS ARTICLE" above "BOSTON, Nov. 20, 2019 /PRNewswire/ --").
const LEDE_LINES: usize = 8;

/// One kind of credit line: its pattern matches the whole (trimmed) line.
struct CreditRule {
    kind: &'static str,
    reason: &'static str,
    pattern: String,
    max_words: usize,
}

struct Rules {
    credit_rules: Vec<CreditRule>,
    credit_set: RegexSet,
    /// Rules whose match needs a second look in code (see [`plausible`]).
    reporting_by: usize,
    copyright: usize,
    dateline: Regex,
    caps_dateline: Regex,
    /// Xinhua's Chinese dateline: "新华社北京11月19日电（记者张三）"; Kyodo's and Jiji's Japanese
    /// ones: "【ワシントン共同】", "【北京時事】".
    han_dateline: Regex,
    /// RIA Novosti's and Interfax's datelines, the agency without brackets after the place and
    /// date: "МОСКВА, 6 янв — РИА Новости.", "Москва. 6 января. INTERFAX.RU -".
    dated_agency_dateline: Regex,
    trailing_date: Regex,
    separator_line: Regex,
    year: Regex,
}

static RULES: LazyLock<Rules> = LazyLock::new(Rules::new);

/// Compiles the pass's patterns now rather than on first use (see [`crate::prepare`]).
pub(crate) fn compile_rules() {
    LazyLock::force(&RULES);
}

/// Month names and abbreviations (English, Spanish, French, Russian) as whole words.
const MONTHS: &str = r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|ene|abr|ago|dic|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|janv|févr|avr|juil|déc|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|янв|фев|мар|апр|июн|июл|авг|сент|сен|окт|ноя|дек)\b";

impl Rules {
    fn new() -> Rules {
        let rule = |kind, reason, pattern: String, max_words| CreditRule {
            kind,
            reason,
            pattern,
            max_words,
        };
        // A person's name as the editor lines give it: up to four capitalised words.
        let name = r"(?-i:[A-Z])[A-Za-z.'-]*(?: (?-i:[A-Z])[A-Za-z.'-]*){0,3}";
        // A place as a credit names it: up to four capitalised words ("Hong Kong", "Montréal").
        let place = r"(?-i:[A-Z])[^\s.;,]*(?: (?-i:[A-Z])[^\s.;,]*){0,3}";
        let credit_rules = vec![
            rule(
                "publication-note",
                "agency publication note",
                r"(?i)^[*_\s]*this (?:report|story|article|item) (?:by|from) .+? (?:was )?(?:first |originally )?published(?-u:\b).*$".into(),
                60,
            ),
            rule(
                "publication-note",
                "agency publication note",
                r"(?i)^[*_(\s]*this (?:report|story|article|post) (?:was (?:first |originally )?(?:published|produced|distributed)|(?:first |originally )appeared) (?:by|in|on|at) .+$".into(),
                40,
            ),
            rule(
                "publication-note",
                "agency publication note",
                // The same note in German, French, Spanish and Italian: "Dieser Artikel erschien
                // zuerst in der Zeit.", "Cet article a initialement été publié sur ...".
                r"(?i)^[*_(\s]*(?:diese[rs]? (?:artikel|beitrag|text) (?:erschien zuerst|ist zuerst .+ erschienen)|cet article a (?:d'abord|initialement|(?:é|e)t(?:é|e) initialement) (?:(?:é|e)t(?:é|e) )?publi(?:é|e)|cet article est (?:initialement )?paru|este art(?:í|i)culo (?:fue publicado|se public(?:ó|o)|apareci(?:ó|o)) (?:originalmente|originariamente|primero|por primera vez)|questo articolo (?:(?:è|e) stato pubblicato|(?:è|e) apparso) (?:originariamente|originalmente|per la prima volta)).*$".into(),
                40,
            ),
            rule(
                "syndication",
                "syndicated-feed note",
                r"(?i)^[(\s]*(?:except for the headline, )?this (?:story|article|report) has not been edited by .+$".into(),
                50,
            ),
            rule(
                "syndication",
                "syndicated-feed note",
                r"(?i)^[(\s]*only the headline(?: and picture)? of this (?:report|story|article) may have been reworked by .+$".into(),
                50,
            ),
            rule(
                "syndication",
                "pointer to the full story elsewhere",
                // A syndicated excerpt's last line: "Read the full story at The Harbour Times.",
                // "Continue reading on Vox", "Read the rest of this article at example.com".
                r"(?i)^(?:read the (?:full|whole|complete|original|rest of the|rest of this) (?:story|article|post)|continue reading(?: the (?:story|article))?|read more) (?:at|on) [^\s,;][^,;]*$".into(),
                15,
            ),
            rule(
                "syndication",
                "syndicated-feed note",
                // Bloomberg's feed closes its stories so on the sites that run them.
                r"(?i)^for more articles like this,? please visit us at \S+\.?$".into(),
                15,
            ),
            rule(
                "syndication",
                "press-release distribution line",
                // PR Newswire's lines: "NEWS PROVIDED BY" over the company's name at the top,
                // "SOURCE Harbour Robotics" at the end (the capitals are the wire's; "Source:
                // ..." under a chart is the article's) and the link to the release.
                r"(?i)^(?:(?-i:SOURCE) \S.*|view original content(?: to download multimedia)?:\s*https?://\S+|news provided by:?)$".into(),
                40,
            ),
            rule(
                "syndication",
                "syndicated-feed note",
                // The Conversation's and other Creative Commons republishers' note; a syndicate's
                // distribution line ("Distributed by Tribune Content Agency, LLC.") and the
                // pointer to the paper the story came from that goes with it ("Visit The
                // Washington Post at www.washingtonpost.com"; a paper's name, then its address and
                // nothing more: "Visit the museum at harbourmuseum.org" is an event's).
                r"(?i)^(?:this (?:article|story|piece|post) (?:is|was) republished from .+ under (?:a )?creative commons licen[cs]e(?-u:\b).*|distributed by (?:tribune content agency|.+ (?:syndicate|news service|content agency))(?:,? (?:llc|inc)\.?)?\.?|visit (?:the )?(?:[a-z.&'-]+ ){0,4}(?:post|times|tribune|herald|journal|news|star|globe|chronicle|sun|inquirer|gazette|observer|record|register|bee|dispatch|examiner|telegraph|press|courier|sentinel|democrat|independent|guardian)(?:-[a-z]+)? (?:online )?at (?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/?\.?)$".into(),
                40,
            ),
            rule(
                "syndication",
                "syndicated-feed note",
                // Indian papers' "(With inputs from PTI)", "With PTI inputs", "Inputs from IANS"
                // (without "with", only an agency's capitals: "Inputs from the sensors ..." is a
                // sentence).
                r"(?i)^[(\s]*(?:with inputs? from (?:agencies|[^\n.()]+)|inputs? from (?:agencies|(?-i:[A-Z]{2,}))(?:(?:,| and| &) ?(?-i:[A-Z]{2,}))*|with (?:agency|agencies|(?-i:[A-Z]{2,})(?:(?:,| and| &) ?(?-i:[A-Z]{2,}))*) inputs)[.)\s]*$".into(),
                8,
            ),
            rule(
                "copyright",
                "copyright or rights notice",
                r"(?i)^[*\s]*(?:\(c\)|©|copyright(?-u:\b)).*$".into(),
                50,
            ),
            rule(
                "copyright",
                "copyright or rights notice",
                // In the agencies' languages too; ANSA's "RIPRODUZIONE RISERVATA © Copyright ANSA"
                // carries its own short credit.
                r"(?i)^(?:all rights reserved|tous droits r(?:é|e)serv(?:é|e)s|todos los derechos reservados|alle rechte vorbehalten|todos os direitos reservados|tutti i diritti riservati|riproduzione riservata|(?:В|в)се права защищены|wszelkie prawa zastrze(?:ż|z)one|t(?:ü|Ü|u)m haklar(?:ı|i) sakl(?:ı|i)d(?:ı|i)r|جميع الحقوق محفوظة|hak cipta dilindungi undang-undang)\.?(?:\s*(?:©|\(c\)|copyright)[^.!?]{0,60})?\.?$".into(),
                12,
            ),
            rule(
                "copyright",
                "copyright or rights notice",
                r"(?i)^(?:this )?material may not be published, broadcast, rewritten,? or redistributed.*$".into(),
                30,
            ),
            rule(
                "syndication",
                "agency funding note",
                // The AP's note under stories paid for by foundations: "The Associated Press
                // receives support from the Walton Family Foundation ... The AP is solely
                // responsible for all content.", "AP's climate coverage receives financial support
                // from ...", "Find AP's standards for working with philanthropies ...".
                // A funder must be named ("The Associated Press receives support from readers like
                // you, the agency said." is news about it).
                r"(?i)^(?:(?:the )?(?:associated press|ap)(?:'|’|'s|’s)? (?:[^.]+ )?receives (?:financial )?support (?:from|through) .*(?:foundation|endowment|philanthrop|corporation of|collaboration with).*|(?:the )?ap is solely responsible for (?:all|this|the) content\.?|find ap(?:'|’)s standards for working with philanthropies.*)$".into(),
                70,
            ),
            rule(
                "copyright",
                "agency standards notice",
                r"(?i)^our standards:\s*the thomson reuters trust principles\.?(?:,? opens new tab)?$".into(),
                14,
            ),
            rule(
                "syndication",
                "agency licensing link",
                r"(?i)^acquire licensing rights(?:,? opens new tab)?$".into(),
                6,
            ),
            rule(
                "copyright",
                "copyright or rights notice",
                // Korean, Japanese and Chinese agencies' notices: "<저작권자(c) 연합뉴스, 무단 전재-재배포
                // 금지>", "ⓒ 연합뉴스", "無断転載禁止".
                r"^(?:<\s*)?(?:저작권자\s*(?:\(c\)|ⓒ|©)?.*|ⓒ.*|無断(?:転載|複製).*|版权所有.*)$".into(),
                30,
            ),
            rule(
                "contributors",
                "reporting and editing credits",
                r"(?i)^[(\s]*(?:(?:with )?(?:additional )?(?:reporting|writing|editing|compiled|compiling|research)(?: and (?:writing|editing))? by\s+(?:the\s+)?(?-i:[A-Z]|Á|É|Í|Ó|Ú|Ł|Ø|Ö|Ü|Ş|Š|Ž|Č)|(?:edited|researched|fact-checked) by\s*:\s*).+$".into(),
                70,
            ),
            rule(
                "contributors",
                "editor credit",
                // Chinese agencies' closing editor line: "【纠错】 【责任编辑:王某】", "(责任编辑：张三)".
                r"^(?:【纠错】\s*)?(?:【|\[|\(|（)?\s*(?:责任编辑|编辑)\s*(?::|：).*$".into(),
                12,
            ),
            rule(
                "contributors",
                "reporting and editing credits",
                // "Written by Jane Doe; Edited by John Roe": the writer and the editor together
                // (a "Written by" line alone is a byline, the byline pass's).
                format!(r"^(?i:written) (?i:by) {name}\s*[;,|]\s*(?i:edited|editing) (?i:by) {name}\.?$"),
                14,
            ),
            rule(
                "contributors",
                "editor credit",
                // "Edited by Jane Doe", "Translated by Jane Doe" alone: a name, not "edited by the
                // council's lawyers".
                format!(r"^(?i:edited|produced|translated) (?i:by) {name}\.?$"),
                6,
            ),
            rule(
                "contributors",
                "editor credit",
                // Xinhua's and other agencies' closing "Editor: Li Xia", "Editors: Jane Doe, John
                // Roe": names alone after the label, not "Editor: What changed this year?".
                format!(r"^(?i:editors?): {name}(?:(?:, | and | & ){name}){{0,3}}\.?$"),
                16,
            ),
            rule(
                "contributors",
                "editor credit",
                // Russian sites' closing "Редактор: Иван Петров": two or three words after the
                // label, none of them a question or sentence ("Редактор: Что изменилось?").
                r"^(?:Р|р)едактор(?:ы)?\s*:\s*[^\s,.:;?!]+(?: [^\s,.:;?!]+){1,2}\.?$".into(),
                4,
            ),
            rule(
                "contributors",
                "contributor credit",
                // USA Today's and its papers' closing "Contributing: Kristine Phillips, USA
                // TODAY; The Associated Press": the label, then names.
                format!(r"^(?i:contributing|contributors?)\s*:\s*{name}(?:(?:, |; | and | & ){name})*\.?$"),
                25,
            ),
            rule(
                "contributors",
                "contributor credit",
                // "This article contains reporting from The Associated Press.", "Includes reporting
                // by Reuters.": names after it ("This report includes reporting from three
                // continents ..." is a sentence).
                format!(r"^(?i:(?:this (?:article|story|report) )?(?:contains|includes) (?:additional )?reporting (?:from|by)) (?i:the )?{name}(?:(?:, | and | & )(?i:the )?{name})*\.?$"),
                20,
            ),
            rule(
                "contributors",
                "contributor credit",
                r"(?i)^(?:[-\s]|–|—)*with (?:assistance|additional reporting) (?:from|by)\s.+$".into(),
                40,
            ),
            rule(
                "contributors",
                "contributor credit",
                r"(?i)^\(?contributing to this (?:report|story)(?-u:\b).+$".into(),
                60,
            ),
            rule(
                "contributors",
                "contributor credit",
                r"(?i)^.*(?-u:\b)contributed (?:to )?(?:this |the )?(?:report|story|reporting|article)(?: from [^.]+)?[.)]*$".into(),
                40,
            ),
            rule(
                "contributors",
                "contributor credit",
                // The closing note of a story written from elsewhere: "Jane Doe reported from
                // Paris.", "Jane Doe reported from Paris, and Sam Lee from London." Names, then
                // places, and nothing more ("Jane Doe reported from Paris that the talks had
                // failed." goes on).
                format!(r"^{name}(?:(?:, | and ){name})* reported from {place}(?:,? and {name} from {place})*\.$"),
                25,
            ),
            rule(
                "contributors",
                "contributor credit",
                // "AP writer Jane Doe contributed." names the writer and stops there.
                r"(?i)^.*(?-u:\b)(?:writers?|reporters?|correspondents?) (?-i:[A-Z])[^.,;]* contributed\.?$".into(),
                25,
            ),
            rule(
                "contributors",
                "contributor credit",
                r"(?i)^(?:[-(\s]|–|—)*(?:with files from|avec des informations de|with reporting from)\s.+$".into(),
                15,
            ),
            rule(
                "contributors",
                "reporter contact line",
                r"(?i)^to contact the (?:reporters?|editors?)(?: responsible for| on)? this story(?-u:\b).*$".into(),
                60,
            ),
        ];
        let find = |kind: &str, start: &str| {
            credit_rules
                .iter()
                .position(|r| r.kind == kind && r.pattern.contains(start))
                .unwrap_or(usize::MAX)
        };
        let reporting_by = find("contributors", "(?:reporting|writing");
        let copyright = find("copyright", "copyright(?-u:\\b)");
        debug_assert!(
            reporting_by != usize::MAX && copyright != usize::MAX,
            "rules renamed"
        );
        // On bytes without Unicode classes: the credit phrases are ASCII or exact literals, and
        // the Unicode-aware set cost milliseconds of every process's start-up.
        let credit_set = RegexSetBuilder::new(credit_rules.iter().map(|r| r.pattern.as_str()))
            .unicode(false)
            .build()
            .expect("credit patterns are valid");

        let any_case = agency::any_case_alternation();
        let dateline = Regex::new(&format!(
            r"^(?P<lead>[^\n()]*?(?:\([\p{{L}} ]+\)[^\n()]*?)?)\s*[(/]\s*(?:NNN-)?(?:(?P<inner_place>\p{{Hangul}}+)=)?(?P<agency>(?i){any_case})(?:\s*/\s*[A-Za-z]+)*\s*[)/]\s*(?P<sep>\.?\s?(?:--|—|–|-|:)|\.|(?:\p{{Hangul}}+\s+)*\p{{Hangul}}*\s*(?:기자|특파원)\s*=)?"
        ))
        .expect("dateline pattern is valid");
        let caps_dateline = Regex::new(
            r"^(?P<place>\p{Lu}[\p{Lu}\p{M}'’. /-]+?(?:,\s*\p{Lu}[\p{L}\p{M}'’. ]+?)?)(?:\s+(?P<sep>--|-)\s+|\s*(?P<dash>[—–])\s*)\S",
        )
        .expect("caps dateline pattern is valid");
        let han_dateline = Regex::new(
            r"^(?:(?P<agency>新华社)(?P<place>\p{Han}{1,10}?)\d{1,2}月\d{1,2}日电(?:[（(][^）)]{0,40}[）)])?|【(?P<ja_place>[^】\s]{1,12}?)(?P<ja_agency>共同|時事)】)",
        )
        .expect("Chinese dateline pattern is valid");
        // The place and date, up to the agency's name; the name is found by the agencies'
        // automaton (the alternation of every spelling compiled again cost 20 M instructions of
        // start-up). ASCII digits and a negated class for the month: `\d` and `\p{L}` are
        // Unicode classes, large to compile.
        let dated_agency_dateline = Regex::new(
            r"^(?P<lead>[^\n()0-9,.]+[,.]\s*[0-9]{1,2}\.?\s+[^\s0-9.,()]+\.?)\s*(?:[—–-]\s*)?",
        )
        .expect("dated agency dateline pattern is valid");
        let trailing_date = Regex::new(&format!(
            r"(?i),?\s*(?:\d{{1,2}}\s+(?:de\s+)?)?{MONTHS}\.?\s*(?:\d{{1,2}})?\.?(?:,?\s*\d{{4}})?\s*$"
        ))
        .expect("date pattern is valid");
        Rules {
            credit_rules,
            credit_set,
            reporting_by,
            copyright,
            dateline,
            caps_dateline,
            han_dateline,
            dated_agency_dateline,
            trailing_date,
            separator_line: Regex::new(r"^[\s_*=~-]{3,}$").expect("separator pattern is valid"),
            year: Regex::new(r"\b(?:19|20)\d{2}\b").expect("year pattern is valid"),
        }
    }

    /// The kind of credit the whole line is, with the reason to report: `(kind, reason)`.
    fn credit(&self, line: &str) -> Option<(&'static str, &'static str)> {
        let line = line.trim();
        if line.is_empty() || line.len() > MAX_CREDIT_BYTES {
            return None;
        }
        if line.len() <= 120
            && let Some(found) = sign_off(line)
        {
            return Some(found);
        }
        if !could_be_credit(line) {
            return None;
        }
        let words = word_count(line);
        self.credit_set
            .matches(line.as_bytes())
            .iter()
            .find(|&i| words <= self.credit_rules[i].max_words && self.plausible(i, line, words))
            .map(|i| (self.credit_rules[i].kind, self.credit_rules[i].reason))
    }

    /// Second look for rules whose pattern alone would also match ordinary sentences.
    fn plausible(&self, rule: usize, line: &str, words: usize) -> bool {
        if rule == self.reporting_by {
            // "Reporting by Jane Doe; Editing by John Roe" — not "Reporting by the BBC showed ...".
            let lower = line.to_lowercase();
            return line.contains(';')
                || lower.contains("editing by")
                || line.trim_end().ends_with(')')
                || words <= 12;
        }
        if rule == self.copyright {
            return self.copyright_notice(line);
        }
        true
    }

    /// "Copyright 2020 The Associated Press", "(c) Copyright Thomson Reuters 2013.", "© AFP" —
    /// but not "Copyright law was reformed in 2019".
    fn copyright_notice(&self, line: &str) -> bool {
        let lower = line.to_lowercase();
        if lower.contains("all rights reserved") || lower.contains("distributed by") {
            return true;
        }
        // The marks are stripped from the line itself, ASCII case ignored: an offset taken in
        // the lower-cased copy does not hold in the line, as lower-casing may change a
        // character's length ("Ⱥ" is two bytes, "ⱥ" three; found by the property test).
        let mut rest = line.trim_start_matches(['*', ' ']);
        while let Some(after) = strip_prefix_ignore_ascii_case(rest, "(c)") {
            rest = after;
        }
        rest = rest.trim_start_matches(['©', 'ⓒ', ' ']);
        while let Some(after) = strip_prefix_ignore_ascii_case(rest, "copyright") {
            rest = after;
        }
        // "Copyright © ...", "Copyright ⓒ ...": the mark after the word too.
        let rest = rest.trim_start_matches(['©', 'ⓒ', ' ']).trim_start();
        let before_year = match self.year.find(rest) {
            Some(m) => &rest[..m.start()],
            None => {
                // Without a year: only a short name ("© AFP", "© Reuters", "Copyright ⓒ 조선일보 &
                // Chosun.com": a script without case counts as capitalised) or an agency's own
                // spelling ("© dpa").
                return words_upto(rest, 4) <= 4
                    && (rest.split_whitespace().all(|w| {
                        w == "&" || starts_uppercase(w) || starts_caseless(w) || is_domain(w)
                    }) || crate::agency::lookup(rest.trim_end_matches('.'), false).is_some());
            }
        };
        before_year.split_whitespace().all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.is_empty() || w.eq_ignore_ascii_case("copyright") || starts_uppercase(w)
        })
    }

    /// A dateline at the start of `line`, with the byte range of its agency marker.
    fn dateline(&self, line: &str) -> Option<(Dateline, Option<std::ops::Range<usize>>)> {
        if let Some(c) = captures_if_match(&self.dateline, line) {
            let whole = c.get(0)?;
            let lead = c.name("lead").map_or("", |m| m.as_str()).trim();
            let sep = c.name("sep").map_or("", |m| m.as_str().trim());
            let agency = c.name("agency")?;
            let place = self.trailing_date.replace(lead, "");
            let place = place.trim().trim_end_matches(',').trim();
            // Korean agencies put the place inside the brackets: "(서울=연합뉴스)".
            let place = match c.name("inner_place") {
                Some(inner) if place.is_empty() => inner.as_str(),
                _ => place,
            };
            let has_date = place.len() < lead.len();
            // A short form that is also a common acronym ("Alcoholics Anonymous (AA) - a
            // fellowship ...") is a dateline only after a place in capitals or of one word
            // ("ANKARA (AA) -", "Wien (APA) -"), or after a date.
            let plain_acronym = agency::is_dateline_only_tag(agency.as_str())
                && !has_date
                && place.split_whitespace().nth(1).is_some()
                && place.chars().any(char::is_lowercase);
            if !plain_acronym && self.is_dateline_lead(lead, sep, has_date, place) {
                // The marker runs from the opening bracket through the separator.
                let open = line[..agency.start()]
                    .rfind(['(', '/'])
                    .unwrap_or(agency.start());
                return Some((
                    Dateline {
                        text: line[..whole.end()].trim().to_string(),
                        place: (!place.is_empty()).then(|| place.to_string()),
                        agency: agency::lookup(agency.as_str().trim_start_matches("NNN-"), true)
                            .map(|a| a.name),
                        line: 0,
                        stripped: false,
                    },
                    Some(open..whole.end()),
                ));
            }
        }
        if let Some(found) = self.dated_agency_dateline(line) {
            return Some(found);
        }
        if let Some(c) = captures_if_match(&self.han_dateline, line) {
            let whole = c.get(0)?;
            // Kyodo and Jiji sign their datelines with the first half of their names.
            let agency = match c.name("ja_agency").map(|m| m.as_str()) {
                Some("共同") => "共同通信",
                Some(_) => "時事通信",
                None => c.name("agency")?.as_str(),
            };
            return Some((
                Dateline {
                    text: whole.as_str().to_string(),
                    place: c
                        .name("place")
                        .or_else(|| c.name("ja_place"))
                        .map(|m| m.as_str().to_string()),
                    agency: agency::lookup(agency, true).map(|a| a.name),
                    line: 0,
                    stripped: false,
                },
                Some(0..whole.end()),
            ));
        }
        // Without an agency, only an upper-case place before a dash at the start of a lede (a
        // long line): "MADRID — Rafael Nadal kept ...".
        if words_upto(line, 10) < 10 {
            return None;
        }
        let c = captures_if_match(&self.caps_dateline, line)?;
        let place = c.name("place")?.as_str().trim();
        if place.chars().filter(|c| c.is_uppercase()).count() < 2 || words_upto(place, 5) > 5 {
            return None;
        }
        let sep = c.name("sep").or_else(|| c.name("dash"))?;
        Some((
            Dateline {
                text: line[..sep.end()].trim().to_string(),
                place: Some(place.to_string()),
                agency: None,
                line: 0,
                stripped: false,
            },
            None,
        ))
    }

    /// RIA Novosti's and Interfax's form (see `dated_agency_dateline`): only after a place and a
    /// date, so "Moscow — Reuters reported ..." or "Reuters. The agency ..." stays prose.
    fn dated_agency_dateline(
        &self,
        line: &str,
    ) -> Option<(Dateline, Option<std::ops::Range<usize>>)> {
        // The date's day follows the first comma or full stop: most lines fail here.
        let first_mark = memchr::memchr2(b',', b'.', line.as_bytes())?;
        if !line.as_bytes()[first_mark + 1..]
            .iter()
            .find(|b| !b.is_ascii_whitespace())
            .is_some_and(u8::is_ascii_digit)
        {
            return None;
        }
        let c = captures_if_match(&self.dated_agency_dateline, line)?;
        let lead = c.name("lead")?.as_str().trim();
        let at = c.get(0)?.end();
        let (found, len) = agency::at_start(&line[at..])?;
        let agency = at..at + len;
        // Then the separator: "INTERFAX.RU -", "РИА Новости. ".
        let rest = &line[agency.end..];
        let rest = strip_prefix_ignore_ascii_case(rest, ".ru").unwrap_or(rest);
        let after_space = rest.trim_start();
        let sep_len = ['—', '–', '-', '.']
            .iter()
            .find(|&&c| after_space.starts_with(c))?
            .len_utf8();
        let after_sep = &after_space[sep_len..];
        let space = after_sep.chars().next().filter(|c| c.is_whitespace())?;
        if lead.len() > 100 {
            return None;
        }
        // Through the whitespace after the separator, which may be wider than a byte (an
        // ideographic space when no normalization ran before).
        let end = line.len() - after_sep.len() + space.len_utf8();
        let place = self.trailing_date.replace(lead, "");
        let place = place.trim().trim_end_matches([',', '.']).trim();
        let has_date = place.len() < lead.trim_end_matches(['.', ',']).len();
        if !has_date || place.is_empty() || !self.is_dateline_lead(lead, "", true, place) {
            return None;
        }
        // The marker is the agency's name through the separator: a dash before it stays, as
        // in "WASHINGTON — ..." ("МОСКВА, 6 янв — ...").
        let marker = agency.start..end;
        Some((
            Dateline {
                text: line[..end].trim().to_string(),
                place: Some(place.to_string()),
                agency: Some(found.name),
                line: 0,
                stripped: false,
            },
            Some(marker),
        ))
    }

    /// What stands before "(AP)" must read as a place and date, not as a sentence: capitalised
    /// words, a month, numbers. A bare marker needs a separator after it ("(Reuters) -").
    fn is_dateline_lead(&self, lead: &str, sep: &str, has_date: bool, place: &str) -> bool {
        if lead.is_empty() {
            return !sep.is_empty();
        }
        if lead.len() > 100 {
            return false;
        }
        const PARTICLES: &[&str] = &[
            "de", "del", "la", "le", "les", "of", "am", "an", "der", "du", "da", "do", "dos", "y",
            "e", "i", "upon", "on", "sur", "al", "el",
        ];
        // In a script without case (Arabic, Hebrew, Devanagari) a place of up to three words:
        // "القاهرة (رويترز) -".
        let few_words = place.split_whitespace().nth(3).is_none();
        let words_ok = place.split_whitespace().all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.is_empty()
                || starts_uppercase(w)
                || (few_words && starts_caseless(w))
                || w.chars().all(|c| c.is_ascii_digit())
                || PARTICLES.contains(&w)
        });
        let all_caps =
            place.chars().any(|c| c.is_uppercase()) && !place.chars().any(|c| c.is_lowercase());
        // A place is written in letters, with commas, stops, dashes and slashes at most (a
        // dateline may follow another: "NEW YORK — HAYWARD, Calif. (AP) —"): a copyright line
        // that runs into a dateline ("RIPRODUZIONE RISERVATA © Copyright A(ANSA) - MILANO
        // ...") is no place.
        let place_chars = place.chars().all(|c| {
            c.is_alphanumeric()
                || c.is_whitespace()
                || matches!(
                    c,
                    ',' | '.' | '\'' | '’' | '-' | '–' | '—' | '/' | '&' | '(' | ')'
                )
        });
        words_ok
            && place_chars
            && words_upto(place, 8) <= 8
            && (!sep.is_empty() || has_date || all_caps)
    }
}

impl Pass for WireCredits {
    fn name(&self) -> &'static str {
        PASS
    }

    fn description(&self) -> &'static str {
        "find the wire agency; remove its credit, copyright and contributor lines; report the dateline"
    }

    fn run(&self, doc: &mut Document<'_>, config: &Config) {
        let rules = &*RULES;
        let kept = doc.kept();

        let user = config.user_rules.as_deref();
        for (n, i) in kept.lines().enumerate() {
            let line = &doc.lines[i].text;
            let found = rules.credit(line).or_else(|| {
                user.and_then(|u| u.agency_sign_off(line))
                    .map(|_| ("sign-off", "agency sign-off"))
            });
            let Some((kind, reason)) = found else {
                continue;
            };
            let text = doc.lines[i].text.trim().to_string();
            let agency = agency::find_in(&text)
                .or_else(|| bracketed_dateline_tag(&text))
                .map(|a| a.name)
                .or_else(|| user.and_then(|u| u.agency_in(&text)));
            let reason: Cow<'static, str> = match agency {
                Some(a) => format!("{reason} ({a})").into(),
                None => reason.into(),
            };
            doc.wire.credits.push(Credit {
                kind,
                agency,
                text,
                line: i + 1,
            });
            doc.remove(i, PASS, kind, reason);
            // A rule of underscores or dashes right above a credit belongs to it ("___").
            if let Some(prev) = n
                .checked_sub(1)
                .and_then(|p| kept.get(p))
                .map(|&p| p as usize)
                && rules.separator_line.is_match(&doc.lines[prev].text)
            {
                doc.remove(prev, PASS, "separator", "separator before a credit line");
            }
        }

        // The first dateline among the top lines; a bare one ("WASHINGTON (AP)" alone) gives
        // way to one with the lede's text after it further down the window, the line the lede
        // pass would take for the article's first (a second run, with the junk above gone,
        // must find the same line). Each top line is read once.
        let mut bare = None;
        let mut found = None;
        let top = doc.kept_indices().filter(|&i| !doc.lines[i].is_blank());
        for i in top.take(LEDE_LINES) {
            let Some((mut dateline, _)) = rules.dateline(&doc.lines[i].text) else {
                continue;
            };
            dateline.line = i + 1;
            let text = doc.lines[i].text.trim_start();
            if text
                .get(dateline.text.len()..)
                .is_some_and(|rest| !rest.trim().is_empty())
            {
                found = Some(dateline);
                break;
            }
            bare.get_or_insert(dateline);
        }
        if let Some(dateline) = found.or(bare) {
            doc.wire.dateline = Some(dateline);
        }
        if config.strip_dateline {
            strip_dateline_markers(doc, rules);
        }
        settle_agency(doc);
    }
}

/// `--strip-dateline`: removes the agency marker from every dateline above and in the first
/// prose line, and from every line that opens with an agency dateline, wherever it stands (a
/// page dump's lede further down, a lede captured twice). Every one: a
/// second run finds no marker left to strip; the lede pass still knows the stripped lines
/// (`Document::stripped_datelines`); and a copy stripped here reads the same as its original
/// when the repeats pass compares them.
fn strip_dateline_markers(doc: &mut Document<'_>, rules: &Rules) {
    let kept = doc.kept();
    if let Some((first, _)) = article_extent(doc, &kept) {
        for i in kept[..=first].lines() {
            strip_marker(doc, i, rules);
        }
    }
    // Before the repeats pass compares them, and whether or not the document has prose yet:
    // every line that opens with an agency dateline, short or long, for later passes may bring
    // any of them to the top on a second run.
    for i in kept.lines() {
        if opens_with_agency_dateline(doc.lines[i].text.trim()) {
            strip_marker(doc, i, rules);
        }
    }
}

/// Takes the agency marker out of line `i` when it opens with a dateline — every marker, as
/// long as what is left still opens with one ("WASHINGTON (UPI) -an. 9 (UPI) --", a dateline
/// captured twice), so a second run finds none left.
fn strip_marker(doc: &mut Document<'_>, i: usize, rules: &Rules) {
    let mut changed = false;
    let original = rules.dateline(&doc.lines[i].text).map(|(mut d, _)| {
        d.line = i + 1;
        d.stripped = true;
        d
    });
    while let Some((_, Some(range))) = rules.dateline(&doc.lines[i].text) {
        let text = &doc.lines[i].text;
        let before = text[..range.start].trim_end();
        let after = text[range.end..].trim_start();
        let sep = dateline_separator(&text[range.clone()]);
        let mut stripped = match (before.is_empty(), sep) {
            (true, _) => after.to_string(),
            (false, Some(sep)) => format!("{before} {sep} {after}"),
            (false, None) => format!("{before} {after}"),
        };
        // A dateline alone on its line ("PARIS (AFP) -") leaves no text after it: no trailing
        // space, as normalization would trim on a second run.
        stripped.truncate(stripped.trim_end().len());
        // Each round takes a marker out; a line that would not get shorter ends the loop.
        if stripped.len() >= text.len() {
            break;
        }
        doc.lines[i].text = crate::LineText::owned(stripped);
        changed = true;
    }
    if !changed {
        return;
    }
    if let Some(d) = original {
        doc.stripped_datelines.push((i, d));
    }
    doc.forget_line_facts();
    if let Some(d) = doc.wire.dateline.as_mut().filter(|d| d.line == i + 1) {
        d.stripped = true;
    }
}

/// The lede pass found the article's first line, `i`, lower in a page dump than the wire pass
/// looks: it is the document's dateline (and agency) as when it stands at the top, and with
/// `--strip-dateline` its marker goes — as on a second run, where it is at the top.
pub fn adopt_lede_dateline(doc: &mut Document<'_>, i: usize, strip: bool) {
    let rules = &*RULES;
    // A dateline the wire pass already stripped is recorded as it read before.
    let stripped = doc
        .stripped_datelines
        .iter()
        .find(|(j, _)| *j == i)
        .map(|(_, d)| d.clone());
    if doc.wire.dateline.is_none() {
        if let Some(d) = stripped {
            doc.wire.dateline = Some(d);
            settle_agency(doc);
        } else if record_dateline(doc, i, rules) {
            settle_agency(doc);
        }
    }
    if strip {
        strip_marker(doc, i, rules);
    }
}

/// Records line `i` as the document's dateline when it opens with one.
fn record_dateline(doc: &mut Document<'_>, i: usize, rules: &Rules) -> bool {
    let Some((mut dateline, _)) = rules.dateline(&doc.lines[i].text) else {
        return false;
    };
    dateline.line = i + 1;
    doc.wire.dateline = Some(dateline);
    true
}

/// The agency that wrote the article: the dateline's, else the first credit that names one.
fn settle_agency(doc: &mut Document<'_>) {
    doc.wire.agency = doc
        .wire
        .dateline
        .as_ref()
        .and_then(|d| d.agency)
        .or_else(|| doc.wire.credits.iter().find_map(|c| c.agency));
}

/// How credit lines start (after quotes, stars and dashes), lower-case. Every credit pattern is
/// anchored at one of these, except "... contributed to this report", so ordinary prose skips
/// the pattern scan.
const CREDIT_STARTS: &[&str] = &[
    "this ",
    "except for the headline",
    "with ",
    "c)", // "(c) Copyright ..." once the opening bracket is trimmed
    "©",
    "copyright",
    "all rights",
    "tous droits",
    "todos los derechos",
    "alle rechte",
    "todos os direitos",
    "tutti i diritti",
    "riproduzione riservata",
    "все права",
    "Все права",
    "wszelkie prawa",
    "tüm hakları",
    "Tüm hakları",
    "جميع الحقوق",
    "hak cipta",
    "редактор",
    "Редактор",
    "material may",
    "our standards",
    "reporting",
    "additional",
    "writing",
    "written by",
    "editing",
    "compiled",
    "compiling",
    "research",
    "edited",
    "editor",
    "for more articles like this",
    "read the ",
    "continue reading",
    "read more ",
    "produced by",
    "translated by",
    "distributed by",
    "visit ",
    "dieser ",
    "diese ",
    "dieses ",
    "cet article",
    "este art",
    "questo articolo",
    "fact-checked",
    "contributing",
    "contributor",
    "this article contains",
    "this story contains",
    "this report contains",
    "this article includes",
    "this story includes",
    "this report includes",
    "includes reporting",
    "includes additional",
    "contains reporting",
    "avec des",
    "to contact",
    "only the headline",
    "inputs from",
    "input from",
    "the associated press",
    "associated press ",
    "the ap ",
    "ap's ",
    "ap’s ",
    "find ap",
    "source ",
    "view original content",
    "news provided by",
    "acquire licensing",
    "<저작권자",
    "< 저작권자",
    "저작권자",
    "ⓒ",
    "無断",
    "版权所有",
    "【纠错】",
    "【责任编辑",
    "[责任编辑",
    "责任编辑",
    "（责任编辑",
    "编辑",
];

/// [`CREDIT_STARTS`] as one anchored automaton: every prose line asks, so one search replaces a
/// case-blind prefix comparison per opening (some seventy). A contiguous NFA, not the default
/// DFA: the openings in other scripts made the DFA 0.9 MB of every process's memory, and each
/// line is settled within its first bytes either way (the NFA is built faster, too).
static CREDIT_START: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
        .ascii_case_insensitive(true)
        .start_kind(StartKind::Anchored)
        .build(CREDIT_STARTS)
        .expect("credit starts build an automaton")
});

fn could_be_credit(line: &str) -> bool {
    let head = line.trim_start_matches(['*', '_', '(', '-', '–', '—', ' ']);
    let starts = CREDIT_START
        .find(Input::new(head).anchored(Anchored::Yes))
        .is_some();
    // A searcher built once: `str::contains` sets one up on every call, and every line asks.
    static CONTRIBUTED: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("contributed"));
    static REPORTED_FROM: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(" reported from "));
    starts
        || CONTRIBUTED.find(line.as_bytes()).is_some()
        || REPORTED_FROM.find(line.as_bytes()).is_some()
}

/// The initials of the writers and editors an AFP story ends with ("kaf-ssy/mtp", "bur-ach/dl"):
/// lower-case groups of two to five letters joined by "-" and "/", with at least one "/".
fn is_desk_slug(line: &str) -> bool {
    line.len() <= 40
        && line.contains('/')
        && line
            .split(['-', '/'])
            .all(|g| (2..=5).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_lowercase()))
}

/// True when `line` opens with an agency dateline ("ST. JOSEPH, Mich. (AP) —", "(Reuters) -"):
/// the first line of a wire story.
pub fn opens_with_agency_dateline(line: &str) -> bool {
    RULES
        .dateline(line)
        .is_some_and(|(d, marker)| d.agency.is_some() && marker.is_some())
}

/// "— Agencies" and its kind: the longest generic name ("agenturmaterial") and a paper's
/// one-word name before "wires".
const MAX_GENERIC_SIGN_OFF_BYTES: usize = 24;

/// A line naming the agency twice ("(Kyodo) ==Kyodo") is at most this long.
const MAX_DOUBLE_SIGN_OFF_BYTES: usize = 64;

/// "Deutsche Presse-Agentur/Reuters" and its kind, at most.
const MAX_AGENCY_SERVICE_BYTES: usize = 40;

/// The agency of a sign-off that is a dateline-only tag alone in brackets, in its own capitals:
/// "(AA)", "(APA)" (not "(Aa)", and never the tag bare: "AA" is also Alcoholics Anonymous; nor
/// "(RSS)", a feed link's label on many pages).
fn bracketed_dateline_tag(line: &str) -> Option<&'static agency::Agency> {
    // The opening bracket first: every line asks, and few open with one.
    let tag = line
        .trim_start()
        .strip_prefix('(')?
        .trim_end()
        .strip_suffix(')')?
        .trim();
    (tag.len() <= 8
        && tag != "RSS"
        && !tag.chars().any(char::is_lowercase)
        && agency::is_dateline_only_tag(tag))
    .then(|| agency::lookup(tag, true))
    .flatten()
}

/// An agency with its service or a second agency after a slash: dpa's regional and topic
/// services sign "dpa/lnw", "dpa/tmn"; joint credits read "AFP/dpa".
fn is_agency_service(core: &str) -> bool {
    // Short: every line asks, and most are sentences.
    // (The slash is found by bytes: a second `char` searcher for '/' in this pass stopped the
    // one in `is_desk_slug`, which every line reaches, from being inlined.)
    if core.len() > MAX_AGENCY_SERVICE_BYTES {
        return false;
    }
    let Some(slash) = core.bytes().position(|b| b == b'/') else {
        return false;
    };
    agency::lookup(core[..slash].trim(), false).is_some()
        && core[slash + 1..].split(['/']).all(|part| {
            let part = part.trim();
            agency::lookup(part, false).is_some()
                || ((2..=4).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_lowercase()))
        })
}

/// An agency sign-off: the agency alone ("— AFP", "(PTI)", "--IANS", "Australian Associated
/// Press") or a reporter and the agency ("Amanda Stephenson, The Canadian Press").
fn sign_off(line: &str) -> Option<(&'static str, &'static str)> {
    if is_desk_slug(line) {
        return Some(("sign-off", "agency desk slug"));
    }
    let core = line
        .trim_start_matches(['-', '–', '—', '=', '(', '[', ' ', '（'])
        .trim_end_matches([')', ']', '.', ' ', '）']);
    let core = core.strip_prefix("NNN-").unwrap_or(core);
    if agency::lookup(core, false).is_some() || is_agency_service(core) {
        return Some(("sign-off", "agency sign-off"));
    }
    // A tag that names its agency only in a dateline's brackets ("AA", "APA") signs off in
    // brackets of its own: "(AA)".
    if bracketed_dateline_tag(line).is_some() {
        return Some(("sign-off", "agency sign-off"));
    }
    // Kyodo and Jiji sign Japanese stories with the first half of their names in brackets,
    // "（共同）", "（時事）" (alone, "共同" is the word "joint").
    if matches!(core, "共同" | "時事") && core.len() < line.trim().len() {
        return Some(("sign-off", "agency sign-off"));
    }
    // "— Agencies", "(Agencies)": the agencies unnamed, marked as a sign-off by the dash or the
    // brackets (a bare "Agencies" may be a menu's).
    if core.len() <= MAX_GENERIC_SIGN_OFF_BYTES
        && core.len() < line.trim().len()
        && is_generic_agencies(core)
    {
        return Some(("sign-off", "agency credit"));
    }
    // "Reuters Staff": the agency's newsroom signing.
    if let Some(agency_name) = core
        .strip_suffix(" Staff")
        .or_else(|| core.strip_suffix(" staff"))
        && agency::lookup(agency_name, false).is_some()
    {
        return Some(("sign-off", "agency sign-off"));
    }
    // The agency named twice with marks around it: Kyodo's "(Kyodo) ==Kyodo". A short line
    // with a bracket or '=' only: splitting every short line on these characters cost 3% of
    // the whole run.
    let mut names = line
        .split(['(', ')', '=', '-', '–', '—'])
        .map(str::trim)
        .filter(|p| !p.is_empty());
    if line.len() <= MAX_DOUBLE_SIGN_OFF_BYTES
        && line.bytes().any(|b| b == b'(' || b == b'=')
        && let (Some(first), Some(second), None) = (names.next(), names.next(), names.next())
        && let Some(a) = agency::lookup(first, false)
        && agency::lookup(second, false).is_some_and(|b| b.name == a.name)
    {
        return Some(("sign-off", "agency sign-off"));
    }
    // "By The Associated Press", "By Reuters": a byline that names only the agency (the byline
    // pass takes no agency for an author).
    if let Some(agency_name) = strip_prefix_ignore_ascii_case(core, "by ")
        && agency::lookup(agency_name, false).is_some()
    {
        return Some(("sign-off", "agency byline"));
    }
    if credits_agencies(core) || site_with_agencies(core) || source_agencies(core) {
        return Some(("sign-off", "agency credit"));
    }
    // Chinese news closes with the story's source: "来源：新华社" (a picture's credit says
    // "图片来源" or "摄影").
    if let Some(source) = after_lead(core, &["来源：", "来源:"])
        && agency::lookup(source.trim(), false).is_some()
    {
        return Some(("sign-off", "agency credit"));
    }
    // Deutsche Welle's closing initials with the agencies used: "kb/rt (AP, AFP, Reuters)".
    if let Some((slug, list)) = line
        .trim()
        .strip_suffix(')')
        .and_then(|l| l.split_once(" ("))
        && is_desk_slug(slug)
        && agency_list(list)
    {
        return Some(("sign-off", "agency desk slug"));
    }
    // A site's own credit to the wires: "ABC/wires".
    if let Some(site) = core.strip_suffix("/wires")
        && (1..=3).contains(&site.split_whitespace().count())
        && site.starts_with(|c: char| c.is_uppercase())
    {
        return Some(("sign-off", "agency credit"));
    }
    let (people, agency_name) = rsplit_once_comma_space(line.trim_end_matches('.'))?;
    let names = people.split_whitespace();
    // "By Jane Doe, Reuters", "Von Jana Müller, dpa" are bylines (the byline pass takes them,
    // their authors and their agency).
    let is_person = names.clone().next().is_some_and(|w| {
        !crate::passes::byline::LEADS
            .iter()
            .any(|lead| w.eq_ignore_ascii_case(lead))
    }) && names.take(10).all(|w| {
        matches!(w, "and" | "&") || (starts_uppercase(w) && w.chars().any(char::is_alphabetic))
    }) && people.split_whitespace().nth(9).is_none();
    (is_person && agency::lookup(agency_name, false).is_some())
        .then_some(("sign-off", "reporter and agency sign-off"))
}

/// `s.rsplit_once(", ")`, searching back for the comma alone (a two-byte pattern sets up a
/// substring searcher on every call, and every short line asks).
fn rsplit_once_comma_space(s: &str) -> Option<(&str, &str)> {
    let mut end = s.len();
    while let Some(comma) = s[..end].rfind(',') {
        if s.as_bytes().get(comma + 1) == Some(&b' ') {
            return Some((&s[..comma], &s[comma + 2..]));
        }
        end = comma;
    }
    None
}

/// A line crediting agencies in the story's language: "(Avec AFP)", "With Reuters and AP",
/// "Mit Material von dpa", "Con información de EFE y Europa Press", "(con agencias)".
fn credits_agencies(core: &str) -> bool {
    const LEADS: &[&str] = &[
        // ("With files from The Canadian Press" is left to the contributor rule.)
        "with ",
        "avec l'",
        "avec ",
        "mit material von ",
        "mit material der nachrichtenagenturen ",
        "mit material der agenturen ",
        "mit material der ",
        "mit material des ",
        "mit ",
        "con información de ",
        "con informacion de ",
        "con ",
        "com informações da ",
        "com ",
    ];
    // Russian "По материалам ТАСС" ("based on materials of"), asked apart: two more leads in
    // the list above, one not ASCII, cost the search +4.7 M instructions on 5 MB.
    let russian = || {
        // Both open with the byte 0xD0 ("П", "п").
        (core.as_bytes().first() == Some(&0xD0))
            .then(|| {
                ["По материалам ", "по материалам "]
                    .iter()
                    .find_map(|lead| core.strip_prefix(lead))
            })
            .flatten()
    };
    after_lead(core, LEADS)
        .or_else(russian)
        .is_some_and(|rest| {
            all_parts(rest, |p| {
                is_generic_agencies(p) || agency::lookup(p, false).is_some()
            })
        })
}

/// `core` after the first of `leads` (lower-case) it opens with, ASCII case ignored. Leads whose
/// first letter differs are never compared: most lines open with none of them.
fn after_lead<'a>(core: &'a str, leads: &[&str]) -> Option<&'a str> {
    let first = core.bytes().next()?.to_ascii_lowercase();
    leads
        .iter()
        .filter(|lead| lead.as_bytes().first() == Some(&first))
        .find_map(|lead| strip_prefix_ignore_ascii_case(core, lead))
}

/// The site's own name before the agencies it credits: "Le Monde avec AFP", "20 Minutes avec
/// agences", "Harbour Times with Reuters".
fn site_with_agencies(core: &str) -> bool {
    // Asked of every short line: one scan for spaces, not a substring search per connector.
    if core.len() > 80 {
        return false;
    }
    core.match_indices(' ')
        .map(|(at, _)| at)
        .find(|&at| {
            ["avec ", "with ", "mit ", "con ", "com "]
                .iter()
                .any(|lead| core[at + 1..].starts_with(lead))
        })
        .is_some_and(|at| {
            let site = &core[..at];
            let words = site.split_whitespace().count();
            (1..=4).contains(&words)
                && site
                    .split_whitespace()
                    .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
                && credits_agencies(&core[at + 1..])
        })
}

/// A site's address as a copyright line names it: "harbourtimes.co.kr", "example.com" (a
/// full stop between letters, two to six letters after the last).
fn is_domain(w: &str) -> bool {
    w.rsplit_once('.').is_some_and(|(name, tld)| {
        !name.is_empty()
            && !name.ends_with('.')
            && (2..=6).contains(&tld.len())
            && tld.bytes().all(|b| b.is_ascii_lowercase())
    })
}

/// A word in a script without case (Hangul, Han, Arabic): it may stand where a capitalised
/// name would.
fn starts_caseless(w: &str) -> bool {
    w.chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase())
}

/// "Source: Al Jazeera and news agencies", "Source: AFP, Reuters", "Sources: agencies": the
/// agencies or the generic word, perhaps after the site's own name. A single agency ("Source:
/// Reuters") is a photo or chart credit and left to the captions pass.
fn source_agencies(core: &str) -> bool {
    const LEADS: &[&str] = &[
        "source:",
        "sources:",
        "fuente:",
        "fuentes:",
        "quelle:",
        "quellen:",
        "источник:",
        "Источник:",
        "источники:",
        "Источники:",
        "kaynak:",
        "źródło:",
        "Źródło:",
        "sumber:",
        "المصدر:",
        "المصدر :",
    ];
    let Some(rest) = after_lead(core, LEADS) else {
        return false;
    };
    let parts = list_parts(rest.trim()).collect::<Vec<_>>();
    let generic = parts.iter().filter(|p| is_generic_agencies(p)).count();
    let named = parts
        .iter()
        .filter(|p| agency::lookup(p, false).is_some())
        .count();
    let others = parts.len() - generic - named;
    (generic > 0 || named > 1) && others <= 1
}

/// "agencies", "news agencies", "wires" and the like, in the agencies' languages.
fn is_generic_agencies(part: &str) -> bool {
    const GENERIC: &[&str] = &[
        "agencies",
        "news agencies",
        "wire services",
        "wires",
        "agences",
        "agencias",
        "agenturen",
        "agenturmaterial",
        "agências",
        "агентства",
        "ajanslar",
        "agencje",
        "وكالات",
    ];
    // "With Post wires": the paper's own name before "wires".
    let part = part
        .strip_suffix(" wires")
        .filter(|name| !name.contains(' ') && starts_uppercase(name))
        .map_or(part, |_| "wires");
    GENERIC.iter().any(|g| part.eq_ignore_ascii_case(g))
}

/// The items of a list of agencies: "AP, AFP and Reuters", "EFE y Europa Press".
fn list_parts(list: &str) -> impl Iterator<Item = &str> {
    list.split([',', '/', '&'])
        .flat_map(|p| {
            p.split(" and ")
                .flat_map(|p| p.split(" et "))
                .flat_map(|p| p.split(" und "))
                .flat_map(|p| p.split(" y "))
                .flat_map(|p| p.split(" e "))
        })
        .map(str::trim)
        .filter(|p| !p.is_empty())
}

/// The list has items, and `ok` holds for each.
fn all_parts(list: &str, ok: impl Fn(&str) -> bool) -> bool {
    let mut parts = list_parts(list).peekable();
    parts.peek().is_some() && parts.all(ok)
}

/// Every item of the list is an agency: "AP, AFP, Reuters".
fn agency_list(list: &str) -> bool {
    all_parts(list, |p| agency::lookup(p, false).is_some())
}

/// The dash or colon that ends a dateline marker ("(AP) —" → "—").
fn dateline_separator(marker: &str) -> Option<&str> {
    let close = marker.rfind([')', '/'])?;
    let sep = marker[close + 1..].trim().trim_start_matches('.').trim();
    (!sep.is_empty()).then_some(sep)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn credit(line: &str) -> Option<&'static str> {
        RULES.credit(line).map(|(kind, _)| kind)
    }

    #[test]
    fn writer_contributed() {
        for l in [
            "AP writer Jane Doe contributed.",
            "Contributing: Kristine Phillips, USA TODAY; The Associated Press",
            "This article contains reporting from The Associated Press.",
            "Includes reporting by Reuters.",
            "This story includes additional reporting from Reuters and AFP.",
        ] {
            assert_eq!(credit(l), Some("contributors"), "{l}");
        }
        // A sentence about contributions is no credit.
        for l in [
            "Everyone in the village, from the oldest writer to the youngest reporter, contributed.",
            "The writers contributed.",
            "This report includes reporting from three continents and more than 200 interviews.",
            "This article contains reporting that some readers may find distressing.",
            "Contributing factors were the weather and the road.",
        ] {
            assert_eq!(credit(l), None, "{l}");
        }
    }

    #[test]
    fn comma_split_is_rsplit_once() {
        for s in [
            "Jane Doe, Reuters",
            "a, b, c",
            "a,b",
            "a,",
            "a, ",
            ", a",
            "",
            ",,, x",
            "é, ü,ö",
        ] {
            assert_eq!(rsplit_once_comma_space(s), s.rsplit_once(", "), "{s:?}");
        }
    }

    #[test]
    fn publication_notes() {
        for l in [
            "This report by The Canadian Press was first published Jan. 6, 2020.",
            "*This report by The Canadian Press was first published March 22, 2025.*",
            "This report from The Canadian Press was first published on January 6, 2020.",
            "This report by The Canadian Press was first published Oct. 25, 2023. Advertisement Advertisement",
            "This article originally appeared on The Harbour Times: Town council approves new budget",
            "This story first appeared in The Harbour Times.",
            "Dieser Artikel erschien zuerst in der Zeit.",
            "Dieser Beitrag ist zuerst bei Spiegel Online erschienen.",
            "Cet article a initialement été publié sur The Conversation.",
            "Cet article est paru dans Le Monde.",
            "Este artículo fue publicado originalmente en El País.",
            "Questo articolo è stato pubblicato originariamente su Wired.",
        ] {
            assert_eq!(credit(l), Some("publication-note"), "{l}");
        }
        for l in [
            "Dieser Artikel ist umstritten, sagte der Bürgermeister am Dienstag.",
            "Cet article de loi a été voté mardi par le Sénat.",
            "Este artículo de la ley fue aprobado el martes.",
        ] {
            assert_eq!(credit(l), None, "{l}");
        }
        // A syndicated article's note of where it first ran is the article's (the devset's
        // truth keeps "Originally published on Live Science." in the body), and so is a
        // sentence opening so.
        for l in [
            "Originally published on The Conversation.",
            "Originally published in French, the novel sold ten thousand copies.",
        ] {
            assert_eq!(credit(l), None, "{l}");
        }
        assert_eq!(
            credit(
                "(Only the headline and picture of this report may have been reworked by the Harbour Times staff; the rest of the content is auto-generated from a syndicated feed.)"
            ),
            Some("syndication")
        );
        for l in [
            "SOURCE Harbour Robotics",
            "View original content to download multimedia: https://www.prnewswire.com/news-releases/x-300000000.html",
            "NEWS PROVIDED BY",
        ] {
            assert_eq!(credit(l), Some("syndication"), "{l}");
        }
        assert_eq!(credit("Source: Bureau of Labor Statistics"), None);
        for l in [
            "Read the full story at The Harbour Times.",
            "Continue reading on Vox",
            "Read the rest of this article at example.com",
            "Read more at harbourtimes.example",
        ] {
            assert_eq!(credit(l), Some("syndication"), "{l}");
        }
        for l in [
            "Read the full report, which runs to 400 pages, before the vote.",
            "Read the full story",
            "Read more about the bridge in our explainer.",
            "Read the full story at the library, she said, and you will understand.",
        ] {
            assert_eq!(credit(l), None, "{l}");
        }
        // A syndicate's pointer to the paper the story came from.
        for l in [
            "Visit The Washington Post at www.washingtonpost.com",
            "Visit the Los Angeles Times at www.latimes.com",
            "Visit the Chicago Tribune at www.chicagotribune.com.",
        ] {
            assert_eq!(credit(l), Some("syndication"), "{l}");
        }
        for l in [
            "Visit the museum at www.harbourmuseum.org.",
            "Visit the Harbour Times at harbourtimes.com for the full schedule.",
            "Visit the press office at the town hall.",
        ] {
            assert_eq!(credit(l), None, "{l}");
        }
    }

    #[test]
    fn desk_slugs_and_not_words() {
        for l in ["kaf-ssy/mtp", "bur-ach/dl", "jm/dl"] {
            assert_eq!(credit(l), Some("sign-off"), "{l}");
        }
        for l in [
            "n/a",
            "Kaf-ssy/mtp",
            "kaf-ssy",
            "1/2",
            "and-or/either-neither-whatever",
        ] {
            assert_eq!(credit(l), None, "{l}");
        }
    }

    #[test]
    fn copyright_lines() {
        for l in [
            "Copyright 2020 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
            "Copyright 2011 AP. All rights reserved.",
            "(c) Copyright Thomson Reuters 2013. Click For Restrictions - http://about.reuters.com/fulllegal.asp",
            "©2018 Deutsche Presse-Agentur GmbH (Hamburg, Germany), Distributed by Tribune Content Agency, LLC.",
            "Copyright 2020 United Press International, Inc. All Rights Reserved.",
            "© AFP 2018",
            "© Reuters",
            "© dpa",
            "All rights reserved.",
            "Tous droits réservés.",
            "Todos los derechos reservados.",
            "Alle Rechte vorbehalten.",
            "RIPRODUZIONE RISERVATA © Copyright ANSA",
        ] {
            assert_eq!(credit(l), Some("copyright"), "{l}");
        }
        assert_eq!(
            credit("Copyright law was reformed in 2019 after years of debate."),
            None
        );
        assert_eq!(
            credit("Copyright holders say the ruling goes too far."),
            None
        );
        assert_eq!(credit("Copyright lawyers at example.com"), None);
    }

    #[test]
    fn contributor_trailers() {
        for l in [
            "Reporting by Stephen Nellis in San Francisco; Editing by Leslie Adler",
            "(Reporting by Jane Doe; Additional reporting by John Roe; Editing by Mark Potter)",
            "With reporting by Jane Doe in London",
            "Jane Doe reported from Paris.",
            "Jane Doe reported from Paris, and Sam Lee from London.",
            "Jane Doe and Sam Lee reported from Hong Kong.",
            "Reporting by Łukasz Kowalski in Warsaw; Editing by Jane Doe",
            "--With assistance from Jane Doe.",
            "Associated Press writers Hope Yen in Washington and Jill Lawless in London contributed to this report.",
            "Contributing to this report were Associated Press writers Jane Doe and John Roe.",
            "Reuters contributed to this report",
            "with files from The Canadian Press",
            "To contact the reporter on this story: Jane Doe in London at jdoe@bloomberg.net",
            "Written by Jane Doe; Edited by Sam Lee",
            "Written by Jane Doe | Editing by Sam Lee.",
        ] {
            assert_eq!(credit(l), Some("contributors"), "{l}");
        }
        // A byline alone, and a sentence, are not editing credits.
        for l in [
            "Written by Jane Doe",
            "Written by Jane Doe, edited by the council's lawyers, the report runs to 400 pages.",
        ] {
            assert_eq!(credit(l), None, "{l}");
        }
        assert_eq!(
            credit(
                "Reporting by the BBC showed that the ministry had known about the flaw for years and did nothing about it."
            ),
            None
        );
        for l in [
            "Reporting by local papers has declined sharply since 2005, the study found.",
            "Jane Doe reported from Paris that the talks had failed.",
            "The minister reported from Paris.",
            "Jane Doe reported from the front line for twenty years, and her dispatches won prizes.",
            "With reporting by local papers curtailed, the council's decisions went unnoticed.",
        ] {
            assert_eq!(credit(l), None, "{l}");
        }
    }

    #[test]
    fn agency_notices_in_newer_and_korean_forms() {
        for (l, kind) in [
            (
                "Our Standards: The Thomson Reuters Trust Principles., opens new tab",
                "copyright",
            ),
            ("Acquire Licensing Rights, opens new tab", "syndication"),
            ("Edited by Jane Doe", "contributors"),
            ("Translated by Jane Doe", "contributors"),
            ("Editor: Li Xia", "contributors"),
            ("By The Associated Press", "sign-off"),
            ("BY THE ASSOCIATED PRESS", "sign-off"),
            ("By Reuters", "sign-off"),
            ("Editors: Jane Doe, John Roe", "contributors"),
            (
                "For more articles like this, please visit us at bloomberg.com",
                "syndication",
            ),
            (
                "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>",
                "copyright",
            ),
            ("Copyright ⓒ 조선일보 & Chosun.com", "copyright"),
            ("Copyright ⓒ 하버타임스 & harbourtimes.co.kr", "copyright"),
            ("© harbourtimes.com", "copyright"),
            ("Все права защищены.", "copyright"),
            ("Wszelkie prawa zastrzeżone.", "copyright"),
            ("Tüm hakları saklıdır.", "copyright"),
            ("جميع الحقوق محفوظة", "copyright"),
            ("Hak cipta dilindungi undang-undang.", "copyright"),
            ("[责任编辑:张三]", "contributors"),
            ("Редактор: Иван Петров", "contributors"),
            ("ⓒ 연합뉴스", "copyright"),
            ("無断転載禁止", "copyright"),
            ("版权所有 © 新华网", "copyright"),
            ("【纠错】 【责任编辑:王某】", "contributors"),
            (
                "The Associated Press receives support from the Walton Family Foundation for coverage of water and environmental policy. The AP is solely responsible for all content.",
                "syndication",
            ),
            (
                "The Associated Press’ climate and environmental coverage receives financial support from multiple private foundations. AP is solely responsible for all content.",
                "syndication",
            ),
            (
                "Find AP’s standards for working with philanthropies, a list of supporters and funded coverage areas at AP.org.",
                "syndication",
            ),
            ("Inputs from PTI", "syndication"),
            ("With PTI inputs", "syndication"),
            ("(With IANS, ANI inputs)", "syndication"),
        ] {
            assert_eq!(credit(l), Some(kind), "{l}");
        }
        let (d, marker) = RULES
            .dateline("(서울=연합뉴스) 홍길동 기자 = 항구 노동자들의 파업이 2주째에 접어들었다.")
            .expect("a dateline");
        assert_eq!(d.agency, Some("Yonhap News Agency"));
        assert_eq!(d.place.as_deref(), Some("서울"));
        assert_eq!(d.text, "(서울=연합뉴스) 홍길동 기자 =");
        assert!(marker.is_some());
        let (d, _) = RULES
            .dateline("新华社北京11月19日电（记者张三）港口码头工人罢工19日进入第二周。")
            .expect("a dateline");
        assert_eq!(d.agency, Some("Xinhua News Agency"));
        assert_eq!(d.place.as_deref(), Some("北京"));
        assert_eq!(d.text, "新华社北京11月19日电（记者张三）");
        let (d, _) = RULES
            .dateline("【ワシントン共同】米国の港湾労働者のストライキは2週目に入った。")
            .expect("a dateline");
        assert_eq!(d.agency, Some("Kyodo News"));
        assert_eq!(d.place.as_deref(), Some("ワシントン"));
        let (d, _) = RULES
            .dateline("【北京時事】港湾ストは2週目に。")
            .expect("a dateline");
        assert_eq!(d.agency, Some("Jiji Press"));
        // Xinhua named in a sentence, without the date and "电", is no dateline.
        assert!(
            RULES
                .dateline("新华社记者采访了电力公司的工程师。")
                .is_none()
        );
    }

    #[test]
    fn sign_offs() {
        for l in [
            "Australian Associated Press",
            "— AFP",
            "--IANS",
            "(PTI)",
            "(dpa/lnw)",
            "(AFP/dpa)",
            "-- BERNAMA",
            "Amanda Stephenson, The Canadian Press",
            "(Avec AFP)",
            "With Reuters and AP",
            "Mit Material von dpa",
            "Mit Material der Nachrichtenagenturen dpa und AFP",
            "Mit Agenturmaterial",
            "来源：新华社",
            "Con información de EFE y Europa Press",
            "(con agencias)",
            "Le Monde avec AFP",
            "20 Minutes avec agences",
            "Harbour Times with Reuters",
            "Source: Al Jazeera and news agencies",
            "SOURCE: News agencies",
            "Source: AFP, Reuters",
            "kb/rt (AP, AFP, Reuters)",
            "ABC/wires",
            "(Kyodo) ==Kyodo",
            "[Reuters]",
            "Reuters Staff",
            "With Post wires",
            "— Agencies",
            "(Agencies)",
            "（共同）",
            "（時事）",
            "来源：新华网",
            "المصدر: وكالات",
            "Источники: ТАСС, Интерфакс",
            "По материалам РИА Новости",
            "(AA)",
            "(APA)",
            "(DHA)",
        ] {
            assert_eq!(credit(l), Some("sign-off"), "{l}");
        }
        // "共同" alone is the word "joint"; a dateline-only tag signs off only in its
        // brackets and capitals, and "(RSS)" labels a feed link.
        for l in ["共同", "AA", "(Aa)", "(RSS)"] {
            assert_eq!(credit(l), None, "{l}");
        }
        // Two names of different agencies, or an agency and prose, are no double sign-off.
        for l in [
            "(Kyodo) ==Reuters",
            "(Kyodo) == Kyodo officials said no",
            "With the post wires",
            "With new copper wires",
        ] {
            assert_ne!(credit(l), Some("sign-off"), "{l}");
        }
        for l in [
            "With Reuters gone, the paper hired its own correspondents.",
            "Le Monde avec la population",
            "Edited by the council's lawyers before publication",
            "Translated by volunteers into six languages, the report reached every island.",
            "Editor: What changed at the paper this year?",
            "By Reuters standards the story was thin.",
            "By the associated press office's count, 40 people came.",
            "Editor: the one who decides what runs",
            "For more articles like this one, see the archive.",
            "Source: Reuters",
            "Source: Harbour Statistics Office",
            "Source: Harbour council figures and agencies analysis",
            "kb/rt (see below)",
            "the talks with Reuters",
            "Avec le temps",
            "Con la familia",
            "Mit Material",
            "With",
            "Agencies",
            "The Associated Press receives support from readers like you, the agency said.",
            "The AP is solely responsible for the error, its editor said.",
            "Inputs from the sensors were delayed by two hours.",
            "Inputs from residents shaped the plan.",
            "With NHS inputs, the plan was finalised in March.",
            "With agency inputs the council finished the report on Tuesday.",
            "Все права защищены законом, заявил юрист, но жители все равно подали иск.",
            "Редактор местной газеты Иван Петров сказал, что мост нужно было закрыть раньше.",
            "Редактор: Что изменилось?",
            "Tüm hakları saklı tutulacak, dedi avukat mahkemede.",
            "جميع الحقوق المدنية مكفولة للسكان، قال المحامي في المحكمة.",
        ] {
            assert_eq!(credit(l), None, "{l}");
        }
    }

    #[test]
    fn copyright_lines_with_characters_that_grow_when_lower_cased() {
        // "Ⱥ" lower-cases to a longer character: the line's own offsets must be used.
        assert_eq!(credit("©‐ȺȺȺ"), Some("copyright"));
        assert_eq!(credit("© ȺȺȺ 2019"), Some("copyright"));
    }

    #[test]
    fn prose_naming_an_agency_is_not_a_credit() {
        for l in [
            "\"We will not back down,\" he told The Associated Press.",
            "Reuters reported that the talks had stalled.",
            "One Iraqi MP said it was risky, the UK Guardian reported.",
            "The AP count showed him ahead.",
            "Reuterswärd exhibited in Stockholm.",
        ] {
            assert_eq!(credit(l), None, "{l}");
        }
    }

    fn dateline(line: &str) -> Option<(Option<String>, Option<&'static str>)> {
        RULES.dateline(line).map(|(d, _)| (d.place, d.agency))
    }

    #[test]
    fn datelines() {
        let ap = Some("The Associated Press");
        let cases: &[(&str, Option<&str>, Option<&str>)] = &[
            (
                "KYIV, Ukraine (AP) — Russia said",
                Some("KYIV, Ukraine"),
                ap,
            ),
            (
                "WASHINGTON, May 8 (Reuters) - The Fed",
                Some("WASHINGTON"),
                Some("Reuters"),
            ),
            ("(Reuters) -Boeing said on Monday", None, Some("Reuters")),
            ("April 12 (Reuters) - Shares rose", None, Some("Reuters")),
            (
                "Düsseldorf (dpa/lnw) - Die Fähre",
                Some("Düsseldorf"),
                Some("Deutsche Presse-Agentur"),
            ),
            (
                "PARIS (Reuters/AFP) - The strike",
                Some("PARIS"),
                Some("Reuters"),
            ),
            (
                "FRANKFURT (dpa-AFX) - Die Aktie fiel",
                Some("FRANKFURT"),
                Some("Deutsche Presse-Agentur"),
            ),
            (
                "Aden (AFP) - Fighting resumed",
                Some("Aden"),
                Some("Agence France-Presse"),
            ),
            (
                "New Delhi, Jan 6 (PTI) The government",
                Some("New Delhi"),
                Some("Press Trust of India"),
            ),
            (
                "Amritsar (Punjab), Apr 13 (ANI): Police",
                Some("Amritsar (Punjab)"),
                Some("Asian News International"),
            ),
            (
                "GAZA, Dec. 1 (Xinhua) -- Israel",
                Some("GAZA"),
                Some("Xinhua News Agency"),
            ),
            (
                "Madrid, 11 may (EFE).- El Gobierno",
                Some("Madrid"),
                Some("EFE"),
            ),
            // Short forms taken only in a dateline's brackets.
            (
                "ANKARA (AA) - Turkey's central bank",
                Some("ANKARA"),
                Some("Anadolu Agency"),
            ),
            (
                "Wien (APA) - Die Regierung",
                Some("Wien"),
                Some("Austria Presse Agentur"),
            ),
            (
                "KARACHI (APP) - Police said",
                Some("KARACHI"),
                Some("Associated Press of Pakistan"),
            ),
            (
                "NEW YORK (AA) - Stocks rose",
                Some("NEW YORK"),
                Some("Anadolu Agency"),
            ),
            (
                "Berlin (dpa) - Die Regierung",
                Some("Berlin"),
                Some("Deutsche Presse-Agentur"),
            ),
            (
                "OTTAWA (La Presse canadienne) — Le gouvernement",
                Some("OTTAWA"),
                Some("The Canadian Press"),
            ),
            (
                "MADRID — Rafael Nadal kept Spain’s hopes alive in the Davis Cup Finals",
                Some("MADRID"),
                None,
            ),
            // Russian, Arabic and Turkish agencies in their own scripts and forms.
            (
                "МОСКВА, 6 января. /ТАСС/. Городской совет",
                Some("МОСКВА"),
                Some("TASS"),
            ),
            (
                "КИЕВ, 6 января. /УНИАН/. Городской совет",
                Some("КИЕВ"),
                Some("UNIAN"),
            ),
            (
                "МОСКВА, 6 янв — РИА Новости. Городской совет",
                Some("МОСКВА"),
                Some("RIA Novosti"),
            ),
            (
                "Москва. 6 января. INTERFAX.RU - Городской совет",
                Some("Москва"),
                Some("Interfax"),
            ),
            (
                "القاهرة (رويترز) - صوت مجلس المدينة",
                Some("القاهرة"),
                Some("Reuters"),
            ),
            (
                "باريس (أ ف ب) - صوت مجلس المدينة",
                Some("باريس"),
                Some("Agence France-Presse"),
            ),
            (
                "İSTANBUL (DHA) - Belediye meclisi",
                Some("İSTANBUL"),
                Some("Demirören News Agency"),
            ),
            (
                "İSTANBUL (İHA) - Belediye meclisi",
                Some("İSTANBUL"),
                Some("İhlas News Agency"),
            ),
            // "6 de enero": the "de" of a Spanish date is the date's.
            (
                "Ciudad de México, 6 de enero (EFE).- El ayuntamiento",
                Some("Ciudad de México"),
                Some("EFE"),
            ),
        ];
        for (line, place, agency) in cases {
            assert_eq!(
                dateline(line),
                Some((place.map(String::from), *agency)),
                "{line}"
            );
        }
    }

    #[test]
    fn dated_agency_dateline_ends_on_a_character_boundary() {
        // The space after the separator may be wider than a byte when the wire pass runs
        // without normalization (a library caller's own pass list): an ideographic space, an
        // em space.
        for space in ['\u{3000}', '\u{2003}', ' '] {
            let line = format!("МОСКВА, 6 янв — РИА Новости.{space}Городской совет");
            let (d, marker) = RULES.dateline(&line).expect("a dateline");
            assert_eq!(d.text, "МОСКВА, 6 янв — РИА Новости.");
            let marker = marker.expect("a marker");
            assert_eq!(&line[marker.clone()], format!("РИА Новости.{space}"));
        }
    }

    #[test]
    fn not_datelines() {
        for l in [
            "Accounts payable (AP) is a liability on the balance sheet.",
            "The test measures alpha-fetoprotein (AFP) in the blood.",
            "He paid with the Unified Payments Interface (UPI) system.",
            "Alcoholics Anonymous (AA) - a fellowship of people - meets on Tuesdays.",
            "Grand Theft Auto (GTA) - the game - sold well.",
            "Really Simple Syndication (RSS) - a web feed - lets readers follow sites.",
            "Reuters reported that talks stalled.",
            "В понедельник, 6 января — ТАСС. Городской совет проголосовал за закрытие моста.",
            "Москва, 6 января. ТАСС сообщило, что городской совет проголосовал.",
            "Moscow — Reuters reported on Tuesday that the council voted to close the bridge.",
            "The story ran on March 3 — AP. Then the council voted to close the bridge.",
            "قال مسؤولون في المدينة (رويترز) إن الجسر سيغلق لمدة عامين للإصلاح.",
            "US FALLS",
            "A MAN DEVELOPS 'FEATHER-DUVET LUNG' AFTER SWITCHING HIS BEDDING AND PILLOWS AT HOME",
            // A copyright line run into the next line's dateline: no place before the agency.
            "RIPRODUZIONE RISERVATA © Copyright A(ANSA) - MILANO, 14 MAR - La giunta ha deciso.",
        ] {
            assert_eq!(dateline(l), None, "{l}");
        }
    }
}
