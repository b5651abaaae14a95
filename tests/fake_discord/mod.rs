//! A fake Discord on loopback for the adapter's end-to-end tests: a REST server that records
//! every request, and a gateway websocket that speaks the protocol as serenity 0.12 needs it.
//!
//! Gateway protocol as served here:
//! - the client connects to `<url>?v=10` (serenity adds no `compress=zlib-stream`, so there is
//!   no transport compression); the handshake URI is recorded;
//! - Hello (op 10) with `heartbeat_interval`; every Heartbeat (op 1) gets a Heartbeat ACK (op 11);
//! - Identify (op 2) is recorded. Serenity sends `"compress": true`, which asks for
//!   per-payload zlib compression of large payloads: READY is sent that way (a binary frame
//!   holding one whole zlib stream), other dispatches as text, as Discord does;
//! - with a token other than the expected one, the gateway closes with 4004 (authentication
//!   failed), as Discord does; tests can also make it close with another code (4014,
//!   disallowed intents);
//! - dispatches (op 0) carry increasing sequence numbers.
//!
//! Every REST response shape the adapter reads is checked against serenity's own model types
//! before it is sent, so that a fixture serenity would reject fails the test loudly instead of
//! making it time out.
// The websocket handshake callback's error type is tungstenite's, not ours.
#![allow(dead_code, clippy::result_large_err)]

use std::collections::HashMap;
use std::io::Write;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;
use tokio_tungstenite::tungstenite::handshake::server::{Request as WsRequest, Response as WsResponse};
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::Message as WsMessage;

pub const TOKEN: &str = "fake.discord-bot.token-0123456789";
pub const BOT_ID: &str = "1000000000000000001";
pub const APP_ID: &str = "2000000000000000002";
pub const GUILD_ID: &str = "3000000000000000003";

/// One REST request as the fake saw it.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    /// Path without `/api/v10`.
    pub path: String,
    /// The JSON body, or a multipart request's `payload_json`; `Null` when there is none.
    pub body: Value,
    /// File names of a multipart request.
    pub files: Vec<String>,
}

impl Recorded {
    /// The message this request posts (a channel message, an interaction response's data, a
    /// follow-up), if it posts one.
    pub fn message(&self) -> Option<&Value> {
        let p = self.path.as_str();
        if self.method != "POST" {
            return None;
        }
        if p.starts_with("/channels/") && p.ends_with("/messages") || p.starts_with("/webhooks/") {
            Some(&self.body)
        } else if p.starts_with("/interactions/") && p.ends_with("/callback") {
            Some(&self.body["data"])
        } else {
            None
        }
    }
}

#[derive(Default)]
struct Inner {
    requests: Mutex<Vec<Recorded>>,
    identifies: Mutex<Vec<Value>>,
    handshake_uris: Mutex<Vec<String>>,
    /// Channel id → (status, body) to answer message posts with.
    failures: Mutex<HashMap<String, (u16, Value)>>,
    sessions: Mutex<Vec<mpsc::UnboundedSender<WsMessage>>>,
    heartbeats: AtomicU64,
    seq: AtomicU64,
    next_id: AtomicU64,
    ws_url: Mutex<String>,
    /// Make every REST request fail with 401 whatever the token.
    reject_rest: AtomicBool,
    /// Close every gateway session with this code after Identify (0: don't).
    reject_gateway: AtomicU64,
    /// Milliseconds to wait before accepting a websocket handshake.
    handshake_delay_ms: AtomicU64,
    /// Gateway connections still open.
    open_sessions: AtomicU64,
}

/// A running fake Discord. Dropping it stops its servers.
pub struct FakeDiscord {
    /// REST base URL, e.g. `http://127.0.0.1:40000` (the adapter's `api_url`).
    pub api_url: String,
    /// Gateway URL, e.g. `ws://127.0.0.1:40001`.
    pub ws_url: String,
    inner: Arc<Inner>,
    tasks: Vec<JoinHandle<()>>,
}

impl Drop for FakeDiscord {
    fn drop(&mut self) {
        for t in &self.tasks {
            t.abort();
        }
    }
}

pub fn bot_user() -> Value {
    json!({"id": BOT_ID, "username": "fundbot", "discriminator": "0", "global_name": "fundbot", "avatar": null, "bot": true})
}

pub fn user(id: &str) -> Value {
    json!({"id": id, "username": format!("user{id}"), "discriminator": "0", "global_name": null, "avatar": null})
}

