//! What every adapter shares on the one tokio runtime: the bot behind a per-user flood limit,
//! a shutdown signal, and a supervisor that restarts a failed adapter with backoff so that one
//! platform going down never stops the others (mini-redis's shutdown pattern).

use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::sync::watch;

use crate::bot::Bot;
use crate::message::{Incoming, Reply};

/// Per-user message budget over a sliding minute.
#[derive(Debug)]
pub struct RateLimiter {
    per_minute: u32,
    window: Duration,
    users: Mutex<HashMap<(String, String), Window>>,
}

#[derive(Debug)]
struct Window {
    start: Instant,
    count: u32,
    warned: bool,
}

/// What the limiter says about one message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Answer it.
    Allow,
    /// Over the limit for the first time in this window: say so, once.
    Warn,
    /// Over the limit and already told: stay quiet.
    Drop,
}

impl RateLimiter {
    /// `per_minute` messages per user per minute (at least one).
    #[must_use]
    pub fn new(per_minute: u32) -> Self {
        Self::with_window(per_minute, Duration::from_secs(60))
    }

    /// A limiter with another window length (tests).
    #[must_use]
    pub fn with_window(per_minute: u32, window: Duration) -> Self {
        RateLimiter { per_minute: per_minute.max(1), window, users: Mutex::new(HashMap::new()) }
    }

    /// Counts one message of `user` on `platform` at `now`.
    pub fn check(&self, platform: &str, user: &str, now: Instant) -> Verdict {
        let mut users = self.users.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        // Forget idle users now and then so the map does not grow without bound.
        if users.len() > 50_000 {
            users.retain(|_, w| now.duration_since(w.start) < self.window);
        }
        let w = users.entry((platform.to_string(), user.to_string())).or_insert(Window {
            start: now,
            count: 0,
            warned: false,
        });
        if now.duration_since(w.start) >= self.window {
            *w = Window { start: now, count: 0, warned: false };
        }
        w.count += 1;
        if w.count <= self.per_minute {
            Verdict::Allow
        } else if !w.warned {
            w.warned = true;
            Verdict::Warn
        } else {
            Verdict::Drop
        }
    }
}

/// The bot as adapters see it.
#[derive(Debug)]
pub struct Core {
    bot: Arc<Bot>,
    limiter: RateLimiter,
}

impl Core {
    /// Wraps a bot with a per-user limit of `per_minute` messages.
    #[must_use]
    pub fn new(bot: Arc<Bot>, per_minute: u32) -> Self {
        Core { bot, limiter: RateLimiter::new(per_minute) }
    }

    /// The bot.
    #[must_use]
    pub fn bot(&self) -> &Bot {
        &self.bot
    }

    /// The replies to one incoming message: none when the message does not address the bot
    /// or its sender is over the limit (told once).
    pub fn respond(&self, msg: &Incoming) -> Vec<Reply> {
        if !msg.addressed() {
            return Vec::new();
        }
        match self.limiter.check(&msg.platform, &msg.user, Instant::now()) {
            Verdict::Allow => self.bot.handle(msg),
            Verdict::Warn => vec![Reply::text(self.bot.rate_limited_text(msg))],
            Verdict::Drop => Vec::new(),
        }
    }
}

/// A shutdown signal any number of tasks can wait for.
#[derive(Debug, Clone)]
pub struct Shutdown {
    rx: watch::Receiver<bool>,
}

/// The sending side of [`Shutdown`].
#[derive(Debug)]
pub struct ShutdownTrigger {
    tx: watch::Sender<bool>,
}

/// A new shutdown pair.
#[must_use]
pub fn shutdown_pair() -> (ShutdownTrigger, Shutdown) {
    let (tx, rx) = watch::channel(false);
    (ShutdownTrigger { tx }, Shutdown { rx })
}

impl ShutdownTrigger {
    /// Tells every task to stop.
    pub fn trigger(&self) {
        let _ = self.tx.send(true);
    }
}

impl Shutdown {
    /// Whether shutdown has been asked for.
    #[must_use]
    pub fn is_triggered(&self) -> bool {
        *self.rx.borrow()
    }

    /// Resolves when shutdown is asked for.
    pub async fn wait(&mut self) {
        while !*self.rx.borrow() {
            if self.rx.changed().await.is_err() {
                return;
            }
        }
    }
}

/// Delays between restarts of a failing adapter: 1 s doubling to 5 minutes.
#[must_use]
pub fn backoff(attempt: u32) -> Duration {
    Duration::from_secs(1u64 << attempt.min(8)).min(Duration::from_secs(300))
}

