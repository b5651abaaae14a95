//! The Telegram platform, on teloxide.
//!
//! [`run`] checks the token with `getMe`, then receives updates by long polling (or, in webhook
//! mode, through teloxide's axum listener) and hands them to a `dptree` handler tree: messages
//! and button presses become [`Incoming`]s for the [`Core`], and each [`Reply`] becomes
//! `sendMessage` (HTML, escaped, split under Telegram's 4096 UTF-16 units, buttons as an inline
//! keyboard) and `sendDocument` calls. Every call goes through teloxide's `Throttle`, which keeps
//! under Telegram's flood limits and waits out a 429 `retry_after` instead of dropping the reply.
//!
//! [`TelegramOutbox`] sends messages nobody asked for just now (reminders) and reports why a
//! chat cannot be reached, so that the caller can forget chats that blocked the bot.
//!
//! The token is never logged: it only lives inside teloxide's `Bot` (whose errors hide it) and
//! every error text made here is scrubbed of it as well.

use std::collections::{HashMap, HashSet};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use teloxide::adaptors::throttle::{Limits, Settings, Throttle};
use teloxide::dispatching::{Dispatcher, UpdateFilterExt, UpdateHandler};
use teloxide::payloads::{SendDocumentSetters, SendMessageSetters};
use teloxide::prelude::{dptree, Requester};
use teloxide::types::{
    CallbackQuery, ChatId, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, MaybeInaccessibleMessage, Me,
    Message, MessageId, ParseMode, ReplyParameters, ThreadId, Update, UserId,
};
use teloxide::update_listeners::webhooks;
use teloxide::update_listeners::Polling;
use teloxide::{ApiError, RequestError};
use tokio::sync::Semaphore;

use crate::config::TelegramConfig;
use crate::message::{split_text, Button, ChatKind, Incoming, Outbox, Reply, SendError, SendFuture};
use crate::runtime::{Core, Shutdown};

/// The platform name in [`Incoming::platform`] and in the store.
pub const PLATFORM: &str = "telegram";

/// Telegram's limit for one message's text, in UTF-16 code units (after entity parsing, but
/// counting the escaped text keeps us on the safe side).
pub const MAX_TEXT_UNITS: usize = 4096;

/// Telegram's limit for a button's `callback_data`, in bytes.
pub const MAX_CALLBACK_BYTES: usize = 64;

/// How long a group's administrator list is trusted before it is asked for again: long enough
/// that a busy group costs one call now and then, short enough that a demoted admin soon loses
/// the right to change the group's subscriptions.
const ADMIN_TTL: Duration = Duration::from_secs(300);

/// The bot every handler talks through: rate limited by teloxide's `Throttle`.
type TgBot = Throttle<teloxide::Bot>;

/// Why the Telegram adapter could not start or stopped.
#[derive(Debug, thiserror::Error)]
pub enum TelegramError {
    /// `[telegram] token` / `FUNDBOT_TELEGRAM_TOKEN` is missing.
    #[error("Telegram: no bot token is configured (set FUNDBOT_TELEGRAM_TOKEN)")]
    NoToken,
    /// `api_url` cannot be used as the Bot API base.
    #[error("Telegram: api_url {url:?} is not usable: {reason}")]
    ApiUrl {
        /// The configured value.
        url: String,
        /// What is wrong with it.
        reason: String,
    },
    /// Telegram answered `getMe` with 401/404: the token is wrong or was revoked.
    #[error("Telegram rejected the bot token (getMe: unauthorized); check FUNDBOT_TELEGRAM_TOKEN")]
    InvalidToken,
    /// `getMe` failed for another reason (network, Telegram down).
    #[error("Telegram: getMe failed: {0}")]
    GetMe(String),
    /// Webhook mode is misconfigured or Telegram refused `setWebhook`.
    #[error("Telegram webhook: {0}")]
    Webhook(String),
    /// The webhook server could not listen on `webhook_listen`.
    #[error("Telegram webhook: cannot listen on {addr}: {source}")]
    Bind {
        /// The configured address.
        addr: String,
        /// The socket error.
        source: std::io::Error,
    },
    /// The adapter was started outside a tokio runtime.
    #[error("Telegram: must run inside a tokio runtime")]
    NoRuntime,
}

/// Knobs that are not in the configuration file, because only tests and benchmarks need
/// other values than Telegram's.
#[derive(Debug, Clone)]
pub struct Tuning {
    /// Flood limits the `Throttle` keeps under. The default is Telegram's documented limits
    /// (30 messages a second overall, one a second and 20 a minute per chat); a load test
    /// against a fake server raises them to measure the bot instead of the limits.
    pub limits: Limits,
    /// Long-polling timeout of `getUpdates`.
    pub poll_timeout: Duration,
    /// How many messages the core may work on at once on the blocking pool: the core is
    /// synchronous, and an unbounded number of blocking threads would only cost memory.
    pub max_parallel: usize,
}

