//! Answers: an intent, its entities and the knowledge base become a short chat message in the
//! asker's language, through the fluent messages of `locales/<lang>/answers.ftl`.
//!
//! Answers stay specific (a deadline question gets the deadline, not the whole call), name
//! their sources, and say so when a knowledge text has no translation yet and is shown in
//! English. Closed calls are always answered as closed, with their date and time zone.

use std::cell::{Cell, RefCell};

use chrono::{DateTime, Datelike, Timelike, Utc};
use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

use crate::error::BotError;
use crate::intent::{Classification, Entities, Intent, LangChoice};
use crate::knowledge::{Call, Kind, KnowledgeBase, TextTr};
use crate::lang::Lang;
use crate::locale::{Direction, Locales};

type Bundle = FluentBundle<FluentResource>;

/// The fluent bundles of every language.
pub struct Answerer {
    bundles: Vec<Option<Bundle>>,
    rtl: Vec<bool>,
    names: Vec<(Lang, String)>,
}

impl std::fmt::Debug for Answerer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Answerer").field("languages", &self.names.len()).finish()
    }
}

impl Answerer {
    /// Parses every language's `answers.ftl`.
    ///
    /// # Errors
    /// [`BotError::Locale`] with file and line of a syntax error or a duplicate message.
    pub fn new(locales: &Locales) -> Result<Self, BotError> {
        let mut bundles: Vec<Option<Bundle>> = Lang::all().map(|_| None).collect();
        let mut rtl = vec![false; bundles.len()];
        let mut names = Vec::new();
        for (code, files) in &locales.langs {
            let Some(lang) = Lang::from_code(code) else { continue };
            let res = FluentResource::try_new(files.answers.clone()).map_err(|(_, errs)| {
                let e = &errs[0];
                BotError::Locale(format!(
                    "{}:{}: -: {}",
                    files.answers_path,
                    crate::error::line_at(&files.answers, e.pos.start),
                    e.kind
                ))
            })?;
            let id: LanguageIdentifier =
                code.parse().map_err(|_| BotError::Locale(format!("{}: bad language code", files.answers_path)))?;
            let mut bundle = Bundle::new_concurrent(vec![id]);
            let is_rtl = files.language.direction == Direction::Rtl;
            // Isolation marks keep Latin names and numbers readable inside right-to-left text;
            // in left-to-right text they are only noise.
            bundle.set_use_isolating(is_rtl);
            bundle
                .add_resource(res)
                .map_err(|errs| BotError::Locale(format!("{}: {:?}", files.answers_path, errs.first())))?;
            bundles[lang.index()] = Some(bundle);
            rtl[lang.index()] = is_rtl;
            names.push((lang, files.language.name.clone()));
        }
        if bundles[Lang::EN.index()].is_none() {
            return Err(BotError::Locale("locales/en/answers.ftl: missing".into()));
        }
        Ok(Answerer { bundles, rtl, names })
    }

    /// The message `id` in `lang`, falling back to English, then to the id itself.
    #[must_use]
    pub fn msg(&self, lang: Lang, id: &str, args: &[(&str, String)]) -> String {
        self.msg_args(lang, id, args, &[])
    }

    /// Like [`Answerer::msg`], with numeric arguments too (for plural selection).
    #[must_use]
    pub fn msg_args(&self, lang: Lang, id: &str, args: &[(&str, String)], numbers: &[(&str, i64)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        for (k, v) in numbers {
            fa.set(*k, *v);
        }
        for l in [lang, Lang::EN] {
            let Some(b) = &self.bundles[l.index()] else { continue };
            if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return b.format_pattern(pattern, Some(&fa), &mut errors).into_owned();
            }
        }
        id.to_string()
    }

    /// Whether a language has a message with this id (used by tests of the locale files).
    #[must_use]
    pub fn has_message(&self, lang: Lang, id: &str) -> bool {
        self.bundles[lang.index()].as_ref().is_some_and(|b| b.has_message(id))
    }

