//! The wire services newsclean knows, with the spellings real text uses.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

/// A news agency.
#[derive(Debug, PartialEq, Eq)]
pub struct Agency {
    /// Short stable identifier ("ap").
    pub id: &'static str,
    /// Canonical name reported in the output ("The Associated Press").
    pub name: &'static str,
    /// Full names, matched without regard to case.
    pub names: &'static [&'static str],
    /// Short forms ("AP", "AFP"), matched with their exact case as whole words in credit lines;
    /// in a dateline's parentheses case is ignored.
    pub tags: &'static [&'static str],
    /// Short forms too common as other words to name the agency in a credit line ("AA", "TT",
    /// "APA"), taken only in a dateline's brackets: "ANKARA (AA) -", "Wien (APA) -".
    pub dateline_tags: &'static [&'static str],
}

pub static AGENCIES: &[Agency] = &[
    Agency {
        id: "ap",
        name: "The Associated Press",
        names: &["The Associated Press", "Associated Press"],
        tags: &["AP"],
        dateline_tags: &[],
    },
    Agency {
        id: "reuters",
        name: "Reuters",
        names: &["Thomson Reuters", "Reuters", "رويترز"],
        tags: &[],
        dateline_tags: &[],
    },
    Agency {
        id: "afp",
        name: "Agence France-Presse",
        names: &["Agence France-Presse", "Agence France Presse", "فرانس برس"],
        // "AFP-JIJI": The Japan Times runs AFP copy through Jiji Press.
        tags: &["AFP", "AFP-JIJI", "أ ف ب", "أ.ف.ب"],
        dateline_tags: &[],
    },
    Agency {
        id: "cp",
        name: "The Canadian Press",
        names: &[
            "The Canadian Press",
            "Canadian Press",
            "La Presse canadienne",
        ],
        tags: &["CP"],
        dateline_tags: &[],
    },
    Agency {
        id: "pa",
        name: "PA Media",
        names: &["PA Media", "The Press Association", "Press Association"],
        tags: &["PA"],
        dateline_tags: &[],
    },
    Agency {
        id: "bloomberg",
        name: "Bloomberg News",
        names: &["Bloomberg News", "Bloomberg L.P.", "Bloomberg"],
        tags: &[],
        dateline_tags: &[],
    },
    Agency {
        id: "upi",
        name: "United Press International",
        names: &["United Press International"],
        tags: &["UPI"],
        dateline_tags: &[],
    },
    Agency {
        id: "dpa",
        name: "Deutsche Presse-Agentur",
        names: &["Deutsche Presse-Agentur", "Deutsche Presse Agentur"],
        // dpa-AFX is its financial news service.
        tags: &["dpa", "DPA", "dpa-AFX"],
        dateline_tags: &[],
    },
    Agency {
        id: "ani",
        name: "Asian News International",
        names: &["Asian News International"],
        tags: &["ANI"],
        dateline_tags: &[],
    },
    Agency {
        id: "pti",
        name: "Press Trust of India",
        names: &["Press Trust of India"],
        tags: &["PTI"],
        dateline_tags: &[],
    },
    Agency {
        id: "ians",
        name: "Indo-Asian News Service",
        names: &["Indo-Asian News Service", "Indo Asian News Service"],
        tags: &["IANS"],
        dateline_tags: &[],
    },
    Agency {
        id: "xinhua",
        name: "Xinhua News Agency",
        // 新华网 is its news site.
        names: &["Xinhua News Agency", "Xinhua", "新华社", "新华网", "شينخوا"],
        tags: &[],
        dateline_tags: &[],
    },
    Agency {
        id: "efe",
        name: "EFE",
        names: &["Agencia EFE"],
        tags: &["EFE"],
        dateline_tags: &[],
    },
    Agency {
        id: "kyodo",
        name: "Kyodo News",
        names: &["Kyodo News", "Kyodo", "共同通信"],
        // Its Japanese sign-off, "（共同）": "共同" alone is the word "joint".
        tags: &["（共同）", "(共同)"],
        dateline_tags: &[],
    },
    Agency {
        id: "aap",
        name: "Australian Associated Press",
        names: &["Australian Associated Press"],
        tags: &["AAP"],
        dateline_tags: &[],
    },
    Agency {
        id: "ansa",
        name: "ANSA",
        names: &["Agenzia ANSA"],
        tags: &["ANSA", "Ansa"],
        dateline_tags: &[],
    },
    Agency {
        id: "yonhap",
        name: "Yonhap News Agency",
        names: &["Yonhap News Agency", "Yonhap", "연합뉴스"],
        tags: &[],
        dateline_tags: &[],
    },
    Agency {
        id: "tass",
        name: "TASS",
        names: &[],
        tags: &["TASS", "ТАСС"],
        dateline_tags: &[],
    },
    Agency {
        id: "bernama",
        name: "Bernama",
        names: &["Bernama"],
        tags: &["BERNAMA"],
        dateline_tags: &[],
    },
    Agency {
        id: "cna",
        name: "Central News Agency",
        names: &["Central News Agency"],
        tags: &["CNA"],
        dateline_tags: &[],
    },
    Agency {
        id: "prnewswire",
        name: "PR Newswire",
        names: &["PR Newswire", "PRNewswire"],
        tags: &[],
        dateline_tags: &[],
    },
    Agency {
        id: "europapress",
        name: "Europa Press",
        names: &["Europa Press"],
        tags: &[],
        dateline_tags: &[],
    },
    Agency {
        id: "anp",
        name: "ANP",
        names: &["Algemeen Nederlands Persbureau"],
        tags: &["ANP"],
        dateline_tags: &[],
    },
    Agency {
        id: "apa",
        name: "Austria Presse Agentur",
        names: &["Austria Presse Agentur", "APA-Austria Presse Agentur"],
        tags: &[],
        dateline_tags: &["APA"],
    },
    Agency {
        id: "belga",
        name: "Belga",
        names: &["Agence Belga", "Belga"],
        tags: &[],
        dateline_tags: &[],
    },
    Agency {
        id: "keystone-sda",
        name: "Keystone-SDA",
        names: &["Keystone-SDA", "Keystone-ATS"],
        tags: &[],
        dateline_tags: &["sda", "ats"],
    },
    Agency {
        id: "ntb",
        name: "NTB",
        names: &["Norsk Telegrambyrå"],
        tags: &["NTB"],
        dateline_tags: &[],
    },
    Agency {
        id: "tt",
        name: "TT Nyhetsbyrån",
        names: &["TT Nyhetsbyrån", "Tidningarnas Telegrambyrå"],
        tags: &[],
        dateline_tags: &["TT"],
    },
    Agency {
        id: "ritzau",
        name: "Ritzau",
        names: &["Ritzaus Bureau", "Ritzau"],
        tags: &[],
        dateline_tags: &[],
    },
    Agency {
        id: "stt",
        name: "STT",
        names: &["Suomen Tietotoimisto", "STT-Info"],
        tags: &["STT"],
        dateline_tags: &[],
    },
    Agency {
        id: "pap",
        name: "Polska Agencja Prasowa",
        names: &["Polska Agencja Prasowa"],
        tags: &["PAP"],
        dateline_tags: &[],
    },
    Agency {
        id: "ctk",
        name: "ČTK",
        names: &["Česká tisková kancelář", "ČTK"],
        tags: &["CTK"],
        dateline_tags: &[],
    },
    Agency {
        id: "mti",
        name: "MTI",
        names: &["Magyar Távirati Iroda"],
        tags: &["MTI"],
        dateline_tags: &[],
    },
    Agency {
        id: "anadolu",
        name: "Anadolu Agency",
        names: &["Anadolu Agency", "Anadolu Ajansı"],
        tags: &[],
        // "Anadolu" alone is also the Turkish name of Anatolia (in Arabic too, "الأناضول"): only
        // in a dateline's brackets.
        dateline_tags: &["AA", "Anadolu", "الأناضول"],
    },
    // Turkey's two other national agencies. "DHA" is also an omega-3 acid and "İHA" the
    // Turkish for a drone: only in a dateline's brackets ("İSTANBUL (DHA) -").
    Agency {
        id: "dha",
        name: "Demirören News Agency",
        names: &["Demirören Haber Ajansı", "Demirören News Agency"],
        tags: &[],
        dateline_tags: &["DHA"],
    },
    Agency {
        id: "iha",
        name: "İhlas News Agency",
        names: &["İhlas Haber Ajansı", "Ihlas News Agency"],
        tags: &[],
        dateline_tags: &["İHA"],
    },
    Agency {
        id: "kna",
        name: "Katholische Nachrichten-Agentur",
        names: &["Katholische Nachrichten-Agentur"],
        tags: &["KNA"],
        dateline_tags: &[],
    },
    Agency {
        id: "epd",
        name: "Evangelischer Pressedienst",
        names: &["Evangelischer Pressedienst"],
        tags: &["epd"],
        dateline_tags: &[],
    },
    Agency {
        id: "dts",
        name: "dts Nachrichtenagentur",
        names: &["dts Nachrichtenagentur"],
        tags: &[],
        dateline_tags: &["dts"],
    },
    Agency {
        id: "prensa-latina",
        name: "Prensa Latina",
        names: &["Prensa Latina"],
        tags: &[],
        dateline_tags: &[],
    },
    Agency {
        id: "nan",
        name: "News Agency of Nigeria",
        names: &["News Agency of Nigeria"],
        tags: &[],
        dateline_tags: &["NAN"],
    },
    Agency {
        id: "unian",
        name: "UNIAN",
        names: &["UNIAN", "УНИАН", "УНІАН"],
        tags: &[],
        dateline_tags: &[],
    },
    Agency {
        id: "sta",
        name: "Slovenian Press Agency",
        names: &["Slovenian Press Agency", "Slovenska tiskovna agencija"],
        tags: &[],
        dateline_tags: &["STA"],
    },
    Agency {
        id: "lusa",
        name: "Lusa",
        names: &["Agência Lusa", "Lusa"],
        tags: &[],
        dateline_tags: &[],
    },
    Agency {
        id: "agenciabrasil",
        name: "Agência Brasil",
        names: &["Agência Brasil"],
        tags: &[],
        dateline_tags: &[],
    },
    Agency {
        id: "notimex",
        name: "Notimex",
        names: &["Notimex"],
        tags: &[],
        dateline_tags: &[],
    },
    Agency {
        id: "telam",
        name: "Télam",
        names: &["Télam", "Telam"],
        tags: &[],
        dateline_tags: &[],
    },
    Agency {
        id: "interfax",
        name: "Interfax",
        names: &["Interfax", "Интерфакс"],
        tags: &[],
        dateline_tags: &[],
    },
    Agency {
        id: "ria",
        name: "RIA Novosti",
        names: &["RIA Novosti", "РИА Новости"],
        tags: &[],
        dateline_tags: &[],
    },
    Agency {
        id: "jiji",
        name: "Jiji Press",
        names: &["Jiji Press", "Jiji", "時事通信"],
        tags: &["（時事）", "(時事)"],
        dateline_tags: &[],
    },
    Agency {
        id: "antara",
        name: "Antara",
        names: &["Antara News", "Antara"],
        tags: &[],
        dateline_tags: &[],
    },
    Agency {
        id: "irna",
        name: "IRNA",
        names: &["Islamic Republic News Agency"],
        tags: &["IRNA"],
        dateline_tags: &[],
    },
    Agency {
        id: "kcna",
        name: "KCNA",
        names: &["Korean Central News Agency"],
        tags: &["KCNA"],
        dateline_tags: &[],
    },
    Agency {
        id: "wam",
        name: "WAM",
        names: &["Emirates News Agency"],
        tags: &["WAM"],
        dateline_tags: &[],
    },
    Agency {
        id: "agerpres",
        name: "Agerpres",
        names: &["Agerpres"],
        tags: &[],
        dateline_tags: &[],
    },
    Agency {
        id: "amna",
        name: "Athens-Macedonian News Agency",
        names: &["Athens-Macedonian News Agency", "ΑΠΕ-ΜΠΕ"],
        tags: &["AMNA", "ANA-MPA"],
        dateline_tags: &[],
    },
    Agency {
        id: "bta",
        name: "Bulgarian News Agency",
        names: &["Bulgarian News Agency", "БТА"],
        tags: &["BTA"],
        dateline_tags: &[],
    },
    Agency {
        id: "hina",
        name: "HINA",
        names: &[],
        tags: &["HINA"],
        dateline_tags: &[],
    },
    Agency {
        id: "tanjug",
        name: "Tanjug",
        names: &["Tanjug", "Танјуг"],
        tags: &[],
        dateline_tags: &[],
    },
    Agency {
        id: "tasr",
        name: "TASR",
        names: &[],
        tags: &["TASR"],
        dateline_tags: &[],
    },
    Agency {
        id: "leta",
        name: "LETA",
        names: &[],
        tags: &["LETA"],
        dateline_tags: &[],
    },
    Agency {
        id: "elta",
        name: "ELTA",
        names: &[],
        tags: &["ELTA"],
        dateline_tags: &[],
    },
    Agency {
        id: "bns",
        name: "Baltic News Service",
        names: &["Baltic News Service"],
        tags: &[],
        dateline_tags: &["BNS"],
    },
    Agency {
        id: "vna",
        name: "Vietnam News Agency",
        names: &["Vietnam News Agency"],
        tags: &[],
        dateline_tags: &["VNA", "TTXVN"],
    },
    Agency {
        id: "kuna",
        name: "KUNA",
        names: &["Kuwait News Agency"],
        tags: &["KUNA"],
        dateline_tags: &[],
    },
    Agency {
        id: "spa",
        name: "Saudi Press Agency",
        names: &["Saudi Press Agency"],
        tags: &[],
        dateline_tags: &["SPA"],
    },
    Agency {
        id: "qna",
        name: "Qatar News Agency",
        names: &["Qatar News Agency"],
        tags: &[],
        dateline_tags: &["QNA"],
    },
    Agency {
        id: "ukrinform",
        name: "Ukrinform",
        names: &["Ukrinform"],
        tags: &[],
        dateline_tags: &[],
    },
    Agency {
        id: "pna",
        name: "Philippine News Agency",
        names: &["Philippine News Agency"],
        tags: &[],
        dateline_tags: &["PNA"],
    },
    Agency {
        id: "app",
        name: "Associated Press of Pakistan",
        names: &["Associated Press of Pakistan"],
        tags: &[],
        dateline_tags: &["APP"],
    },
    Agency {
        id: "bss",
        name: "Bangladesh Sangbad Sangstha",
        names: &["Bangladesh Sangbad Sangstha"],
        tags: &[],
        dateline_tags: &["BSS"],
    },
    Agency {
        id: "rss",
        name: "Rastriya Samachar Samiti",
        names: &["Rastriya Samachar Samiti"],
        tags: &[],
        dateline_tags: &["RSS"],
    },
    Agency {
        id: "mena",
        name: "Middle East News Agency",
        names: &["Middle East News Agency"],
        tags: &[],
        dateline_tags: &["MENA"],
    },
    Agency {
        id: "globenewswire",
        name: "GlobeNewswire",
        names: &["GLOBE NEWSWIRE", "GlobeNewswire"],
        tags: &[],
        dateline_tags: &[],
    },
    Agency {
        id: "businesswire",
        name: "Business Wire",
        names: &["Business Wire", "BUSINESS WIRE"],
        tags: &[],
        dateline_tags: &[],
    },
    Agency {
        id: "cnw",
        name: "CNW",
        names: &["CNW Group"],
        tags: &["CNW"],
        dateline_tags: &[],
    },
];

