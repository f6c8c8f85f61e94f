//! Every C entry point, called through the C ABI with the request JSON as a C string.
//! The first input byte picks the entry point; the rest is the request (up to the first
//! NUL; for `boardkit_document_validate` the part after the first NUL is the options).
//! Checks: no panic and no internal error crosses the boundary; success hands back JSON
//! and clears the last error; every failure hands back nothing and sets a status, a code,
//! a path and a message (NULL message means "no error", so a failure must never lack one);
//! normalising twice gives the same text.
#![no_main]
use boardkit_ffi::{
    action::*, budget::*, clock::*, document::*, report::*, risk::*, scorecard::*, BoardkitStatus,
};
use boardkit_fuzz::check_c_call;
use libfuzzer_sys::fuzz_target;
use std::ffi::CString;
use std::os::raw::c_char;

type Entry = unsafe extern "C" fn(*const c_char, *mut *mut c_char) -> BoardkitStatus;

/// The entry points that take one request (or document) string: every capability of the
/// table (ffi/src/capabilities.rs) marked `fuzzed`, which ffi/tests/capabilities.rs checks
/// (tests/fuzz/seed.py writes a seed for each, by this order).
const ENTRIES: &[Entry] = &[
    boardkit_document_normalise,
    boardkit_document_public_version,
    boardkit_meeting_quorum,
    boardkit_document_validate_record,
    boardkit_action_log,
    boardkit_action_open,
    boardkit_action_overdue,
    boardkit_action_undated,
    boardkit_action_completed,
    boardkit_action_rag,
    boardkit_action_summary,
    boardkit_action_due_within,
    boardkit_action_carry_forward,
    boardkit_action_history,
    boardkit_action_flow_matters_arising,
    boardkit_budget_apportion,
    boardkit_budget_statement,
    boardkit_budget_year_statement,
    boardkit_budget_parse_money,
    boardkit_budget_format_money,
    boardkit_risk_rate,
    boardkit_risk_grid,
    boardkit_risk_ratings,
    boardkit_risk_heat_map,
    boardkit_risk_reviews,
    boardkit_risk_escalations,
    boardkit_risk_summary,
    boardkit_scorecard_validate,
    boardkit_scorecard_summarise,
    boardkit_scorecard_rate_per_10000,
    boardkit_scorecard_share_of_total,
    boardkit_scorecard_change,
    boardkit_scorecard_infer_population,
    boardkit_scorecard_direction_of_travel,
    boardkit_scorecard_rag_rating,
    boardkit_report_attendance,
    boardkit_clock_add_working_days,
    boardkit_clock_clear_days,
    boardkit_clock_due_by,
    boardkit_clock_overdue,
    boardkit_clock_bank_holidays,
    boardkit_document_redaction_ledger,
    boardkit_action_slipped,
    boardkit_action_late_completions,
    boardkit_action_open_by_owner,
    boardkit_action_open_by_agency,
    boardkit_budget_allocate_decision,
];

/// Selector value for boardkit_document_validate (two strings).
const VALIDATE: usize = ENTRIES.len();

/// The bytes up to the first NUL, as a C string.
fn c_string(bytes: &[u8]) -> CString {
    let end = bytes.iter().position(|b| *b == 0).unwrap_or(bytes.len());
    CString::new(&bytes[..end]).expect("no NUL before end")
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let which = usize::from(selector) % (ENTRIES.len() + 1);
    let mut out: *mut c_char = std::ptr::null_mut();
    if which == VALIDATE {
        let (doc, options) = match rest.iter().position(|b| *b == 0) {
            Some(i) => (&rest[..i], Some(&rest[i + 1..])),
            None => (rest, None),
        };
        let doc = c_string(doc);
        let options = options.map(c_string);
        let options_ptr = options.as_ref().map_or(std::ptr::null(), |o| o.as_ptr());
        // SAFETY: valid C strings and out pointer for the length of the call.
        let status = unsafe { boardkit_document_validate(doc.as_ptr(), options_ptr, &mut out) };
        check_c_call(status, out);
        return;
    }
    let entry = ENTRIES[which];
    let request = c_string(rest);
    // SAFETY: a valid C string and out pointer for the length of the call.
    let status = unsafe { entry(request.as_ptr(), &mut out) };
    let result = check_c_call(status, out);
    if which == 0 {
        // normalising twice gives the same text
        if let Some(once) = result {
            let once_c = CString::new(once.clone()).expect("JSON text has no NUL");
            let mut out2: *mut c_char = std::ptr::null_mut();
            let status = unsafe { boardkit_document_normalise(once_c.as_ptr(), &mut out2) };
            let twice = check_c_call(status, out2);
            assert!(
                twice.as_deref() == Some(once.as_str()),
                "normalising twice changes it"
            );
        }
    }
});
