//! The rule-and-keyword intent engine.
//!
//! A question goes through: normalisation (`text`), language detection (`lang`), stemming in
//! the detected language, phrase matching against that language's lexicon (keywords, cue
//! phrases, entity aliases from the knowledge base, action words), then the shared rules add
//! points, and the intent with most points wins unless it is below the threshold. Everything the
//! engine knows comes from `locales/` and the knowledge base; nothing about a language is in code.

mod lexicon;
pub mod pattern;

use std::collections::BTreeMap;
use std::fmt;
use std::sync::OnceLock;

use regex::RegexSet;
use rust_stemmers::{Algorithm, Stemmer};
use serde::Serialize;

use self::lexicon::{Hit, Lexicon, MWord, Stem};
use crate::error::BotError;
use crate::knowledge::{KnowledgeBase, TextTr};
use crate::lang::{Detected, Detector, Lang};
use crate::locale::Locales;
use crate::text::{fold, normalize, Normalized};

/// What the user wants; ids fixed by the contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum Intent {
    Greeting,
    Help,
    ListCalls,
    FundInfo,
    CallDeadline,
    CallEligibility,
    CallActivities,
    Consortium,
    TargetGroups,
    HowToApply,
    ActionPlan,
    ProjectExamples,
    Subscribe,
    Unsubscribe,
    Fallback,
}

impl Intent {
    /// Every intent, in the contract's order.
    pub const ALL: [Intent; 15] = [
        Intent::Greeting,
        Intent::Help,
        Intent::ListCalls,
        Intent::FundInfo,
        Intent::CallDeadline,
        Intent::CallEligibility,
        Intent::CallActivities,
        Intent::Consortium,
        Intent::TargetGroups,
        Intent::HowToApply,
        Intent::ActionPlan,
        Intent::ProjectExamples,
        Intent::Subscribe,
        Intent::Unsubscribe,
        Intent::Fallback,
    ];

    /// The contract id.
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Intent::Greeting => "greeting",
            Intent::Help => "help",
            Intent::ListCalls => "list_calls",
            Intent::FundInfo => "fund_info",
            Intent::CallDeadline => "call_deadline",
            Intent::CallEligibility => "call_eligibility",
            Intent::CallActivities => "call_activities",
            Intent::Consortium => "consortium",
            Intent::TargetGroups => "target_groups",
            Intent::HowToApply => "how_to_apply",
            Intent::ActionPlan => "action_plan",
            Intent::ProjectExamples => "project_examples",
            Intent::Subscribe => "subscribe",
            Intent::Unsubscribe => "unsubscribe",
            Intent::Fallback => "fallback",
        }
    }

    /// The intent with this contract id.
    #[must_use]
    pub fn from_id(id: &str) -> Option<Intent> {
        Self::ALL.into_iter().find(|i| i.id() == id)
    }

    fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Intent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// Knowledge records named in a question, by canonical id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Entities {
    /// A fund, network or body.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fund: Option<String>,
    /// A call.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call: Option<String>,
    /// A partnership action.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// A project.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project: Option<String>,
    /// The Action Plan as a whole was named (not part of the JSON contract).
    #[serde(skip)]
    pub plan: bool,
}

/// How the answer language was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LangChoice {
    /// The user or platform said which language.
    Explicit,
    /// Detected from the question.
    Detected,
    /// Nothing to go on: the user's saved language or English.
    Default,
    /// The question is in a language fundbot does not support; the answer is English.
    Unsupported,
}

/// The engine's verdict on one question.
#[derive(Debug, Clone)]
pub struct Classification {
    /// What the user wants.
    pub intent: Intent,
    /// 0..1.
    pub confidence: f32,
    /// The language to answer in.
    pub lang: Lang,
    /// How `lang` was chosen.
    pub lang_choice: LangChoice,
    /// Records named in the question.
    pub entities: Entities,
    /// The question had no words at all (empty, only spaces, marks or emoji).
    pub empty: bool,
}

