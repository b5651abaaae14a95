//! The runtime's core as adapters use it: addressing in groups and the per-user flood limit,
//! answered once, politely, in the user's language.

mod common;

use std::sync::Arc;

use fundbot::message::{ChatKind, Incoming};
use fundbot::runtime::Core;

#[test]
fn a_flooding_user_is_told_once_then_ignored_while_others_are_answered() {
    let (bot, _d) = common::bot();
    let core = Core::new(Arc::new(bot), 3);
    let mut msg = Incoming::private("telegram", "1", "1", "Quand est la date limite AMIF ?");
    msg.lang_hint = Some("fr".into());
    for _ in 0..3 {
        assert_eq!(core.respond(&msg).len(), 1);
    }
    let warned = core.respond(&msg);
    assert_eq!(warned.len(), 1);
    assert!(warned[0].text.contains("minute"), "told in French: {}", warned[0].text);
    assert!(warned[0].text.starts_with("Vous"), "{}", warned[0].text);
    assert!(core.respond(&msg).is_empty(), "told only once");
    let other = Incoming::private("telegram", "2", "2", "When is the AMIF deadline?");
    assert_eq!(core.respond(&other).len(), 1, "another user is not affected");
}

#[test]
fn group_chatter_costs_nothing_and_gets_nothing() {
    let (bot, _d) = common::bot();
    let core = Core::new(Arc::new(bot), 2);
    let mut chatter = Incoming::private("discord", "chan", "7", "@everyone lunch?");
    chatter.chat_kind = ChatKind::Group;
    chatter.is_admin = false;
    for _ in 0..10 {
        assert!(core.respond(&chatter).is_empty());
    }
    // Unaddressed messages did not use up the user's budget.
    let mut asked = chatter.clone();
    asked.mentioned = true;
    asked.text = "when is the AMIF deadline?".into();
    let reply = core.respond(&asked);
    assert_eq!(reply.len(), 1);
    assert!(reply[0].text.contains("AMIF"), "{}", reply[0].text);
}
