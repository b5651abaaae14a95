//! A fake Telegram Bot API server on loopback, for driving the real adapter end to end.
//!
//! It answers `{url}/bot{token}/{method}` for the methods fundbot uses, with JSON shaped as the
//! Bot API documents it (written out here, not produced by teloxide's own types, so that a
//! teloxide/Telegram mismatch would show). It queues updates for long polling, records every
//! request, and can answer chosen requests with an error (429, 403, ...).
#![allow(dead_code)]

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use serde_json::{json, Value};
use tokio::sync::watch;

/// The fake bot's user id and username.
pub const BOT_ID: i64 = 4242;
pub const BOT_USERNAME: &str = "FundBotTestBot";

/// One request the server received.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    /// The JSON body, or for multipart `{"chat_id": .., "_multipart": "<raw text>"}`.
    pub body: Value,
    pub at: Instant,
    /// Whether it was answered with an injected error.
    pub failed: bool,
}

#[derive(Default)]
struct Inner {
    updates: VecDeque<Value>,
    requests: Vec<Recorded>,
    faults: HashMap<String, VecDeque<(u16, Value)>>,
    admins: HashMap<i64, Vec<i64>>,
    webhook: Option<(String, Option<String>)>,
}

struct Shared {
    token: String,
    inner: Mutex<Inner>,
    next_update: AtomicI64,
    next_message: AtomicI64,
    /// Bumped on every queued update and every recorded request.
    changed: watch::Sender<u64>,
    /// Longest a getUpdates call is held open.
    max_poll: Duration,
    /// Whether to keep every request (the load test only keeps counts).
    keep_bodies: bool,
    counts: Mutex<HashMap<String, usize>>,
    /// sendMessage count per chat (the load test's measure).
    per_chat: Mutex<HashMap<i64, usize>>,
}

/// The server; stops when dropped.
pub struct FakeTelegram {
    pub url: String,
    pub token: String,
    shared: Arc<Shared>,
    server: tokio::task::JoinHandle<()>,
}

impl Drop for FakeTelegram {
    fn drop(&mut self) {
        self.server.abort();
    }
}

impl FakeTelegram {
    /// A server on 127.0.0.1 with a random port, accepting `token`.
    pub async fn start(token: &str) -> FakeTelegram {
        Self::start_with(token, true).await
    }

    /// Like [`start`], keeping only counts when `keep_bodies` is false (for load tests).
    pub async fn start_with(token: &str, keep_bodies: bool) -> FakeTelegram {
        let (changed, _) = watch::channel(0);
        let shared = Arc::new(Shared {
            token: token.to_string(),
            inner: Mutex::new(Inner::default()),
            next_update: AtomicI64::new(1),
            next_message: AtomicI64::new(1000),
            changed,
            max_poll: Duration::from_millis(500),
            keep_bodies,
            counts: Mutex::new(HashMap::new()),
            per_chat: Mutex::new(HashMap::new()),
        });
        let app = Router::new().route("/{bot}/{method}", post(api)).with_state(Arc::clone(&shared));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind loopback");
        let addr = listener.local_addr().expect("local addr");
        let server = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        FakeTelegram { url: format!("http://{addr}"), token: token.to_string(), shared, server }
    }

    /// Queues an update (given without `update_id`); returns its id.
    pub fn push(&self, mut update: Value) -> i64 {
        let id = self.shared.next_update.fetch_add(1, Ordering::SeqCst);
        update["update_id"] = json!(id);
        self.shared.inner.lock().unwrap().updates.push_back(update);
        self.shared.changed.send_modify(|v| *v += 1);
        id
    }

    /// Queues many updates at once.
    pub fn push_all(&self, updates: impl IntoIterator<Item = Value>) {
        let mut inner = self.shared.inner.lock().unwrap();
        for mut u in updates {
            u["update_id"] = json!(self.shared.next_update.fetch_add(1, Ordering::SeqCst));
            inner.updates.push_back(u);
        }
        drop(inner);
        self.shared.changed.send_modify(|v| *v += 1);
    }

    /// The next call of `method` gets `status` with `body` instead of success.
    pub fn fail_next(&self, method: &str, status: u16, body: Value) {
        self.shared.inner.lock().unwrap().faults.entry(method.to_string()).or_default().push_back((status, body));
    }

