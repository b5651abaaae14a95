//! What the Telegram adapter writes to the logs: never the token (at any level), never a user's
//! message above debug level, and failures as warnings instead of stopping. A separate test
//! binary, because the log subscriber is process-wide.
#![cfg(feature = "telegram")]

mod common;
mod fake_telegram;

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use fake_telegram::{message, FakeTelegram};
use fundbot::adapters::telegram::{self, Tuning};
use fundbot::bot::Bot;
use fundbot::config::TelegramConfig;
use fundbot::runtime::{shutdown_pair, Core};
use serde_json::json;

const TOKEN: &str = "777000:LOG-SECRET-token";

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("log buffer").extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn logs_never_show_the_token_or_message_text_above_debug() {
    let logs = Captured::default();
    let writer = logs.clone();
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .init();

    tokio::time::timeout(Duration::from_secs(60), async {
        let fake = FakeTelegram::start(TOKEN).await;
        let dir = tempfile::tempdir().expect("tempdir");
        let core = Arc::new(Core::new(Arc::new(Bot::open(&common::config(dir.path())).expect("bot")), 20));
        let cfg =
            TelegramConfig { token: Some(TOKEN.into()), api_url: fake.url.clone(), ..TelegramConfig::default() };
        let tuning = Tuning { poll_timeout: Duration::from_secs(1), ..Tuning::default() };

        // A failed answer and a failed poll: logged, and the adapter keeps going.
        fake.fail_next(
            "sendMessage",
            400,
            json!({"ok": false, "error_code": 400, "description": "Bad Request: chat not found"}),
        );
        // (A 5xx would cost teloxide's fixed 10 s pause; another instance polling is a 409.)
        fake.fail_next(
            "getUpdates",
            409,
            json!({"ok": false, "error_code": 409,
                   "description": "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"}),
        );
        let (trigger, shutdown) = shutdown_pair();
        let task = tokio::spawn(telegram::run_with(Arc::clone(&core), cfg.clone(), shutdown, tuning.clone()));
        fake.push(message(31, 31, "en", "xyzzy what is AMIF?"));
        fake.push(message(32, 32, "en", "plugh who can apply?"));
        // One of the two answers meets the injected 400, the other gets through.
        fake.wait_until(Duration::from_secs(20), "both answers tried", |f| f.count("sendMessage") >= 2).await;
        trigger.trigger();
        task.await.expect("no panic").expect("stops cleanly");

        // A bad token.
        let bad = TelegramConfig { token: Some("777000:WRONG-secret".into()), ..cfg };
        let (_t, shutdown) = shutdown_pair();
        assert!(telegram::run_with(core, bad, shutdown, tuning).await.is_err());
    })
    .await
    .expect("finished in time");

    let text = String::from_utf8_lossy(&logs.0.lock().expect("log buffer")).to_string();
    assert!(text.contains("Telegram: connected"), "the capture works: {text}");
    assert!(text.contains("could not answer an update"), "a failed answer is a warning: {text}");
    assert!(text.contains("getUpdates failed"), "a failed poll is a warning: {text}");
    for secret in ["LOG-SECRET", "WRONG-secret"] {
        assert!(!text.contains(secret), "the token reached the logs: {text}");
    }
    for line in text.lines().filter(|l| !l.contains("DEBUG") && !l.contains("TRACE")) {
        assert!(!line.contains("xyzzy") && !line.contains("plugh"), "message text above debug: {line}");
    }
}
