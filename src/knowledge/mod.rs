//! The knowledge base: funds, calls, the Action Plan's partnership actions, consortium guidance
//! and project examples, each with its source, plus per-language translations of their texts.
//!
//! Records are plain data with no platform or store types. They are read from TOML files
//! (`files`), validated, kept in the store, and looked up here by the answer layer.

mod files;

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

pub use files::{export_dir, load_dir, load_embedded, parse_files, read_dir_files, Fault, Severity};

/// A source document that facts come from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Canonical id.
    pub id: String,
    /// File name of the document under `shared/seeds`.
    pub file: String,
    /// What answers show as the source.
    pub title: String,
}

/// What kind of organisation a [`Fund`] record describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FundKind {
    /// Gives grants.
    Fund,
    /// Brings members together.
    Network,
    /// An EU institution or body.
    Body,
}

/// A fund, programme, network or body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fund {
    /// Canonical id (`amif`, `esf-plus`, ...).
    pub id: String,
    /// Fund, network or body.
    pub kind: FundKind,
    /// Display name.
    pub name: String,
    /// Names that refer to this record.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// One or two sentences.
    pub summary: String,
    /// Short further facts.
    #[serde(default)]
    pub facts: Vec<String>,
    /// Source ids.
    pub sources: Vec<String>,
}

/// A funding call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Call {
    /// Canonical id.
    pub id: String,
    /// Id of the fund that publishes it.
    pub fund: String,
    /// Display title.
    pub title: String,
    /// Names that refer to this call.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// What the call is for.
    pub summary: String,
    /// Local closing date and time, `YYYY-MM-DDTHH:MM`, in `timezone`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
    /// IANA time zone of the deadline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// Geographic area.
    #[serde(default)]
    pub area: String,
    /// Fundable activity types.
    #[serde(default)]
    pub activities: Vec<String>,
    /// A remark on the activities list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activities_note: Option<String>,
    /// Partner types the consortium should include, or partners of the fund.
    #[serde(default)]
    pub partners: Vec<String>,
    /// Groups the call pays special attention to.
    #[serde(default)]
    pub target_groups: Vec<String>,
    /// Who may apply, as far as the source says.
    #[serde(default)]
    pub eligibility: String,
    /// What the call says on transnational cooperation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transnational: Option<String>,
    /// Where and how to submit.
    #[serde(default)]
    pub submission: String,
    /// Source ids.
    pub sources: Vec<String>,
}

impl Call {
    /// The deadline's time zone, if the call names a valid one.
    #[must_use]
    pub fn zone(&self) -> Option<Tz> {
        self.timezone.as_deref()?.parse().ok()
    }

    /// The deadline as an instant, if the call has a valid one. Validation guarantees that a
    /// stored deadline parses, so `None` means "no deadline given".
    #[must_use]
    pub fn deadline_at(&self) -> Option<DateTime<Tz>> {
        let tz = self.zone()?;
        let naive = parse_local(self.deadline.as_deref()?)?;
        tz.from_local_datetime(&naive).earliest()
    }

    /// Whether the deadline has passed at `now`. A call with no deadline is never closed.
    #[must_use]
    pub fn is_closed(&self, now: DateTime<Utc>) -> bool {
        self.deadline_at().is_some_and(|d| d.with_timezone(&Utc) <= now)
    }
}

/// Parses `YYYY-MM-DDTHH:MM` (seconds optional).
pub(crate) fn parse_local(s: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S"))
        .ok()
}

/// Status of a partnership action, exactly as the source gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActionStatus {
    /// Ongoing until 2027.
    Continuous,
    /// Done.
    Complete,
    /// Not started.
    Pending,
}

impl ActionStatus {
    /// The fluent message id for this status.
    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Continuous => "status-continuous",
            Self::Complete => "status-complete",
            Self::Pending => "status-pending",
        }
    }
}

/// The EU Action Plan on integration and inclusion as a whole.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// Display title.
    pub title: String,
    /// Names that refer to the plan.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// One sentence.
    pub summary: String,
    /// The plan's partnership goals.
    #[serde(default)]
    pub goals: Vec<String>,
    /// Source ids.
    pub sources: Vec<String>,
}

/// One partnership action of the Action Plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// Canonical id, `action-N`.
    pub id: String,
    /// N, its place in the source.
    pub number: u32,
    /// Short title.
    pub title: String,
    /// The action text.
    pub text: String,
    /// Status as the source gives it.
    pub status: ActionStatus,
    /// Type as the source gives it (may be empty).
    #[serde(default, rename = "type")]
    pub kind: String,
    /// Implementation notes.
    #[serde(default)]
    pub implementation: String,
    /// Topic words that point to this action.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Funds, networks or bodies this action concerns.
    #[serde(default)]
    pub refs: Vec<String>,
}

/// Consortium and partnership advice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guidance {
    /// Canonical id.
    pub id: String,
    /// `consortium` or `partners`.
    pub topic: String,
    /// Heading.
    pub title: String,
    /// The advice, one point per item.
    pub points: Vec<String>,
    /// Source ids.
    pub sources: Vec<String>,
}

