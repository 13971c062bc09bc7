//! Rendering a cleaned document: plain text, JSON, and the `--explain` listing.

use std::collections::BTreeMap;
use std::convert::Infallible;
use std::fmt;
use std::io;

use serde::ser::SerializeSeq;
use serde::{Serialize, Serializer};

use crate::Cleaned;
use crate::agency::AGENCIES;

/// Output format of the command-line tool.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// The title, a blank line, the kept paragraphs separated by blank lines.
    #[default]
    Text,
    /// One JSON object per document (schema in the README).
    Json,
}

/// The document in `format`, ending with a newline (JSON: one line), or empty for an empty text
/// result.
pub fn render(cleaned: &Cleaned<'_>, format: Format, show_title: bool) -> String {
    match format {
        Format::Text => render_text(cleaned, show_title),
        Format::Json => {
            let mut json = render_json(cleaned);
            json.push('\n');
            json
        }
    }
}

/// [`render`] written to `w` as it goes: JSON is streamed too, so a huge article's text is
/// never copied (joined, then escaped) beside the document.
pub fn write(
    cleaned: &Cleaned<'_>,
    format: Format,
    show_title: bool,
    mut w: impl io::Write,
) -> io::Result<()> {
    match format {
        Format::Text => write_text(cleaned, show_title, &mut w),
        Format::Json => write_json(cleaned, w),
    }
}

/// Appends what a JSON Lines record gets as its `newsclean` field: title, byline, authors,
/// agency, dateline, removed-line counts per pass, and with `explain` every removal. Written
/// straight into the output line, as serde_json would write the same object (the test module
/// keeps the `serde_json::json!` form it replaced and compares the two): building the value
/// first cost some thirty allocations a record.
pub fn push_record_metadata(out: &mut String, cleaned: &Cleaned<'_>, explain: bool) {
    let wire = cleaned.wire();
    let doc = cleaned.document();
    out.push_str("{\"title\":");
    push_json_opt(out, cleaned.title());
    out.push_str(",\"byline\":");
    push_json_opt(out, doc.byline.as_deref());
    out.push_str(",\"authors\":[");
    for (n, author) in doc.authors.iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        push_json_string(out, author);
    }
    out.push_str("],\"agency\":");
    push_json_opt(out, wire.agency);
    out.push_str(",\"agency_id\":");
    push_json_opt(out, wire.agency.and_then(agency_id));
    out.push_str(",\"dateline\":");
    match &wire.dateline {
        Some(d) => {
            out.push_str("{\"text\":");
            push_json_string(out, &d.text);
            out.push_str(",\"place\":");
            push_json_opt(out, d.place.as_deref());
            out.push_str(",\"agency\":");
            push_json_opt(out, d.agency);
            out.push_str(",\"stripped\":");
            out.push_str(if d.stripped { "true" } else { "false" });
            out.push('}');
        }
        None => out.push_str("null"),
    }
    out.push_str(",\"removed\":{");
    for (n, (pass, count)) in cleaned.removed_by_pass().into_iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        push_json_string(out, pass);
        out.push(':');
        out.push_str(&count.to_string());
    }
    out.push('}');
    if explain {
        out.push_str(",\"removals\":[");
        for (n, (number, line, r)) in cleaned.removals().enumerate() {
            if n > 0 {
                out.push(',');
            }
            out.push_str("{\"pass\":");
            push_json_string(out, r.pass);
            out.push_str(",\"rule\":");
            push_json_string(out, r.rule);
            out.push_str(",\"reason\":");
            push_json_string(out, &r.reason);
            out.push_str(",\"line\":");
            out.push_str(&number.to_string());
            out.push_str(",\"text\":");
            push_json_string(out, &line.text);
            out.push('}');
        }
        out.push(']');
    }
    out.push('}');
}

/// A string, or `null`.
fn push_json_opt(out: &mut String, s: Option<&str>) {
    match s {
        Some(s) => push_json_string(out, s),
        None => out.push_str("null"),
    }
}