/// Names of the cues the shared rules may test.
const CUES: [&str; 5] = ["what_is", "when", "status", "remind", "stop"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum EntityKind {
    Fund,
    Call,
    Action,
    Project,
    Plan,
}

#[derive(Debug, Clone)]
enum Target {
    Intent(Intent),
    Cue(u8),
    Entity(EntityKind, u16),
    ActionWord,
}

#[derive(Debug, Clone, Copy)]
enum Cond {
    /// No intent other than fund_info, greeting, help or fallback has a strong keyword.
    Alone,
    Cue(u8),
    Entity(EntityKind),
    ActionNumber,
}

#[derive(Debug, Clone)]
struct Rule {
    when: Vec<(bool, Cond)>,
    add: Vec<(Intent, f32)>,
}

/// What a language model is built from; kept so that the model is built on first use.
struct ModelSpec {
    stemmer: Option<Stemmer>,
    intents: crate::locale::IntentsFile,
    aliases: Vec<(Target, String)>,
}

/// A language's model, built the first time a question in that language arrives: a one-shot
/// `fundbot ask` then pays for one language, not fifteen.
struct LazyModel {
    spec: ModelSpec,
    built: OnceLock<LangModel>,
}

impl LazyModel {
    fn get(&self) -> &LangModel {
        self.built.get_or_init(|| {
            let spec = &self.spec;
            let stemmer = &spec.stemmer;
            let mut lex = Lexicon::default();
            let mut pattern_src = Vec::new();
            let mut pattern_intents = Vec::new();
            for (id, table) in spec.intents.tables() {
                let intent = Intent::from_id(id).unwrap_or(Intent::Fallback);
                for (list, w) in [(&table.strong, STRONG), (&table.medium, MEDIUM), (&table.weak, WEAK)] {
                    for phrase in list {
                        lex.add(phrase, Target::Intent(intent), w, stemmer);
                    }
                }
                for p in &table.patterns {
                    pattern_src.push(p.clone());
                    pattern_intents.push(intent);
                }
            }
            for (cue, phrases) in &spec.intents.cues {
                let n = CUES.iter().position(|c| c == cue).unwrap_or(0);
                for p in phrases {
                    lex.add(p, Target::Cue(n as u8), 0.0, stemmer);
                }
            }
            for w in &spec.intents.entities.action {
                lex.add(w, Target::ActionWord, 0.0, stemmer);
            }
            for (target, phrase) in &spec.aliases {
                lex.add(phrase, target.clone(), ALIAS, stemmer);
            }
            // Every pattern was checked when the engine was built; a set that still fails to
            // compile (size limits) is dropped rather than taking the bot down.
            let rewritten: Vec<String> = pattern_src.iter().filter_map(|p| pattern::rewrite(p).ok()).collect();
            let patterns = if rewritten.len() == pattern_src.len() { RegexSet::new(&rewritten).ok() } else { None };
            if patterns.is_none() && !pattern_src.is_empty() {
                tracing::warn!(patterns = pattern_src.len(), "a language's patterns did not compile; keywords only");
            }
            LangModel { lexicon: lex, patterns, pattern_intents }
        })
    }
}

struct LangModel {
    lexicon: Lexicon<Target>,
    /// All of the language's patterns, rewritten by [`pattern::rewrite`], matched in one pass.
    patterns: Option<RegexSet>,
    pattern_intents: Vec<Intent>,
}

impl Stem for Option<Stemmer> {
    fn stem(&self, lower: &str) -> String {
        match self {
            Some(s) => fold(&s.stem(lower)),
            None => fold(lower),
        }
    }
}

/// The classifier: one model per language plus the detector and the shared rules.
pub struct Engine {
    models: Vec<Option<LazyModel>>,
    detector: Detector,
    rules: Vec<Rule>,
    threshold: f32,
    /// Entity ids by kind, indexed by the u16 in [`Target::Entity`].
    entity_ids: BTreeMap<u8, Vec<String>>,
}

impl fmt::Debug for Engine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Engine").field("languages", &self.models.iter().filter(|m| m.is_some()).count()).finish()
    }
}

