//! The platform-neutral conversation types. Adapters turn a platform event into an
//! [`Incoming`] and each [`Reply`] back into a platform call; nothing else sees a platform type.

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
    /// Whether the bot was mentioned, replied to, or given a command.
    pub addressed: bool,
    /// The platform's idea of the user's language (Telegram's `language_code`).
    pub lang_hint: Option<String>,
}

impl Incoming {
    /// A private console message.
    #[must_use]
    pub fn console(text: &str) -> Self {
        Incoming {
            platform: "console".into(),
            chat: "console".into(),
            user: "console".into(),
            chat_kind: ChatKind::Private,
            text: text.into(),
            addressed: true,
            lang_hint: None,
        }
    }
}

/// One message the bot sends back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    /// Plain text; adapters escape it for their markup.
    pub text: String,
}
