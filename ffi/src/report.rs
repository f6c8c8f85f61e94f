//! Reports for the board's annual report and its partners.

use crate::call::capability;
use crate::status::BoardkitStatus;
use boardkit::report;
use std::os::raw::c_char;

/// Attendance by agency and by member over a period (the annual report's attendance
/// table): for each partner agency its seats, the seat-meetings it attended in person or
/// by deputy and the percentage, flagging those below a threshold (75% unless given).
///
/// Request: `{"document": {...}, "body": "b-lscb", "from": "2016-04-01", "to":
/// "2017-03-31", "threshold_percent": 75, "places": 0}` (`threshold_percent` and `places`
/// optional).
/// Response: `{"body", "from", "to", "threshold_percent", "meetings_held": 2, "meetings":
/// ["m-..."], "agencies": [{"row": {"organisation": "o-police"}, "seats", "seat_meetings",
/// "attended", "in_person", "by_deputy", "percent", "below_threshold"}, ...], "members":
/// [{"person", "row", "meetings", "present", "by_deputy", "apologies", "absent",
/// "percent", "below_threshold"}, ...], "below_threshold": [row, ...]}`; a row is
/// `{"organisation": id}`, `{"role": "independent_chair|lay_member|lead_member"}` or
/// `"unaffiliated"`. An unknown body is an error at `/body`, a period ending before it
/// starts at `/to`.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_report_attendance(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, report::attendance) }
}