/// An entity's kind, index, names in every language, and its translated records by language.
type AliasSet<'a> = (EntityKind, u16, Vec<String>, Vec<(&'a str, &'a TextTr)>);

const STRONG: f32 = 3.0;
const MEDIUM: f32 = 1.5;
const WEAK: f32 = 0.5;
const PATTERN: f32 = 3.0;
/// Entity aliases count as long matches so that "ESF+" beats "ESF", but they add no intent points.
const ALIAS: f32 = 1.0;

fn stemmer_for(name: &str) -> Result<Option<Stemmer>, String> {
    let alg = match name {
        "none" | "" => return Ok(None),
        "arabic" => Algorithm::Arabic,
        "dutch" => Algorithm::Dutch,
        "english" => Algorithm::English,
        "french" => Algorithm::French,
        "german" => Algorithm::German,
        "greek" => Algorithm::Greek,
        "italian" => Algorithm::Italian,
        "portuguese" => Algorithm::Portuguese,
        "romanian" => Algorithm::Romanian,
        "russian" => Algorithm::Russian,
        "spanish" => Algorithm::Spanish,
        "turkish" => Algorithm::Turkish,
        other => return Err(format!("unknown stemmer {other:?}")),
    };
    Ok(Some(Stemmer::create(alg)))
}

fn kind_code(k: EntityKind) -> u8 {
    k as u8
}

