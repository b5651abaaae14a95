//! Error types of the library. Messages name the file, line and field at fault where there is
//! one, because the people who read them are moderators editing TOML files, not Rust developers.

use std::path::PathBuf;

use thiserror::Error;

/// Problems with the store on disk.
#[derive(Debug, Error)]
pub enum StoreError {
    /// Another fundbot process holds the store's lock file.
    #[error("the store at {0} is already in use by another fundbot process; stop it or use another data directory")]
    InUse(PathBuf),
    /// The store was written by a newer fundbot; opening it could lose data.
    #[error("the store at {path} has schema version {found}, newer than this fundbot understands ({supported}); upgrade fundbot")]
    NewerSchema {
        /// Where the store is.
        path: PathBuf,
        /// Version found in the store.
        found: u32,
        /// Highest version this build can read.
        supported: u32,
    },
    /// A record in the store could not be decoded.
    #[error("corrupt record {key:?} in tree {tree}: {reason}")]
    Corrupt {
        /// The sled tree.
        tree: String,
        /// The record key.
        key: String,
        /// Why decoding failed.
        reason: String,
    },
    /// Anything sled reports.
    #[error("store error: {0}")]
    Sled(#[from] sled::Error),
}

/// Problems reading knowledge or locale files.
#[derive(Debug, Error)]
pub enum KnowledgeError {
    /// One or more files are invalid; each fault names file, line and field.
    #[error("{}", faults_text(.0))]
    Invalid(Vec<crate::knowledge::Fault>),
    /// A file or directory could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The path that failed.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
}

fn faults_text(faults: &[crate::knowledge::Fault]) -> String {
    faults.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
}

/// Problems with the configuration file or environment.
#[derive(Debug, Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The config path.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The file is not valid TOML or has an unknown or mistyped key.
    #[error("{path}:{line}: {field}: {message}")]
    Invalid {
        /// The config path.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// The key at fault.
        field: String,
        /// What is wrong.
        message: String,
    },
    /// An environment variable has a value that cannot be used.
    #[error("environment variable {name}: {message}")]
    Env {
        /// The variable.
        name: String,
        /// What is wrong.
        message: String,
    },
}

/// Anything that stops the bot from starting.
#[derive(Debug, Error)]
pub enum BotError {
    /// See [`StoreError`].
    #[error(transparent)]
    Store(#[from] StoreError),
    /// See [`KnowledgeError`].
    #[error(transparent)]
    Knowledge(#[from] KnowledgeError),
    /// See [`ConfigError`].
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// A locale file is invalid.
    #[error("{0}")]
    Locale(String),
}

/// The 1-based line of a byte offset in `text`.
pub(crate) fn line_at(text: &str, offset: usize) -> usize {
    text.as_bytes().iter().take(offset).filter(|&&b| b == b'\n').count() + 1
}

/// Line, field and message of a TOML or serde error, for the `file:line: field: what` reports
/// that moderators and translators read. The field is the key named in the message for unknown
/// and missing fields, else the key on the error's line.
pub(crate) fn toml_fault(text: &str, err: &toml::de::Error) -> (usize, String, String) {
    let line = err.span().map_or(1, |s| line_at(text, s.start));
    let msg = err.message().trim().to_string();
    let named = msg.split('`').nth(1).map(str::to_string);
    let at_line = text
        .lines()
        .nth(line - 1)
        .filter(|l| l.contains('='))
        .map(|l| l.split('=').next().unwrap_or("").trim().trim_matches('"').to_string());
    let field = if msg.starts_with("unknown field") || msg.starts_with("missing field") {
        named.or(at_line)
    } else {
        at_line.or(named)
    };
    (line, field.filter(|f| !f.is_empty()).unwrap_or_else(|| "-".into()), msg)
}