    /// Native names of the languages with answer files, as "English, Français, ...".
    #[must_use]
    pub fn language_list(&self) -> String {
        self.names.iter().map(|(l, n)| format!("{n} ({})", l.code())).collect::<Vec<_>>().join(", ")
    }

    /// The languages with answer files and their native names.
    pub fn languages(&self) -> impl Iterator<Item = (Lang, &str)> {
        self.names.iter().map(|(l, n)| (*l, n.as_str()))
    }

    /// One language's native name with its code, e.g. "Français (fr)".
    #[must_use]
    pub fn language_list_one(&self, lang: Lang) -> String {
        self.names
            .iter()
            .find(|(l, _)| *l == lang)
            .map_or_else(|| lang.code().to_string(), |(l, n)| format!("{n} ({})", l.code()))
    }

    /// Whether a language is written right to left.
    #[must_use]
    pub fn is_rtl(&self, lang: Lang) -> bool {
        self.rtl[lang.index()]
    }

    /// The answer to a classified question.
    #[must_use]
    pub fn render(&self, kb: &KnowledgeBase, c: &Classification, now: DateTime<Utc>) -> String {
        let ctx =
            Ctx { a: self, kb, lang: c.lang, now, untranslated: Cell::new(false), sources: RefCell::new(Vec::new()) };
        let body = ctx.body(c.intent, &c.entities);
        let mut out = String::new();
        if c.lang_choice == LangChoice::Unsupported {
            out.push_str(&self.msg(Lang::EN, "unsupported-language", &[("languages", self.language_list())]));
            out.push_str("\n\n");
        }
        out.push_str(&body);
        let sources = ctx.sources.borrow();
        if !sources.is_empty() {
            let titles: Vec<String> = sources.iter().map(|id| ctx.source_title(id)).collect();
            out.push('\n');
            out.push_str(&self.msg(c.lang, "source", &[("sources", titles.join("; "))]));
        }
        if ctx.untranslated.get() {
            out.push('\n');
            out.push_str(&self.msg(c.lang, "untranslated", &[]));
        }
        self.finish(c.lang, &out)
    }

    /// Applies direction fixes for right-to-left languages; other text is returned as is.
    #[must_use]
    pub fn finish(&self, lang: Lang, text: &str) -> String {
        if self.is_rtl(lang) {
            bidi_fix(text)
        } else {
            text.to_string()
        }
    }

    /// A date in the user's language, e.g. "16 February 2021".
    #[must_use]
    pub fn date(&self, lang: Lang, d: impl Datelike) -> String {
        let month = self.msg(lang, &format!("month-{}", d.month()), &[]);
        self.msg(lang, "date", &[("day", d.day().to_string()), ("month", month), ("year", d.year().to_string())])
    }

    /// A time of day, e.g. "17:00".
    #[must_use]
    pub fn time(&self, lang: Lang, t: impl Timelike) -> String {
        self.msg(lang, "time", &[("hour", format!("{:02}", t.hour())), ("minute", format!("{:02}", t.minute()))])
    }

    /// A date and time of day in the user's language, e.g. "16 February 2021 17:00".
    #[must_use]
    pub fn date_time(&self, lang: Lang, t: impl Datelike + Timelike + Copy) -> String {
        format!("{} {}", self.date(lang, t), self.time(lang, t))
    }

    /// A time zone's name in the user's language ("Brussels time"), or its IANA name.
    #[must_use]
    pub fn zone(&self, lang: Lang, tz: &str) -> String {
        let id = format!("tz-{}", tz.to_ascii_lowercase().replace(['/', '_'], "-"));
        if self.bundles[Lang::EN.index()].as_ref().is_some_and(|b| b.has_message(&id)) {
            self.msg(lang, &id, &[])
        } else {
            tz.to_string()
        }
    }
}