impl Default for Tuning {
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get);
        Tuning { limits: Limits::default(), poll_timeout: Duration::from_secs(10), max_parallel: cores * 2 }
    }
}

/// Runs the Telegram adapter with Telegram's own limits until `shutdown` fires (then it stops
/// taking updates, finishes the replies in flight and returns `Ok`).
///
/// # Errors
/// [`TelegramError`] when the token is missing or rejected, the configuration is unusable, or
/// Telegram cannot be reached at start. Errors while handling single updates are logged, never
/// returned.
pub async fn run(core: Arc<Core>, cfg: TelegramConfig, shutdown: Shutdown) -> Result<(), TelegramError> {
    run_with(core, cfg, shutdown, Tuning::default()).await
}

/// [`run`] with other [`Tuning`].
///
/// # Errors
/// As [`run`].
pub async fn run_with(
    core: Arc<Core>,
    cfg: TelegramConfig,
    mut shutdown: Shutdown,
    tuning: Tuning,
) -> Result<(), TelegramError> {
    tokio::runtime::Handle::try_current().map_err(|_| TelegramError::NoRuntime)?;
    let token = token_of(&cfg)?;
    let raw = teloxide::Bot::new(token.clone()).set_api_url(api_url(&cfg.api_url)?);
    let me = check_token(&raw, &token).await?;
    let username = me.user.username.clone().unwrap_or_default();
    tracing::info!(bot = %username, mode = %cfg.mode, "Telegram: connected");

    let bot = Throttle::new_spawn(raw, tuning.limits);
    let ctx = Arc::new(Ctx { core, admins: AdminCache::default(), gate: Semaphore::new(tuning.max_parallel.max(1)) });
    let handler_token = token.clone();
    let mut dispatcher = Dispatcher::builder(bot.clone(), schema())
        .dependencies(dptree::deps![ctx])
        // Edited messages, member updates and the like are not for us: no log line for each.
        .default_handler(|_| async {})
        .error_handler(Arc::new(move |e: RequestError| {
            let text = scrub(&e.to_string(), &handler_token);
            async move { tracing::warn!(error = %text, "Telegram: could not answer an update") }
        }))
        .build();

    // Shutdown may come before the dispatcher has started (it then refuses): keep asking.
    let stopper = dispatcher.shutdown_token();
    let stop = async move {
        shutdown.wait().await;
        tracing::info!("Telegram: stopping; finishing replies in flight");
        while stopper.shutdown().is_err() {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        // The dispatcher returning is what ends `run`.
        std::future::pending::<()>().await;
    };
    let scrub_token = token.clone();
    let listener_errors = Arc::new(move |e: RequestError| {
        let text = scrub(&e.to_string(), &scrub_token);
        async move {
            tracing::warn!(error = %text, "Telegram: getUpdates failed; retrying");
        }
    });

    if cfg.mode == "webhook" {
        let (options, addr) = webhook_options(&cfg)?;
        // Listen before telling Telegram where to post, so no update reaches a closed port.
        let tcp = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|source| TelegramError::Bind { addr: addr.to_string(), source })?;
        let (listener, stop_flag, router) = webhooks::axum_to_router(bot.clone(), options)
            .await
            .map_err(|e| TelegramError::Webhook(format!("setWebhook failed: {}", scrub(&e.to_string(), &token))))?;
        let server = tokio::spawn(async move {
            if let Err(e) = axum::serve(tcp, router).with_graceful_shutdown(stop_flag).await {
                tracing::error!(error = %e, "Telegram: webhook server failed");
            }
        });
        let webhook_errors = Arc::new(|e: std::convert::Infallible| async move { match e {} });
        let result = tokio::select! {
            r = dispatcher.try_dispatch_with_listener(listener, webhook_errors) => r,
            () = stop => Ok(()),
        };
        match result {
            // The server deletes the webhook as it stops; let it finish.
            Ok(()) => {
                let _ = server.await;
            }
            // The dispatcher never ran, so nothing will stop the server but us.
            Err(e) => {
                server.abort();
                return Err(get_me_error(&e, &token));
            }
        }
    } else {
        let listener = Polling::builder(bot.clone()).timeout(tuning.poll_timeout).delete_webhook().await.build();
        tokio::select! {
            r = dispatcher.try_dispatch_with_listener(listener, listener_errors) => {
                r.map_err(|e| get_me_error(&e, &token))?;
            }
            () = stop => {}
        }
    }
    tracing::info!("Telegram: stopped");
    Ok(())
}

