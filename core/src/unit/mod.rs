//! Rule units: a rule as one item, with everything the catalogue, the premises, the
//! citations and the validation driver need to know about it, and its check over a
//! narrow context.
//!
//! A unit lives in its own file (`core/src/<area>/rules/<name>.rs`, a `pub const UNIT`);
//! the registry ([`crate::registry`]) that lists every unit, and each area's
//! `rules/mod.rs`, are generated (`bash tests/codegen.sh`, the example `registry`).
//! Every rule of the catalogue is a unit.

mod risk;
mod run;
pub(crate) use run::{run_document, run_indicator};
// Bodies and budgets: their accessors and their stages' walks.
mod board;
mod budget;
pub(crate) use board::{run_board, run_board_acknowledgements, run_board_profile};
pub(crate) use run::{run_budget, run_budget_one, run_decision};
// Budgets (ubudget): the statement stages' walk.
pub(crate) use budget::{
    run_budget_records, run_budget_statement, run_decision_names, run_unit_on_budget,
    run_unit_on_decision,
};
// The risk register: its walk's stages.
pub(crate) use run::run_risk;
// The action log's units (`action/rules/`): their context and walk.
mod action;
pub(crate) use action::{by_place, Walk};
pub(crate) use run::{run_action, run_action_log};
// Statutory records and challenge log: their per-record stages' walk.
pub(crate) mod statutory;
mod statutory_run;
pub(crate) use statutory::StatutoryAt;
pub(crate) use statutory_run::run_statutory;
// Meetings (umeeting): the per-meeting stages' walk.
mod meeting;
pub(crate) use meeting::{run_meeting, run_meeting_numbers};
// meeting agenda (umagenda): the agenda walk's meeting, reference by reference.
pub(crate) use meeting::{At, MeetingAt, MeetingWalk, PersonRefAt};

use crate::index::Index;
use crate::pointer::Pointer;
use crate::premise::Premise;
use crate::scorecard::indicator::Indicator;
use crate::scorecard::Scorecard;
use crate::validate::{Report, Rule, ValidateOptions};

/// The area a rule belongs to, in catalogue order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Area {
    /// Bodies, members and constitutions.
    Board,
    /// Meetings, attendance and minutes.
    Meeting,
    /// The statutory records.
    Statutory,
    /// The action log.
    Action,
    /// The risk register.
    Risk,
    /// Budgets and funding decisions.
    Budget,
    /// Performance scorecards.
    Scorecard,
    /// The challenge log.
    Challenge,
    /// One record as a form checks it.
    Form,
}

/// A record kind a rule reads: its context gives it only the kinds its scope names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scope {
    /// The document's people (look-ups by id).
    Person,
    /// The document's bodies (look-ups by id).
    Body,
    /// The scorecards and their indicators.
    Scorecard,
    // Bodies and budgets.
    /// The document's funding decisions.
    FundingDecision,
    /// The document's budgets.
    Budget,
    // The risk register:
    /// The risk register and its risks.
    Risk,
    /// The action log: each action with its timeline, and what it resolves to in its
    /// document (the meeting and body that raised it, its due dates, its owners; the
    /// risk register's look-ups by id).
    Action,
    /// The meetings' matters arising, matched to the actions raised before them.
    MattersArising,
    // Statutory records and challenge log (the action log's look-ups by id are
    // `Action`, above):
    /// The document's meetings (the one under check, and look-ups by id).
    Meeting,
    /// The bodies' statutory records (their yearly reports and lead partners).
    Statutory,
    /// The challenge log.
    Challenge,
    // Bodies (uboard): the board records' own look-ups.
    /// The document's organisations (look-ups by id).
    Organisation,
    /// The rule settings and acknowledgements of the bodies' constitutions.
    Profile,
}