/// Runs `start` until it returns `Ok` or shutdown is asked for, restarting it with backoff
/// after each error. A run that lasted a while resets the backoff.
pub async fn supervise<F, Fut, E>(name: &str, mut shutdown: Shutdown, mut start: F)
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<(), E>>,
    E: std::fmt::Display,
{
    let mut attempt = 0;
    loop {
        let began = Instant::now();
        let result = tokio::select! {
            r = start() => r,
            () = shutdown.wait() => return,
        };
        match result {
            Ok(()) => {
                tracing::info!(adapter = name, "stopped");
                return;
            }
            Err(e) => {
                if began.elapsed() > Duration::from_secs(600) {
                    attempt = 0;
                }
                let delay = backoff(attempt);
                attempt += 1;
                tracing::error!(adapter = name, error = %e, retry_in = ?delay, "adapter failed; the others keep running");
                tokio::select! {
                    () = tokio::time::sleep(delay) => {}
                    () = shutdown.wait() => return,
                }
            }
        }
    }
}

// Adapters share one core across tasks and threads.
const _: fn() = || {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Core>();
};

/// Sends due reminders until shutdown: a pass, then each message of the due event in order
/// (marked in flight, sent, marked delivered), then sleep until the next reminder is due
/// (at most a minute, so that new calls and subscriptions are seen). A shutdown waits for the
/// message being sent, never for a whole batch.
pub async fn remind(
    core: Arc<Core>,
    reminders: crate::reminders::Reminders,
    outboxes: HashMap<String, Arc<dyn crate::message::Outbox>>,
    mut shutdown: Shutdown,
) {
    use crate::reminders::AfterFailure;
    let mut warned: std::collections::HashSet<String> = std::collections::HashSet::new();
    loop {
        if shutdown.is_triggered() {
            return;
        }
        let bot = core.bot();
        let now = bot.now();
        let mut pause = Duration::from_secs(60);
        match reminders.due(bot.knowledge(), now) {
            Err(e) => tracing::error!(error = %e, "reminders: cannot read the store; trying again in a minute"),
            Ok(plan) => {
                if let Some(t) = plan.next_wakeup {
                    pause = pause.min((t - now).to_std().unwrap_or_default().max(Duration::from_millis(200)));
                }
                if !plan.deliveries.is_empty() {
                    pause = Duration::ZERO;
                }
                for d in &plan.deliveries {
                    if shutdown.is_triggered() {
                        return;
                    }
                    let Some(outbox) = outboxes.get(&d.platform) else {
                        // No adapter for that platform in this run (the console, or a platform
                        // whose token was removed): the reminder cannot be sent anywhere.
                        if warned.insert(d.platform.clone()) {
                            tracing::warn!(platform = %d.platform, "reminders: platform not running; its reminders are skipped");
                        }
                        let _ = reminders.delivered(d);
                        continue;
                    };
                    if let Err(e) = reminders.in_flight(d) {
                        tracing::error!(error = %e, "reminders: cannot record a send; not sending");
                        pause = Duration::from_secs(5);
                        break;
                    }
                    let reply = Reply::text(bot.reminder_text(d, now));
                    let sent = outbox.send(&d.chat, &reply).await;
                    let recorded = match &sent {
                        Ok(()) => reminders.delivered(d).map(|()| None),
                        Err(e) => reminders.failed(d, e, bot.now()).map(Some),
                    };
                    match recorded {
                        Ok(None) => tracing::debug!(event = %d.event, "reminder delivered"),
                        Ok(Some(AfterFailure::Retry(at))) => {
                            tracing::warn!(event = %d.event, platform = %d.platform, retry_at = %at, "reminder not delivered; will retry");
                            break;
                        }
                        Ok(Some(AfterFailure::Unsubscribed)) => {
                            tracing::info!(platform = %d.platform, "chat blocked the bot or is gone; unsubscribed");
                        }
                        Ok(Some(AfterFailure::GaveUp)) => {
                            tracing::warn!(event = %d.event, platform = %d.platform, "reminder given up after repeated failures");
                        }
                        Err(e) => {
                            tracing::error!(error = %e, "reminders: cannot record a delivery");
                            pause = Duration::from_secs(5);
                            break;
                        }
                    }
                }
            }
        }
        if pause > Duration::ZERO {
            tokio::select! {
                () = tokio::time::sleep(pause) => {}
                () = shutdown.wait() => return,
            }
        }
    }
}

/// The platforms `fundbot run` can start, and whether each is configured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Platform {
    /// `telegram` or `discord`.
    pub name: &'static str,
    /// Why it is not started, or `None` when it is.
    pub skipped: Option<String>,
}

/// Which adapters the configuration starts, in a fixed order, with the reason for each one
/// that is skipped (no token, or built without that platform).
#[must_use]
pub fn platforms(cfg: &crate::config::Config) -> Vec<Platform> {
    let token = |t: &Option<String>, var: &str| match t {
        Some(t) if !t.trim().is_empty() => None,
        _ => Some(format!("no token ({var} or the config file)")),
    };
    let built = |on: bool| if on { None } else { Some("this binary was built without it".to_string()) };
    vec![
        Platform {
            name: "telegram",
            skipped: built(cfg!(feature = "telegram")).or_else(|| token(&cfg.telegram.token, "FUNDBOT_TELEGRAM_TOKEN")),
        },
        Platform {
            name: "discord",
            skipped: built(cfg!(feature = "discord")).or_else(|| token(&cfg.discord.token, "FUNDBOT_DISCORD_TOKEN")),
        },
    ]
}

