//! The reminder scheduler driven by a clock the test moves: lead times, time zones across a DST
//! change, deadlines moved earlier and later, a call added late, downtime, blocked users,
//! retries and a crash with a reminder in flight. The real sled store is used throughout.

mod common;

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{DateTime, Duration, TimeZone, Utc};
use fundbot::bot::Bot;
use fundbot::clock::ManualClock;
use fundbot::knowledge::{self, KnowledgeBase};
use fundbot::lang::Lang;
use fundbot::locale::Locales;
use fundbot::message::SendError;
use fundbot::reminders::{fire_at, Delivery, Kind, Reminders, Schedule};
use fundbot::store::{Store, Subscription};

fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0).single().expect("valid date")
}

/// The embedded knowledge with the AMIF call's deadline set to `deadline` (local, Brussels).
fn kb_with(deadline: &str) -> KnowledgeBase {
    let (mut kb, _) = knowledge::load_embedded().expect("knowledge");
    let call = kb.calls.iter_mut().find(|c| c.id.starts_with("amif")).expect("an AMIF call");
    call.deadline = Some(deadline.into());
    call.timezone = Some("Europe/Brussels".into());
    kb
}

fn amif(kb: &KnowledgeBase) -> String {
    kb.calls.iter().find(|c| c.id.starts_with("amif")).expect("amif").id.clone()
}

/// What a fake platform does with a message to a chat.
type Behaviour = HashMap<String, Vec<Result<(), SendError>>>;

struct Harness {
    dir: tempfile::TempDir,
    clock: Arc<ManualClock>,
    bot: Option<Bot>,
    reminders: Option<Reminders>,
    /// (chat, text, when)
    sent: Vec<(String, String, DateTime<Utc>, Delivery)>,
    behaviour: Behaviour,
}

impl Harness {
    fn new(kb: KnowledgeBase, start: DateTime<Utc>) -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let clock = Arc::new(ManualClock::new(start));
        let mut h = Harness { dir, clock, bot: None, reminders: None, sent: Vec::new(), behaviour: HashMap::new() };
        h.open(kb);
        h
    }

    /// (Re)starts the bot over the same store with this knowledge, as after `kb import`.
    fn open(&mut self, kb: KnowledgeBase) {
        self.bot = None;
        self.reminders = None;
        let store = Store::open(&self.dir.path().join("data")).expect("store");
        let locales = Locales::embedded().expect("locales");
        self.reminders = Some(Reminders::new(store.clone(), Schedule::default()));
        self.bot = Some(Bot::new(kb, &locales, store, self.clock.clone(), Lang::EN).expect("bot"));
    }

    fn bot(&self) -> &Bot {
        self.bot.as_ref().expect("bot")
    }

    fn subscribe(&self, chat: &str, target: &str, lang: &str) {
        let sub = Subscription {
            platform: "telegram".into(),
            chat: chat.into(),
            target: target.into(),
            lang: lang.into(),
            lead_days: None,
            since: Some(self.clock.now_utc().timestamp()),
        };
        self.bot().store().subscribe(&sub).expect("subscribe");
    }

    /// Does what the runtime's loop does at the current time, until nothing is due.
    fn run_due(&mut self) {
        let now = self.clock.now_utc();
        for _ in 0..100 {
            let r = self.reminders.as_ref().expect("reminders");
            let bot = self.bot.as_ref().expect("bot");
            let plan = r.due(bot.knowledge(), now).expect("pass");
            if plan.deliveries.is_empty() {
                return;
            }
            for d in plan.deliveries {
                r.in_flight(&d).expect("in flight");
                let outcome = self.behaviour.get_mut(&d.chat).and_then(|v| (!v.is_empty()).then(|| v.remove(0)));
                match outcome.unwrap_or(Ok(())) {
                    Ok(()) => {
                        self.sent.push((d.chat.clone(), bot.reminder_text(&d, now), now, d.clone()));
                        r.delivered(&d).expect("delivered");
                    }
                    Err(e) => {
                        if let fundbot::reminders::AfterFailure::Retry(_) = r.failed(&d, &e, now).expect("failed") {
                            break;
                        }
                    }
                }
            }
        }
        panic!("the scheduler kept finding work at one instant");
    }

    /// Moves the clock in steps up to `until`, running due reminders at each step.
    fn run_until(&mut self, until: DateTime<Utc>, step: Duration) {
        while self.clock.now_utc() < until {
            self.clock.advance(step);
            self.run_due();
        }
    }
}