/// Where the validation's walk calls a unit's check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stage {
    /// Once per document, after the old-idiom rules of every area.
    Document,
    /// Once per indicator, with its references (a document only: not on a scorecard
    /// checked on its own).
    IndicatorFields,
    /// Once per indicator, on its note, values, target and comparators; also on a
    /// scorecard checked on its own.
    IndicatorValues,
    // Bodies and budgets.
    /// Once per budget whose formula is well formed and agrees with its stated total, in
    /// the budget checks before its statement is worked out.
    BudgetBroughtForward,
    /// Once per funding decision, in the decision checks after the names it gives.
    DecisionPhasing,
    /// Once per funding decision whose figures can be worked out, in the decision checks
    /// after its names, phasing and weights gave no finding.
    DecisionStated,
    /// Once per document, in the decision checks after each decision's own: the joint
    /// payments of the budgets.
    BudgetJointPayments,
    /// Once per document, in the budget checks after the funding decisions' rules; the
    /// findings ordered by decision, then by stated subtotal.
    BudgetSubtotals,
    // The risk register, in the order of its walk (`risk::check`): the register, then
    // each risk, then the register again.
    /// Once per register, before its references: the matrix.
    RiskMatrix,
    /// Once per risk: its lifecycle (closed, deferred).
    RiskLifecycle,
    /// Once per risk: its history's dates (entry by entry).
    RiskHistoryDates,
    /// Once per risk: the actions it links.
    RiskLinks,
    /// Once per risk, on a usable matrix: its levels (inherent, current, target, then
    /// each history entry).
    RiskLevels,
    /// Once per risk, on a usable matrix: its scores against each other.
    RiskScores,
    /// Once per risk, on a usable matrix: its current assessment against its history.
    RiskAgainstHistory,
    /// Once per risk, on a usable matrix: what a live risk needs (its top band, its
    /// review).
    RiskLive,
    /// Once per risk, on a usable matrix with an as-of date: its target date.
    RiskTargetDate,
    /// Once per register, after its risks, on a usable matrix with an as-of date: what
    /// it states of itself.
    RiskStated,
    /// Once per register, last, on a usable matrix: escalation.
    RiskEscalation,
    // The action log's stages: once per action, in this order, then once for the log.
    /// An action's due and each revision of it (ordered by due).
    ActionDue,
    /// An action's owners (ordered by owner).
    ActionOwners,
    /// An action's dated history (ordered by entry).
    ActionHistory,
    /// An action's closing, reopening, recorded status and lateness as of a date.
    ActionStatus,
    /// Where an action came from, and the board's own words for its status.
    ActionRecord,
    /// How an action finished: its completion, recorded RAG rating and who acted.
    ActionOutcome,
    /// An action's milestones.
    ActionMilestones,
    /// An action against the earlier actions of its meeting.
    ActionDuplicate,
    /// Once for the whole log, after every action: the matters arising.
    ActionLog,
    // Statutory records and challenge log: with the meeting rules only (a
    // document, not a loaded board's record other than a meeting).
    /// Once per body, on its statutory records.
    StatutoryBody,
    /// Once per yearly report of a body, after the body's stage.
    StatutoryReport,
    /// Once per exemption of a meeting (its agenda items', then its closed parts'), before
    /// the meeting's stage; the review date's finding comes first.
    StatutoryExemption,
    /// Once per meeting, after its exemptions.
    StatutoryMeeting,
    /// Once per executive or key decision of a meeting, after the meeting's stage; the
    /// written record's findings come first.
    StatutoryDecision,
    /// Once per meeting, after its decisions.
    StatutoryRegister,
    /// Once per challenge of the log, after its references.
    Challenge,
    // Meetings (umeeting): in the order of the meeting checks' walk.
    /// Once per meeting, after its date basis: its window of days.
    MeetingDateWindow,
    /// Once per meeting, after the approval of its earlier minutes is dated: that
    /// approval against the as-of date, and a challenge to it.
    MeetingApproval,
    /// Once per meeting, after its links to actions: its matters arising.
    MeetingMattersArising,
    /// Once per document, after every meeting (also on a document checked without the
    /// other meeting rules): the numbers that may be beneath a confidential item.
    MeetingNumbers,
    // Bodies (uboard): the board checks, then the rule profiles applied to the report.
    /// Once per document, first: the records of the board (organisations, people, bodies);
    /// the findings ordered as the board's walk made them (`board_place`).
    Board,
    /// Once per document, as the bodies' rule profiles are applied: their settings and
    /// acknowledgements, ordered by place.
    BoardProfile,
    /// Once per document, last: the acknowledgements no finding of the report matched.
    BoardAcknowledgements,
    // Budgets (ubudget): once per budget whose formula is well formed, in the budget
    // checks after its brought-forward stage: its statement not worked out, or (worked
    // out) its totals, then its partners.
    /// A budget whose statement cannot be worked out.
    BudgetNotComputable,
    /// A budget's stated totals and spending against its statement, and its reserves.
    BudgetTotals,
    /// A budget's partners: what each contributes, and against last year.
    BudgetPartners,
    /// Once per budget, first in the budget checks: its year and board, and the
    /// organisations it names.
    BudgetRecords,
    /// Once per budget, after its records: its formula's shares, weights and partners,
    /// then its joint payments' splits (the findings ordered by place). A finding here
    /// stops the budget's later stages.
    BudgetFormula,
    // meeting agenda (umagenda): in the order of the agenda walk of each meeting.
    /// Once per meeting, before its people: its agenda items' numbers (the findings
    /// ordered by item).
    MeetingAgendaNumbers,
    /// Once per meeting, after its item numbers: its minute numbers.
    MeetingMinuteNumbers,
    /// Once per person reference of a meeting's agenda (presenters, then decisions'
    /// people) and declarations, resolved once by the walk.
    MeetingPersonRef,
    /// Once per meeting, after its people: its standing items.
    MeetingStandingItems,
    /// Once per meeting, after its standing items: its declarations as a whole.
    MeetingDeclarations,
    /// Once per declaration of a meeting, after its person: the item it names.
    MeetingDeclarationItem,
    /// Once per meeting, after its declarations: its quorum.
    MeetingQuorum,
    /// Once per meeting, after its quorum: the decisions made without one.
    MeetingQuorumDecisions,
    // Meeting attendance, dates and minutes (umatt): one stage per rule, called in the
    // order the meeting checks always ran them (each rule over the whole meeting).
    /// Once per meeting, after its people's references: one entry per person.
    MeetingDuplicateAttendance,
    /// Once per meeting: attendance at a meeting not held.
    MeetingUnheldAttendance,
    /// Once per meeting: deputies that name no principal.
    MeetingDeputyWithoutPrincipal,
    /// Once per meeting: people deputising for themselves.
    MeetingSelfDeputy,
    /// Once per meeting: deputies for people who are not members.
    MeetingDeputyForNonMember,
    /// Once per meeting: deputies for members who may not send one.
    MeetingDeputyNotAllowed,
    /// Once per meeting: deputies whose member is also present.
    MeetingDeputyAndPrincipal,
    /// Once per meeting: two deputies for one member.
    MeetingTwoDeputies,
    /// Once per meeting: substitutes and their seats.
    MeetingSubstituteSeat,
    /// Once per meeting, after its seats and agencies: the grid's marks.
    MeetingAttendanceCode,
    /// Once per meeting: attendance for agenda items.
    MeetingAttendanceItem,
    /// Once per meeting, after its agenda walk: how its date is known.
    MeetingDateBasis,
    /// Once per meeting, after its window of days: its times.
    MeetingEndBeforeStart,
    /// Once per meeting: an approval of earlier minutes that names no meeting.
    MeetingPreviousUnnamed,
    /// Once per meeting, after the approved minutes' meeting is looked up: its body.
    MeetingPreviousOtherBody,
    /// Once per meeting: the approved minutes' date against this meeting's.
    MeetingPreviousNotEarlier,
    /// Once per meeting: the approved minutes' date against their meeting's.
    MeetingPreviousDateMismatch,
    /// Once per meeting: the day the minutes were approved.
    MeetingMinutesApprovedBeforeHeld,
    /// Once per meeting, after the approval stage: the next meeting's date.
    MeetingNextMeeting,
}

