//! The deadlines calendar: what `fundbot::calendar` writes is read back with an independent
//! iCalendar parser (the `icalendar` crate), and the raw text is checked for what parsers
//! forgive: CRLF line ends, 75-octet lines, escapes.

use std::str::FromStr;

use chrono::{DateTime, Duration, TimeZone, Utc};
use fundbot::calendar::{self, Deadline};
use fundbot::knowledge::{self, Call, KnowledgeBase};
use icalendar::parser::{read_calendar, unfold};
use icalendar::{CalendarDateTime, Component as _, DatePerhapsTime};

const AMIF: &str = "amif-2020-local-integration";
const EPIM: &str = "epim-inclusive-societies";

fn kb() -> KnowledgeBase {
    knowledge::load_embedded().expect("embedded knowledge loads").0
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 5, 4, 9, 30, 15).unwrap()
}

/// A component of the parsed file, owned, with property values as the parser gives them
/// (TEXT values unescaped).
#[derive(Debug)]
struct Comp {
    name: String,
    props: Vec<(String, String)>,
    subs: Vec<Comp>,
}

impl Comp {
    fn from_parsed(c: &icalendar::parser::Component<'_>) -> Self {
        Comp {
            name: c.name.as_str().to_string(),
            props: c.properties.iter().map(|p| (p.name.as_str().to_string(), p.val.as_str().to_string())).collect(),
            subs: c.components.iter().map(Comp::from_parsed).collect(),
        }
    }

    /// The values of every property called `name`.
    fn all(&self, name: &str) -> Vec<&str> {
        self.props.iter().filter(|(n, _)| n == name).map(|(_, v)| v.as_str()).collect()
    }

    /// The value of the one property called `name`.
    fn one(&self, name: &str) -> &str {
        let v = self.all(name);
        assert_eq!(v.len(), 1, "{name} once in {}: {:?}", self.name, self.props);
        v[0]
    }

    fn subs(&self, name: &str) -> Vec<&Comp> {
        self.subs.iter().filter(|c| c.name == name).collect()
    }
}

/// Parses `ics` with the icalendar parser: the VCALENDAR component, after checking that it
/// is the only root.
fn parse(ics: &str) -> Comp {
    let unfolded = unfold(ics);
    let cal = read_calendar(&unfolded).unwrap_or_else(|e| panic!("parse error: {e}\n{ics}"));
    assert!(cal.components.iter().all(|c| c.name.as_str() != "VCALENDAR"), "one VCALENDAR only");
    Comp {
        name: "VCALENDAR".into(),
        props: cal.properties.iter().map(|p| (p.name.as_str().to_string(), p.val.as_str().to_string())).collect(),
        subs: cal.components.iter().map(Comp::from_parsed).collect(),
    }
}

/// The physical-line rules that lenient parsers do not enforce.
fn assert_lines(ics: &str) {
    assert!(ics.ends_with("\r\n"), "ends with CRLF");
    let body = &ics[..ics.len() - 2];
    for (i, line) in body.split("\r\n").enumerate() {
        assert!(!line.contains('\n') && !line.contains('\r'), "line {i} has a bare CR or LF: {line:?}");
        assert!(line.len() <= 75, "line {i} is {} octets: {line:?}", line.len());
        assert!(!line.is_empty(), "line {i} is empty");
        if i == 0 {
            assert_eq!(line, "BEGIN:VCALENDAR");
        }
        if let Some(rest) = line.strip_prefix(' ') {
            assert!(!rest.is_empty(), "line {i}: empty continuation");
        }
    }
    assert!(body.ends_with("END:VCALENDAR"), "last line is END:VCALENDAR");
}

fn deadline_utc(c: &Call) -> DateTime<Utc> {
    c.deadline_at().expect("call has a deadline").with_timezone(&Utc)
}

