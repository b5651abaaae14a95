//! Deadline reminders that arrive once, on time, in the subscriber's language.
//!
//! Reminders are not a queue in memory: what is due is worked out on every pass from the
//! persisted subscriptions, the calls' deadlines and the persisted delivery states, so a
//! restart, a crash or a week of downtime changes nothing but timing.
//!
//! The unit of work is an *event*: one lead time of one call (`lead:<call>:<days>`), or the
//! notice that a call's deadline moved (`moved:<call>`). An event becomes due at its time (see
//! [`fire_at`]) and is then sent to every chat subscribed to that call, one chat at a time, in a
//! fixed order. Its state records the deadline it was computed for, the last chat done and the
//! chat in flight, each step flushed before the next: a crash can only repeat the one message
//! that was in flight, never lose one. A changed deadline makes old states stale, which
//! reschedules everything; a deadline in the past ends every event of that call.
//!
//! When several lead times of a call are due at once (fundbot was down, or the call was added
//! late), only the nearest one is sent: nobody wants "30 days left" and "7 days left" together.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Duration, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::error::StoreError;
use crate::knowledge::{Call, KnowledgeBase};
use crate::message::SendError;
use crate::store::{Store, Subscription};

/// When reminders go out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    /// Days before the deadline, e.g. `[30, 7, 1, 0]` (0 is the morning of the day).
    pub lead_days: Vec<u32>,
    /// Local hour (in the deadline's time zone) at which reminders are sent.
    pub hour: u32,
}

impl Default for Schedule {
    fn default() -> Self {
        Schedule { lead_days: vec![30, 7, 1, 0], hour: 9 }
    }
}

/// When the reminder `lead` days before `deadline` is due: at `hour` o'clock on the local date
/// `lead` days before the deadline's, in the deadline's own time zone (so daylight-saving
/// changes move the UTC instant, not the local hour). The same-day reminder goes out at `hour`
/// or, for a deadline earlier in the day, two hours before it. `None` when that moment is not
/// before the deadline.
#[must_use]
pub fn fire_at(deadline: DateTime<Tz>, lead: u32, hour: u32) -> Option<DateTime<Utc>> {
    let tz = deadline.timezone();
    let date = deadline.date_naive() - Duration::days(i64::from(lead));
    let time = NaiveTime::from_hms_opt(hour.min(23), 0, 0)?;
    // In a spring-forward gap the hour does not exist: take the first instant after it.
    let local = tz
        .from_local_datetime(&date.and_time(time))
        .earliest()
        .or_else(|| tz.from_local_datetime(&(date.and_time(time) + Duration::hours(1))).earliest())?;
    let mut at = local.with_timezone(&Utc);
    let deadline = deadline.with_timezone(&Utc);
    if lead == 0 && at >= deadline - Duration::hours(2) {
        at = deadline - Duration::hours(2);
    }
    (at < deadline).then_some(at)
}

/// Where an event is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Status {
    /// Not started.
    Pending,
    /// Being sent, chat by chat.
    Sending {
        /// The last chat (`platform:chat`) it was delivered to, in order.
        done: Option<String>,
        /// The chat it is being sent to now; after a crash it is sent there again.
        inflight: Option<String>,
        /// Failed attempts for the chat in flight.
        attempts: u32,
        /// Not before this time (seconds since 1970), after a failed send.
        retry_at: Option<i64>,
    },
    /// Sent to every subscriber.
    Done,
    /// Not sent: superseded by a nearer lead time, or the deadline passed.
    Skipped,
}

/// The persisted state of one event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventState {
    /// The deadline (seconds since 1970) this state was computed for; another deadline makes
    /// it stale.
    pub deadline: i64,
    /// For a moved-deadline notice: the deadline before the move.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<i64>,
    /// Progress.
    #[serde(flatten)]
    pub status: Status,
}

/// What a reminder says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A lead-time reminder.
    Lead(u32),
    /// The deadline moved from this instant.
    Moved(DateTime<Utc>),
}

/// One message to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    /// The event's key.
    pub event: String,
    /// `platform:chat`, the event's cursor.
    pub recipient: String,
    /// Platform.
    pub platform: String,
    /// Chat.
    pub chat: String,
    /// Language to write it in.
    pub lang: String,
    /// Call id.
    pub call: String,
    /// The call's deadline.
    pub deadline: DateTime<Utc>,
    /// What to say.
    pub kind: Kind,
}