trait NowUtc {
    fn now_utc(&self) -> DateTime<Utc>;
}

impl NowUtc for ManualClock {
    fn now_utc(&self) -> DateTime<Utc> {
        fundbot::clock::Clock::now(self)
    }
}

#[test]
fn lead_times_follow_the_deadlines_zone_across_the_dst_change() {
    // Brussels moves to summer time on 28 March 2027; the deadline is 30 March, 17:00.
    let kb = kb_with("2027-03-30T17:00");
    let mut h = Harness::new(kb, utc(2027, 2, 15, 0, 0));
    h.subscribe("100", "*", "en");
    h.run_until(utc(2027, 4, 2, 0, 0), Duration::minutes(30));
    let times: Vec<DateTime<Utc>> = h.sent.iter().map(|s| s.2).collect();
    assert_eq!(
        times,
        vec![
            utc(2027, 2, 28, 8, 0), // 30 days before, 09:00 CET
            utc(2027, 3, 23, 8, 0), // 7 days before, 09:00 CET
            utc(2027, 3, 29, 7, 0), // 1 day before, 09:00 CEST (after the change)
            utc(2027, 3, 30, 7, 0), // the morning of the day, 09:00 CEST
        ]
    );
    assert!(h.sent[1].1.contains("7 days"), "{}", h.sent[1].1);
    assert!(h.sent[2].1.contains("one day"), "{}", h.sent[2].1);
    assert!(h.sent[3].1.starts_with("⏰ Today is the last day"), "{}", h.sent[3].1);
    assert!(h.sent[3].1.contains("17:00"), "{}", h.sent[3].1);
}

#[test]
fn fire_times_are_local_and_before_the_deadline() {
    let tz: chrono_tz::Tz = "Europe/Brussels".parse().expect("tz");
    let d = tz.with_ymd_and_hms(2027, 10, 31, 12, 0, 0).single().expect("date"); // the autumn change
    assert_eq!(fire_at(d, 1, 9), Some(utc(2027, 10, 30, 7, 0))); // CEST
    assert_eq!(fire_at(d, 0, 9), Some(utc(2027, 10, 31, 8, 0))); // CET
                                                                 // A deadline at 08:00 gets its same-day reminder two hours before, not after it.
    let early = tz.with_ymd_and_hms(2027, 5, 3, 8, 0, 0).single().expect("date");
    assert_eq!(fire_at(early, 0, 9), Some(utc(2027, 5, 3, 4, 0)));
}

#[test]
fn a_deadline_moved_later_reschedules_and_tells_the_subscribers() {
    let kb = kb_with("2027-06-30T17:00");
    let id = amif(&kb);
    let mut h = Harness::new(kb, utc(2027, 6, 20, 0, 0));
    h.subscribe("1", &id, "en");
    h.run_until(utc(2027, 6, 24, 0, 0), Duration::hours(1));
    // The 7-day reminder (23 June) went out; the 30-day one had passed before subscribing
    // and is superseded rather than sent late.
    assert_eq!(h.sent.len(), 1);
    assert_eq!(h.sent[0].3.kind, Kind::Lead(7));
    h.open(kb_with("2027-07-15T17:00"));
    h.run_due();
    assert_eq!(h.sent.len(), 2);
    assert!(matches!(h.sent[1].3.kind, Kind::Moved(_)));
    assert!(h.sent[1].1.contains("has moved from 30 June 2027 17:00 to 15 July 2027 17:00"), "{}", h.sent[1].1);
    h.run_until(utc(2027, 7, 16, 0, 0), Duration::hours(1));
    let kinds: Vec<Kind> = h.sent.iter().map(|s| s.3.kind).collect();
    assert_eq!(kinds[2..], [Kind::Lead(7), Kind::Lead(1), Kind::Lead(0)]);
    assert_eq!(h.sent[2].2, utc(2027, 7, 8, 7, 0));
}

