//! The conversation layer: the one call every adapter makes. It owns the knowledge, the engine,
//! the answer texts and the store, parses commands once for all platforms, remembers language
//! choices and subscriptions, and turns a question into an [`Answer`].

use std::hash::{Hash, Hasher};
use std::sync::Arc;

use serde::Serialize;

use crate::answer::Answerer;
use crate::clock::{Clock, SystemClock};
use crate::config::Config;
use crate::error::BotError;
use crate::intent::{Classification, Engine, Entities, Intent, LangChoice};
use crate::knowledge::{self, KnowledgeBase};
use crate::lang::Lang;
use crate::locale::Locales;
use crate::message::{Button, ChatKind, Incoming, Reply};
use crate::store::{Store, Subscription, UserPrefs};

/// One answered question, as the JSON contract shapes it.
#[derive(Debug, Clone, Serialize)]
pub struct Answer {
    /// Contract intent id.
    pub intent: Intent,
    /// ISO 639-1 code of the answer's language.
    pub lang: Lang,
    /// 0..1.
    pub confidence: f32,
    /// Recognised entities.
    pub entities: Entities,
    /// The text a user sees.
    pub answer: String,
}

impl Serialize for Intent {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

impl Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

/// The bot: everything but the platforms.
pub struct Bot {
    kb: KnowledgeBase,
    engine: Engine,
    answerer: Answerer,
    store: Store,
    clock: Arc<dyn Clock>,
    default_lang: Lang,
    schedule: crate::reminders::Schedule,
}

impl std::fmt::Debug for Bot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Bot").field("store", &self.store.path()).finish_non_exhaustive()
    }
}

/// The seed files as (name, text): the configured directory if it exists, else the copy
/// compiled into the binary.
fn seed_files(cfg: &Config) -> Result<Vec<(String, String)>, BotError> {
    if cfg.files.knowledge.is_dir() {
        Ok(knowledge::read_dir_files(&cfg.files.knowledge)?)
    } else {
        Ok(crate::embedded::KNOWLEDGE
            .iter()
            .filter(|(n, _)| n.ends_with(".toml"))
            .map(|(n, t)| (format!("knowledge/{n}"), (*t).to_string()))
            .collect())
    }
}

fn fingerprint(files: &[(String, String)]) -> Vec<u8> {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for (_, t) in files {
        t.hash(&mut h);
    }
    h.finish().to_be_bytes().to_vec()
}

/// Loads the locale files from the configured directory, or the built-in copy.
///
/// # Errors
/// [`BotError::Locale`] naming the faulty file.
pub fn load_locales(cfg: &Config) -> Result<Locales, BotError> {
    if cfg.files.locales.is_dir() {
        Locales::from_dir(&cfg.files.locales)
    } else {
        Locales::embedded()
    }
}

/// Imports knowledge files into the store (validated first: nothing is replaced when any file
/// has an error). `origin` is `seed` for automatic seeding, `import` for `kb import`.
///
/// Returns the imported knowledge and the warnings (missing translations).
///
/// # Errors
/// [`BotError::Knowledge`] with every fault, or a store error.
pub fn import(
    store: &Store,
    files: &[(String, String)],
    origin: &str,
) -> Result<(KnowledgeBase, Vec<knowledge::Fault>), BotError> {
    let (kb, faults) = knowledge::parse_files(files);
    let (errors, warnings): (Vec<_>, Vec<_>) =
        faults.into_iter().partition(|f| f.severity == knowledge::Severity::Error);
    if !errors.is_empty() {
        return Err(crate::error::KnowledgeError::Invalid(errors).into());
    }
    store.replace_knowledge(&kb)?;
    store.set_meta("knowledge_origin", origin.as_bytes())?;
    store.set_meta("seed_fingerprint", &fingerprint(files))?;
    Ok((kb, warnings))
}