/// The outcome of one pass.
#[derive(Debug, Default)]
pub struct Plan {
    /// State changes to persist (events that became pending, superseded, expired or done).
    pub updates: Vec<(String, EventState)>,
    /// The next messages to send, all of one event, in order.
    pub deliveries: Vec<Delivery>,
    /// When to look again if nothing is due now.
    pub next_wakeup: Option<DateTime<Utc>>,
}

fn recipient_key(s: &Subscription) -> String {
    format!("{}:{}", s.platform, s.chat)
}

fn secs(t: DateTime<Utc>) -> i64 {
    t.timestamp()
}

fn from_secs(s: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(s, 0).unwrap_or_default()
}

/// Subscriptions indexed by what they target, built once per pass.
struct Index<'a> {
    by_target: BTreeMap<&'a str, Vec<&'a Subscription>>,
}

impl<'a> Index<'a> {
    fn new(subs: &'a [Subscription]) -> Self {
        let mut by_target: BTreeMap<&str, Vec<&Subscription>> = BTreeMap::new();
        for s in subs {
            by_target.entry(s.target.as_str()).or_default().push(s);
        }
        Index { by_target }
    }

    /// The chats subscribed to `call`, one subscription each (the most specific: the call,
    /// then its fund, then all calls), in recipient order.
    fn recipients(&self, call: &Call) -> BTreeMap<String, &'a Subscription> {
        let mut out: BTreeMap<String, &Subscription> = BTreeMap::new();
        let fund = format!("fund:{}", call.fund);
        for target in ["*", fund.as_str(), call.id.as_str()] {
            for s in self.by_target.get(target).into_iter().flatten() {
                out.insert(recipient_key(s), s);
            }
        }
        out
    }
}

/// One pass: what is due at `now`, given the calls, the subscriptions and the persisted states.
/// Pure, so that it can be tested with any clock and measured without a store.
#[must_use]
pub fn plan(
    kb: &KnowledgeBase,
    subs: &[Subscription],
    states: &BTreeMap<String, EventState>,
    schedule: &Schedule,
    now: DateTime<Utc>,
) -> Plan {
    let mut out = Plan::default();
    let index = Index::new(subs);
    let mut leads: BTreeSet<u32> = schedule.lead_days.iter().copied().collect();
    for s in subs {
        leads.extend(s.lead_days.iter().flatten());
    }
    let wake = |t: DateTime<Utc>, out: &mut Plan| {
        if t > now && out.next_wakeup.is_none_or(|w| t < w) {
            out.next_wakeup = Some(t);
        }
    };
    for call in &kb.calls {
        let Some(deadline_local) = call.deadline_at() else { continue };
        let deadline = deadline_local.with_timezone(&Utc);
        let d = secs(deadline);
        let moved_key = format!("moved:{}", call.id);
        let known_key = format!("known:{}", call.id);
        // The deadline subscribers were last told of; the first sight of a call is no move.
        match states.get(&known_key) {
            None => out.updates.push((known_key, EventState { deadline: d, from: None, status: Status::Done })),
            Some(known) if known.deadline != d => {
                out.updates.push((known_key, EventState { deadline: d, from: None, status: Status::Done }));
                if now < deadline {
                    let from = states
                        .get(&moved_key)
                        .filter(|m| !matches!(m.status, Status::Done | Status::Skipped))
                        .and_then(|m| m.from)
                        .unwrap_or(known.deadline);
                    let moved = EventState { deadline: d, from: Some(from), status: Status::Pending };
                    out.updates.push((moved_key.clone(), moved.clone()));
                    if out.deliveries.is_empty() {
                        deliveries(
                            &index,
                            call,
                            &moved_key,
                            &moved,
                            Kind::Moved(from_secs(from)),
                            now,
                            &mut out,
                            &|_| true,
                        );
                    }
                }
                continue;
            }
            Some(_) => {}
        }
        let mut events: Vec<(String, u32, DateTime<Utc>)> = leads
            .iter()
            .filter_map(|&l| Some((format!("lead:{}:{l}", call.id), l, fire_at(deadline_local, l, schedule.hour)?)))
            .collect();
        if now >= deadline {
            // Never after the deadline.
            for key in events.iter().map(|e| &e.0).chain(std::iter::once(&moved_key)) {
                if let Some(st) = states.get(key) {
                    if matches!(st.status, Status::Pending | Status::Sending { .. }) {
                        out.updates.push((key.clone(), EventState { status: Status::Skipped, ..st.clone() }));
                    }
                }
            }
            continue;
        }
        // A pending moved notice goes first.
        if let Some(m) = states.get(&moved_key).filter(|m| m.deadline == d) {
            if matches!(m.status, Status::Pending | Status::Sending { .. }) && out.deliveries.is_empty() {
                let from = from_secs(m.from.unwrap_or(d));
                deliveries(&index, call, &moved_key, m, Kind::Moved(from), now, &mut out, &|_| true);
            }
        }
        events.sort_by_key(|e| e.2);
        let due: Vec<&(String, u32, DateTime<Utc>)> = events.iter().filter(|e| e.2 <= now).collect();
        for e in events.iter().filter(|e| e.2 > now) {
            wake(e.2, &mut out);
        }
        let Some(newest) = due.last() else { continue };
        for e in &due {
            let state = states.get(&e.0).filter(|s| s.deadline == d);
            let finished = state.is_some_and(|s| matches!(s.status, Status::Done | Status::Skipped));
            if finished {
                continue;
            }
            if e.0 != newest.0 {
                out.updates.push((e.0.clone(), EventState { deadline: d, from: None, status: Status::Skipped }));
                continue;
            }
            let st = state.cloned().unwrap_or(EventState { deadline: d, from: None, status: Status::Pending });
            if state.is_none() {
                out.updates.push((e.0.clone(), st.clone()));
            }
            if out.deliveries.is_empty() {
                let (lead, fire) = (e.1, secs(e.2));
                let chosen = |s: &Subscription| {
                    s.lead_days.as_ref().unwrap_or(&schedule.lead_days).contains(&lead)
                        && s.since.is_none_or(|t| t <= fire)
                };
                deliveries(&index, call, &e.0, &st, Kind::Lead(lead), now, &mut out, &chosen);
            }
        }
    }
    out
}

