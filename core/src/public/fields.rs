//! Every field of the board document, classified: what a public version keeps of it.
//!
//! One table, [`TABLE`], names each record type of the schema (the names of the JSON
//! Schema the wasm package ships) and puts each of its fields in one [`Class`]. The
//! public version reduces a tied record through this table ([`reduce`]): it keeps the
//! fields classed [`Class::Public`] and nothing else. A test walks the JSON Schema and
//! fails on a field with no classification, so a field added to the model cannot be
//! published by default.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

/// What a public version does with a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Always public: kept even when its record is tied to confidential material (a
    /// meeting's date, body and status; an item's number).
    Public,
    /// Part of the value that holds it: kept or withheld with that value (a paper of an
    /// item, an owner of an action).
    Follows,
    /// Withheld when its record is tied to confidential material.
    Withheld,
}

/// The classification of one record type.
#[derive(Debug, Clone, Copy)]
pub struct Record {
    /// The record type, as the JSON Schema names it (`AgendaItem`).
    pub name: &'static str,
    /// When a record of this type is tied to confidential material.
    pub tied_when: &'static str,
    /// Fields kept whatever the record is tied to.
    pub public: &'static [&'static str],
    /// Fields that go with the value holding them.
    pub follows: &'static [&'static str],
    /// Fields withheld when the record is tied.
    pub withheld: &'static [&'static str],
}

impl Record {
    /// The class of one field of this record, if classified.
    pub fn class(&self, field: &str) -> Option<Class> {
        if self.public.contains(&field) {
            Some(Class::Public)
        } else if self.follows.contains(&field) {
            Some(Class::Follows)
        } else if self.withheld.contains(&field) {
            Some(Class::Withheld)
        } else {
            None
        }
    }
}

const NEVER: &str = "never: not tied to meetings";
const WITH_HOLDER: &str = "with the value that holds it";

