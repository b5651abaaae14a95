//! Reading, validating and writing the knowledge files.
//!
//! Validation collects every fault instead of stopping at the first, and names file, line and
//! field for each: a moderator fixing a file wants the whole list at once. Lines of semantic
//! faults (a dangling reference, a bad date) are found by locating the record's table header
//! and the field's key in the text, since serde values carry no positions.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{Action, Call, Fund, Guidance, KnowledgeBase, Plan, Project, Source, TextTr, Translation};
use crate::error::KnowledgeError;
use crate::lang::SUPPORTED;

/// How bad a fault is: errors stop an import, warnings (missing translations) do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// The file cannot be used.
    Error,
    /// The file can be used; something is incomplete.
    Warning,
}

/// One problem in one knowledge file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fault {
    /// File path as given to the loader.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// The field (key) at fault.
    pub field: String,
    /// What is wrong.
    pub message: String,
    /// Error or warning.
    pub severity: Severity,
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let warn = if self.severity == Severity::Warning { "warning: " } else { "" };
        write!(f, "{}:{}: {}: {warn}{}", self.file, self.line, self.field, self.message)
    }
}

/// The shape of every knowledge file except translations: any file may hold any kind.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct KnowledgeFile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    plan: Option<Plan>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    source: Vec<Source>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    fund: Vec<Fund>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    call: Vec<Call>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    action: Vec<Action>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    guidance: Vec<Guidance>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    project: Vec<Project>,
}

/// Where a record was read from, to point faults at it.
#[derive(Clone)]
struct Origin {
    file: usize,
    header: String,
    nth: usize,
}

struct Checker<'a> {
    files: &'a [(String, String)],
    faults: Vec<Fault>,
}

impl Checker<'_> {
    fn fault(&mut self, o: &Origin, field: &str, severity: Severity, message: String) {
        let (name, text) = &self.files[o.file];
        let line = locate(text, &o.header, o.nth, field);
        self.faults.push(Fault { file: name.clone(), line, field: field.into(), message, severity });
    }

    fn error(&mut self, o: &Origin, field: &str, message: String) {
        self.fault(o, field, Severity::Error, message);
    }
}

/// The 1-based line of `field` inside the `nth` table whose header is `header`, or of the header
/// itself when the field is absent, or 1 when the header is not found.
fn locate(text: &str, header: &str, nth: usize, field: &str) -> usize {
    let mut seen = 0usize;
    let mut in_table = false;
    let mut header_line = 0usize;
    for (i, line) in text.lines().enumerate() {
        let t = line.trim();
        if t.starts_with('[') {
            if in_table {
                break;
            }
            if t.replace('"', "") == header {
                if seen == nth {
                    in_table = true;
                    header_line = i + 1;
                }
                seen += 1;
            }
            continue;
        }
        if in_table {
            let key = t.split('=').next().unwrap_or("").trim().trim_matches('"');
            if key == field && t.contains('=') {
                return i + 1;
            }
        }
    }
    header_line.max(1)
}

/// Turns a TOML or serde error into a fault with the best line and field we can find.
fn syntax_fault(name: &str, text: &str, err: &toml::de::Error) -> Fault {
    let (line, field, msg) = crate::error::toml_fault(text, err);
    Fault { file: name.into(), line, field, message: msg, severity: Severity::Error }
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
}

