//! Keyword-file regex patterns, rewritten so that they run on the fast engines.
//!
//! Translators write patterns with `\b` (`\bwhen\b.*\bclose`). The regex crate's Unicode `\b`
//! cannot run on its DFAs once the text has a non-ASCII letter, so Arabic, Greek or accented
//! questions fell back to the slow engines and patterns took a third of classification time.
//! Questions are already split into words, so the text patterns run on is laid out instead as
//! ` w1  w2  w3 `: every word with a space on each side. A word boundary is then always a space
//! next to a word, and the pattern is rewritten to match that layout:
//!
//! - `\b` becomes one space (dropped next to a space, `^` or `$`, which already imply it);
//! - a literal space (one word gap) becomes two spaces;
//! - `^` becomes `^ ?` and `$` becomes ` ?$` (the outer spaces).
//!
//! The rewritten pattern has no look-around assertion left, so a whole language's patterns run
//! as one `RegexSet` on the lazy DFA in one pass, whatever the script.

use regex_syntax::ast::{self, Ast};

use crate::text::Normalized;

/// The text patterns run on: each folded word with a space on both sides.
#[must_use]
pub fn layout(norm: &Normalized) -> String {
    let mut s = String::with_capacity(norm.words.iter().map(|w| w.folded.len() + 2).sum());
    for w in &norm.words {
        s.push(' ');
        s.push_str(&w.folded);
        s.push(' ');
    }
    s
}

/// Rewrites one pattern for [`layout`]ed text.
///
/// # Errors
/// The parser's message when the pattern is not a valid regex.
pub fn rewrite(pattern: &str) -> Result<String, String> {
    // Questions have final sigma folded to σ (see `text`); a pattern written with ς must match.
    let pattern = &pattern.replace('ς', "σ");
    let ast = ast::parse::Parser::new().parse(pattern).map_err(|e| e.to_string())?;
    let mut edits: Vec<(usize, usize, &'static str)> = Vec::new();
    collect(&ast, &mut edits);
    edits.sort_by_key(|e| std::cmp::Reverse(e.0));
    let mut out = pattern.to_string();
    for (start, end, with) in edits {
        out.replace_range(start..end, with);
    }
    Ok(out)
}

fn is_space(a: &Ast) -> bool {
    matches!(a, Ast::Literal(l) if l.c == ' ')
}

fn is_anchor(a: &Ast) -> bool {
    matches!(a, Ast::Assertion(x) if matches!(x.kind,
        ast::AssertionKind::StartLine | ast::AssertionKind::StartText
        | ast::AssertionKind::EndLine | ast::AssertionKind::EndText))
}

fn span(a: &Ast) -> (usize, usize) {
    let s = a.span();
    (s.start.offset, s.end.offset)
}

fn collect(a: &Ast, edits: &mut Vec<(usize, usize, &'static str)>) {
    match a {
        Ast::Concat(c) => {
            for (i, item) in c.asts.iter().enumerate() {
                if let Ast::Assertion(x) = item {
                    if x.kind == ast::AssertionKind::WordBoundary {
                        let before = i.checked_sub(1).and_then(|j| c.asts.get(j));
                        let after = c.asts.get(i + 1);
                        let implied = [before, after].into_iter().flatten().any(|n| is_space(n) || is_anchor(n));
                        let (s, e) = span(item);
                        edits.push((s, e, if implied { "" } else { " " }));
                        continue;
                    }
                }
                collect(item, edits);
            }
        }
        Ast::Assertion(x) => {
            let (s, e) = span(a);
            match x.kind {
                ast::AssertionKind::WordBoundary => edits.push((s, e, " ")),
                ast::AssertionKind::StartLine | ast::AssertionKind::StartText => edits.push((s, e, "^ ?")),
                ast::AssertionKind::EndLine | ast::AssertionKind::EndText => edits.push((s, e, " ?$")),
                _ => {}
            }
        }
        Ast::Literal(l) if l.c == ' ' => {
            let (s, e) = span(a);
            edits.push((s, e, "(?:  )"));
        }
        Ast::Repetition(r) => collect(&r.ast, edits),
        Ast::Group(g) => collect(&g.ast, edits),
        Ast::Alternation(alt) => {
            for x in &alt.asts {
                collect(x, edits);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize;

    fn matches(pattern: &str, text: &str) -> bool {
        let re = regex::Regex::new(&rewrite(pattern).expect("pattern")).expect("regex");
        re.is_match(&layout(&normalize(text)))
    }

    #[test]
    fn word_boundaries_hold_in_any_script() {
        assert!(matches(r"\bwhen\b.*\bclose", "When does it close?"));
        assert!(!matches(r"\bwhen\b", "whenever"));
        assert!(!matches(r"\bclose\b", "closed"));
        assert!(matches(r"\bclose", "closed"));
        assert!(matches(r"\b(متي|امتي)\b.*\b(ينتهي|موعد)", "متى ينتهي الموعد؟"));
        assert!(!matches(r"\bمتي\b", "متىينتهي"));
        assert!(matches(r"\bπωσ (μπορ\w+ )?(να )?(υποβαλ|στειλ)", "Πώς μπορούμε να υποβάλουμε;"));
        assert!(matches(r"\bπως\b", "Πώς να κάνω αίτηση;"), "a final sigma in a pattern");
    }

    #[test]
    fn spaces_anchors_and_optional_groups_keep_their_meaning() {
        assert!(matches(r"^(help|aide)$", "help"));
        assert!(!matches(r"^(help|aide)$", "help me"));
        assert!(matches(r"^buenas( [^p]|$)", "buenas tardes"));
        assert!(matches(r"^buenas( [^p]|$)", "buenas"));
        assert!(!matches(r"^buenas( [^p]|$)", "buenas practicas"));
        assert!(matches(r"\b(ne|neye) (icin)? ?(kullan|harca)", "ne icin kullan"));
        assert!(matches(r"\b(ne|neye) (icin)? ?(kullan|harca)", "neye harcayabiliriz"));
        assert!(matches(r"\bprojekt\w* (\w+ ){0,3}(sfinansowan)", "projekty ktore zostaly sfinansowane"));
        assert!(matches(r"\bco (ty )?(mozesz)\b", "co mozesz"));
        assert!(matches(r"\bkto (moze|ma prawo)\b", "kto ma prawo"));
        assert!(!matches(r"\bkto (moze|ma prawo)\b", "kto ma prawozdanie"));
    }

    #[test]
    fn bad_patterns_are_reported() {
        assert!(rewrite(r"(unclosed").is_err());
    }
}
