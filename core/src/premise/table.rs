//! The premise table: one entry per catalogue rule not written as a unit (a unit carries
//! its own premise), in catalogue order (a test fails when a rule has no premise, or an
//! entry names no rule or a unit).

use super::Premise;

const fn p(code: &'static str, text: &'static str, needs: &'static [&'static str]) -> Premise {
    Premise {
        code,
        text,
        needs,
        approximate: false,
    }
}

/// As [`p`], for a premise whose function only looks at whether fields are recorded.
const fn approx(code: &'static str, text: &'static str, needs: &'static [&'static str]) -> Premise {
    Premise {
        code,
        text,
        needs,
        approximate: true,
    }
}

const ATTENDANCE: &str = "/meetings/*/attendance";
const QUORUM: &str = "/bodies/*/constitution/quorum/min_voting_members|/bodies/*/constitution/quorum/min_voting_percent|/bodies/*/constitution/quorum/each_statutory_partner";
const MEMBERS: &str = "/bodies/*/members";
const DEPUTY: &str = "/meetings/*/attendance/*/deputy_for|/meetings/*/attendance/*/also_deputy_for";
const AGENDA: &str = "/meetings/*/agenda";
const PREVIOUS: &str = "/meetings/*/previous_minutes";
const RISKS: &str = "/risk_register/risks";
const RISK_HISTORY: &str = "/risk_register/risks/*/history";
const RISK_SCORES: &str = "/risk_register/risks/*/current|/risk_register/risks/*/inherent|/risk_register/risks/*/target|/risk_register/risks/*/history";
const BUDGETS: &str = "/budgets";
const DECISIONS: &str = "/funding_decisions";
/// The scorecard premises are kept here as well as in their units (`scorecard/rules/`):
/// this public list pins the catalogue order; [`super::of`] reads a unit's own first.
const ACTION_HISTORY: &str = "/actions/*/history";
const RAISED_AT: &str = "/actions/*/raised_at";
const OWNERS: &str = "/actions/*/owners";