impl Bot {
    /// Opens the store (seeding it from the knowledge files when it is empty, or when it was
    /// seeded automatically and the seed files have changed since, so that upgrades reach
    /// stores nobody edited) and builds the engine.
    ///
    /// # Errors
    /// Store, knowledge or locale errors.
    pub fn open(cfg: &Config) -> Result<Bot, BotError> {
        let store = Store::open(&cfg.store.path)?;
        let files = seed_files(cfg)?;
        let stale_seed = store.meta("knowledge_origin")?.as_deref() == Some(b"seed".as_slice())
            && store.meta("seed_fingerprint")?.as_deref() != Some(fingerprint(&files).as_slice());
        let kb = if !store.has_knowledge()? || stale_seed {
            import(&store, &files, "seed")?.0
        } else {
            store.knowledge()?
        };
        let locales = load_locales(cfg)?;
        let default_lang = Lang::from_code(&cfg.bot.default_lang).unwrap_or(Lang::EN);
        let mut bot = Bot::new(kb, &locales, store, Arc::new(SystemClock), default_lang)?;
        bot.schedule = cfg.reminders.schedule();
        Ok(bot)
    }

    /// Builds a bot from parts (tests use this with a fixed clock).
    ///
    /// # Errors
    /// Locale errors.
    pub fn new(
        kb: KnowledgeBase,
        locales: &Locales,
        store: Store,
        clock: Arc<dyn Clock>,
        default_lang: Lang,
    ) -> Result<Bot, BotError> {
        let engine = Engine::new(locales, &kb)?;
        let answerer = Answerer::new(locales)?;
        Ok(Bot { kb, engine, answerer, store, clock, default_lang, schedule: crate::reminders::Schedule::default() })
    }

    /// The knowledge in use.
    #[must_use]
    pub fn knowledge(&self) -> &KnowledgeBase {
        &self.kb
    }

    /// The store.
    #[must_use]
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The intent engine.
    #[must_use]
    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// The answer texts.
    #[must_use]
    pub fn answerer(&self) -> &Answerer {
        &self.answerer
    }