/// Every spelling, longest first so an alternation prefers "Australian Associated Press" over
/// "Associated Press": `(spelling, is_tag)`.
fn spellings() -> Vec<(&'static str, bool)> {
    let mut all: Vec<(&'static str, bool)> = AGENCIES
        .iter()
        .flat_map(|a| {
            a.names
                .iter()
                .map(|n| (*n, false))
                .chain(a.tags.iter().map(|t| (*t, true)))
        })
        .collect();
    all.sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
    all
}

/// Every spelling of every agency, found in one pass over a line.
static SPELLINGS: LazyLock<(AhoCorasick, Vec<(&'static str, bool)>)> = LazyLock::new(|| {
    let spellings = spellings();
    let matcher = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(spellings.iter().map(|(s, _)| s))
        .expect("agency spellings build an automaton");
    (matcher, spellings)
});

/// The first agency a credit line names, as a whole word: full names in any case, short tags
/// ("AP", "AFP") only in their exact case, so "ap" or "Apel" never count.
pub fn find_in(line: &str) -> Option<&'static Agency> {
    let (matcher, spellings) = &*SPELLINGS;
    let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    matcher.find_iter(line).find_map(|m| {
        let (spelling, is_tag) = spellings[m.pattern().as_usize()];
        let found = &line[m.start()..m.end()];
        let bounded = !is_word(line[..m.start()].chars().next_back())
            && !is_word(line[m.end()..].chars().next());
        if !bounded || (is_tag && found != spelling) {
            return None;
        }
        lookup(spelling, false)
    })
}