    /// The administrators `getChatAdministrators` reports for `chat`.
    pub fn set_admins(&self, chat: i64, users: &[i64]) {
        self.shared.inner.lock().unwrap().admins.insert(chat, users.to_vec());
    }

    /// The URL and secret token of the last `setWebhook`, if any is set.
    pub fn webhook(&self) -> Option<(String, Option<String>)> {
        self.shared.inner.lock().unwrap().webhook.clone()
    }

    /// Every recorded call of `method`, in order.
    pub fn calls(&self, method: &str) -> Vec<Recorded> {
        self.shared.inner.lock().unwrap().requests.iter().filter(|r| r.method == method).cloned().collect()
    }

    /// Successful sendMessage bodies to `chat`.
    pub fn messages_to(&self, chat: i64) -> Vec<Value> {
        self.calls("sendMessage")
            .into_iter()
            .filter(|r| !r.failed && r.body["chat_id"].as_i64() == Some(chat))
            .map(|r| r.body)
            .collect()
    }

    /// How many times `method` was called (also in load mode).
    pub fn count(&self, method: &str) -> usize {
        self.shared.counts.lock().unwrap().get(method).copied().unwrap_or(0)
    }

    /// sendMessage count per chat (also in load mode).
    pub fn per_chat(&self) -> HashMap<i64, usize> {
        self.shared.per_chat.lock().unwrap().clone()
    }

    /// Waits until `done` holds, checking after each request; panics after `limit`.
    pub async fn wait_until(&self, limit: Duration, what: &str, mut done: impl FnMut(&Self) -> bool) {
        let mut rx = self.shared.changed.subscribe();
        let deadline = tokio::time::Instant::now() + limit;
        loop {
            if done(self) {
                return;
            }
            if tokio::time::timeout_at(deadline, rx.changed()).await.is_err() {
                panic!("timed out after {limit:?} waiting for {what}");
            }
        }
    }

    /// Waits until `chat` has received at least `n` messages; returns them.
    pub async fn wait_messages(&self, chat: i64, n: usize) -> Vec<Value> {
        self.wait_until(Duration::from_secs(20), &format!("{n} message(s) to chat {chat}"), |f| {
            f.messages_to(chat).len() >= n
        })
        .await;
        self.messages_to(chat)
    }

    /// Gives the adapter `quiet` to send anything more, then returns what `chat` received.
    pub async fn settle(&self, chat: i64, quiet: Duration) -> Vec<Value> {
        tokio::time::sleep(quiet).await;
        self.messages_to(chat)
    }
}

// ---- update builders (Bot API shapes) ----

pub fn user(id: i64, lang: &str) -> Value {
    json!({"id": id, "is_bot": false, "first_name": format!("User{id}"), "language_code": lang})
}

pub fn bot_user() -> Value {
    json!({"id": BOT_ID, "is_bot": true, "first_name": "FundBot", "username": BOT_USERNAME})
}

pub fn chat(id: i64) -> Value {
    if id > 0 {
        json!({"id": id, "type": "private", "first_name": format!("User{id}")})
    } else if id <= -1_000_000_000_000 {
        json!({"id": id, "type": "supergroup", "title": "Integration NGOs"})
    } else {
        json!({"id": id, "type": "group", "title": "Integration NGOs"})
    }
}

fn utf16(s: &str) -> usize {
    s.encode_utf16().count()
}

/// Entities Telegram would attach: the leading command and every @mention.
fn entities(text: &str) -> Vec<Value> {
    let mut out = Vec::new();
    if text.starts_with('/') {
        let end = text.find(char::is_whitespace).unwrap_or(text.len());
        out.push(json!({"type": "bot_command", "offset": 0, "length": utf16(&text[..end])}));
    }
    for (i, _) in text.match_indices('@') {
        let rest = &text[i + 1..];
        let len = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(rest.len());
        if len > 0 && !text[..i].ends_with(|c: char| c.is_ascii_alphanumeric()) {
            out.push(json!({"type": "mention", "offset": utf16(&text[..i]), "length": len + 1}));
        }
    }
    out
}

static MESSAGE_IDS: AtomicI64 = AtomicI64::new(1);

/// A text message from `from` in `chat_id`.
pub fn message(chat_id: i64, from: i64, lang: &str, text: &str) -> Value {
    let mut m = json!({
        "message_id": MESSAGE_IDS.fetch_add(1, Ordering::SeqCst),
        "date": 1_700_000_000,
        "chat": chat(chat_id),
        "from": user(from, lang),
        "text": text,
    });
    let e = entities(text);
    if !e.is_empty() {
        m["entities"] = json!(e);
    }
    json!({"message": m})
}

