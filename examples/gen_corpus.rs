//! Generates a realistic scraped-news corpus from the fixtures, deterministically from a seed:
//! articles recombined from fixture paragraphs, with repeated titles, bylines, wire datelines and
//! credit lines, boilerplate, captions, menus, trailing related headlines and teasers injected,
//! and lengths from a few hundred bytes to about 50 KB.
//!
//! ```text
//! cargo run --release --example gen_corpus -- dir OUT_DIR FILES [SEED]
//! cargo run --release --example gen_corpus -- jsonl OUT_FILE MEGABYTES [SEED]
//! cargo run --release --example gen_corpus -- big OUT_FILE MEGABYTES [SEED]   (one huge article)
//! ```

use std::fs;
use std::io::{BufWriter, Write};
use std::path::Path;

/// xorshift64*: small, fast, and the same sequence everywhere for a seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn pick<'a>(&mut self, items: &'a [String]) -> &'a str {
        &items[self.below(items.len())]
    }
}

struct Material {
    headlines: Vec<String>,
    prose: Vec<String>,
}

fn load_material() -> Material {
    let mut headlines = Vec::new();
    let mut prose = Vec::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut paths: Vec<_> = fs::read_dir(&dir)
        .expect("fixtures directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    for path in paths {
        let text = fs::read_to_string(&path).unwrap_or_default();
        for para in text.split("\n\n") {
            let para = para.trim();
            let words = para.split_whitespace().count();
            // Credit lines and entity-laden lines of the fixtures are not article prose.
            const NOT_PROSE: &[&str] = &[
                "Copyright",
                "This report",
                "contributed",
                "Reporting by",
                "syndicated",
                "©",
            ];
            if para.is_empty() || para.contains('&') || NOT_PROSE.iter().any(|m| para.contains(m)) {
                continue;
            }
            if words >= 12 && para.ends_with(['.', '"', '”', '?']) {
                prose.push(para.to_string());
            } else if (3..=14).contains(&words) && !para.ends_with('.') && !para.contains('\n') {
                headlines.push(para.to_string());
            }
        }
    }
    prose.sort();
    prose.dedup();
    headlines.sort();
    headlines.dedup();
    Material { headlines, prose }
}

const SITES: &[&str] = &[
    "Reuters",
    "CBC News",
    "The Harbour Gazette",
    "BBC News",
    "AP News",
];
const DATELINES: &[&str] = &[
    "WASHINGTON (AP) — ",
    "LONDON, May 8 (Reuters) - ",
    "PARIS (AFP) - ",
    "TORONTO — ",
    "New Delhi, Jan 6 (PTI) ",
    "BEIJING, Dec. 7 (Xinhua) -- ",
    "",
    "",
    "",
];
const CREDITS: &[&str] = &[
    "This report by The Canadian Press was first published Jan. 6, 2020.",
    "Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
    "Reporting by Jane Doe in London; Editing by John Roe",
    "--With assistance from Sharon Cho.",
    "— AFP",
    "Australian Associated Press",
];
/// Lines the boilerplate, captions and byline passes handle, dropped between paragraphs.
const BOILERPLATE: &[&str] = &[
    "Advertisement",
    "Story continues below advertisement",
    "Share this article",
    "Sign up for our daily newsletter",
    "Anzeige",
    "Lire aussi : Le tramway ouvrira plus tôt que prévu",
    "Publicidad",
    "The bridge was closed to traffic on Tuesday. (AP Photo/Jane Doe)",
    "Image copyright Getty Images Image caption The bridge opened in 1964",
];
const BYLINES: &[&str] = &[
    "By Jane Doe, Reuters",
    "By Anna Schmidt and John Roe",
    "Levi Parsons For Daily Mail Australia",
];
const MENU: &str = "Skip to content\n* Home\n* News\n* Sport\n* Weather\n* Contact Us\n\n";
const INTRODUCERS: &[&str] = &[
    "You may also like",
    "Related",
    "Most Read",
    "More from Reuters",
];

