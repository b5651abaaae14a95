//! Bad input gets an answer, never a panic: empty, huge, binary, control characters,
//! zero-width and bidi marks, mixed scripts, markup, mention spam.

mod common;

use fundbot::intent::Intent;

#[test]
fn hostile_questions_get_answers() {
    let (bot, _d) = common::bot();
    let huge = "funding deadline ".repeat(6_500); // ~100 KB
    let inputs: Vec<String> = vec![
        String::new(),
        "   \n\t  ".into(),
        huge,
        "\u{0}\u{1}\u{7}\u{1b}[31mred\u{1b}[0m".into(),
        "\u{200B}\u{200F}\u{202E}\u{2066}AMIF\u{2069} deadline?".into(),
        "Когда deadline للـ AMIF call 截止?".into(),
        "<b>bold</b> *markdown* _x_ [link](http://x) `code` @everyone @here <@&123>".into(),
        "@everyone @everyone @everyone @everyone".into(),
        "🙂🙂🙂".into(),
        "\u{FEFF}\u{FFFD}\u{FFFD}".into(),
        "a".repeat(100_000),
        "é".repeat(60_000),
    ];
    for q in inputs {
        let a = bot.answer(&q, None);
        assert!(!a.answer.trim().is_empty(), "empty answer for {:?}", q.chars().take(40).collect::<String>());
        assert!((0.0..=1.0).contains(&a.confidence));
    }
}

#[test]
fn empty_question_asks_for_a_question() {
    let (bot, _d) = common::bot();
    let a = bot.answer("", None);
    assert_eq!(a.intent, Intent::Fallback);
    assert!(a.answer.contains("type a question"), "{}", a.answer);
}

#[test]
fn zero_width_and_bidi_marks_do_not_hide_keywords() {
    let (bot, _d) = common::bot();
    let a = bot.answer("When is the A\u{200B}MIF dead\u{200D}line\u{200F}?", None);
    assert_eq!(a.intent, Intent::CallDeadline);
    assert_eq!(a.entities.fund.as_deref(), Some("amif"));
}

#[test]
fn binary_and_control_bytes_through_the_cli() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut input: Vec<u8> = Vec::new();
    input.extend_from_slice(b"\xff\xfe\x00\x01binary\x80\n");
    input.extend_from_slice(b"\x1b[2J\x07 deadline?\n");
    input.extend_from_slice(b"{\"text\": \"\", \"lang\": \"fr\"}\n");
    input.extend_from_slice(b"{\"text\": 5}\n");
    input.extend_from_slice(&vec![b'x'; 100_000]);
    input.push(b'\n');
    let out = common::fundbot(dir.path(), &["ask", "--jsonl"], &input);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let lines: Vec<serde_json::Value> =
        String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).expect("json line")).collect();
    assert_eq!(lines.len(), 5);
    for l in &lines {
        assert!(l["answer"].as_str().is_some_and(|a| !a.is_empty()), "{l}");
        assert!(
            l["intent"].is_string()
                && l["lang"].is_string()
                && l["confidence"].is_number()
                && l["entities"].is_object()
        );
    }
    assert_eq!(lines[2]["lang"], "fr");
}