#[test]
fn a_deadline_moved_earlier_sends_the_nearest_reminder_at_once() {
    let kb = kb_with("2027-06-30T17:00");
    let mut h = Harness::new(kb, utc(2027, 5, 1, 0, 0));
    h.subscribe("1", "*", "fr");
    h.run_until(utc(2027, 6, 1, 12, 0), Duration::hours(6));
    assert_eq!(h.sent.len(), 1, "the 30-day reminder");
    h.open(kb_with("2027-06-04T17:00"));
    h.run_due();
    assert_eq!(h.sent.len(), 3, "{:?}", h.sent.iter().map(|s| &s.1).collect::<Vec<_>>());
    assert!(matches!(h.sent[1].3.kind, Kind::Moved(_)));
    assert!(h.sent[1].1.contains("juin"), "in French: {}", h.sent[1].1);
    assert_eq!(h.sent[2].3.kind, Kind::Lead(7), "7 days was already due: sent now, once");
    assert!(h.sent[2].1.contains('3'), "three days left: {}", h.sent[2].1);
    h.run_until(utc(2027, 6, 5, 0, 0), Duration::hours(1));
    let kinds: Vec<Kind> = h.sent.iter().skip(3).map(|s| s.3.kind).collect();
    assert_eq!(kinds, [Kind::Lead(1), Kind::Lead(0)]);
}

#[test]
fn a_call_added_with_a_close_deadline_is_announced_once() {
    // Start with the AMIF deadline in the past (as in the real seeds), then a new deadline
    // five days ahead arrives by import.
    let kb = kb_with("2021-02-16T17:00");
    let mut h = Harness::new(kb, utc(2027, 8, 1, 10, 0));
    h.subscribe("5", "*", "en");
    h.clock.set(utc(2027, 9, 1, 10, 0));
    h.run_due();
    assert!(h.sent.is_empty(), "nothing for a closed call");
    h.open(kb_with("2027-09-06T17:00"));
    h.run_due();
    h.run_until(utc(2027, 9, 7, 0, 0), Duration::hours(2));
    let kinds: Vec<Kind> = h.sent.iter().map(|s| s.3.kind).filter(|k| matches!(k, Kind::Lead(_))).collect();
    assert_eq!(kinds, [Kind::Lead(7), Kind::Lead(1), Kind::Lead(0)]);
    assert!(h.sent.iter().find(|s| s.3.kind == Kind::Lead(7)).is_some_and(|s| s.2 == utc(2027, 9, 1, 10, 0)));
}

#[test]
fn downtime_sends_missed_reminders_once_and_never_after_the_deadline() {
    let kb = kb_with("2027-06-30T17:00");
    let mut h = Harness::new(kb.clone(), utc(2027, 5, 1, 0, 0));
    h.subscribe("1", "*", "en");
    h.subscribe("2", "*", "de");
    // Down from 1 May to 25 June: the 30- and 7-day reminders were missed.
    h.clock.set(utc(2027, 6, 25, 12, 0));
    h.open(kb.clone()); // a restart
    h.run_due();
    h.run_due();
    assert_eq!(h.sent.len(), 2, "one reminder per chat, not two");
    assert!(h.sent.iter().all(|s| s.3.kind == Kind::Lead(7)));
    // Down again over the deadline: nothing is sent late.
    h.clock.set(utc(2027, 7, 2, 0, 0));
    h.open(kb);
    h.run_due();
    assert_eq!(h.sent.len(), 2);
}

