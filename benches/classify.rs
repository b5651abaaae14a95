//! Throughput of the intent engine on the dev set's questions, on one core: classification
//! (normalisation, language detection, stemming, keywords, rules, entities) and, separately,
//! answer rendering. Also prints the engine's build time and the process's peak memory.
//!
//! Run: `cargo bench --bench classify`. Questions come from ../shared/eval/dev.tsv when present,
//! else from a small built-in list.

use std::hint::black_box;
use std::time::Instant;

use chrono::{TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use fundbot::answer::Answerer;
use fundbot::intent::Engine;
use fundbot::knowledge;
use fundbot::lang::Lang;
use fundbot::locale::Locales;

fn questions() -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval/dev.tsv");
    match std::fs::read_to_string(path) {
        Ok(t) => t.lines().skip(1).filter_map(|l| l.split('\t').nth(3)).map(str::to_string).collect(),
        Err(_) => [
            "When is the AMIF deadline?",
            "Qui doit faire partie du consortium ?",
            "Welche Förderaufrufe sind gerade offen?",
            "ما هي الأنشطة التي يتم تمويلها؟",
            "Як подати заявку?",
            "چطور و کجا پروپوزال را ارسال کنم؟",
            "Başvuruyu nasıl yapabilirim?",
            "what is action 10?",
        ]
        .map(str::to_string)
        .to_vec(),
    }
}

fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status.lines().find(|l| l.starts_with("VmHWM:"))?.split_whitespace().nth(1)?.parse().ok()
}

fn bench(c: &mut Criterion) {
    let qs = questions();
    let start = Instant::now();
    let locales = Locales::embedded().expect("locales");
    let (kb, _) = knowledge::load_embedded().expect("knowledge");
    let engine = Engine::new(&locales, &kb).expect("engine");
    let answerer = Answerer::new(&locales).expect("answers");
    eprintln!("engine + answers built in {:?} for {} questions", start.elapsed(), qs.len());

    let mut g = c.benchmark_group("dev-set");
    g.throughput(Throughput::Elements(qs.len() as u64));
    g.bench_function("classify", |b| {
        b.iter(|| {
            for q in &qs {
                black_box(engine.classify(black_box(q), None, Lang::EN));
            }
        });
    });
    let classified: Vec<_> = qs.iter().map(|q| engine.classify(q, None, Lang::EN)).collect();
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 12, 0, 0).single().expect("date");
    g.bench_function("render", |b| {
        b.iter(|| {
            for c in &classified {
                black_box(answerer.render(&kb, black_box(c), now));
            }
        });
    });
    g.finish();
    if let Some(kb) = peak_rss_kb() {
        eprintln!("peak resident memory of the bench process: {:.1} MB", kb as f64 / 1024.0);
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
