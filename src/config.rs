//! Configuration: a TOML file (see `config.example.toml`, every key commented) with environment
//! variables on top, so that secrets such as bot tokens never need to be in a file.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::ConfigError;

/// The whole configuration.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Where the store lives.
    pub store: StoreConfig,
    /// Where knowledge and locale files are read from.
    pub files: FilesConfig,
    /// Conversation defaults.
    pub bot: BotConfig,
    /// Telegram adapter.
    pub telegram: TelegramConfig,
    /// Discord adapter.
    pub discord: DiscordConfig,
    /// Flood protection.
    pub limits: LimitsConfig,
    /// Deadline reminders.
    pub reminders: RemindersConfig,
}

/// `[reminders]`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RemindersConfig {
    /// Days before a deadline at which reminders go out (0: the morning of the day).
    pub lead_days: Vec<u32>,
    /// Local hour, in the deadline's time zone, at which they go out.
    pub hour: u32,
}

impl Default for RemindersConfig {
    fn default() -> Self {
        RemindersConfig { lead_days: vec![30, 7, 1, 0], hour: 9 }
    }
}

impl RemindersConfig {
    /// As a schedule.
    #[must_use]
    pub fn schedule(&self) -> crate::reminders::Schedule {
        crate::reminders::Schedule { lead_days: self.lead_days.clone(), hour: self.hour }
    }
}

/// `[telegram]`
#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TelegramConfig {
    /// Bot token from @BotFather; better given as `FUNDBOT_TELEGRAM_TOKEN`.
    pub token: Option<String>,
    /// Bot API base URL (tests point it at a server on loopback).
    pub api_url: String,
    /// `polling` (default) or `webhook`.
    pub mode: String,
    /// Public HTTPS URL Telegram posts updates to, in webhook mode.
    pub webhook_url: Option<String>,
    /// Local address the webhook server listens on.
    pub webhook_listen: String,
}

impl Default for TelegramConfig {
    fn default() -> Self {
        TelegramConfig {
            token: None,
            api_url: "https://api.telegram.org".into(),
            mode: "polling".into(),
            webhook_url: None,
            webhook_listen: "127.0.0.1:8443".into(),
        }
    }
}

/// Tokens never reach logs, even through `{:?}`.
impl std::fmt::Debug for TelegramConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TelegramConfig")
            .field("token", &self.token.as_ref().map(|_| "<hidden>"))
            .field("api_url", &self.api_url)
            .field("mode", &self.mode)
            .field("webhook_url", &self.webhook_url)
            .field("webhook_listen", &self.webhook_listen)
            .finish()
    }
}

/// `[discord]`
#[derive(Clone, Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct DiscordConfig {
    /// Bot token; better given as `FUNDBOT_DISCORD_TOKEN`.
    pub token: Option<String>,
    /// REST base URL instead of `https://discord.com` (tests point it at loopback).
    pub api_url: Option<String>,
}

impl std::fmt::Debug for DiscordConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DiscordConfig")
            .field("token", &self.token.as_ref().map(|_| "<hidden>"))
            .field("api_url", &self.api_url)
            .finish()
    }
}

/// `[limits]`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LimitsConfig {
    /// Messages one user may send in a minute before the bot stops answering them for a while.
    pub messages_per_minute: u32,
}

impl Default for LimitsConfig {
    fn default() -> Self {
        LimitsConfig { messages_per_minute: 20 }
    }
}

/// `[store]`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct StoreConfig {
    /// Directory of the sled store.
    pub path: PathBuf,
}

impl Default for StoreConfig {
    fn default() -> Self {
        StoreConfig { path: PathBuf::from("data") }
    }
}

/// `[files]`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct FilesConfig {
    /// Knowledge files that seed an empty store; the built-in copy is used when absent.
    pub knowledge: PathBuf,
    /// Locale files; the built-in copy is used when absent.
    pub locales: PathBuf,
}

impl Default for FilesConfig {
    fn default() -> Self {
        FilesConfig { knowledge: PathBuf::from("knowledge"), locales: PathBuf::from("locales") }
    }
}

/// `[bot]`
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct BotConfig {
    /// Language used when a message gives nothing to detect.
    pub default_lang: String,
}

impl Default for BotConfig {
    fn default() -> Self {
        BotConfig { default_lang: "en".into() }
    }
}