/// The configured token, trimmed; never logged.
fn token_of(cfg: &TelegramConfig) -> Result<String, TelegramError> {
    cfg.token.as_deref().map(str::trim).filter(|t| !t.is_empty()).map(str::to_string).ok_or(TelegramError::NoToken)
}

/// The Bot API base URL. teloxide appends `/bot<token>/<method>` as path segments, so a
/// trailing slash would make an empty segment.
fn api_url(raw: &str) -> Result<url::Url, TelegramError> {
    let bad = |reason: String| TelegramError::ApiUrl { url: raw.to_string(), reason };
    let mut url = url::Url::parse(raw.trim()).map_err(|e| bad(e.to_string()))?;
    if url.cannot_be_a_base() || !matches!(url.scheme(), "http" | "https") {
        return Err(bad("use an http:// or https:// URL".into()));
    }
    let path = url.path().trim_end_matches('/').to_string();
    url.set_path(&path);
    Ok(url)
}

/// Asks `getMe` once, so a wrong token fails at start with a clear message instead of
/// teloxide retrying `getUpdates` forever.
async fn check_token(bot: &teloxide::Bot, token: &str) -> Result<Me, TelegramError> {
    bot.get_me().await.map_err(|e| get_me_error(&e, token))
}

fn get_me_error(e: &RequestError, token: &str) -> TelegramError {
    match e {
        RequestError::Api(ApiError::InvalidToken) => TelegramError::InvalidToken,
        other => TelegramError::GetMe(scrub(&other.to_string(), token)),
    }
}

/// Removes the token from an error text. teloxide already hides it in network errors; this
/// is the belt to that pair of braces.
fn scrub(text: &str, token: &str) -> String {
    if token.is_empty() {
        text.to_string()
    } else {
        text.replace(token, "<token>")
    }
}

fn webhook_options(cfg: &TelegramConfig) -> Result<(webhooks::Options, SocketAddr), TelegramError> {
    let url =
        cfg.webhook_url.as_deref().ok_or_else(|| TelegramError::Webhook("webhook mode needs webhook_url".into()))?;
    // The URL may carry a secret path: say what is wrong, not what it is.
    let url = url::Url::parse(url).map_err(|e| TelegramError::Webhook(format!("webhook_url is not a URL: {e}")))?;
    let addr: SocketAddr = cfg.webhook_listen.parse().map_err(|e| {
        TelegramError::Webhook(format!("webhook_listen {:?} is not an address:port: {e}", cfg.webhook_listen))
    })?;
    // teloxide generates a secret token that Telegram sends back with each update.
    Ok((webhooks::Options::new(addr, url), addr))
}

/// What every handler shares.
struct Ctx {
    core: Arc<Core>,
    admins: AdminCache,
    gate: Semaphore,
}

impl Ctx {
    /// Runs the synchronous core on the blocking pool, a bounded number at a time.
    async fn respond(&self, msg: Incoming) -> Vec<Reply> {
        let Ok(_permit) = self.gate.acquire().await else {
            return Vec::new();
        };
        let core = Arc::clone(&self.core);
        match tokio::task::spawn_blocking(move || core.respond(&msg)).await {
            Ok(replies) => replies,
            Err(e) => {
                tracing::error!(error = %e, "Telegram: the core failed on a message");
                Vec::new()
            }
        }
    }
}

/// Administrators per group chat, fetched with `getChatAdministrators` when a message addresses
/// the bot and kept for [`ADMIN_TTL`].
#[derive(Default)]
struct AdminCache {
    chats: Mutex<HashMap<ChatId, Admins>>,
}

/// When a group's administrators were fetched, and who they are.
type Admins = (Instant, Arc<HashSet<UserId>>);

impl AdminCache {
    async fn is_admin(&self, bot: &TgBot, chat: ChatId, user: UserId) -> bool {
        let cached = {
            let chats = self.chats.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            chats.get(&chat).filter(|(at, _)| at.elapsed() < ADMIN_TTL).map(|(_, ids)| Arc::clone(ids))
        };
        let ids = match cached {
            Some(ids) => ids,
            None => match bot.get_chat_administrators(chat).await {
                Ok(members) => {
                    let ids: Arc<HashSet<UserId>> =
                        Arc::new(members.iter().filter(|m| m.kind.is_privileged()).map(|m| m.user.id).collect());
                    let mut chats = self.chats.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
                    if chats.len() > 10_000 {
                        chats.retain(|_, (at, _)| at.elapsed() < ADMIN_TTL);
                    }
                    chats.insert(chat, (Instant::now(), Arc::clone(&ids)));
                    ids
                }
                Err(e) => {
                    // Not knowing means not an admin: the safe side for subscription changes.
                    tracing::warn!(chat = chat.0, error = %e, "Telegram: getChatAdministrators failed");
                    return false;
                }
            },
        };
        ids.contains(&user)
    }
}