fn call(id: &str, title: &str, summary: &str, deadline: Option<(&str, &str)>) -> Call {
    Call {
        id: id.into(),
        fund: "amif".into(),
        title: title.into(),
        aliases: vec![],
        summary: summary.into(),
        deadline: deadline.map(|d| d.0.to_string()),
        timezone: deadline.map(|d| d.1.to_string()),
        area: String::new(),
        activities: vec![],
        activities_note: None,
        partners: vec![],
        target_groups: vec![],
        eligibility: String::new(),
        transnational: None,
        submission: String::new(),
        sources: vec![],
    }
}

fn deadline<'a>(c: &'a Call, title: &str, description: &str, url: Option<&str>) -> Deadline<'a> {
    Deadline { call: c, title: title.into(), description: description.into(), url: url.map(str::to_string) }
}

#[test]
fn embedded_calls_with_a_deadline_become_one_event_each() {
    let kb = kb();
    let calls: Vec<&Call> = kb.calls.iter().collect();
    let with_deadline: Vec<&Call> = kb.calls.iter().filter(|c| c.deadline_at().is_some()).collect();
    assert!(!with_deadline.is_empty() && with_deadline.len() < calls.len(), "the knowledge has calls with and without");

    let ds = calendar::deadlines(&kb, &calls, "en");
    assert_eq!(ds.len(), with_deadline.len());
    let ics = calendar::ics(&ds, now());
    assert_lines(&ics);
    let cal = parse(&ics);
    let events = cal.subs("VEVENT");
    assert_eq!(events.len(), with_deadline.len());

    // Through the crate's typed model too: UID, SUMMARY, DTSTART, DTSTAMP.
    let typed = icalendar::Calendar::from_str(&ics).expect("typed parse");
    let typed: Vec<_> = typed.events().collect();
    assert_eq!(typed.len(), with_deadline.len());
    for c in &with_deadline {
        let uid = format!("{}@fundbot", c.id);
        let e = typed.iter().find(|e| e.get_uid() == Some(uid.as_str())).unwrap_or_else(|| panic!("no event {uid}"));
        assert_eq!(e.get_summary(), Some(c.title.as_str()));
        assert_eq!(e.get_start(), Some(DatePerhapsTime::DateTime(CalendarDateTime::Utc(deadline_utc(c)))));
        assert_eq!(
            e.get_end(),
            Some(DatePerhapsTime::DateTime(CalendarDateTime::Utc(deadline_utc(c) + Duration::minutes(1))))
        );
        assert_eq!(e.get_timestamp(), Some(now()));
        let description = e.get_description().expect("description");
        assert!(description.contains(&c.summary), "{description}");
    }
}

#[test]
fn amif_deadline_is_16_february_2021_16_00_utc() {
    let kb = kb();
    let amif = kb.call(AMIF).expect("AMIF call");
    let ics = calendar::ics(&calendar::deadlines(&kb, &[amif], "en"), now());
    let cal = parse(&ics);
    let events = cal.subs("VEVENT");
    assert_eq!(events.len(), 1);
    let e = events[0];
    assert_eq!(e.one("UID"), "amif-2020-local-integration@fundbot");
    assert_eq!(e.one("DTSTART"), "20210216T160000Z");
    assert_eq!(e.one("DTEND"), "20210216T160100Z");
    assert_eq!(e.one("DTSTAMP"), "20260504T093015Z");
    assert_eq!(e.one("SUMMARY"), "AMIF call for local integration strategies through multi-stakeholder partnerships");
    assert_eq!(e.one("TRANSP"), "TRANSPARENT");
    assert!(e.all("URL").is_empty(), "the knowledge has no web addresses");
    let description = e.one("DESCRIPTION");
    assert!(
        description.starts_with("2021-02-16 17:00 Europe/Brussels\n\nFunds projects that develop"),
        "{description}"
    );
    // The submission note and the source's title follow the summary.
    assert!(description.contains("\n\nProposals are submitted on the European Commission's website"), "{description}");
    assert!(
        description.ends_with(
            "\n\nAMIF call for proposals: local integration strategies through multi-stakeholder partnerships"
        ),
        "{description}"
    );

    let alarms = e.subs("VALARM");
    let triggers: Vec<&str> = alarms.iter().map(|a| a.one("TRIGGER")).collect();
    assert_eq!(triggers, ["-P7D", "-P1D"]);
    for a in alarms {
        assert_eq!(a.one("ACTION"), "DISPLAY");
        assert_eq!(a.one("DESCRIPTION"), e.one("SUMMARY"));
    }
}

