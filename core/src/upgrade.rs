//! Reading documents written by earlier versions of boardkit.
//!
//! A board document carries its `schema_version`. Every version from
//! [`OLDEST_SCHEMA_VERSION`](crate::record::OLDEST_SCHEMA_VERSION) is read, wherever the
//! document appears (on its own or inside a request), and upgraded as it is read, so the
//! rest of the library only ever sees the current version; writing a document always
//! writes [`SCHEMA_VERSION`].
//!
//! How versions differ: a later version only adds (new records, new optional fields, new
//! variants), so an earlier document is already well formed under the current types and
//! shape errors keep the exact JSON Pointer of the bad value. What an upgrade step does is
//! give the old record the meaning it had when it was written, where a new field would
//! otherwise change it. Each area has one step per version (`v1_actions`, `v1_risks`...);
//! a step works on the typed records of its own area only.
//!
//! Version 2 (the field papers of other boards) added, among others: actions raised by a
//! plan, revised due dates and owner changes; risk bands with their own labels and
//! colours, review intervals and stated counts; funders and their decisions.
//!
//! Version 3 added a person's aliases (other spellings of their name, other initials) and
//! references to a person by name (`{"name": ...}` as a presenter, proposer or action
//! owner).
//!
//! Version 4 added the ground of an exempt item or closed part (`exemption`); version 5
//! what a meeting's public version withheld (`redactions`: counts and grounds only).
//!
//! Version 6 (the third pass over other boards' papers, and more statutory duties) added,
//! all optional: dues within days of a meeting, over months or a financial year,
//! "regularly" and "at a future meeting", shared by actions and decisions; a meeting's
//! contact officer and the last possible day of its date window; approval of "the
//! minutes of the last meeting"; a matter arising keyed to a minute without a status; a
//! member present in their own right who represents an agency; people known by office
//! alone; a body's earlier names and kinds (`history`) and the kind `council`; a funding
//! decision's stated subtotals, purpose, status, key decision and call-in; a recipient's
//! `extensions`; a risk register marked an excerpt, partial bands, a stored heat map,
//! category counts, issue type, whole-risk control effectiveness and undated history
//! entries; a decision's access-to-information record, a body's register of interests
//! and yearly reports. Membership `category` and meeting `status` became optional.
//!
//! Version 7 (the partnership duties, the challenge log and exact host numbers) added,
//! all optional: a challenge log; a safeguarding partnership's lead partners, their
//! delegates and sign-offs; a safeguarding adults board's annual report contents and
//! recipients; a body's call-in period.
//! The partnership duties are in a body's `statutory` record: `lead_partners` (each a
//! `partner` with its `organisation`, `lead` and `delegates`), `funding_arrangements`
//! and `scrutiny_arrangements` (each with `partner_sign_offs`), and on a yearly report
//! its `partner_sign_offs`, `contents` and `sent_to`; the call-in period is the
//! constitution's threshold `call_in_working_days`.
//! The
//! challenge log (`challenges`) holds who raised each challenge and whom it challenged,
//! its response, status, due and closing day, and the actions raised on it; its rules
//! are the area `challenge`, and the public version leaves it out.

use crate::record::{BoardDocument, SCHEMA_VERSION};
use crate::Extensions;
use serde::Deserialize;

/// A board document as stored, of any readable version, before its upgrade. It has the
/// fields of [`BoardDocument`]; see there for their meaning. (Its JSON Schema is the one
/// published for a board document: what a host may send.)
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "BoardDocument"))]
#[serde(deny_unknown_fields)]
pub(crate) struct Stored {
    /// [`SCHEMA_VERSION`] once read: a document of an earlier version (from
    /// [`OLDEST_SCHEMA_VERSION`]) is upgraded as it is read, wherever it appears (on its
    /// own or inside a request); any other version is a shape error.
    #[serde(deserialize_with = "crate::record::schema_version")]
    schema_version: u32,
    /// Partner agencies.
    #[serde(default)]
    organisations: Vec<crate::board::Organisation>,
    /// People.
    #[serde(default)]
    people: Vec<crate::board::Person>,
    /// Boards, executives, sub-groups.
    #[serde(default)]
    bodies: Vec<crate::board::Body>,
    /// Meetings.
    #[serde(default)]
    meetings: Vec<crate::meeting::Meeting>,
    /// The action log.
    #[serde(default)]
    actions: Vec<crate::action::Action>,
    /// The risk register.
    #[serde(default, deserialize_with = "checked_register")]
    risk_register: Option<crate::risk::RiskRegister>,
    /// Budgets, one per financial year.
    #[serde(default)]
    budgets: Vec<crate::budget::Budget>,
    /// Funders' decisions, each paying one or many boards.
    #[serde(default)]
    funding_decisions: Vec<crate::budget::FundingDecision>,
    /// Performance scorecards.
    #[serde(default)]
    scorecards: Vec<crate::scorecard::Scorecard>,
    /// The challenge log.
    #[serde(default)]
    challenges: Vec<crate::challenge::Challenge>,
    /// Host data kept through a round trip.
    #[serde(default)]
    extensions: Extensions,
}

