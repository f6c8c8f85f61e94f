//! Every question a board document answers, asked of a loaded board by name with the
//! rest of its request: `("action_overdue", {"as_of": "2017-01-31"})` is
//! [`crate::action::overdue`] with this board as the request's `document`. Risk
//! questions take the board's risk register as the request's `register`.

use super::question::{Query, UnknownQuery};
use super::Board;
use crate::error::Error;
use crate::pointer::Pointer;
use crate::record::BoardDocument;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

/// The rest of a request: an object (absent or `null`: empty) that must not give the
/// part the board fills in.
fn rest(params: &Value, filled: &'static str) -> Result<Map<String, Value>, Error> {
    let map = match params {
        Value::Null => Map::new(),
        Value::Object(m) => m.clone(),
        _ => return Err(Error::invalid(
            "",
            "The question's details must be an object, for example {\"as_of\": \"2017-01-31\"}.",
        )),
    };
    if map.contains_key(filled) {
        return Err(Error::invalid(
            Pointer::root().field(filled),
            "A loaded board answers about its own document: leave this out.",
        ));
    }
    Ok(map)
}

fn answer<T: Serialize>(result: Result<T, Error>) -> Result<String, Error> {
    result.and_then(|x| {
        serde_json::to_string(&x)
            .map_err(|_| Error::invalid("", "The answer could not be written as JSON."))
    })
}

/// Read the rest of a request (its `document` a placeholder, never read) and answer it
/// about the board's own document, borrowed: no copy of the document is made.
fn with_document<R: DeserializeOwned, T: Serialize>(
    board: &Board,
    params: &Value,
    f: impl Fn(&BoardDocument, &R) -> Result<T, Error>,
) -> Result<String, Error> {
    let mut map = rest(params, "document")?;
    // A placeholder the reader accepts (an empty document); `f` reads the board's own.
    map.insert(
        "document".to_string(),
        serde_json::json!({ "schema_version": crate::SCHEMA_VERSION }),
    );
    let request: R = crate::read::from_value_ref(&Value::Object(map))?;
    answer(f(board.view(), &request))
}

/// The review interval in days the register's body's constitution sets
/// (`risk_review_days`), the one the validator's `risk.review_overdue` uses.
fn board_review_days(board: &Board) -> Option<u32> {
    // The register and the bodies hold no removed record (see `slots`): read as stored.
    let doc = &board.doc;
    let reg = doc.risk_register.as_ref()?;
    let body = doc
        .bodies
        .iter()
        .find(|b| Some(&b.id) == reg.body.as_ref())?;
    body.constitution.as_ref()?.thresholds.risk_review_days
}

/// Complete a request with the board's risk register (and, when `reviews`, the body's
/// review interval unless the request gives one) and answer it.
fn with_register<R: DeserializeOwned, T: Serialize>(
    board: &Board,
    (params, reviews): (&Value, bool),
    f: impl Fn(&R) -> Result<T, Error>,
) -> Result<String, Error> {
    let mut map = rest(params, "register")?;
    let Some(register) = &board.doc.risk_register else {
        return Err(Error::invalid(
            "/risk_register",
            "This board has no risk register: add one (its matrix and risks) first.",
        ));
    };
    let register = serde_json::to_value(register)
        .map_err(|_| Error::invalid("/risk_register", "The register could not be read."))?;
    map.insert("register".to_string(), register);
    if reviews && !map.contains_key("review_days") {
        if let Some(days) = board_review_days(board) {
            map.insert("review_days".to_string(), Value::from(days));
        }
    }
    if reviews && !map.contains_key("body_review_days") {
        let bodies: serde_json::Map<String, Value> = board
            .doc
            .bodies
            .iter()
            .filter_map(|b| {
                let days = b.constitution.as_ref()?.thresholds.risk_review_days?;
                Some((b.id.clone(), Value::from(days)))
            })
            .collect();
        if !bodies.is_empty() {
            map.insert("body_review_days".to_string(), Value::Object(bodies));
        }
    }
    let request: R = crate::read::from_value_ref(&Value::Object(map))?;
    answer(f(&request))
}

impl Board {
    /// Answer one of the questions in [`QUERIES`](super::QUERIES) about this board, by its
    /// name on the wire. `params` is the
    /// question's request without its `document` (or, for a risk question, its
    /// `register`): `{"as_of": "2017-01-31"}`. The answer is the function's, as compact JSON
    /// text (fields in the order the one-shot function writes them).
    /// An unknown name is an error at `""`; a bad detail is an error at its path.
    pub fn query(&self, name: &str, params: &Value) -> Result<String, Error> {
        let question: Query = name
            .parse()
            .map_err(|e: UnknownQuery| Error::invalid("", e.to_string()))?;
        self.ask(question, params)
    }

    /// [`Board::query`] for a typed question.
    pub fn ask(&self, question: Query, params: &Value) -> Result<String, Error> {
        use crate::action::{carry, log, queries as q, queries::LogQueryRequest};
        use crate::index::Index;
        use crate::risk::register as risk;
        match question {
            Query::ActionLog => with_document(self, params, log::log_of),
            Query::ActionOpen => with_document(self, params, log::open_of),
            Query::ActionOverdue => with_document(self, params, log::overdue_of),
            Query::ActionUndated => with_document(self, params, log::undated_of),
            Query::ActionCompleted => with_document(self, params, log::completed_of),
            Query::ActionRag => with_document(self, params, log::rag_of),
            Query::ActionSummary => with_document(self, params, log::summary_of),
            Query::ActionDueWithin => with_document(self, params, log::due_within_of),
            Query::ActionCarryForward => with_document(self, params, carry::carry_forward_of),
            Query::ActionHistory => with_document(self, params, carry::history_of),
            Query::ActionFlowMattersArising => {
                with_document(self, params, carry::flow_matters_arising_of)
            }
            // As `action::slipped` and its siblings, on the board's own document.
            Query::ActionSlipped => with_document(self, params, |doc, _: &LogQueryRequest| {
                Ok(q::slipped_in(&Index::new(doc)))
            }),
            Query::ActionLateCompletions => {
                with_document(self, params, |doc, _: &LogQueryRequest| {
                    Ok(q::late_completions_in(&Index::new(doc)))
                })
            }
            Query::ActionOpenByOwner => with_document(self, params, |doc, r: &LogQueryRequest| {
                Ok(q::open_by_owner_in(&Index::new(doc), r.as_of))
            }),
            Query::ActionOpenByAgency => with_document(self, params, |doc, r: &LogQueryRequest| {
                Ok(q::open_by_agency_in(&Index::new(doc), r.as_of))
            }),
            Query::MeetingQuorum => with_document(self, params, crate::meeting::meeting_quorum_of),
            Query::BudgetYearStatement => {
                with_document(self, params, crate::budget::statement::year_statement_of)
            }
            Query::ReportAttendance => {
                with_document(self, params, crate::report::attendance::attendance_of)
            }
            Query::RiskRatings => with_register(self, (params, true), risk::ratings),
            Query::RiskHeatMap => with_register(self, (params, false), risk::heat_map),
            Query::RiskReviews => with_register(self, (params, true), risk::reviews),
            Query::RiskEscalations => with_register(self, (params, false), risk::escalations),
            Query::RiskSummary => with_register(self, (params, true), risk::summary),
            Query::PublicVersion => {
                rest(params, "document")?;
                answer(Ok(self.view().public_version()))
            }
        }
    }
}