/// Appends `s` to `out` as a JSON string, escaped byte for byte as serde_json escapes it
/// (`\"`, `\\`, the short escapes `\b \t \n \f \r`, other control characters as `\u00xx`;
/// everything else as it is). serde_json tests each byte against a table; this looks for the
/// next byte to escape 16 bytes at a time, and copies the runs between them whole. A JSON Lines
/// record's text is most of what newsclean writes.
pub fn push_json_string(out: &mut String, s: &str) {
    out.reserve(s.len() + 2);
    out.push('"');
    let bytes = s.as_bytes();
    let mut start = 0;
    while let Some(at) = next_to_escape(bytes, start) {
        // `at` holds an ASCII byte: a character boundary.
        out.push_str(&s[start..at]);
        match bytes[at] {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\t' => out.push_str("\\t"),
            b'\r' => out.push_str("\\r"),
            0x08 => out.push_str("\\b"),
            0x0c => out.push_str("\\f"),
            c => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(char::from(HEX[usize::from(c >> 4)]));
                out.push(char::from(HEX[usize::from(c & 0xf)]));
            }
        }
        start = at + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// The first byte at or after `from` that a JSON string must escape: a control character, a
/// quote or a backslash.
fn next_to_escape(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    #[cfg(target_arch = "x86_64")]
    while let Some(lane) = bytes.get(i..i + 16) {
        use std::arch::x86_64::{
            __m128i, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_max_epu8, _mm_movemask_epi8,
            _mm_or_si128, _mm_set1_epi8,
        };
        // SAFETY: SSE2 is part of every x86_64 target; the load reads the 16 bytes of `lane`.
        let mask = unsafe {
            let v = _mm_loadu_si128(lane.as_ptr().cast::<__m128i>());
            let quote = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'"' as i8));
            let backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'\\' as i8));
            // Unsigned: a byte is at most 0x1f when the larger of it and 0x1f is 0x1f.
            let control = _mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8(0x1f)), _mm_set1_epi8(0x1f));
            _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(quote, backslash), control)) as u32
        };
        if mask != 0 {
            return Some(i + mask.trailing_zeros() as usize);
        }
        i += 16;
    }
    bytes
        .get(i..)?
        .iter()
        .position(|&c| c < 0x20 || c == b'"' || c == b'\\')
        .map(|p| i + p)
}

/// The clean article as text: the title once (when `show_title` and there is one), a blank line,
/// the kept paragraphs separated by one blank line, and a final newline. Empty when nothing is
/// left.
pub fn render_text(cleaned: &Cleaned<'_>, show_title: bool) -> String {
    // The body written straight into the output, not built apart and copied (a copy of every
    // article, and one more input's size at the peak for a huge one).
    let title = cleaned.title().filter(|_| show_title);
    let mut out = String::with_capacity(cleaned.bytes_in() + title.map_or(0, str::len) + 3);
    let written: Result<(), std::convert::Infallible> = emit_text(cleaned, show_title, |piece| {
        out.push_str(piece);
        Ok(())
    });
    let Ok(()) = written;
    out
}

/// [`render_text`] written to `w` as it goes: the single-input command's text output, which
/// then never holds a huge article's output beside it.
pub fn write_text(
    cleaned: &Cleaned<'_>,
    show_title: bool,
    w: &mut impl std::io::Write,
) -> std::io::Result<()> {
    emit_text(cleaned, show_title, |piece| w.write_all(piece.as_bytes()))
}

/// Hands [`render_text`]'s output to `put` piece by piece.
fn emit_text<E>(
    cleaned: &Cleaned<'_>,
    show_title: bool,
    mut put: impl FnMut(&str) -> Result<(), E>,
) -> Result<(), E> {
    let has_text = cleaned.has_text();
    if let Some(title) = cleaned.title().filter(|_| show_title) {
        put(title)?;
        put(if has_text { "\n\n" } else { "\n" })?;
    }
    if has_text {
        cleaned.for_each_text_piece(&mut put)?;
        put("\n")?;
    }
    Ok(())
}

#[derive(Serialize)]
struct JsonOut<'a> {
    title: Option<&'a str>,
    byline: Option<&'a str>,
    authors: &'a [String],
    text: BodyText<'a, 'a>,
    paragraphs: BodyParagraphs<'a, 'a>,
    wire: JsonWire<'a>,
    removed: Removals<'a, 'a>,
    stats: JsonStats,
}

#[derive(Serialize)]
struct JsonWire<'a> {
    agency: Option<&'static str>,
    agency_id: Option<&'static str>,
    dateline: Option<JsonDateline<'a>>,
    credits: Vec<JsonCredit<'a>>,
}

#[derive(Serialize)]
struct JsonDateline<'a> {
    text: &'a str,
    place: Option<&'a str>,
    agency: Option<&'static str>,
    line: usize,
    stripped: bool,
}

