//! Every supported language: questions of our own (not the dev set) reach the right intent and
//! are answered in the same language; locale files are complete; unsupported languages get an
//! English answer that lists the supported ones.

mod common;

use fundbot::intent::{Intent, LangChoice};
use fundbot::lang::{Lang, SUPPORTED};

/// (language, question, expected intent)
const CASES: &[(&str, &str, Intent)] = &[
    ("en", "hey, until what date can we send the AMIF application?", Intent::CallDeadline),
    ("en", "does the call fund awareness raising events?", Intent::CallActivities),
    ("fr", "Quelle est la date limite pour déposer notre projet au FAMI ?", Intent::CallDeadline),
    ("fr", "Quels partenaires faut-il réunir dans le consortium ?", Intent::Consortium),
    ("de", "Bis wann läuft die Frist für den AMIF-Aufruf?", Intent::CallDeadline),
    ("de", "Welche Partner brauchen wir im Konsortium?", Intent::Consortium),
    ("it", "Entro quando bisogna inviare la domanda per il bando FAMI?", Intent::CallDeadline),
    ("it", "Quali partner servono nel consorzio?", Intent::Consortium),
    ("es", "¿Cuál es la fecha límite de la convocatoria del FAMI?", Intent::CallDeadline),
    ("es", "¿Qué socios necesitamos en el consorcio?", Intent::Consortium),
    ("pt", "Qual é a data limite da candidatura ao FAMI?", Intent::CallDeadline),
    ("pt", "Que parceiros precisamos no consórcio?", Intent::Consortium),
    ("nl", "Wat is de deadline van de AMIF-oproep?", Intent::CallDeadline),
    ("nl", "Welke partners hebben we nodig in het consortium?", Intent::Consortium),
    ("pl", "Jaki jest termin składania wniosków do AMIF?", Intent::CallDeadline),
    ("pl", "Jakich partnerów potrzebujemy w konsorcjum?", Intent::Consortium),
    ("ro", "Care este data limită pentru apelul FAMI?", Intent::CallDeadline),
    ("ro", "Ce parteneri ne trebuie în consorțiu?", Intent::Consortium),
    ("el", "Ποια είναι η προθεσμία για την πρόσκληση του AMIF;", Intent::CallDeadline),
    ("el", "Ποιους εταίρους χρειάζεται η κοινοπραξία;", Intent::Consortium),
    ("ar", "ما هو آخر موعد لتقديم الطلب في دعوة AMIF؟", Intent::CallDeadline),
    ("ar", "من هم الشركاء الذين نحتاجهم في الكونسورتيوم؟", Intent::Consortium),
    ("uk", "Який кінцевий термін подання заявки на конкурс AMIF?", Intent::CallDeadline),
    ("uk", "Яких партнерів потрібно залучити до консорціуму?", Intent::Consortium),
    ("ru", "Какой крайний срок подачи заявки на конкурс AMIF?", Intent::CallDeadline),
    ("ru", "Каких партнёров нужно привлечь в консорциум?", Intent::Consortium),
    ("fa", "آخرین مهلت ارسال درخواست برای فراخوان AMIF کی است؟", Intent::CallDeadline),
    ("fa", "چه شرکایی باید در کنسرسیوم باشند؟", Intent::Consortium),
    ("tr", "AMIF çağrısı için son başvuru tarihi nedir?", Intent::CallDeadline),
    ("tr", "Konsorsiyumda hangi ortaklar olmalı?", Intent::Consortium),
];

