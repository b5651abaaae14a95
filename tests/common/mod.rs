//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use fundbot::bot::Bot;
use fundbot::config::Config;

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A config over a fresh store in `dir`, reading the repository's knowledge and locales.
pub fn config(dir: &Path) -> Config {
    let mut cfg = Config::default();
    cfg.store.path = dir.join("data");
    cfg.files.knowledge = repo().join("knowledge");
    cfg.files.locales = repo().join("locales");
    cfg
}

/// A bot over a fresh store; keep the TempDir alive as long as the bot.
pub fn bot() -> (Bot, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("tempdir");
    let bot = Bot::open(&config(dir.path())).expect("bot opens");
    (bot, dir)
}

/// Runs the real binary with the store in `dir`, feeding `stdin`.
pub fn fundbot(dir: &Path, args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_fundbot"))
        .args(args)
        .current_dir(repo())
        .env("FUNDBOT_DATA_DIR", dir.join("data"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn fundbot");
    let mut input = child.stdin.take().expect("stdin");
    input.write_all(stdin).expect("write stdin");
    drop(input);
    child.wait_with_output().expect("wait fundbot")
}
