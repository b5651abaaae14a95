//! Knowledge files: the shipped files validate, every kind of fault is reported with file, line
//! and field, and export followed by import gives back the same knowledge.

mod common;

use fundbot::knowledge::{self, Fault, Severity};

fn shipped_files() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let dir = common::repo().join("knowledge");
    let mut stack = vec![dir.clone()];
    while let Some(d) = stack.pop() {
        for p in std::fs::read_dir(&d).expect("read knowledge dir").map(|e| e.expect("entry").path()) {
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "toml") {
                let rel = p.strip_prefix(&dir).expect("prefix").display().to_string();
                out.push((rel, std::fs::read_to_string(&p).expect("read")));
            }
        }
    }
    out.sort();
    out
}

/// The shipped files with `name` replaced by `text`.
fn with_file(name: &str, text: &str) -> Vec<(String, String)> {
    let mut files: Vec<_> = shipped_files().into_iter().filter(|(n, _)| n != name).collect();
    files.push((name.to_string(), text.to_string()));
    files
}

fn errors(files: &[(String, String)]) -> Vec<Fault> {
    knowledge::parse_files(files).1.into_iter().filter(|f| f.severity == Severity::Error).collect()
}

fn assert_fault(faults: &[Fault], file: &str, line: usize, field: &str, words: &str) {
    assert!(
        faults.iter().any(|f| f.file == file && f.line == line && f.field == field && f.message.contains(words)),
        "expected {file}:{line}: {field}: ...{words}... in {faults:#?}"
    );
}

#[test]
fn shipped_knowledge_validates_with_every_contract_id() {
    let (kb, warnings) = knowledge::load_dir(&common::repo().join("knowledge")).expect("shipped knowledge is valid");
    for w in &warnings {
        eprintln!("{w}");
    }
    for id in ["amif", "esf-plus", "epim", "ein", "cor"] {
        assert!(kb.fund(id).is_some(), "fund {id}");
    }
    for id in ["amif-2020-local-integration", "epim-inclusive-societies"] {
        assert!(kb.call(id).is_some(), "call {id}");
    }
    for n in 1..=13 {
        assert!(kb.action(&format!("action-{n}")).is_some(), "action {n}");
    }
    for id in ["epic", "mile"] {
        assert!(kb.project(id).is_some(), "project {id}");
    }
    let amif = kb.call("amif-2020-local-integration").expect("amif call");
    assert_eq!(amif.activities.len(), 6);
    assert_eq!(amif.deadline.as_deref(), Some("2021-02-16T17:00"));
    assert_eq!(amif.timezone.as_deref(), Some("Europe/Brussels"));
    assert_eq!(kb.action("action-10").expect("a10").title, "Promote mentoring");
}

#[test]
fn embedded_knowledge_equals_the_files() {
    let (from_disk, _) = knowledge::load_dir(&common::repo().join("knowledge")).expect("disk");
    let (embedded, _) = knowledge::load_embedded().expect("embedded");
    assert_eq!(from_disk, embedded);
}

const CALL: &str = r#"
[[call]]
id = "test-call"
fund = "amif"
title = "Test call"
summary = "A test."
deadline = "2030-01-31T12:00"
timezone = "Europe/Paris"
sources = ["amif-call-local-integration"]
"#;

#[test]
fn unknown_field_is_reported_with_line_and_field() {
    let text = CALL.replace("summary = \"A test.\"", "summary = \"A test.\"\ncolour = \"red\"");
    let faults = errors(&with_file("extra.toml", &text));
    assert_fault(&faults, "extra.toml", 7, "colour", "unknown field");
}

#[test]
fn missing_id_is_reported() {
    let text = CALL.replace("id = \"test-call\"\n", "");
    let faults = errors(&with_file("extra.toml", &text));
    assert_fault(&faults, "extra.toml", 2, "id", "missing field");
}

#[test]
fn duplicate_id_is_reported_in_the_second_file() {
    let text = CALL.replace("test-call", "amif-2020-local-integration");
    let faults = errors(&with_file("extra.toml", &text));
    assert_fault(&faults, "extra.toml", 3, "id", "duplicate call id");
}

#[test]
fn bad_date_and_unknown_time_zone_are_reported() {
    let text = CALL.replace("2030-01-31T12:00", "31/01/2030").replace("Europe/Paris", "Europe/Atlantis");
    let faults = errors(&with_file("extra.toml", &text));
    assert_fault(&faults, "extra.toml", 7, "deadline", "bad date");
    assert_fault(&faults, "extra.toml", 8, "timezone", "unknown time zone");
}