/// The agency whose name or tag opens `s` as a whole word ("РИА Новости. ...", "INTERFAX.RU -"),
/// with the length of its spelling there; tags in any case, as in a dateline, but not the
/// dateline-only tags ("AA" needs its brackets).
pub fn at_start(s: &str) -> Option<(&'static Agency, usize)> {
    let (matcher, spellings) = &*SPELLINGS;
    // Only as far as the longest spelling: the rest of a long line cannot hold one at its start.
    let mut head = s.len().min(*LONGEST_SPELLING);
    while !s.is_char_boundary(head) {
        head -= 1;
    }
    let m = matcher.find(&s[..head])?;
    let spelling = spellings[m.pattern().as_usize()].0;
    let bounded = !s[m.end()..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric);
    (m.start() == 0 && bounded)
        .then(|| lookup(spelling, true))
        .flatten()
        .filter(|_| !is_dateline_only_tag(spelling))
        .map(|a| (a, m.end()))
}

/// A regex alternation of every spelling, to be used with case ignored (dateline parentheses).
pub fn any_case_alternation() -> String {
    let mut all: Vec<&str> = spellings().into_iter().map(|(s, _)| s).collect();
    all.extend(AGENCIES.iter().flat_map(|a| a.dateline_tags));
    all.sort_by_key(|s| std::cmp::Reverse(s.len()));
    let parts: Vec<String> = all.into_iter().map(regex::escape).collect();
    format!("(?:{})", parts.join("|"))
}