/// Marks right-to-left lines as such and isolates left-to-right runs (ids, dates, numbers,
/// acronyms) so that punctuation around them is not reordered.
fn bidi_fix(text: &str) -> String {
    const RLM: char = '\u{200F}';
    const LRI: char = '\u{2066}';
    const PDI: char = '\u{2069}';
    let mut out = String::with_capacity(text.len() + 16);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if line.is_empty() {
            continue;
        }
        out.push(RLM);
        let mut run = String::new();
        let flush = |run: &mut String, out: &mut String| {
            if run.is_empty() {
                return;
            }
            let trimmed = run.trim_end_matches([' ', '.', ',', ':', ';', '(', ')']);
            let tail = run[trimmed.len()..].to_string();
            if trimmed.chars().any(|c| c.is_ascii_alphanumeric()) {
                out.push(LRI);
                out.push_str(trimmed);
                out.push(PDI);
            } else {
                out.push_str(trimmed);
            }
            out.push_str(&tail);
            run.clear();
        };
        for ch in line.chars() {
            let ltr = ch.is_ascii_alphanumeric() || ('\u{00C0}'..='\u{024F}').contains(&ch);
            let joiner = matches!(ch, '-' | '+' | '.' | ':' | '/' | ' ' | ',' | '(' | ')' | '\'' | '"');
            if ltr || (!run.is_empty() && joiner) {
                run.push(ch);
            } else {
                flush(&mut run, &mut out);
                out.push(ch);
            }
        }
        flush(&mut run, &mut out);
    }
    out
}

struct Ctx<'a> {
    a: &'a Answerer,
    kb: &'a KnowledgeBase,
    lang: Lang,
    now: DateTime<Utc>,
    untranslated: Cell<bool>,
    sources: RefCell<Vec<String>>,
}

