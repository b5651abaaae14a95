//! The command line as the contract fixes it.

mod common;

#[test]
fn ask_json_has_the_contract_shape() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = common::fundbot(
        dir.path(),
        &["ask", "--json", "When is the deadline for the AMIF call on local integration strategies?"],
        b"",
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["intent"], "call_deadline");
    assert_eq!(v["lang"], "en");
    assert_eq!(v["entities"]["fund"], "amif");
    assert_eq!(v["entities"]["call"], "amif-2020-local-integration");
    let c = v["confidence"].as_f64().expect("number");
    assert!((0.0..=1.0).contains(&c));
    assert!(v["answer"].as_str().expect("text").contains("16 February 2021"));
    assert_eq!(v.as_object().expect("object").len(), 5);
}

#[test]
fn ask_lang_forces_the_answer_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = common::fundbot(dir.path(), &["ask", "--json", "--lang", "fr", "When is the AMIF deadline?"], b"");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["lang"], "fr");
    let out = common::fundbot(dir.path(), &["ask", "--lang", "xx", "hello"], b"");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn jsonl_answers_in_order_one_line_each() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out =
        common::fundbot(dir.path(), &["ask", "--jsonl"], b"hello\nwhat is action 7?\n{\"text\": \"what is EPIM?\"}\n");
    let intents: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).expect("json")["intent"].as_str().expect("intent").to_string()
        })
        .collect();
    assert_eq!(intents, ["greeting", "action_plan", "fund_info"]);
}

#[test]
fn bad_config_exits_2_naming_file_line_and_key() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cfg = dir.path().join("bad.toml");
    std::fs::write(&cfg, "[store]\npath = \"x\"\n\n[bot]\ndefault_lang = \"en\"\ncolour = 3\n").expect("write");
    let out = common::fundbot(dir.path(), &["--config", cfg.to_str().expect("utf8"), "ask", "hi"], b"");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.toml:6: colour"), "{err}");
    let out = common::fundbot(dir.path(), &["--config", "/no/such/file.toml", "ask", "hi"], b"");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn bad_arguments_exit_2() {
    let dir = tempfile::tempdir().expect("tempdir");
    assert_eq!(common::fundbot(dir.path(), &["frobnicate"], b"").status.code(), Some(2));
    assert_eq!(common::fundbot(dir.path(), &["ask"], b"").status.code(), Some(2));
}

#[test]
fn example_config_parses() {
    let path = common::repo().join("config.example.toml");
    let text = std::fs::read_to_string(&path).expect("config.example.toml");
    fundbot::config::Config::parse(&path, &text).expect("example config is valid");
}

#[test]
fn run_without_tokens_says_why_and_chats() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = common::fundbot(dir.path(), &["run"], b"hello\n");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no chat platform is configured"));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Hello"));
}

#[test]
fn chat_console_conversation() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = common::fundbot(dir.path(), &["chat"], b"/help\nwhat is action 10?\n/history\n/quit\nnever read\n");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("/subscribe"), "{text}");
    assert!(text.contains("mentoring"), "{text}");
    assert!(text.contains("2. what is action 10?"), "{text}");
}
