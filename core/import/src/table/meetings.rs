//! The body and the meetings a table's records refer to: the context's own where it has
//! them, else stubs, so no reference of a draft dangles.

use boardkit::BoardDocument;

/// A body for stub meetings: the context's first body, or an imported placeholder.
pub(crate) fn body_of(doc: &mut BoardDocument, context: Option<&BoardDocument>) -> String {
    if let Some(b) = context.and_then(|c| c.bodies.first()) {
        doc.bodies = context.map(|c| c.bodies.clone()).unwrap_or_default();
        // The bodies' members and seats, and the people, name organisations: they come too.
        if doc.organisations.is_empty() {
            doc.organisations = context.map(|c| c.organisations.clone()).unwrap_or_default();
        }
        return b.id.clone();
    }
    if let Ok(b) = serde_json::from_value::<boardkit::board::Body>(
        serde_json::json!({"id": "b-import", "name": "Imported body", "kind": "board"}),
    ) {
        doc.bodies.push(b);
    }
    "b-import".into()
}

/// Stub meetings by date, found or added in constant time. A date on which the context
/// document has a meeting (of the body first, else of any body) takes that meeting's id,
/// body and title, so the draft refers to the board's own meetings.
#[derive(Debug, Default)]
pub(crate) struct Meetings {
    made: std::collections::HashMap<boardkit::date::Date, usize>,
    known: std::collections::HashMap<boardkit::date::Date, (String, String, String)>,
}

impl Meetings {
    /// The meetings of the context, by date (the body's own first).
    pub fn new(context: Option<&BoardDocument>, body: &str) -> Meetings {
        let mut known = std::collections::HashMap::new();
        let all = context.map(|c| c.meetings.as_slice()).unwrap_or_default();
        for own in [true, false] {
            for m in all.iter().filter(|m| (m.body == body) == own) {
                known
                    .entry(m.date)
                    .or_insert_with(|| (m.id.clone(), m.body.clone(), m.title.clone()));
            }
        }
        Meetings {
            made: std::collections::HashMap::new(),
            known,
        }
    }

    /// The id of the context's meeting on a date, if any.
    pub fn id_on(&self, date: boardkit::date::Date) -> Option<&str> {
        self.known.get(&date).map(|(id, _, _)| id.as_str())
    }

    /// The index in `doc.meetings` of the meeting on a date: the context's, else a stub
    /// (id `m-YYYY-MM-DD`).
    pub fn on(
        &mut self,
        doc: &mut BoardDocument,
        body: &str,
        date: boardkit::date::Date,
    ) -> Option<usize> {
        if let Some(i) = self.made.get(&date) {
            return Some(*i);
        }
        let (id, body, title) = self
            .known
            .get(&date)
            .cloned()
            .unwrap_or_else(|| (format!("m-{date}"), body.to_string(), "Meeting".to_string()));
        let m = serde_json::from_value::<boardkit::meeting::Meeting>(serde_json::json!({
            "id": id, "body": body, "title": title, "date": date.to_string(), "status": "held"
        }))
        .ok()?;
        doc.meetings.push(m);
        let i = doc.meetings.len() - 1;
        self.made.insert(date, i);
        Some(i)
    }
}
