//! The Telegram adapter end to end: the real teloxide client and dispatcher against a fake Bot
//! API server on loopback (tests/fake_telegram). Every test is bounded by a timeout and stops
//! the adapter through `Shutdown`.
#![cfg(feature = "telegram")]

mod common;
mod fake_telegram;

use std::sync::Arc;
use std::time::{Duration, Instant};

use fake_telegram::{button_press, edited, message, reply_to_bot, FakeTelegram, BOT_USERNAME};
use fundbot::adapters::telegram::{self, escape_html, TelegramOutbox, Tuning};
use fundbot::bot::Bot;
use fundbot::config::TelegramConfig;
use fundbot::lang::Lang;
use fundbot::message::{Attachment, Button, Outbox, Reply, SendError};
use fundbot::runtime::{shutdown_pair, Core, ShutdownTrigger};
use serde_json::{json, Value};
use teloxide::adaptors::throttle::Limits;
use tokio::task::JoinHandle;

const TOKEN: &str = "123456:TEST-token_abc";
const TEST_LIMIT: Duration = Duration::from_secs(60);

/// The adapter running against a fake server.
struct Running {
    core: Arc<Core>,
    trigger: ShutdownTrigger,
    task: JoinHandle<Result<(), telegram::TelegramError>>,
    _dir: tempfile::TempDir,
}

fn core() -> (Arc<Core>, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("tempdir");
    let bot = Bot::open(&common::config(dir.path())).expect("bot opens");
    (Arc::new(Core::new(Arc::new(bot), 20)), dir)
}

fn tg_config(fake: &FakeTelegram) -> TelegramConfig {
    TelegramConfig { token: Some(fake.token.clone()), api_url: fake.url.clone(), ..TelegramConfig::default() }
}

/// Telegram's real limits, except a short long-poll so stopping is quick.
fn tuning() -> Tuning {
    Tuning { poll_timeout: Duration::from_secs(1), ..Tuning::default() }
}

async fn start(fake: &FakeTelegram) -> Running {
    start_with(fake, tg_config(fake), tuning()).await
}

async fn start_with(fake: &FakeTelegram, cfg: TelegramConfig, tuning: Tuning) -> Running {
    let (core, dir) = core();
    let (trigger, shutdown) = shutdown_pair();
    let task = tokio::spawn(telegram::run_with(Arc::clone(&core), cfg, shutdown, tuning));
    // Started once it polls.
    fake.wait_until(Duration::from_secs(20), "the first getUpdates", |f| f.count("getUpdates") > 0).await;
    Running { core, trigger, task, _dir: dir }
}

impl Running {
    async fn stop(self) {
        self.trigger.trigger();
        let result = tokio::time::timeout(Duration::from_secs(15), self.task)
            .await
            .expect("the adapter stops within 15 s of shutdown")
            .expect("the adapter task does not panic");
        assert!(result.is_ok(), "the adapter stopped with an error: {result:?}");
    }
}

fn text(m: &Value) -> &str {
    m["text"].as_str().unwrap_or_default()
}

