//! Platforms. Each adapter turns platform events into [`crate::message::Incoming`] and replies
//! back into platform calls; the console is a platform like the others.

pub mod console;
#[cfg(feature = "discord")]
pub mod discord;
#[cfg(feature = "telegram")]
pub mod telegram;