impl Ctx<'_> {
    fn msg(&self, id: &str, args: &[(&str, String)]) -> String {
        self.a.msg(self.lang, id, args)
    }

    fn tr(&self, kind: Kind, id: &str) -> Option<&TextTr> {
        if self.lang == Lang::EN {
            return None;
        }
        self.kb.tr(self.lang.code(), kind, id)
    }

    /// A translated text, or the English one (and a note that it is untranslated).
    fn text(&self, kind: Kind, id: &str, pick: impl Fn(&TextTr) -> Option<&String>, english: &str) -> String {
        if self.lang == Lang::EN || english.is_empty() {
            return english.to_string();
        }
        match self.tr(kind, id).and_then(pick) {
            Some(t) => t.clone(),
            None => {
                self.untranslated.set(true);
                english.to_string()
            }
        }
    }

    fn list(
        &self,
        kind: Kind,
        id: &str,
        pick: impl Fn(&TextTr) -> Option<&Vec<String>>,
        english: &[String],
    ) -> Vec<String> {
        if self.lang == Lang::EN || english.is_empty() {
            return english.to_vec();
        }
        match self.tr(kind, id).and_then(pick) {
            Some(t) if t.len() == english.len() => t.clone(),
            _ => {
                self.untranslated.set(true);
                english.to_vec()
            }
        }
    }

    fn cite(&self, ids: &[String]) {
        let mut s = self.sources.borrow_mut();
        for id in ids {
            if !s.contains(id) {
                s.push(id.clone());
            }
        }
    }

    fn source_title(&self, id: &str) -> String {
        match self.kb.source(id) {
            Some(s) => self.text(Kind::Source, id, |t| t.title.as_ref(), &s.title),
            None => id.to_string(),
        }
    }

    fn call_title(&self, c: &Call) -> String {
        self.text(Kind::Call, &c.id, |t| t.title.as_ref(), &c.title)
    }

    /// The calls a question is about: the named call, else the named fund's calls, else all
    /// calls for which `has` holds.
    fn calls(&self, e: &Entities, has: impl Fn(&Call) -> bool) -> Vec<&Call> {
        if let Some(c) = e.call.as_deref().and_then(|id| self.kb.call(id)) {
            return vec![c];
        }
        if let Some(f) = &e.fund {
            let of_fund: Vec<&Call> = self.kb.calls.iter().filter(|c| &c.fund == f).collect();
            if !of_fund.is_empty() {
                return of_fund;
            }
        }
        self.kb.calls.iter().filter(|c| has(c)).collect()
    }

    fn bullets(items: &[String]) -> String {
        items.iter().map(|i| format!("• {i}")).collect::<Vec<_>>().join("\n")
    }

    fn deadline_parts(&self, c: &Call) -> Option<(String, String, String)> {
        let d = c.deadline_at()?;
        let zone = self.a.zone(self.lang, c.timezone.as_deref().unwrap_or("UTC"));
        Some((self.a.date(self.lang, d.date_naive()), self.a.time(self.lang, d.time()), zone))
    }

    fn body(&self, intent: Intent, e: &Entities) -> String {
        match intent {
            Intent::Greeting => self.msg("greeting", &[]),
            Intent::Help => self.msg("help", &[]),
            Intent::Fallback => format!("{}\n{}", self.msg("fallback", &[]), self.msg("fallback-suggestions", &[])),
            // Without a chat (`fundbot ask`) there is nowhere to send reminders: say how to get them.
            Intent::Subscribe | Intent::Unsubscribe => self.msg("subscribe-how", &[]),
            Intent::ListCalls => self.list_calls(e),
            Intent::FundInfo => self.fund_info(e),
            Intent::CallDeadline => self.deadline(e),
            Intent::CallEligibility => self.per_call(
                e,
                |c| !c.eligibility.is_empty(),
                |c, title| {
                    let text = self.text(Kind::Call, &c.id, |t| t.eligibility.as_ref(), &c.eligibility);
                    format!("{}\n{text}", self.msg("eligibility-intro", &[("title", title)]))
                },
            ),
            Intent::CallActivities => self.per_call(
                e,
                |c| !c.activities.is_empty(),
                |c, title| {
                    let items = self.list(Kind::Call, &c.id, |t| t.activities.as_ref(), &c.activities);
                    let mut s =
                        format!("{}\n{}", self.msg("activities-intro", &[("title", title)]), Self::bullets(&items));
                    if let Some(note) = &c.activities_note {
                        s.push('\n');
                        s.push_str(&self.text(Kind::Call, &c.id, |t| t.activities_note.as_ref(), note));
                    }
                    s
                },
            ),
            Intent::Consortium => self.consortium(e),
            Intent::TargetGroups => self.per_call(
                e,
                |c| !c.target_groups.is_empty(),
                |c, title| {
                    if c.target_groups.is_empty() {
                        return self.msg("target-groups-none", &[("title", title)]);
                    }
                    let items = self.list(Kind::Call, &c.id, |t| t.target_groups.as_ref(), &c.target_groups);
                    format!("{}\n{}", self.msg("target-groups-intro", &[("title", title)]), Self::bullets(&items))
                },
            ),
            Intent::HowToApply => self.per_call(
                e,
                |c| !c.submission.is_empty(),
                |c, title| {
                    let text = self.text(Kind::Call, &c.id, |t| t.submission.as_ref(), &c.submission);
                    let mut s = format!("{}\n{text}", self.msg("apply-intro", &[("title", title)]));
                    if c.is_closed(self.now) {
                        if let Some((date, _, _)) = self.deadline_parts(c) {
                            s.push('\n');
                            s.push_str(&self.msg("apply-closed-warning", &[("date", date)]));
                        }
                    }
                    s
                },
            ),
            Intent::ActionPlan => self.action_plan(e),
            Intent::ProjectExamples => self.projects(e),
        }
    }

    fn per_call(&self, e: &Entities, has: impl Fn(&Call) -> bool, part: impl Fn(&Call, String) -> String) -> String {
        let calls = self.calls(e, has);
        let mut parts = Vec::new();
        for c in calls {
            self.cite(&c.sources);
            parts.push(part(c, self.call_title(c)));
        }
        parts.join("\n\n")
    }

    fn list_calls(&self, e: &Entities) -> String {
        let calls: Vec<&Call> = self.kb.calls.iter().filter(|c| e.fund.as_ref().is_none_or(|f| &c.fund == f)).collect();
        let calls = if calls.is_empty() { self.kb.calls.iter().collect() } else { calls };
        let mut lines = vec![self.msg("calls-intro", &[])];
        for c in calls {
            self.cite(&c.sources);
            let title = self.call_title(c);
            let line = match self.deadline_parts(c) {
                Some((date, _, _)) if c.is_closed(self.now) => {
                    self.msg("call-line-closed", &[("title", title), ("date", date)])
                }
                Some((date, _, _)) => self.msg("call-line-open", &[("title", title), ("date", date)]),
                None => self.msg("call-line-no-deadline", &[("title", title)]),
            };
            lines.push(format!("• {line}"));
        }
        lines.join("\n")
    }

    fn deadline(&self, e: &Entities) -> String {
        self.per_call(
            e,
            |_| true,
            |c, title| match self.deadline_parts(c) {
                Some((date, time, zone)) if c.is_closed(self.now) => {
                    self.msg("deadline-closed", &[("title", title), ("date", date), ("time", time), ("zone", zone)])
                }
                Some((date, time, zone)) => {
                    let days = c.deadline_at().map_or(0, |d| (d.with_timezone(&Utc) - self.now).num_days());
                    self.msg(
                        "deadline-open",
                        &[("title", title), ("date", date), ("time", time), ("zone", zone), ("days", days.to_string())],
                    )
                }
                None => self.msg("deadline-none", &[("title", title)]),
            },
        )
    }

    fn fund_info(&self, e: &Entities) -> String {
        let Some(f) = e.fund.as_deref().and_then(|id| self.kb.fund(id)) else {
            let mut lines = vec![self.msg("funds-intro", &[])];
            for f in &self.kb.funds {
                self.cite(&f.sources);
                let name = self.text(Kind::Fund, &f.id, |t| t.name.as_ref(), &f.name);
                lines.push(format!("• {}", self.msg("fund-line", &[("name", name)])));
            }
            return lines.join("\n");
        };
        self.cite(&f.sources);
        let name = self.text(Kind::Fund, &f.id, |t| t.name.as_ref(), &f.name);
        let summary = self.text(Kind::Fund, &f.id, |t| t.summary.as_ref(), &f.summary);
        let facts = self.list(Kind::Fund, &f.id, |t| t.facts.as_ref(), &f.facts);
        let mut s = format!("{name}: {summary}");
        if !facts.is_empty() {
            s.push('\n');
            s.push_str(&Self::bullets(&facts));
        }
        s
    }

    fn consortium(&self, e: &Entities) -> String {
        let mut parts = Vec::new();
        for c in self.calls(e, |c| !c.partners.is_empty()) {
            self.cite(&c.sources);
            let title = self.call_title(c);
            if c.partners.is_empty() {
                continue;
            }
            let items = self.list(Kind::Call, &c.id, |t| t.partners.as_ref(), &c.partners);
            let mut s = format!("{}\n{}", self.msg("consortium-intro", &[("title", title)]), Self::bullets(&items));
            if let Some(t) = &c.transnational {
                s.push('\n');
                s.push_str(&self.text(Kind::Call, &c.id, |tr| tr.transnational.as_ref(), t));
            }
            parts.push(s);
        }
        if let Some(g) = self.kb.guidance.iter().find(|g| g.topic == "partners") {
            self.cite(&g.sources);
            let points = self.list(Kind::Guidance, &g.id, |t| t.points.as_ref(), &g.points);
            if let Some(first) = points.first() {
                parts.push(format!("{}\n{first}", self.msg("guidance-finding", &[])));
            }
        }
        if parts.is_empty() {
            if let Some(g) = self.kb.guidance.iter().find(|g| g.topic == "consortium") {
                self.cite(&g.sources);
                parts.push(Self::bullets(&self.list(Kind::Guidance, &g.id, |t| t.points.as_ref(), &g.points)));
            }
        }
        parts.join("\n\n")
    }

    fn action_plan(&self, e: &Entities) -> String {
        let status = |s: crate::knowledge::ActionStatus| self.msg(s.message_id(), &[]);
        if let Some(a) = e.action.as_deref().and_then(|id| self.kb.action(id)) {
            if let Some(p) = &self.kb.plan {
                self.cite(&p.sources);
            }
            let title = self.text(Kind::Action, &a.id, |t| t.title.as_ref(), &a.title);
            let text = self.text(Kind::Action, &a.id, |t| t.text.as_ref(), &a.text);
            let mut lines = vec![
                self.msg("action-header", &[("number", a.number.to_string()), ("title", title)]),
                text,
                self.msg("action-status", &[("status", status(a.status))]),
            ];
            if !a.kind.is_empty() {
                let ty = self.text(Kind::Action, &a.id, |t| t.kind.as_ref(), &a.kind);
                lines.push(self.msg("action-type", &[("type", ty)]));
            }
            if !a.implementation.is_empty() {
                lines.push(self.text(Kind::Action, &a.id, |t| t.implementation.as_ref(), &a.implementation));
            }
            return lines.join("\n");
        }
        let Some(p) = &self.kb.plan else { return self.msg("fallback", &[]) };
        self.cite(&p.sources);
        let count = |s| self.kb.actions.iter().filter(|a| a.status == s).count().to_string();
        use crate::knowledge::ActionStatus as S;
        let title = self.text(Kind::Plan, "", |t| t.title.as_ref(), &p.title);
        let mut lines = vec![self.msg(
            "plan-overview",
            &[
                ("title", title),
                ("count", self.kb.actions.len().to_string()),
                ("complete", count(S::Complete)),
                ("pending", count(S::Pending)),
                ("continuous", count(S::Continuous)),
            ],
        )];
        for a in &self.kb.actions {
            let title = self.text(Kind::Action, &a.id, |t| t.title.as_ref(), &a.title);
            lines.push(format!(
                "• {}",
                self.msg(
                    "action-line",
                    &[("number", a.number.to_string()), ("title", title), ("status", status(a.status))]
                )
            ));
        }
        lines.join("\n")
    }

    fn projects(&self, e: &Entities) -> String {
        if let Some(p) = e.project.as_deref().and_then(|id| self.kb.project(id)) {
            self.cite(&p.sources);
            let name = self.text(Kind::Project, &p.id, |t| t.name.as_ref(), &p.name);
            let summary = self.text(Kind::Project, &p.id, |t| t.summary.as_ref(), &p.summary);
            let acts = self.list(Kind::Project, &p.id, |t| t.activities.as_ref(), &p.activities);
            let mut s = format!("{name}: {summary}");
            if !p.reference.is_empty() {
                s.push_str(&format!(" ({})", p.reference));
            }
            if !acts.is_empty() {
                s.push_str(&format!("\n{}\n{}", self.msg("project-activities", &[]), Self::bullets(&acts)));
            }
            return s;
        }
        let mut lines = vec![self.msg("projects-intro", &[])];
        for p in &self.kb.projects {
            self.cite(&p.sources);
            let name = self.text(Kind::Project, &p.id, |t| t.name.as_ref(), &p.name);
            let summary = self.text(Kind::Project, &p.id, |t| t.summary.as_ref(), &p.summary);
            lines.push(format!("• {}", self.msg("project-line", &[("name", name), ("summary", summary)])));
        }
        lines.join("\n")
    }
}