impl Engine {
    /// Builds the engine from the locale files and the knowledge base's aliases.
    ///
    /// # Errors
    /// [`BotError::Locale`] naming the file and field of a bad stemmer, cue, rule or pattern.
    pub fn new(locales: &Locales, kb: &KnowledgeBase) -> Result<Self, BotError> {
        let mut entity_ids: BTreeMap<u8, Vec<String>> = BTreeMap::new();
        // (kind, index, English aliases + name, translated records)
        let mut aliases: Vec<AliasSet<'_>> = Vec::new();
        let mut push = |kind: EntityKind, id: &str, names: Vec<String>, trkind: crate::knowledge::Kind| {
            let ids = entity_ids.entry(kind_code(kind)).or_default();
            let idx = ids.len() as u16;
            ids.push(id.to_string());
            let trs = kb.translations.keys().filter_map(|l| kb.tr(l, trkind, id).map(|t| (l.as_str(), t))).collect();
            aliases.push((kind, idx, names, trs));
        };
        use crate::knowledge::Kind as K;
        for f in &kb.funds {
            push(EntityKind::Fund, &f.id, f.aliases.clone(), K::Fund);
        }
        for c in &kb.calls {
            let mut names = c.aliases.clone();
            names.push(c.title.clone());
            push(EntityKind::Call, &c.id, names, K::Call);
        }
        for a in &kb.actions {
            push(EntityKind::Action, &a.id, a.aliases.clone(), K::Action);
        }
        for p in &kb.projects {
            push(EntityKind::Project, &p.id, p.aliases.clone(), K::Project);
        }
        if let Some(p) = &kb.plan {
            let mut names = p.aliases.clone();
            names.push(p.title.clone());
            push(EntityKind::Plan, "plan", names, K::Plan);
        }

        let mut rules = Vec::new();
        for (i, r) in locales.rules.rule.iter().enumerate() {
            let err = |m: String| BotError::Locale(format!("locales/rules.toml: rule {}: {m}", i + 1));
            let mut when = Vec::new();
            for c in &r.when {
                let (neg, c) = c.strip_prefix('!').map_or((false, c.as_str()), |c| (true, c));
                let cond = match c.split_once(':') {
                    Some(("cue", n)) => Cond::Cue(
                        CUES.iter().position(|x| *x == n).ok_or_else(|| err(format!("when: unknown cue {n:?}")))? as u8,
                    ),
                    Some(("entity", k)) => Cond::Entity(match k {
                        "fund" => EntityKind::Fund,
                        "call" => EntityKind::Call,
                        "action" => EntityKind::Action,
                        "project" => EntityKind::Project,
                        "plan" => EntityKind::Plan,
                        _ => return Err(err(format!("when: unknown entity kind {k:?}"))),
                    }),
                    Some(("number", "action")) => Cond::ActionNumber,
                    None if c == "alone" => Cond::Alone,
                    _ => return Err(err(format!("when: bad condition {c:?}"))),
                };
                when.push((neg, cond));
            }
            let mut add = Vec::new();
            for (id, w) in &r.add {
                add.push((Intent::from_id(id).ok_or_else(|| err(format!("add: unknown intent {id:?}")))?, *w));
            }
            rules.push(Rule { when, add });
        }

        let mut models: Vec<Option<LazyModel>> = (0..crate::lang::SUPPORTED.len()).map(|_| None).collect();
        let mut detect_files = Vec::new();
        let mut detect_keywords = Vec::new();
        for (code, files) in &locales.langs {
            let Some(lang) = Lang::from_code(code) else { continue };
            let path = &files.intents_path;
            let stemmer = stemmer_for(&files.language.stemmer)
                .map_err(|m| BotError::Locale(format!("locales/{code}/language.toml: stemmer: {m}")))?;
            // Validate everything now (cheaply: patterns are parsed, not compiled), so that a bad
            // file fails at start, not at the first question in that language.
            let mut keyword_words = Vec::new();
            for (id, table) in files.intents.tables() {
                for list in [&table.strong, &table.medium, &table.weak] {
                    for phrase in list {
                        for piece in phrase.split_whitespace().filter(|p| !p.ends_with('*')) {
                            keyword_words.extend(normalize(piece).words.into_iter().map(|w| w.folded));
                        }
                    }
                }
                for p in &table.patterns {
                    pattern::rewrite(p).map_err(|e| BotError::Locale(format!("{path}: {id}.patterns: {e}")))?;
                }
            }
            if let Some(cue) = files.intents.cues.keys().find(|c| !CUES.contains(&c.as_str())) {
                return Err(BotError::Locale(format!("{path}: cues.{cue}: unknown cue; known: {}", CUES.join(", "))));
            }
            // An acronym that is also a common word of this language ("EIN" and German "ein",
            // "MILE" and Polish "mile") would tag every sentence: such one-word aliases are left
            // out of that language's lexicon.
            let common: std::collections::HashSet<String> =
                files.language.words.iter().flat_map(|w| normalize(w).words).map(|w| w.folded).collect();
            let is_common = |n: &str| {
                let ws = normalize(n.trim_end_matches('*')).words;
                ws.len() == 1 && common.contains(&ws[0].folded)
            };
            let mut alias_phrases = Vec::new();
            for (kind, idx, names, trs) in &aliases {
                for n in names.iter().filter(|n| !is_common(n)) {
                    alias_phrases.push((Target::Entity(*kind, *idx), n.clone()));
                }
                for (l, t) in trs {
                    if *l == code.as_str() {
                        for n in t.aliases.iter().chain(t.name.iter()).chain(t.title.iter()) {
                            alias_phrases.push((Target::Entity(*kind, *idx), n.clone()));
                        }
                    }
                }
            }
            detect_files.push((lang, &files.language));
            detect_keywords.push((lang, keyword_words));
            models[lang.index()] = Some(LazyModel {
                spec: ModelSpec { stemmer, intents: files.intents.clone(), aliases: alias_phrases },
                built: OnceLock::new(),
            });
        }
        let foreign: Vec<_> = locales.unsupported.values().collect();
        let detector = Detector::new(&detect_files, &detect_keywords, &foreign);
        Ok(Engine { models, detector, rules, threshold: locales.rules.threshold, entity_ids })
    }

    /// Builds every language model now instead of on first use (for long-running bots).
    pub fn warm(&self) {
        for m in self.models.iter().flatten() {
            m.get();
        }
    }