/// A text message replying to an earlier message of the bot.
pub fn reply_to_bot(chat_id: i64, from: i64, lang: &str, text: &str) -> Value {
    let mut u = message(chat_id, from, lang, text);
    u["message"]["reply_to_message"] = json!({
        "message_id": 1, "date": 1_700_000_000, "chat": chat(chat_id), "from": bot_user(), "text": "an earlier answer"
    });
    u
}

/// An edited message (which the bot ignores).
pub fn edited(chat_id: i64, from: i64, text: &str) -> Value {
    let m = message(chat_id, from, "en", text);
    json!({"edited_message": m["message"].clone()})
}

/// A press on an inline button under a bot message in `chat_id`.
pub fn button_press(id: &str, chat_id: i64, from: i64, lang: &str, data: &str) -> Value {
    json!({"callback_query": {
        "id": id,
        "from": user(from, lang),
        "chat_instance": "ci",
        "data": data,
        "message": {"message_id": 7, "date": 1_700_000_000, "chat": chat(chat_id), "from": bot_user(), "text": "pick"}
    }})
}

// ---- the server ----

fn ok(result: Value) -> Response {
    Json(json!({"ok": true, "result": result})).into_response()
}

fn err(status: u16, body: Value) -> Response {
    (StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST), Json(body)).into_response()
}

/// Decodes a JSON or multipart body. Multipart fields become JSON values (a field that parses
/// as JSON, such as a number, is kept as that; a file part becomes `{filename, content}`), and
/// the raw text is kept under `_multipart`.
fn decode(headers: &HeaderMap, body: &[u8]) -> Value {
    let ctype = headers.get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("");
    if let Some(boundary) = ctype.split("boundary=").nth(1).filter(|_| ctype.starts_with("multipart/")) {
        let boundary = boundary.trim_matches('"');
        let raw = String::from_utf8_lossy(body).to_string();
        let mut out = serde_json::Map::new();
        for part in raw.split(&format!("--{boundary}")) {
            let Some((head, value)) = part.split_once("\r\n\r\n") else { continue };
            let value = value.strip_suffix("\r\n").unwrap_or(value);
            let attr = |key: &str| {
                let k = format!("{key}=\"");
                head.find(&k).and_then(|i| head[i + k.len()..].split('"').next()).map(str::to_string)
            };
            let Some(name) = attr("name") else { continue };
            let v = match attr("filename") {
                Some(f) => json!({"filename": f, "content": value}),
                None => serde_json::from_str(value).unwrap_or_else(|_| json!(value)),
            };
            out.insert(name, v);
        }
        out.insert("_multipart".into(), json!(raw));
        Value::Object(out)
    } else if body.is_empty() {
        json!({})
    } else {
        serde_json::from_slice(body).unwrap_or(Value::Null)
    }
}

