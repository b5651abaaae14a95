//! The Discord platform (serenity 0.12): a gateway client that answers messages and slash
//! commands, and an [`Outbox`] that posts to a channel on its own (reminders).
//!
//! Every message and interaction response this module sends carries an empty
//! `allowed_mentions`, so that no answer can ping `@everyone`, `@here`, a role or a user, even
//! when it quotes what a user typed. Texts are split under Discord's 2000-character limit with
//! [`split_text`]; buttons become message components whose `custom_id` is the command they run.
//!
//! Pointing REST at another base URL (`[discord] api_url`, used by the tests' fake Discord):
//! serenity's [`HttpBuilder::proxy`] replaces the `https://discord.com` prefix of every route
//! (serenity-0.12.5 `src/http/request.rs:78`), but its rate limiter builds requests without the
//! proxy (`src/http/ratelimiting.rs:199`), so the rate limiter is switched off whenever a base URL
//! is given; the proxy is then in charge of rate limits. The gateway URL comes from
//! `GET /api/v10/gateway/bot` on that base URL.

use std::sync::Arc;
use std::time::Duration;

use serenity::all::{
    ButtonStyle, ChannelId, Command, CommandDataOptionValue, CommandInteraction, CommandOptionType,
    ComponentInteraction, Context, CreateActionRow, CreateAllowedMentions, CreateAttachment, CreateButton,
    CreateCommand, CreateCommandOption, CreateInteractionResponse, CreateInteractionResponseFollowup,
    CreateInteractionResponseMessage, CreateMessage, EventHandler, GatewayIntents, Http, HttpBuilder, Interaction,
    InteractionId, Message, MessageReference, MessageType, Permissions, Ready, UserId,
};
use serenity::builder::Builder;

use crate::config::DiscordConfig;
use crate::message::{split_text, Attachment, Button, ChatKind, Incoming, Outbox, Reply, SendError, SendFuture};
use crate::runtime::{Core, Shutdown};

/// What the bot asks the gateway for, and why each is needed:
///
/// - `GUILD_MESSAGES`: messages in server channels, so that the bot can answer when it is
///   mentioned, replied to or given a `/command` there;
/// - `DIRECT_MESSAGES`: messages in private chats with the bot, which it always answers;
/// - `MESSAGE_CONTENT` (privileged: switch it on in the developer portal): without it Discord
///   delivers server messages with empty text (except those that mention the bot), so replies
///   to the bot and typed `/commands` would go unseen.
///
/// Slash commands and button presses arrive as interactions, which need no intent.
pub const INTENTS: GatewayIntents =
    GatewayIntents::GUILD_MESSAGES.union(GatewayIntents::DIRECT_MESSAGES).union(GatewayIntents::MESSAGE_CONTENT);

/// Discord's limit on a message's text, in characters.
pub const MAX_MESSAGE: usize = 2000;

/// Discord's limit on a component's `custom_id`.
const MAX_CUSTOM_ID: usize = 100;
/// Discord's limit on a button's label.
const MAX_LABEL: usize = 80;
/// Buttons per action row and rows per message.
const ROW_WIDTH: usize = 5;
const MAX_ROWS: usize = 5;

/// How long one REST call may take before it counts as a network failure. Serenity's HTTP
/// client has no timeout of its own.
const REST_TIMEOUT: Duration = Duration::from_secs(30);
/// When to retry after a network failure.
const NETWORK_RETRY: Duration = Duration::from_secs(10);
/// When to retry after a 429 whose `retry_after` serenity did not keep (its error response keeps
/// only `code`, `message` and `errors`); with serenity's own rate limiter on, 429s are retried
/// inside serenity and never reach us.
const RATE_LIMIT_RETRY: Duration = Duration::from_secs(5);

/// The language codes `/lang` offers, in the order of the choice list.
pub const LANGUAGES: [&str; 15] =
    ["en", "fr", "de", "it", "es", "pt", "nl", "pl", "ro", "el", "ar", "uk", "ru", "fa", "tr"];

/// Discord error codes that mean the channel is no longer ours to write to.
const UNKNOWN_CHANNEL: isize = 10003;
const CANNOT_MESSAGE_USER: isize = 50007;