fn has_arabic(s: &str) -> bool {
    s.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

/// What the core would answer `q` in `lang`, as sent (escaped).
fn expected(core: &Core, q: &str, lang: Lang) -> String {
    escape_html(&core.bot().answer(q, Some(lang)).answer)
}

fn lang(code: &str) -> Lang {
    Lang::from_code(code).expect("a supported language")
}

async fn bounded<F: std::future::Future<Output = ()>>(f: F) {
    tokio::time::timeout(TEST_LIMIT, f).await.expect("test finished in time");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn arabic_private_question_gets_one_arabic_answer() {
    bounded(async {
        let fake = FakeTelegram::start(TOKEN).await;
        let bot = start(&fake).await;
        fake.push(message(501, 501, "ar", "ما هو موعد انتهاء دعوة AMIF؟"));
        fake.wait_messages(501, 1).await;
        let sent = fake.settle(501, Duration::from_millis(700)).await;
        assert_eq!(sent.len(), 1, "exactly one answer: {sent:?}");
        assert!(has_arabic(text(&sent[0])), "answer is Arabic: {}", text(&sent[0]));
        assert_eq!(sent[0]["parse_mode"], "HTML");
        assert!(sent[0].get("reply_parameters").is_none(), "private answers quote nothing");
        // Nobody else was written to.
        assert_eq!(fake.calls("sendMessage").len(), 1);
        bot.stop().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn groups_get_answers_only_when_the_bot_is_addressed() {
    bounded(async {
        let group = -1_001_234_567_890;
        let fake = FakeTelegram::start(TOKEN).await;
        let bot = start(&fake).await;
        let q = "What is AMIF?";

        // Not addressed: nothing, and no admin look-up either.
        fake.push(message(group, 601, "en", q));
        fake.push(edited(group, 601, &format!("@{BOT_USERNAME} {q}")));
        let sent = fake.settle(group, Duration::from_millis(1500)).await;
        assert!(sent.is_empty(), "unaddressed group message answered: {sent:?}");
        assert!(fake.calls("getChatAdministrators").is_empty());

        // A mention, in another case than the bot's name.
        let asked = message(group, 601, "en", &format!("@{} {q}", BOT_USERNAME.to_lowercase()));
        let asked_id = asked["message"]["message_id"].clone();
        fake.push(asked);
        let sent = fake.wait_messages(group, 1).await;
        let amif = expected(&bot.core, q, Lang::EN);
        assert_eq!(text(&sent[0]), amif, "the mention is stripped and the question answered");
        // In a group the answer quotes the question.
        assert_eq!(sent[0]["reply_parameters"]["message_id"], asked_id);

        // A reply to the bot.
        fake.push(reply_to_bot(group, 602, "en", q));
        let sent = fake.wait_messages(group, 2).await;
        assert_eq!(text(&sent[1]), amif);

        // A command with the bot's name.
        fake.push(message(group, 603, "en", &format!("/calls@{BOT_USERNAME}")));
        let sent = fake.wait_messages(group, 3).await;
        let calls = bot.core.bot().handle(&fundbot::message::Incoming::private("console", "c", "c", "/calls"));
        assert_eq!(text(&sent[2]), escape_html(&calls[0].text));

        // A command for another bot is not for us.
        fake.push(message(group, 603, "en", "/calls@SomeOtherBot"));
        let sent = fake.settle(group, Duration::from_millis(1500)).await;
        assert_eq!(sent.len(), 3, "{sent:?}");

        // A question in a forum topic is answered in that topic.
        let mut in_topic = message(group, 604, "en", &format!("@{BOT_USERNAME} {q}"));
        in_topic["message"]["is_topic_message"] = json!(true);
        in_topic["message"]["message_thread_id"] = json!(77);
        fake.push(in_topic);
        let sent = fake.wait_messages(group, 4).await;
        assert_eq!(sent[3]["message_thread_id"], 77);
        assert!(sent[..3].iter().all(|m| m.get("message_thread_id").is_none()));
        bot.stop().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lang_choice_by_command_and_by_button() {
    bounded(async {
        let fake = FakeTelegram::start(TOKEN).await;
        let bot = start(&fake).await;
        let q = "What is AMIF?";
        let user = 701;

        fake.push(message(user, user, "en", "/lang fr"));
        fake.push(message(user, user, "en", q));
        let sent = fake.wait_messages(user, 2).await;
        let fr = expected(&bot.core, q, lang("fr"));
        assert_ne!(fr, expected(&bot.core, q, Lang::EN), "the test needs different answers");
        assert_eq!(text(&sent[1]), fr, "the English question is answered in French");

        // /lang alone: a keyboard of languages, one per row, each button a /lang command.
        fake.push(message(user, user, "en", "/lang"));
        let sent = fake.wait_messages(user, 3).await;
        let rows = sent[2]["reply_markup"]["inline_keyboard"].as_array().expect("an inline keyboard").clone();
        assert!(rows.len() >= 15, "one button per language: {}", rows.len());
        assert!(rows.iter().all(|r| r.as_array().map(Vec::len) == Some(1)));
        let de = rows.iter().find(|r| r[0]["callback_data"] == "/lang de").expect("a German button");
        assert!(!de[0]["text"].as_str().unwrap_or_default().is_empty());
        // The usage text mentions "/lang <code>": it must arrive escaped, not as an HTML tag.
        assert!(text(&sent[2]).contains("&lt;"), "{}", text(&sent[2]));

        // Pressing it: acknowledged, language set, confirmation in German.
        fake.push(button_press("cb-1", user, user, "en", "/lang de"));
        let sent = fake.wait_messages(user, 4).await;
        let acks = fake.calls("answerCallbackQuery");
        assert_eq!(acks.len(), 1);
        assert_eq!(acks[0].body["callback_query_id"], "cb-1");
        let prefs = bot.core.bot().store().user("telegram", &user.to_string()).expect("prefs");
        assert_eq!(prefs.lang.as_deref(), Some("de"));
        fake.push(message(user, user, "en", q));
        let sent_after = fake.wait_messages(user, 5).await;
        assert_eq!(text(&sent_after[4]), expected(&bot.core, q, lang("de")));
        let answerer = bot.core.bot().answerer();
        let confirmation =
            answerer.msg(lang("de"), "lang-set", &[("language", answerer.language_list_one(lang("de")))]);
        assert_eq!(text(&sent[3]), escape_html(&confirmation));
        bot.stop().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn subscriptions_are_stored_and_group_admins_are_checked() {
    bounded(async {
        let fake = FakeTelegram::start(TOKEN).await;
        let bot = start(&fake).await;
        let store = || bot.core.bot().store();

        // Private: anyone may subscribe their own chat.
        fake.push(message(801, 801, "en", "/subscribe"));
        fake.wait_messages(801, 1).await;
        let subs = store().subscriptions("telegram", "801").expect("subscriptions");
        assert_eq!(subs.len(), 1, "{subs:?}");
        assert_eq!(subs[0].target, "*");
        fake.push(message(801, 801, "en", "/reminders"));
        fake.wait_messages(801, 2).await;

        // Group: a member is refused, the admin (from getChatAdministrators) is not.
        let group = -1_009_000_000_001;
        fake.set_admins(group, &[900, 901]);
        fake.push(message(group, 902, "en", &format!("/subscribe@{BOT_USERNAME}")));
        fake.wait_messages(group, 1).await;
        assert!(store().subscriptions("telegram", &group.to_string()).expect("subs").is_empty());
        fake.push(message(group, 901, "en", "/subscribe"));
        fake.wait_messages(group, 2).await;
        assert_eq!(store().subscriptions("telegram", &group.to_string()).expect("subs").len(), 1);
        // The list was asked for once and then cached.
        assert_eq!(fake.calls("getChatAdministrators").len(), 1);
        // No admin look-ups for private chats.
        assert!(fake.calls("getChatAdministrators").iter().all(|r| r.body["chat_id"] == group));
        bot.stop().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn html_is_escaped_in_everything_sent() {
    bounded(async {
        let fake = FakeTelegram::start(TOKEN).await;
        let bot = start(&fake).await;
        fake.push(message(1001, 1001, "en", "<b>bold</b> & <script>"));
        let sent = fake.wait_messages(1001, 1).await;
        assert_eq!(sent[0]["parse_mode"], "HTML");
        let t = text(&sent[0]);
        assert!(!t.contains('<') && !t.contains('>'), "raw markup in {t}");
        assert!(t.match_indices('&').all(|(i, _)| ["&amp;", "&lt;", "&gt;"].iter().any(|e| t[i..].starts_with(e))));
        bot.stop().await;

        // The core never echoes a question, so user text is checked through the send path.
        let outbox = TelegramOutbox::with_api(TOKEN, &fake.url, Limits::default()).expect("outbox");
        outbox.send("1002", &Reply::text("<b>bold</b> & <script>")).await.expect("sent");
        let sent = fake.messages_to(1002);
        assert_eq!(text(&sent[0]), "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;");
        assert_eq!(sent[0]["parse_mode"], "HTML");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_is_waited_out_and_the_answer_delivered() {
    bounded(async {
        let fake = FakeTelegram::start(TOKEN).await;
        fake.fail_next(
            "sendMessage",
            429,
            json!({"ok": false, "error_code": 429, "description": "Too Many Requests: retry after 1",
                   "parameters": {"retry_after": 1}}),
        );
        let bot = start(&fake).await;
        fake.push(message(1101, 1101, "en", "What is AMIF?"));
        let sent = fake.wait_messages(1101, 1).await;
        assert_eq!(text(&sent[0]), expected(&bot.core, "What is AMIF?", Lang::EN));
        let attempts = fake.calls("sendMessage");
        assert_eq!(attempts.len(), 2, "one refused, one delivered");
        assert!(attempts[0].failed && !attempts[1].failed);
        let waited = attempts[1].at - attempts[0].at;
        assert!(waited >= Duration::from_millis(900), "retried after {waited:?}, before retry_after");
        let sent = fake.settle(1101, Duration::from_millis(500)).await;
        assert_eq!(sent.len(), 1, "delivered once");
        bot.stop().await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_finishes_the_replies_in_flight() {
    bounded(async {
        let fake = FakeTelegram::start(TOKEN).await;
        fake.fail_next(
            "sendMessage",
            429,
            json!({"ok": false, "error_code": 429, "description": "Too Many Requests: retry after 1",
                   "parameters": {"retry_after": 1}}),
        );
        let bot = start(&fake).await;
        fake.push(message(1151, 1151, "en", "Who can apply?"));
        // The answer is now waiting out the 429 when shutdown comes.
        fake.wait_until(Duration::from_secs(20), "the refused attempt", |f| !f.calls("sendMessage").is_empty()).await;
        assert!(fake.messages_to(1151).is_empty());
        bot.stop().await;
        assert_eq!(fake.messages_to(1151).len(), 1, "the answer was sent before the adapter returned");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bad_token_fails_fast_without_showing_it() {
    bounded(async {
        let fake = FakeTelegram::start(TOKEN).await;
        let bad = "999999:WRONG-secret";
        let cfg = TelegramConfig { token: Some(bad.into()), ..tg_config(&fake) };
        let (core1, _dir) = core();
        let (_trigger, shutdown) = shutdown_pair();
        let began = Instant::now();
        let result = tokio::time::timeout(Duration::from_secs(10), telegram::run_with(core1, cfg, shutdown, tuning()))
            .await
            .expect("returns quickly");
        let err = result.expect_err("a bad token is an error");
        assert!(matches!(err, telegram::TelegramError::InvalidToken), "{err:?}");
        let text = err.to_string();
        assert!(text.contains("Telegram"), "{text}");
        assert!(!text.contains("WRONG") && !format!("{err:?}").contains("WRONG"), "{text}");
        assert!(began.elapsed() < Duration::from_secs(5));
        assert_eq!(fake.calls("getUpdates").len(), 0, "no polling with a bad token");

        // No token at all is an error before any request.
        let (core2, _dir2) = core();
        let (_t, shutdown) = shutdown_pair();
        let cfg = TelegramConfig { token: None, ..tg_config(&fake) };
        let err = telegram::run(core2, cfg, shutdown).await.expect_err("no token");
        assert!(matches!(err, telegram::TelegramError::NoToken));
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn outbox_maps_errors_and_splits_long_replies() {
    bounded(async {
        let fake = FakeTelegram::start(TOKEN).await;
        let outbox = TelegramOutbox::with_api(TOKEN, &fake.url, Limits::default()).expect("outbox");
        let reply = Reply::text("Reminder");

        fake.fail_next(
            "sendMessage",
            403,
            json!({"ok": false, "error_code": 403, "description": "Forbidden: bot was blocked by the user"}),
        );
        assert_eq!(outbox.send("1201", &reply).await, Err(SendError::Gone));
        fake.fail_next(
            "sendMessage",
            400,
            json!({"ok": false, "error_code": 400, "description": "Bad Request: chat not found"}),
        );
        assert_eq!(outbox.send("1202", &reply).await, Err(SendError::Gone));
        fake.fail_next(
            "sendMessage",
            429,
            json!({"ok": false, "error_code": 429, "description": "Too Many Requests: retry after 7",
                   "parameters": {"retry_after": 7}}),
        );
        assert_eq!(outbox.send("1203", &reply).await, Err(SendError::Retry(Duration::from_secs(7))));
        assert!(matches!(outbox.send("not-a-chat", &reply).await, Err(SendError::Other(_))));

        // A long reply with markup characters, buttons and a file.
        let long = "Deadlines & <dates> for AMIF calls in Europe. ".repeat(250);
        let reply = Reply {
            text: long.clone(),
            buttons: vec![Button { label: "🔔".into(), command: "/subscribe amif-2020".into() }],
            file: Some(Attachment {
                name: "deadline.ics".into(),
                mime: "text/calendar".into(),
                bytes: b"BEGIN:VCALENDAR".to_vec(),
            }),
        };
        let outbox =
            TelegramOutbox::with_api(TOKEN, &fake.url, Limits { messages_per_sec_chat: 100, ..Limits::default() })
                .expect("outbox");
        outbox.send("1204", &reply).await.expect("sent");
        let sent = fake.messages_to(1204);
        assert!(sent.len() >= 3, "split into {} messages", sent.len());
        for m in &sent {
            assert!(text(m).encode_utf16().count() <= 4096, "a piece has {} units", text(m).encode_utf16().count());
        }
        let joined: String = sent.iter().map(text).collect::<String>().split_whitespace().collect();
        assert_eq!(joined, escape_html(&long).split_whitespace().collect::<String>());
        // The keyboard sits under the last piece only.
        assert!(sent[..sent.len() - 1].iter().all(|m| m.get("reply_markup").is_none()));
        assert_eq!(
            sent[sent.len() - 1]["reply_markup"]["inline_keyboard"][0][0]["callback_data"],
            "/subscribe amif-2020"
        );
        let docs = fake.calls("sendDocument");
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].body["chat_id"], 1204);
        let raw = docs[0].body["_multipart"].as_str().unwrap_or_default();
        assert!(raw.contains("deadline.ics") && raw.contains("BEGIN:VCALENDAR"));
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhook_mode_receives_updates_and_removes_the_webhook_on_stop() {
    bounded(async {
        let fake = FakeTelegram::start(TOKEN).await;
        let port = {
            let l = std::net::TcpListener::bind("127.0.0.1:0").expect("free port");
            l.local_addr().expect("addr").port()
        };
        let cfg = TelegramConfig {
            mode: "webhook".into(),
            webhook_url: Some("https://fundbot.invalid/tg/hook".into()),
            webhook_listen: format!("127.0.0.1:{port}"),
            ..tg_config(&fake)
        };
        let (core, _dir) = core();
        let (trigger, shutdown) = shutdown_pair();
        let task = tokio::spawn(telegram::run_with(Arc::clone(&core), cfg, shutdown, tuning()));
        fake.wait_until(Duration::from_secs(20), "setWebhook", |f| f.webhook().is_some()).await;
        let (url, secret) = fake.webhook().expect("webhook set");
        assert_eq!(url, "https://fundbot.invalid/tg/hook");
        let secret = secret.expect("a secret token");

        let mut update = message(1301, 1301, "en", "What is AMIF?");
        update["update_id"] = json!(1);
        // Without the secret Telegram sends, the update is refused.
        assert_eq!(post(port, "/tg/hook", None, &update).await, 401);
        assert_eq!(post(port, "/tg/hook", Some(&secret), &update).await, 200);
        let sent = fake.wait_messages(1301, 1).await;
        assert_eq!(text(&sent[0]), expected(&core, "What is AMIF?", Lang::EN));

        trigger.trigger();
        let result = tokio::time::timeout(Duration::from_secs(15), task).await.expect("stops").expect("no panic");
        assert!(result.is_ok(), "{result:?}");
        assert_eq!(fake.calls("deleteWebhook").len(), 1);
        assert!(fake.calls("getUpdates").is_empty(), "no polling in webhook mode");
    })
    .await;
}

/// A bare HTTP/1.1 POST on loopback; returns the status code.
async fn post(port: u16, path: &str, secret: Option<&str>, body: &Value) -> u16 {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let body = body.to_string();
    let mut s = tokio::net::TcpStream::connect(("127.0.0.1", port)).await.expect("connect");
    let secret = secret.map(|t| format!("X-Telegram-Bot-Api-Secret-Token: {t}\r\n")).unwrap_or_default();
    let req = format!(
        "POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n{secret}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    s.write_all(req.as_bytes()).await.expect("write");
    let mut out = Vec::new();
    s.read_to_end(&mut out).await.expect("read");
    let head = String::from_utf8_lossy(&out);
    head.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0)
}

/// A memory figure of this process from /proc/self/status, in MiB: `VmHWM` is the peak
/// resident set, `VmRSS` the current one.
fn memory_mib(field: &str) -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            let line = s.lines().find(|l| l.starts_with(field))?.to_string();
            line.split_whitespace().nth(1)?.parse::<u64>().ok()
        })
        .map_or_else(|| "?".into(), |kb| (kb / 1024).to_string())
}

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// 1,000 users × 10 questions (under the 20/minute limit) through the fake server; every
/// question must get exactly one answer in its chat. FUNDBOT_LOAD_USERS and
/// FUNDBOT_LOAD_QUESTIONS change the size. Telegram's flood limits are lifted here (at its real
/// 30 messages a second, 10,000 answers take at least 5.5 minutes whatever the bot does).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn load_ten_thousand_questions_from_a_thousand_users() {
    let users = env_usize("FUNDBOT_LOAD_USERS", 1000);
    let per_user = env_usize("FUNDBOT_LOAD_QUESTIONS", 10).min(20);
    let total = users * per_user;
    let questions = [
        ("en", "What is AMIF?"),
        ("en", "Which calls are open?"),
        ("en", "When is the AMIF deadline?"),
        ("en", "Who can apply?"),
        ("fr", "Qu'est-ce que l'AMIF ?"),
        ("de", "Welche Aufrufe sind offen?"),
        ("ar", "ما هو موعد انتهاء دعوة AMIF؟"),
        ("es", "¿Quién puede solicitar?"),
        ("it", "Quali partner servono per un consorzio?"),
        ("uk", "Що таке AMIF?"),
    ];
    let limit = Duration::from_secs(env_usize("FUNDBOT_LOAD_SECONDS", 240) as u64);
    tokio::time::timeout(limit, async {
        let fake = FakeTelegram::start_with(TOKEN, false).await;
        let lifted = Limits {
            messages_per_sec_chat: 1_000,
            messages_per_min_chat: 100_000,
            messages_per_min_channel_or_supergroup: 100_000,
            messages_per_sec_overall: 100_000,
        };
        let bot = start_with(&fake, tg_config(&fake), Tuning { limits: lifted, ..tuning() }).await;
        let updates: Vec<Value> = (0..per_user)
            .flat_map(|round| {
                (0..users).map(move |u| {
                    let (lang, q) = questions[(u + round) % questions.len()];
                    let id = 10_000 + u as i64;
                    message(id, id, lang, q)
                })
            })
            .collect();
        let before = memory_mib("VmRSS:");
        let began = Instant::now();
        fake.push_all(updates);
        fake.wait_until(limit, "every answer", |f| f.count("sendMessage") >= total).await;
        let elapsed = began.elapsed();
        // Anything extra would show up now.
        tokio::time::sleep(Duration::from_millis(500)).await;
        let per_chat = fake.per_chat();
        assert_eq!(fake.count("sendMessage"), total, "one answer per question, no more");
        assert_eq!(per_chat.len(), users, "every user answered");
        assert!(per_chat.values().all(|&n| n == per_user), "each user got exactly {per_user} answers");
        let rate = total as f64 / elapsed.as_secs_f64();
        // The fake server and its queued updates live in this process too.
        println!(
            "load: {total} questions from {users} users answered in {:.2} s = {rate:.0} questions/s; \
             RSS {before} MiB before, peak RSS (VmHWM) {} MiB",
            elapsed.as_secs_f64(),
            memory_mib("VmHWM:")
        );
        bot.stop().await;
    })
    .await
    .expect("load test finished in time");
}
