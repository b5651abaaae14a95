//! Phrase matching: finds every keyword phrase of one language in a question, exactly (on word
//! stems), by prefix (`remind*`, on folded words) or with one typo (on stems of six letters or
//! more). Each word costs one hash lookup in the common case, which keeps classification fast
//! enough to serve a busy group from one core.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::text::normalize;

/// Reduces a lower-case word to the form keywords are compared on.
pub(crate) trait Stem {
    fn stem(&self, lower: &str) -> String;
}

/// One word of a phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Pat {
    /// The word's stem must equal this.
    Exact(Box<str>),
    /// The folded word must start with this.
    Prefix(Box<str>),
}

#[derive(Debug, Clone)]
struct Entry<T> {
    pats: Box<[Pat]>,
    target: T,
    weight: f32,
}

/// A word of the question prepared for matching.
#[derive(Debug, Clone)]
pub(crate) struct MWord {
    pub stem: String,
    pub folded: String,
    /// The vocabulary stem this word is one typo away from, if it matched nothing exactly.
    pub typo: Option<Box<str>>,
}

/// A phrase found in a question: which entry, over which words.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    pub entry: u32,
    pub start: usize,
    pub end: usize,
}

/// Shortest stem that typo tolerance applies to; shorter words have too many neighbours.
const TYPO_MIN_CHARS: usize = 6;
/// Prefix phrases are indexed by this many leading characters.
const PREFIX_KEY_CHARS: usize = 3;

#[derive(Debug)]
pub(crate) struct Lexicon<T> {
    entries: Vec<Entry<T>>,
    by_exact: FxHashMap<Box<str>, Vec<u32>>,
    by_prefix: FxHashMap<Box<str>, Vec<u32>>,
    /// A vocabulary stem with one character deleted → the stem.
    deletions: FxHashMap<Box<str>, Box<str>>,
    vocab: FxHashSet<Box<str>>,
}

impl<T> Default for Lexicon<T> {
    fn default() -> Self {
        Self {
            entries: Vec::new(),
            by_exact: FxHashMap::default(),
            by_prefix: FxHashMap::default(),
            deletions: FxHashMap::default(),
            vocab: FxHashSet::default(),
        }
    }
}

fn key_of(s: &str) -> &str {
    match s.char_indices().nth(PREFIX_KEY_CHARS) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

fn deletions_of(word: &str) -> impl Iterator<Item = String> + '_ {
    word.char_indices().map(move |(i, c)| {
        let mut s = String::with_capacity(word.len());
        s.push_str(&word[..i]);
        s.push_str(&word[i + c.len_utf8()..]);
        s
    })
}

impl<T> Lexicon<T> {
    /// Adds a phrase; returns false when it has no words.
    pub fn add(&mut self, phrase: &str, target: T, weight: f32, stemmer: &dyn Stem) -> bool {
        let mut pats = Vec::new();
        for piece in phrase.split_whitespace() {
            let (piece, prefix) = match piece.strip_suffix('*') {
                Some(p) => (p, true),
                None => (piece, false),
            };
            let words = normalize(piece).words;
            let n = words.len();
            for (i, w) in words.into_iter().enumerate() {
                let is_prefix = prefix && i + 1 == n && w.folded.chars().count() >= PREFIX_KEY_CHARS;
                pats.push(if is_prefix {
                    Pat::Prefix(w.folded.into())
                } else {
                    Pat::Exact(stemmer.stem(&w.lower).into())
                });
            }
        }
        let Some(first) = pats.first().cloned() else { return false };
        let idx = self.entries.len() as u32;
        for p in &pats {
            if let Pat::Exact(s) = p {
                if s.chars().count() >= TYPO_MIN_CHARS
                    && !s.bytes().all(|b| b.is_ascii_digit())
                    && self.vocab.insert(s.clone())
                {
                    for d in deletions_of(s) {
                        self.deletions.entry(d.into()).or_insert_with(|| s.clone());
                    }
                }
            }
        }
        match first {
            Pat::Exact(s) => self.by_exact.entry(s).or_default().push(idx),
            Pat::Prefix(s) => self.by_prefix.entry(key_of(&s).into()).or_default().push(idx),
        }
        self.entries.push(Entry { pats: pats.into(), target, weight });
        true
    }

    /// The target and weight of a hit.
    pub fn entry(&self, hit: Hit) -> (&T, f32) {
        let e = &self.entries[hit.entry as usize];
        (&e.target, e.weight)
    }

    /// Fills in `typo` for words that match no exact stem.
    pub fn correct_typos(&self, words: &mut [MWord]) {
        for w in words {
            if self.by_exact.contains_key(w.stem.as_str())
                || w.stem.chars().count() < TYPO_MIN_CHARS - 1
                || w.stem.bytes().all(|b| b.is_ascii_digit())
            {
                continue;
            }
            // The user left a letter out, added one, or changed one.
            let mut found = self.deletions.get(w.stem.as_str()).cloned();
            let mut buf = String::with_capacity(w.stem.len());
            for (i, c) in w.stem.char_indices() {
                if found.is_some() {
                    break;
                }
                buf.clear();
                buf.push_str(&w.stem[..i]);
                buf.push_str(&w.stem[i + c.len_utf8()..]);
                found = self.vocab.get(buf.as_str()).cloned().or_else(|| self.deletions.get(buf.as_str()).cloned());
            }
            w.typo = found;
        }
    }

    fn word_matches(p: &Pat, w: &MWord) -> bool {
        match p {
            Pat::Exact(s) => **s == *w.stem || w.typo.as_deref() == Some(&**s),
            Pat::Prefix(s) => w.folded.starts_with(&**s),
        }
    }

    /// Every phrase found in `words`.
    pub fn find(&self, words: &[MWord], hits: &mut Vec<Hit>) {
        for (i, w) in words.iter().enumerate() {
            let exact = self.by_exact.get(w.stem.as_str()).into_iter().flatten();
            let typo = w.typo.as_deref().and_then(|t| self.by_exact.get(t)).into_iter().flatten();
            let prefix = self.by_prefix.get(key_of(&w.folded)).into_iter().flatten();
            for &idx in exact.chain(typo).chain(prefix) {
                let e = &self.entries[idx as usize];
                let end = i + e.pats.len();
                if end <= words.len() && e.pats.iter().zip(&words[i..end]).all(|(p, w)| Self::word_matches(p, w)) {
                    hits.push(Hit { entry: idx, start: i, end });
                }
            }
        }
    }
}