/// Why the Discord adapter stopped or could not start. Messages never contain the token.
#[derive(Debug, thiserror::Error)]
pub enum DiscordError {
    /// No token in the configuration.
    #[error("Discord: no bot token configured; set FUNDBOT_DISCORD_TOKEN")]
    NoToken,
    /// `api_url` is not an http(s) URL.
    #[error("Discord: api_url {0:?} is not an http:// or https:// URL")]
    BadApiUrl(String),
    /// Discord answered 401 (REST) or closed the gateway with 4004.
    #[error("Discord rejected the bot token (unauthorized); check FUNDBOT_DISCORD_TOKEN")]
    Unauthorized,
    /// The gateway refused the intents (4013/4014): MESSAGE CONTENT must be enabled in the
    /// developer portal.
    #[error("Discord refused the gateway intents; enable MESSAGE CONTENT INTENT for the bot in the developer portal")]
    Intents,
    /// A REST call failed.
    #[error("Discord REST API: {0}")]
    Rest(String),
    /// The gateway connection failed.
    #[error("Discord gateway: {0}")]
    Gateway(String),
}

/// The empty mention list: nothing in a reply can notify anyone.
fn no_mentions() -> CreateAllowedMentions {
    CreateAllowedMentions::new().replied_user(false)
}

/// The token as configured, refusing an empty one.
fn token(cfg: &DiscordConfig) -> Result<String, DiscordError> {
    cfg.token.as_deref().map(str::trim).filter(|t| !t.is_empty()).map(str::to_string).ok_or(DiscordError::NoToken)
}

/// Serenity's HTTP client for `cfg`: against `api_url` when set (rate limiter off, see the
/// module docs), with empty allowed mentions as the default for every builder.
fn http(token: &str, cfg: &DiscordConfig) -> Result<Http, DiscordError> {
    let mut builder = HttpBuilder::new(token).default_allowed_mentions(no_mentions());
    if let Some(url) = cfg.api_url.as_deref().map(str::trim).filter(|u| !u.is_empty()) {
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            return Err(DiscordError::BadApiUrl(url.to_string()));
        }
        builder = builder.proxy(url.trim_end_matches('/')).ratelimiter_disabled(true);
    }
    Ok(builder.build())
}

/// An error's text with the token blotted out, in case a library ever echoes it.
fn scrub(text: impl std::fmt::Display, token: &str) -> String {
    let text = text.to_string();
    if token.len() >= 8 {
        text.replace(token, "<hidden>")
    } else {
        text
    }
}

/// The HTTP status of a failed REST call, if it got an answer.
fn status_of(e: &serenity::Error) -> Option<u16> {
    match e {
        serenity::Error::Http(h) => h.status_code().map(|s| s.as_u16()),
        _ => None,
    }
}