#[derive(Serialize)]
struct JsonCredit<'a> {
    kind: &'static str,
    agency: Option<&'static str>,
    line: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct JsonRemoval<'a> {
    pass: &'static str,
    rule: &'static str,
    reason: &'a str,
    line: usize,
    text: &'a str,
    /// Text cut out of a kept line rather than a whole line.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    inline: bool,
}

#[derive(Serialize)]
struct JsonStats {
    lines_in: usize,
    lines_out: usize,
    lines_removed: usize,
    bytes_in: usize,
    bytes_out: usize,
    removed_by_pass: BTreeMap<&'static str, usize>,
}

fn agency_id(name: &str) -> Option<&'static str> {
    AGENCIES.iter().find(|a| a.name == name).map(|a| a.id)
}

/// Every removed line, then every fragment cut out of a kept line, as a JSON array written as the
/// document is walked (a page dump of a million removed lines needs no list of them).
struct Removals<'c, 'a>(&'c Cleaned<'a>);

impl Serialize for Removals<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let lines = self.0.removals().map(|(number, line, r)| JsonRemoval {
            pass: r.pass,
            rule: r.rule,
            reason: &r.reason,
            line: number,
            text: &line.text,
            inline: false,
        });
        let fragments = self.0.document().fragments.iter().map(|f| JsonRemoval {
            pass: f.pass,
            rule: f.rule,
            reason: f.reason,
            line: f.line,
            text: &f.text,
            inline: true,
        });
        s.collect_seq(lines.chain(fragments))
    }
}

/// The body text as a JSON string, escaped piece by piece as the kept lines are walked (serde's
/// `collect_str` writes a `Display` value through the escaper, with no string in between).
struct BodyText<'c, 'a>(&'c Cleaned<'a>);

impl fmt::Display for BodyText<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.for_each_text_piece(|piece| f.write_str(piece))
    }
}

impl Serialize for BodyText<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// The kept paragraphs as a JSON array of strings, each written as [`BodyText`] is.
struct BodyParagraphs<'c, 'a>(&'c Cleaned<'a>);

/// The kept lines of the paragraph line `first` opens (its first kept line), joined by `\n`.
struct ParagraphText<'c, 'a> {
    doc: &'c crate::Document<'a>,
    first: usize,
}

impl fmt::Display for ParagraphText<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lines = self
            .doc
            .paragraph_lines(self.first)
            .skip_while(|&i| i < self.first);
        let mut kept = lines.filter(|&i| self.doc.lines[i].is_kept());
        if let Some(i) = kept.next() {
            f.write_str(&self.doc.lines[i].text)?;
        }
        for i in kept {
            f.write_str("\n")?;
            f.write_str(&self.doc.lines[i].text)?;
        }
        Ok(())
    }
}

impl Serialize for ParagraphText<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl Serialize for BodyParagraphs<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let doc = self.0.document();
        let mut seq = s.serialize_seq(None)?;
        // A paragraph starts at each kept line whose paragraph is not the last kept line's, as
        // `Document::kept_paragraphs` groups them (a kept line is never blank, so its paragraph
        // is never `None`).
        let mut current = None;
        for (i, (line, paragraph)) in doc.paragraphs_of_lines().enumerate() {
            if line.is_kept() && paragraph != current {
                seq.serialize_element(&ParagraphText { doc, first: i })?;
                current = paragraph;
            }
        }
        seq.end()
    }
}