#[test]
fn dangling_references_are_reported() {
    let text = CALL
        .replace("fund = \"amif\"", "fund = \"no-such-fund\"")
        .replace("[\"amif-call-local-integration\"]", "[\"nowhere\"]");
    let faults = errors(&with_file("extra.toml", &text));
    assert_fault(&faults, "extra.toml", 4, "fund", "unknown fund");
    assert_fault(&faults, "extra.toml", 9, "sources", "unknown source");
}

#[test]
fn wrong_type_and_syntax_errors_are_reported() {
    let faults = errors(&with_file("extra.toml", &CALL.replace("title = \"Test call\"", "title = 42")));
    assert!(faults.iter().any(|f| f.file == "extra.toml" && f.line == 5), "{faults:#?}");
    let faults = errors(&with_file("extra.toml", "[[call]\nid = \"x\"\n"));
    assert!(faults.iter().any(|f| f.file == "extra.toml" && f.line == 1), "{faults:#?}");
}

#[test]
fn action_status_must_be_known() {
    let text = r#"
[[action]]
id = "action-14"
number = 14
title = "T"
text = "T"
status = "finished"
"#;
    let faults = errors(&with_file("more-actions.toml", text));
    assert_fault(&faults, "more-actions.toml", 7, "status", "unknown variant");
}

#[test]
fn translation_faults_are_reported() {
    let text = r#"lang = "fr"

[call.amif-2020-local-integration]
title = "Appel"
activities = ["une seule"]

[fund.no-such-fund]
name = "X"
"#;
    let faults = knowledge::parse_files(&with_file("i18n/fr.toml", text)).1;
    assert_fault(&faults, "i18n/fr.toml", 5, "activities", "1 items where the English has 6");
    assert_fault(&faults, "i18n/fr.toml", 7, "fund", "unknown fund");
    // Missing texts are warnings, not errors.
    assert!(faults.iter().any(|f| f.severity == Severity::Warning && f.field == "summary"), "{faults:#?}");
    let faults = errors(&with_file("i18n/xx.toml", "lang = \"xx\"\n"));
    assert_fault(&faults, "i18n/xx.toml", 1, "lang", "unsupported language");
}

#[test]
fn fault_display_is_file_line_field_message() {
    let faults = errors(&with_file("extra.toml", &CALL.replace("Europe/Paris", "Mars/Olympus")));
    let shown =
        faults.iter().map(ToString::to_string).find(|s| s.starts_with("extra.toml:8: timezone: ")).unwrap_or_default();
    assert!(shown.contains("Mars/Olympus"), "{faults:#?}");
}

#[test]
fn export_then_import_gives_the_same_knowledge() {
    let (kb, _) = knowledge::load_dir(&common::repo().join("knowledge")).expect("valid");
    let dir = tempfile::tempdir().expect("tempdir");
    knowledge::export_dir(&kb, dir.path()).expect("export");
    let (back, _) = knowledge::load_dir(dir.path()).expect("exported files are valid");
    assert_eq!(kb, back);
    // And through the store: import the export, read it back.
    let store = fundbot::store::Store::open(&dir.path().join("data")).expect("store");
    store.replace_knowledge(&back).expect("import");
    assert_eq!(store.knowledge().expect("read back"), kb);
}

#[test]
fn kb_validate_cli_exits_2_and_names_the_fault() {
    let dir = tempfile::tempdir().expect("tempdir");
    let kdir = dir.path().join("kb");
    std::fs::create_dir_all(&kdir).expect("mkdir");
    for (name, text) in shipped_files().into_iter().filter(|(n, _)| !n.starts_with("i18n")) {
        std::fs::write(kdir.join(name), text).expect("write");
    }
    std::fs::write(kdir.join("broken.toml"), CALL.replace("2030-01-31T12:00", "tomorrow")).expect("write");
    let out = common::fundbot(dir.path(), &["kb", "validate", kdir.to_str().expect("utf8")], b"");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("broken.toml:7: deadline: bad date"), "{err}");
    // Import refuses the same files and keeps what the store had.
    let out = common::fundbot(dir.path(), &["ask", "--json", "When is the AMIF deadline?"], b"");
    assert!(out.status.success());
    let out = common::fundbot(dir.path(), &["kb", "import", kdir.to_str().expect("utf8")], b"");
    assert_eq!(out.status.code(), Some(2));
    let out = common::fundbot(dir.path(), &["ask", "When is the AMIF deadline?"], b"");
    assert!(String::from_utf8_lossy(&out.stdout).contains("16 February 2021"));
}