/// Connects to Discord and answers until `shutdown`.
///
/// The token is checked first with `GET /users/@me`, so that a bad one fails at once instead
/// of inside the gateway loop. On `ready` the slash commands are registered (bulk overwrite).
///
/// # Errors
/// [`DiscordError::Unauthorized`] for a rejected token, [`DiscordError::Intents`] when the
/// privileged intent is not enabled, other variants for REST or gateway failures. The caller
/// (see [`crate::runtime::supervise`]) decides whether to retry.
pub async fn run(core: Arc<Core>, cfg: DiscordConfig, mut shutdown: Shutdown) -> Result<(), DiscordError> {
    let token = token(&cfg)?;
    let http = http(&token, &cfg)?;
    let rest = |e: serenity::Error| {
        if status_of(&e) == Some(401) {
            DiscordError::Unauthorized
        } else {
            DiscordError::Rest(scrub(e, &token))
        }
    };
    let timed_out = || DiscordError::Rest("no answer within 30 s".into());
    let me =
        tokio::time::timeout(REST_TIMEOUT, http.get_current_user()).await.map_err(|_| timed_out())?.map_err(rest)?;
    let gateway =
        tokio::time::timeout(REST_TIMEOUT, http.get_bot_gateway()).await.map_err(|_| timed_out())?.map_err(rest)?;
    tracing::info!(bot = %me.id, session_starts_left = gateway.session_start_limit.remaining, "Discord token accepted");

    if shutdown.is_triggered() {
        return Ok(());
    }

    let handler = Handler { core, bot_id: me.id };
    let mut client = serenity::all::ClientBuilder::new_with_http(http, INTENTS)
        .event_handler(handler)
        .await
        .map_err(|e| DiscordError::Gateway(scrub(e, &token)))?;
    // The builder asked `GET /gateway` and, had that failed, would have fallen back to Discord's
    // public gateway; use the URL we were given instead.
    *client.ws_url.lock().await = gateway.url;

    let manager = client.shard_manager.clone();
    let start = client.start();
    tokio::pin!(start);
    let result = tokio::select! {
        r = &mut start => r,
        () = shutdown.wait() => {
            // A shard that is still connecting is not yet known to the manager, and then
            // `shutdown_all` does nothing: ask again until `start` returns.
            let mut stopped = None;
            for _ in 0..20 {
                manager.shutdown_all().await;
                if let Ok(r) = tokio::time::timeout(Duration::from_millis(500), &mut start).await {
                    stopped = Some(r);
                    break;
                }
            }
            return match stopped {
                Some(Err(e)) => Err(gateway_error(e, &token)),
                Some(Ok(())) => {
                    tracing::info!("Discord adapter stopped");
                    Ok(())
                }
                None => {
                    tracing::warn!("the Discord shard did not confirm its shutdown; leaving it behind");
                    Ok(())
                }
            };
        }
    };
    match result {
        Err(e) => Err(gateway_error(e, &token)),
        // Serenity returns `Ok` only after a shutdown nobody here asked for: report it so that
        // the supervisor reconnects.
        Ok(()) => Err(DiscordError::Gateway("the shards stopped without a shutdown".into())),
    }
}

/// A gateway failure as a [`DiscordError`].
fn gateway_error(e: serenity::Error, token: &str) -> DiscordError {
    use serenity::gateway::GatewayError as G;
    match &e {
        serenity::Error::Gateway(G::InvalidAuthentication) => DiscordError::Unauthorized,
        serenity::Error::Gateway(G::InvalidGatewayIntents | G::DisallowedGatewayIntents) => DiscordError::Intents,
        _ => DiscordError::Gateway(scrub(e, token)),
    }
}

/// The slash commands, registered on every `ready` (a bulk overwrite is idempotent).
fn commands() -> Vec<CreateCommand> {
    let text = |name: &str, description: &str, required: bool| {
        CreateCommandOption::new(CommandOptionType::String, name, description).required(required)
    };
    let mut code = text("code", "Language code", true);
    for l in LANGUAGES {
        code = code.add_string_choice(l, l);
    }
    vec![
        CreateCommand::new("ask")
            .description("Ask about EU funding for migrant integration, in your language")
            .add_option(text("question", "Your question", true).max_length(1500)),
        CreateCommand::new("calls").description("List the funding calls and their deadlines"),
        CreateCommand::new("lang").description("Choose the language of the answers").add_option(code),
        CreateCommand::new("subscribe").description("Get deadline reminders in this channel").add_option(text(
            "call",
            "A call id or name (all calls when empty)",
            false,
        )),
        CreateCommand::new("unsubscribe").description("Stop deadline reminders in this channel").add_option(text(
            "call",
            "A call id or name (all reminders when empty)",
            false,
        )),
        CreateCommand::new("reminders").description("Show the reminders of this channel"),
        CreateCommand::new("calendar").description("Get the deadlines of this channel's reminders as a calendar file"),
        CreateCommand::new("forget").description("Delete what fundbot stores about you"),
        CreateCommand::new("help").description("What you can ask"),
    ]
}

