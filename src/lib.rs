//! fundbot answers questions about funding for migrant integration in Europe, in the asker's
//! language, on any chat platform.
//!
//! # Layout
//!
//! - [`text`]: normalisation shared by questions and keyword files.
//! - [`lang`]: supported languages and language identification.
//! - [`locale`]: the data files under `locales/` (keywords, rules, answer texts).
//! - [`knowledge`]: records (funds, calls, actions, guidance, projects), their files, validation.
//! - [`intent`]: the rule-and-keyword engine: question → intent, entities, language.
//! - [`answer`]: intent + knowledge → localised, sourced answer text (fluent).
//! - [`calendar`]: call deadlines as an iCalendar (.ics) file.
//! - [`store`]: the sled store.
//! - [`bot`]: the conversation layer every adapter calls.
//! - [`message`]: platform-neutral incoming messages and replies.
//! - [`reminders`]: deadline reminders: schedule, persisted delivery states.
//! - [`runtime`]: the tokio side shared by adapters: flood limit, shutdown, supervision.
//! - [`adapters`]: platforms: console, Telegram (teloxide), Discord (serenity).
//!
//! Invariant: nothing outside `adapters` knows about a chat platform, and nothing outside
//! `store` knows about sled. See ARCHITECTURE.md.
#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![warn(clippy::unwrap_used)]

pub mod adapters;
pub mod answer;
pub mod bot;
pub mod calendar;
pub mod clock;
pub mod config;
pub mod error;
pub mod intent;
pub mod knowledge;
pub mod lang;
pub mod locale;
pub mod message;
pub mod reminders;
pub mod runtime;
pub mod store;
pub mod text;

/// The knowledge and locale files compiled into the binary (see build.rs).
#[allow(missing_docs)]
pub mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}