/// A governance rule as one unit.
#[derive(Debug, Clone, Copy)]
pub struct RuleUnit {
    /// Code, severity and one-line meaning.
    pub rule: Rule,
    /// The area the rule belongs to.
    pub area: Area,
    /// What the paper must record for the rule to apply, and the fields that record it.
    pub premise: Premise,
    /// The record kinds the check reads.
    pub scope: &'static [Scope],
    /// The law the rule enforces, if it enforces one.
    pub citation: Option<&'static str>,
    /// The constitution thresholds (`constitution.thresholds` names) the check reads.
    pub thresholds: &'static [&'static str],
    /// Where the validation's walk calls the check (which also fixes the order of the
    /// findings in the report).
    pub stage: Stage,
    /// The check: findings into the report.
    pub check: fn(&UnitContext<'_>, &mut Report),
}

/// Where the records of a context come from.
#[derive(Clone, Copy)]
pub(crate) enum Source<'a> {
    /// A whole document, through its index.
    Document(&'a Index<'a>),
    /// One indicator (with its scorecard's pointer and the document, when there is one).
    Indicator(Option<&'a Index<'a>>, &'a str, &'a Scorecard, usize),
    /// One funding decision of a document, by position, with what the decisions pay
    /// (bodies and budgets).
    Decision(
        &'a Index<'a>,
        usize,
        Option<&'a crate::budget::paid::Paid<'a>>,
    ),
    /// One budget of a document, by position, with the budgets by board and year (bodies
    /// and budgets).
    Budget(&'a Index<'a>, usize, &'a crate::budget::paid::Paid<'a>),
    // The risk register:
    /// One risk of the document's register, by its index in `risks`.
    Risk(&'a Index<'a>, usize),
    /// One action (by position) of a walk of the action log.
    Action(&'a Walk<'a>, usize),
    /// One record of the statutory or challenge areas' stages, in a document.
    Statutory(&'a Index<'a>, StatutoryAt),
    // Budgets (ubudget):
    /// One budget of a document, by position, with its statement (or why it cannot be
    /// worked out).
    BudgetStatement(
        &'a Index<'a>,
        usize,
        &'a Result<crate::budget::statement::Statement, crate::error::Error>,
    ),
    // meeting agenda (umagenda):
    /// One meeting of a document under the agenda walk, and where in it.
    Meeting(&'a Index<'a>, &'a MeetingAt<'a>, At<'a>),
}

