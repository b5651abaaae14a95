//! Languages and language identification for short chat messages.
//!
//! A detector crate alone is either too slow or too unsure on three-word questions full of
//! acronyms, so detection goes from cheap and certain to expensive: the script (Greek is Greek),
//! letters only one language of a script uses (Persian پ چ ژ گ, Ukrainian і ї є ґ, Polish ł ą ę...),
//! the language's frequent words and the engine's own keywords, and only when those leave a close
//! call, whatlang restricted to the candidates still in the running.

use rustc_hash::FxHashMap;

use crate::locale::LanguageFile;
use crate::text::{Normalized, Script};

/// The supported languages, in the contract's order.
pub const SUPPORTED: [&str; 15] =
    ["en", "fr", "de", "it", "es", "pt", "nl", "pl", "ro", "el", "ar", "uk", "ru", "fa", "tr"];

/// A supported language, as an index into [`SUPPORTED`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang(u8);

impl Lang {
    /// English, the default.
    pub const EN: Lang = Lang(0);

    /// The language with this ISO 639-1 code, if supported.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        let code = code.split(['-', '_']).next().unwrap_or("");
        SUPPORTED.iter().position(|c| *c == code).map(|i| Lang(i as u8))
    }

    /// ISO 639-1 code.
    #[must_use]
    pub fn code(self) -> &'static str {
        SUPPORTED[self.0 as usize]
    }

    /// Position in [`SUPPORTED`].
    #[must_use]
    pub fn index(self) -> usize {
        self.0 as usize
    }

    /// All supported languages.
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..SUPPORTED.len() as u8).map(Lang)
    }

    fn bit(self) -> u16 {
        1 << self.0
    }

    /// The script the language is written in.
    #[must_use]
    pub fn script(self) -> Script {
        match self.code() {
            "el" => Script::Greek,
            "ar" | "fa" => Script::Arabic,
            "uk" | "ru" => Script::Cyrillic,
            _ => Script::Latin,
        }
    }

    fn whatlang(self) -> whatlang::Lang {
        use whatlang::Lang as W;
        match self.code() {
            "fr" => W::Fra,
            "de" => W::Deu,
            "it" => W::Ita,
            "es" => W::Spa,
            "pt" => W::Por,
            "nl" => W::Nld,
            "pl" => W::Pol,
            "ro" => W::Ron,
            "el" => W::Ell,
            "ar" => W::Ara,
            "uk" => W::Ukr,
            "ru" => W::Rus,
            "fa" => W::Pes,
            "tr" => W::Tur,
            _ => W::Eng,
        }
    }

    fn from_whatlang(w: whatlang::Lang) -> Option<Lang> {
        Lang::all().find(|l| l.whatlang() == w)
    }
}

/// What detection concluded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detected {
    /// A supported language.
    Lang(Lang),
    /// A language fundbot does not support.
    Unsupported,
    /// Not enough text to tell (an acronym, a number, an emoji).
    Unknown,
}

/// Evidence tables built from every language's `language.toml` and keywords.
#[derive(Debug, Default)]
pub struct Detector {
    letters: FxHashMap<char, u16>,
    /// Folded word → (languages listing it as a frequent word, languages using it in keywords).
    words: FxHashMap<Box<str>, (u16, u16)>,
    available: u16,
    /// Letters and folded words of unsupported languages that no supported language uses.
    foreign_letters: rustc_hash::FxHashSet<char>,
    /// Letters both some supported and some unsupported language use (Swedish and German ä).
    shared_letters: rustc_hash::FxHashSet<char>,
    foreign_words: rustc_hash::FxHashSet<Box<str>>,
}

impl Detector {
    /// Builds the tables. `keywords` gives, per language, the folded single words of its
    /// keyword phrases.
    #[must_use]
    pub fn new(
        files: &[(Lang, &LanguageFile)],
        keywords: &[(Lang, Vec<String>)],
        foreign: &[&crate::locale::ForeignLanguage],
    ) -> Self {
        let mut d = Detector::default();
        for (lang, f) in files {
            d.available |= lang.bit();
            for c in f.letters.chars().filter(|c| !c.is_whitespace()) {
                *d.letters.entry(c).or_default() |= lang.bit();
            }
            for w in &f.words {
                for n in crate::text::normalize(w).words {
                    d.words.entry(n.folded.into_boxed_str()).or_default().0 |= lang.bit();
                }
            }
        }
        for (lang, words) in keywords {
            for w in words {
                d.words.entry(w.clone().into_boxed_str()).or_default().1 |= lang.bit();
            }
        }
        for f in foreign {
            for c in f.letters.chars().flat_map(char::to_lowercase) {
                if c.is_whitespace() {
                    continue;
                }
                if d.letters.contains_key(&c) {
                    d.shared_letters.insert(c);
                } else {
                    d.foreign_letters.insert(c);
                }
            }
            for w in &f.words {
                for n in crate::text::normalize(w).words {
                    if !d.words.contains_key(n.folded.as_str()) {
                        d.foreign_words.insert(n.folded.into_boxed_str());
                    }
                }
            }
        }
        d
    }