/// Fills `out.deliveries` with the event's remaining recipients (the one in flight first), or
/// marks it done when none is left.
#[allow(clippy::too_many_arguments)]
fn deliveries(
    index: &Index<'_>,
    call: &Call,
    key: &str,
    st: &EventState,
    kind: Kind,
    now: DateTime<Utc>,
    out: &mut Plan,
    chosen: &dyn Fn(&Subscription) -> bool,
) {
    let (done, inflight) = match &st.status {
        Status::Sending { retry_at: Some(t), .. } if *t > secs(now) => {
            if out.next_wakeup.is_none_or(|w| from_secs(*t) < w) {
                out.next_wakeup = Some(from_secs(*t));
            }
            return;
        }
        Status::Sending { done, inflight, .. } => (done.clone(), inflight.clone()),
        Status::Pending => (None, None),
        Status::Done | Status::Skipped => return,
    };
    let recipients = index.recipients(call);
    let deadline = from_secs(st.deadline);
    let make = |(r, s): (&String, &&Subscription)| Delivery {
        event: key.to_string(),
        recipient: r.clone(),
        platform: s.platform.clone(),
        chat: s.chat.clone(),
        lang: s.lang.clone(),
        call: call.id.clone(),
        deadline,
        kind,
    };
    // The chat in flight at a crash is sent again first (it may have got it: at most one duplicate).
    if let Some(r) = &inflight {
        if let Some(s) = recipients.get(r) {
            out.deliveries.push(make((r, s)));
        }
    }
    let after = inflight.as_ref().or(done.as_ref());
    out.deliveries.extend(
        recipients
            .iter()
            .filter(|(r, s)| after.is_none_or(|a| r.as_str() > a.as_str()) && chosen(s))
            .take(256)
            .map(make),
    );
    if out.deliveries.is_empty() {
        out.updates.push((key.to_string(), EventState { status: Status::Done, ..st.clone() }));
    }
}

/// The next reminder a subscription will get at `now`: when, and for which call.
#[must_use]
pub fn next_for(
    kb: &KnowledgeBase,
    sub: &Subscription,
    schedule: &Schedule,
    now: DateTime<Utc>,
) -> Option<(DateTime<Utc>, String)> {
    let leads = sub.lead_days.as_ref().unwrap_or(&schedule.lead_days);
    kb.calls
        .iter()
        .filter(|c| sub.covers(c))
        .filter_map(|c| {
            let d = c.deadline_at()?;
            let t = leads.iter().filter_map(|&l| fire_at(d, l, schedule.hour)).filter(|t| *t > now).min()?;
            Some((t, c.id.clone()))
        })
        .min()
}

/// What to do with a failed send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AfterFailure {
    /// Try this chat again at this time.
    Retry(DateTime<Utc>),
    /// The chat is gone (blocked, left): its subscriptions were removed; go on with the next.
    Unsubscribed,
    /// Gave up on this chat after repeated failures; go on with the next.
    GaveUp,
}