/// The text the core gets for a slash command with `options` (name, string value), or `None`
/// for a command this bot does not have.
fn command_text(name: &str, options: &[(String, String)]) -> Option<String> {
    let arg = |key: &str| options.iter().find(|(k, _)| k == key).map_or("", |(_, v)| v.trim());
    let with_arg = |cmd: &str, key: &str| {
        let a = arg(key);
        if a.is_empty() {
            format!("/{cmd}")
        } else {
            format!("/{cmd} {a}")
        }
    };
    Some(match name {
        "ask" => arg("question").to_string(),
        "calls" | "reminders" | "calendar" | "forget" | "help" => format!("/{name}"),
        "lang" => with_arg("lang", "code"),
        "subscribe" | "unsubscribe" => with_arg(name, "call"),
        _ => return None,
    })
}

/// The language part of a Discord locale (`pt-BR` → `pt`).
fn lang_of_locale(locale: &str) -> Option<String> {
    let l = locale.split(['-', '_']).next().unwrap_or("").trim().to_ascii_lowercase();
    (!l.is_empty()).then_some(l)
}

/// Whether these permissions let a member change the server's settings (and so a channel's
/// reminders).
fn is_manager(p: Permissions) -> bool {
    p.intersects(Permissions::MANAGE_GUILD | Permissions::ADMINISTRATOR)
}

/// Whether `text` mentions user `id` as `<@id>` or `<@!id>`.
fn mentions(text: &str, id: UserId) -> bool {
    text.contains(&format!("<@{id}>")) || text.contains(&format!("<@!{id}>"))
}

/// `text` without mentions of user `id`, with the whitespace they leave tidied.
fn strip_mentions(text: &str, id: UserId) -> String {
    let stripped = text.replace(&format!("<@!{id}>"), " ").replace(&format!("<@{id}>"), " ");
    stripped.split(' ').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ").trim().to_string()
}

/// A gateway message as the core sees it, or `None` when the bot should stay quiet: messages
/// of bots and webhooks (itself included), system messages, and server messages that do not
/// address the bot.
fn incoming_from_message(msg: &Message, bot_id: UserId) -> Option<Incoming> {
    if msg.author.bot || msg.author.id == bot_id || msg.webhook_id.is_some() {
        return None;
    }
    if !matches!(msg.kind, MessageType::Regular | MessageType::InlineReply) {
        return None;
    }
    let private = msg.guild_id.is_none();
    let mentioned = msg.mentions.iter().any(|u| u.id == bot_id) || mentions(&msg.content, bot_id);
    let reply_to_bot = msg.referenced_message.as_ref().is_some_and(|m| m.author.id == bot_id);
    // Message events carry no computed permissions; without them a member is not an admin.
    let is_admin = private || msg.member.as_ref().and_then(|m| m.permissions).is_some_and(is_manager);
    let incoming = Incoming {
        platform: "discord".into(),
        chat: msg.channel_id.to_string(),
        user: msg.author.id.to_string(),
        chat_kind: if private { ChatKind::Private } else { ChatKind::Group },
        text: strip_mentions(&msg.content, bot_id),
        mentioned,
        reply_to_bot,
        is_admin,
        lang_hint: None,
    };
    incoming.addressed().then_some(incoming)
}

/// A slash command as the core sees it. A slash command is addressed to the bot by nature.
fn incoming_from_command(c: &CommandInteraction) -> Option<Incoming> {
    let options: Vec<(String, String)> = c
        .data
        .options
        .iter()
        .filter_map(|o| match &o.value {
            CommandDataOptionValue::String(s) => Some((o.name.clone(), s.clone())),
            _ => None,
        })
        .collect();
    let text = command_text(&c.data.name, &options)?;
    let private = c.guild_id.is_none();
    Some(Incoming {
        platform: "discord".into(),
        chat: c.channel_id.to_string(),
        user: c.user.id.to_string(),
        chat_kind: if private { ChatKind::Private } else { ChatKind::Group },
        text,
        mentioned: true,
        reply_to_bot: false,
        is_admin: private || c.member.as_ref().and_then(|m| m.permissions).is_some_and(is_manager),
        lang_hint: lang_of_locale(&c.locale),
    })
}