    /// The current time by the bot's clock.
    #[must_use]
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.clock.now()
    }

    /// The text of a reminder, in the subscriber's language, with the days left counted from
    /// `now` in the deadline's own time zone.
    #[must_use]
    pub fn reminder_text(&self, d: &crate::reminders::Delivery, now: chrono::DateTime<chrono::Utc>) -> String {
        use crate::reminders::Kind;
        let lang = Lang::from_code(&d.lang).unwrap_or(self.default_lang);
        let title = self.target_name(lang, &d.call);
        let tz = self.kb.call(&d.call).and_then(knowledge::Call::zone).unwrap_or(chrono_tz::UTC);
        let zone = self.answerer.zone(lang, tz.name());
        let local = d.deadline.with_timezone(&tz);
        let a = &self.answerer;
        let text = match d.kind {
            Kind::Moved(from) => {
                let from = a.date_time(lang, from.with_timezone(&tz));
                let to = a.date_time(lang, local);
                a.msg(lang, "reminder-moved", &[("title", title), ("from", from), ("to", to), ("zone", zone)])
            }
            Kind::Lead(_) => {
                let days = (local.date_naive() - now.with_timezone(&tz).date_naive()).num_days().max(0);
                if days == 0 {
                    a.msg(
                        lang,
                        "reminder-today",
                        &[("title", title), ("time", a.time(lang, local.time())), ("zone", zone)],
                    )
                } else {
                    a.msg_args(
                        lang,
                        "reminder-days",
                        &[
                            ("title", title),
                            ("date", a.date(lang, local.date_naive())),
                            ("time", a.time(lang, local.time())),
                            ("zone", zone),
                        ],
                        &[("days", days)],
                    )
                }
            }
        };
        a.finish(lang, &format!("{text}\n{}", a.msg(lang, "reminder-footer", &[])))
    }

    /// Classifies a question (no side effects).
    #[must_use]
    pub fn classify(&self, text: &str, lang: Option<Lang>) -> Classification {
        self.engine.classify(text, lang, self.default_lang)
    }

    /// Answers one question with no conversation state (`fundbot ask`). Subscription intents
    /// are answered with how to subscribe, since there is no chat to send reminders to.
    #[must_use]
    pub fn answer(&self, text: &str, lang: Option<Lang>) -> Answer {
        self.answer_with(text, lang, self.default_lang)
    }

    /// Like [`Bot::answer`], with the language to use when the text gives nothing to detect.
    #[must_use]
    pub fn answer_with(&self, text: &str, lang: Option<Lang>, default: Lang) -> Answer {
        self.answer_classified(self.engine.classify(text, lang, default))
    }

    /// The answer to a question already classified.
    fn answer_classified(&self, c: Classification) -> Answer {
        if c.empty {
            let answer = self.answerer.msg(c.lang, "empty-question", &[]);
            return Answer {
                intent: Intent::Fallback,
                lang: c.lang,
                confidence: 1.0,
                entities: Entities::default(),
                answer,
            };
        }
        let answer = self.answerer.render(&self.kb, &c, self.clock.now());
        Answer { intent: c.intent, lang: c.lang, confidence: c.confidence, entities: c.entities, answer }
    }

    /// Handles one message from any platform. Returns no reply for group messages that do not
    /// address the bot.
    ///
    /// The answer's language is, in order: the user's `/lang` choice, the platform's language
    /// hint (remembered per user; it gives way only to a question in another script), the
    /// language detected in the text, the configured default.
    pub fn handle(&self, msg: &Incoming) -> Vec<Reply> {
        if !msg.addressed() {
            return Vec::new();
        }
        let mut prefs = self.store.user(&msg.platform, &msg.user).unwrap_or_default();
        if let Some(h) = msg.lang_hint.as_deref().and_then(Lang::from_code) {
            if prefs.hint.as_deref() != Some(h.code()) {
                prefs.hint = Some(h.code().to_string());
                // A failed write only loses the memory of the hint; the answer still uses it.
                let _ = self.store.set_user(&msg.platform, &msg.user, &prefs);
            }
        }
        let (chosen, hint) = Self::preferred(msg, &prefs);
        let text = msg.text.trim();
        if let Some(cmd) = text.strip_prefix('/') {
            return self.command(msg, cmd, chosen.or(hint).unwrap_or(self.default_lang), prefs);
        }
        let c = match (chosen, hint) {
            (None, Some(h)) => self.engine.classify_hinted(text, h, self.default_lang),
            _ => self.engine.classify(text, chosen, self.default_lang),
        };
        match c.intent {
            Intent::Subscribe => vec![Reply::text(self.subscribe(msg, c.lang, &c.entities))],
            Intent::Unsubscribe => vec![Reply::text(self.unsubscribe(msg, c.lang, c.entities.call.as_deref()))],
            _ => {
                let lang = c.lang;
                let call = c.entities.call.clone();
                let mut reply = Reply::text(self.answer_classified(c).answer);
                // Offer a reminder for the open call just asked about.
                if let Some(call) = call.as_deref().and_then(|id| self.kb.call(id)) {
                    if !call.is_closed(self.clock.now()) && call.deadline_at().is_some() {
                        reply.buttons.push(Button {
                            label: self.answerer.msg(lang, "button-remind", &[]),
                            command: format!("/subscribe {}", call.id),
                        });
                    }
                }
                vec![reply]
            }
        }
    }

    /// "You are sending too fast", in the language the user would get an answer in.
    #[must_use]
    pub fn rate_limited_text(&self, msg: &Incoming) -> String {
        let prefs = self.store.user(&msg.platform, &msg.user).unwrap_or_default();
        let (chosen, hint) = Self::preferred(msg, &prefs);
        let lang = chosen.or(hint).unwrap_or_else(|| self.engine.classify(&msg.text, None, self.default_lang).lang);
        self.answerer.msg(lang, "rate-limited", &[])
    }

    /// The user's `/lang` choice, and the platform's hint: this message's, else the last one
    /// remembered.
    fn preferred(msg: &Incoming, prefs: &UserPrefs) -> (Option<Lang>, Option<Lang>) {
        let chosen = prefs.lang.as_deref().and_then(Lang::from_code);
        let hint = msg.lang_hint.as_deref().and_then(Lang::from_code);
        (chosen, hint.or_else(|| prefs.hint.as_deref().and_then(Lang::from_code)))
    }

    /// One button per language with answer files, each running `/lang <code>`.
    fn language_buttons(&self) -> Vec<Button> {
        self.answerer
            .languages()
            .map(|(l, name)| Button { label: name.to_string(), command: format!("/lang {}", l.code()) })
            .collect()
    }

    fn command(&self, msg: &Incoming, cmd: &str, lang: Lang, mut prefs: UserPrefs) -> Vec<Reply> {
        let (name, arg) = cmd.split_once(char::is_whitespace).map_or((cmd, ""), |(n, a)| (n, a.trim()));
        // Telegram appends the bot's name in groups: /help@fundbot.
        let name = name.split('@').next().unwrap_or("").to_ascii_lowercase();
        let answer_as = |intent: Intent| {
            let c = Classification {
                empty: false,
                intent,
                confidence: 1.0,
                lang,
                lang_choice: LangChoice::Explicit,
                entities: Entities::default(),
            };
            self.answerer.render(&self.kb, &c, self.clock.now())
        };
        let text = match name.as_str() {
            "start" => {
                let text =
                    format!("{}\n\n{}", self.answerer.msg(lang, "greeting", &[]), self.answerer.msg(lang, "help", &[]));
                return vec![Reply { text, buttons: self.language_buttons(), file: None }];
            }
            "help" => answer_as(Intent::Help),
            "calls" => answer_as(Intent::ListCalls),
            "lang" => match Lang::from_code(arg) {
                Some(l) if !arg.is_empty() => {
                    prefs.lang = Some(l.code().to_string());
                    match self.store.set_user(&msg.platform, &msg.user, &prefs) {
                        Ok(()) => self.answerer.msg(l, "lang-set", &[("language", self.answerer.language_list_one(l))]),
                        Err(_) => self.answerer.msg(lang, "store-error", &[]),
                    }
                }
                _ => {
                    let text = self.answerer.msg(lang, "lang-usage", &[("languages", self.answerer.language_list())]);
                    return vec![Reply { text, buttons: self.language_buttons(), file: None }];
                }
            },
            "subscribe" => {
                // Numbers after the call are lead times in days: "/subscribe amif 14 3".
                let (words, days): (Vec<&str>, Vec<&str>) =
                    arg.split_whitespace().partition(|w| w.parse::<u32>().map_or(true, |n| n > 365));
                let c = self.engine.classify(&words.join(" "), Some(lang), lang);
                let mut lead: Vec<u32> = days.iter().filter_map(|d| d.parse().ok()).collect();
                lead.sort_unstable_by(|a, b| b.cmp(a));
                lead.dedup();
                self.subscribe_with(msg, lang, &c.entities, (!lead.is_empty()).then_some(lead))
            }
            "unsubscribe" => {
                let call =
                    if arg.is_empty() { None } else { self.engine.classify(arg, Some(lang), lang).entities.call };
                self.unsubscribe(msg, lang, call.as_deref())
            }
            "reminders" => self.reminders(msg, lang),
            "calendar" => return vec![self.calendar(msg, lang)],
            "forget" => match self.store.forget(
                &msg.platform,
                &msg.user,
                (msg.chat_kind == ChatKind::Private).then_some(msg.chat.as_str()),
            ) {
                Ok(0) => self.answerer.msg(lang, "forget-nothing", &[]),
                Ok(_) => self.answerer.msg(lang, "forget-done", &[]),
                Err(_) => self.answerer.msg(lang, "store-error", &[]),
            },
            _ => answer_as(Intent::Help),
        };
        vec![Reply::text(text)]
    }

    fn target_name(&self, lang: Lang, target: &str) -> String {
        if target == "*" {
            return self.answerer.msg(lang, "subscribe-all-calls", &[]);
        }
        if let Some(c) = self.kb.call(target) {
            return self
                .kb
                .tr(lang.code(), knowledge::Kind::Call, target)
                .and_then(|t| t.title.clone())
                .unwrap_or_else(|| c.title.clone());
        }
        if let Some(f) = target.strip_prefix("fund:").and_then(|f| self.kb.fund(f)) {
            return self
                .kb
                .tr(lang.code(), knowledge::Kind::Fund, &f.id)
                .and_then(|t| t.name.clone())
                .unwrap_or_else(|| f.name.clone());
        }
        target.to_string()
    }

    fn subscribe(&self, msg: &Incoming, lang: Lang, e: &Entities) -> String {
        self.subscribe_with(msg, lang, e, None)
    }

    fn subscribe_with(&self, msg: &Incoming, lang: Lang, e: &Entities, lead_days: Option<Vec<u32>>) -> String {
        if msg.chat_kind == ChatKind::Group && !msg.is_admin {
            return self.answerer.msg(lang, "subscribe-admins-only", &[]);
        }
        let now = self.clock.now();
        let (target, closed) = match e.call.as_deref().and_then(|id| self.kb.call(id)) {
            Some(c) if c.is_closed(now) => ("*".to_string(), Some(c)),
            Some(c) => (c.id.clone(), None),
            None => (e.fund.as_ref().map_or_else(|| "*".to_string(), |f| format!("fund:{f}")), None),
        };
        let sub = Subscription {
            platform: msg.platform.clone(),
            chat: msg.chat.clone(),
            target: target.clone(),
            lang: lang.code().to_string(),
            lead_days,
            since: Some(now.timestamp()),
        };
        if self.store.subscribe(&sub).is_err() {
            return self.answerer.msg(lang, "store-error", &[]);
        }
        let text = match closed {
            Some(c) => {
                let date = c.deadline_at().map(|d| self.answerer.date(lang, d.date_naive())).unwrap_or_default();
                let title = self.target_name(lang, &c.id);
                self.answerer.msg(lang, "subscribe-closed", &[("title", title), ("date", date)])
            }
            None => self.answerer.msg(lang, "subscribe-done", &[("what", self.target_name(lang, &target))]),
        };
        self.answerer.finish(lang, &text)
    }

    fn unsubscribe(&self, msg: &Incoming, lang: Lang, call: Option<&str>) -> String {
        if msg.chat_kind == ChatKind::Group && !msg.is_admin {
            return self.answerer.msg(lang, "subscribe-admins-only", &[]);
        }
        match self.store.unsubscribe(&msg.platform, &msg.chat, call) {
            Ok(0) => self.answerer.msg(lang, "unsubscribe-none", &[]),
            Ok(_) => {
                let what = call
                    .map_or_else(|| self.answerer.msg(lang, "subscribe-all-calls", &[]), |c| self.target_name(lang, c));
                self.answerer.finish(lang, &self.answerer.msg(lang, "unsubscribe-done", &[("what", what)]))
            }
            Err(_) => self.answerer.msg(lang, "store-error", &[]),
        }
    }

    /// The calls a chat's subscriptions cover, in knowledge order.
    fn subscribed_calls(&self, subs: &[Subscription]) -> Vec<&knowledge::Call> {
        self.kb.calls.iter().filter(|c| subs.iter().any(|s| s.covers(c))).collect()
    }

    /// `/calendar`: the deadlines of the chat's subscriptions as an `.ics` file.
    fn calendar(&self, msg: &Incoming, lang: Lang) -> Reply {
        let subs = match self.store.subscriptions(&msg.platform, &msg.chat) {
            Ok(s) => s,
            Err(_) => return Reply::text(self.answerer.msg(lang, "store-error", &[])),
        };
        let calls: Vec<&knowledge::Call> =
            self.subscribed_calls(&subs).into_iter().filter(|c| c.deadline_at().is_some()).collect();
        if calls.is_empty() {
            return Reply::text(self.answerer.msg(lang, "calendar-none", &[]));
        }
        let deadlines = crate::calendar::deadlines(&self.kb, &calls, lang.code());
        let ics = crate::calendar::ics(&deadlines, self.clock.now());
        Reply {
            text: self.answerer.msg(lang, "calendar-ready", &[]),
            buttons: Vec::new(),
            file: Some(crate::message::Attachment {
                name: "fundbot-deadlines.ics".into(),
                mime: "text/calendar".into(),
                bytes: ics.into_bytes(),
            }),
        }
    }

    fn reminders(&self, msg: &Incoming, lang: Lang) -> String {
        match self.store.subscriptions(&msg.platform, &msg.chat) {
            Ok(subs) if subs.is_empty() => self.answerer.msg(lang, "reminders-none", &[]),
            Ok(subs) => {
                let now = self.clock.now();
                let what = subs
                    .iter()
                    .map(|s| {
                        let what = self.target_name(lang, &s.target);
                        match crate::reminders::next_for(&self.kb, s, &self.schedule, now) {
                            Some((at, call)) => {
                                let tz = self.kb.call(&call).and_then(knowledge::Call::zone).unwrap_or(chrono_tz::UTC);
                                let date = self.answerer.date_time(lang, at.with_timezone(&tz));
                                self.answerer.msg(lang, "reminders-next", &[("what", what), ("date", date)])
                            }
                            None => self.answerer.msg(lang, "reminders-no-next", &[("what", what)]),
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(", ");
                self.answerer.finish(lang, &self.answerer.msg(lang, "reminders-list", &[("what", what)]))
            }
            Err(_) => self.answerer.msg(lang, "store-error", &[]),
        }
    }
}