impl Config {
    /// Reads `path` if given (it must exist), else `config.toml` if it exists, else defaults;
    /// then applies the environment.
    ///
    /// # Errors
    /// [`ConfigError`] naming file, line and key, or the variable.
    pub fn load(path: Option<&Path>) -> Result<Config, ConfigError> {
        let (path, required) = match path {
            Some(p) => (p.to_path_buf(), true),
            None => (PathBuf::from("config.toml"), false),
        };
        let mut cfg = if required || path.exists() {
            let text =
                std::fs::read_to_string(&path).map_err(|source| ConfigError::Io { path: path.clone(), source })?;
            Self::parse(&path, &text)?
        } else {
            Config::default()
        };
        cfg.apply_env(|k| std::env::var(k).ok())?;
        Ok(cfg)
    }

    /// Parses config text.
    ///
    /// # Errors
    /// [`ConfigError::Invalid`] with line and key.
    pub fn parse(path: &Path, text: &str) -> Result<Config, ConfigError> {
        let cfg: Config = toml::from_str(text).map_err(|e| {
            let (line, field, message) = crate::error::toml_fault(text, &e);
            ConfigError::Invalid { path: path.to_path_buf(), line, field, message }
        })?;
        if crate::lang::Lang::from_code(&cfg.bot.default_lang).is_none() {
            let line = text.lines().position(|l| l.trim_start().starts_with("default_lang")).map_or(1, |i| i + 1);
            return Err(ConfigError::Invalid {
                path: path.to_path_buf(),
                line,
                field: "default_lang".into(),
                message: format!("unsupported language {:?}", cfg.bot.default_lang),
            });
        }
        if cfg.telegram.mode != "polling" && cfg.telegram.mode != "webhook" {
            return Err(Self::invalid(
                path,
                text,
                "mode",
                format!("{:?}: use \"polling\" or \"webhook\"", cfg.telegram.mode),
            ));
        }
        if cfg.telegram.mode == "webhook" && cfg.telegram.webhook_url.is_none() {
            return Err(Self::invalid(path, text, "mode", "webhook mode needs webhook_url".into()));
        }
        if cfg.reminders.hour > 23 {
            return Err(Self::invalid(path, text, "hour", "must be 0 to 23".into()));
        }
        if cfg.reminders.lead_days.iter().any(|d| *d > 365) {
            return Err(Self::invalid(path, text, "lead_days", "at most 365 days".into()));
        }
        if cfg.limits.messages_per_minute == 0 {
            return Err(Self::invalid(path, text, "messages_per_minute", "must be at least 1".into()));
        }
        Ok(cfg)
    }

    fn invalid(path: &Path, text: &str, key: &str, message: String) -> ConfigError {
        let line = text.lines().position(|l| l.trim_start().starts_with(key)).map_or(1, |i| i + 1);
        ConfigError::Invalid { path: path.to_path_buf(), line, field: key.into(), message }
    }

    /// Applies `FUNDBOT_*` variables from `get`.
    ///
    /// # Errors
    /// [`ConfigError::Env`] for an unusable value.
    pub fn apply_env(&mut self, get: impl Fn(&str) -> Option<String>) -> Result<(), ConfigError> {
        if let Some(v) = get("FUNDBOT_DATA_DIR") {
            self.store.path = v.into();
        }
        if let Some(v) = get("FUNDBOT_KNOWLEDGE_DIR") {
            self.files.knowledge = v.into();
        }
        if let Some(v) = get("FUNDBOT_LOCALES_DIR") {
            self.files.locales = v.into();
        }
        if let Some(v) = get("FUNDBOT_TELEGRAM_TOKEN").filter(|v| !v.trim().is_empty()) {
            self.telegram.token = Some(v.trim().to_string());
        }
        if let Some(v) = get("FUNDBOT_DISCORD_TOKEN").filter(|v| !v.trim().is_empty()) {
            self.discord.token = Some(v.trim().to_string());
        }
        if let Some(v) = get("FUNDBOT_TELEGRAM_API_URL") {
            self.telegram.api_url = v;
        }
        if let Some(v) = get("FUNDBOT_DISCORD_API_URL") {
            self.discord.api_url = Some(v);
        }
        if let Some(v) = get("FUNDBOT_DEFAULT_LANG") {
            if crate::lang::Lang::from_code(&v).is_none() {
                return Err(ConfigError::Env {
                    name: "FUNDBOT_DEFAULT_LANG".into(),
                    message: format!("unsupported language {v:?}"),
                });
            }
            self.bot.default_lang = v;
        }
        Ok(())
    }
}