/// Failed attempts on one chat before it is skipped for this event.
pub const MAX_ATTEMPTS: u32 = 6;

/// The store side of reminders: reads what [`plan`] needs and records each step.
#[derive(Debug, Clone)]
pub struct Reminders {
    store: Store,
    schedule: Schedule,
}

impl Reminders {
    /// Reminders over `store`.
    #[must_use]
    pub fn new(store: Store, schedule: Schedule) -> Self {
        Reminders { store, schedule }
    }

    fn states(&self) -> Result<BTreeMap<String, EventState>, StoreError> {
        Ok(self.store.reminder_states::<EventState>()?.into_iter().collect())
    }

    /// Runs a pass at `now`, persists its state changes, and returns the next messages to
    /// send (all of one event) and when to look again.
    ///
    /// # Errors
    /// Store errors.
    pub fn due(&self, kb: &KnowledgeBase, now: DateTime<Utc>) -> Result<Plan, StoreError> {
        let subs = self.store.all_subscriptions()?;
        let states = self.states()?;
        let plan = plan(kb, &subs, &states, &self.schedule, now);
        for (k, v) in &plan.updates {
            self.store.set_reminder_state(k, v)?;
        }
        Ok(plan)
    }

    fn state(&self, key: &str) -> Result<Option<EventState>, StoreError> {
        self.store.reminder_state(key)
    }

    /// Records that `d` is about to be sent (flushed before the send).
    ///
    /// # Errors
    /// Store errors.
    pub fn in_flight(&self, d: &Delivery) -> Result<(), StoreError> {
        let Some(st) = self.state(&d.event)? else { return Ok(()) };
        // A retry of the same chat keeps its count of failed attempts.
        let (done, attempts) = match st.status {
            Status::Sending { done, inflight, attempts, .. } if inflight.as_deref() == Some(d.recipient.as_str()) => {
                (done, attempts)
            }
            Status::Sending { done, .. } => (done, 0),
            _ => (None, 0),
        };
        let status = Status::Sending { done, inflight: Some(d.recipient.clone()), attempts, retry_at: None };
        self.store.set_reminder_state(&d.event, &EventState { status, ..st })
    }

    /// Records that `d` was delivered.
    ///
    /// # Errors
    /// Store errors.
    pub fn delivered(&self, d: &Delivery) -> Result<(), StoreError> {
        let Some(st) = self.state(&d.event)? else { return Ok(()) };
        let done = match &st.status {
            Status::Sending { done: Some(prev), .. } if prev.as_str() > d.recipient.as_str() => Some(prev.clone()),
            _ => Some(d.recipient.clone()),
        };
        let status = Status::Sending { done, inflight: None, attempts: 0, retry_at: None };
        self.store.set_reminder_state(&d.event, &EventState { status, ..st })
    }

    /// Records a failed send and says what happens next.
    ///
    /// # Errors
    /// Store errors.
    pub fn failed(&self, d: &Delivery, error: &SendError, now: DateTime<Utc>) -> Result<AfterFailure, StoreError> {
        let Some(st) = self.state(&d.event)? else { return Ok(AfterFailure::GaveUp) };
        let (done, attempts) = match &st.status {
            Status::Sending { done, attempts, .. } => (done.clone(), *attempts),
            _ => (None, 0),
        };
        // Giving up on a chat moves past it as if delivered: the others must not wait for it.
        match error {
            SendError::Gone => {
                self.store.unsubscribe(&d.platform, &d.chat, None)?;
                self.delivered(d)?;
                Ok(AfterFailure::Unsubscribed)
            }
            SendError::Retry(_) | SendError::Other(_) if attempts + 1 >= MAX_ATTEMPTS => {
                self.delivered(d)?;
                Ok(AfterFailure::GaveUp)
            }
            SendError::Retry(_) | SendError::Other(_) => {
                let wait = match error {
                    SendError::Retry(after) => {
                        Duration::from_std(*after).unwrap_or(Duration::seconds(1)).max(Duration::seconds(1))
                    }
                    _ => Duration::seconds(30 << attempts.min(6)),
                };
                let at = now + wait;
                let status = Status::Sending {
                    done,
                    inflight: Some(d.recipient.clone()),
                    attempts: attempts + 1,
                    retry_at: Some(secs(at)),
                };
                self.store.set_reminder_state(&d.event, &EventState { status, ..st })?;
                Ok(AfterFailure::Retry(at))
            }
        }
    }
}
