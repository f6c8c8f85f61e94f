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
const MEMBERS: &str = "/bodies/*/members";
const DEPUTY: &str = "/meetings/*/attendance/*/deputy_for|/meetings/*/attendance/*/also_deputy_for";
const AGENDA: &str = "/meetings/*/agenda";
const PREVIOUS: &str = "/meetings/*/previous_minutes";

/// Every rule's premise.
pub const PREMISES: &[Premise] = &[
    p("meeting.duplicate_attendance", "A meeting's attendance.", &[ATTENDANCE]),
    p("meeting.deputy_without_principal", "A meeting's attendance.", &[ATTENDANCE]),
    p("meeting.deputy_for_non_member", "A deputy in a meeting's attendance (deputy_for).", &[DEPUTY]),
    p("meeting.deputy_not_allowed", "A deputy in a meeting's attendance (deputy_for) and the body's membership.", &[DEPUTY, MEMBERS]),
    p("meeting.deputy_and_principal_present", "A deputy in a meeting's attendance (deputy_for).", &[DEPUTY]),
    p("meeting.end_before_start", "A meeting's (or the next meeting's) start and end times.", &["/meetings/*/end|/meetings/*/next_meeting/end"]),
    p("meeting.previous_minutes_not_earlier", "An approval of earlier minutes.", &[PREVIOUS]),
    p("meeting.previous_minutes_other_body", "An approval of earlier minutes naming the meeting.", &["/meetings/*/previous_minutes/meeting"]),
    p("meeting.next_meeting_not_after", "The next meeting's date.", &["/meetings/*/next_meeting"]),
    approx("meeting.attendance_of_unheld_meeting", "Attendance at a scheduled or cancelled meeting (approximate: checks that attendance is recorded).", &[ATTENDANCE]),
    p("meeting.self_deputy", "A deputy in a meeting's attendance (deputy_for).", &[DEPUTY]),
    p("meeting.two_deputies_for_one_member", "A deputy in a meeting's attendance (deputy_for).", &[DEPUTY]),
    approx("meeting.substitute_without_seat", "A meeting's attendance and named seats (approximate for papers without substitutes).", &[ATTENDANCE]),
    p("meeting.attendance_code_undefined", "An attendance grid's key (attendance_key).", &["/meetings/*/attendance_key"]),
    p("meeting.attendance_item_unknown", "Attendance for agenda items and the agenda.", &["/meetings/*/attendance/*/items", AGENDA]),
    approx("meeting.date_inferred", "A meeting whose date is inferred (date_basis; approximate: checks that meetings are recorded).", &["/meetings"]),
    approx("meeting.date_unknown", "A meeting whose date is unknown (date_basis; approximate: checks that meetings are recorded).", &["/meetings"]),
    p("meeting.previous_minutes_unnamed", "An approval of earlier minutes.", &[PREVIOUS]),
    p("meeting.previous_minutes_date_mismatch", "An approval of earlier minutes with the meeting and its date.", &["/meetings/*/previous_minutes/meeting_date", "/meetings/*/previous_minutes/meeting"]),
    p("meeting.minutes_approved_before_held", "The day minutes were approved (approved_on).", &["/meetings/*/previous_minutes/approved_on"]),
];
