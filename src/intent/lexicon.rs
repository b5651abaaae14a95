//! Phrase matching: finds every keyword phrase of one language in a question, exactly (on word
//! stems), by prefix (`remind*`, on folded words) or with one typo (on stems of six letters or
//! more). Each word costs one hash lookup in the common case, which keeps classification fast
//! enough to serve a busy group from one core.

use rustc_hash::FxHashMap;

use crate::text::normalize;

/// Reduces a lower-case word to the form keywords are compared on.
pub(crate) trait Stem {
    fn stem(&self, lower: &str) -> String;
}

/// One word of a phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Pat {
    /// The word's stem must be this vocabulary stem (by id).
    Exact(u32),
    /// The folded word must start with this.
    Prefix(Box<str>),
}

#[derive(Debug, Clone)]
struct Entry<T> {
    pats: Box<[Pat]>,
    target: T,
    weight: f32,
}

/// No vocabulary stem.
pub(crate) const NONE: u32 = u32::MAX;

/// A word of the question prepared for matching: its stem as a vocabulary id, so that phrase
/// matching compares integers, not strings.
#[derive(Debug, Clone)]
pub(crate) struct MWord<'a> {
    /// The stem's vocabulary id, or [`NONE`].
    pub id: u32,
    /// The vocabulary stem this word is one typo away from, if it matched nothing exactly.
    pub typo: u32,
    /// The unstemmed folded word's vocabulary id (acronyms are kept unstemmed), or [`NONE`].
    pub literal: u32,
    /// Lower case, accents folded (for prefix phrases and numbers).
    pub folded: &'a str,
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
    /// Every exact stem of every phrase → its id.
    ids: FxHashMap<Box<str>, u32>,
    /// Entries whose first word is the stem with this id.
    starts: Vec<Vec<u32>>,
    by_prefix: FxHashMap<Box<str>, Vec<u32>>,
    /// A typo-eligible stem with one character deleted → the stem's id.
    deletions: FxHashMap<Box<str>, u32>,
    /// Whether the stem with this id is long enough for typo tolerance.
    typo_ok: Vec<bool>,
}

impl<T> Default for Lexicon<T> {
    fn default() -> Self {
        Self {
            entries: Vec::new(),
            ids: FxHashMap::default(),
            starts: Vec::new(),
            by_prefix: FxHashMap::default(),
            deletions: FxHashMap::default(),
            typo_ok: Vec::new(),
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

fn typo_eligible(stem: &str) -> bool {
    stem.chars().count() >= TYPO_MIN_CHARS && !stem.bytes().all(|b| b.is_ascii_digit())
}

impl<T> Lexicon<T> {
    fn intern(&mut self, stem: String) -> u32 {
        if let Some(&id) = self.ids.get(stem.as_str()) {
            return id;
        }
        let id = self.starts.len() as u32;
        let eligible = typo_eligible(&stem);
        if eligible {
            for d in deletions_of(&stem) {
                self.deletions.entry(d.into()).or_insert(id);
            }
        }
        self.ids.insert(stem.into(), id);
        self.starts.push(Vec::new());
        self.typo_ok.push(eligible);
        id
    }

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
                } else if w.acronym {
                    // "MILE" must not match "Milano" through the Italian stem "mil".
                    Pat::Exact(self.intern(w.folded))
                } else {
                    Pat::Exact(self.intern(stemmer.stem(&w.lower)))
                });
            }
        }
        let Some(first) = pats.first().cloned() else { return false };
        let idx = self.entries.len() as u32;
        match first {
            Pat::Exact(id) => self.starts[id as usize].push(idx),
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

    /// Prepares one word: its stem's id or, for a longer stem that is not in the vocabulary,
    /// the vocabulary stem one edit away (the user left a letter out, added one, or changed one).
    pub fn word<'a>(&self, stem: &str, folded: &'a str) -> MWord<'a> {
        let literal = if folded == stem { NONE } else { self.ids.get(folded).copied().unwrap_or(NONE) };
        if let Some(&id) = self.ids.get(stem) {
            return MWord { id, typo: NONE, literal, folded };
        }
        let mut typo = NONE;
        if stem.len() >= TYPO_MIN_CHARS - 1 && !stem.bytes().all(|b| b.is_ascii_digit()) {
            // Quick reject on byte length before counting characters.
            if stem.chars().count() >= TYPO_MIN_CHARS - 1 {
                typo = self.deletions.get(stem).copied().unwrap_or(NONE);
                let mut buf = String::with_capacity(stem.len());
                for (i, c) in stem.char_indices() {
                    if typo != NONE {
                        break;
                    }
                    buf.clear();
                    buf.push_str(&stem[..i]);
                    buf.push_str(&stem[i + c.len_utf8()..]);
                    typo = match self.ids.get(buf.as_str()) {
                        Some(&id) if self.typo_ok[id as usize] => id,
                        _ => self.deletions.get(buf.as_str()).copied().unwrap_or(NONE),
                    };
                }
            }
        }
        MWord { id: NONE, typo, literal, folded }
    }

    fn word_matches(p: &Pat, w: &MWord<'_>) -> bool {
        match p {
            Pat::Exact(id) => *id == w.id || *id == w.typo || *id == w.literal,
            Pat::Prefix(s) => w.folded.starts_with(&**s),
        }
    }

    /// Every phrase found in `words`.
    pub fn find(&self, words: &[MWord<'_>], hits: &mut Vec<Hit>) {
        let starting = |id: u32| self.starts.get(id as usize).into_iter().flatten();
        for (i, w) in words.iter().enumerate() {
            let prefix = self.by_prefix.get(key_of(w.folded)).into_iter().flatten();
            for &idx in starting(w.id).chain(starting(w.typo)).chain(starting(w.literal)).chain(prefix) {
                let e = &self.entries[idx as usize];
                let end = i + e.pats.len();
                if end <= words.len() && e.pats.iter().zip(&words[i..end]).all(|(p, w)| Self::word_matches(p, w)) {
                    hits.push(Hit { entry: idx, start: i, end });
                }
            }
        }
    }
}