impl<'a> Source<'a> {
    /// The document's index, when the context has a document.
    pub(crate) fn index(self) -> Option<&'a Index<'a>> {
        match self {
            Source::Document(ix)
            | Source::Decision(ix, ..)
            | Source::Budget(ix, ..)
            | Source::Risk(ix, _)
            | Source::Statutory(ix, _)
            | Source::Meeting(ix, ..) => Some(ix),
            // Budgets (ubudget).
            Source::BudgetStatement(ix, ..) => Some(ix),
            Source::Indicator(ix, ..) => ix,
            Source::Action(walk, _) => Some(walk.ix),
        }
    }
}

/// What a unit's check may read: the records its scope names, and the options.
#[derive(Clone, Copy)]
pub struct UnitContext<'a> {
    pub(crate) source: Source<'a>,
    pub(crate) options: &'a ValidateOptions,
    pub(crate) scope: &'static [Scope],
}

impl<'a> UnitContext<'a> {
    fn reads(&self, kind: Scope) -> bool {
        self.scope.contains(&kind)
    }

    /// The validation's options.
    pub fn options(&self) -> &'a ValidateOptions {
        self.options
    }

    /// Each scorecard with its JSON Pointer (`/scorecards/0`, or empty for a scorecard
    /// checked on its own); none unless the scope names [`Scope::Scorecard`].
    pub fn scorecards(&self) -> Vec<(String, &'a Scorecard)> {
        if !self.reads(Scope::Scorecard) {
            return Vec::new();
        }
        if let Source::Indicator(_, base, s, _) = self.source {
            return vec![(base.to_string(), s)];
        }
        self.source.index().map_or_else(Vec::new, |ix| {
            ix.document()
                .scorecards
                .iter()
                .enumerate()
                .map(|(i, s)| (Pointer::root().item("scorecards", i).into(), s))
                .collect()
        })
    }

    /// Each indicator with its scorecard and its JSON Pointer
    /// (`/scorecards/0/indicators/2`); none unless the scope names [`Scope::Scorecard`].
    pub fn indicators(&self) -> Vec<(String, &'a Scorecard, &'a Indicator)> {
        if let Source::Indicator(_, base, sc, j) = self.source {
            return match sc.indicators.get(j) {
                Some(ind) if self.reads(Scope::Scorecard) => {
                    vec![(Pointer::at(base).item("indicators", j).into(), sc, ind)]
                }
                _ => Vec::new(),
            };
        }
        let mut all = Vec::new();
        for (base, sc) in self.scorecards() {
            for (j, ind) in sc.indicators.iter().enumerate() {
                all.push((Pointer::at(&base).item("indicators", j).into(), sc, ind));
            }
        }
        all
    }

    /// A person by id; `None` when absent, outside the scope, or without a document.
    pub fn person(&self, id: &str) -> Option<&'a crate::board::Person> {
        if !self.reads(Scope::Person) {
            return None;
        }
        self.source.index().and_then(|ix| ix.person(id))
    }

    /// A body by id; `None` when absent, outside the scope, or without a document.
    pub fn body(&self, id: &str) -> Option<&'a crate::board::Body> {
        if !self.reads(Scope::Body) {
            return None;
        }
        self.source.index().and_then(|ix| ix.body(id))
    }
}

pub use crate::code::UnknownRuleCode;

/// The rest of a finding's path below `base`: `due` for `/actions/3/due` below
/// `/actions/3`; empty when the path is `base` itself or not below it.
pub(crate) fn below<'p>(path: &'p str, base: &str) -> &'p str {
    path.strip_prefix(base)
        .and_then(|rest| rest.strip_prefix('/'))
        .unwrap_or("")
}