#[test]
fn calendar_properties() {
    let kb = kb();
    let calls: Vec<&Call> = kb.calls.iter().collect();
    let ics = calendar::ics(&calendar::deadlines(&kb, &calls, "en"), now());
    let cal = parse(&ics);
    assert_eq!(cal.one("VERSION"), "2.0");
    assert_eq!(cal.one("PRODID"), "-//fundbot//deadlines//EN");
    assert_eq!(cal.one("CALSCALE"), "GREGORIAN");
    assert_eq!(cal.one("METHOD"), "PUBLISH");
    assert_eq!(cal.one("X-WR-CALNAME"), calendar::CALENDAR_NAME);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//fundbot//deadlines//EN\r\n"), "{ics}");
    // No VTIMEZONE: every time is UTC.
    assert!(cal.subs("VTIMEZONE").is_empty());
    for line in unfold(&ics).split("\r\n").filter(|l| l.starts_with("DT")) {
        assert!(line.ends_with('Z'), "{line}");
    }
}

#[test]
fn call_without_a_deadline_yields_no_event() {
    let kb = kb();
    let epim = kb.call(EPIM).expect("EPIM call");
    assert!(epim.deadline.is_none());
    assert!(calendar::deadlines(&kb, &[epim], "en").is_empty());
    // Handed to `ics` directly, it is skipped too; the call next to it is kept.
    let amif = kb.call(AMIF).expect("AMIF call");
    let ds = [deadline(epim, "EPIM", "no date", None), deadline(amif, "AMIF", "", None)];
    let ics = calendar::ics(&ds, now());
    assert_lines(&ics);
    let cal = parse(&ics);
    let events = cal.subs("VEVENT");
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].one("UID"), "amif-2020-local-integration@fundbot");
    // An empty description leaves the local deadline alone.
    assert_eq!(events[0].one("DESCRIPTION"), "2021-02-16 17:00 Europe/Brussels");
    assert!(!ics.contains("epim"), "{ics}");
}

#[test]
fn empty_list_still_gives_a_valid_calendar() {
    let ics = calendar::ics(&[], now());
    assert_eq!(
        ics,
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//fundbot//deadlines//EN\r\nCALSCALE:GREGORIAN\r\n\
         METHOD:PUBLISH\r\nX-WR-CALNAME:fundbot: EU funding deadlines\r\nEND:VCALENDAR\r\n"
    );
    assert_lines(&ics);
    let cal = parse(&ics);
    assert!(cal.subs.is_empty());
    assert_eq!(icalendar::Calendar::from_str(&ics).expect("typed parse").events().count(), 0);
}