    /// Detects the language of `raw` (the text as typed), already normalised as `norm`.
    #[must_use]
    pub fn detect(&self, raw: &str, norm: &Normalized) -> Detected {
        let script = match norm.script() {
            Script::None => return Detected::Unknown,
            Script::Other => {
                let c = norm.script_counts;
                if c[4] * 2 > c[0] + c[1] + c[2] + c[3] {
                    return Detected::Unsupported;
                }
                let i = (0..4).max_by_key(|&i| c[i]).unwrap_or(0);
                [Script::Latin, Script::Cyrillic, Script::Greek, Script::Arabic][i]
            }
            s => s,
        };
        let candidates: Vec<Lang> =
            Lang::all().filter(|l| l.script() == script && self.available & l.bit() != 0).collect();
        match candidates.as_slice() {
            [] => return Detected::Unsupported,
            [one] => return Detected::Lang(*one),
            _ => {}
        }
        let mask: u16 = candidates.iter().fold(0, |m, l| m | l.bit());
        let mut score = [0f32; SUPPORTED.len()];
        let spread = |score: &mut [f32; 15], bits: u16, weight: f32| {
            let bits = bits & mask;
            let n = bits.count_ones();
            if n > 0 {
                for l in &candidates {
                    if bits & l.bit() != 0 {
                        score[l.index()] += weight / n as f32;
                    }
                }
            }
        };
        // Evidence for a language fundbot does not support counts like a rival candidate.
        let mut foreign = 0f32;
        for c in truncated_chars(raw) {
            if !c.is_ascii() {
                let c = c.to_lowercase().next().unwrap_or(c);
                if let Some(&bits) = self.letters.get(&c) {
                    if self.shared_letters.contains(&c) {
                        // One share for each candidate using it and one for the foreign side.
                        let n = (bits & mask).count_ones() as f32;
                        spread(&mut score, bits, n / (n + 1.0));
                        foreign += 1.0 / (n + 1.0);
                    } else {
                        spread(&mut score, bits, 1.0);
                    }
                } else if self.foreign_letters.contains(&c) {
                    // No supported language writes it at all: stronger than a shared word.
                    foreign += 2.0;
                }
            }
        }
        let mut evidence_words = 0usize;
        for w in norm.words.iter().filter(|w| !w.acronym) {
            if let Some(&(frequent, keyword)) = self.words.get(w.folded.as_str()) {
                evidence_words += 1;
                spread(&mut score, frequent, 1.0);
                spread(&mut score, keyword, 0.6);
            } else if self.foreign_words.contains(w.folded.as_str()) {
                foreign += 1.0;
            }
        }
        let mut ranked: Vec<Lang> = candidates.clone();
        ranked.sort_by(|a, b| score[b.index()].total_cmp(&score[a.index()]));
        let (best, second) = (score[ranked[0].index()], score[ranked[1].index()]);
        if foreign >= 2.0 && foreign > best {
            return Detected::Unsupported;
        }
        if best >= 1.0 && best - second >= 1.0 {
            return Detected::Lang(ranked[0]);
        }
        // Almost no evidence for any supported language: maybe it is another language.
        if script == Script::Latin && norm.words.len() >= 4 && evidence_words * 3 < norm.words.len() {
            if let Some(info) = whatlang::detect(crate::text::truncate(raw, 1024)) {
                if info.is_reliable() && Lang::from_whatlang(info.lang()).is_none() {
                    return Detected::Unsupported;
                }
            }
        }
        // A close call: let the detector crate decide among the languages still in the running.
        let contenders: Vec<whatlang::Lang> =
            ranked.iter().filter(|l| best == 0.0 || score[l.index()] >= best - 1.5).map(|l| l.whatlang()).collect();
        // Two words are too few for a statistical detector; the ranking (English first on a
        // tie) is as good a guess and much cheaper.
        if contenders.len() > 1 && norm.words.len() >= 3 {
            let wl = whatlang::Detector::with_allowlist(contenders);
            if let Some(l) = wl.detect_lang(crate::text::truncate(raw, 1024)).and_then(Lang::from_whatlang) {
                return Detected::Lang(l);
            }
        }
        if best > 0.0 {
            Detected::Lang(ranked[0])
        } else {
            Detected::Unknown
        }
    }
}

fn truncated_chars(raw: &str) -> std::str::Chars<'_> {
    crate::text::truncate(raw, crate::text::MAX_CLASSIFY_BYTES).chars()
}