/// Parses and validates a set of files given as (display name, text). Names ending in
/// `i18n/<lang>.toml` are translations. Returns the knowledge and every fault found; the
/// knowledge is only meaningful when no fault is an error.
#[must_use]
pub fn parse_files(files: &[(String, String)]) -> (KnowledgeBase, Vec<Fault>) {
    let mut kb = KnowledgeBase::default();
    let mut ck = Checker { files, faults: Vec::new() };
    let mut origins: HashMap<(&'static str, String), Origin> = HashMap::new();
    let mut tr_origin: Vec<(usize, String)> = Vec::new();

    for (fi, (name, text)) in files.iter().enumerate() {
        if is_translation(name) {
            match toml::from_str::<Translation>(text) {
                Ok(t) => {
                    let stem = Path::new(name).file_stem().and_then(|s| s.to_str()).unwrap_or("");
                    let o = Origin { file: fi, header: String::new(), nth: 0 };
                    if t.lang != stem {
                        ck.error(&o, "lang", format!("lang {:?} does not match the file name {stem:?}", t.lang));
                    } else if !SUPPORTED.contains(&t.lang.as_str()) {
                        ck.error(
                            &o,
                            "lang",
                            format!("unsupported language {:?}; supported: {}", t.lang, SUPPORTED.join(", ")),
                        );
                    } else if kb.translations.contains_key(&t.lang) {
                        ck.error(&o, "lang", format!("a second translation file for {:?}", t.lang));
                    } else {
                        tr_origin.push((fi, t.lang.clone()));
                        kb.translations.insert(t.lang.clone(), t);
                    }
                }
                Err(e) => ck.faults.push(syntax_fault(name, text, &e)),
            }
            continue;
        }
        let parsed: KnowledgeFile = match toml::from_str(text) {
            Ok(p) => p,
            Err(e) => {
                ck.faults.push(syntax_fault(name, text, &e));
                continue;
            }
        };
        macro_rules! take {
            ($list:expr, $kind:literal, $dest:expr) => {
                for (nth, rec) in $list.into_iter().enumerate() {
                    let o = Origin { file: fi, header: format!("[[{}]]", $kind), nth };
                    if !valid_id(&rec.id) {
                        ck.error(
                            &o,
                            "id",
                            format!("missing or invalid id {:?} (use lower-case letters, digits and '-')", rec.id),
                        );
                        continue;
                    }
                    if let Some(prev) = origins.get(&($kind, rec.id.clone())) {
                        let other = files[prev.file].0.clone();
                        ck.error(&o, "id", format!("duplicate {} id {:?} (also in {other})", $kind, rec.id));
                        continue;
                    }
                    origins.insert(($kind, rec.id.clone()), o);
                    $dest.push(rec);
                }
            };
        }
        take!(parsed.source, "source", kb.sources);
        take!(parsed.fund, "fund", kb.funds);
        take!(parsed.call, "call", kb.calls);
        take!(parsed.action, "action", kb.actions);
        take!(parsed.guidance, "guidance", kb.guidance);
        take!(parsed.project, "project", kb.projects);
        if let Some(plan) = parsed.plan {
            let o = Origin { file: fi, header: "[plan]".into(), nth: 0 };
            if kb.plan.is_some() {
                ck.error(&o, "plan", "a second [plan] table".into());
            } else {
                origins.insert(("plan", String::new()), o);
                kb.plan = Some(plan);
            }
        }
    }

    check_references(&kb, &origins, &mut ck);
    check_translations(&kb, &tr_origin, &mut ck);
    kb.canonicalize();
    (kb, ck.faults)
}

fn is_translation(name: &str) -> bool {
    let n = name.replace('\\', "/");
    n.starts_with("i18n/") || n.contains("/i18n/")
}

fn check_references(kb: &KnowledgeBase, origins: &HashMap<(&'static str, String), Origin>, ck: &mut Checker<'_>) {
    let sources: HashSet<&str> = kb.sources.iter().map(|s| s.id.as_str()).collect();
    let funds: HashSet<&str> = kb.funds.iter().map(|f| f.id.as_str()).collect();
    let origin = |kind: &'static str, id: &str| origins.get(&(kind, id.to_string())).cloned();
    let check_sources = |ck: &mut Checker<'_>, o: &Origin, list: &[String]| {
        if list.is_empty() {
            ck.error(o, "sources", "every record needs at least one source".into());
        }
        for s in list {
            if !sources.contains(s.as_str()) {
                ck.error(o, "sources", format!("unknown source {s:?}"));
            }
        }
    };
    for f in &kb.funds {
        if let Some(o) = origin("fund", &f.id) {
            check_sources(ck, &o, &f.sources);
        }
    }
    for c in &kb.calls {
        let Some(o) = origin("call", &c.id) else { continue };
        check_sources(ck, &o, &c.sources);
        if !funds.contains(c.fund.as_str()) {
            ck.error(&o, "fund", format!("unknown fund {:?}", c.fund));
        }
        match (&c.deadline, &c.timezone) {
            (Some(d), Some(tz)) => {
                if super::parse_local(d).is_none() {
                    ck.error(&o, "deadline", format!("bad date {d:?}; write YYYY-MM-DDTHH:MM, e.g. 2021-02-16T17:00"));
                }
                if tz.parse::<chrono_tz::Tz>().is_err() {
                    ck.error(
                        &o,
                        "timezone",
                        format!("unknown time zone {tz:?}; use an IANA name such as Europe/Brussels"),
                    );
                } else if c.deadline_at().is_none() && super::parse_local(d).is_some() {
                    ck.error(&o, "deadline", format!("{d:?} does not exist in {tz} (daylight-saving gap)"));
                }
            }
            (Some(_), None) => ck.error(&o, "timezone", "a deadline needs a time zone".into()),
            (None, Some(_)) => ck.error(&o, "deadline", "a time zone without a deadline".into()),
            (None, None) => {}
        }
    }
    if let (Some(p), Some(o)) = (&kb.plan, origin("plan", "")) {
        check_sources(ck, &o, &p.sources);
    }
    let mut numbers: HashMap<u32, &str> = HashMap::new();
    for a in &kb.actions {
        let Some(o) = origin("action", &a.id) else { continue };
        if a.id != format!("action-{}", a.number) {
            ck.error(&o, "number", format!("number {} does not match id {:?}", a.number, a.id));
        }
        if let Some(prev) = numbers.insert(a.number, &a.id) {
            ck.error(&o, "number", format!("number {} already used by {prev}", a.number));
        }
        for r in &a.refs {
            if !funds.contains(r.as_str()) {
                ck.error(&o, "refs", format!("unknown fund {r:?}"));
            }
        }
    }
    for g in &kb.guidance {
        if let Some(o) = origin("guidance", &g.id) {
            check_sources(ck, &o, &g.sources);
        }
    }
    for p in &kb.projects {
        let Some(o) = origin("project", &p.id) else { continue };
        check_sources(ck, &o, &p.sources);
        if !funds.contains(p.fund.as_str()) {
            ck.error(&o, "fund", format!("unknown fund {:?}", p.fund));
        }
    }
}

/// A record kind, its id, and its fields with the English list length (0 for a text).
type Translatable = (&'static str, String, Vec<(&'static str, Option<usize>)>);