/// A board document is read as it was stored (any readable version), and upgraded.
impl<'de> Deserialize<'de> for BoardDocument {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Stored::deserialize(d).and_then(|s| Self::try_from(s).map_err(serde::de::Error::custom))
    }
}

/// Reads a document's risk register and checks its matrix: an unusable matrix is an
/// [`crate::Error::Config`] at its path, wherever the document appears (on its own, as the
/// context of a record, inside a request).
pub(crate) fn checked_register<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<crate::risk::RiskRegister>, D::Error> {
    let register = Option::<crate::risk::RiskRegister>::deserialize(d)?;
    if let Some(r) = &register {
        r.check_config("").map_err(crate::read::carry)?;
    }
    Ok(register)
}

impl TryFrom<Stored> for BoardDocument {
    type Error = String;

    fn try_from(stored: Stored) -> Result<Self, String> {
        let from = stored.schema_version;
        let mut doc = BoardDocument {
            schema_version: from,
            organisations: stored.organisations,
            people: stored.people,
            bodies: stored.bodies,
            meetings: stored.meetings,
            actions: stored.actions,
            risk_register: stored.risk_register,
            budgets: stored.budgets,
            funding_decisions: stored.funding_decisions,
            scorecards: stored.scorecards,
            challenges: stored.challenges,
            extensions: stored.extensions,
        };
        upgrade(&mut doc)?;
        Ok(doc)
    }
}

/// Upgrade a document read at its own `schema_version` to [`SCHEMA_VERSION`], one version
/// at a time. A document already current is left as it is.
pub(crate) fn upgrade(doc: &mut BoardDocument) -> Result<(), String> {
    if doc.schema_version < 2 {
        v1_meetings(doc)?;
        v1_actions(doc);
        v1_risks(doc);
        v1_budgets(doc);
        doc.schema_version = 2;
    }
    if doc.schema_version < 3 {
        v2_people(doc);
        doc.schema_version = 3;
    }
    // Version 4 added the optional ground of an exempt item or closed part
    // (`exemption`): a version-3 document reads as it is.
    // Version 5 added what a public version withheld from a meeting (`redactions`),
    // optional and absent from a full record: a version-4 document reads as it is.
    // Version 5 added the statutory records, all optional: a body's nation and its
    // publication thresholds, a meeting's papers and minutes publication dates, an
    // exemption's public-interest statement, a declaration's kind and dispensation. A
    // version-4 document lacks them and reads as it is.
    // Version 6 added optional fields only (see the module's text), and made membership
    // `category` and meeting `status` optional: every version-5 document is already a
    // version-6 document with the same meaning, so it reads as it is.
    doc.schema_version = SCHEMA_VERSION;
    Ok(())
}

/// Meetings, attendance and decisions from version 1. Version 2 added optional fields
/// only (date basis, mode, parts, attendance completeness and grid key, seats, unnamed
/// deputies, decisions' owners, due, proposer, vote and actions, previous minutes by date)
/// and new kinds, roles and statuses. Their defaults give a version-1 meeting the meaning
/// it had: a date as stated; a listed attendance is the full list and an empty one is not
/// recorded (as version 1 read it for quorum and the attendance report); a membership
/// with no dates covers every meeting. So nothing is changed.
fn v1_meetings(_doc: &mut BoardDocument) -> Result<(), String> {
    Ok(())
}

/// Actions from version 1: every action was raised at a meeting (`raised_at`), its due
/// was a date, a month or a meeting, and it had no revisions or owner changes, all of
/// which version 2 reads the same way. Nothing to change.
fn v1_actions(_doc: &mut BoardDocument) {}

/// The risk register from version 1: each band carried its rating (red, amber, green,
/// yellow), which version 2 keeps as the band's RAG. Nothing to change.
fn v1_risks(_doc: &mut BoardDocument) {}

/// Budgets from version 1: one board's budget per year, with no funders' decisions.
/// Nothing to change.
fn v1_budgets(_doc: &mut BoardDocument) {}

/// People from version 2: nobody had aliases and no reference was by name, which version
/// 3 reads the same way (no aliases; initials resolve as before). Nothing to change.
fn v2_people(_doc: &mut BoardDocument) {}