/// A record all of whose fields follow their holder.
const fn follows(name: &'static str, fields: &'static [&'static str]) -> Record {
    Record {
        name,
        tied_when: WITH_HOLDER,
        public: &[],
        follows: fields,
        withheld: &[],
    }
}

/// A record never tied to confidential material: every field public.
const fn public(name: &'static str, fields: &'static [&'static str]) -> Record {
    Record {
        name,
        tied_when: NEVER,
        public: fields,
        follows: &[],
        withheld: &[],
    }
}

/// A record left out whole when tied.
const fn whole(
    name: &'static str,
    tied_when: &'static str,
    fields: &'static [&'static str],
) -> Record {
    Record {
        name,
        tied_when,
        public: &[],
        follows: &[],
        withheld: fields,
    }
}

/// Every record type of the board document and the class of each of its fields.
pub const TABLE: &[Record] = &[
    public("BoardDocument", &["actions", "bodies", "budgets", "challenges", "extensions", "funding_decisions", "meetings", "organisations", "people", "risk_register", "schema_version", "scorecards"]),
    // Board: organisations, bodies and membership are public; people are withheld when
    // every appearance of theirs is.
    public("Organisation", &["extensions", "id", "name", "sector", "statutory_partner"]),
    whole("Person", "every appearance of the person (attendance, presenter, owner, declaration, membership, any reference by id, initials or name) is withheld", &["aliases", "extensions", "id", "initials", "name", "offices", "organisation", "post"]),
    public("Body", &["constitution", "extensions", "groups", "history", "id", "kind", "members", "name", "named_seats", "reports_to", "seats", "statutory"]),
    public("BodyStage", &["extensions", "from", "kind", "name", "until"]),
    public("BodyStatutory", &["funding_arrangements", "interests_register", "lead_partners", "scrutiny_arrangements", "yearly_reports"]),
    public("YearlyReport", &["contents", "partner_sign_offs", "period_from", "period_to", "published", "sent_to", "signed_off_by"]),
    public("LeadPartner", &["delegates", "lead", "organisation", "partner"]),
    public("PartnerSignOff", &["by", "on", "partner"]),
    public("PartnerArrangement", &["partner_sign_offs", "period_from", "period_to"]),
    public("RegisteredInterest", &["from", "interest", "nature", "person", "until"]),
    public("Member", &["appointment", "category", "extensions", "from", "may_send_deputy", "organisation", "person", "recorded_at", "role", "seat", "until", "voting"]),
    public("Seat", &["extensions", "id", "name", "organisation", "shared", "vacant_from"]),
    public("SeatAllocation", &["organisation", "seats"]),
    public("Group", &["id", "name", "people"]),
    public("Constitution", &["acknowledgements", "nation", "quorum", "rule_settings", "standing_items", "thresholds"]),
    public("Quorum", &["each_statutory_partner", "min_voting_members", "min_voting_percent"]),
    public("Thresholds", &["action_amber_days", "attendance_percent", "call_in_working_days", "minutes_publish_working_days", "papers_clear_days", "risk_escalation_score", "risk_review_days"]),
    public("RuleSetting", &["code", "off", "reason", "severity"]),
    whole("Acknowledgement", "its path is inside withheld material, or it was agreed at a wholly confidential meeting", &["by", "code", "meeting", "on", "path", "reason"]),
    // Meetings.
    Record {
        name: "Meeting",
        tied_when: "marked confidential (wholly confidential)",
        public: &["body", "confidential", "date", "date_basis", "id", "latest_date", "minutes_published", "numbering", "papers_published", "redactions", "status"],
        follows: &[],
        withheld: &["agenda", "attendance", "attendance_key", "attendance_record", "contact", "declarations", "end", "extensions", "matters_arising", "mode", "next_meeting", "parts", "previous_minutes", "start", "title", "venue", "versions"],
    },
    Record {
        name: "MeetingPart",
        tied_when: "closed (marked confidential)",
        public: &["confidential", "exemption", "id"],
        follows: &[],
        withheld: &["name"],
    },
    public("Redactions", &["actions", "attendees", "decisions", "declarations", "items", "paragraphs", "review_by", "risks", "whole"]),
    follows("KeyCode", &["code", "status"]),
    follows("MinutesVersion", &["date", "draft", "label"]),
    whole("Attendance", "the meeting is wholly confidential, or the person attended only for confidential items (named by them only, or every item of `items` confidential)", &["also_deputy_for", "capacity", "code", "deputy_for", "extensions", "items", "note", "organisation", "person", "seat", "status"]),
    Record {
        name: "AgendaItem",
        tied_when: "marked confidential, in a closed part, beneath such an item, or in a wholly confidential meeting",
        public: &["confidential", "exemption", "minutes_allocated", "number", "part", "standing"],
        follows: &[],
        withheld: &["decisions", "deferred_to", "extensions", "minutes", "papers", "presenters", "refers_to", "title"],
    },
    Record {
        name: "Exemption",
        tied_when: "its item or part is withheld",
        public: &["paragraph", "review_by"],
        follows: &[],
        withheld: &["public_interest"],
    },
    follows("Paper", &["appendices", "name"]),
    follows("Decision", &["access", "actions", "due", "extensions", "kind", "letter", "owner", "owners", "proposer", "seconder", "separate_block", "text", "vote"]),
    follows("DecisionAccess", &["alternatives_rejected", "call_in_exempt", "conflict_declared", "decided_on", "dispensation_granted", "executive", "implemented_on", "key", "notice_published", "reasons"]),
    follows("Vote", &["abstained", "against", "for"]),
    follows("Declarations", &["entries", "none_declared"]),
    whole("Declaration", "about a confidential item (or one whose relation cannot be decided)", &["dispensation", "item", "kind", "left_room", "nature", "person", "took_part"]),
    whole("MatterArising", "names a withheld action, or by ref alone matches one or a confidential item of the previous meeting", &["action", "action_ref", "minute_ref", "note", "page", "section", "status"]),
    Record {
        name: "MinutesApproval",
        tied_when: "the minutes approved contain confidential material",
        public: &["approved", "approved_on", "challenged", "last_meeting", "meeting", "meeting_date"],
        follows: &[],
        withheld: &["amendments", "note"],
    },
    Record {
        name: "NextMeeting",
        tied_when: "the next meeting is wholly confidential",
        public: &["date", "meeting"],
        follows: &[],
        withheld: &["end", "start", "venue"],
    },
    // Actions.
    whole("Challenge", "always: the challenge log is the board's own scrutiny of its partners, left out of the public version", &["actions", "body", "challenged", "challenged_person", "closed_on", "description", "due", "extensions", "id", "raised_at", "raised_by", "raised_by_organisation", "raised_on", "responded_on", "response", "status", "subject"]),
    whole("Action", "raised under a confidential item (by ref) or at a wholly confidential meeting, or created by a decision of a confidential item", &["actioned_by", "closed_on", "description", "desired_outcome", "due", "extensions", "history", "id", "merged_into", "milestones", "outcome_measures", "owner_changes", "owners", "raised_at", "raised_by", "recorded_rag", "ref", "revised_due", "status", "status_text", "superseded_by"]),
    Record {
        name: "StatusChange",
        tied_when: "recorded at a wholly confidential meeting",
        public: &["date", "meeting", "status"],
        follows: &[],
        withheld: &["extensions", "note"],
    },
    whole("Revision", "agreed at a wholly confidential meeting", &["due", "meeting", "note", "on"]),
    whole("OwnerChange", "recorded at a wholly confidential meeting", &["meeting", "on", "owners"]),
    follows("Milestone", &["description", "done_on", "due"]),
    follows("PlanRef", &["body", "date", "kind", "objective", "priority", "title"]),
    follows("Owner", &["group", "initials", "name", "person", "role"]),
    follows("PersonRef", &["initials", "name", "person", "role"]),
    follows("Due", &["financial_year", "meeting", "months", "next_meeting_of", "within_days"]),
    follows("When", &["meeting"]),
    // Risks.
    public("RiskRegister", &["body", "escalation_score", "extensions", "matrix", "reviewed_on", "excerpt", "risks", "stated_counts", "stated_heat_map", "title", "top_band_review_days"]),
    follows("Matrix", &["bands", "bands_partial", "impact", "likelihood", "scoring"]),
    follows("StatedCell", &["basis", "count", "impact", "likelihood"]),
    follows("Band", &["colour", "label", "max", "min", "rating", "response"]),
    follows("StatedCount", &["category", "count", "label", "rating"]),
    whole("Risk", "raised under a confidential item or at a wholly confidential meeting", &["applies_to", "category", "causes", "control_effectiveness", "issue_type", "closed_on", "closed_reason", "comments", "consequences", "controls", "current", "description", "extensions", "history", "id", "inherent", "last_reviewed", "linked_actions", "next_review", "owner", "owning_body", "planned_actions", "raised", "review_frequency", "revisit", "status", "target", "target_date", "title", "treatment"]),
    follows("Raised", &["date", "meeting", "minute"]),
    follows("Assessment", &["impact", "likelihood"]),
    follows("Control", &["description", "effectiveness"]),
    whole("PlannedAction", "names a withheld action", &["action", "description", "due"]),
    Record {
        name: "HistoryEntry",
        tied_when: "recorded at a wholly confidential meeting",
        public: &["date", "direction", "impact", "likelihood", "meeting", "period", "period_label", "score"],
        follows: &[],
        withheld: &["note"],
    },
    // Budgets and funding.
    public("Budget", &["additional", "baseline", "body", "brought_forward", "cut_warning_basis_points", "expenditure", "extensions", "formula", "in_kind", "joint_payments", "reserves", "stated_total_expenditure", "stated_total_income", "year"]),
    follows("Additional", &["amount", "description", "organisation"]),
    follows("Allocation", &["amount", "criteria", "kind", "pot"]),
    follows("BoardShare", &["basis_points", "body"]),
    follows("CentralPot", &["amount", "description", "holder"]),
    follows("Criterion", &["basis_points", "id", "name"]),
    follows("EarlierMethod", &["base_amount", "from", "method", "to"]),
    follows("ExpenditureLine", &["actual", "budgeted", "heading"]),
    follows("Formula", &["amounts", "basis_points", "boards", "fixed", "kind", "last_year", "partners", "populations", "remainder", "shares", "weights"]),
    follows("InKind", &["description", "organisation", "value"]),
    follows("JointPayment", &["boards", "description", "organisation", "payment"]),
    follows("Measure", &["criterion", "value"]),
    follows("PartnerAmount", &["amount", "organisation"]),
    follows("PartnerPopulation", &["organisation", "population"]),
    follows("PartnerShare", &["basis_points", "organisation"]),
    follows("PartnerWeight", &["organisation", "weight"]),
    follows("Phasing", &["max_gain_basis_points", "max_loss_basis_points", "years"]),
    follows("Recipient", &["amount", "areas", "boards", "body", "change_year", "extensions", "measures", "payee", "stated_amount", "stated_change_basis_points"]),
    follows("StatedSubtotal", &["amount", "label", "recipients", "stated_count"]),
    follows("Reserve", &["added", "drawn", "kind", "name", "opening"]),
    whole("FundingDecision", "marked confidential", &["allocation", "applied_in_full", "carry_forward_limit_basis_points", "central", "conditions", "confidential", "date", "decided_by", "declaration", "earlier_methods", "extensions", "funder", "id", "key_decision", "lead_officer", "phasing", "purpose", "recipients", "reference", "signed_on", "stated_subtotals", "stated_totals", "status", "subject_to_call_in", "title", "year"]),
    // Scorecards.
    public("Scorecard", &["body", "extensions", "id", "indicators", "title", "year_start_month"]),
    public("Indicator", &["change_places", "comparators", "extensions", "frequency", "id", "lead_officer", "name", "note", "number", "parent", "places", "polarity", "recorded_rag", "target", "target_to_be_set", "travel_threshold", "unit", "values"]),
    follows("Comparator", &["distance_percent", "extensions", "group_size", "kind", "period", "position", "previous_rank", "rank", "stated", "value"]),
    follows("Observation", &["arrow", "count", "extensions", "note", "period", "population", "total", "value"]),
    follows("Target", &["tolerance", "value"]),
    follows("TravelThreshold", &["absolute", "relative_percent"]),
];

/// The classification of a record type, by its schema name.
pub fn record(name: &str) -> Option<&'static Record> {
    TABLE.iter().find(|r| r.name == name)
}

/// A tied record reduced to its public fields (see [`TABLE`]), with `fill` setting the
/// placeholders of required fields ("Confidential item"). `None` when the reduced record
/// does not read back (a required field classed withheld and not filled): the caller then
/// leaves the record out, which withholds more, never less.
pub fn reduce<T: Serialize + DeserializeOwned>(
    value: &T,
    name: &str,
    fill: &[(&str, Value)],
) -> Option<T> {
    let rec = record(name)?;
    let Ok(Value::Object(map)) = serde_json::to_value(value) else {
        return None;
    };
    let mut kept: Map<String, Value> = map
        .into_iter()
        .filter(|(k, _)| rec.class(k) == Some(Class::Public))
        .collect();
    for (k, v) in fill {
        kept.insert((*k).to_string(), v.clone());
    }
    serde_json::from_value(Value::Object(kept)).ok()
}