/// The length in bytes of the longest agency name or tag.
static LONGEST_SPELLING: LazyLock<usize> = LazyLock::new(|| {
    AGENCIES
        .iter()
        .flat_map(|a| a.names.iter().chain(a.tags).chain(a.dateline_tags))
        .map(|n| n.len())
        .max()
        .unwrap_or(0)
});

/// The agency a spelling belongs to. Names match without regard to case; tags match exactly,
/// or without regard to case when `tag_any_case` (in a dateline's brackets), which also takes
/// the dateline-only tags.
pub fn lookup(spelling: &str, tag_any_case: bool) -> Option<&'static Agency> {
    find(spelling, tag_any_case, tag_any_case)
}

/// True when `spelling` names an agency only as a dateline-only tag ("AA", "APA"): a dateline
/// then needs more evidence of being one (see `wire::Rules::dateline`).
pub fn is_dateline_only_tag(spelling: &str) -> bool {
    find(spelling, true, false).is_none() && find(spelling, true, true).is_some()
}

fn find(spelling: &str, tag_any_case: bool, dateline_tags: bool) -> Option<&'static Agency> {
    let s = spelling.trim();
    // Most lines asked about are longer than any spelling: no need to compare them with each.
    if s.len() > *LONGEST_SPELLING {
        return None;
    }
    AGENCIES.iter().find(|a| {
        a.names.iter().any(|n| n.eq_ignore_ascii_case(s))
            || a.tags
                .iter()
                .any(|t| *t == s || (tag_any_case && t.eq_ignore_ascii_case(s)))
            || (dateline_tags && a.dateline_tags.iter().any(|t| t.eq_ignore_ascii_case(s)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agencies_at_the_start_of_text() {
        let name = |s: &str| at_start(s).map(|(a, len)| (a.name, len));
        assert_eq!(
            name("РИА Новости. Городской совет"),
            Some(("RIA Novosti", "РИА Новости".len()))
        );
        assert_eq!(name("INTERFAX.RU - text"), Some(("Interfax", 8)));
        assert_eq!(name("reuters - text"), Some(("Reuters", 7)));
        // Not a whole word, not at the start, or a tag only a dateline's brackets make one.
        assert_eq!(name("Reutersward said"), None);
        assert_eq!(name("The story. Reuters"), None);
        assert_eq!(name("AA - a fellowship"), None);
    }

    #[test]
    fn ids_are_unique() {
        let mut ids: Vec<_> = AGENCIES.iter().map(|a| a.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), AGENCIES.len());
    }

    #[test]
    fn find_in_credit_lines() {
        let id = |s| find_in(s).map(|a| a.id);
        assert_eq!(
            id("Copyright 2020 The Associated Press. All rights reserved."),
            Some("ap")
        );
        assert_eq!(id("Copyright 2011 AP. All rights reserved."), Some("ap"));
        assert_eq!(id("— With files from the canadian press"), Some("cp"));
        assert_eq!(id("Australian Associated Press"), Some("aap"));
        assert_eq!(id("©2018 Bloomberg L.P."), Some("bloomberg"));
        assert_eq!(id("Written by Ap Dhillon for Apel"), None);
        assert_eq!(id("Reuterswärd"), None);
    }

    #[test]
    fn lookup_by_name_and_tag() {
        assert_eq!(lookup("associated press", false).map(|a| a.id), Some("ap"));
        assert_eq!(lookup("AP", false).map(|a| a.id), Some("ap"));
        assert_eq!(lookup("ap", false), None);
        assert_eq!(lookup("ap", true).map(|a| a.id), Some("ap"));
        // "AA", "TT", "APA" name an agency only in a dateline's brackets.
        assert_eq!(lookup("AA", false), None);
        assert_eq!(lookup("AA", true).map(|a| a.id), Some("anadolu"));
        assert_eq!(lookup("APA", true).map(|a| a.id), Some("apa"));
        assert_eq!(find_in("Copyright 2019 APA. All rights reserved."), None);
        assert_eq!(
            lookup("La Presse Canadienne", false).map(|a| a.id),
            Some("cp")
        );
    }

    #[test]
    fn agencies_of_eastern_europe_the_baltics_and_the_gulf() {
        for (spelling, id) in [
            ("Agerpres", "agerpres"),
            ("ΑΠΕ-ΜΠΕ", "amna"),
            ("BTA", "bta"),
            ("HINA", "hina"),
            ("Tanjug", "tanjug"),
            ("TASR", "tasr"),
            ("LETA", "leta"),
            ("BNS", "bns"),
            ("VNA", "vna"),
            ("KUNA", "kuna"),
            ("SPA", "spa"),
            ("QNA", "qna"),
        ] {
            assert_eq!(lookup(spelling, true).map(|a| a.id), Some(id), "{spelling}");
        }
        // The short forms that are words elsewhere name them only in a dateline.
        for word in ["SPA", "BNS", "VNA", "QNA"] {
            assert_eq!(lookup(word, false), None, "{word}");
        }
        assert_eq!(find_in("The hotel spa and the Leta family stayed."), None);
    }

    #[test]
    fn church_agencies_and_more_national_agencies() {
        for (spelling, id) in [
            ("KNA", "kna"),
            ("epd", "epd"),
            ("dts", "dts"),
            ("Anadolu", "anadolu"),
            ("Prensa Latina", "prensa-latina"),
            ("NAN", "nan"),
            ("UNIAN", "unian"),
            ("STA", "sta"),
            ("AFP-JIJI", "afp"),
        ] {
            assert_eq!(lookup(spelling, true).map(|a| a.id), Some(id), "{spelling}");
        }
        // Words elsewhere ("Anadolu" is Anatolia; "NAN", "STA", "dts" are abbreviations):
        // only in a dateline's brackets.
        for word in ["Anadolu", "NAN", "STA", "dts"] {
            assert_eq!(lookup(word, false), None, "{word}");
        }
        assert_eq!(find_in("The Anadolu plateau is dry in summer."), None);
    }
}