/// What a record offers to translate: (field, English text present?, English list length).
fn translatable(kb: &KnowledgeBase) -> Vec<Translatable> {
    let mut out = Vec::new();
    let list = |v: &Vec<String>| if v.is_empty() { None } else { Some(v.len()) };
    for s in &kb.sources {
        out.push(("source", s.id.clone(), vec![("title", Some(0))]));
    }
    for f in &kb.funds {
        out.push(("fund", f.id.clone(), vec![("name", Some(0)), ("summary", Some(0)), ("facts", list(&f.facts))]));
    }
    for c in &kb.calls {
        let mut fields = vec![
            ("title", Some(0)),
            ("summary", Some(0)),
            ("activities", list(&c.activities)),
            ("partners", list(&c.partners)),
            ("target_groups", list(&c.target_groups)),
        ];
        for (name, present) in [
            ("activities_note", c.activities_note.is_some()),
            ("transnational", c.transnational.is_some()),
            ("eligibility", !c.eligibility.is_empty()),
            ("submission", !c.submission.is_empty()),
        ] {
            fields.push((name, present.then_some(0)));
        }
        out.push(("call", c.id.clone(), fields));
    }
    if let Some(p) = &kb.plan {
        out.push(("plan", String::new(), vec![("title", Some(0)), ("summary", Some(0)), ("goals", list(&p.goals))]));
    }
    for a in &kb.actions {
        let ty = (!a.kind.is_empty()).then_some(0);
        let imp = (!a.implementation.is_empty()).then_some(0);
        out.push((
            "action",
            a.id.clone(),
            vec![("title", Some(0)), ("text", Some(0)), ("implementation", imp), ("type", ty)],
        ));
    }
    for g in &kb.guidance {
        out.push(("guidance", g.id.clone(), vec![("title", Some(0)), ("points", list(&g.points))]));
    }
    for p in &kb.projects {
        out.push((
            "project",
            p.id.clone(),
            vec![("name", Some(0)), ("summary", Some(0)), ("activities", list(&p.activities))],
        ));
    }
    out
}

