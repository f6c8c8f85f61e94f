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
const BUDGETS: &str = "/budgets";

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
    p("meeting.exempt_paragraph_unknown", "The body's nation and a Schedule 12A paragraph recorded for an exempt item or closed part.", &["/bodies/*/nation", "/meetings/*/agenda/*/exemption/paragraph|/meetings/*/parts/*/exemption/paragraph"]),
    p("meeting.exempt_paragraph_outdated", "The body's nation and a Schedule 12A paragraph recorded for an exempt item or closed part.", &["/bodies/*/nation", "/meetings/*/agenda/*/exemption/paragraph|/meetings/*/parts/*/exemption/paragraph"]),
    p("meeting.exempt_public_interest_missing", "The body's nation and a Schedule 12A paragraph recorded for an exempt item or closed part.", &["/bodies/*/nation", "/meetings/*/agenda/*/exemption/paragraph|/meetings/*/parts/*/exemption/paragraph"]),
    p("meeting.exempt_review_overdue", "A review-by date recorded for an exemption, and an as-of date.", &["/meetings/*/agenda/*/exemption/review_by|/meetings/*/parts/*/exemption/review_by", "@as_of"]),
    p("meeting.interest_took_part", "The kind of a declared interest.", &["/meetings/*/declarations/entries/*/kind"]),
    approx("meeting.papers_published_late", "The day a meeting's papers were published and the body's nation (approximate: does not check that the body sets a number of clear days or is a council committee).", &["/meetings/*/papers_published", "/bodies/*/nation"]),
    approx("meeting.minutes_published_late", "The day a meeting's minutes were published, the body's nation and its number of working days for publishing minutes (approximate: checks that each is recorded somewhere in the document).", &["/meetings/*/minutes_published", "/bodies/*/nation", "/bodies/*/constitution/thresholds/minutes_publish_working_days"]),
    approx("meeting.implemented_during_call_in", "A decision marked key, its decision notice's publication date, a date of implementation (its own or a closing date of an action it created) and the body's nation; the body's call-in period where its constitution sets one (approximate: checks that each is recorded somewhere in the document).", &["/meetings/*/agenda/*/decisions/*/access/key", "/meetings/*/agenda/*/decisions/*/access/notice_published", "/meetings/*/agenda/*/decisions/*/access/implemented_on|/actions/*/closed_on", "/bodies/*/nation"]),
    p("meeting.decision_record_incomplete", "A decision marked executive or key.", &["/meetings/*/agenda/*/decisions/*/access/executive|/meetings/*/agenda/*/decisions/*/access/key"]),
    p("meeting.interest_not_registered", "The body's register of interests and a declaration of interest at one of its meetings.", &["/bodies/*/statutory/interests_register", "/meetings/*/declarations/entries"]),
    p("meeting.yearly_report_late", "The days a body's yearly reports were published.", &["/bodies/*/statutory/yearly_reports/*/published"]),
    approx("board.lead_partner_missing", "A safeguarding children partnership's lead safeguarding partners (approximate: checks that some body records lead partners, not that it is a safeguarding children partnership).", &["/bodies/*/statutory/lead_partners"]),
    approx("board.partner_sign_off_missing", "The lead partners' sign-offs of a safeguarding children partnership's yearly report, funding arrangement or independent scrutiny arrangement (approximate: checks that some item records sign-offs, not that its body is a safeguarding children partnership).", &["/bodies/*/statutory/yearly_reports/*/partner_sign_offs|/bodies/*/statutory/funding_arrangements/*/partner_sign_offs|/bodies/*/statutory/scrutiny_arrangements/*/partner_sign_offs"]),
    approx("board.annual_report_content_missing", "The contents a safeguarding adults board's annual report covers (approximate: checks that some yearly report lists its contents, not that its body is a safeguarding adults board).", &["/bodies/*/statutory/yearly_reports/*/contents"]),
    approx("board.annual_report_recipient_missing", "Whom a safeguarding adults board's annual report was sent to (approximate: checks that some yearly report lists its recipients, not that its body is a safeguarding adults board).", &["/bodies/*/statutory/yearly_reports/*/sent_to"]),
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
    p("challenge.response_overdue", "A challenge's due and status, and an as-of date.", &["/challenges/*/due", "/challenges/*/status", "@as_of"]),
    p("challenge.closed_without_response", "A challenge's status.", &["/challenges/*/status"]),
    p("challenge.dates_out_of_order", "The day a challenge was raised and the day it was responded to or closed.", &["/challenges/*/raised_on", "/challenges/*/responded_on|/challenges/*/closed_on"]),
    p("record.blank_text", "Always applies: every name, title and description is checked.", &[]),
];