fn article(rng: &mut Rng, m: &Material) -> String {
    let title = rng.pick(&m.headlines).to_string();
    let mut out = String::new();
    // Whole-page dumps now and then: a menu above the headline.
    if rng.chance(10) {
        out.push_str(MENU);
    }
    match rng.below(4) {
        0 => out.push_str(&format!("{title}\n\n{title}\n\n{title}\n\n")),
        1 => out.push_str(&format!(
            "{title} - {}\n{title}\n{title}\n\n",
            SITES[rng.below(SITES.len())]
        )),
        2 => out.push_str(&format!("{}\n\n{title}\n\n", title.to_uppercase())),
        _ => out.push_str(&format!("{title}\n\n")),
    }
    // Lengths from one short paragraph to ~50 KB, most a few KB.
    let paragraphs = match rng.below(10) {
        0 => 1 + rng.below(2),
        1..=7 => 4 + rng.below(20),
        _ => 40 + rng.below(120),
    };
    if rng.chance(30) {
        out.push_str(BYLINES[rng.below(BYLINES.len())]);
        out.push_str("\n\n");
    }
    let dateline = DATELINES[rng.below(DATELINES.len())];
    for i in 0..paragraphs {
        if i == 0 {
            out.push_str(dateline);
        }
        out.push_str(rng.pick(&m.prose));
        out.push_str("\n\n");
        if rng.chance(3) {
            out.push_str(&format!("READ MORE: {}\n\n", rng.pick(&m.headlines)));
        }
        if rng.chance(6) {
            out.push_str(BOILERPLATE[rng.below(BOILERPLATE.len())]);
            out.push_str("\n\n");
        }
    }
    if rng.chance(40) {
        out.push_str(CREDITS[rng.below(CREDITS.len())]);
        out.push_str("\n\n");
    }
    if rng.chance(50) {
        if rng.chance(50) {
            out.push_str(INTRODUCERS[rng.below(INTRODUCERS.len())]);
            out.push_str("\n\n");
        }
        for _ in 0..2 + rng.below(4) {
            out.push_str(rng.pick(&m.headlines));
            out.push('\n');
        }
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: gen_corpus (dir OUT_DIR FILES | jsonl OUT_FILE MEGABYTES | big OUT_FILE MEGABYTES) [SEED]";
    if args.len() < 3 {
        eprintln!("{usage}");
        std::process::exit(2);
    }
    let amount: u64 = args[2].parse().unwrap_or_else(|_| {
        eprintln!("{usage}");
        std::process::exit(2)
    });
    let seed: u64 = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(42);
    let mut rng = Rng(seed.max(1));
    let material = load_material();
    let out = Path::new(&args[1]);
    match args[0].as_str() {
        "dir" => {
            for i in 0..amount {
                let path = out.join(format!("{:03}/{i:07}.txt", i % 500));
                if let Some(parent) = path.parent() {
                    fs::create_dir_all(parent).expect("create output directory");
                }
                fs::write(&path, article(&mut rng, &material)).expect("write article");
            }
        }
        "big" => {
            // One article of about MEGABYTES MB: many articles' paragraphs run together.
            let limit = amount * 1_000_000;
            let mut text = String::with_capacity(limit as usize + 100_000);
            while (text.len() as u64) < limit {
                text.push_str(&article(&mut rng, &material));
                text.push('\n');
            }
            fs::write(out, text).expect("write article");
        }
        "jsonl" => {
            let file = fs::File::create(out).expect("create output file");
            let mut w = BufWriter::with_capacity(1 << 20, file);
            let limit = amount * 1_000_000;
            let (mut written, mut id) = (0u64, 0u64);
            while written < limit {
                let text = article(&mut rng, &material);
                let title = text.lines().next().unwrap_or("").to_string();
                let line = serde_json::json!({
                    "id": id,
                    "url": format!("https://news.example/{id}"),
                    "title": title,
                    "text": text,
                    "date": "2020-01-06",
                })
                .to_string();
                w.write_all(line.as_bytes()).expect("write");
                w.write_all(b"\n").expect("write");
                written += line.len() as u64 + 1;
                id += 1;
            }
            w.flush().expect("flush");
        }
        _ => {
            eprintln!("{usage}");
            std::process::exit(2);
        }
    }
}
