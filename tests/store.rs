//! The sled store: data survives the process, a newer schema is refused, a second process is
//! told the store is in use, and language choices persist across restarts.

mod common;

use fundbot::store::{Store, Subscription, UserPrefs, SCHEMA_VERSION};

#[test]
fn data_survives_the_process_that_wrote_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    // A real process chooses French and exits...
    let out = common::fundbot(dir.path(), &["chat"], b"/lang fr\n/subscribe\n/quit\n");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // ...and the store it leaves behind has the knowledge, the choice and the subscription.
    let store = Store::open(&dir.path().join("data")).expect("reopen");
    assert!(store.has_knowledge().expect("meta"));
    assert_eq!(store.knowledge().expect("kb").actions.len(), 13);
    assert_eq!(store.user("console", "console").expect("user").lang.as_deref(), Some("fr"));
    assert_eq!(store.subscriptions("console", "console").expect("subs").len(), 1);
}

#[test]
fn lang_choice_persists_across_restarts() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = common::fundbot(dir.path(), &["chat"], b"/lang de\n");
    assert!(out.status.success());
    // An English question in a new process is answered in the chosen language.
    let out = common::fundbot(dir.path(), &["chat"], b"When is the AMIF deadline?\n");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Februar 2021"), "{text}");
}

#[test]
fn newer_schema_is_refused_with_a_clear_message() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("data");
    {
        let db = sled::open(&path).expect("sled");
        db.open_tree("meta")
            .expect("meta")
            .insert("schema_version", &(SCHEMA_VERSION + 1).to_be_bytes())
            .expect("insert");
        db.flush().expect("flush");
    }
    let err = Store::open(&path).expect_err("must refuse");
    assert!(err.to_string().contains("newer than this fundbot understands"), "{err}");
}

#[test]
fn second_process_gets_already_in_use() {
    let dir = tempfile::tempdir().expect("tempdir");
    let _held = Store::open(&dir.path().join("data")).expect("open");
    let out = common::fundbot(dir.path(), &["ask", "hello"], b"");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("already in use"), "{err}");
}

#[test]
fn subscriptions_and_prefs_round_trip() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(&dir.path().join("data")).expect("open");
    store.set_user("telegram", "42", &UserPrefs { lang: Some("uk".into()), hint: None }).expect("set");
    let sub = Subscription {
        platform: "telegram".into(),
        chat: "42".into(),
        target: "*".into(),
        lang: "uk".into(),
        lead_days: None,
        since: None,
    };
    store.subscribe(&sub).expect("sub");
    store.subscribe(&sub).expect("idempotent");
    assert_eq!(store.subscriptions("telegram", "42").expect("list"), vec![sub]);
    assert_eq!(store.unsubscribe("telegram", "42", None).expect("unsub"), 1);
    assert_eq!(store.unsubscribe("telegram", "42", None).expect("unsub"), 0);
    assert_eq!(store.user("telegram", "42").expect("user").lang.as_deref(), Some("uk"));
}

#[test]
fn failed_import_keeps_stored_knowledge() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(&dir.path().join("data")).expect("open");
    let (kb, _) = fundbot::knowledge::load_dir(&common::repo().join("knowledge")).expect("kb");
    store.replace_knowledge(&kb).expect("import");
    let bad = vec![("calls.toml".to_string(), "[[call]]\nid = \"x\"\n".to_string())];
    assert!(fundbot::bot::import(&store, &bad, "import").is_err());
    assert_eq!(store.knowledge().expect("kb"), kb);
}