impl FakeDiscord {
    /// Starts both servers on `127.0.0.1:0`.
    pub async fn start() -> FakeDiscord {
        let inner = Arc::new(Inner { next_id: AtomicU64::new(9_000_000_000_000_000_000), ..Inner::default() });
        let ws_listener = TcpListener::bind("127.0.0.1:0").await.expect("bind gateway");
        let ws_url = format!("ws://{}", ws_listener.local_addr().expect("gateway address"));
        *inner.ws_url.lock().unwrap() = ws_url.clone();
        let rest_listener = TcpListener::bind("127.0.0.1:0").await.expect("bind rest");
        let api_url = format!("http://{}", rest_listener.local_addr().expect("rest address"));

        let app = axum::Router::new().fallback(rest).with_state(inner.clone());
        let rest_task = tokio::spawn(async move {
            let _ = axum::serve(rest_listener, app).await;
        });
        let gw_inner = inner.clone();
        let gateway_task = tokio::spawn(async move {
            loop {
                let Ok((stream, peer)) = ws_listener.accept().await else { break };
                tokio::spawn(gateway_session(gw_inner.clone(), stream, peer));
            }
        });
        FakeDiscord { api_url, ws_url, inner, tasks: vec![rest_task, gateway_task] }
    }

    /// Every REST request so far.
    pub fn requests(&self) -> Vec<Recorded> {
        self.inner.requests.lock().unwrap().clone()
    }

    /// Every message the bot posted so far (channel messages, interaction responses, follow-ups).
    pub fn posted(&self) -> Vec<Recorded> {
        self.requests().into_iter().filter(|r| r.message().is_some()).collect()
    }

    /// Every Identify payload received.
    pub fn identifies(&self) -> Vec<Value> {
        self.inner.identifies.lock().unwrap().clone()
    }

    /// The URIs the gateway's websocket handshakes asked for.
    pub fn handshake_uris(&self) -> Vec<String> {
        self.inner.handshake_uris.lock().unwrap().clone()
    }

    /// Heartbeats received so far.
    pub fn heartbeats(&self) -> u64 {
        self.inner.heartbeats.load(Ordering::SeqCst)
    }

    /// Answer message posts to `channel` with `status` and `body`.
    pub fn fail_channel(&self, channel: &str, status: u16, body: Value) {
        self.inner.failures.lock().unwrap().insert(channel.to_string(), (status, body));
    }

    /// Reject every REST request with 401.
    pub fn reject_rest_auth(&self) {
        self.inner.reject_rest.store(true, Ordering::SeqCst);
    }

    /// Close gateway sessions with 4004 (authentication failed) after Identify.
    pub fn reject_gateway_auth(&self) {
        self.reject_identify(4004);
    }

    /// Close gateway sessions with `code` after Identify (4014: disallowed intents).
    pub fn reject_identify(&self, code: u16) {
        self.inner.reject_gateway.store(u64::from(code), Ordering::SeqCst);
    }

    /// Gateway connections still open.
    pub fn open_sessions(&self) -> u64 {
        self.inner.open_sessions.load(Ordering::SeqCst)
    }

    /// Hold every websocket handshake for `delay` (a slow network).
    pub fn delay_handshakes(&self, delay: Duration) {
        self.inner.handshake_delay_ms.store(delay.as_millis() as u64, Ordering::SeqCst);
    }

    /// Sends a dispatch (op 0) to every identified gateway session; returns how many got it.
    pub fn dispatch(&self, event: &str, data: Value) -> usize {
        let seq = self.inner.seq.fetch_add(1, Ordering::SeqCst) + 1;
        let frame = json!({"op": 0, "s": seq, "t": event, "d": data}).to_string();
        let mut sessions = self.inner.sessions.lock().unwrap();
        sessions.retain(|s| s.send(WsMessage::Text(frame.clone())).is_ok());
        sessions.len()
    }