/// Starts every configured adapter under [`supervise`], each on its own task, and returns
/// their handles; they end when `shutdown` fires.
pub fn start(core: &Arc<Core>, cfg: &crate::config::Config, shutdown: &Shutdown) -> Vec<tokio::task::JoinHandle<()>> {
    let mut tasks = Vec::new();
    for p in platforms(cfg) {
        if let Some(why) = &p.skipped {
            tracing::info!(adapter = p.name, reason = %why, "skipped");
            continue;
        }
        tracing::info!(adapter = p.name, "starting");
        match p.name {
            #[cfg(feature = "telegram")]
            "telegram" => {
                let (core, cfg) = (core.clone(), cfg.telegram.clone());
                tasks.push(spawn_supervised("telegram", shutdown, move |sd| {
                    crate::adapters::telegram::run(core.clone(), cfg.clone(), sd)
                }));
            }
            #[cfg(feature = "discord")]
            "discord" => {
                let (core, cfg) = (core.clone(), cfg.discord.clone());
                tasks.push(spawn_supervised("discord", shutdown, move |sd| {
                    crate::adapters::discord::run(core.clone(), cfg.clone(), sd)
                }));
            }
            _ => {}
        }
    }
    let outboxes = outboxes(cfg);
    if !outboxes.is_empty() {
        let reminders = crate::reminders::Reminders::new(core.bot().store().clone(), cfg.reminders.schedule());
        tasks.push(tokio::spawn(remind(core.clone(), reminders, outboxes, shutdown.clone())));
    }
    tasks
}

/// Runs an adapter under [`supervise`] on its own task; `run` gets the shutdown signal each time.
#[cfg(any(feature = "telegram", feature = "discord"))]
fn spawn_supervised<F, Fut, E>(name: &'static str, shutdown: &Shutdown, mut run: F) -> tokio::task::JoinHandle<()>
where
    F: FnMut(Shutdown) -> Fut + Send + 'static,
    Fut: Future<Output = Result<(), E>> + Send,
    E: std::fmt::Display + Send,
{
    let sd = shutdown.clone();
    tokio::spawn(async move { supervise(name, sd.clone(), move || run(sd.clone())).await })
}

/// An outbox for each configured platform, for reminders. Must be called inside the runtime.
fn outboxes(cfg: &crate::config::Config) -> HashMap<String, Arc<dyn crate::message::Outbox>> {
    // Without either platform feature nothing is ever inserted.
    #[cfg_attr(not(any(feature = "telegram", feature = "discord")), allow(unused_mut))]
    let mut out: HashMap<String, Arc<dyn crate::message::Outbox>> = HashMap::new();
    for p in platforms(cfg).into_iter().filter(|p| p.skipped.is_none()) {
        match p.name {
            #[cfg(feature = "telegram")]
            "telegram" => match crate::adapters::telegram::TelegramOutbox::new(&cfg.telegram) {
                Ok(o) => {
                    out.insert(p.name.into(), Arc::new(o));
                }
                Err(e) => tracing::error!(error = %e, "telegram: no reminders"),
            },
            #[cfg(feature = "discord")]
            "discord" => match crate::adapters::discord::DiscordOutbox::new(&cfg.discord) {
                Ok(o) => {
                    out.insert(p.name.into(), Arc::new(o));
                }
                Err(e) => tracing::error!(error = %e, "discord: no reminders"),
            },
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limiter_allows_the_budget_then_warns_once_then_drops() {
        let l = RateLimiter::with_window(3, Duration::from_secs(60));
        let t = Instant::now();
        let v: Vec<_> = (0..6).map(|_| l.check("telegram", "u1", t)).collect();
        assert_eq!(v, [Verdict::Allow, Verdict::Allow, Verdict::Allow, Verdict::Warn, Verdict::Drop, Verdict::Drop]);
        // Another user has their own budget.
        assert_eq!(l.check("telegram", "u2", t), Verdict::Allow);
        // A new window starts afresh.
        assert_eq!(l.check("telegram", "u1", t + Duration::from_secs(61)), Verdict::Allow);
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        assert_eq!(backoff(0), Duration::from_secs(1));
        assert_eq!(backoff(3), Duration::from_secs(8));
        assert_eq!(backoff(30), Duration::from_secs(256));
    }

    #[tokio::test(start_paused = true)]
    async fn supervisor_restarts_a_failing_adapter_until_shutdown() {
        let (trigger, shutdown) = shutdown_pair();
        let runs = Arc::new(std::sync::atomic::AtomicU32::new(0));
        let r = runs.clone();
        let task = tokio::spawn(async move {
            supervise("test", shutdown, move || {
                let r = r.clone();
                async move {
                    r.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    Err::<(), _>("bad token")
                }
            })
            .await;
        });
        // 1 + 2 + 4 seconds of backoff: four runs by t = 7.5 s.
        tokio::time::sleep(Duration::from_millis(7_500)).await;
        assert_eq!(runs.load(std::sync::atomic::Ordering::SeqCst), 4);
        trigger.trigger();
        task.await.expect("the supervisor task ends");
    }
}