/// The handler tree: messages and button presses; everything else goes to the silent default.
fn schema() -> UpdateHandler<RequestError> {
    dptree::entry()
        .branch(Update::filter_message().endpoint(on_message))
        .branch(Update::filter_callback_query().endpoint(on_callback))
}

async fn on_message(bot: TgBot, msg: Message, me: Me, ctx: Arc<Ctx>) -> Result<(), RequestError> {
    let username = me.user.username.as_deref().unwrap_or_default();
    let Some(mut incoming) = incoming_from_message(&msg, username, me.user.id) else {
        return Ok(());
    };
    if !incoming.addressed() {
        return Ok(());
    }
    if incoming.chat_kind == ChatKind::Group && !incoming.is_admin {
        if let Some(from) = &msg.from {
            incoming.is_admin = ctx.admins.is_admin(&bot, msg.chat.id, from.id).await;
        }
    }
    tracing::debug!(chat = msg.chat.id.0, chars = incoming.text.chars().count(), "Telegram: message");
    let group = incoming.chat_kind == ChatKind::Group;
    let replies = ctx.respond(incoming).await;
    // In a busy group the answer quotes the question, so everyone sees whom it is for.
    let to = Target { chat: msg.chat.id, thread: topic(&msg), reply_to: group.then_some(msg.id) };
    for reply in &replies {
        deliver(&bot, &to, reply).await?;
    }
    Ok(())
}

async fn on_callback(bot: TgBot, q: CallbackQuery, ctx: Arc<Ctx>) -> Result<(), RequestError> {
    // Acknowledge first, so the button stops spinning whatever happens next.
    if let Err(e) = bot.answer_callback_query(q.id.clone()).await {
        tracing::warn!(error = %e, "Telegram: answerCallbackQuery failed");
    }
    let Some(mut incoming) = incoming_from_callback(&q) else {
        return Ok(());
    };
    let Ok(chat) = incoming.chat.parse::<i64>().map(ChatId) else {
        return Ok(());
    };
    if incoming.chat_kind == ChatKind::Group {
        incoming.is_admin = ctx.admins.is_admin(&bot, chat, q.from.id).await;
    }
    tracing::debug!(chat = chat.0, "Telegram: button");
    let thread = match &q.message {
        Some(MaybeInaccessibleMessage::Regular(m)) => topic(m),
        _ => None,
    };
    let replies = ctx.respond(incoming).await;
    let to = Target { chat, thread, reply_to: None };
    for reply in &replies {
        deliver(&bot, &to, reply).await?;
    }
    Ok(())
}

/// A message as the core sees it, or `None` for what the bot ignores: no text (photos,
/// joins), or sent by a bot. `is_admin` is true in private chats and for anonymous group
/// admins; other group senders are checked by the caller, only when the bot is addressed.
#[must_use]
pub fn incoming_from_message(msg: &Message, bot_username: &str, bot_id: UserId) -> Option<Incoming> {
    let text = msg.text()?;
    let from = msg.from.as_ref()?;
    // An anonymous admin writes as the group itself, through Telegram's GroupAnonymousBot.
    let anonymous_admin = msg.sender_chat.as_ref().is_some_and(|c| c.id == msg.chat.id);
    if from.is_bot && !anonymous_admin {
        return None;
    }
    let private = msg.chat.is_private();
    // None: a command for another bot in the same group.
    let (text, command_for_us) = strip_command_suffix(text, bot_username)?;
    let (text, mentioned) = strip_mention(&text, bot_username);
    let reply_to_bot = msg.reply_to_message().and_then(|r| r.from.as_ref()).is_some_and(|u| u.id == bot_id);
    let user = if anonymous_admin { msg.chat.id.0.to_string() } else { from.id.0.to_string() };
    Some(Incoming {
        platform: PLATFORM.into(),
        chat: msg.chat.id.0.to_string(),
        user,
        chat_kind: if private { ChatKind::Private } else { ChatKind::Group },
        text,
        mentioned: mentioned || command_for_us,
        reply_to_bot,
        is_admin: private || anonymous_admin,
        lang_hint: lang_hint(from.language_code.as_deref()),
    })
}

/// A button press as the core sees it: the button's command, from the chat the button was in
/// (the presser's private chat for inline messages, which have none).
#[must_use]
pub fn incoming_from_callback(q: &CallbackQuery) -> Option<Incoming> {
    let data = q.data.as_deref()?;
    let (chat, private) = match &q.message {
        Some(m) => (m.chat().id, m.chat().is_private()),
        None => (ChatId(q.from.id.0.try_into().ok()?), true),
    };
    Some(Incoming {
        platform: PLATFORM.into(),
        chat: chat.0.to_string(),
        user: q.from.id.0.to_string(),
        chat_kind: if private { ChatKind::Private } else { ChatKind::Group },
        text: data.to_string(),
        mentioned: false,
        reply_to_bot: true,
        is_admin: private,
        lang_hint: lang_hint(q.from.language_code.as_deref()),
    })
}