/// A button press: its `custom_id` is the command to run, as if typed in reply to the bot.
fn incoming_from_component(c: &ComponentInteraction) -> Incoming {
    let private = c.guild_id.is_none();
    Incoming {
        platform: "discord".into(),
        chat: c.channel_id.to_string(),
        user: c.user.id.to_string(),
        chat_kind: if private { ChatKind::Private } else { ChatKind::Group },
        text: c.data.custom_id.clone(),
        mentioned: false,
        reply_to_bot: true,
        is_admin: private || c.member.as_ref().and_then(|m| m.permissions).is_some_and(is_manager),
        lang_hint: lang_of_locale(&c.locale),
    }
}

/// Escapes Discord markdown in plain text, leaving links alone (a backslash would break them).
fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        // Headings, quotes and subtext only start a line.
        if line.starts_with(['#', '>']) || line.starts_with("-#") {
            out.push('\\');
        }
        for (j, word) in line.split(' ').enumerate() {
            if j > 0 {
                out.push(' ');
            }
            if word.contains("://") {
                out.push_str(word);
                continue;
            }
            for c in word.chars() {
                if matches!(c, '\\' | '*' | '_' | '~' | '`' | '|') {
                    out.push('\\');
                }
                out.push(c);
            }
        }
    }
    out
}

/// Buttons as action rows: five to a row, at most five rows, each `custom_id` the command.
/// Buttons Discord would refuse (a command over 100 characters, a repeated command) are left out.
fn button_rows(buttons: &[Button]) -> Vec<CreateActionRow> {
    let mut seen = std::collections::HashSet::new();
    let usable: Vec<CreateButton> = buttons
        .iter()
        .filter(|b| !b.command.is_empty() && b.command.len() <= MAX_CUSTOM_ID && seen.insert(b.command.as_str()))
        .take(ROW_WIDTH * MAX_ROWS)
        .map(|b| {
            let label: String = b.label.chars().take(MAX_LABEL).collect();
            let label = if label.trim().is_empty() { b.command.clone() } else { label };
            CreateButton::new(b.command.clone()).label(label).style(ButtonStyle::Secondary)
        })
        .collect();
    if usable.len() < buttons.len() {
        tracing::debug!(dropped = buttons.len() - usable.len(), "buttons Discord cannot show were left out");
    }
    usable.chunks(ROW_WIDTH).map(|row| CreateActionRow::Buttons(row.to_vec())).collect()
}

/// One Discord message of a reply: the buttons and the file go with the last piece.
struct Piece {
    content: String,
    rows: Vec<CreateActionRow>,
    file: Option<CreateAttachment>,
}

/// A reply cut into messages Discord accepts. An empty reply gives none.
fn pieces(reply: &Reply) -> Vec<Piece> {
    let text = escape_markdown(&reply.text);
    let mut texts = split_text(&text, MAX_MESSAGE);
    texts.retain(|t| !t.is_empty());
    let rows = button_rows(&reply.buttons);
    let file = reply.file.as_ref().map(|Attachment { name, bytes, .. }| CreateAttachment::bytes(bytes.clone(), name));
    if texts.is_empty() && rows.is_empty() && file.is_none() {
        return Vec::new();
    }
    if texts.is_empty() {
        texts.push(String::new());
    }
    let last = texts.len() - 1;
    let (mut rows, mut file) = (Some(rows), file);
    texts
        .into_iter()
        .enumerate()
        .map(|(i, content)| {
            let (rows, file) =
                if i == last { (rows.take().unwrap_or_default(), file.take()) } else { (Vec::new(), None) };
            Piece { content, rows, file }
        })
        .collect()
}

impl Piece {
    fn message(self) -> CreateMessage {
        let mut m = CreateMessage::new().allowed_mentions(no_mentions());
        if !self.content.is_empty() {
            m = m.content(self.content);
        }
        if !self.rows.is_empty() {
            m = m.components(self.rows);
        }
        if let Some(f) = self.file {
            m = m.add_file(f);
        }
        m
    }

    fn response(self) -> CreateInteractionResponse {
        let mut m = CreateInteractionResponseMessage::new().allowed_mentions(no_mentions());
        if !self.content.is_empty() {
            m = m.content(self.content);
        }
        if !self.rows.is_empty() {
            m = m.components(self.rows);
        }
        if let Some(f) = self.file {
            m = m.add_file(f);
        }
        CreateInteractionResponse::Message(m)
    }

