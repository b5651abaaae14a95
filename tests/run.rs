//! `fundbot run` as a user starts it: with no token it falls back to the console and says why;
//! with one platform's token refused it names that platform and keeps serving the other; it
//! stops cleanly on SIGTERM.
#![cfg(all(unix, feature = "telegram", feature = "discord"))]

mod common;
mod fake_discord;
mod fake_telegram;

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::Duration;

#[test]
fn with_no_token_run_starts_the_console_and_says_why() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = Command::new(env!("CARGO_BIN_EXE_fundbot"))
        .arg("run")
        .current_dir(common::repo())
        .env("FUNDBOT_DATA_DIR", dir.path().join("data"))
        .env_remove("FUNDBOT_TELEGRAM_TOKEN")
        .env_remove("FUNDBOT_DISCORD_TOKEN")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            use std::io::Write;
            c.stdin.take().expect("stdin").write_all(b"When is the AMIF deadline?\n/quit\n")?;
            c.wait_with_output()
        })
        .expect("run fundbot");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("not starting telegram: no token (FUNDBOT_TELEGRAM_TOKEN"), "{stderr}");
    assert!(stderr.contains("not starting discord: no token (FUNDBOT_DISCORD_TOKEN"), "{stderr}");
    assert!(stderr.contains("starting the console chat instead"), "{stderr}");
    assert!(stdout.contains("closed on 16 February 2021"), "the console answered: {stdout}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_token_names_its_platform_and_the_other_keeps_answering() {
    let dir = tempfile::tempdir().expect("tempdir");
    let telegram = fake_telegram::FakeTelegram::start("77:good").await;
    let discord = fake_discord::FakeDiscord::start().await;
    discord.reject_rest_auth();
    let mut child = Command::new(env!("CARGO_BIN_EXE_fundbot"))
        .arg("run")
        .current_dir(dir.path())
        .env("FUNDBOT_DATA_DIR", dir.path().join("data"))
        .env("FUNDBOT_TELEGRAM_TOKEN", "77:good")
        .env("FUNDBOT_TELEGRAM_API_URL", &telegram.url)
        .env("FUNDBOT_DISCORD_TOKEN", "discord-secret-token")
        .env("FUNDBOT_DISCORD_API_URL", &discord.api_url)
        .env("FUNDBOT_LOG", "info")
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start fundbot run");
    // Discord is refused; Telegram still answers a question.
    telegram.push(fake_telegram::message(501, 501, "en", "When is the AMIF deadline?"));
    telegram.wait_until(Duration::from_secs(30), "an answer on Telegram", |t| !t.messages_to(501).is_empty()).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let _ = Command::new("kill").arg("-TERM").arg(child.id().to_string()).status();
    let mut stderr = String::new();
    child.stderr.take().expect("stderr").read_to_string(&mut stderr).expect("read stderr");
    let status = child.wait().expect("wait");
    assert!(status.success(), "clean exit on SIGTERM: {status:?}\n{stderr}");
    assert!(stderr.contains("fundbot: starting telegram") && stderr.contains("fundbot: starting discord"), "{stderr}");
    let failed = stderr.lines().find(|l| l.contains("adapter failed")).unwrap_or_default();
    assert!(failed.contains("discord"), "the failure names Discord: {stderr}");
    assert!(!stderr.lines().any(|l| l.contains("adapter failed") && l.contains("telegram")), "{stderr}");
    assert!(!stderr.contains("discord-secret-token") && !stderr.contains("77:good"), "a token was logged: {stderr}");
    assert!(stderr.contains("fundbot: stopped"), "{stderr}");
}
