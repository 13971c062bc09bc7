//! `--report FILE.html` / `--report-json FILE`: what a run removed and what it kept, to look at.
//!
//! Documents are added from worker threads as they are cleaned; memory stays bounded whatever
//! the run's size: line counts live in capped maps (the rarest entries are dropped when a map
//! fills, so counts of lines seen very often stay exact and rare ones may be undercounted), and
//! only 40 documents are kept whole (the 20 with the most removals, and 20 picked by a seeded
//! hash of their name, so the same run picks the same ones at any -j).

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::sync::Mutex;

use serde::Serialize;

use crate::diff::pass_color;
use crate::stats::RunStats;
use crate::text::words_upto;
use crate::{Cleaned, Status};

/// Rows in the removed-lines and kept-lines tables, and documents per sample.
const TOP_LINES: usize = 50;
const SAMPLE_DOCS: usize = 20;
/// Kept lines shorter than this many words are candidates for new rules.
const SHORT_LINE_WORDS: usize = 12;
/// Distinct lines each counting map holds before pruning the rarest.
const MAP_CAP: usize = 50_000;
/// Lines are counted by their first this many bytes.
const KEY_CHARS: usize = 200;
/// A sampled document keeps at most this many lines.
const SAMPLE_LINES: usize = 400;
const SAMPLE_SEED: u64 = 0x6e65_7773_636c_6561; // "newsclea"

/// Collects a run's removals and kept lines; shared by the worker threads, each of which adds
/// to its own shard (no lock contention), merged at the end.
pub struct ReportBuilder {
    shards: Vec<Mutex<Aggregate>>,
}

impl Default for ReportBuilder {
    fn default() -> Self {
        let n = rayon::current_num_threads() + 1;
        ReportBuilder {
            shards: (0..n).map(|_| Mutex::new(Aggregate::default())).collect(),
        }
    }
}

/// FxHash for the line maps: the keys are our own lines, not an attacker's, and SipHash was a
/// visible share of a report's cost.
#[derive(Default)]
struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0 = (self.0.rotate_left(5) ^ crate::text::fx_hash(bytes))
            .wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type FxBuild = std::hash::BuildHasherDefault<FxHasher>;

#[derive(Default)]
struct Aggregate {
    removed_by_rule: BTreeMap<(&'static str, &'static str), u64>,
    removed_lines: CappedCounter,
    kept_short_lines: CappedCounter,
    most_removed: Vec<Sample>,
    random: Vec<(u64, Sample)>,
}

impl Aggregate {
    fn merge(&mut self, other: Aggregate) {
        for (k, n) in other.removed_by_rule {
            *self.removed_by_rule.entry(k).or_insert(0) += n;
        }
        self.removed_lines.merge(other.removed_lines);
        self.kept_short_lines.merge(other.kept_short_lines);
        self.most_removed.extend(other.most_removed);
        self.most_removed
            .sort_by(|a, b| b.removed.cmp(&a.removed).then(a.name.cmp(&b.name)));
        self.most_removed.truncate(SAMPLE_DOCS);
        self.random.extend(other.random);
        self.random.sort_by_key(|(h, _)| *h);
        self.random.truncate(SAMPLE_DOCS);
    }
}

/// A count per line text, capped in size.
#[derive(Default)]
struct CappedCounter {
    counts: HashMap<String, Counted, FxBuild>,
}

#[derive(Clone)]
struct Counted {
    count: u64,
    /// The pass and rule that removed it (the least, in name order, when several did).
    rule: Option<(&'static str, &'static str)>,
}

impl CappedCounter {
    fn add(&mut self, text: &str, rule: Option<(&'static str, &'static str)>) {
        let key = truncate(text);
        if let Some(c) = self.counts.get_mut(key) {
            c.count += 1;
            // The same text removed by different rules: show the first in order, whatever
            // order the documents came in.
            if rule < c.rule {
                c.rule = rule;
            }
            return;
        }
        if self.counts.len() >= MAP_CAP {
            self.prune();
        }
        self.counts
            .insert(key.to_string(), Counted { count: 1, rule });
    }

    fn merge(&mut self, other: CappedCounter) {
        for (key, c) in other.counts {
            if let Some(mine) = self.counts.get_mut(&key) {
                mine.count += c.count;
                if c.rule < mine.rule {
                    mine.rule = c.rule;
                }
            } else {
                if self.counts.len() >= MAP_CAP {
                    self.prune();
                }
                self.counts.insert(key, c);
            }
        }
    }

