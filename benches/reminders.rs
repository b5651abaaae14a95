//! One reminder scheduler pass over 100,000 subscriptions and 50 calls (goal: under 50 ms),
//! with some events already part-way through delivery, as after a restart. Also prints the
//! memory the subscriptions and the pass take (resident set before and after).
//!
//! Run: `cargo bench --bench reminders`.

use std::collections::BTreeMap;
use std::hint::black_box;

use chrono::{Duration, TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
use fundbot::knowledge;
use fundbot::reminders::{plan, EventState, Schedule, Status};
use fundbot::store::Subscription;

fn rss_kb(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status.lines().find(|l| l.starts_with(field))?.split_whitespace().nth(1)?.parse().ok()
}

fn bench(c: &mut Criterion) {
    let before = rss_kb("VmRSS:").unwrap_or(0);
    let (mut kb, _) = knowledge::load_embedded().expect("knowledge");
    let template = kb.calls.iter().find(|c| c.deadline.is_some()).expect("a call with a deadline").clone();
    let now = Utc.with_ymd_and_hms(2027, 3, 1, 8, 30, 0).single().expect("date");
    kb.calls.clear();
    for i in 0..50 {
        let mut call = template.clone();
        call.id = format!("call-{i:02}");
        // Deadlines spread over the next 100 days, so that every lead time is in play.
        let d = now + Duration::days(2 * i + 1);
        call.deadline = Some(d.format("%Y-%m-%dT17:00").to_string());
        kb.calls.push(call);
    }
    let subs: Vec<Subscription> = (0..100_000)
        .map(|i| Subscription {
            platform: if i % 3 == 0 { "discord".into() } else { "telegram".into() },
            chat: (1_000_000_000u64 + i).to_string(),
            target: match i % 4 {
                0 => "*".to_string(),
                1 => format!("call-{:02}", i % 50),
                2 => format!("fund:{}", template.fund),
                _ => format!("call-{:02}", (i * 7) % 50),
            },
            lang: ["en", "fr", "ar", "uk", "fa"][(i % 5) as usize].into(),
            lead_days: (i % 10 == 0).then(|| vec![14, 3]),
            since: Some((now - Duration::days(60)).timestamp()),
        })
        .collect();
    // Known deadlines for every call, and a few events mid-delivery.
    let mut states: BTreeMap<String, EventState> = BTreeMap::new();
    for call in &kb.calls {
        let d = call.deadline_at().expect("deadline").with_timezone(&Utc).timestamp();
        states.insert(format!("known:{}", call.id), EventState { deadline: d, from: None, status: Status::Done });
    }
    for call in kb.calls.iter().take(5) {
        let d = call.deadline_at().expect("deadline").with_timezone(&Utc).timestamp();
        states.insert(
            format!("lead:{}:7", call.id),
            EventState {
                deadline: d,
                from: None,
                status: Status::Sending {
                    done: Some("telegram:1000050000".into()),
                    inflight: None,
                    attempts: 0,
                    retry_at: None,
                },
            },
        );
    }
    let schedule = Schedule::default();
    let loaded = rss_kb("VmRSS:").unwrap_or(0);
    let p = plan(&kb, &subs, &states, &schedule, now);
    eprintln!(
        "one pass: {} deliveries in its batch, {} state updates, next wake-up {:?}",
        p.deliveries.len(),
        p.updates.len(),
        p.next_wakeup
    );
    c.bench_function("scheduler pass, 100k subscriptions x 50 calls", |b| {
        b.iter(|| black_box(plan(&kb, black_box(&subs), &states, &schedule, now)));
    });
    eprintln!(
        "memory: {:.1} MB resident for the 100k subscriptions and 50 calls; peak of the bench process {:.1} MB",
        (loaded.saturating_sub(before)) as f64 / 1024.0,
        rss_kb("VmHWM:").unwrap_or(0) as f64 / 1024.0
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
