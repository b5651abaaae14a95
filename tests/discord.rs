//! End-to-end tests of the Discord adapter against a fake Discord (REST and gateway) on
//! loopback: the real serenity client connects, identifies, receives events and answers.
#![cfg(feature = "discord")]

mod common;
mod fake_discord;

use std::sync::Arc;
use std::time::{Duration, Instant};

use fake_discord::{FakeDiscord, Recorded, BOT_ID, TOKEN};
use fundbot::adapters::discord::{self, DiscordError, DiscordOutbox};
use fundbot::config::DiscordConfig;
use fundbot::message::{Attachment, ChatKind, Incoming, Outbox, Reply, SendError};
use fundbot::runtime::{shutdown_pair, Core, ShutdownTrigger};
use serde_json::{json, Value};
use tokio::task::JoinHandle;
use tokio::time::timeout;

const WAIT: Duration = Duration::from_secs(15);

/// The adapter running against a fake Discord.
struct Running {
    fake: FakeDiscord,
    trigger: ShutdownTrigger,
    task: JoinHandle<Result<(), DiscordError>>,
    _dir: tempfile::TempDir,
}

fn config(fake: &FakeDiscord, token: &str) -> DiscordConfig {
    DiscordConfig { token: Some(token.into()), api_url: Some(fake.api_url.clone()) }
}

/// Logs to the test output when `RUST_LOG` is set (e.g. `RUST_LOG=fundbot=debug,serenity=info`).
fn init_logs() {
    if let Ok(filter) = std::env::var("RUST_LOG") {
        let _ = tracing_subscriber::fmt().with_env_filter(filter).with_test_writer().try_init();
    }
}

/// Starts the adapter and waits until it is connected and has registered its commands.
async fn start() -> Running {
    let (bot, dir) = common::bot();
    start_with(bot, dir).await
}

/// Like [`start`], with a bot of one's own.
async fn start_with(bot: fundbot::bot::Bot, dir: tempfile::TempDir) -> Running {
    init_logs();
    let fake = FakeDiscord::start().await;
    let core = Arc::new(Core::new(Arc::new(bot), 1000));
    let (trigger, shutdown) = shutdown_pair();
    let task = tokio::spawn(discord::run(core, config(&fake, TOKEN), shutdown));
    fake.wait_ready().await;
    Running { fake, trigger, task, _dir: dir }
}

impl Running {
    /// Stops the adapter through `Shutdown` and checks that it returns cleanly, in time.
    async fn stop(self) -> FakeDiscord {
        assert_eq!(self.fake.open_sessions(), 1, "one gateway connection while running");
        self.trigger.trigger();
        let result = timeout(WAIT, self.task).await.expect("run returns after shutdown").expect("run did not panic");
        assert!(result.is_ok(), "run failed: {result:?}");
        self.fake.wait_for("the gateway connection to close", WAIT, |_| self.fake.open_sessions() == 0).await;
        self.fake
    }
}

/// What a fresh bot answers to `incoming` (the expected text, markdown escapes aside).
fn expected(incoming: &Incoming) -> Vec<String> {
    let (bot, _dir) = common::bot();
    bot.handle(incoming).into_iter().map(|r| r.text).collect()
}

fn plain(text: &str) -> String {
    text.replace('\\', "")
}

fn posts_to(reqs: &[Recorded], channel: &str) -> Vec<Recorded> {
    let path = format!("/channels/{channel}/messages");
    reqs.iter().filter(|r| r.method == "POST" && r.path == path).cloned().collect()
}

fn callbacks_for(reqs: &[Recorded], interaction: &str) -> Vec<Recorded> {
    let prefix = format!("/interactions/{interaction}/");
    reqs.iter()
        .filter(|r| r.method == "POST" && r.path.starts_with(&prefix) && r.path.ends_with("/callback"))
        .cloned()
        .collect()
}

fn content(v: &Value) -> String {
    v["content"].as_str().unwrap_or_default().to_string()
}