    /// Drops the rarest entries until the map is at most half full.
    fn prune(&mut self) {
        let mut floor = 1;
        while self.counts.len() > MAP_CAP / 2 {
            self.counts.retain(|_, c| c.count > floor);
            floor *= 2;
        }
    }

    fn top(&self, n: usize) -> Vec<(&str, &Counted)> {
        let mut all: Vec<(&str, &Counted)> =
            self.counts.iter().map(|(k, v)| (k.as_str(), v)).collect();
        all.sort_by(|a, b| b.1.count.cmp(&a.1.count).then(a.0.cmp(b.0)));
        all.truncate(n);
        all
    }
}

/// The first [`KEY_CHARS`] bytes of a line (at a character boundary): lines are counted by
/// their start.
fn truncate(text: &str) -> &str {
    if text.len() <= KEY_CHARS {
        return text;
    }
    let mut end = KEY_CHARS;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// One document kept whole for the report.
#[derive(Debug, Clone, Serialize)]
pub struct Sample {
    pub name: String,
    pub removed: usize,
    pub lines_in: usize,
    #[serde(skip)]
    lines: Vec<SampleLine>,
    /// True when the document has more lines than a sample keeps.
    pub truncated: bool,
}

#[derive(Debug, Clone)]
struct SampleLine {
    text: String,
    /// None: kept; Some(("title", "title")): the title; else the removing pass and rule.
    mark: Option<(&'static str, &'static str)>,
}

impl Sample {
    fn of(name: &str, cleaned: &Cleaned<'_>, removed: usize) -> Sample {
        let doc = cleaned.document();
        let lines = doc
            .lines
            .iter()
            .take(SAMPLE_LINES)
            .map(|l| SampleLine {
                text: l.text.chars().take(1000).collect(),
                mark: match doc.status_of(l) {
                    Status::Kept => None,
                    Status::Title => Some(("title", "title")),
                    Status::Removed(r) => Some((r.pass, r.rule)),
                },
            })
            .collect();
        Sample {
            name: name.to_string(),
            removed,
            lines_in: doc.lines.len(),
            lines,
            truncated: doc.lines.len() > SAMPLE_LINES,
        }
    }
}

/// FNV-1a: a fixed hash, the same in every run and on every machine.
fn stable_hash(seed: u64, s: &str) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325 ^ seed;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

impl std::fmt::Debug for ReportBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ReportBuilder")
    }
}

impl ReportBuilder {
    pub fn new() -> Self {
        ReportBuilder::default()
    }

    /// Adds one cleaned document, named as the report should show it ("a.txt", "news.jsonl:17").
    pub fn add(&self, name: &str, cleaned: &Cleaned<'_>) {
        let doc = cleaned.document();
        // Work out what this document contributes before taking the lock.
        let mut short_kept: Vec<&str> = Vec::new();
        let mut removed: Vec<(&str, &'static str, &'static str)> = Vec::new();
        for line in &doc.lines {
            let text = line.text.trim();
            match doc.status_of(line) {
                Status::Removed(r) => removed.push((text, r.pass, r.rule)),
                Status::Kept
                    if !text.is_empty()
                        && words_upto(text, SHORT_LINE_WORDS) < SHORT_LINE_WORDS =>
                {
                    short_kept.push(text);
                }
                _ => {}
            }
        }
        let hash = stable_hash(SAMPLE_SEED, name);
        let shard = rayon::current_thread_index().map_or(0, |i| i + 1) % self.shards.len();
        let Ok(mut agg) = self.shards[shard].lock() else {
            return;
        };
        for &(text, pass, rule) in &removed {
            *agg.removed_by_rule.entry((pass, rule)).or_insert(0) += 1;
            agg.removed_lines.add(text, Some((pass, rule)));
        }
        for text in short_kept {
            agg.kept_short_lines.add(text, None);
        }
        let n = removed.len();
        // The documents with the most removals (ties: the earlier name).
        let enters_top = agg.most_removed.len() < SAMPLE_DOCS
            || agg
                .most_removed
                .last()
                .is_some_and(|s| n > s.removed || (n == s.removed && name < s.name.as_str()));
        if enters_top && n > 0 {
            agg.most_removed.push(Sample::of(name, cleaned, n));
            agg.most_removed
                .sort_by(|a, b| b.removed.cmp(&a.removed).then(a.name.cmp(&b.name)));
            agg.most_removed.truncate(SAMPLE_DOCS);
        }
        // A seeded "random" sample: the smallest hashes of the names.
        let enters_random =
            agg.random.len() < SAMPLE_DOCS || agg.random.last().is_some_and(|(h, _)| hash < *h);
        if enters_random {
            agg.random.push((hash, Sample::of(name, cleaned, n)));
            agg.random.sort_by_key(|(h, _)| *h);
            agg.random.truncate(SAMPLE_DOCS);
        }
    }