/// The document as one compact JSON object (one line, no final newline).
pub fn render_json(cleaned: &Cleaned<'_>) -> String {
    let mut out = Vec::with_capacity(cleaned.bytes_in() + 256);
    // Writing to a vector cannot fail, and serde_json writes UTF-8.
    let _ = write_json_object(cleaned, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// [`render`] for [`Format::Json`], written to `w`: the object and a newline.
pub fn write_json(cleaned: &Cleaned<'_>, mut w: impl io::Write) -> io::Result<()> {
    write_json_object(cleaned, &mut w)?;
    w.write_all(b"\n")
}

fn write_json_object(cleaned: &Cleaned<'_>, w: impl io::Write) -> io::Result<()> {
    let doc = cleaned.document();
    let mut bytes_out = 0;
    let _ = cleaned.for_each_text_piece(|piece| {
        bytes_out += piece.len();
        Ok::<_, Infallible>(())
    });
    let wire = cleaned.wire();
    let lines_removed = cleaned.removals().count();
    let removed_by_pass = cleaned.removed_by_pass();
    let out = JsonOut {
        title: cleaned.title(),
        byline: doc.byline.as_deref(),
        authors: &doc.authors,
        stats: JsonStats {
            lines_in: doc.lines.len(),
            lines_out: doc.lines.iter().filter(|l| l.is_kept()).count(),
            lines_removed,
            bytes_in: doc.bytes_in,
            bytes_out,
            removed_by_pass,
        },
        text: BodyText(cleaned),
        paragraphs: BodyParagraphs(cleaned),
        wire: JsonWire {
            agency: wire.agency,
            agency_id: wire.agency.and_then(agency_id),
            dateline: wire.dateline.as_ref().map(|d| JsonDateline {
                text: &d.text,
                place: d.place.as_deref(),
                agency: d.agency,
                line: d.line,
                stripped: d.stripped,
            }),
            credits: wire
                .credits
                .iter()
                .map(|c| JsonCredit {
                    kind: c.kind,
                    agency: c.agency,
                    line: c.line,
                    text: &c.text,
                })
                .collect(),
        },
        removed: Removals(cleaned),
    };
    // Serializing plain strings, numbers and maps with string keys fails only when `w` does.
    serde_json::to_writer(w, &out).map_err(io::Error::from)
}

/// One line per removal, for `--explain`: `SOURCE:LINE: PASS/RULE: REASON: TEXT`.
pub fn render_explain(cleaned: &Cleaned<'_>, source: &str) -> String {
    let mut out = String::new();
    for (number, line, r) in cleaned.removals() {
        let text = line.text.trim();
        let shown: String = text.chars().take(100).collect();
        let ellipsis = if shown.len() < text.len() { "…" } else { "" };
        out.push_str(&format!(
            "{source}:{}: {}/{}: {}: {shown}{ellipsis}\n",
            number, r.pass, r.rule, r.reason
        ));
    }
    for f in &cleaned.document().fragments {
        out.push_str(&format!(
            "{source}:{}: {}/{} (inline, rest of the line kept): {}: {}\n",
            f.line, f.pass, f.rule, f.reason, f.text
        ));
    }
    if let Some(d) = &cleaned.wire().dateline {
        out.push_str(&format!(
            "{source}:{}: wire/dateline (kept{}): {}\n",
            d.line,
            if d.stripped {
                ", agency marker stripped"
            } else {
                ""
            },
            d.text
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Config, clean};

    #[test]
    fn text_layout_without_a_body() {
        for (input, with_title, without_title) in [
            // A title and no body: the title alone, no blank line after it.
            (
                "Bridge to close\n\nBridge to close\n",
                "Bridge to close\n",
                "",
            ),
            ("Advertisement\n", "", ""),
            ("", "", ""),
            (
                "Bridge to close for two years\n\nRelated:\nOther story one\nOther story two\n",
                "Bridge to close for two years\n",
                "Bridge to close for two years\n",
            ),
        ] {
            let cleaned = clean(input, &Config::default());
            assert_eq!(render_text(&cleaned, true), with_title, "{input:?}");
            assert_eq!(render_text(&cleaned, false), without_title, "{input:?}");
            // As the single-input command writes it.
            let mut written = Vec::new();
            write_text(&cleaned, true, &mut written).unwrap();
            assert_eq!(String::from_utf8(written).unwrap(), with_title, "{input:?}");
        }
    }

    #[test]
    fn text_layout() {
        let c = clean(
            "Bridge to close\n\nBridge to close\n\nThe council voted on Tuesday to close the old bridge.\nA second line.\n\n\n\nLast one.",
            &Config::default(),
        );
        assert_eq!(
            render_text(&c, true),
            "Bridge to close\n\nThe council voted on Tuesday to close the old bridge.\nA second line.\n\nLast one.\n"
        );
        assert!(render_text(&c, false).starts_with("The council"));
    }

    /// What a JSON Lines record gets as its `newsclean` field: title, agency, dateline, removed-line
    /// counts per pass, and with `explain` every removal.
    fn record_metadata_value(cleaned: &Cleaned<'_>, explain: bool) -> serde_json::Value {
        let wire = cleaned.wire();
        let removed = cleaned.removed_by_pass();
        let doc = cleaned.document();
        let mut meta = serde_json::json!({
            "title": cleaned.title(),
            "byline": doc.byline,
            "authors": doc.authors,
            "agency": wire.agency,
            "agency_id": wire.agency.and_then(agency_id),
            "dateline": wire.dateline.as_ref().map(|d| serde_json::json!({
                "text": d.text,
                "place": d.place,
                "agency": d.agency,
                "stripped": d.stripped,
            })),
            "removed": removed,
        });
        if explain && let Some(obj) = meta.as_object_mut() {
            let removals: Vec<serde_json::Value> = cleaned
                .removals()
                .map(|(number, line, r)| {
                    serde_json::json!({
                        "pass": r.pass,
                        "rule": r.rule,
                        "reason": r.reason,
                        "line": number,
                        "text": line.text.as_str(),
                    })
                })
                .collect();
            obj.insert("removals".into(), removals.into());
        }
        meta
    }

    /// The text of every fixture.
    fn fixture_texts() -> Vec<String> {
        std::fs::read_dir("fixtures")
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect()
    }

    #[test]
    fn record_metadata_is_what_serde_json_writes() {
        let mut inputs = fixture_texts();
        inputs.push(String::new());
        inputs.push("By Jane \"JJ\" Doe\n\nWASHINGTON (AP) — Quotes \"here\"\tand\u{1}.".into());
        for input in &inputs {
            for strip in [false, true] {
                let mut config = Config::default();
                config.strip_dateline = strip;
                let cleaned = clean(input, &config);
                for explain in [false, true] {
                    let mut out = String::new();
                    push_record_metadata(&mut out, &cleaned, explain);
                    let expected =
                        serde_json::to_string(&record_metadata_value(&cleaned, explain)).unwrap();
                    assert_eq!(out, expected);
                }
            }
        }
    }

    proptest::proptest! {
        /// Any string, at any length and alignment of the 16-byte lanes.
        #[test]
        fn any_json_string_is_escaped_as_serde_json_escapes_it(s in "(\\PC|[\\x00-\\x1f\"\\\\\\x7f]){0,70}") {
            let mut out = String::new();
            push_json_string(&mut out, &s);
            proptest::prop_assert_eq!(out, serde_json::to_string(&s).unwrap());
        }
    }

    #[test]
    fn json_strings_are_escaped_as_serde_json_escapes_them() {
        let every_byte: String = (0u8..128).map(char::from).collect();
        for s in [
            String::new(),
            every_byte.clone(),
            every_byte.repeat(3),
            "Ferry \"fares\" rise\n\nby 3% — «très» \u{1F600}\\ end\u{7f}".repeat(5),
        ] {
            for cut in [0, 1, 15, 16, 17, 31] {
                let s = s.get(cut.min(s.len())..).unwrap_or("");
                let mut out = String::new();
                push_json_string(&mut out, s);
                assert_eq!(out, serde_json::to_string(s).unwrap(), "{s:?}");
            }
        }
    }

    /// The streamed `text` and `paragraphs` are what joining the kept paragraphs gives.
    #[test]
    fn json_body_is_the_joined_paragraphs() {
        let mut inputs = fixture_texts();
        inputs.extend(
            [
                "",
                "\n\n",
                "one",
                "a\nb\n\n\nc\r\n d\n",
                "\"q\"\t\\\n\u{1}\n\n新闻",
            ]
            .map(String::from),
        );
        for input in &inputs {
            for mode in [crate::Mode::Balanced, crate::Mode::Recall] {
                let mut config = Config::default();
                config.mode = mode;
                let c = clean(input, &config);
                let paragraphs = c.paragraphs();
                let text = paragraphs.join("\n\n");
                let v: serde_json::Value = serde_json::from_str(&render_json(&c)).unwrap();
                assert_eq!(v["text"], text.as_str(), "{input:?}");
                assert_eq!(v["paragraphs"], serde_json::json!(paragraphs), "{input:?}");
                assert_eq!(v["stats"]["bytes_out"], text.len(), "{input:?}");
                let mut written = Vec::new();
                write(&c, Format::Json, true, &mut written).unwrap();
                assert_eq!(written, format!("{}\n", render_json(&c)).into_bytes());
            }
        }
    }

    #[test]
    fn empty_input_renders_nothing() {
        let c = clean("", &Config::default());
        assert_eq!(render_text(&c, true), "");
        let v: serde_json::Value = serde_json::from_str(&render_json(&c)).unwrap();
        assert_eq!(v["text"], "");
        assert_eq!(v["title"], serde_json::Value::Null);
    }
}