    /// Waits until `done` holds for the recorded requests, polling; panics naming `what` after
    /// `limit`.
    pub async fn wait_for(&self, what: &str, limit: Duration, done: impl Fn(&[Recorded]) -> bool) -> Vec<Recorded> {
        let deadline = tokio::time::Instant::now() + limit;
        loop {
            let reqs = self.requests();
            if done(&reqs) {
                return reqs;
            }
            if tokio::time::Instant::now() >= deadline {
                panic!("timed out waiting for {what}; requests so far: {reqs:#?}");
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Waits until the bot has registered its slash commands, which it does on READY: from
    /// then on it is connected and knows its application id.
    pub async fn wait_ready(&self) {
        self.wait_for("the slash commands to be registered", Duration::from_secs(20), |r| {
            r.iter().any(|r| r.method == "PUT" && r.path.ends_with("/commands"))
        })
        .await;
        let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
        while self.inner.sessions.lock().unwrap().is_empty() {
            assert!(tokio::time::Instant::now() < deadline, "no identified gateway session");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    fn next_id(&self) -> String {
        next_id(&self.inner)
    }
}

fn next_id(inner: &Inner) -> String {
    inner.next_id.fetch_add(1, Ordering::SeqCst).to_string()
}

// ---------------------------------------------------------------------------------------------
// Gateway

async fn gateway_session(inner: Arc<Inner>, stream: TcpStream, _peer: SocketAddr) {
    let delay = inner.handshake_delay_ms.load(Ordering::SeqCst);
    tokio::time::sleep(Duration::from_millis(delay)).await;
    let uris = inner.clone();
    let callback = move |req: &WsRequest, resp: WsResponse| {
        uris.handshake_uris.lock().unwrap().push(req.uri().to_string());
        Ok(resp)
    };
    let Ok(ws) = tokio_tungstenite::accept_hdr_async(stream, callback).await else { return };
    inner.open_sessions.fetch_add(1, Ordering::SeqCst);
    serve_session(&inner, ws).await;
    inner.open_sessions.fetch_sub(1, Ordering::SeqCst);
}

async fn serve_session(inner: &Inner, ws: tokio_tungstenite::WebSocketStream<TcpStream>) {
    let (mut sink, mut source) = ws.split();
    let (tx, mut rx) = mpsc::unbounded_channel::<WsMessage>();
    let hello = json!({"op": 10, "s": null, "t": null, "d": {"heartbeat_interval": 1000}});
    if sink.send(WsMessage::Text(hello.to_string())).await.is_err() {
        return;
    }
    loop {
        tokio::select! {
            incoming = source.next() => {
                let text = match incoming {
                    Some(Ok(WsMessage::Text(t))) => t,
                    Some(Ok(WsMessage::Binary(_) | WsMessage::Ping(_) | WsMessage::Pong(_) | WsMessage::Frame(_))) => continue,
                    // Answering the close handshake (tungstenite queued the reply) lets the
                    // client see a clean close.
                    Some(Ok(WsMessage::Close(_))) => {
                        let _ = sink.close().await;
                        break;
                    }
                    Some(Err(_)) | None => break,
                };
                let Ok(v) = serde_json::from_str::<Value>(&text) else { break };
                match v["op"].as_u64() {
                    Some(1) => {
                        inner.heartbeats.fetch_add(1, Ordering::SeqCst);
                        let ack = json!({"op": 11, "s": null, "t": null, "d": null});
                        if sink.send(WsMessage::Text(ack.to_string())).await.is_err() { break; }
                    }
                    Some(2) => {
                        let token = v["d"]["token"].as_str().unwrap_or("").to_string();
                        let mut recorded = v["d"].clone();
                        // Keep whether the token was right, never the token itself.
                        recorded["token"] = json!(token == format!("Bot {TOKEN}"));
                        inner.identifies.lock().unwrap().push(recorded);
                        let code = match inner.reject_gateway.load(Ordering::SeqCst) {
                            _ if token != format!("Bot {TOKEN}") => 4004,
                            c => u16::try_from(c).unwrap_or(4000),
                        };
                        if code != 0 {
                            let reason = if code == 4004 { "Authentication failed." } else { "Disallowed intent(s)." };
                            let frame = CloseFrame { code: CloseCode::from(code), reason: reason.into() };
                            let _ = sink.send(WsMessage::Close(Some(frame))).await;
                            break;
                        }
                        let seq = inner.seq.fetch_add(1, Ordering::SeqCst) + 1;
                        let ws_url = inner.ws_url.lock().unwrap().clone();
                        let ready = json!({"op": 0, "s": seq, "t": "READY", "d": {
                            "v": 10,
                            "user": bot_user(),
                            "guilds": [{"id": GUILD_ID, "unavailable": true}],
                            "session_id": "fake-session",
                            "resume_gateway_url": ws_url,
                            "shard": [0, 1],
                            "application": {"id": APP_ID, "flags": 0},
                        }});
                        // `compress: true`: a whole zlib stream per payload, in a binary frame.
                        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
                        let _ = z.write_all(ready.to_string().as_bytes());
                        let Ok(bytes) = z.finish() else { break };
                        if sink.send(WsMessage::Binary(bytes)).await.is_err() { break; }
                        inner.sessions.lock().unwrap().push(tx.clone());
                    }
                    Some(6) => {
                        // Resuming is not faked: tell the client to identify afresh.
                        let invalid = json!({"op": 9, "s": null, "t": null, "d": false});
                        if sink.send(WsMessage::Text(invalid.to_string())).await.is_err() { break; }
                    }
                    _ => {}
                }
            }
            Some(out) = rx.recv() => {
                if sink.send(out).await.is_err() { break; }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// REST

fn json_response(status: u16, body: Value) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (status, [("content-type", "application/json")], body.to_string()).into_response()
}

/// Checks that `value` is what serenity expects as a `T`; a 500 naming the fault otherwise.
fn checked<T: serde::de::DeserializeOwned>(what: &str, value: Value) -> Response {
    match serde_json::from_value::<T>(value.clone()) {
        Ok(_) => json_response(200, value),
        Err(e) => json_response(500, json!({"code": 0, "message": format!("fake Discord built a bad {what}: {e}")})),
    }
}

/// `payload_json` and file names of a multipart body.
fn multipart(headers: &HeaderMap, body: &[u8]) -> (Value, Vec<String>) {
    let boundary = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split("boundary=").nth(1))
        .map(|b| format!("--{}", b.trim_matches('"')))
        .unwrap_or_default();
    let text = String::from_utf8_lossy(body);
    let mut payload = Value::Null;
    let mut files = Vec::new();
    for part in text.split(boundary.as_str()) {
        let Some((head, content)) = part.split_once("\r\n\r\n") else { continue };
        let content = content.strip_suffix("\r\n").unwrap_or(content);
        if head.contains("name=\"payload_json\"") {
            payload = serde_json::from_str(content).unwrap_or(Value::Null);
        } else if let Some(name) = head.split("filename=\"").nth(1).and_then(|s| s.split('"').next()) {
            files.push(name.to_string());
        }
    }
    (payload, files)
}

fn message_echo(inner: &Inner, channel: &str, body: &Value) -> Value {
    let reply = !body["message_reference"].is_null();
    json!({
        "id": next_id(inner),
        "channel_id": channel,
        "author": bot_user(),
        "content": body["content"].as_str().unwrap_or(""),
        "timestamp": "2025-01-01T00:00:00.000000+00:00",
        "edited_timestamp": null,
        "tts": false,
        "mention_everyone": false,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": [],
        "pinned": false,
        "type": if reply { 19 } else { 0 },
    })
}

async fn rest(State(inner): State<Arc<Inner>>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 64 << 20).await else {
        return json_response(400, json!({"code": 0, "message": "unreadable body"}));
    };
    let is_multipart = parts
        .headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    let (body, files) = if is_multipart {
        multipart(&parts.headers, &bytes)
    } else {
        (serde_json::from_slice(&bytes).unwrap_or(Value::Null), Vec::new())
    };
    let path = parts.uri.path().strip_prefix("/api/v10").unwrap_or(parts.uri.path()).to_string();
    inner.requests.lock().unwrap().push(Recorded {
        method: parts.method.to_string(),
        path: path.clone(),
        body: body.clone(),
        files,
    });

    let authorized = parts.headers.get("authorization").and_then(|v| v.to_str().ok()) == Some(&format!("Bot {TOKEN}"));
    if !authorized || inner.reject_rest.load(Ordering::SeqCst) {
        return json_response(401, json!({"message": "401: Unauthorized", "code": 0}));
    }
    let ws_url = inner.ws_url.lock().unwrap().clone();
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    match (&parts.method, segments.as_slice()) {
        (&Method::GET, ["gateway"]) => json_response(200, json!({"url": ws_url})),
        (&Method::GET, ["gateway", "bot"]) => checked::<serenity::all::BotGateway>(
            "gateway/bot",
            json!({"url": ws_url, "shards": 1,
                   "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}}),
        ),
        (&Method::GET, ["users", "@me"]) => checked::<serenity::all::CurrentUser>("user", bot_user()),
        (&Method::GET, ["oauth2", "applications", "@me"]) => json_response(
            200,
            json!({"id": APP_ID, "name": "fundbot", "icon": null, "description": "", "bot_public": true,
                   "bot_require_code_grant": false, "verify_key": "00", "team": null, "flags": 0}),
        ),
        (&Method::PUT, ["applications", _, "commands"]) => {
            let commands: Vec<Value> = body
                .as_array()
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .map(|mut c| {
                    c["id"] = json!(next_id(&inner));
                    c["application_id"] = json!(APP_ID);
                    c["version"] = json!(next_id(&inner));
                    if c["type"].is_null() {
                        c["type"] = json!(1);
                    }
                    c
                })
                .collect();
            checked::<Vec<serenity::all::Command>>("command list", Value::Array(commands))
        }
        (&Method::POST, ["channels", channel, "messages"]) => {
            if let Some((status, failure)) = inner.failures.lock().unwrap().get(*channel).cloned() {
                return json_response(status, failure);
            }
            checked::<serenity::all::Message>("message", message_echo(&inner, channel, &body))
        }
        (&Method::POST, ["interactions", _, _, "callback"]) => StatusCode::NO_CONTENT.into_response(),
        (&Method::POST, ["webhooks", _, _]) => {
            checked::<serenity::all::Message>("follow-up", message_echo(&inner, "1", &body))
        }
        (&Method::POST, ["users", "@me", "channels"]) => json_response(
            200,
            json!({"id": next_id(&inner), "type": 1, "recipients": [user(body["recipient_id"].as_str().unwrap_or("1"))]}),
        ),
        _ => (StatusCode::NOT_FOUND, Body::from(json!({"message": "404: Not Found", "code": 0}).to_string()))
            .into_response(),
    }
}

// ---------------------------------------------------------------------------------------------
// Gateway event fixtures

fn member(permissions: &str) -> Value {
    json!({"roles": [], "joined_at": "2024-01-01T00:00:00.000000+00:00", "deaf": false, "mute": false,
           "flags": 0, "pending": false, "premium_since": null, "permissions": permissions})
}

/// A MESSAGE_CREATE in a server channel.
pub fn guild_message(id: &str, channel: &str, author: &str, content: &str, mentions_bot: bool) -> Value {
    let mut m = dm_message(id, channel, author, content);
    m["guild_id"] = json!(GUILD_ID);
    m["member"] =
        json!({"roles": [], "joined_at": "2024-01-01T00:00:00.000000+00:00", "deaf": false, "mute": false, "flags": 0});
    if mentions_bot {
        m["mentions"] = json!([bot_user()]);
    }
    m
}

/// A MESSAGE_CREATE in a private chat (no guild).
pub fn dm_message(id: &str, channel: &str, author: &str, content: &str) -> Value {
    json!({
        "id": id, "channel_id": channel, "author": user(author), "content": content,
        "timestamp": "2025-01-01T00:00:00.000000+00:00", "edited_timestamp": null, "tts": false,
        "mention_everyone": false, "mentions": [], "mention_roles": [], "attachments": [], "embeds": [],
        "pinned": false, "type": 0,
    })
}

/// An INTERACTION_CREATE for a slash command with string options: in a server channel when
/// `member_permissions` is given (the member's computed permissions, as a decimal string),
/// else in a private chat.
pub fn slash_command(
    id: &str,
    channel: &str,
    author: &str,
    (name, options): (&str, &[(&str, &str)]),
    locale: &str,
    member_permissions: Option<&str>,
) -> Value {
    let options: Vec<Value> = options.iter().map(|(k, v)| json!({"name": k, "type": 3, "value": v})).collect();
    let mut i = interaction_base(id, channel, author, locale, member_permissions);
    i["type"] = json!(2);
    i["data"] = json!({"id": "4000000000000000004", "name": name, "type": 1, "options": options});
    i
}

/// An INTERACTION_CREATE for a button press on one of the bot's messages.
pub fn button_press(id: &str, channel: &str, author: &str, custom_id: &str, locale: &str) -> Value {
    let mut i = interaction_base(id, channel, author, locale, None);
    i["type"] = json!(3);
    i["data"] = json!({"custom_id": custom_id, "component_type": 2});
    let mut message = dm_message("5000000000000000005", channel, BOT_ID, "Choose a language");
    message["author"] = bot_user();
    i["message"] = message;
    i
}

fn interaction_base(id: &str, channel: &str, author: &str, locale: &str, member_permissions: Option<&str>) -> Value {
    let mut i = json!({
        "id": id, "application_id": APP_ID, "channel_id": channel, "token": format!("itoken-{id}"),
        "version": 1, "app_permissions": "0", "locale": locale, "entitlements": [],
        "attachment_size_limit": 10485760,
    });
    match member_permissions {
        Some(permissions) => {
            i["guild_id"] = json!(GUILD_ID);
            i["guild_locale"] = json!("en-US");
            let mut m = member(permissions);
            m["user"] = user(author);
            i["member"] = m;
        }
        None => i["user"] = user(author),
    }
    i
}