#[test]
fn awkward_text_is_escaped_folded_and_read_back_intact() {
    let title = "Call, with; odd \\ chars\nand a second line, and \\n that is not a newline";
    let arabic: String =
        "تموّل هذه الدعوة مشاريع الإدماج المحلي للمهاجرين، بالشراكة مع السلطات المحلية والمجتمع المدني؛ "
            .chars()
            .cycle()
            .take(200)
            .collect();
    assert_eq!(arabic.chars().count(), 200);
    let summary = format!("{arabic}\r\nSecond line; with a tab\there.");
    let c = call("test-awkward", title, &summary, Some(("2025-07-01T12:00", "Europe/Brussels")));
    let url = "https://example.org/calls?id=1;x=2,3";
    let ics = calendar::ics(&[deadline(&c, title, &summary, Some(url))], now());
    assert_lines(&ics);

    // The raw text has the escapes, and long lines were folded.
    assert!(ics.contains("SUMMARY:Call\\, with\\; odd \\\\ chars\\nand a second line\\, and \\\\n that"), "{ics}");
    assert!(ics.lines().filter(|l| l.starts_with(' ')).count() >= 5, "{ics}");

    let cal = parse(&ics);
    let events = cal.subs("VEVENT");
    assert_eq!(events.len(), 1);
    let e = events[0];
    assert_eq!(e.one("UID"), "test-awkward@fundbot");
    assert_eq!(e.one("SUMMARY"), title);
    // CRLF in the text comes back as a newline; the tab stays.
    let expected = format!("2025-07-01 12:00 Europe/Brussels\n\n{arabic}\nSecond line; with a tab\there.");
    assert_eq!(e.one("DESCRIPTION"), expected);
    assert_eq!(e.one("URL"), url);
    // Summer time: 12:00 in Brussels is 10:00 UTC.
    assert_eq!(e.one("DTSTART"), "20250701T100000Z");
    for a in e.subs("VALARM") {
        assert_eq!(a.one("DESCRIPTION"), title);
    }
}

#[test]
fn deadlines_in_every_language_keep_their_script() {
    let kb = kb();
    let calls: Vec<&Call> = kb.calls.iter().collect();
    assert!(kb.translations.len() >= 14, "{:?}", kb.translations.keys());
    let en_uids = {
        let ics = calendar::ics(&calendar::deadlines(&kb, &calls, "en"), now());
        parse(&ics).subs("VEVENT").iter().map(|e| e.one("UID").to_string()).collect::<Vec<_>>()
    };
    for (lang, tr) in &kb.translations {
        let ds = calendar::deadlines(&kb, &calls, lang);
        let ics = calendar::ics(&ds, now());
        assert_lines(&ics);
        let cal = parse(&ics);
        let events = cal.subs("VEVENT");
        let uids: Vec<String> = events.iter().map(|e| e.one("UID").to_string()).collect();
        assert_eq!(uids, en_uids, "{lang}: the same events, whatever the language");
        let amif = events.iter().find(|e| e.one("UID") == "amif-2020-local-integration@fundbot").expect("AMIF");
        let want = tr.call.get(AMIF).expect("AMIF translated");
        assert_eq!(Some(amif.one("SUMMARY")), want.title.as_deref(), "{lang}");
        let summary = want.summary.as_deref().expect("summary translated");
        assert!(amif.one("DESCRIPTION").contains(summary), "{lang}: {}", amif.one("DESCRIPTION"));
    }
    // A few scripts by name, against the file text rather than the loader.
    let ar = calendar::ics(&calendar::deadlines(&kb, &calls, "ar"), now());
    assert_eq!(
        parse(&ar).subs("VEVENT")[0].one("SUMMARY"),
        "دعوة AMIF الخاصة باستراتيجيات الإدماج المحلية من خلال شراكات متعددة أصحاب المصلحة"
    );
    for lang in ["fa", "el", "uk"] {
        let ics = calendar::ics(&calendar::deadlines(&kb, &calls, lang), now());
        let summary = parse(&ics).subs("VEVENT")[0].one("SUMMARY").to_string();
        assert!(summary.chars().any(|c| !c.is_ascii() && c.is_alphabetic()), "{lang}: {summary}");
    }
    // An unknown language falls back to English.
    let xx = calendar::ics(&calendar::deadlines(&kb, &calls, "xx"), now());
    assert_eq!(parse(&xx).subs("VEVENT")[0].one("SUMMARY"), kb.call(AMIF).expect("AMIF").title);
}