    /// Classifies one question. `explicit` is a language the user chose (wins over detection);
    /// `default` is used when the text gives nothing to go on.
    #[must_use]
    pub fn classify(&self, text: &str, explicit: Option<Lang>, default: Lang) -> Classification {
        self.classify_normalized(&normalize(text), text, explicit, default)
    }

    fn classify_normalized(
        &self,
        norm: &Normalized,
        text: &str,
        explicit: Option<Lang>,
        default: Lang,
    ) -> Classification {
        let (lang, lang_choice) = match explicit {
            Some(l) if self.models[l.index()].is_some() => (l, LangChoice::Explicit),
            _ => match self.detector.detect(text, norm) {
                Detected::Lang(l) if self.models[l.index()].is_some() => (l, LangChoice::Detected),
                Detected::Unsupported => (Lang::EN, LangChoice::Unsupported),
                _ => (default, LangChoice::Default),
            },
        };
        let lang = if self.models[lang.index()].is_some() { lang } else { Lang::EN };
        let (intent, confidence, entities) = match &self.models[lang.index()] {
            Some(model) => self.score(&model.spec.stemmer, model.get(), norm),
            None => (Intent::Fallback, 0.0, Entities::default()),
        };
        Classification { intent, confidence, lang, lang_choice, entities, empty: norm.words.is_empty() }
    }

    /// Classifies a question from a user whose platform says they use `hint` (Telegram's
    /// `language_code`). The hint wins over detection, except when the question is written in
    /// a script the hinted language does not use: an Arabic question from a phone set to
    /// English is answered in Arabic, while Portuguese-or-Spanish doubts go the hint's way.
    #[must_use]
    pub fn classify_hinted(&self, text: &str, hint: Lang, default: Lang) -> Classification {
        let norm = normalize(text);
        let script = norm.script();
        if matches!(script, crate::text::Script::None) || script == hint.script() {
            return self.classify_normalized(&norm, text, Some(hint), default);
        }
        self.classify_normalized(&norm, text, None, default)
    }