#[test]
fn a_blocked_chat_is_unsubscribed_and_the_others_still_get_theirs() {
    let kb = kb_with("2027-06-30T17:00");
    let mut h = Harness::new(kb, utc(2027, 6, 23, 7, 0));
    for chat in ["1", "2", "3"] {
        h.subscribe(chat, "*", "en");
    }
    h.behaviour.insert("2".into(), vec![Err(SendError::Gone)]);
    h.run_until(utc(2027, 6, 23, 9, 0), Duration::minutes(30));
    let chats: Vec<&str> = h.sent.iter().map(|s| s.0.as_str()).collect();
    assert_eq!(chats, ["1", "3"]);
    assert!(h.bot().store().subscriptions("telegram", "2").expect("subs").is_empty());
    assert_eq!(h.bot().store().subscriptions("telegram", "3").expect("subs").len(), 1);
}

#[test]
fn a_failed_send_is_retried_with_backoff_and_delivered_once() {
    let kb = kb_with("2027-06-30T17:00");
    let mut h = Harness::new(kb, utc(2027, 6, 23, 7, 0));
    h.subscribe("1", "*", "en");
    h.subscribe("2", "*", "en");
    h.behaviour.insert(
        "1".into(),
        vec![Err(SendError::Retry(std::time::Duration::from_secs(600))), Err(SendError::Other("500".into()))],
    );
    h.clock.set(utc(2027, 6, 23, 8, 0));
    h.run_due();
    assert!(h.sent.is_empty(), "chat 1 waits out its retry; chat 2 comes after it");
    h.run_until(utc(2027, 6, 23, 10, 0), Duration::minutes(5));
    let chats: Vec<&str> = h.sent.iter().map(|s| s.0.as_str()).collect();
    assert_eq!(chats, ["1", "2"], "each once, in order");
}

#[test]
fn a_crash_with_a_reminder_in_flight_repeats_only_that_one() {
    let kb = kb_with("2027-06-30T17:00");
    let mut h = Harness::new(kb.clone(), utc(2027, 6, 20, 8, 0));
    for chat in ["1", "2", "3"] {
        h.subscribe(chat, "*", "en");
    }
    h.clock.set(utc(2027, 6, 23, 8, 0));
    // Deliver to chat 1, then crash while chat 2 is in flight.
    let now = utc(2027, 6, 23, 8, 0);
    {
        let r = h.reminders.as_ref().expect("reminders");
        let plan = r.due(h.bot().knowledge(), now).expect("pass");
        r.in_flight(&plan.deliveries[0]).expect("in flight");
        r.delivered(&plan.deliveries[0]).expect("delivered");
        r.in_flight(&plan.deliveries[1]).expect("in flight");
    }
    h.open(kb); // restart
    h.run_due();
    let chats: Vec<&str> = h.sent.iter().map(|s| s.0.as_str()).collect();
    assert_eq!(chats, ["2", "3"], "chat 2 again (it may have got it), chat 3, never chat 1");
}

#[test]
fn per_subscription_lead_times_and_forget() {
    let kb = kb_with("2027-06-30T17:00");
    let id = amif(&kb);
    let mut h = Harness::new(kb, utc(2027, 6, 1, 0, 0));
    let bot = h.bot();
    let msg = fundbot::message::Incoming::private("telegram", "9", "9", &format!("/subscribe {id} 14 2"));
    let reply = bot.handle(&msg);
    assert!(reply[0].text.starts_with("Done"), "{}", reply[0].text);
    h.run_until(utc(2027, 7, 1, 0, 0), Duration::hours(3));
    let kinds: Vec<Kind> = h.sent.iter().map(|s| s.3.kind).collect();
    assert_eq!(kinds, [Kind::Lead(14), Kind::Lead(2)]);
    // /forget deletes the subscription and the language choice.
    let bot = h.bot();
    bot.handle(&fundbot::message::Incoming::private("telegram", "9", "9", "/lang fr"));
    let out = bot.handle(&fundbot::message::Incoming::private("telegram", "9", "9", "/forget"));
    assert!(!out[0].text.is_empty());
    assert!(bot.store().subscriptions("telegram", "9").expect("subs").is_empty());
    assert_eq!(bot.store().user("telegram", "9").expect("user"), fundbot::store::UserPrefs::default());
}