#[test]
fn each_language_reaches_the_right_intent_in_its_own_language() {
    let (bot, _d) = common::bot();
    let mut failures = Vec::new();
    for (lang, q, intent) in CASES {
        let a = bot.answer(q, None);
        if a.intent != *intent || a.lang.code() != *lang {
            failures.push(format!("[{lang}] {q}: got {} in {}", a.intent, a.lang.code()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_language_has_every_answer_message() {
    let (bot, _d) = common::bot();
    let english = std::fs::read_to_string(common::repo().join("locales/en/answers.ftl")).expect("en ftl");
    let ids: Vec<&str> = english
        .lines()
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id))
        .filter(|id| !id.starts_with(' ') && !id.starts_with('#') && *id != "unsupported-language")
        .collect();
    assert!(ids.len() > 40);
    let mut missing = Vec::new();
    for code in SUPPORTED {
        let lang = Lang::from_code(code).expect("supported");
        for id in &ids {
            if !bot.answerer().has_message(lang, id) {
                missing.push(format!("{code}: {id}"));
            }
        }
    }
    assert!(missing.is_empty(), "missing messages:\n{}", missing.join("\n"));
}

#[test]
fn closed_deadline_is_answered_in_the_askers_language() {
    let (bot, _d) = common::bot();
    for (code, q, expected) in [
        ("fr", "Quelle est la date limite de l'appel FAMI ?", "2021"),
        ("ar", "ما هو آخر موعد لتقديم الطلب في دعوة AMIF؟", "2021"),
        ("uk", "Який кінцевий термін подання заявки на конкурс AMIF?", "2021"),
    ] {
        let a = bot.answer(q, None);
        assert_eq!(a.lang.code(), code, "{q}");
        assert!(a.answer.contains(expected) && a.answer.contains("17"), "{q}: {}", a.answer);
        assert!(!a.answer.contains("closed on"), "English text in a {code} answer: {}", a.answer);
    }
}

#[test]
fn unsupported_language_gets_english_with_the_list_of_languages() {
    let (bot, _d) = common::bot();
    for q in ["移民融合项目的资助有哪些？截止日期是什么时候？", "现在有哪些移民融合项目的资助？"]
    {
        let c = bot.classify(q, None);
        assert_eq!(c.lang_choice, LangChoice::Unsupported, "{q}");
        let a = bot.answer(q, None);
        assert_eq!(a.lang, Lang::EN);
        assert!(a.answer.starts_with("I can answer in these languages:"), "{}", a.answer);
        assert!(a.answer.contains("(fa)") && a.answer.contains("(tr)"), "{}", a.answer);
    }
}

#[test]
fn unsupported_latin_and_cyrillic_languages_are_not_taken_for_supported_ones() {
    let (bot, _d) = common::bot();
    for q in [
        "Hur ansöker vi om bidrag för vår förening?",
        "När är sista dag för AMIF utlysningen?",
        "Hvordan kan vores forening søge om tilskud?",
        "Milloin AMIF haku päättyy?",
        "Jak můžeme podat žádost o dotace?",
        "Hogyan pályázhat az egyesületünk?",
        "Kako se možemo prijaviti na natječaj?",
        "Bagaimana kami bisa mengajukan dana hibah?",
        "Làm thế nào để chúng tôi nộp đơn xin tài trợ?",
        "Шта треба да урадимо за пријаву на конкурс?",
    ] {
        let a = bot.answer(q, None);
        assert_eq!(a.lang, Lang::EN, "{q}");
        assert!(a.answer.starts_with("I can answer in these languages:"), "{q}: {}", a.answer);
    }
    // ...while supported languages with the same letters stay supported.
    for (q, code) in [
        ("Wann ist die Frist für AMIF? Können wir uns bewerben?", "de"),
        ("Müssen wir Partner aus anderen Ländern haben?", "de"),
        ("Hangi çağrılar açık? Örnek projeler göster", "tr"),
        ("Kiedy mija termin naboru AMIF?", "pl"),
        ("Cum putem aplica pentru finanțare?", "ro"),
    ] {
        assert_eq!(bot.answer(q, None).lang.code(), code, "{q}");
    }
}

#[test]
fn a_platform_language_hint_wins_unless_the_script_says_otherwise() {
    use fundbot::message::Incoming;
    let dir = tempfile::tempdir().expect("tempdir");
    let cfg = common::config(dir.path());
    {
        let bot = fundbot::bot::Bot::open(&cfg).expect("bot");
        let mut m = Incoming::private("telegram", "7", "7", "When is the AMIF deadline?");
        m.lang_hint = Some("pt-BR".into());
        let reply = bot.handle(&m);
        let pt = bot.answer("When is the AMIF deadline?", Lang::from_code("pt")).answer;
        assert_eq!(reply[0].text, pt, "the hint (pt) wins over detected English");
        // An Arabic question from a phone set to Portuguese is answered in Arabic.
        m.text = "متى الموعد النهائي لدعوة AMIF؟".into();
        let ar = bot.answer(&m.text, Lang::from_code("ar")).answer;
        assert_eq!(bot.handle(&m)[0].text, ar);
    }
    // The hint is remembered: after a restart, a message without one still gets Portuguese.
    let bot = fundbot::bot::Bot::open(&cfg).expect("bot reopens");
    let m = Incoming::private("telegram", "7", "7", "When is the AMIF deadline?");
    let pt = bot.answer("When is the AMIF deadline?", Lang::from_code("pt")).answer;
    assert_eq!(bot.handle(&m)[0].text, pt);
    // ...and an explicit /lang beats it.
    bot.handle(&Incoming::private("telegram", "7", "7", "/lang de"));
    let de = bot.answer("When is the AMIF deadline?", Lang::from_code("de")).answer;
    assert_eq!(bot.handle(&m)[0].text, de);
}

#[test]
fn accents_typos_and_letter_variants_are_tolerated() {
    let (bot, _d) = common::bot();
    // No accents, a typo, Persian letters typed as Arabic ones.
    assert_eq!(bot.answer("Quelle est la date limite de l'appel, l'echeance ?", None).intent, Intent::CallDeadline);
    assert_eq!(bot.answer("which partners shuld the consortum include?", None).intent, Intent::Consortium);
    let persian = bot.answer("آخرین مهلت ارسال درخواست برای فراخوان AMIF کی است؟", None);
    let arabic_letters = bot.answer("آخرين مهلت ارسال درخواست براي فراخوان AMIF كي است؟", None);
    assert_eq!(persian.intent, arabic_letters.intent);
}

#[test]
fn explicit_language_wins_over_detection() {
    let (bot, _d) = common::bot();
    let a = bot.answer("When is the AMIF deadline?", Lang::from_code("tr"));
    assert_eq!(a.lang.code(), "tr");
    assert_eq!(a.intent, Intent::CallDeadline);
}

#[test]
fn right_to_left_answers_isolate_latin_runs() {
    let (bot, _d) = common::bot();
    let a = bot.answer("ما هو صندوق اللجوء والهجرة والإدماج AMIF؟", None);
    assert_eq!(a.lang.code(), "ar");
    assert!(a.answer.starts_with('\u{200F}'), "RTL lines start with RLM: {:?}", a.answer);
    assert!(a.answer.contains("\u{2066}AMIF"), "Latin runs are isolated: {:?}", a.answer);
}

#[test]
fn acronyms_are_names_and_action_numbers_may_come_first() {
    let (bot, _d) = common::bot();
    // "Milano" stems to "mil" in Italian, like "MILE"; an acronym is matched unstemmed.
    assert_eq!(bot.answer("Ci sono progetti a Milano?", None).entities.project, None);
    assert_eq!(bot.answer("Parlami del progetto MILE", None).entities.project.as_deref(), Some("mile"));
    // Turkish (and German) put the number before the word: "10. eylem".
    for q in ["10. eylem nedir?", "eylem 10 nedir?"] {
        let a = bot.answer(q, None);
        assert_eq!(a.entities.action.as_deref(), Some("action-10"), "{q}");
        assert_eq!(a.intent, Intent::ActionPlan, "{q}");
    }
}
