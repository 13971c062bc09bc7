//! Throughput (MB/s of input) of each pass alone and of the whole pipeline, on a short, a typical
//! and a long article built from the fixtures:
//!
//! ```text
//! cargo bench --bench clean                 # all
//! cargo bench --bench clean -- pipeline     # the whole pipeline only
//! ```

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use newsclean::{ALL_PASSES, Config, clean};

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name);
    std::fs::read_to_string(path).expect("fixture")
}

/// short: the seed (~3 KB); typical: a whole-page dump with boilerplate, bylines, wire lines
/// and related links (~6 KB); long: many articles' worth of paragraphs in one (~60 KB).
fn articles() -> Vec<(&'static str, String)> {
    let seed = fixture("seed-iraq-canadian-press.txt");
    let typical = [
        "chrome-full-page-dump.txt",
        "boilerplate-share-ads-newsletter.txt",
        "wire-ap-dateline-and-copyright.txt",
    ]
    .iter()
    .map(|f| fixture(f))
    .collect::<Vec<_>>()
    .join("\n\n");
    let mut body = String::new();
    let mut names: Vec<_> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures"))
            .expect("fixtures")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
    names.sort();
    for p in names.iter().cycle().take(40) {
        body.push_str(&std::fs::read_to_string(p).unwrap_or_default());
        body.push_str("\n\n");
    }
    vec![("short", seed), ("typical", typical), ("long", body)]
}

fn pipeline(c: &mut Criterion) {
    let config = Config::default();
    let mut group = c.benchmark_group("pipeline");
    for (name, text) in articles() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| b.iter(|| clean(black_box(&text), &config).text()));
    }
    group.finish();
}

fn each_pass(c: &mut Criterion) {
    for (name, text) in articles() {
        let mut group = c.benchmark_group(format!("pass/{name}"));
        group.throughput(Throughput::Bytes(text.len() as u64));
        // Each pass after normalize, as it runs in the pipeline (normalize alone is its own row).
        for pass in ALL_PASSES {
            let names: Vec<&str> = if pass.name() == "normalize" {
                vec!["normalize"]
            } else {
                vec!["normalize", pass.name()]
            };
            let config = Config::with_passes(&names).expect("pass names");
            group.bench_function(pass.name(), |b| {
                b.iter(|| clean(black_box(&text), &config).document().lines.len())
            });
        }
        group.finish();
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).warm_up_time(std::time::Duration::from_millis(500)).measurement_time(std::time::Duration::from_secs(2));
    targets = pipeline, each_pass
}
criterion_main!(benches);
