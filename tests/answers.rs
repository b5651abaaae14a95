//! The answers users rely on most, checked against the knowledge: closed deadlines with their
//! date and zone, actions by number, consortium partners, and a source on every factual answer.

mod common;

use fundbot::intent::Intent;

#[test]
fn amif_deadline_is_answered_as_closed_with_date_and_zone() {
    let (bot, _d) = common::bot();
    let a = bot.answer("When is the AMIF deadline?", None);
    assert_eq!(a.intent, Intent::CallDeadline);
    assert!(a.answer.contains("closed on 16 February 2021 at 17:00"), "{}", a.answer);
    assert!(a.answer.contains("Brussels time"), "{}", a.answer);
    assert!(a.answer.contains("Source:"), "{}", a.answer);
    assert_eq!(a.entities.fund.as_deref(), Some("amif"));
}

#[test]
fn action_10_is_about_mentoring_and_buddy_programmes() {
    let (bot, _d) = common::bot();
    let a = bot.answer("what is action 10?", None);
    assert_eq!(a.intent, Intent::ActionPlan);
    assert_eq!(a.entities.action.as_deref(), Some("action-10"));
    assert!(a.answer.contains("mentoring and buddy programmes"), "{}", a.answer);
    assert!(a.answer.contains("Status: continuous"), "{}", a.answer);
    assert!(a.answer.contains("Source:"), "{}", a.answer);
}

#[test]
fn consortium_answer_lists_the_call_partner_types() {
    let (bot, _d) = common::bot();
    let a = bot.answer("who should be in the consortium", None);
    assert_eq!(a.intent, Intent::Consortium);
    for partner in [
        "local and regional authorities",
        "national public authorities",
        "economic and social partners",
        "employers",
        "social economy actors",
        "migrant associations",
    ] {
        assert!(a.answer.contains(partner), "missing {partner}: {}", a.answer);
    }
    assert!(a.answer.contains("Source:"), "{}", a.answer);
}

#[test]
fn deadline_question_gets_the_deadline_not_the_whole_call() {
    let (bot, _d) = common::bot();
    let a = bot.answer("Is the AMIF call on local integration strategies still open?", None);
    assert_eq!(a.intent, Intent::CallDeadline);
    assert!(!a.answer.contains("awareness raising"), "deadline answer lists activities: {}", a.answer);
    assert!(a.answer.lines().count() <= 4, "{}", a.answer);
}

#[test]
fn every_factual_intent_names_its_source() {
    let (bot, _d) = common::bot();
    for q in [
        "which calls are open?",
        "What is EPIM?",
        "who can apply to the AMIF call?",
        "which activities does the AMIF call fund?",
        "which target groups should the proposal focus on?",
        "how do I apply to the AMIF call?",
        "what is the status of the action plan?",
        "give me examples of funded projects like EPIC",
    ] {
        let a = bot.answer(q, None);
        assert_ne!(a.intent, Intent::Fallback, "{q}");
        assert!(a.answer.contains("Source:"), "{q}: {}", a.answer);
    }
}

#[test]
fn epim_call_has_no_invented_deadline() {
    let (bot, _d) = common::bot();
    let a = bot.answer("When does the EPIM thematic fund on building inclusive European societies close?", None);
    assert_eq!(a.intent, Intent::CallDeadline);
    assert_eq!(a.entities.call.as_deref(), Some("epim-inclusive-societies"));
    assert!(a.answer.contains("no closing date"), "{}", a.answer);
}

#[test]
fn out_of_scope_gets_fallback_with_suggestions() {
    let (bot, _d) = common::bot();
    let a = bot.answer("what's the weather in Lisbon tomorrow?", None);
    assert_eq!(a.intent, Intent::Fallback);
    assert!(a.answer.contains("AMIF"), "suggestions expected: {}", a.answer);
}

#[test]
fn open_or_closed_depends_on_the_clock_in_the_deadlines_time_zone() {
    use std::sync::Arc;

    use chrono::{TimeZone, Utc};
    use fundbot::clock::FixedClock;
    use fundbot::lang::Lang;

    let dir = tempfile::tempdir().expect("tempdir");
    let cfg = common::config(dir.path());
    let locales = fundbot::bot::load_locales(&cfg).expect("locales");
    let (kb, _) = fundbot::knowledge::load_dir(&cfg.files.knowledge).expect("knowledge");
    let at = |y, mo, d, h, mi| {
        let store = fundbot::store::Store::open(&dir.path().join(format!("s{y}{mo}{d}{h}{mi}"))).expect("store");
        let clock = Arc::new(FixedClock(Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).single().expect("instant")));
        fundbot::bot::Bot::new(kb.clone(), &locales, store, clock, Lang::EN).expect("bot")
    };
    // 17:00 in Brussels in February is 16:00 UTC (winter time).
    let before = at(2021, 1, 10, 12, 0).answer("When is the AMIF deadline?", None);
    assert!(
        before.answer.contains("is open until 16 February 2021 at 17:00 (Brussels time): 37 days left"),
        "{}",
        before.answer
    );
    let minute_before = at(2021, 2, 16, 15, 59).answer("When is the AMIF deadline?", None);
    assert!(minute_before.answer.contains("is open until"), "{}", minute_before.answer);
    let after = at(2021, 2, 16, 16, 0).answer("When is the AMIF deadline?", None);
    assert!(after.answer.contains("closed on 16 February 2021 at 17:00"), "{}", after.answer);
}