/// A guild message replying to one of the bot's messages.
fn reply_to_bot(id: &str, channel: &str, author: &str, text: &str) -> Value {
    let mut m = fake_discord::guild_message(id, channel, author, text, false);
    let mut original = fake_discord::dm_message("6000000000000000006", channel, BOT_ID, "Funding calls I know about");
    original["author"] = fake_discord::bot_user();
    m["referenced_message"] = original;
    m["message_reference"] = json!({"message_id": "6000000000000000006", "channel_id": channel});
    m["type"] = json!(19);
    m
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_messages_are_answered_only_when_they_address_the_bot() {
    let run = start().await;
    let fake = &run.fake;
    // Not addressed: chatter, and a bot (even one that mentions us).
    fake.dispatch("MESSAGE_CREATE", fake_discord::guild_message("101", "111", "7", "which calls are open?", false));
    let mut other_bot =
        fake_discord::guild_message("102", "112", "8", &format!("<@{BOT_ID}> which calls are open?"), true);
    other_bot["author"]["bot"] = json!(true);
    fake.dispatch("MESSAGE_CREATE", other_bot);
    // Addressed: a mention (both forms), a reply to the bot, a command.
    fake.dispatch(
        "MESSAGE_CREATE",
        fake_discord::guild_message("103", "222", "7", &format!("<@{BOT_ID}> which calls are open?"), true),
    );
    fake.dispatch(
        "MESSAGE_CREATE",
        fake_discord::guild_message("104", "223", "7", &format!("<@!{BOT_ID}> which calls are open?"), false),
    );
    fake.dispatch("MESSAGE_CREATE", reply_to_bot("105", "333", "7", "and which are still open?"));
    fake.dispatch("MESSAGE_CREATE", fake_discord::guild_message("106", "444", "7", "/calls", false));

    let reqs = fake
        .wait_for("answers in channels 222, 223, 333 and 444", WAIT, |r| {
            ["222", "223", "333", "444"].iter().all(|c| !posts_to(r, c).is_empty())
        })
        .await;
    let calls = expected(&Incoming::private("discord", "x", "7", "which calls are open?"));
    for (channel, message) in [("222", "103"), ("223", "104"), ("444", "106")] {
        let post = &posts_to(&reqs, channel)[0];
        assert_eq!(plain(&content(&post.body)), calls[0], "channel {channel}");
        // In a server the answer is a reply to the question.
        assert_eq!(post.body["message_reference"]["message_id"], json!(message), "{:?}", post.body);
    }
    // Give the ignored messages time to have been (not) answered.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let fake = run.stop().await;
    let reqs = fake.requests();
    assert!(posts_to(&reqs, "111").is_empty(), "answered an unaddressed message");
    assert!(posts_to(&reqs, "112").is_empty(), "answered a bot");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn direct_messages_are_answered() {
    let run = start().await;
    run.fake.dispatch("MESSAGE_CREATE", fake_discord::dm_message("201", "600", "7", "which calls are open?"));
    let reqs = run.fake.wait_for("an answer in the private chat", WAIT, |r| !posts_to(r, "600").is_empty()).await;
    let post = &posts_to(&reqs, "600")[0];
    let calls = expected(&Incoming::private("discord", "600", "7", "which calls are open?"));
    assert_eq!(plain(&content(&post.body)), calls[0]);
    assert!(post.body["message_reference"].is_null(), "private answers are not replies");
    run.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slash_commands_get_an_interaction_response_in_the_asker_language() {
    let run = start().await;
    let fake = &run.fake;
    fake.dispatch(
        "INTERACTION_CREATE",
        fake_discord::slash_command("301", "700", "7", ("calls", &[]), "en-US", Some("0")),
    );
    let question = "Quels appels à projets sont ouverts en ce moment ?";
    fake.dispatch(
        "INTERACTION_CREATE",
        fake_discord::slash_command("302", "700", "8", ("ask", &[("question", question)]), "fr", Some("0")),
    );
    let reqs = fake
        .wait_for("both interaction responses", WAIT, |r| {
            !callbacks_for(r, "301").is_empty() && !callbacks_for(r, "302").is_empty()
        })
        .await;

    let calls = &callbacks_for(&reqs, "301")[0];
    assert_eq!(calls.path, "/interactions/301/itoken-301/callback");
    assert_eq!(calls.body["type"], 4, "a channel message response");
    let want = expected(&Incoming::private("discord", "700", "7", "/calls"));
    assert_eq!(plain(&content(&calls.body["data"])), want[0]);

    let ask = &callbacks_for(&reqs, "302")[0];
    let text = content(&ask.body["data"]);
    assert!(text.starts_with("Les appels à projets que je connais"), "not French: {text}");
    let answer = fundbot::bot::Bot::answer(&common::bot().0, question, None);
    assert_eq!(answer.lang.code(), "fr");
    assert_eq!(plain(&text), answer.answer);
    run.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn start_registers_the_slash_commands_with_the_right_intents() {
    let run = start().await;
    let fake = run.stop().await;
    let reqs = fake.requests();
    let put = reqs.iter().find(|r| r.method == "PUT").expect("a PUT of the commands");
    assert_eq!(put.path, format!("/applications/{}/commands", fake_discord::APP_ID));
    let names: Vec<&str> = put.body.as_array().expect("a list").iter().filter_map(|c| c["name"].as_str()).collect();
    for name in ["ask", "calls", "lang", "subscribe", "unsubscribe", "reminders", "help"] {
        assert!(names.contains(&name), "{name} missing from {names:?}");
    }
    let lang = put.body.as_array().into_iter().flatten().find(|c| c["name"] == "lang").expect("lang");
    let codes: Vec<&str> =
        lang["options"][0]["choices"].as_array().into_iter().flatten().filter_map(|c| c["value"].as_str()).collect();
    assert_eq!(codes, ["en", "fr", "de", "it", "es", "pt", "nl", "pl", "ro", "el", "ar", "uk", "ru", "fa", "tr"]);

    // The token was checked before connecting, and the gateway came from /gateway/bot.
    let first_get = reqs.iter().position(|r| r.path == "/users/@me").expect("GET /users/@me");
    assert!(reqs.iter().position(|r| r.path == "/gateway/bot").is_some_and(|i| i > first_get));
    let identify = fake.identifies();
    assert_eq!(identify.len(), 1, "{identify:?}");
    assert_eq!(identify[0]["token"], json!(true), "identified with the configured token");
    // GUILD_MESSAGES (1 << 9) | DIRECT_MESSAGES (1 << 12) | MESSAGE_CONTENT (1 << 15).
    assert_eq!(identify[0]["intents"], json!((1 << 9) | (1 << 12) | (1 << 15)));
    // Serenity asks for per-payload compression (READY was sent compressed and understood),
    // and no transport compression in the URL.
    assert_eq!(identify[0]["compress"], json!(true));
    let uris = fake.handshake_uris();
    assert!(uris.iter().all(|u| u.contains("v=10") && !u.contains("zlib-stream")), "{uris:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_outgoing_payload_can_ping_anyone() {
    let run = start().await;
    let fake = &run.fake;
    let sneaky = format!("<@{BOT_ID}> @everyone @here <@&42> <@7> which calls are open?");
    fake.dispatch("MESSAGE_CREATE", fake_discord::guild_message("401", "800", "7", &sneaky, true));
    fake.dispatch("MESSAGE_CREATE", fake_discord::dm_message("402", "801", "7", "@everyone which calls are open?"));
    fake.dispatch(
        "INTERACTION_CREATE",
        fake_discord::slash_command(
            "403",
            "802",
            "7",
            ("ask", &[("question", "@everyone @here which calls?")]),
            "en-US",
            Some("0"),
        ),
    );
    fake.dispatch("INTERACTION_CREATE", fake_discord::button_press("404", "803", "7", "/help", "en-US"));
    let reqs = fake
        .wait_for("four answers", WAIT, |r| {
            !posts_to(r, "800").is_empty()
                && !posts_to(r, "801").is_empty()
                && !callbacks_for(r, "403").is_empty()
                && !callbacks_for(r, "404").is_empty()
        })
        .await;
    drop(reqs);
    let fake = run.stop().await;
    let posted = fake.posted();
    assert!(posted.len() >= 4, "{posted:#?}");
    for r in &posted {
        let m = r.message().expect("a message");
        let am = &m["allowed_mentions"];
        assert_eq!(am["parse"], json!([]), "{} {}: {m}", r.method, r.path);
        assert!(am["users"].as_array().is_none_or(Vec::is_empty), "{m}");
        assert!(am["roles"].as_array().is_none_or(Vec::is_empty), "{m}");
        assert_ne!(am["replied_user"], json!(true), "{m}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn buttons_become_components_and_a_press_runs_the_command() {
    let run = start().await;
    let fake = &run.fake;
    fake.dispatch("MESSAGE_CREATE", fake_discord::dm_message("501", "900", "7", "/lang"));
    let reqs = fake.wait_for("the language menu", WAIT, |r| !posts_to(r, "900").is_empty()).await;
    let menu = &posts_to(&reqs, "900")[0].body;
    let rows = menu["components"].as_array().expect("action rows");
    assert!(!rows.is_empty() && rows.len() <= 5, "{menu}");
    let mut ids = Vec::new();
    for row in rows {
        assert_eq!(row["type"], 1, "an action row");
        let buttons = row["components"].as_array().expect("buttons");
        assert!((1..=5).contains(&buttons.len()));
        for b in buttons {
            assert_eq!(b["type"], 2, "a button");
            let id = b["custom_id"].as_str().expect("custom_id");
            assert!(id.len() <= 100);
            ids.push(id.to_string());
        }
    }
    assert!(ids.contains(&"/lang fr".to_string()), "{ids:?}");

    // Pressing "/lang fr" answers through the interaction, in French from then on.
    fake.dispatch("INTERACTION_CREATE", fake_discord::button_press("502", "900", "7", "/lang fr", "en-US"));
    let reqs = fake.wait_for("the button's answer", WAIT, |r| !callbacks_for(r, "502").is_empty()).await;
    let answer = &callbacks_for(&reqs, "502")[0].body;
    assert_eq!(answer["type"], 4);
    let mut press = Incoming::private("discord", "900", "7", "/lang fr");
    press.reply_to_bot = true;
    assert_eq!(plain(&content(&answer["data"])), expected(&press)[0]);
    run.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_admins_are_recognised_from_the_interaction_permissions() {
    let run = start().await;
    let fake = &run.fake;
    // MANAGE_GUILD is 1 << 5; SEND_MESSAGES alone (1 << 11) is not enough.
    fake.dispatch(
        "INTERACTION_CREATE",
        fake_discord::slash_command("601", "950", "7", ("subscribe", &[]), "en-US", Some("32")),
    );
    fake.dispatch(
        "INTERACTION_CREATE",
        fake_discord::slash_command("602", "951", "8", ("subscribe", &[]), "en-US", Some("2048")),
    );
    let reqs = fake
        .wait_for("both answers", WAIT, |r| !callbacks_for(r, "601").is_empty() && !callbacks_for(r, "602").is_empty())
        .await;
    let group = |admin: bool| {
        let mut i = Incoming::private("discord", "950", "7", "/subscribe");
        i.chat_kind = ChatKind::Group;
        i.is_admin = admin;
        i.mentioned = true;
        expected(&i)[0].clone()
    };
    let (admin, member) = (group(true), group(false));
    assert_ne!(admin, member);
    assert_eq!(plain(&content(&callbacks_for(&reqs, "601")[0].body["data"])), admin);
    assert_eq!(plain(&content(&callbacks_for(&reqs, "602")[0].body["data"])), member);
    run.stop().await;
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// A bot whose AMIF summary is long enough to make "What is AMIF?" need three messages.
fn bot_with_a_long_answer() -> (fundbot::bot::Bot, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("tempdir");
    let knowledge = dir.path().join("knowledge");
    copy_dir(&common::repo().join("knowledge"), &knowledge);
    let funds = knowledge.join("funds.toml");
    let text = std::fs::read_to_string(&funds).expect("funds.toml");
    let long: String =
        (0..60).map(|i| format!(" Sentence {i} about the fund's long history of supporting integration.")).collect();
    let marker = "Asylum, Migration and Integration Fund. It funds";
    assert!(text.contains(marker), "the AMIF summary changed; update this test");
    std::fs::write(
        &funds,
        text.replacen(marker, &format!("Asylum, Migration and Integration Fund.{long} It funds"), 1),
    )
    .expect("write");
    let mut cfg = common::config(dir.path());
    cfg.files.knowledge = knowledge;
    let bot = fundbot::bot::Bot::open(&cfg).expect("bot opens");
    (bot, dir)
}

fn words(texts: &[String]) -> Vec<String> {
    texts.iter().flat_map(|t| plain(t).split_whitespace().map(String::from).collect::<Vec<_>>()).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn long_answers_continue_in_further_messages_and_follow_ups() {
    let (bot, dir) = bot_with_a_long_answer();
    let want = bot.answer("What is AMIF?", None).answer;
    assert!(want.chars().count() > 4000, "{} characters", want.chars().count());
    let run = start_with(bot, dir).await;
    let fake = &run.fake;
    fake.dispatch(
        "MESSAGE_CREATE",
        fake_discord::guild_message("1101", "1100", "7", &format!("<@{BOT_ID}> What is AMIF?"), true),
    );
    fake.dispatch(
        "INTERACTION_CREATE",
        fake_discord::slash_command("1102", "1101", "7", ("ask", &[("question", "What is AMIF?")]), "en-US", None),
    );
    let followups = format!("/webhooks/{}/itoken-1102", fake_discord::APP_ID);
    let reqs = fake
        .wait_for("three channel messages and two follow-ups", WAIT, |r| {
            posts_to(r, "1100").len() >= 3 && r.iter().filter(|r| r.path == followups).count() >= 2
        })
        .await;

    let posts = posts_to(&reqs, "1100");
    assert!(posts.iter().all(|p| content(&p.body).chars().count() <= 2000));
    assert!(!posts[0].body["message_reference"].is_null(), "the first piece replies to the question");
    assert!(posts[1..].iter().all(|p| p.body["message_reference"].is_null()), "the others do not");
    assert_eq!(words(&posts.iter().map(|p| content(&p.body)).collect::<Vec<_>>()), words(std::slice::from_ref(&want)));

    let callback = &callbacks_for(&reqs, "1102")[0];
    let mut pieces = vec![content(&callback.body["data"])];
    pieces.extend(reqs.iter().filter(|r| r.path == followups).map(|r| content(&r.body)));
    assert!(pieces.iter().all(|p| p.chars().count() <= 2000));
    assert_eq!(words(&pieces), words(&[want]));
    let fake = run.stop().await;
    for r in fake.posted() {
        assert_eq!(r.message().map(|m| m["allowed_mentions"]["parse"].clone()), Some(json!([])), "{}", r.path);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn long_replies_are_split_under_2000_characters() {
    let fake = FakeDiscord::start().await;
    let outbox = DiscordOutbox::new(&config(&fake, TOKEN)).expect("outbox");
    let text = (1..=600).map(|i| format!("word{i}")).collect::<Vec<_>>().join(" ");
    assert!(text.chars().count() > 4000);
    timeout(WAIT, outbox.send("1200", &Reply::text(text.clone()))).await.expect("in time").expect("sent");
    let posts = posts_to(&fake.requests(), "1200");
    assert!(posts.len() >= 3, "{} messages", posts.len());
    for p in &posts {
        assert!(content(&p.body).chars().count() <= 2000);
        assert_eq!(p.body["allowed_mentions"]["parse"], json!([]));
    }
    let joined: Vec<String> =
        posts.iter().flat_map(|p| content(&p.body).split_whitespace().map(String::from).collect::<Vec<_>>()).collect();
    assert_eq!(joined, text.split_whitespace().map(String::from).collect::<Vec<_>>(), "nothing lost or reordered");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn outbox_sends_files_and_maps_refusals() {
    let fake = FakeDiscord::start().await;
    let outbox = DiscordOutbox::new(&config(&fake, TOKEN)).expect("outbox");
    let reply = Reply {
        text: "Deadline soon".into(),
        buttons: Vec::new(),
        file: Some(Attachment {
            name: "deadline.ics".into(),
            mime: "text/calendar".into(),
            bytes: b"BEGIN:VCALENDAR".to_vec(),
        }),
    };
    timeout(WAIT, outbox.send("1300", &reply)).await.expect("in time").expect("sent");
    let post = &posts_to(&fake.requests(), "1300")[0];
    assert_eq!(post.files, ["deadline.ics"]);
    assert_eq!(content(&post.body), "Deadline soon");
    assert_eq!(post.body["allowed_mentions"]["parse"], json!([]));

    fake.fail_channel("1301", 403, json!({"code": 50001, "message": "Missing Access"}));
    fake.fail_channel("1302", 403, json!({"code": 50007, "message": "Cannot send messages to this user"}));
    fake.fail_channel("1303", 404, json!({"code": 10003, "message": "Unknown Channel"}));
    fake.fail_channel(
        "1304",
        429,
        json!({"message": "You are being rate limited.", "retry_after": 1.5, "global": false}),
    );
    fake.fail_channel("1305", 400, json!({"code": 50035, "message": "Invalid Form Body"}));
    fake.fail_channel("1306", 502, json!({"code": 0, "message": "Bad Gateway"}));
    let hello = Reply::text("hello");
    let send = |chat: &'static str| {
        let (outbox, hello) = (&outbox, &hello);
        async move { timeout(WAIT, outbox.send(chat, hello)).await.expect("in time") }
    };
    assert_eq!(send("1301").await, Err(SendError::Gone));
    assert_eq!(send("1302").await, Err(SendError::Gone));
    assert_eq!(send("1303").await, Err(SendError::Gone));
    assert!(matches!(send("1304").await, Err(SendError::Retry(_))));
    assert!(matches!(send("1305").await, Err(SendError::Other(_))));
    assert!(matches!(send("1306").await, Err(SendError::Retry(_))));
    assert!(matches!(send("not-a-channel").await, Err(SendError::Other(_))));

    // Nothing listening: a network failure, worth retrying.
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        l.local_addr().expect("addr")
    };
    let cfg = DiscordConfig { token: Some(TOKEN.into()), api_url: Some(format!("http://{closed}")) };
    let offline = DiscordOutbox::new(&cfg).expect("outbox");
    let r = timeout(WAIT, offline.send("1307", &hello)).await.expect("in time");
    assert!(matches!(r, Err(SendError::Retry(_))), "{r:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bad_token_fails_fast_and_is_never_shown() {
    // REST refuses the token: `run` returns before touching the gateway.
    let fake = FakeDiscord::start().await;
    let bad = "not.the-right.token-987654321";
    let (bot, _dir) = common::bot();
    let core = Arc::new(Core::new(Arc::new(bot), 1000));
    let (_trigger, shutdown) = shutdown_pair();
    let began = Instant::now();
    let err = timeout(Duration::from_secs(5), discord::run(core.clone(), config(&fake, bad), shutdown.clone()))
        .await
        .expect("fails within 5 s")
        .expect_err("a bad token is an error");
    assert!(matches!(err, DiscordError::Unauthorized), "{err:?}");
    let text = err.to_string();
    assert!(text.contains("Discord"), "{text}");
    assert!(!text.contains(bad) && !format!("{err:?}").contains(bad), "{text}");
    assert!(fake.handshake_uris().is_empty(), "connected to the gateway anyway");
    assert!(began.elapsed() < Duration::from_secs(5));

    // REST accepts it but the gateway closes with 4004 (authentication failed).
    let fake = FakeDiscord::start().await;
    fake.reject_gateway_auth();
    let err = timeout(Duration::from_secs(10), discord::run(core, config(&fake, TOKEN), shutdown))
        .await
        .expect("fails within 10 s")
        .expect_err("a refused identify is an error");
    assert!(matches!(err, DiscordError::Unauthorized), "{err:?}");
    assert!(!err.to_string().contains(TOKEN));
    assert_eq!(fake.identifies().len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_missing_message_content_intent_is_named_in_the_error() {
    let fake = FakeDiscord::start().await;
    fake.reject_identify(4014);
    let (bot, _dir) = common::bot();
    let core = Arc::new(Core::new(Arc::new(bot), 1000));
    let (_trigger, shutdown) = shutdown_pair();
    let err = timeout(Duration::from_secs(10), discord::run(core, config(&fake, TOKEN), shutdown))
        .await
        .expect("fails within 10 s")
        .expect_err("refused intents are an error");
    assert!(matches!(err, DiscordError::Intents), "{err:?}");
    assert!(err.to_string().contains("MESSAGE CONTENT"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_while_the_shard_is_connecting_still_stops_cleanly() {
    // The shard manager only knows a shard once it has connected; a shutdown in between must
    // not leave `run` waiting forever.
    init_logs();
    let fake = FakeDiscord::start().await;
    let (bot, _dir) = common::bot();
    let core = Arc::new(Core::new(Arc::new(bot), 1000));
    let (trigger, shutdown) = shutdown_pair();
    fake.delay_handshakes(Duration::from_millis(1500));
    let task = tokio::spawn(discord::run(core, config(&fake, TOKEN), shutdown));
    fake.wait_for("the gateway URL to be fetched", WAIT, |r| r.iter().any(|r| r.path == "/gateway")).await;
    // The shard is now connecting (its handshake is held back).
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(fake.handshake_uris().is_empty());
    trigger.trigger();
    let result = timeout(WAIT, task).await.expect("run returns after shutdown").expect("no panic");
    assert!(result.is_ok(), "{result:?}");
    assert_eq!(fake.handshake_uris().len(), 1, "the shard did connect");
    fake.wait_for("the gateway connection to close", WAIT, |_| fake.open_sessions() == 0).await;
}

#[tokio::test]
async fn missing_token_or_bad_url_is_a_config_error() {
    let (bot, _dir) = common::bot();
    let core = Arc::new(Core::new(Arc::new(bot), 1000));
    let (_trigger, shutdown) = shutdown_pair();
    let err = discord::run(core.clone(), DiscordConfig::default(), shutdown.clone()).await.expect_err("no token");
    assert!(matches!(err, DiscordError::NoToken), "{err:?}");
    let cfg = DiscordConfig { token: Some(TOKEN.into()), api_url: Some("ftp://example".into()) };
    let err = discord::run(core, cfg, shutdown).await.expect_err("bad url");
    assert!(matches!(err, DiscordError::BadApiUrl(_)), "{err:?}");
}