/// `pt-BR` → `pt`: the core knows languages, not regions.
fn lang_hint(code: Option<&str>) -> Option<String> {
    code.and_then(|c| c.split(['-', '_']).next()).map(str::trim).filter(|c| !c.is_empty()).map(str::to_lowercase)
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// `/calls@fundbot x` → `(/calls x, true)`; `/calls x` → `(/calls x, false)`; a command
/// addressed to another bot → `None`. Text that is not a command comes back unchanged.
fn strip_command_suffix(text: &str, bot_username: &str) -> Option<(String, bool)> {
    let trimmed = text.trim_start();
    if !trimmed.starts_with('/') {
        return Some((text.to_string(), false));
    }
    let end = trimmed.find(char::is_whitespace).unwrap_or(trimmed.len());
    let (head, rest) = trimmed.split_at(end);
    match head.split_once('@') {
        None => Some((text.to_string(), false)),
        Some((name, target)) if target.eq_ignore_ascii_case(bot_username) => Some((format!("{name}{rest}"), true)),
        Some(_) => None,
    }
}

/// Removes every `@bot_username` (any case, as a whole word) from `text`; says whether there
/// was one. Telegram marks such a mention as an entity covering exactly this text, so looking
/// at the text finds the entities too.
fn strip_mention(text: &str, bot_username: &str) -> (String, bool) {
    if bot_username.is_empty() {
        return (text.to_string(), false);
    }
    let needle = format!("@{}", bot_username.to_ascii_lowercase());
    let lower = text.to_ascii_lowercase(); // ASCII lowering keeps byte offsets.
    let mut out = String::with_capacity(text.len());
    let mut found = false;
    let mut last = 0;
    let mut from = 0;
    while let Some(pos) = lower[from..].find(&needle).map(|p| p + from) {
        let end = pos + needle.len();
        let before_ok = !text[..pos].chars().next_back().is_some_and(is_name_char);
        let after_ok = !text[end..].chars().next().is_some_and(is_name_char);
        if before_ok && after_ok {
            out.push_str(&text[last..pos]);
            last = end;
            found = true;
        }
        from = end;
    }
    if !found {
        return (text.to_string(), false);
    }
    out.push_str(&text[last..]);
    // "@bot, what is AMIF?" → "what is AMIF?"
    let cleaned = out.split_whitespace().collect::<Vec<_>>().join(" ");
    let cleaned = cleaned.trim_start_matches([',', ':', ';']).trim();
    (cleaned.to_string(), true)
}

/// Escapes text for `parse_mode=HTML`, so that nothing a user or a knowledge file writes can
/// become markup (Telegram needs only these three).
#[must_use]
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// The escaped pieces of `text`, each at most `limit` UTF-16 units. Splitting happens on the
/// plain text (never inside an `&amp;`); a piece that escaping made too long is split again,
/// smaller.
#[must_use]
pub fn html_pieces(text: &str, limit: usize) -> Vec<String> {
    fn push(raw: &str, limit: usize, out: &mut Vec<String>) {
        let escaped = escape_html(raw);
        let units = utf16_len(&escaped);
        if units <= limit {
            if !escaped.is_empty() {
                out.push(escaped);
            }
            return;
        }
        let raw_units = utf16_len(raw);
        // Escaping grows text at most five-fold ('&' → "&amp;"), so this always shrinks.
        let smaller = (raw_units * limit / units).clamp(1, raw_units.saturating_sub(1).max(1));
        let parts = split_text(raw, smaller);
        if parts.len() <= 1 {
            // split_text will not go below its floor: cut by characters as a last resort.
            let mut piece = String::new();
            for c in raw.chars() {
                if utf16_len(&escape_html(&piece)) + utf16_len(&escape_html(c.encode_utf8(&mut [0; 4]))) > limit {
                    out.push(escape_html(&piece));
                    piece.clear();
                }
                piece.push(c);
            }
            if !piece.is_empty() {
                out.push(escape_html(&piece));
            }
            return;
        }
        for p in parts {
            push(&p, limit, out);
        }
    }
    let mut out = Vec::new();
    for raw in split_text(text, limit) {
        push(&raw, limit, &mut out);
    }
    out
}

/// One inline button per row, pressing one sends its command back as `callback_data`. A
/// command over Telegram's 64-byte limit is left out rather than cut (a cut command would do
/// something else).
#[must_use]
pub fn keyboard(buttons: &[Button]) -> Option<InlineKeyboardMarkup> {
    let rows: Vec<Vec<InlineKeyboardButton>> = buttons
        .iter()
        .filter(|b| {
            let fits = b.command.len() <= MAX_CALLBACK_BYTES && !b.command.is_empty();
            if !fits {
                tracing::debug!(bytes = b.command.len(), "Telegram: button command too long for callback_data");
            }
            fits
        })
        .map(|b| vec![InlineKeyboardButton::callback(b.label.clone(), b.command.clone())])
        .collect();
    (!rows.is_empty()).then(|| InlineKeyboardMarkup::new(rows))
}

/// Where a reply goes.
struct Target {
    chat: ChatId,
    /// The forum topic the question was asked in: without it the answer lands in "General".
    thread: Option<ThreadId>,
    /// The question to quote (groups), if it still exists.
    reply_to: Option<MessageId>,
}

/// The forum topic of a message, if it was sent in one.
fn topic(msg: &Message) -> Option<ThreadId> {
    msg.thread_id.filter(|_| msg.is_topic_message)
}

/// Sends one reply: its text as one or more HTML messages (the first quoting the question, the
/// keyboard under the last), then its file.
async fn deliver<R>(bot: &R, to: &Target, reply: &Reply) -> Result<(), R::Err>
where
    R: Requester,
{
    let pieces = html_pieces(&reply.text, MAX_TEXT_UNITS);
    let markup = keyboard(&reply.buttons);
    let count = pieces.len();
    for (i, piece) in pieces.into_iter().enumerate() {
        let mut req = bot.send_message(to.chat, piece).parse_mode(ParseMode::Html);
        if let Some(thread) = to.thread {
            req = req.message_thread_id(thread);
        }
        if let Some(id) = to.reply_to.filter(|_| i == 0) {
            req = req.reply_parameters(ReplyParameters::new(id).allow_sending_without_reply());
        }
        if i + 1 == count {
            if let Some(kb) = markup.clone() {
                req = req.reply_markup(kb);
            }
        }
        req.await?;
    }
    if count == 0 && markup.is_some() {
        tracing::debug!("Telegram: buttons without text are not sent");
    }
    if let Some(file) = &reply.file {
        let input = InputFile::memory(file.bytes.clone()).file_name(file.name.clone());
        let mut req = bot.send_document(to.chat, input);
        if let Some(thread) = to.thread {
            req = req.message_thread_id(thread);
        }
        req.await?;
    }
    Ok(())
}

/// What a failed call means for whoever wants to send to that chat again.
#[must_use]
pub fn send_error(e: &RequestError) -> SendError {
    match e {
        RequestError::RetryAfter(s) => SendError::Retry(s.duration()),
        RequestError::Network(_) => SendError::Retry(Duration::from_secs(5)),
        RequestError::Api(api) => match api {
            ApiError::BotBlocked
            | ApiError::ChatNotFound
            | ApiError::UserNotFound
            | ApiError::BotKicked
            | ApiError::BotKickedFromSupergroup
            | ApiError::BotKickedFromChannel
            | ApiError::UserDeactivated
            | ApiError::CantInitiateConversation
            | ApiError::CantTalkWithBots => SendError::Gone,
            // 403s teloxide has no name for ("Forbidden: bot is not a member of the channel chat").
            ApiError::Unknown(text) if text.starts_with("Forbidden") => SendError::Gone,
            other => SendError::Other(format!("Telegram: {other}")),
        },
        RequestError::MigrateToChatId(to) => SendError::Other(format!("Telegram: the group moved to chat {}", to.0)),
        other => SendError::Other(format!("Telegram: {other}")),
    }
}

/// Sends replies nobody asked for just now (reminders). Flood limits are kept as in [`run`],
/// but a 429 comes back as [`SendError::Retry`] for the caller to schedule, instead of being
/// waited out here.
#[derive(Clone)]
pub struct TelegramOutbox {
    bot: TgBot,
}

impl std::fmt::Debug for TelegramOutbox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TelegramOutbox").finish_non_exhaustive()
    }
}