    fn followup(self) -> CreateInteractionResponseFollowup {
        let mut m = CreateInteractionResponseFollowup::new().allowed_mentions(no_mentions());
        if !self.content.is_empty() {
            m = m.content(self.content);
        }
        if !self.rows.is_empty() {
            m = m.components(self.rows);
        }
        if let Some(f) = self.file {
            m = m.add_file(f);
        }
        m
    }
}

/// Posts `reply` to `channel`, the first piece as a reply to `reference` when given.
async fn send_to_channel(
    http: &Http,
    channel: ChannelId,
    reply: &Reply,
    mut reference: Option<MessageReference>,
) -> serenity::Result<()> {
    for piece in pieces(reply) {
        let mut m = piece.message();
        if let Some(r) = reference.take() {
            m = m.reference_message(r);
        }
        m.execute(http, (channel, None)).await?;
    }
    Ok(())
}

/// Answers an interaction: the first piece as the interaction response (type 4), the others
/// as follow-up messages.
async fn answer_interaction(http: &Http, id: InteractionId, token: &str, replies: &[Reply]) -> serenity::Result<()> {
    let mut first = true;
    for piece in replies.iter().flat_map(pieces) {
        if first {
            piece.response().execute(http, (id, token)).await?;
            first = false;
        } else {
            piece.followup().execute(http, (None, token)).await?;
        }
    }
    Ok(())
}

/// The gateway event handler.
struct Handler {
    core: Arc<Core>,
    bot_id: UserId,
}

impl Handler {
    /// The core's replies, computed off the async threads (it reads and writes the store).
    async fn respond(&self, incoming: Incoming) -> Vec<Reply> {
        let core = self.core.clone();
        tokio::task::spawn_blocking(move || core.respond(&incoming)).await.unwrap_or_else(|e| {
            tracing::error!(error = %e, "answering a Discord message failed");
            Vec::new()
        })
    }
}

#[serenity::async_trait]
impl EventHandler for Handler {
    async fn ready(&self, ctx: Context, ready: Ready) {
        tracing::info!(guilds = ready.guilds.len(), "Discord gateway ready");
        match Command::set_global_commands(&ctx.http, commands()).await {
            Ok(c) => tracing::info!(count = c.len(), "Discord slash commands registered"),
            Err(e) => tracing::warn!(error = %e, "could not register the Discord slash commands"),
        }
    }

    async fn message(&self, ctx: Context, msg: Message) {
        let Some(incoming) = incoming_from_message(&msg, self.bot_id) else {
            return;
        };
        tracing::debug!(channel = %msg.channel_id, text = %incoming.text, "Discord message");
        let replies = self.respond(incoming).await;
        // In a server, answer as a reply so that the conversation stays readable in a busy channel.
        let mut reference = msg.guild_id.map(|_| MessageReference::from(&msg).fail_if_not_exists(false));
        for reply in &replies {
            if let Err(e) = send_to_channel(&ctx.http, msg.channel_id, reply, reference.take()).await {
                tracing::warn!(channel = %msg.channel_id, error = %e, "could not answer on Discord");
                break;
            }
        }
    }

    async fn interaction_create(&self, ctx: Context, interaction: Interaction) {
        let (incoming, id, token) = match &interaction {
            Interaction::Command(c) => match incoming_from_command(c) {
                Some(i) => (i, c.id, c.token.as_str()),
                None => {
                    tracing::debug!(command = %c.data.name, "unknown Discord slash command");
                    return;
                }
            },
            Interaction::Component(c) => (incoming_from_component(c), c.id, c.token.as_str()),
            _ => return,
        };
        tracing::debug!(channel = %incoming.chat, text = %incoming.text, "Discord interaction");
        let replies = self.respond(incoming).await;
        if let Err(e) = answer_interaction(&ctx.http, id, token, &replies).await {
            tracing::warn!(error = %e, "could not answer a Discord interaction");
        }
    }
}

/// Sends replies the user did not ask for just now (reminders) to a channel id.
pub struct DiscordOutbox {
    http: Http,
}