#[test]
fn deadline_instants_in_other_zones() {
    let cases = [
        ("2025-01-15T23:59", "America/New_York", "20250116T045900Z"),
        ("2025-03-30T12:00", "Europe/Athens", "20250330T090000Z"),
        ("2025-10-01T00:00", "Asia/Tehran", "20250930T203000Z"),
    ];
    for (local, zone, want) in cases {
        let c = call("zone", "Zone", "", Some((local, zone)));
        let ics = calendar::ics(&[deadline(&c, "Zone", "", None)], now());
        let cal = parse(&ics);
        let e = cal.subs("VEVENT")[0];
        assert_eq!(e.one("DTSTART"), want, "{local} {zone}");
        assert_eq!(format!("{}Z", deadline_utc(&c).format("%Y%m%dT%H%M%S")), want);
        let (date, time) = local.split_once('T').expect("T");
        assert_eq!(e.one("DESCRIPTION"), format!("{date} {time} {zone}"));
    }
}

#[test]
fn output_is_stable() {
    let kb = kb();
    let calls: Vec<&Call> = kb.calls.iter().collect();
    let a = calendar::ics(&calendar::deadlines(&kb, &calls, "de"), now());
    let b = calendar::ics(&calendar::deadlines(&kb, &calls, "de"), now());
    assert_eq!(a, b);
    let later = calendar::ics(&calendar::deadlines(&kb, &calls, "de"), now() + Duration::days(1));
    assert_eq!(a.replace("DTSTAMP:20260504T093015Z", "DTSTAMP:20260505T093015Z"), later);
}

#[test]
fn calendar_name_can_be_given() {
    let name = "مواعيد التمويل, الأوروبي; 2026";
    let ics = calendar::ics_named(name, &[], now());
    assert!(ics.contains("X-WR-CALNAME:مواعيد التمويل\\, الأوروبي\\; 2026\r\n"), "{ics}");
    assert_eq!(parse(&ics).one("X-WR-CALNAME"), name);
}

#[test]
fn calendar_command_sends_the_subscribed_deadlines_as_a_file() {
    use fundbot::message::Incoming;
    let dir = tempfile::tempdir().expect("tempdir");
    let mut cfg = fundbot::config::Config::default();
    cfg.store.path = dir.path().join("data");
    let bot = fundbot::bot::Bot::open(&cfg).expect("bot");
    let none = bot.handle(&Incoming::private("telegram", "3", "3", "/calendar"));
    assert!(none[0].file.is_none(), "no subscription, no file");
    bot.handle(&Incoming::private("telegram", "3", "3", "/subscribe"));
    let reply = bot.handle(&Incoming::private("telegram", "3", "3", "/calendar"));
    let file = reply[0].file.as_ref().expect("an .ics file");
    assert_eq!(file.mime, "text/calendar");
    assert!(file.name.ends_with(".ics"));
    let ics = String::from_utf8(file.bytes.clone()).expect("utf-8");
    assert_lines(&ics);
    let cal = parse(&ics);
    let with_deadline = bot.knowledge().calls.iter().filter(|c| c.deadline.is_some()).count();
    assert_eq!(cal.subs("VEVENT").len(), with_deadline);
}

#[test]
fn calendar_cli_writes_one_call() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out_file = dir.path().join("amif.ics");
    let (kb, _) = knowledge::load_embedded().expect("knowledge");
    let amif = kb.calls.iter().find(|c| c.deadline.is_some()).expect("a call with a deadline");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_fundbot"))
        .args(["calendar", "--call", &amif.id, "--lang", "fr", "--out"])
        .arg(&out_file)
        .env("FUNDBOT_DATA_DIR", dir.path().join("data"))
        .current_dir(dir.path())
        .status()
        .expect("run fundbot calendar");
    assert!(status.success());
    let ics = std::fs::read_to_string(&out_file).expect("written");
    assert_lines(&ics);
    let cal = parse(&ics);
    let events = cal.subs("VEVENT");
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].one("UID"), format!("{}@fundbot", amif.id));
    // An unknown call is a usage error naming the known ones.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_fundbot"))
        .args(["calendar", "--call", "nope"])
        .env("FUNDBOT_DATA_DIR", dir.path().join("data"))
        .current_dir(dir.path())
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains(&amif.id));
}