    /// The numbers, ready to render. `stats` are the run's totals.
    pub fn finish(&self, stats: &RunStats) -> Report {
        let mut agg = Aggregate::default();
        for shard in &self.shards {
            if let Ok(mut guard) = shard.lock() {
                agg.merge(std::mem::take(&mut *guard));
            }
        }
        let top_removed = agg
            .removed_lines
            .top(TOP_LINES)
            .into_iter()
            .map(|(text, c)| {
                let (pass, rule) = c.rule.unwrap_or(("", ""));
                RemovedLine {
                    text: text.to_string(),
                    count: c.count,
                    pass,
                    rule,
                }
            })
            .collect();
        let top_kept_short = agg
            .kept_short_lines
            .top(TOP_LINES)
            .into_iter()
            .map(|(text, c)| KeptLine {
                text: text.to_string(),
                count: c.count,
            })
            .collect();
        Report {
            totals: stats.clone(),
            removed_by_rule: agg
                .removed_by_rule
                .into_iter()
                .map(|((pass, rule), count)| RuleCount { pass, rule, count })
                .collect(),
            top_removed,
            top_kept_short,
            most_removed: agg.most_removed,
            random: agg.random.into_iter().map(|(_, s)| s).collect(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct RuleCount {
    pub pass: &'static str,
    pub rule: &'static str,
    pub count: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct RemovedLine {
    pub text: String,
    pub count: u64,
    pub pass: &'static str,
    pub rule: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct KeptLine {
    pub text: String,
    pub count: u64,
}

/// Everything the report shows; `--report-json` writes it as JSON.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub totals: RunStats,
    pub removed_by_rule: Vec<RuleCount>,
    pub top_removed: Vec<RemovedLine>,
    pub top_kept_short: Vec<KeptLine>,
    /// The documents with the most removals.
    pub most_removed: Vec<Sample>,
    /// Documents picked by a seeded hash of their name.
    pub random: Vec<Sample>,
}

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A horizontal bar chart as inline SVG: one bar per (label, value, colour).
fn bar_chart(id: &str, title: &str, bars: &[(String, u64, &str)]) -> String {
    let max = bars.iter().map(|b| b.1).max().unwrap_or(0).max(1);
    let (label_w, bar_w, row_h) = (260.0, 420.0, 22.0);
    let height = row_h * bars.len() as f64 + 10.0;
    let mut svg = format!(
        "<svg id=\"{id}\" role=\"img\" aria-label=\"{}\" width=\"{}\" height=\"{height}\" \
         xmlns=\"http://www.w3.org/2000/svg\" font-family=\"sans-serif\" font-size=\"13\">\n",
        esc(title),
        label_w + bar_w + 80.0
    );
    for (i, (label, value, color)) in bars.iter().enumerate() {
        let y = 5.0 + row_h * i as f64;
        let w = (*value as f64 / max as f64 * bar_w).max(1.0);
        let _ = writeln!(
            svg,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\
             <rect class=\"bar\" x=\"{label_w}\" y=\"{}\" width=\"{w:.1}\" height=\"{}\" fill=\"{color}\">\
             <title>{}: {value}</title></rect>\
             <text x=\"{}\" y=\"{}\">{value}</text>",
            label_w - 8.0,
            y + 15.0,
            esc(label),
            y + 3.0,
            row_h - 6.0,
            esc(label),
            label_w + w + 6.0,
            y + 15.0,
        );
    }
    svg.push_str("</svg>\n");
    svg
}

const STYLE: &str = "
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2em auto;max-width:1100px;
color:#1a1a1a;padding:0 1em;line-height:1.4}
h1{font-size:1.6em;margin-bottom:.2em}h2{margin-top:2em;border-bottom:1px solid #ddd;padding-bottom:.2em}
.lead{color:#555;margin-top:0}
table{border-collapse:collapse;width:100%;font-size:14px}
table.totals{width:auto;min-width:420px}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #eee;vertical-align:top}
th{background:#f6f6f6}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.totals td.n{font-size:1.1em}
.tag{display:inline-block;padding:0 6px;border-radius:3px;color:#fff;font-size:12px;white-space:nowrap}
.doc{border:1px solid #ddd;border-radius:4px;padding:8px 12px;margin:1em 0;font-size:14px}
.doc h3{margin:.2em 0 .6em;font-size:1em}
.line{white-space:pre-wrap;margin:0;padding:1px 0}
.removed{text-decoration:line-through;opacity:.85}
.title{font-weight:bold}
.legend span{margin-right:10px}
.note{color:#666;font-size:13px}
";

impl Report {
    /// One self-contained HTML page: inline CSS and SVG, no scripts, no external resources.
    pub fn to_html(&self, run: &str) -> String {
        let t = &self.totals;
        let mut h = String::with_capacity(64 * 1024);
        let _ = write!(
            h,
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
             <title>newsclean report</title><style>{STYLE}</style></head><body>\n\
             <h1>newsclean report</h1><p class=\"lead\">{}</p>\n",
            esc(run)
        );
        h.push_str("<h2 id=\"totals\">Totals</h2>\n<table class=\"totals\"><tbody>\n");
        for (label, value) in [
            ("Documents cleaned", t.documents),
            ("Documents changed", t.changed),
            ("Failed", t.failed),
            ("Skipped (binary)", t.skipped),
            ("Lines in (blank lines included)", t.lines_in),
            ("Text lines out", t.lines_out),
            ("Lines removed", t.removed_by_pass.values().sum()),
            ("Bytes in", t.bytes_in),
            ("Bytes out", t.bytes_out),
        ] {
            let _ = writeln!(h, "<tr><th>{label}</th><td class=\"n\">{value}</td></tr>");
        }
        h.push_str("</tbody></table>\n");

        h.push_str("<h2 id=\"passes\">Lines removed per pass</h2>\n");
        let mut by_pass: Vec<(String, u64, &str)> = t
            .removed_by_pass
            .iter()
            .map(|(p, n)| (p.to_string(), *n, pass_color(p).1))
            .collect();
        by_pass.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        if by_pass.is_empty() {
            h.push_str("<p>Nothing was removed.</p>\n");
        } else {
            h.push_str(&bar_chart(
                "chart-passes",
                "Lines removed per pass",
                &by_pass,
            ));
        }
        h.push_str("<h2 id=\"rules\">Lines removed per rule</h2>\n");
        let mut by_rule: Vec<(String, u64, &str)> = self
            .removed_by_rule
            .iter()
            .map(|r| {
                (
                    format!("{}/{}", r.pass, r.rule),
                    r.count,
                    pass_color(r.pass).1,
                )
            })
            .collect();
        by_rule.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        if !by_rule.is_empty() {
            h.push_str(&bar_chart(
                "chart-rules",
                "Lines removed per rule",
                &by_rule,
            ));
        }

        let _ = writeln!(
            h,
            "<h2 id=\"removed\">Most frequent removed lines</h2>\n<p class=\"note\">Site junk \
             shows here; so would a real sentence removed more than once — a bug to look at.</p>\n\
             <table id=\"top-removed\"><thead><tr><th>Count</th><th>Rule</th><th>Line</th></tr>\
             </thead><tbody>"
        );
        for r in &self.top_removed {
            let _ = writeln!(
                h,
                "<tr><td class=\"n\">{}</td><td>{}</td><td>{}</td></tr>",
                r.count,
                tag(r.pass, r.rule),
                esc(&r.text)
            );
        }
        h.push_str("</tbody></table>\n");

        let _ = writeln!(
            h,
            "<h2 id=\"kept\">Most frequent kept short lines</h2>\n<p class=\"note\">Kept lines \
             under {SHORT_LINE_WORDS} words, most frequent first: junk that is still left, and \
             candidates for new rules (<code>--rules FILE</code>).</p>\n\
             <table id=\"top-kept\"><thead><tr><th>Count</th><th>Line</th></tr></thead><tbody>"
        );
        for k in &self.top_kept_short {
            let _ = writeln!(
                h,
                "<tr><td class=\"n\">{}</td><td>{}</td></tr>",
                k.count,
                esc(&k.text)
            );
        }
        h.push_str("</tbody></table>\n");

        h.push_str(
            "<h2 id=\"samples\">Sample documents</h2>\n<p class=\"note\">Removed lines \
            are struck through and coloured by pass; the title is bold.</p>\n\
            <table id=\"sample-list\"><thead><tr><th>Document</th><th>Why</th>\
            <th>Lines</th><th>Removed</th></tr></thead><tbody>\n",
        );
        let samples: Vec<(&Sample, &str)> = self
            .most_removed
            .iter()
            .map(|s| (s, "most removals"))
            .chain(self.random.iter().map(|s| (s, "random (seeded)")))
            .collect();
        for (i, (s, why)) in samples.iter().enumerate() {
            let _ = writeln!(
                h,
                "<tr><td><a href=\"#doc-{i}\">{}</a></td><td>{why}</td><td class=\"n\">{}</td>\
                 <td class=\"n\">{}</td></tr>",
                esc(&s.name),
                s.lines_in,
                s.removed
            );
        }
        h.push_str("</tbody></table>\n");
        for (i, (s, why)) in samples.iter().enumerate() {
            let _ = writeln!(
                h,
                "<div class=\"doc\" id=\"doc-{i}\"><h3>{} <span class=\"note\">({why}; {} lines, \
                 {} removed)</span></h3>",
                esc(&s.name),
                s.lines_in,
                s.removed
            );
            for line in &s.lines {
                match line.mark {
                    None if line.text.trim().is_empty() => {}
                    None => {
                        let _ = writeln!(h, "<p class=\"line\">{}</p>", esc(&line.text));
                    }
                    Some(("title", "title")) => {
                        let _ = writeln!(h, "<p class=\"line title\">{}</p>", esc(&line.text));
                    }
                    Some((pass, rule)) => {
                        let _ = writeln!(
                            h,
                            "<p class=\"line\"><span class=\"removed\" style=\"color:{}\">{}</span> {}</p>",
                            pass_color(pass).1,
                            esc(&line.text),
                            tag(pass, rule)
                        );
                    }
                }
            }
            if s.truncated {
                let _ = writeln!(
                    h,
                    "<p class=\"note\">… first {SAMPLE_LINES} lines shown.</p>"
                );
            }
            h.push_str("</div>\n");
        }
        h.push_str("</body></html>\n");
        h
    }
}

fn tag(pass: &str, rule: &str) -> String {
    format!(
        "<span class=\"tag\" style=\"background:{}\">{}/{}</span>",
        pass_color(pass).1,
        esc(pass),
        esc(rule)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Config, clean};

    #[test]
    fn counts_samples_and_escapes() {
        let builder = ReportBuilder::new();
        let mut stats = RunStats::default();
        for i in 0..30 {
            let text = format!(
                "Headline {i}\n\nHeadline {i}\n\nThe council voted on Tuesday to close the old \
                 bridge for repairs next spring, officials said.\n\nAdvertisement\n\n<b>Menu</b>\n"
            );
            let cleaned = clean(&text, &Config::default());
            stats.add(&cleaned, 0, true);
            builder.add(&format!("doc{i}.txt"), &cleaned);
        }
        let report = builder.finish(&stats);
        let ad = report
            .top_removed
            .iter()
            .find(|r| r.text == "Advertisement")
            .expect("advertisement counted");
        assert_eq!(ad.count, 30);
        assert_eq!(report.most_removed.len(), SAMPLE_DOCS);
        assert_eq!(report.random.len(), SAMPLE_DOCS);
        let html = report.to_html("test run");
        assert!(html.contains("&lt;b&gt;Menu&lt;/b&gt;") || !html.contains("<b>Menu</b>"));
        assert!(html.contains("<svg id=\"chart-passes\""));
        assert!(!html.contains("<script"));
    }

    #[test]
    fn capped_counter_keeps_frequent_lines() {
        let mut c = CappedCounter::default();
        for i in 0..(MAP_CAP * 3) {
            c.add("Advertisement", None);
            c.add(&format!("rare line {i}"), None);
        }
        assert!(c.counts.len() <= MAP_CAP);
        assert_eq!(c.top(1)[0].0, "Advertisement");
        assert_eq!(c.top(1)[0].1.count, (MAP_CAP * 3) as u64);
    }
}
