//! Text normalisation shared by questions and by keyword files, so that both sides of every
//! comparison went through the same steps: Unicode NFKC, removal of zero-width and bidi
//! controls, lower case, Arabic/Persian letter unification, digits to ASCII, and word splitting.
//! Accent folding and stemming happen per word afterwards (see [`fold`]).

use unicode_normalization::char::{decompose_canonical, is_combining_mark};
use unicode_normalization::UnicodeNormalization;

/// Classification looks at no more than this many bytes of a question: enough for any real
/// question, and it bounds the work a 100 KB paste can cause.
pub const MAX_CLASSIFY_BYTES: usize = 4096;

/// Which writing system dominates a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Script {
    /// Latin letters.
    Latin,
    /// Cyrillic letters.
    Cyrillic,
    /// Greek letters.
    Greek,
    /// Arabic script (Arabic, Persian).
    Arabic,
    /// Anything else (CJK, Devanagari, Hebrew...): no supported language uses it.
    Other,
    /// No letters at all.
    None,
}

/// One word of a question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Lower case, accents kept: what detection and stemmers see.
    pub lower: String,
    /// Lower case, accents folded: what prefix keywords and patterns match.
    pub folded: String,
    /// Written in capitals (two letters or more): an acronym such as "EIN" or "MILE", which is
    /// a name, not the German "ein" or the stem of "Milano".
    pub acronym: bool,
}

/// A question after normalisation.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    /// The words, in order.
    pub words: Vec<Word>,
    /// Letters per script: Latin, Cyrillic, Greek, Arabic, other.
    pub script_counts: [u32; 5],
}

impl Normalized {
    /// The dominant script.
    #[must_use]
    pub fn script(&self) -> Script {
        let (i, &n) = self.script_counts.iter().enumerate().max_by_key(|(_, n)| **n).unwrap_or((0, &0));
        if n == 0 {
            return Script::None;
        }
        [Script::Latin, Script::Cyrillic, Script::Greek, Script::Arabic, Script::Other][i]
    }
}

/// Characters dropped outright: zero-width, bidi controls, tatweel, Arabic harakat.
fn is_dropped(c: char) -> bool {
    matches!(c,
        '\u{200B}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
        | '\u{200E}' | '\u{200F}' | '\u{061C}'
        | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        | '\u{0640}'
        | '\u{064B}'..='\u{065F}' | '\u{0670}')
}

/// Unifies letters that users type interchangeably in Arabic script, and maps Arabic-Indic and
/// Persian digits to ASCII.
fn unify(c: char) -> char {
    match c {
        'ی' | 'ى' => 'ي',
        'ک' => 'ك',
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ة' | 'ۀ' => 'ه',
        '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
        '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
        'ς' => 'σ',
        'ı' => 'i',
        _ => c,
    }
}

fn script_index(c: char) -> usize {
    match c {
        'a'..='z' | 'A'..='Z' | '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' => 0,
        '\u{0400}'..='\u{052F}' => 1,
        '\u{0370}'..='\u{03FF}' | '\u{1F00}'..='\u{1FFF}' => 2,
        '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' => 3,
        _ => 4,
    }
}

/// Splits a text into normalised words. `+` stays attached to a word it ends ("ESF+"); every
/// other non-alphanumeric character separates words.
#[must_use]
pub fn normalize(input: &str) -> Normalized {
    let input = truncate(input, MAX_CLASSIFY_BYTES);
    let mut out = Normalized::default();
    let mut cur = String::new();
    // Letters and capitals in the current word.
    let mut letters = 0u32;
    let mut capitals = 0u32;
    let flush = |cur: &mut String, out: &mut Normalized, letters: &mut u32, capitals: &mut u32| {
        if !cur.is_empty() {
            let folded = fold(cur);
            let acronym = *letters >= 2 && *capitals == *letters;
            out.words.push(Word { lower: std::mem::take(cur), folded, acronym });
        }
        *letters = 0;
        *capitals = 0;
    };
    // NFKC is the slow part of normalisation; most chat text is already in NFKC form.
    let composed: std::borrow::Cow<'_, str> = if input.is_ascii()
        || unicode_normalization::is_nfkc_quick(input.chars()) == unicode_normalization::IsNormalized::Yes
    {
        std::borrow::Cow::Borrowed(input)
    } else {
        std::borrow::Cow::Owned(input.nfkc().collect())
    };
    for c in composed.chars() {
        if is_dropped(c) {
            continue;
        }
        let c = unify(c);
        if c.is_alphanumeric() || is_combining_mark(c) {
            if c.is_alphabetic() {
                out.script_counts[script_index(c)] += 1;
                letters += 1;
            }
            if c.is_uppercase() {
                capitals += 1;
                for l in c.to_lowercase() {
                    cur.push(unify(l));
                }
            } else {
                cur.push(c);
            }
        } else if c == '+' && !cur.is_empty() {
            cur.push('+');
            flush(&mut cur, &mut out, &mut letters, &mut capitals);
        } else {
            flush(&mut cur, &mut out, &mut letters, &mut capitals);
        }
    }
    flush(&mut cur, &mut out, &mut letters, &mut capitals);
    out
}

/// The longest prefix of `s` of at most `max` bytes that ends on a character boundary.
#[must_use]
pub fn truncate(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Removes accents and other marks from a lower-case word: "échéance" → "echeance",
/// "ά" → "α", "ş" → "s". A few letters that do not decompose are mapped by hand.
#[must_use]
pub fn fold(word: &str) -> String {
    if word.is_ascii() {
        return word.to_string();
    }
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if c.is_ascii() {
            out.push(c);
            continue;
        }
        match c {
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'ł' => out.push('l'),
            'đ' => out.push('d'),
            'ø' => out.push('o'),
            'ı' => out.push('i'),
            _ => decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    out.push(d);
                }
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(s: &str) -> Vec<String> {
        normalize(s).words.into_iter().map(|w| w.folded).collect()
    }

    #[test]
    fn folds_accents_case_and_controls() {
        assert_eq!(folded("Échéance\u{200B} de l'AMIF?"), ["echeance", "de", "l", "amif"]);
        assert_eq!(folded("ESF+ и FSE+"), ["esf+", "и", "fse+"]);
        assert_eq!(folded("Ταμείο Ασύλου"), ["ταμειο", "ασυλου"]);
        assert_eq!(folded("BAŞVURU İÇİN"), ["basvuru", "icin"]);
    }

    #[test]
    fn unifies_arabic_and_persian_letters() {
        // Persian yeh/kaf and Arabic yeh/kaf, tatweel and harakat, digits.
        assert_eq!(folded("کی"), folded("كي"));
        assert_eq!(folded("مـــهاجر"), folded("مهاجر"));
        assert_eq!(folded("۱۰ ١٠"), ["10", "10"]);
        // Zero-width non-joiner separates words.
        assert_eq!(folded("فراخوان\u{200C}ها"), ["فراخوان", "ها"]);
    }

    #[test]
    fn script_of_mixed_text() {
        assert_eq!(normalize("Що таке AMIF").script(), Script::Cyrillic);
        assert_eq!(normalize("12 34 !!").script(), Script::None);
        assert_eq!(normalize("现在有哪些资助 AMIF").script(), Script::Other);
    }

    #[test]
    fn huge_input_is_bounded() {
        let s = "é".repeat(100_000);
        let n = normalize(&s);
        assert!(n.words[0].lower.len() <= MAX_CLASSIFY_BYTES);
    }
}
