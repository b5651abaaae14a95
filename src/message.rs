//! The platform-neutral conversation types. Adapters turn a platform event into an
//! [`Incoming`] and each [`Reply`] back into a platform call; nothing else sees a platform type.
//!
//! A button press comes back as an ordinary [`Incoming`] whose text is the button's command
//! (`/lang fr`), so the core has one path for typed and pressed commands.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

/// Private conversation or a group/channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChatKind {
    /// One person and the bot.
    Private,
    /// Many people: the bot speaks only when addressed.
    Group,
}

/// A message that reached the bot.
#[derive(Debug, Clone)]
pub struct Incoming {
    /// `console`, `telegram`, `discord`.
    pub platform: String,
    /// Where to answer.
    pub chat: String,
    /// Who wrote it.
    pub user: String,
    /// Private or group.
    pub chat_kind: ChatKind,
    /// The text, with any mention of the bot removed.
    pub text: String,
    /// The bot was mentioned by name.
    pub mentioned: bool,
    /// The message replies to one of the bot's messages (or is a button press).
    pub reply_to_bot: bool,
    /// The sender may change the group's settings (admin or moderator). Always true in private.
    pub is_admin: bool,
    /// The platform's idea of the user's language (Telegram's `language_code`, Discord's locale).
    pub lang_hint: Option<String>,
}

impl Incoming {
    /// A private console message.
    #[must_use]
    pub fn console(text: &str) -> Self {
        Incoming::private("console", "console", "console", text)
    }

    /// A private message on any platform (the chat is the user).
    #[must_use]
    pub fn private(platform: &str, chat: &str, user: &str, text: &str) -> Self {
        Incoming {
            platform: platform.into(),
            chat: chat.into(),
            user: user.into(),
            chat_kind: ChatKind::Private,
            text: text.into(),
            mentioned: false,
            reply_to_bot: false,
            is_admin: true,
            lang_hint: None,
        }
    }

    /// A command: the text starts with `/`.
    #[must_use]
    pub fn is_command(&self) -> bool {
        self.text.trim_start().starts_with('/')
    }

    /// Whether the bot should speak: always in private; in groups only when mentioned,
    /// replied to, or given a command, so that it is safe to leave in a busy room.
    #[must_use]
    pub fn addressed(&self) -> bool {
        self.chat_kind == ChatKind::Private || self.mentioned || self.reply_to_bot || self.is_command()
    }
}

/// A button under a reply. Pressing it sends `command` back as if typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Button {
    /// What the user sees.
    pub label: String,
    /// The command it runs, e.g. `/lang fr` or `/subscribe amif-2020-integration`.
    pub command: String,
}

/// A file sent with a reply (the `.ics` calendar).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    /// File name shown to the user.
    pub name: String,
    /// MIME type.
    pub mime: String,
    /// Contents.
    pub bytes: Vec<u8>,
}

/// One message the bot sends back.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Reply {
    /// Plain text; adapters escape it for their markup and split it under their size limit.
    pub text: String,
    /// Rows of one button each; empty for none.
    pub buttons: Vec<Button>,
    /// An optional file.
    pub file: Option<Attachment>,
}

impl Reply {
    /// A reply with text only.
    #[must_use]
    pub fn text(text: impl Into<String>) -> Self {
        Reply { text: text.into(), ..Reply::default() }
    }
}

/// Why a platform could not deliver a message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// The user blocked the bot, or the bot left or was removed from the chat: stop sending there.
    #[error("the chat is gone or blocked the bot")]
    Gone,
    /// Try again later (rate limit, network).
    #[error("temporary failure, retry after {0:?}")]
    Retry(Duration),
    /// Anything else.
    #[error("{0}")]
    Other(String),
}

/// The future an [`Outbox`] returns.
pub type SendFuture<'a> = Pin<Box<dyn Future<Output = Result<(), SendError>> + Send + 'a>>;

/// Sends messages the user did not ask for just now (reminders). Each platform adapter gives one.
pub trait Outbox: Send + Sync {
    /// Sends `reply` to `chat` on this outbox's platform.
    fn send<'a>(&'a self, chat: &'a str, reply: &'a Reply) -> SendFuture<'a>;
}

/// Splits `text` into pieces of at most `max` UTF-16 code units (Telegram counts those; it
/// is never fewer than Discord's characters), cutting at a paragraph, line, then word break
/// when one is near, and never inside a character.
#[must_use]
pub fn split_text(text: &str, max: usize) -> Vec<String> {
    let max = max.max(8);
    let mut out = Vec::new();
    let mut rest = text.trim_end();
    while !rest.is_empty() {
        let units: usize = rest.chars().map(char::len_utf16).sum();
        if units <= max {
            out.push(rest.to_string());
            break;
        }
        // The longest prefix that fits.
        let mut used = 0;
        let mut end = 0;
        for (i, c) in rest.char_indices() {
            if used + c.len_utf16() > max {
                break;
            }
            used += c.len_utf16();
            end = i + c.len_utf8();
        }
        let head = &rest[..end];
        // Prefer a break in the last half of the piece.
        let floor = end / 2;
        let cut =
            ["\n\n", "\n", " "].iter().find_map(|sep| head.rfind(sep).filter(|&i| i >= floor && i > 0)).unwrap_or(end);
        out.push(rest[..cut].trim_end().to_string());
        rest = rest[cut..].trim_start();
    }
    if out.is_empty() {
        out.push(String::new());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_keeps_everything_and_respects_the_limit() {
        let text = "Paragraph one is here.\n\nParagraph two, longer, with words. ".repeat(40);
        let parts = split_text(&text, 100);
        assert!(parts.len() > 10);
        for p in &parts {
            assert!(p.encode_utf16().count() <= 100, "{p:?}");
        }
        let joined: String = parts.concat().split_whitespace().collect();
        let original: String = text.split_whitespace().collect();
        assert_eq!(joined, original);
    }

    #[test]
    fn split_counts_utf16_units_and_never_cuts_a_character() {
        // Each emoji is two UTF-16 units; a run with no spaces has to be cut mid-word.
        let text = "😀".repeat(30);
        let parts = split_text(&text, 11);
        assert!(parts.iter().all(|p| p.encode_utf16().count() <= 11));
        assert_eq!(parts.concat(), text);
    }

    #[test]
    fn groups_need_addressing_private_chats_do_not() {
        let mut m = Incoming::private("telegram", "1", "1", "hello");
        assert!(m.addressed());
        m.chat_kind = ChatKind::Group;
        assert!(!m.addressed());
        m.text = "/calls".into();
        assert!(m.addressed());
        m.text = "hello".into();
        m.reply_to_bot = true;
        assert!(m.addressed());
    }
}
