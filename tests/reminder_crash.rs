//! Crash test: the real `fundbot run` delivers due reminders to a fake Telegram server on
//! loopback and is killed with SIGKILL at random points, then restarted, round after round.
//! No reminder may be lost, and duplicates may not exceed one per crash.
//!
//! Rounds default to 100 (`FUNDBOT_CRASH_ROUNDS` changes it).
#![cfg(all(unix, feature = "telegram"))]

mod common;
mod fake_telegram;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::Utc;
use fake_telegram::FakeTelegram;
use fundbot::store::{Store, Subscription};

const TOKEN: &str = "4242:crash-test-token";

/// A tiny deterministic generator (no extra crate): kill points must vary but be reproducible.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % below
    }
}

fn spawn_bot(dir: &std::path::Path, knowledge: &std::path::Path, api: &str) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_fundbot"))
        .arg("run")
        .current_dir(dir)
        .env("FUNDBOT_DATA_DIR", dir.join("data"))
        .env("FUNDBOT_KNOWLEDGE_DIR", knowledge)
        .env("FUNDBOT_TELEGRAM_TOKEN", TOKEN)
        .env("FUNDBOT_TELEGRAM_API_URL", api)
        .env_remove("FUNDBOT_DISCORD_TOKEN")
        .env("FUNDBOT_LOG", "warn")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start fundbot run")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reminders_survive_sigkill_without_loss_and_with_at_most_one_duplicate_per_crash() {
    let rounds: usize = std::env::var("FUNDBOT_CRASH_ROUNDS").ok().and_then(|v| v.parse().ok()).unwrap_or(100);
    let chats: i64 = 120;
    let dir = tempfile::tempdir().expect("tempdir");

    // Knowledge whose AMIF call closes in three days: its 7-day reminder is due now.
    let knowledge = dir.path().join("knowledge");
    std::fs::create_dir_all(knowledge.join("i18n")).expect("mkdir");
    for entry in walk(&common::repo().join("knowledge")) {
        let rel = entry.strip_prefix(common::repo().join("knowledge")).expect("relative");
        let mut text = std::fs::read_to_string(&entry).expect("read");
        if rel.to_str() == Some("calls.toml") {
            let deadline = (Utc::now() + chrono::Duration::days(3)).format("%Y-%m-%dT17:00").to_string();
            text = text.replace("deadline = \"2021-02-16T17:00\"", &format!("deadline = \"{deadline}\""));
            assert!(text.contains(&deadline), "the test expects the AMIF deadline line of calls.toml");
        }
        std::fs::create_dir_all(knowledge.join(rel).parent().expect("parent")).expect("mkdir");
        std::fs::write(knowledge.join(rel), text).expect("write");
    }
    // Subscribers, made ten days ago.
    {
        let store = Store::open(&dir.path().join("data")).expect("store");
        for chat in 1..=chats {
            store
                .subscribe(&Subscription {
                    platform: "telegram".into(),
                    chat: chat.to_string(),
                    target: "*".into(),
                    lang: ["en", "fr", "ar", "uk"][(chat % 4) as usize].into(),
                    lead_days: None,
                    since: Some((Utc::now() - chrono::Duration::days(10)).timestamp()),
                })
                .expect("subscribe");
        }
    }

    let fake = FakeTelegram::start(TOKEN).await;
    let mut rng = Lcg(0x5eed);
    let started = Instant::now();
    let mut crashes = 0usize;
    let mut killed_mid_delivery = 0usize;
    for _ in 0..rounds {
        let before: usize = fake.per_chat().values().sum();
        let mut child = spawn_bot(dir.path(), &knowledge, &fake.url);
        // Kill somewhere between start-up and well into delivery.
        tokio::time::sleep(Duration::from_millis(50 + rng.next(1500))).await;
        child.kill().expect("SIGKILL");
        child.wait().expect("reap");
        crashes += 1;
        let after: usize = fake.per_chat().values().sum();
        if after > before && (fake.per_chat().len() as i64) < chats {
            killed_mid_delivery += 1;
        }
    }
    // A last run that is not killed until every chat has its reminder.
    let mut child = spawn_bot(dir.path(), &knowledge, &fake.url);
    fake.wait_until(Duration::from_secs(120), "every chat to get its reminder", |f| f.per_chat().len() as i64 == chats)
        .await;
    // Give it a moment to (wrongly) send more, then stop it cleanly.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let _ = Command::new("kill").arg("-TERM").arg(child.id().to_string()).status();
    let status = tokio::task::spawn_blocking(move || child.wait()).await.expect("join").expect("wait");
    assert!(status.success(), "fundbot run exits cleanly on SIGTERM: {status:?}");

    let per_chat = fake.per_chat();
    let delivered: usize = per_chat.values().sum();
    let duplicates = delivered - per_chat.len();
    let lost = chats as usize - per_chat.len();
    eprintln!(
        "crash test: {crashes} SIGKILL rounds ({killed_mid_delivery} killed while delivering), {} reminders expected, {delivered} delivered, {lost} lost, {duplicates} duplicates ({:.1} s)",
        chats,
        started.elapsed().as_secs_f64()
    );
    assert_eq!(lost, 0, "a reminder was lost");
    assert!(killed_mid_delivery >= 5, "too few kills landed during delivery ({killed_mid_delivery}) to prove anything");
    assert!(duplicates <= crashes, "{duplicates} duplicates after {crashes} crashes");
    assert!(per_chat.values().all(|&n| n <= 1 + crashes), "{per_chat:?}");
    // The reminder text is the 7-day one, in each chat's language.
    let text = |chat: i64| fake.messages_to(chat).first().and_then(|m| m["text"].as_str().map(str::to_string));
    assert!(text(4).is_some_and(|t| t.contains("days") && t.starts_with("⏰")), "{:?}", text(4));
    assert!(text(2).is_some_and(|t| t.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))), "{:?}", text(2));
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).expect("read dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}
