//! The performance scorecard (the "safeguarding snapshot" a board reads each quarter):
//! checking a scorecard, summarising it for a period, and the small calculations behind
//! each figure (rates per 10,000 children, shares, changes, direction of travel, RAG).
//!
//! Decimal figures are JSON numbers (`80.5`) or strings (`"80.5"`), at most 9 decimal
//! places; `places` in a request is the number of decimal places to round to (0 to 9,
//! half away from zero; 0 unless given). A scorecard is one of the document's
//! `scorecards` (`{"id", "title", "indicators": [{"id", "name", "unit", "frequency",
//! "polarity", "values": [{"period": "2016-04", "value": 2240}]}, ...]}`).

use crate::call::{capability, plain};
use crate::status::BoardkitStatus;
use boardkit::scorecard;
use std::os::raw::c_char;

/// Check one scorecard's rules on its own (as a form does before saving it): targets on
/// the wrong side of the baseline, percentages over 100, rates that disagree with their
/// counts and so on. Rule breaks are findings, so the status is OK.
///
/// Request: `{"scorecard": {...}}`.
/// Response: `{"findings": [{"code": "scorecard.…", "severity", "path":
/// "/indicators/0/target/value", "message"}, ...]}` (paths relative to the scorecard).
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_scorecard_validate(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { plain(request_json, out_json, scorecard::validate) }
}

/// Summarise a scorecard for a period (or each indicator's latest value): the figure, the
/// previous period's, the change, the direction of travel, the RAG rating against target
/// and the standing against comparators (England, statistical neighbours).
///
/// Request: `{"scorecard": {...}, "period": "2016-04"}` (`period`, the period's first
/// month, optional).
/// Response: `{"id": "sc-...", "indicators": [{"id", "period", "period_label", "value",
/// "recomputed", "previous_period", "previous_value", "change", "percent_change",
/// "travel": {"movement": "down", "direction": "improving"}, "rag", "comparators":
/// [{"kind", "period", "value", "standing"}]}, ...]}` (absent when not known).
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_scorecard_summarise(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { plain(request_json, out_json, scorecard::summarise) }
}

/// A rate per 10,000 children (how children in need or on a plan are compared between
/// authorities).
///
/// Request: `{"count": 2240, "population": 81750, "places": 1}`.
/// Response: `{"rate": 274}` (274.0 to one place). A zero population is an error at `/population`.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_scorecard_rate_per_10000(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, scorecard::rate_per_10000) }
}

/// A part as a percentage of a total (assessments completed within 45 working days out
/// of all assessments).
///
/// Request: `{"part": 1, "total": 3, "places": 1}`.
/// Response: `{"percent": 33.3}`. A zero total is an error at `/total`.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_scorecard_share_of_total(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, scorecard::share_of_total) }
}

/// The change between two figures, and the percentage change ("a decrease of 21% from
/// 518").
///
/// Request: `{"previous": 518, "current": 408, "places": 0}`.
/// Response: `{"change": -110, "percent_change": -21}` (`percent_change` absent when the
/// previous figure is zero).
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_scorecard_change(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, scorecard::change) }
}

/// The child population a published rate implies (reports give a count and a rate per
/// 10,000 but not the population behind it): the range of populations consistent with
/// the rate as rounded.
///
/// Request: `{"count": 2240, "rate": 274, "places": 0}`.
/// Response: `{"estimate": 81752, "min": 81603, "max": 81901}`.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_scorecard_infer_population(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, scorecard::infer_population) }
}

/// The direction of travel between two figures, judged by whether higher or lower is
/// better (the scorecard's arrow).
///
/// Request: `{"previous": 518, "current": 408, "polarity": "lower_is_better",
/// "threshold": {"relative_percent": 5}}` (`threshold`, `{"absolute": n}` or
/// `{"relative_percent": n}`, optional: any change moves the arrow).
/// Response: `{"movement": "up|down|level", "direction": "improving|worsening|unchanged"}`.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_scorecard_direction_of_travel(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { plain(request_json, out_json, scorecard::direction_of_travel) }
}

/// The red / amber / green rating of a figure against its target: green at or better
/// than target, amber worse by no more than the tolerance, red beyond.
///
/// Request: `{"value": 78, "target": {"value": 80, "tolerance": 5}, "polarity":
/// "higher_is_better"}` (`tolerance` optional, 0).
/// Response: `{"rag": "green|amber|red"}`.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_scorecard_rag_rating(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { plain(request_json, out_json, scorecard::rag_rating) }
}