/// Every rule's premise.
pub const PREMISES: &[Premise] = &[
    p("board.duplicate_id", "Always applies: every record with an id is checked.", &[]),
    p("board.unknown_reference", "Always applies: every reference by id is checked.", &[]),
    p("board.reporting_cycle", "Bodies with reporting lines (reports_to).", &["/bodies/*/reports_to"]),
    p("board.duplicate_reports_to", "Bodies with reporting lines (reports_to).", &["/bodies/*/reports_to"]),
    p("board.duplicate_member", "A body's membership.", &[MEMBERS]),
    approx("board.observer_voting", "A body's membership with a lead member recorded as voting (approximate: checks that a membership is recorded).", &[MEMBERS]),
    p("board.ambiguous_initials", "A body's membership and people's initials.", &[MEMBERS, "/people/*/initials"]),
    p("board.membership_ends_before_start", "A membership with a last day (until).", &["/bodies/*/members/*/until"]),
    p("board.seat_overfilled", "Named seats held by members.", &["/bodies/*/named_seats", "/bodies/*/members/*/seat"]),
    p("board.unknown_rule_code", "A body's rule settings or acknowledgements.", &["/bodies/*/constitution/rule_settings|/bodies/*/constitution/acknowledgements"]),
    p("board.acknowledgement_unused", "A body's acknowledgements of findings.", &["/bodies/*/constitution/acknowledgements"]),
    p("board.history_dates_conflict", "A body's history of names and kinds, with dates.", &["/bodies/*/history/*/from|/bodies/*/history/*/until"]),
    p("meeting.duplicate_attendance", "A meeting's attendance.", &[ATTENDANCE]),
    p("meeting.deputy_without_principal", "A meeting's attendance.", &[ATTENDANCE]),
    p("meeting.deputy_for_non_member", "A deputy in a meeting's attendance (deputy_for).", &[DEPUTY]),
    p("meeting.deputy_not_allowed", "A deputy in a meeting's attendance (deputy_for) and the body's membership.", &[DEPUTY, MEMBERS]),
    p("meeting.deputy_and_principal_present", "A deputy in a meeting's attendance (deputy_for).", &[DEPUTY]),
    approx("meeting.initials_unresolved", "Initials used in a meeting's record (approximate: checks that a meeting records attendance, an agenda or actions).", &["/meetings/*/attendance|/meetings/*/agenda|/actions"]),
    approx("meeting.initials_ambiguous", "Initials used in a meeting's record and people's initials (approximate: checks that initials are recorded).", &["/people/*/initials|/bodies/*/members"]),
    approx("meeting.name_unresolved", "Names used in a meeting's record (approximate: checks that a meeting records attendance or an agenda).", &["/meetings/*/attendance|/meetings/*/agenda"]),
    approx("meeting.name_ambiguous", "Names used in a meeting's record (approximate: checks that a meeting records attendance or an agenda).", &["/meetings/*/attendance|/meetings/*/agenda"]),
    approx("meeting.role_unresolved", "A role (the chair) named in a meeting's record (approximate: checks that a meeting records attendance, an agenda or actions).", &["/meetings/*/attendance|/meetings/*/agenda|/actions"]),
    approx("meeting.presenter_not_recorded", "Presenters of agenda items and a full attendance record (approximate: checks presenters and attendance are recorded).", &["/meetings/*/agenda/*/presenters", ATTENDANCE]),
    approx("meeting.inquorate", "A meeting's full attendance and a quorum in the body's constitution (approximate: checks both are recorded, not that the attendance is full).", &[ATTENDANCE, QUORUM]),
    approx("meeting.decision_while_inquorate", "Decisions at a meeting, its attendance and a quorum in the body's constitution (approximate: checks all three are recorded).", &["/meetings/*/agenda/*/decisions", ATTENDANCE, QUORUM]),
    p("meeting.end_before_start", "A meeting's (or the next meeting's) start and end times.", &["/meetings/*/end|/meetings/*/next_meeting/end"]),
    p("meeting.previous_minutes_not_earlier", "An approval of earlier minutes.", &[PREVIOUS]),
    p("meeting.previous_minutes_other_body", "An approval of earlier minutes naming the meeting.", &["/meetings/*/previous_minutes/meeting"]),
    p("meeting.next_meeting_not_after", "The next meeting's date.", &["/meetings/*/next_meeting"]),
    p("meeting.agenda_number_invalid", "Numbered agenda items.", &["/meetings/*/agenda/*/number"]),
    p("meeting.agenda_number_duplicate", "Numbered agenda items.", &["/meetings/*/agenda/*/number"]),
    p("meeting.agenda_out_of_order", "Numbered agenda items.", &["/meetings/*/agenda/*/number"]),
    approx("meeting.standing_item_missing", "Standing items in the body's constitution and a meeting that took place (approximate: checks that standing items and meetings are recorded).", &["/bodies/*/constitution/standing_items", "/meetings"]),
    p("meeting.declarations_contradictory", "A meeting's declarations of interest.", &["/meetings/*/declarations"]),
    p("meeting.declaration_item_unknown", "Declarations of interest that name agenda items.", &["/meetings/*/declarations/entries"]),
    approx("meeting.attendance_of_unheld_meeting", "Attendance at a scheduled or cancelled meeting (approximate: checks that attendance is recorded).", &[ATTENDANCE]),
    p("meeting.self_deputy", "A deputy in a meeting's attendance (deputy_for).", &[DEPUTY]),
    p("meeting.two_deputies_for_one_member", "A deputy in a meeting's attendance (deputy_for).", &[DEPUTY]),
    approx("meeting.substitute_without_seat", "A meeting's attendance and named seats (approximate for papers without substitutes).", &[ATTENDANCE]),
    p("meeting.attendance_code_undefined", "An attendance grid's key (attendance_key).", &["/meetings/*/attendance_key"]),
    p("meeting.attendance_item_unknown", "Attendance for agenda items and the agenda.", &["/meetings/*/attendance/*/items", AGENDA]),
    p("meeting.minute_number_skipped", "Minutes numbered within the meeting (numbering).", &["/meetings/*/numbering"]),
    approx("meeting.date_inferred", "A meeting whose date is inferred (date_basis; approximate: checks that meetings are recorded).", &["/meetings"]),
    approx("meeting.date_unknown", "A meeting whose date is unknown (date_basis; approximate: checks that meetings are recorded).", &["/meetings"]),
    p("meeting.previous_minutes_unnamed", "An approval of earlier minutes.", &[PREVIOUS]),
    p("meeting.previous_minutes_date_mismatch", "An approval of earlier minutes with the meeting and its date.", &["/meetings/*/previous_minutes/meeting_date", "/meetings/*/previous_minutes/meeting"]),
    p("meeting.minutes_approved_before_held", "The day minutes were approved (approved_on).", &["/meetings/*/previous_minutes/approved_on"]),
    p("meeting.approval_after_as_of", "The day minutes were approved (approved_on), and an as-of date.", &["/meetings/*/previous_minutes/approved_on", "@as_of"]),
    p("meeting.minutes_challenged", "Minutes recorded as challenged.", &["/meetings/*/previous_minutes/challenged"]),
    approx("meeting.number_relation_undecided", "Refs or item numbers with a capital letter before a number (approximate: checks that agenda items or actions are recorded).", &["/meetings/*/agenda|/actions"]),
    p("meeting.matter_arising_status_missing", "Matters arising keyed to an action (by ref or id).", &["/meetings/*/matters_arising/*/action_ref|/meetings/*/matters_arising/*/action"]),
    p("meeting.date_window_reversed", "A latest possible day for a meeting's date (latest_date).", &["/meetings/*/latest_date"]),
    p("action.due_before_raised", "An action's due date and the meeting that raised it.", &["/actions/*/due", RAISED_AT]),
    p("action.closed_without_date", "An action's status.", &["/actions/*/status|/actions/*/history"]),
    p("action.closed_before_raised", "An action's closing date or dated status, and the meeting that raised it.", &["/actions/*/closed_on|/actions/*/history", RAISED_AT]),
    p("action.history_out_of_order", "An action's status history.", &[ACTION_HISTORY]),
    p("action.history_before_raised", "An action's status history and the meeting that raised it.", &[ACTION_HISTORY, RAISED_AT]),
    p("action.owner_unresolved", "An action's owners.", &[OWNERS]),
    p("action.owner_ambiguous", "Owners given by initials, and the meeting that raised the action.", &[OWNERS, RAISED_AT]),
    approx("action.owner_not_member", "An action's owners, the meeting that raised it and its full attendance (approximate: checks all three are recorded, not that the attendance is full).", &[OWNERS, RAISED_AT, ATTENDANCE]),
    p("action.no_owner", "Actions.", &["/actions"]),
    p("action.reopened_without_note", "An action's status history.", &[ACTION_HISTORY]),
    p("action.duplicate", "Actions raised at a meeting.", &[RAISED_AT]),
    p("action.due_unresolved", "An action due at a meeting.", &["/actions/*/due"]),
    p("action.status_differs_from_history", "An action's status and its status history.", &["/actions/*/status", ACTION_HISTORY]),
    p("action.matter_arising_unmatched", "Matters arising at a meeting.", &["/meetings/*/matters_arising"]),
    p("action.overdue", "An action's due date, and an as-of date.", &["/actions/*/due", "@as_of"]),
    p("action.no_origin", "Actions.", &["/actions"]),
    p("action.completed_late", "An action's due date and its completion date.", &["/actions/*/due", "/actions/*/closed_on|/actions/*/history"]),
    p("action.recorded_rag_differs", "A RAG rating recorded for an action, and an as-of date.", &["/actions/*/recorded_rag", "@as_of"]),
    p("action.status_words_unknown", "An action's status in the board's own words (status_text).", &["/actions/*/status_text"]),
    p("action.actioned_by_not_owner", "The person the status names as acting (actioned_by).", &["/actions/*/actioned_by"]),
    p("action.milestone_overdue", "A milestone's due date, and an as-of date.", &["/actions/*/milestones/*/due", "@as_of"]),
    p("risk.history_score_differs", "A risk's score history.", &[RISK_HISTORY]),
    p("risk.history_without_score", "A risk's score history.", &[RISK_HISTORY]),
    p("risk.stated_direction_differs", "A direction of travel the register states.", &["/risk_register/risks/*/history/*/direction"]),
    p("risk.target_date_passed", "A risk's target date and target score, and an as-of date.", &["/risk_register/risks/*/target_date", "/risk_register/risks/*/target", "@as_of"]),
    p("risk.stated_count_differs", "Counts the register states, on a register not marked an excerpt, and an as-of date.", &["/risk_register/stated_counts", "!/risk_register/excerpt", "@as_of"]),
    p("risk.stated_heat_map_differs", "The register's own heat map, on a register not marked an excerpt, and an as-of date.", &["/risk_register/stated_heat_map", "!/risk_register/excerpt", "@as_of"]),
    p("risk.invalid_matrix", "A risk register with its matrix.", &["/risk_register"]),
    p("risk.out_of_matrix", "Risk scores (inherent, current, target or history).", &[RISK_SCORES]),
    p("risk.target_worse_than_current", "A risk's current and target scores.", &["/risk_register/risks/*/current", "/risk_register/risks/*/target"]),
    p("risk.current_worse_than_inherent", "A risk's inherent and current scores.", &["/risk_register/risks/*/inherent", "/risk_register/risks/*/current"]),
    approx("risk.top_band_without_owner", "A live risk scored in the most serious band (approximate: checks that risks are scored).", &[RISK_SCORES]),
    approx("risk.top_band_without_controls", "A live risk scored in the most serious band, on a register not marked an excerpt (approximate: checks that risks are scored).", &[RISK_SCORES, "!/risk_register/excerpt"]),
    approx("risk.top_band_review_too_far", "A review limit for red risks and scored risks (approximate: checks the limit and scores are recorded).", &["/risk_register/top_band_review_days|/bodies/*/constitution/thresholds/risk_review_days", RISK_SCORES]),
    p("risk.review_overdue", "A risk's review date, review frequency or the body's review interval, and an as-of date.", &["/risk_register/risks/*/next_review|/risk_register/risks/*/review_frequency|/bodies/*/constitution/thresholds/risk_review_days", "@as_of"]),
    approx("risk.closed_without_date", "A closed risk (approximate: checks that risks are recorded).", &[RISKS]),
    approx("risk.closed_without_reason", "A closed risk (approximate: checks that risks are recorded).", &[RISKS]),
    approx("risk.deferred_without_revisit", "A deferred risk (approximate: checks that risks are recorded).", &[RISKS]),
    p("risk.history_out_of_order", "A risk's score history.", &[RISK_HISTORY]),
    p("risk.history_after_as_of", "A risk's score history, and an as-of date.", &[RISK_HISTORY, "@as_of"]),
    p("risk.unknown_action", "Actions linked to risks.", &["/risk_register/risks/*/linked_actions|/risk_register/risks/*/planned_actions/*/action"]),
    p("risk.current_differs_from_history", "A risk's current score and its score history.", &["/risk_register/risks/*/current", RISK_HISTORY]),
    approx("risk.not_escalated", "Scored risks and risks marked escalated (approximate: checks that risks are scored).", &[RISK_SCORES]),
    p("budget.duplicate_year", "Budgets.", &[BUDGETS]),
    p("budget.unknown_body", "Budgets.", &[BUDGETS]),
    p("budget.unknown_organisation", "Budgets.", &[BUDGETS]),
    p("budget.shares_not_100", "A budget's funding formula.", &[BUDGETS]),
    p("budget.weight_not_positive", "A budget's funding formula.", &[BUDGETS]),
    p("budget.duplicate_partner", "A budget's funding formula.", &[BUDGETS]),
    p("budget.total_mismatch", "Budgets.", &[BUDGETS]),
    p("budget.not_computable", "A budget's funding formula.", &[BUDGETS]),
    approx("budget.statutory_partner_nothing", "Budgets and statutory partners (approximate: checks both are recorded).", &[BUDGETS, "/organisations/*/statutory_partner"]),
    p("budget.overspend", "A budget's expenditure.", &["/budgets/*/expenditure"]),
    p("budget.contribution_cut", "Budgets of two years.", &[BUDGETS]),
    p("budget.reserve_overdrawn", "A budget's reserves.", &["/budgets/*/reserves"]),
    p("budget.brought_forward_differs", "An amount brought forward.", &["/budgets/*/brought_forward"]),
    p("budget.decision_total_mismatch", "Funding decisions.", &[DECISIONS]),
    p("budget.decision_line_mismatch", "Funding decisions.", &[DECISIONS]),
    p("budget.differs_from_decision", "Budgets and funding decisions.", &[BUDGETS, DECISIONS]),
    p("budget.joint_payment_differs", "Joint payments in budgets.", &["/budgets/*/joint_payments"]),
    p("budget.decision_phasing_exceeded", "Funding decisions.", &[DECISIONS]),
    p("budget.decision_subtotal_mismatch", "A funding decision's stated subtotals naming the recipients they cover.", &["/funding_decisions/*/stated_subtotals/*/recipients"]),
    p("budget.decision_subtotal_recipient", "A funding decision's stated subtotals naming the recipients they cover.", &["/funding_decisions/*/stated_subtotals/*/recipients"]),
    p("record.blank_text", "Always applies: every name, title and description is checked.", &[]),
];