async fn api(
    State(s): State<Arc<Shared>>,
    Path((bot, method)): Path<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if bot.strip_prefix("bot") != Some(s.token.as_str()) {
        return err(401, json!({"ok": false, "error_code": 401, "description": "Unauthorized"}));
    }
    // Telegram matches method names case-insensitively; teloxide sends `SendMessage`.
    let method = canonical(&method);
    let body = decode(&headers, &body);
    let fault = s.inner.lock().unwrap().faults.get_mut(&method).and_then(VecDeque::pop_front);
    record(&s, &method, &body, fault.is_some());
    if let Some((status, b)) = fault {
        return err(status, b);
    }
    match method.as_str() {
        "getMe" => ok(json!({
            "id": BOT_ID, "is_bot": true, "first_name": "FundBot", "username": BOT_USERNAME,
            "can_join_groups": true, "can_read_all_group_messages": false, "supports_inline_queries": false,
            "can_connect_to_business": false, "has_main_web_app": false
        })),
        "getUpdates" => get_updates(&s, &body).await,
        "sendMessage" => {
            let chat_id = body["chat_id"].as_i64().unwrap_or(0);
            *s.per_chat.lock().unwrap().entry(chat_id).or_default() += 1;
            let mut m = json!({
                "message_id": s.next_message.fetch_add(1, Ordering::SeqCst),
                "date": 1_700_000_000, "chat": chat(chat_id), "from": bot_user(),
                "text": body["text"].clone(),
            });
            if let Some(markup) = body.get("reply_markup") {
                m["reply_markup"] = markup.clone();
            }
            ok(m)
        }
        "sendDocument" => {
            let chat_id = body["chat_id"].as_i64().unwrap_or(0);
            ok(json!({
                "message_id": s.next_message.fetch_add(1, Ordering::SeqCst),
                "date": 1_700_000_000, "chat": chat(chat_id), "from": bot_user(),
                "document": {"file_id": "doc1", "file_unique_id": "u1", "file_name": "file"}
            }))
        }
        "answerCallbackQuery" | "deleteWebhook" | "setMyCommands" => ok(json!(true)),
        "setWebhook" => {
            let url = body["url"].as_str().unwrap_or_default().to_string();
            let secret = body["secret_token"].as_str().map(str::to_string);
            s.inner.lock().unwrap().webhook = Some((url, secret));
            ok(json!(true))
        }
        "getWebhookInfo" => {
            let url = s.inner.lock().unwrap().webhook.as_ref().map(|w| w.0.clone()).unwrap_or_default();
            ok(json!({"url": url, "has_custom_certificate": false, "pending_update_count": 0}))
        }
        "getChatAdministrators" => {
            let chat_id = body["chat_id"].as_i64().unwrap_or(0);
            let admins = s.inner.lock().unwrap().admins.get(&chat_id).cloned().unwrap_or_default();
            let members: Vec<Value> = admins
                .iter()
                .enumerate()
                .map(|(i, id)| {
                    if i == 0 {
                        json!({"status": "creator", "user": user(*id, "en"), "is_anonymous": false})
                    } else {
                        json!({"status": "administrator", "user": user(*id, "en"), "is_anonymous": false,
                               "can_be_edited": false, "can_manage_chat": true, "can_change_info": true,
                               "can_delete_messages": true, "can_manage_video_chats": true,
                               "can_invite_users": true, "can_restrict_members": true,
                               "can_promote_members": false})
                    }
                })
                .collect();
            ok(json!(members))
        }
        "getChatMember" => {
            let chat_id = body["chat_id"].as_i64().unwrap_or(0);
            let uid = body["user_id"].as_i64().unwrap_or(0);
            let admin = s.inner.lock().unwrap().admins.get(&chat_id).is_some_and(|a| a.contains(&uid));
            let status = if admin { "creator" } else { "member" };
            ok(json!({"status": status, "user": user(uid, "en"), "is_anonymous": false}))
        }
        _ => err(404, json!({"ok": false, "error_code": 404, "description": "Not Found: method not found"})),
    }
}

/// `SendMessage` → `sendMessage`, the spelling of the Bot API documentation.
fn canonical(method: &str) -> String {
    let mut c = method.chars();
    c.next().map(|f| f.to_ascii_lowercase().to_string() + c.as_str()).unwrap_or_default()
}

fn record(s: &Shared, method: &str, body: &Value, failed: bool) {
    *s.counts.lock().unwrap().entry(method.to_string()).or_default() += 1;
    if s.keep_bodies {
        s.inner.lock().unwrap().requests.push(Recorded {
            method: method.to_string(),
            body: body.clone(),
            at: Instant::now(),
            failed,
        });
    }
    s.changed.send_modify(|v| *v += 1);
}

/// Long polling: confirms updates below `offset`, then answers with the queued ones at once, or
/// waits for one up to the client's timeout (capped, so tests stay quick).
async fn get_updates(s: &Shared, body: &Value) -> Response {
    let offset = body["offset"].as_i64().unwrap_or(0);
    let limit = body["limit"].as_u64().unwrap_or(100).clamp(1, 100) as usize;
    let wait = Duration::from_secs(body["timeout"].as_u64().unwrap_or(0)).min(s.max_poll);
    let mut rx = s.changed.subscribe();
    let deadline = tokio::time::Instant::now() + wait;
    loop {
        {
            let mut inner = s.inner.lock().unwrap();
            while inner.updates.front().is_some_and(|u| u["update_id"].as_i64().unwrap_or(0) < offset) {
                inner.updates.pop_front();
            }
            if !inner.updates.is_empty() {
                let batch: Vec<Value> = inner.updates.iter().take(limit).cloned().collect();
                return ok(json!(batch));
            }
        }
        if tokio::time::timeout_at(deadline, rx.changed()).await.is_err() {
            return ok(json!([]));
        }
    }
}