fn tr_field(t: &TextTr, field: &str) -> Option<Option<usize>> {
    let s = |o: &Option<String>| o.as_ref().map(|_| None);
    let l = |o: &Option<Vec<String>>| o.as_ref().map(|v| Some(v.len()));
    match field {
        "title" => s(&t.title),
        "name" => s(&t.name),
        "summary" => s(&t.summary),
        "text" => s(&t.text),
        "implementation" => s(&t.implementation),
        "type" => s(&t.kind),
        "activities_note" => s(&t.activities_note),
        "eligibility" => s(&t.eligibility),
        "transnational" => s(&t.transnational),
        "submission" => s(&t.submission),
        "facts" => l(&t.facts),
        "activities" => l(&t.activities),
        "partners" => l(&t.partners),
        "target_groups" => l(&t.target_groups),
        "goals" => l(&t.goals),
        "points" => l(&t.points),
        _ => None,
    }
}

fn check_translations(kb: &KnowledgeBase, tr_origin: &[(usize, String)], ck: &mut Checker<'_>) {
    let wanted = translatable(kb);
    for (fi, lang) in tr_origin {
        let Some(t) = kb.translations.get(lang) else { continue };
        let tables: [(&str, Vec<(&String, &TextTr)>); 7] = [
            ("source", t.source.iter().collect()),
            ("fund", t.fund.iter().collect()),
            ("call", t.call.iter().collect()),
            ("action", t.action.iter().collect()),
            ("guidance", t.guidance.iter().collect()),
            ("project", t.project.iter().collect()),
            ("plan", Vec::new()),
        ];
        // Dangling: a translation for a record that does not exist.
        for (kind, entries) in &tables {
            for (id, _) in entries {
                if !wanted.iter().any(|(k, i, _)| k == kind && i == *id) {
                    let o = Origin { file: *fi, header: format!("[{kind}.{id}]"), nth: 0 };
                    ck.error(&o, kind, format!("translation for unknown {kind} {id:?}"));
                }
            }
        }
        for (kind, id, fields) in &wanted {
            let header = if *kind == "plan" { "[plan]".to_string() } else { format!("[{kind}.{id}]") };
            let o = Origin { file: *fi, header, nth: 0 };
            let rec = if *kind == "plan" {
                t.plan.as_ref()
            } else {
                tables
                    .iter()
                    .find(|(k, _)| k == kind)
                    .and_then(|(_, e)| e.iter().find(|(i, _)| *i == id).map(|(_, r)| *r))
            };
            for (field, english) in fields {
                let Some(english) = english else { continue };
                match rec.and_then(|r| tr_field(r, field)) {
                    None => {
                        ck.fault(&o, field, Severity::Warning, format!("missing {lang} translation of {kind} {id:?}"))
                    }
                    Some(Some(n)) if *english > 0 && n != *english => {
                        ck.error(&o, field, format!("{n} items where the English has {english}"));
                    }
                    Some(_) => {}
                }
            }
        }
    }
}

/// Reads every `*.toml` file under `dir` (translations under `dir/i18n`) and validates them.
///
/// # Errors
/// [`KnowledgeError::Io`] if the directory cannot be read; [`KnowledgeError::Invalid`] with every
/// error-level fault. Warnings come back beside the knowledge.
pub fn load_dir(dir: &Path) -> Result<(KnowledgeBase, Vec<Fault>), KnowledgeError> {
    finish(parse_files(&read_dir_files(dir)?))
}

