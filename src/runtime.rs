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
