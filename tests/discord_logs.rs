//! The bot token never reaches the logs, at any level, whether the token is accepted or not.
//! A test binary of its own, since it installs a global subscriber that records everything.
#![cfg(feature = "discord")]

mod common;
mod fake_discord;

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use fake_discord::{FakeDiscord, TOKEN};
use fundbot::adapters::discord;
use fundbot::config::DiscordConfig;
use fundbot::runtime::{shutdown_pair, Core};
use tokio::time::timeout;

#[derive(Clone, Default)]
struct Buffer(Arc<Mutex<Vec<u8>>>);

impl Write for Buffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner).extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_token_is_never_logged() {
    let logs = Buffer::default();
    let writer = logs.clone();
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .init();

    let fake = FakeDiscord::start().await;
    let (bot, _dir) = common::bot();
    let core = Arc::new(Core::new(Arc::new(bot), 1000));
    let (trigger, shutdown) = shutdown_pair();
    let cfg = DiscordConfig { token: Some(TOKEN.into()), api_url: Some(fake.api_url.clone()) };
    let task = tokio::spawn(discord::run(core.clone(), cfg, shutdown.clone()));
    fake.wait_ready().await;
    fake.dispatch("MESSAGE_CREATE", fake_discord::dm_message("1", "10", "7", "which calls are open?"));
    fake.dispatch("INTERACTION_CREATE", fake_discord::slash_command("2", "10", "7", ("calls", &[]), "en-US", None));
    fake.wait_for("two answers", Duration::from_secs(15), |r| r.iter().filter(|r| r.message().is_some()).count() >= 2)
        .await;
    trigger.trigger();
    timeout(Duration::from_secs(15), task).await.expect("stops").expect("no panic").expect("clean stop");

    // A refused token, through REST and through the gateway.
    let bad = "refused.bot-token.abcdefghijklmnop";
    let cfg = DiscordConfig { token: Some(bad.into()), api_url: Some(fake.api_url.clone()) };
    let (_t, shutdown) = shutdown_pair();
    assert!(timeout(Duration::from_secs(5), discord::run(core.clone(), cfg, shutdown)).await.expect("fast").is_err());
    let refusing = FakeDiscord::start().await;
    refusing.reject_gateway_auth();
    let cfg = DiscordConfig { token: Some(TOKEN.into()), api_url: Some(refusing.api_url.clone()) };
    let (_t, shutdown) = shutdown_pair();
    assert!(timeout(Duration::from_secs(10), discord::run(core, cfg, shutdown)).await.expect("fast").is_err());

    let text = String::from_utf8_lossy(&logs.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner)).to_string();
    assert!(text.contains("Discord gateway ready"), "the subscriber saw the run");
    assert!(text.lines().count() > 50, "trace level was on");
    for secret in [TOKEN, bad] {
        assert!(
            !text.contains(secret),
            "token in the logs:\n{}",
            text.lines().filter(|l| l.contains(secret)).collect::<Vec<_>>().join("\n")
        );
    }
}
