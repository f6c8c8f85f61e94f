//! Statutory clocks: working days and clear days in a nation's calendar of bank holidays
//! (`"nation"`: `"england-and-wales"`, `"scotland"` or `"northern-ireland"`). Dates are
//! `"2022-09-16"`; the calendar covers 2007 to 9999. A date outside it, or a count that
//! takes the answer outside it, is an error at that field.

use crate::call::capability;
use crate::status::BoardkitStatus;
use boardkit::clock;
use std::os::raw::c_char;

/// The working day a number of working days after a date (the date itself not counted):
/// 5 working days after Friday 16 September 2022 in England and Wales is Monday 26
/// September 2022.
///
/// Request: `{"nation": "england-and-wales", "from": "2022-09-16", "working_days": 5}`.
/// Response: `{"date": "2022-09-26"}`.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_clock_add_working_days(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, clock::add_working_days) }
}

/// The clear days between two events (neither event's day counts), and how many of them
/// are working days.
///
/// Request: `{"nation": "scotland", "from": "2016-12-05", "to": "2016-12-12"}`.
/// Response: `{"clear_days": 6, "clear_working_days": 4}`. `to` before `from` is an
/// error at `/to`.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_clock_clear_days(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, clock::clear_days) }
}

/// The latest day papers can go out and still leave a number of clear days before an
/// event, counting every day or only working days.
///
/// Request: `{"nation": "england-and-wales", "event": "2017-01-03", "clear_days": 5,
/// "count": "working_days"}` (`count`: `"working_days"` or `"calendar_days"`).
/// Response: `{"due_by": "2016-12-21", "last_working_day": "2016-12-21"}`.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_clock_due_by(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, clock::due_by) }
}

/// Whether something due a number of working days after a date is overdue as of a day,
/// and by how many working days.
///
/// Request: `{"nation": "england-and-wales", "from": "2022-09-16", "working_days": 5,
/// "as_of": "2022-09-28"}`.
/// Response: `{"due": "2022-09-26", "overdue": true, "working_days_overdue": 2}`.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_clock_overdue(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, clock::overdue) }
}

/// A nation's bank holidays in a year: the days off, substitute days in place of
/// holidays at a weekend.
///
/// Request: `{"nation": "northern-ireland", "year": 2020}`.
/// Response: `{"holidays": [{"date": "2020-01-01", "holiday": "new_year", "substitute":
/// false}, ...]}`. A year outside 2007 to 9999 is an error at `/year`.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_clock_bank_holidays(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, clock::bank_holidays) }
}