    fn score(&self, stemmer: &Option<Stemmer>, model: &LangModel, norm: &Normalized) -> (Intent, f32, Entities) {
        let words: Vec<MWord<'_>> =
            norm.words.iter().map(|w| model.lexicon.word(&stemmer.stem(&w.lower), &w.folded)).collect();
        let mut hits: Vec<Hit> = Vec::with_capacity(16);
        model.lexicon.find(&words, &mut hits);
        // Longest phrases first, so that a phrase's words are not counted again on their own.
        hits.sort_by(|a, b| (b.end - b.start).cmp(&(a.end - a.start)).then(a.start.cmp(&b.start)));

        let mut scores = [0f32; 15];
        let mut taken: Vec<(Intent, usize, usize)> = Vec::new();
        let mut cues = 0u32;
        let mut action_words: Vec<(usize, usize)> = Vec::new();
        let mut best_entity: [Option<(usize, u16)>; 5] = [None; 5];
        for &h in &hits {
            let (target, weight) = model.lexicon.entry(h);
            match target {
                Target::Intent(i) => {
                    if !taken.iter().any(|(ti, s, e)| ti == i && h.start < *e && *s < h.end) {
                        scores[i.index()] += weight;
                        taken.push((*i, h.start, h.end));
                    }
                }
                Target::Cue(c) => cues |= 1 << c,
                Target::ActionWord => action_words.push((h.start, h.end)),
                Target::Entity(kind, idx) => {
                    let slot = &mut best_entity[kind_code(*kind) as usize];
                    if slot.is_none_or(|(len, _)| h.end - h.start > len) {
                        *slot = Some((h.end - h.start, *idx));
                    }
                }
            }
        }
        if let Some(set) = &model.patterns {
            for i in set.matches(&pattern::layout(norm)).iter() {
                scores[model.pattern_intents[i].index()] += PATTERN;
            }
        }

        let id_of = |kind: EntityKind, slot: Option<(usize, u16)>| {
            slot.and_then(|(_, i)| self.entity_ids.get(&kind_code(kind))?.get(i as usize).cloned())
        };
        let mut entities = Entities {
            fund: id_of(EntityKind::Fund, best_entity[0]),
            call: id_of(EntityKind::Call, best_entity[1]),
            action: id_of(EntityKind::Action, best_entity[2]),
            project: id_of(EntityKind::Project, best_entity[3]),
            plan: best_entity[4].is_some(),
        };
        // "action 10", "Maßnahme 3", "δράση 1": an action word followed closely by a number.
        let mut numbered = false;
        // The number may also come just before: "10. eylem", "10. Maßnahme".
        let number_at = |i: usize| words.get(i).and_then(|w| w.folded.parse::<u32>().ok());
        for (start, end) in action_words {
            let n = number_at(end).or_else(|| number_at(end + 1)).or_else(|| start.checked_sub(1).and_then(number_at));
            if let Some(n) = n {
                if let Some(id) = self
                    .entity_ids
                    .get(&kind_code(EntityKind::Action))
                    .and_then(|ids| ids.iter().find(|id| id.strip_prefix("action-") == Some(&n.to_string())))
                {
                    entities.action = Some(id.clone());
                    numbered = true;
                    break;
                }
            }
        }

        let alone = !scores.iter().enumerate().any(|(i, s)| {
            !matches!(Intent::ALL[i], Intent::FundInfo | Intent::Greeting | Intent::Help | Intent::Fallback)
                && *s >= STRONG
        });
        let holds = |c: &Cond| match c {
            Cond::Alone => alone,
            Cond::Cue(n) => cues & (1 << n) != 0,
            Cond::Entity(EntityKind::Fund) => entities.fund.is_some(),
            Cond::Entity(EntityKind::Call) => entities.call.is_some(),
            Cond::Entity(EntityKind::Action) => entities.action.is_some(),
            Cond::Entity(EntityKind::Project) => entities.project.is_some(),
            Cond::Entity(EntityKind::Plan) => entities.plan,
            Cond::ActionNumber => numbered,
        };
        for r in &self.rules {
            if r.when.iter().all(|(neg, c)| holds(c) != *neg) {
                for (i, w) in &r.add {
                    scores[i.index()] += w;
                }
            }
        }

        let mut order: Vec<usize> = (0..15).collect();
        // On a tie, a question about funding beats small talk: "hi, when does AMIF close?".
        let small_talk = |i: usize| matches!(Intent::ALL[i], Intent::Greeting | Intent::Fallback);
        order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(small_talk(a).cmp(&small_talk(b))).then(a.cmp(&b)));
        let (best, second) = (scores[order[0]], scores[order[1]]);
        let top = Intent::ALL[order[0]];
        if best < self.threshold || top == Intent::Fallback {
            let conf = if top == Intent::Fallback {
                0.6 + 0.4 * (1.0 - (-best / 3.0).exp())
            } else {
                0.5 + 0.4 * (1.0 - best / self.threshold)
            };
            return (Intent::Fallback, conf.clamp(0.0, 1.0), entities);
        }
        let conf = (1.0 - (-best / 4.0).exp()) * (0.6 + 0.4 * (best - second) / best);
        (top, conf.clamp(0.0, 1.0), entities)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_languages_patterns_compile_into_one_set() {
        let locales = Locales::embedded().expect("locales");
        let (kb, _) = crate::knowledge::load_embedded().expect("knowledge");
        let engine = Engine::new(&locales, &kb).expect("engine");
        for (i, m) in engine.models.iter().enumerate() {
            let m = m.as_ref().expect("every language has a model");
            let n = m.get().pattern_intents.len();
            assert!(n > 0, "{} has no patterns", crate::lang::SUPPORTED[i]);
            assert_eq!(m.get().patterns.as_ref().map(RegexSet::len), Some(n), "{}", crate::lang::SUPPORTED[i]);
        }
    }
}
