//! Locale files: per language `language.toml` (detection and stemming), `intents.toml` (keyword
//! rules), `answers.ftl` (answer texts), and the shared `rules.toml`. They are data so that a
//! translator can improve a language without touching Rust; this module reads and validates them.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::error::BotError;
use crate::lang::SUPPORTED;

/// Writing direction of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic, Persian).
    Rtl,
}

/// `locales/<lang>/language.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageFile {
    /// ISO 639-1 code; must match the directory name.
    pub code: String,
    /// The language's own name.
    pub name: String,
    /// Writing direction.
    pub direction: Direction,
    /// Snowball algorithm name, or "none".
    pub stemmer: String,
    /// Letters characteristic of the language.
    #[serde(default)]
    pub letters: String,
    /// Frequent function words.
    #[serde(default)]
    pub words: Vec<String>,
}

/// Keywords of one intent.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IntentTable {
    /// 3 points each.
    #[serde(default)]
    pub strong: Vec<String>,
    /// 1.5 points each.
    #[serde(default)]
    pub medium: Vec<String>,
    /// 0.5 points each.
    #[serde(default)]
    pub weak: Vec<String>,
    /// Regular expressions over the folded words, 3 points each.
    #[serde(default)]
    pub patterns: Vec<String>,
}

/// Words that name entities by number.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntityWords {
    /// Words that, followed by a number, name a partnership action.
    #[serde(default)]
    pub action: Vec<String>,
}

/// `locales/<lang>/intents.toml`: one table per intent id of the contract.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct IntentsFile {
    #[serde(default)]
    pub greeting: IntentTable,
    #[serde(default)]
    pub help: IntentTable,
    #[serde(default)]
    pub list_calls: IntentTable,
    #[serde(default)]
    pub fund_info: IntentTable,
    #[serde(default)]
    pub call_deadline: IntentTable,
    #[serde(default)]
    pub call_eligibility: IntentTable,
    #[serde(default)]
    pub call_activities: IntentTable,
    #[serde(default)]
    pub consortium: IntentTable,
    #[serde(default)]
    pub target_groups: IntentTable,
    #[serde(default)]
    pub how_to_apply: IntentTable,
    #[serde(default)]
    pub action_plan: IntentTable,
    #[serde(default)]
    pub project_examples: IntentTable,
    #[serde(default)]
    pub subscribe: IntentTable,
    #[serde(default)]
    pub unsubscribe: IntentTable,
    #[serde(default)]
    pub fallback: IntentTable,
    /// Cue name to phrases.
    #[serde(default)]
    pub cues: BTreeMap<String, Vec<String>>,
    /// Entity words.
    #[serde(default)]
    pub entities: EntityWords,
}

impl IntentsFile {
    /// The table of each intent, by contract id.
    #[must_use]
    pub fn tables(&self) -> [(&'static str, &IntentTable); 15] {
        [
            ("greeting", &self.greeting),
            ("help", &self.help),
            ("list_calls", &self.list_calls),
            ("fund_info", &self.fund_info),
            ("call_deadline", &self.call_deadline),
            ("call_eligibility", &self.call_eligibility),
            ("call_activities", &self.call_activities),
            ("consortium", &self.consortium),
            ("target_groups", &self.target_groups),
            ("how_to_apply", &self.how_to_apply),
            ("action_plan", &self.action_plan),
            ("project_examples", &self.project_examples),
            ("subscribe", &self.subscribe),
            ("unsubscribe", &self.unsubscribe),
            ("fallback", &self.fallback),
        ]
    }
}

/// One shared rule.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleDef {
    /// Conditions, all of which must hold.
    pub when: Vec<String>,
    /// Points to add per intent id.
    pub add: BTreeMap<String, f32>,
}

/// `locales/rules.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulesFile {
    /// Minimum points for an intent other than fallback.
    pub threshold: f32,
    /// The rules.
    #[serde(default)]
    pub rule: Vec<RuleDef>,
}

/// The files of one language.
#[derive(Debug, Clone)]
pub struct LangFiles {
    /// `language.toml`.
    pub language: LanguageFile,
    /// `intents.toml`.
    pub intents: IntentsFile,
    /// `answers.ftl` source text.
    pub answers: String,
    /// Path of `intents.toml`, for error messages.
    pub intents_path: String,
    /// Path of `answers.ftl`, for error messages.
    pub answers_path: String,
}

/// Every locale file.
#[derive(Debug, Clone)]
pub struct Locales {
    /// By language code; only supported languages with complete files.
    pub langs: BTreeMap<String, LangFiles>,
    /// The shared rules.
    pub rules: RulesFile,
    /// Languages fundbot does not answer in, by code (`unsupported.toml`, optional).
    pub unsupported: BTreeMap<String, ForeignLanguage>,
}

