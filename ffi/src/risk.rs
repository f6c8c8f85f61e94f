//! The risk register: scoring risks on the board's likelihood × impact matrix, the heat
//! map, reviews falling due, and the risks to escalate, all as of a date the caller gives.
//!
//! A matrix in a request is `{"likelihood": ["Rare", ...], "impact": ["Insignificant",
//! ...], "bands": [{"min": 1, "max": 4, "rating": "green", "label": "Low"}, ...]}` (ratings
//! `green|yellow|amber|red`); a register is the document's `risk_register` object
//! (`{"matrix": {...}, "escalation_score": 15, "risks": [...]}`). A risk rating in a
//! response is `{"id", "index", "status", "live", "assessment", "score", "rating",
//! "band_label", "top_band", "direction", "review_due"}` (absent when unknown: assessment,
//! score, rating, band_label, direction, review_due).

use crate::call::capability;
use crate::status::BoardkitStatus;
use boardkit::risk;
use std::os::raw::c_char;

/// Score one likelihood and impact pair on the board's matrix and name its band: what a
/// risk form shows as the user picks the levels.
///
/// Request: `{"matrix": {...}, "likelihood": 5, "impact": 5}` (levels from 1).
/// Response: `{"score": 25, "band": 2, "rating": "red", "label": "High", "top_band": true}`
/// (`label` absent when the band has none). A level off the matrix's scale is an error at
/// `/likelihood` or `/impact`; an unusable matrix a `shape.config` error under `/matrix`.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_risk_rate(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, risk::rate) }
}

/// Check a matrix configuration and lay it out cell by cell, for drawing the blank grid.
///
/// Request: `{"matrix": {...}}`.
/// Response: `{"likelihood_levels": 5, "impact_levels": 5, "max_score": 25, "top_band": 2,
/// "cells": [{"likelihood": 1, "impact": 1, "score": 1, "band": 0, "rating": "green"},
/// ...]}`.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_risk_grid(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, risk::grid) }
}

/// Every risk raised by a date with its current score, band, direction of travel and next
/// review day.
///
/// Request: `{"register": {...}, "as_of": "2017-02-09"}`.
/// Response: `{"as_of": "2017-02-09", "risks": [risk rating, ...]}`.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_risk_ratings(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, risk::ratings) }
}

/// The heat map of live risks as of a date: how many sit in each cell of the matrix.
///
/// Request: `{"register": {...}, "as_of": "2017-02-09"}`.
/// Response: `{"as_of": "2017-02-09", "cells": [{"likelihood": 3, "impact": 3, "score": 9,
/// "rating": "amber", "count": 1, "risks": ["r-..."]}, ...], "scored": 5, "unscored":
/// ["r-..."]}`.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_risk_heat_map(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, risk::heat_map) }
}

/// The risk reviews overdue, and those falling due within a window, as of a date; live
/// risks with no review date, and deferred risks with when they are to be revisited.
///
/// Request: `{"register": {...}, "as_of": "2017-02-09", "within_days": 60}`
/// (`within_days` optional, 0).
/// Response: `{"as_of": "2017-02-09", "overdue": [{"id", "index", "review_due", "days"},
/// ...], "due": [...], "no_review_date": ["r-..."], "deferred": [{"id", "index",
/// "revisit"}, ...]}`.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_risk_reviews(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, risk::reviews) }
}

/// The live risks at or above the escalation score as of a date, highest first: those
/// to take to the board (or up to the next board).
///
/// Request: `{"register": {...}, "as_of": "2017-02-09", "threshold": 15}` (`threshold`
/// optional: the register's `escalation_score`, else the top band's lowest score).
/// Response: `{"as_of": "2017-02-09", "threshold": 15, "risks": [risk rating, ...]}`.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_risk_escalations(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, risk::escalations) }
}

/// The register summarised for a board paper: risks by status and band, directions of
/// travel, risks above the escalation score, reviews, and plain sentences for the paper.
///
/// Request: `{"register": {...}, "as_of": "2017-02-09", "review_within_days": 60}`
/// (`review_within_days` optional, 0).
/// Response: `{"as_of", "by_status": {"proposed", "deferred", "open", "escalated",
/// "closed"}, "live", "by_band": [{"band", "rating", "label", "count"}, ...], "unscored",
/// "directions": {"up", "down", "unchanged", "new"}, "escalation_threshold",
/// "above_threshold": [risk rating, ...], "reviews": {...as boardkit_risk_reviews...},
/// "lines": ["...", ...]}`.
///
/// # Safety
/// `request_json` must be NULL or a NUL-terminated string valid for the call; `out_json`
/// must be NULL or point to writable storage for one `char *`.
#[no_mangle]
pub unsafe extern "C" fn boardkit_risk_summary(
    request_json: *const c_char,
    out_json: *mut *mut c_char,
) -> BoardkitStatus {
    // SAFETY: forwarded contract.
    unsafe { capability(request_json, out_json, risk::summary) }
}
