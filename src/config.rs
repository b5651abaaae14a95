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
        Ok(cfg)
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