impl std::fmt::Debug for DiscordOutbox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DiscordOutbox").finish_non_exhaustive()
    }
}

impl DiscordOutbox {
    /// An outbox with its own REST client for `cfg` (no gateway connection).
    ///
    /// # Errors
    /// [`DiscordError::NoToken`] or [`DiscordError::BadApiUrl`].
    pub fn new(cfg: &DiscordConfig) -> Result<Self, DiscordError> {
        let token = token(cfg)?;
        Ok(DiscordOutbox { http: http(&token, cfg)? })
    }
}

/// What a failed send means for the caller.
fn send_error(e: &serenity::Error) -> SendError {
    use serenity::http::HttpError;
    match e {
        serenity::Error::Http(HttpError::UnsuccessfulRequest(r)) => {
            let code = r.error.code;
            match r.status_code.as_u16() {
                _ if code == UNKNOWN_CHANNEL || code == CANNOT_MESSAGE_USER => SendError::Gone,
                403 => SendError::Gone,
                429 => SendError::Retry(RATE_LIMIT_RETRY),
                s if s >= 500 => SendError::Retry(NETWORK_RETRY),
                s => SendError::Other(format!("Discord answered {s} (code {code})")),
            }
        }
        serenity::Error::Http(HttpError::Request(_)) => SendError::Retry(NETWORK_RETRY),
        other => SendError::Other(format!("Discord: {other}")),
    }
}