/// A funded project example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Project {
    /// Canonical id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Names that refer to it.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The fund that paid for it.
    pub fund: String,
    /// Grant reference, if any.
    #[serde(default)]
    pub reference: String,
    /// What it is.
    pub summary: String,
    /// What it did.
    #[serde(default)]
    pub activities: Vec<String>,
    /// Source ids.
    pub sources: Vec<String>,
}

/// Translated texts of one record; every field optional, lists item for item.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextTr {
    /// `title` of sources, calls, plan, actions, guidance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// `name` of funds and projects.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Extra names in this language.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// `summary`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// `text` of actions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// `implementation` of actions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub implementation: Option<String>,
    /// `type` of actions.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// `facts` of funds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facts: Option<Vec<String>>,
    /// `activities` of calls and projects.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activities: Option<Vec<String>>,
    /// `activities_note` of calls.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activities_note: Option<String>,
    /// `partners` of calls.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partners: Option<Vec<String>>,
    /// `target_groups` of calls.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_groups: Option<Vec<String>>,
    /// `eligibility` of calls.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligibility: Option<String>,
    /// `transnational` of calls.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transnational: Option<String>,
    /// `submission` of calls.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submission: Option<String>,
    /// `goals` of the plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goals: Option<Vec<String>>,
    /// `points` of guidance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub points: Option<Vec<String>>,
}

/// All translations into one language.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    /// ISO 639-1 code.
    pub lang: String,
    /// By source id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub source: BTreeMap<String, TextTr>,
    /// By fund id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub fund: BTreeMap<String, TextTr>,
    /// By call id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub call: BTreeMap<String, TextTr>,
    /// The plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<TextTr>,
    /// By action id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub action: BTreeMap<String, TextTr>,
    /// By guidance id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub guidance: BTreeMap<String, TextTr>,
    /// By project id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub project: BTreeMap<String, TextTr>,
}

/// The kinds of record, as named in files and in the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// [`Source`]
    Source,
    /// [`Fund`]
    Fund,
    /// [`Call`]
    Call,
    /// [`Plan`]
    Plan,
    /// [`Action`]
    Action,
    /// [`Guidance`]
    Guidance,
    /// [`Project`]
    Project,
}

/// Everything fundbot knows, as one value: what the store holds and the engine indexes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KnowledgeBase {
    /// Source documents.
    pub sources: Vec<Source>,
    /// Funds, networks, bodies.
    pub funds: Vec<Fund>,
    /// Calls.
    pub calls: Vec<Call>,
    /// The Action Plan, if known.
    pub plan: Option<Plan>,
    /// Partnership actions, by number.
    pub actions: Vec<Action>,
    /// Guidance.
    pub guidance: Vec<Guidance>,
    /// Projects.
    pub projects: Vec<Project>,
    /// Translations by language code.
    pub translations: BTreeMap<String, Translation>,
}

impl KnowledgeBase {
    /// A fund by id.
    #[must_use]
    pub fn fund(&self, id: &str) -> Option<&Fund> {
        self.funds.iter().find(|f| f.id == id)
    }

    /// A call by id.
    #[must_use]
    pub fn call(&self, id: &str) -> Option<&Call> {
        self.calls.iter().find(|c| c.id == id)
    }

    /// An action by id.
    #[must_use]
    pub fn action(&self, id: &str) -> Option<&Action> {
        self.actions.iter().find(|a| a.id == id)
    }

    /// A project by id.
    #[must_use]
    pub fn project(&self, id: &str) -> Option<&Project> {
        self.projects.iter().find(|p| p.id == id)
    }

    /// A source by id.
    #[must_use]
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The translated texts of one record in `lang`, if any.
    #[must_use]
    pub fn tr(&self, lang: &str, kind: Kind, id: &str) -> Option<&TextTr> {
        let t = self.translations.get(lang)?;
        match kind {
            Kind::Source => t.source.get(id),
            Kind::Fund => t.fund.get(id),
            Kind::Call => t.call.get(id),
            Kind::Plan => t.plan.as_ref(),
            Kind::Action => t.action.get(id),
            Kind::Guidance => t.guidance.get(id),
            Kind::Project => t.project.get(id),
        }
    }

    /// Sorts records into a canonical order so that equal knowledge compares equal whatever
    /// order the files listed it in.
    pub fn canonicalize(&mut self) {
        self.sources.sort_by(|a, b| a.id.cmp(&b.id));
        self.funds.sort_by(|a, b| a.id.cmp(&b.id));
        self.calls.sort_by(|a, b| a.id.cmp(&b.id));
        self.actions.sort_by_key(|a| a.number);
        self.guidance.sort_by(|a, b| a.id.cmp(&b.id));
        self.projects.sort_by(|a, b| a.id.cmp(&b.id));
    }
}
