//! Call deadlines as an iCalendar file (RFC 5545) that Google Calendar, Apple Calendar, Outlook
//! and Thunderbird import.
//!
//! Pure: no I/O and no clock; the caller passes `now` (it becomes every event's `DTSTAMP`).
//!
//! Choices, all for the widest compatibility:
//! - Times are written in UTC (`…Z`), so no `VTIMEZONE` is needed. The deadline's local date,
//!   time and IANA zone head the description, since that is how the source states it.
//! - A deadline is an instant, but `DTEND` must be later than `DTSTART` (RFC 5545 §3.8.2.2) and
//!   Exchange refuses events with neither `DTEND` nor `DURATION`: events last one minute.
//! - `TRANSP:TRANSPARENT` keeps deadlines out of free/busy time; two display alarms, a week and
//!   a day before (apps that ignore imported alarms, like Google Calendar, use their own).
//! - Lines end in CRLF and are folded at 75 octets, never inside a UTF-8 character or a `\x`
//!   escape; TEXT values are escaped; text is UTF-8 as is (no bidi marks: apps lay out RTL).

use chrono::{DateTime, Duration, Utc};

use crate::knowledge::{Call, Kind, KnowledgeBase};

/// The calendar's product identifier.
pub const PRODID: &str = "-//fundbot//deadlines//EN";

/// The calendar name [`ics`] gives (`X-WR-CALNAME`).
pub const CALENDAR_NAME: &str = "fundbot: EU funding deadlines";

/// Longest content line in octets, without its CRLF (RFC 5545 §3.1).
const MAX_LINE: usize = 75;

/// Alarms before each deadline, as `TRIGGER` durations.
const ALARMS: [&str; 2] = ["-P7D", "-P1D"];

/// One deadline in a calendar.
#[derive(Debug, Clone, PartialEq)]
pub struct Deadline<'a> {
    /// The call; its id makes the `UID`, its deadline the event's time.
    pub call: &'a Call,
    /// The event title (`SUMMARY`), as is.
    pub title: String,
    /// The event text (`DESCRIPTION`), after a first line with the local deadline and zone.
    pub description: String,
    /// Where to read more (`URL`).
    pub url: Option<String>,
}