impl Outbox for DiscordOutbox {
    fn send<'a>(&'a self, chat: &'a str, reply: &'a Reply) -> SendFuture<'a> {
        Box::pin(async move {
            let channel = chat
                .parse::<u64>()
                .ok()
                .filter(|&id| id != 0)
                .map(ChannelId::new)
                .ok_or_else(|| SendError::Other(format!("not a Discord channel id: {chat:?}")))?;
            match tokio::time::timeout(REST_TIMEOUT, send_to_channel(&self.http, channel, reply, None)).await {
                Err(_) => Err(SendError::Retry(NETWORK_RETRY)),
                Ok(Ok(())) => Ok(()),
                Ok(Err(e)) => Err(send_error(&e)),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json<T: serde::Serialize>(v: &T) -> serde_json::Value {
        serde_json::to_value(v).unwrap_or_default()
    }

    #[test]
    fn slash_commands_become_core_commands() {
        let o = |k: &str, v: &str| vec![(k.to_string(), v.to_string())];
        assert_eq!(command_text("calls", &[]).as_deref(), Some("/calls"));
        assert_eq!(command_text("lang", &o("code", "fr")).as_deref(), Some("/lang fr"));
        assert_eq!(command_text("subscribe", &[]).as_deref(), Some("/subscribe"));
        assert_eq!(command_text("unsubscribe", &o("call", " amif ")).as_deref(), Some("/unsubscribe amif"));
        assert_eq!(command_text("ask", &o("question", "Quels appels ?")).as_deref(), Some("Quels appels ?"));
        assert_eq!(command_text("ban", &[]), None);
    }

    #[test]
    fn registered_commands_cover_the_core_commands_and_the_fifteen_languages() {
        let cmds = json(&commands());
        let names: Vec<&str> = cmds.as_array().into_iter().flatten().filter_map(|c| c["name"].as_str()).collect();
        assert_eq!(
            names,
            ["ask", "calls", "lang", "subscribe", "unsubscribe", "reminders", "calendar", "forget", "help"]
        );
        let choices = &cmds[2]["options"][0]["choices"];
        assert_eq!(choices.as_array().map(Vec::len), Some(15));
        for c in cmds.as_array().into_iter().flatten() {
            let d = c["description"].as_str().unwrap_or("");
            assert!((1..=100).contains(&d.chars().count()), "{c}");
        }
    }

    #[test]
    fn locale_gives_the_language() {
        assert_eq!(lang_of_locale("pt-BR").as_deref(), Some("pt"));
        assert_eq!(lang_of_locale("fr").as_deref(), Some("fr"));
        assert_eq!(lang_of_locale(""), None);
    }

    #[test]
    fn mentions_of_the_bot_are_found_and_removed() {
        let id = UserId::new(42);
        assert!(mentions("hi <@42> there", id));
        assert!(mentions("<@!42> hi", id));
        assert!(!mentions("<@421> hi", id));
        assert_eq!(strip_mentions("<@42> which calls?", id), "which calls?");
        assert_eq!(strip_mentions("hey <@!42>  what  now", id), "hey what now");
        assert_eq!(strip_mentions("<@7> hi", id), "<@7> hi");
    }

    #[test]
    fn managers_and_administrators_are_admins() {
        assert!(is_manager(Permissions::MANAGE_GUILD | Permissions::SEND_MESSAGES));
        assert!(is_manager(Permissions::ADMINISTRATOR));
        assert!(!is_manager(Permissions::SEND_MESSAGES | Permissions::MANAGE_MESSAGES));
    }

    #[test]
    fn markdown_is_escaped_but_links_are_not() {
        assert_eq!(escape_markdown("a *b* _c_ `d`"), r"a \*b\* \_c\_ \`d\`");
        assert_eq!(escape_markdown("# big\n> quote"), "\\# big\n\\> quote");
        assert_eq!(escape_markdown("see https://ec.europa.eu/a_b*c"), "see https://ec.europa.eu/a_b*c");
    }

    #[test]
    fn buttons_fill_rows_of_five_and_skip_what_discord_refuses() {
        let b = |c: String| Button { label: format!("L {c}"), command: c };
        let mut buttons: Vec<Button> = (0..12).map(|i| b(format!("/lang x{i}"))).collect();
        buttons.push(b("/lang x0".into())); // repeated
        buttons.push(b(format!("/subscribe {}", "y".repeat(100)))); // too long
        let rows = json(&button_rows(&buttons));
        let rows = rows.as_array().cloned().unwrap_or_default();
        assert_eq!(rows.iter().map(|r| r["components"].as_array().map_or(0, Vec::len)).collect::<Vec<_>>(), [5, 5, 2]);
        assert_eq!(rows[0]["type"], 1);
        assert_eq!(rows[0]["components"][0]["custom_id"], "/lang x0");
        assert_eq!(rows[0]["components"][0]["type"], 2);
        let many: Vec<Button> = (0..40).map(|i| b(format!("/x{i}"))).collect();
        assert_eq!(button_rows(&many).len(), 5);
    }

    #[test]
    fn long_replies_are_cut_and_extras_go_with_the_last_piece() {
        let reply = Reply {
            text: "word ".repeat(900),
            buttons: vec![Button { label: "Remind me".into(), command: "/subscribe x".into() }],
            file: Some(Attachment { name: "a.ics".into(), mime: "text/calendar".into(), bytes: b"BEGIN".to_vec() }),
        };
        let p = pieces(&reply);
        assert_eq!(p.len(), 3);
        assert!(p.iter().all(|p| p.content.chars().count() <= MAX_MESSAGE));
        assert!(p[..2].iter().all(|p| p.rows.is_empty() && p.file.is_none()));
        assert!(!p[2].rows.is_empty() && p[2].file.is_some());
        assert!(pieces(&Reply::default()).is_empty());
    }

    #[test]
    fn every_builder_carries_empty_allowed_mentions() {
        let p = || Piece { content: "@everyone hi".into(), rows: Vec::new(), file: None };
        for v in [json(&p().message()), json(&p().response()), json(&p().followup())] {
            let am = if v.get("data").is_some() { &v["data"]["allowed_mentions"] } else { &v["allowed_mentions"] };
            assert_eq!(am["parse"], serde_json::json!([]), "{v}");
            assert_eq!(am["users"], serde_json::json!([]), "{v}");
            assert_eq!(am["roles"], serde_json::json!([]), "{v}");
        }
        assert_eq!(json(&p().response())["type"], 4);
    }

    #[test]
    fn errors_never_contain_the_token() {
        let t = "MTIzNDU2Nzg5.abcdef.secret-token";
        assert_eq!(scrub(format!("failed with {t} in it"), t), "failed with <hidden> in it");
    }
}