/// One entry of `locales/unsupported.toml`: evidence that a question is in a language fundbot
/// does not answer in.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ForeignLanguage {
    /// The language's own name.
    pub name: String,
    /// Letters it uses.
    #[serde(default)]
    pub letters: String,
    /// Frequent words.
    #[serde(default)]
    pub words: Vec<String>,
}

fn parse<T: serde::de::DeserializeOwned>(name: &str, text: &str) -> Result<T, BotError> {
    toml::from_str(text).map_err(|e| {
        let (line, field, msg) = crate::error::toml_fault(text, &e);
        BotError::Locale(format!("{name}:{line}: {field}: {msg}"))
    })
}

impl Locales {
    /// Builds the locales from (relative path, text) pairs such as `en/intents.toml`.
    ///
    /// # Errors
    /// [`BotError::Locale`] naming file, line and field of the first fault.
    pub fn from_files(prefix: &str, files: &[(String, String)]) -> Result<Self, BotError> {
        let get = |rel: &str| files.iter().find(|(n, _)| n == rel).map(|(_, t)| t.as_str());
        let rules_text = get("rules.toml").ok_or_else(|| BotError::Locale(format!("{prefix}rules.toml: missing")))?;
        let rules: RulesFile = parse(&format!("{prefix}rules.toml"), rules_text)?;
        let unsupported = match get("unsupported.toml") {
            Some(text) => parse(&format!("{prefix}unsupported.toml"), text)?,
            None => BTreeMap::new(),
        };
        let mut langs = BTreeMap::new();
        for code in SUPPORTED {
            let (Some(lang), Some(intents), Some(answers)) = (
                get(&format!("{code}/language.toml")),
                get(&format!("{code}/intents.toml")),
                get(&format!("{code}/answers.ftl")),
            ) else {
                if code == "en" {
                    return Err(BotError::Locale(format!("{prefix}en/: English files are required")));
                }
                continue;
            };
            let language: LanguageFile = parse(&format!("{prefix}{code}/language.toml"), lang)?;
            if language.code != code {
                return Err(BotError::Locale(format!(
                    "{prefix}{code}/language.toml:1: code: {:?} does not match the directory",
                    language.code
                )));
            }
            let intents_path = format!("{prefix}{code}/intents.toml");
            let intents: IntentsFile = parse(&intents_path, intents)?;
            langs.insert(
                code.to_string(),
                LangFiles {
                    language,
                    intents,
                    answers: answers.to_string(),
                    intents_path,
                    answers_path: format!("{prefix}{code}/answers.ftl"),
                },
            );
        }
        Ok(Self { langs, rules, unsupported })
    }

    /// The locales compiled into the binary.
    ///
    /// # Errors
    /// As [`Locales::from_files`].
    pub fn embedded() -> Result<Self, BotError> {
        let files: Vec<(String, String)> =
            crate::embedded::LOCALES.iter().map(|(n, t)| ((*n).to_string(), (*t).to_string())).collect();
        Self::from_files("locales/", &files)
    }

    /// Reads the locales from a directory.
    ///
    /// # Errors
    /// As [`Locales::from_files`], or when a file cannot be read.
    pub fn from_dir(dir: &Path) -> Result<Self, BotError> {
        let mut files = Vec::new();
        let read = |p: &Path| std::fs::read_to_string(p).map_err(|e| BotError::Locale(format!("{}: {e}", p.display())));
        files.push(("rules.toml".to_string(), read(&dir.join("rules.toml"))?));
        if dir.join("unsupported.toml").exists() {
            files.push(("unsupported.toml".to_string(), read(&dir.join("unsupported.toml"))?));
        }
        for code in SUPPORTED {
            for f in ["language.toml", "intents.toml", "answers.ftl"] {
                let p = dir.join(code).join(f);
                if p.exists() {
                    files.push((format!("{code}/{f}"), read(&p)?));
                }
            }
        }
        let prefix = format!("{}/", dir.display());
        Self::from_files(&prefix, &files)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_intents(text: &str) -> Result<Locales, BotError> {
        let mut files: Vec<(String, String)> =
            crate::embedded::LOCALES.iter().map(|(n, t)| ((*n).to_string(), (*t).to_string())).collect();
        for f in &mut files {
            if f.0 == "en/intents.toml" {
                f.1 = text.to_string();
            }
        }
        Locales::from_files("locales/", &files)
    }

    #[test]
    fn locale_faults_name_file_line_and_field() {
        let err =
            with_intents("[greeting]\nstrong = [\"hi\"]\n\n[deadlines]\nstrong = []\n").expect_err("unknown table");
        assert!(err.to_string().starts_with("locales/en/intents.toml:4: deadlines: unknown field"), "{err}");
        let err = with_intents("[greeting]\nmedium = [\"hey\"]\nstrong = \"hi\"\n").expect_err("wrong type");
        assert!(err.to_string().starts_with("locales/en/intents.toml:3: strong: "), "{err}");
    }
}