/// The deadlines of `calls` in `lang`: translated title, summary, submission note and source
/// titles where the knowledge base has them, English otherwise. Calls without a deadline are
/// left out. Titles carry no "Deadline:" word, so that callers can add one in `lang`.
///
/// The knowledge base records no web addresses, so `url` is `None`.
#[must_use]
pub fn deadlines<'a>(kb: &'a KnowledgeBase, calls: &[&'a Call], lang: &str) -> Vec<Deadline<'a>> {
    calls
        .iter()
        .filter(|c| c.deadline_at().is_some())
        .map(|&call| {
            let tr = kb.tr(lang, Kind::Call, &call.id);
            let title = tr.and_then(|t| t.title.clone()).unwrap_or_else(|| call.title.clone());
            let summary = tr.and_then(|t| t.summary.as_deref()).unwrap_or(&call.summary);
            let submission = tr.and_then(|t| t.submission.as_deref()).unwrap_or(&call.submission);
            let mut parts: Vec<&str> = vec![summary, submission];
            let sources: Vec<&str> = call
                .sources
                .iter()
                .filter_map(|id| {
                    let tr = kb.tr(lang, Kind::Source, id).and_then(|t| t.title.as_deref());
                    tr.or_else(|| kb.source(id).map(|s| s.title.as_str()))
                })
                .collect();
            parts.extend(sources);
            parts.retain(|p| !p.trim().is_empty());
            Deadline { call, title, description: parts.join("\n\n"), url: None }
        })
        .collect()
}

/// A VCALENDAR named [`CALENDAR_NAME`] with one VEVENT per deadline; calls without a deadline
/// are skipped. `now` is the `DTSTAMP`.
#[must_use]
pub fn ics(deadlines: &[Deadline<'_>], now: DateTime<Utc>) -> String {
    ics_named(CALENDAR_NAME, deadlines, now)
}

/// [`ics`] with another calendar name, e.g. one in the user's language.
#[must_use]
pub fn ics_named(name: &str, deadlines: &[Deadline<'_>], now: DateTime<Utc>) -> String {
    let mut out = String::new();
    let mut line = |l: &str| fold_into(&mut out, l);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line(&format!("PRODID:{PRODID}"));
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line(&format!("X-WR-CALNAME:{}", escape_text(name)));
    let stamp = utc(now);
    for d in deadlines {
        let Some(at) = d.call.deadline_at() else { continue };
        let start = at.with_timezone(&Utc);
        let local = format!("{} {}", at.format("%Y-%m-%d %H:%M"), d.call.timezone.as_deref().unwrap_or_default());
        let description = if d.description.trim().is_empty() { local } else { format!("{local}\n\n{}", d.description) };
        let summary = escape_text(&d.title);
        line("BEGIN:VEVENT");
        line(&format!("UID:{}", escape_text(&format!("{}@fundbot", d.call.id))));
        line(&format!("DTSTAMP:{stamp}"));
        line(&format!("DTSTART:{}", utc(start)));
        line(&format!("DTEND:{}", utc(start + Duration::minutes(1))));
        line(&format!("SUMMARY:{summary}"));
        line(&format!("DESCRIPTION:{}", escape_text(&description)));
        if let Some(url) = d.url.as_deref().map(clean_uri).filter(|u| !u.is_empty()) {
            line(&format!("URL:{url}"));
        }
        line("TRANSP:TRANSPARENT");
        for trigger in ALARMS {
            line("BEGIN:VALARM");
            line("ACTION:DISPLAY");
            line(&format!("DESCRIPTION:{summary}"));
            line(&format!("TRIGGER:{trigger}"));
            line("END:VALARM");
        }
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

/// `YYYYMMDDTHHMMSSZ`.
fn utc(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma, and line breaks (CRLF,
/// CR or LF) as `\n`. Other control characters, which TEXT may not hold, are dropped; tabs stay.
pub(crate) fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A URI value: no escaping applies, but whitespace and control characters cannot appear.
fn clean_uri(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace() && !c.is_control()).collect()
}

/// Appends `line` folded (RFC 5545 §3.1): physical lines of at most 75 octets before their CRLF,
/// continuations starting with one space. A fold never splits a UTF-8 character nor a
/// backslash from the character it escapes.
pub(crate) fn fold_into(out: &mut String, line: &str) {
    let mut len = 0;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        let mut unit = String::from(c);
        if c == '\\' {
            if let Some(next) = chars.next() {
                unit.push(next);
            }
        }
        if len + unit.len() > MAX_LINE {
            out.push_str("\r\n ");
            len = 1;
        }
        out.push_str(&unit);
        len += unit.len();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold(line: &str) -> String {
        let mut out = String::new();
        fold_into(&mut out, line);
        out
    }

    #[test]
    fn short_line_is_not_folded() {
        assert_eq!(fold("VERSION:2.0"), "VERSION:2.0\r\n");
        let exact = "X".repeat(75);
        assert_eq!(fold(&exact), format!("{exact}\r\n"));
    }

    #[test]
    fn long_ascii_line_folds_at_75_octets() {
        let line = "A".repeat(75 + 74 + 10);
        assert_eq!(fold(&line), format!("{}\r\n {}\r\n {}\r\n", "A".repeat(75), "A".repeat(74), "A".repeat(10)));
    }

    #[test]
    fn fold_does_not_split_a_multibyte_character() {
        // 74 ASCII octets, then "ع" (2 octets) would end at octet 76: it moves to the next line.
        let line = format!("{}ع{}", "S".repeat(74), "€".repeat(30));
        let folded = fold(&line);
        let lines: Vec<&str> = folded.split("\r\n").collect();
        assert_eq!(lines[0], "S".repeat(74));
        assert!(lines[1].starts_with(" ع€"), "{:?}", lines[1]);
        // " ع" is 3 octets, then 3-octet "€"s: 3 + 3 * 24 = 75, the remaining 6 go on line 3.
        assert_eq!(lines[1], format!(" ع{}", "€".repeat(24)));
        assert_eq!(lines[2], format!(" {}", "€".repeat(6)));
        assert_eq!(lines[3], "");
        for l in folded.split_terminator("\r\n") {
            assert!(l.len() <= MAX_LINE, "{} octets: {l:?}", l.len());
        }
        // Unfolding gives the line back.
        assert_eq!(folded.trim_end_matches("\r\n").replace("\r\n ", ""), line);
    }

    #[test]
    fn fold_keeps_four_octet_characters_whole() {
        let line = format!("S{}", "😀".repeat(40));
        let folded = fold(&line);
        for l in folded.split_terminator("\r\n") {
            assert!(l.len() <= MAX_LINE);
            assert!(l.trim_start_matches(' ').trim_start_matches('S').chars().all(|c| c == '😀'));
        }
        // 1 + 4 * 18 = 73 octets; a 19th emoji would make 77.
        assert_eq!(folded.split("\r\n").next(), Some(format!("S{}", "😀".repeat(18)).as_str()));
    }

    #[test]
    fn fold_keeps_escapes_whole() {
        let line = format!("{}\\n{}", "D".repeat(74), "x");
        assert_eq!(fold(&line), format!("{}\r\n \\nx\r\n", "D".repeat(74)));
    }

    #[test]
    fn text_escaping() {
        assert_eq!(escape_text("a,b;c\\d\ne\r\nf\rg\th\u{7}i"), "a\\,b\\;c\\\\d\\ne\\nf\\ng\thi");
        assert_eq!(escape_text("دعوة AMIF"), "دعوة AMIF");
    }

    #[test]
    fn uri_loses_whitespace_and_controls() {
        assert_eq!(clean_uri(" https://example.org/a\r\nb "), "https://example.org/ab");
    }
}