impl TelegramOutbox {
    /// An outbox for the configured bot. Must be called inside a tokio runtime (the flood
    /// limiter runs as a task).
    ///
    /// # Errors
    /// No token, an unusable `api_url`, or no runtime.
    pub fn new(cfg: &TelegramConfig) -> Result<Self, TelegramError> {
        Self::with_api(&token_of(cfg)?, &cfg.api_url, Limits::default())
    }

    /// An outbox for `token` at `api_url` (tests use a server on loopback) with `limits`.
    ///
    /// # Errors
    /// An unusable `api_url`, or no runtime.
    pub fn with_api(token: &str, api_url_text: &str, limits: Limits) -> Result<Self, TelegramError> {
        tokio::runtime::Handle::try_current().map_err(|_| TelegramError::NoRuntime)?;
        let raw = teloxide::Bot::new(token).set_api_url(api_url(api_url_text)?);
        let bot = Throttle::spawn_with_settings(raw, Settings::default().limits(limits).no_retry());
        Ok(TelegramOutbox { bot })
    }
}

impl Outbox for TelegramOutbox {
    fn send<'a>(&'a self, chat: &'a str, reply: &'a Reply) -> SendFuture<'a> {
        Box::pin(async move {
            let id = chat.parse::<i64>().map_err(|_| SendError::Other(format!("not a Telegram chat id: {chat:?}")))?;
            let to = Target { chat: ChatId(id), thread: None, reply_to: None };
            deliver(&self.bot, &to, reply).await.map_err(|e| send_error(&e))
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn message(json: serde_json::Value) -> Message {
        serde_json::from_value(json).unwrap()
    }

    fn user(id: u64, lang: &str) -> serde_json::Value {
        serde_json::json!({"id": id, "is_bot": false, "first_name": "U", "language_code": lang})
    }

    const BOT: &str = "FundBot_test_bot";

    #[test]
    fn mentions_are_found_in_any_case_and_removed() {
        assert_eq!(strip_mention("@fundbot_TEST_bot, what is AMIF?", BOT), ("what is AMIF?".into(), true));
        assert_eq!(strip_mention("what is AMIF @FundBot_test_bot", BOT), ("what is AMIF".into(), true));
        // Another name that starts the same, and an e-mail address, are not mentions.
        assert!(!strip_mention("ask @FundBot_test_bot2", BOT).1);
        assert!(!strip_mention("mail x@FundBot_test_bot", BOT).1);
        assert_eq!(strip_mention("no mention", BOT), ("no mention".into(), false));
    }

    #[test]
    fn commands_for_this_bot_lose_the_suffix_and_others_are_ignored() {
        assert_eq!(strip_command_suffix("/calls@fundbot_test_bot", BOT), Some(("/calls".into(), true)));
        assert_eq!(strip_command_suffix("/lang@FundBot_test_bot fr", BOT), Some(("/lang fr".into(), true)));
        assert_eq!(strip_command_suffix("/lang fr", BOT), Some(("/lang fr".into(), false)));
        assert_eq!(strip_command_suffix("/calls@otherbot", BOT), None);
        assert_eq!(strip_command_suffix("a@b /c", BOT), Some(("a@b /c".into(), false)));
    }

    #[test]
    fn a_group_message_becomes_incoming_with_flags() {
        let m = message(serde_json::json!({
            "message_id": 5, "date": 0,
            "chat": {"id": -100_123, "type": "supergroup", "title": "G"},
            "from": user(7, "pt-BR"),
            "text": "@fundbot_test_bot what is AMIF?",
            "reply_to_message": {
                "message_id": 4, "date": 0,
                "chat": {"id": -100_123, "type": "supergroup", "title": "G"},
                "from": {"id": 42, "is_bot": true, "first_name": "B", "username": BOT},
                "text": "earlier answer"
            }
        }));
        let i = incoming_from_message(&m, BOT, UserId(42)).unwrap();
        assert_eq!(i.platform, "telegram");
        assert_eq!(i.chat, "-100123");
        assert_eq!(i.user, "7");
        assert_eq!(i.chat_kind, ChatKind::Group);
        assert_eq!(i.text, "what is AMIF?");
        assert!(i.mentioned && i.reply_to_bot && !i.is_admin);
        assert_eq!(i.lang_hint.as_deref(), Some("pt"));
    }

    #[test]
    fn bots_and_textless_messages_are_ignored() {
        let from_bot = message(serde_json::json!({
            "message_id": 1, "date": 0, "chat": {"id": 9, "type": "private", "first_name": "B"},
            "from": {"id": 9, "is_bot": true, "first_name": "B"}, "text": "hi"
        }));
        assert!(incoming_from_message(&from_bot, BOT, UserId(42)).is_none());
        let sticker_like = message(serde_json::json!({
            "message_id": 1, "date": 0, "chat": {"id": 9, "type": "private", "first_name": "U"},
            "from": user(9, "en"), "location": {"latitude": 1.0, "longitude": 2.0}
        }));
        assert!(incoming_from_message(&sticker_like, BOT, UserId(42)).is_none());
    }

    #[test]
    fn a_private_message_is_from_an_admin() {
        let m = message(serde_json::json!({
            "message_id": 1, "date": 0, "chat": {"id": 9, "type": "private", "first_name": "U"},
            "from": user(9, "ar"), "text": "مرحبا"
        }));
        let i = incoming_from_message(&m, BOT, UserId(42)).unwrap();
        assert_eq!(i.chat_kind, ChatKind::Private);
        assert!(i.is_admin && !i.mentioned && !i.reply_to_bot);
        assert_eq!(i.lang_hint.as_deref(), Some("ar"));
    }

    #[test]
    fn a_button_press_becomes_its_command() {
        let q: CallbackQuery = serde_json::from_value(serde_json::json!({
            "id": "cb1", "from": user(9, "de"), "chat_instance": "x", "data": "/lang fr",
            "message": {"message_id": 3, "date": 0, "chat": {"id": -5, "type": "group", "title": "G"},
                        "from": {"id": 42, "is_bot": true, "first_name": "B", "username": BOT}, "text": "pick"}
        }))
        .unwrap();
        let i = incoming_from_callback(&q).unwrap();
        assert_eq!((i.chat.as_str(), i.user.as_str(), i.text.as_str()), ("-5", "9", "/lang fr"));
        assert!(i.reply_to_bot && !i.is_admin);
        assert_eq!(i.chat_kind, ChatKind::Group);
    }

    #[test]
    fn html_is_escaped() {
        assert_eq!(escape_html("<b>bold</b> & <script>"), "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;");
    }

    #[test]
    fn escaped_pieces_stay_under_the_limit_and_keep_the_text() {
        // Escaping turns each '&' into five units: a piece that fitted before no longer does.
        let text = "& ".repeat(3000) + &"é".repeat(5000);
        let pieces = html_pieces(&text, MAX_TEXT_UNITS);
        assert!(pieces.len() >= 3, "{}", pieces.len());
        for p in &pieces {
            assert!(utf16_len(p) <= MAX_TEXT_UNITS);
            assert!(!p.ends_with("&am") && !p.ends_with('&'), "an entity was cut");
        }
        let joined: String = pieces.concat().replace("&amp;", "&").split_whitespace().collect();
        let original: String = text.split_whitespace().collect();
        assert_eq!(joined, original);
        // Even with no break at all.
        let solid = "&".repeat(2000);
        let pieces = html_pieces(&solid, 100);
        assert!(pieces.iter().all(|p| utf16_len(p) <= 100));
        assert_eq!(pieces.concat().replace("&amp;", "&"), solid);
        assert!(html_pieces("", MAX_TEXT_UNITS).is_empty());
    }

    #[test]
    fn keyboard_has_one_button_a_row_and_skips_commands_over_64_bytes() {
        let buttons = vec![
            Button { label: "Français".into(), command: "/lang fr".into() },
            Button { label: "Too long".into(), command: format!("/subscribe {}", "x".repeat(60)) },
            Button { label: "🔔".into(), command: "/subscribe amif-2020".into() },
        ];
        let kb = keyboard(&buttons).unwrap();
        let json = serde_json::to_value(&kb).unwrap();
        let rows = json["inline_keyboard"].as_array().unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].as_array().unwrap().len(), 1);
        assert_eq!(rows[0][0]["callback_data"], "/lang fr");
        assert_eq!(rows[0][0]["text"], "Français");
        assert_eq!(rows[1][0]["callback_data"], "/subscribe amif-2020");
        assert!(keyboard(&[]).is_none());
    }

    #[test]
    fn errors_map_to_what_the_caller_should_do() {
        assert_eq!(send_error(&RequestError::Api(ApiError::BotBlocked)), SendError::Gone);
        assert_eq!(send_error(&RequestError::Api(ApiError::ChatNotFound)), SendError::Gone);
        assert_eq!(send_error(&RequestError::Api(ApiError::BotKicked)), SendError::Gone);
        assert_eq!(
            send_error(&RequestError::Api(ApiError::Unknown("Forbidden: bot is not a member".into()))),
            SendError::Gone
        );
        assert_eq!(
            send_error(&RequestError::RetryAfter(teloxide::types::Seconds::from_seconds(3))),
            SendError::Retry(Duration::from_secs(3))
        );
        assert!(matches!(send_error(&RequestError::Api(ApiError::MessageTextIsEmpty)), SendError::Other(_)));
    }

    #[test]
    fn api_urls_are_checked_and_lose_a_trailing_slash() {
        assert_eq!(api_url("http://127.0.0.1:9/").unwrap().as_str(), "http://127.0.0.1:9/");
        assert_eq!(api_url("http://127.0.0.1:9/tg/").unwrap().path(), "/tg");
        assert!(api_url("not a url").is_err());
        assert!(api_url("mailto:a@b").is_err());
    }

    #[test]
    fn tokens_are_scrubbed_from_error_texts() {
        assert_eq!(scrub("error at /bot123:ABC/getMe", "123:ABC"), "error at /bot<token>/getMe");
    }
}