/// The knowledge compiled into the binary.
///
/// # Errors
/// [`KnowledgeError::Invalid`] if the embedded files are invalid (a build defect).
pub fn load_embedded() -> Result<(KnowledgeBase, Vec<Fault>), KnowledgeError> {
    let files: Vec<(String, String)> = crate::embedded::KNOWLEDGE
        .iter()
        .filter(|(n, _)| n.ends_with(".toml"))
        .map(|(n, t)| ((*n).to_string(), (*t).to_string()))
        .collect();
    finish(parse_files(&files))
}

fn finish((kb, faults): (KnowledgeBase, Vec<Fault>)) -> Result<(KnowledgeBase, Vec<Fault>), KnowledgeError> {
    let (errors, warnings): (Vec<_>, Vec<_>) = faults.into_iter().partition(|f| f.severity == Severity::Error);
    if errors.is_empty() {
        Ok((kb, warnings))
    } else {
        Err(KnowledgeError::Invalid(errors))
    }
}

/// Reads every `*.toml` file under `dir`, recursively, as (path, text) sorted by path: what
/// [`parse_files`] takes.
///
/// # Errors
/// [`KnowledgeError::Io`] naming the path that could not be read.
pub fn read_dir_files(dir: &Path) -> Result<Vec<(String, String)>, KnowledgeError> {
    let io = |path: &Path, source| KnowledgeError::Io { path: path.to_path_buf(), source };
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let mut entries: Vec<_> =
            std::fs::read_dir(&d).map_err(|e| io(&d, e))?.filter_map(Result::ok).map(|e| e.path()).collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "toml") {
                let text = std::fs::read_to_string(&p).map_err(|e| io(&p, e))?;
                out.push((p.display().to_string(), text));
            }
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(out)
}

/// Writes the knowledge as files under `dir` in the standard layout, so that `kb import` of
/// the result gives back the same knowledge.
///
/// # Errors
/// [`KnowledgeError::Io`] if a file cannot be written.
pub fn export_dir(kb: &KnowledgeBase, dir: &Path) -> Result<(), KnowledgeError> {
    let io = |path: &Path, source| KnowledgeError::Io { path: path.to_path_buf(), source };
    std::fs::create_dir_all(dir.join("i18n")).map_err(|e| io(dir, e))?;
    let files: Vec<(&str, KnowledgeFile)> = vec![
        ("sources.toml", KnowledgeFile { source: kb.sources.clone(), ..Default::default() }),
        ("funds.toml", KnowledgeFile { fund: kb.funds.clone(), ..Default::default() }),
        ("calls.toml", KnowledgeFile { call: kb.calls.clone(), ..Default::default() }),
        ("actions.toml", KnowledgeFile { plan: kb.plan.clone(), action: kb.actions.clone(), ..Default::default() }),
        ("guidance.toml", KnowledgeFile { guidance: kb.guidance.clone(), ..Default::default() }),
        ("projects.toml", KnowledgeFile { project: kb.projects.clone(), ..Default::default() }),
    ];
    let header = "# Exported by `fundbot kb export`; edit, then `fundbot kb validate` and `kb import`.\n\n";
    for (name, file) in files {
        let text = toml::to_string(&file).map_err(|e| io(&dir.join(name), std::io::Error::other(e)))?;
        let path = dir.join(name);
        std::fs::write(&path, format!("{header}{text}")).map_err(|e| io(&path, e))?;
    }
    let by_lang: BTreeMap<&String, &Translation> = kb.translations.iter().collect();
    for (lang, t) in by_lang {
        let path = dir.join("i18n").join(format!("{lang}.toml"));
        let text = toml::to_string(t).map_err(|e| io(&path, std::io::Error::other(e)))?;
        std::fs::write(&path, format!("{header}{text}")).map_err(|e| io(&path, e))?;
    }
    Ok(())
}
