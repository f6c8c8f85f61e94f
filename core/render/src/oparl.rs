//! OParl 1.1 export: the system, one body (the partnership), organisations (the board,
//! its sub-groups and the partner agencies), people, memberships, meetings with their
//! agenda items, and papers; every object has a stable URL under a base the caller
//! gives. Built from the public version of the document: a confidential item is an
//! agenda item with `public: false`, the withheld title and nothing else.
//!
//! What OParl cannot carry, and what the export does instead, is in the crate README:
//! deputies are participants of the meeting (whom they stood in for is not said),
//! declarations of interest, the action log, the risk register, budgets and scorecards
//! are not exported (the pack, CSV and iCalendar carry them).

use crate::names;
use crate::{Error, Options};
use boardkit::date::Date;
use boardkit::index::Index;
use boardkit::meeting::{AttendanceStatus, Meeting, MeetingStatus};
use boardkit::BoardDocument;
use chrono::{Datelike, NaiveDateTime, Weekday};
use serde_json::{json, Map, Value};

/// The OParl version the export follows.
pub const OPARL_VERSION: &str = "https://schema.oparl.org/1.1/";

/// The export: every object by kind, each list in a stable order.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Export {
    /// The system object.
    pub system: Value,
    /// The body (one: the partnership).
    pub body: Vec<Value>,
    /// Organisations: bodies of the partnership and partner agencies.
    pub organization: Vec<Value>,
    /// People.
    pub person: Vec<Value>,
    /// Memberships.
    pub membership: Vec<Value>,
    /// Meetings, each with its agenda items embedded.
    pub meeting: Vec<Value>,
    /// Agenda items (also embedded in their meetings).
    #[serde(rename = "agendaItem")]
    pub agenda_item: Vec<Value>,
    /// Papers.
    pub paper: Vec<Value>,
}

impl Export {
    /// Every object with its OParl type name (`Body`, `Meeting`...), for checking.
    pub fn objects(&self) -> Vec<(&'static str, &Value)> {
        let mut v: Vec<(&'static str, &Value)> = vec![("System", &self.system)];
        v.extend(self.body.iter().map(|o| ("Body", o)));
        v.extend(self.organization.iter().map(|o| ("Organization", o)));
        v.extend(self.person.iter().map(|o| ("Person", o)));
        v.extend(self.membership.iter().map(|o| ("Membership", o)));
        v.extend(self.meeting.iter().map(|o| ("Meeting", o)));
        v.extend(self.agenda_item.iter().map(|o| ("AgendaItem", o)));
        v.extend(self.paper.iter().map(|o| ("Paper", o)));
        v
    }
}

/// A URL path segment: unreserved characters kept, everything else percent-encoded.
pub fn segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn last_sunday(year: i32, month: u32) -> Option<Date> {
    let first_next = if month == 12 {
        Date::from_ymd_opt(year + 1, 1, 1)?
    } else {
        Date::from_ymd_opt(year, month + 1, 1)?
    };
    let mut d = first_next.pred_opt()?;
    while d.weekday() != Weekday::Sun {
        d = d.pred_opt()?;
    }
    Some(d)
}

/// A UK local time with its offset (`2016-12-08T09:30:00+00:00`): British Summer Time
/// (+01:00) from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday
/// of October, the rule in force since 1996.
pub fn uk_date_time(local: NaiveDateTime) -> String {
    let d = local.date();
    let year = d.year();
    let bst = match (last_sunday(year, 3), last_sunday(year, 10)) {
        (Some(start), Some(end)) => {
            let after_start = d > start
                || (d == start
                    && local.time()
                        >= chrono::NaiveTime::from_hms_opt(1, 0, 0).unwrap_or_default());
            let before_end = d < end
                || (d == end
                    && local.time() < chrono::NaiveTime::from_hms_opt(2, 0, 0).unwrap_or_default());
            after_start && before_end
        }
        _ => false,
    };
    format!(
        "{}{}",
        local.format("%Y-%m-%dT%H:%M:%S"),
        if bst { "+01:00" } else { "+00:00" }
    )
}

struct Urls {
    base: String,
}

impl Urls {
    fn of(&self, parts: &[&str]) -> String {
        let mut s = self.base.clone();
        for p in parts {
            s.push('/');
            s.push_str(&segment(p));
        }
        s
    }
}

fn typed(kind: &str, id: String) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("id".into(), Value::String(id));
    m.insert(
        "type".into(),
        Value::String(format!("{OPARL_VERSION}{kind}")),
    );
    m
}

/// Export the public version of `doc` as OParl 1.1 objects with URLs under `base`
/// (`https://papers.example.org/oparl`). The body of the options (or the pack's
/// default body) names the OParl body.
pub fn export(doc: &BoardDocument, options: &Options, base: &str) -> Result<Export, Error> {
    let base = base.trim_end_matches('/');
    if !(base.starts_with("https://") || base.starts_with("http://")) || base.len() < 10 {
        return Err(Error::Option {
            option: "base",
            message: "the base URL must start with https:// or http://, for example https://papers.example.org/oparl".into(),
        });
    }
    let u = Urls {
        base: base.to_string(),
    };
    let public = doc.public_version();
    let ix = Index::new(&public);
    let main = crate::view::body_of(&ix, options)?;
    let body_url = u.of(&["body", &main]);
    let body_name = ix.body(&main).map(|b| b.name.clone()).unwrap_or_default();
    let org_url = |id: &str| u.of(&["organization", id]);
    let agency_url = |id: &str| u.of(&["organization", "agency", id]);
    let person_url = |id: &str| u.of(&["person", id]);

    let mut system = typed("System", u.of(&["system"]));
    system.insert("oparlVersion".into(), json!(OPARL_VERSION));
    system.insert("body".into(), json!(u.of(&["bodies"])));
    system.insert("name".into(), json!("boardkit"));

    let mut body = typed("Body", body_url.clone());
    body.insert("system".into(), json!(u.of(&["system"])));
    body.insert("name".into(), json!(body_name));
    for (k, list) in [
        ("organization", "organizations"),
        ("person", "people"),
        ("meeting", "meetings"),
        ("paper", "papers"),
        ("agendaItem", "agenda-items"),
        ("membership", "memberships"),
    ] {
        body.insert(k.into(), json!(u.of(&["body", &main, list])));
    }
    body.insert("legislativeTerm".into(), json!([]));
    body.insert("mainOrganization".into(), json!(org_url(&main)));

    let mut organization = Vec::new();
    let mut membership = Vec::new();
    for b in &ix.bodies {
        let mut o = typed("Organization", org_url(&b.id));
        o.insert("body".into(), json!(body_url));
        o.insert("name".into(), json!(b.name));
        o.insert("organizationType".into(), json!("partnership body"));
        o.insert("classification".into(), json!(names::words(&b.kind)));
        o.insert(
            "meeting".into(),
            json!(u.of(&["organization", &b.id, "meetings"])),
        );
        if let Some(parent) = b.reports_to.first() {
            o.insert("subOrganizationOf".into(), json!(org_url(parent)));
        }
        let mut urls = Vec::with_capacity(b.members.len());
        for m in &b.members {
            let url = u.of(&["membership", &b.id, &m.person]);
            urls.push(json!(url));
            let mut x = typed("Membership", url);
            x.insert("person".into(), json!(person_url(&m.person)));
            x.insert("organization".into(), json!(org_url(&b.id)));
            // A membership with neither a role nor a category (the paper gives none)
            // has no role to publish.
            let role = match (m.role, m.category) {
                (Some(r), _) => Some(names::words(&r)),
                (None, Some(c)) => Some(names::words(&c)),
                (None, None) => None,
            };
            if let Some(role) = role {
                x.insert("role".into(), json!(role));
            }
            x.insert("votingRight".into(), json!(m.voting));
            if let Some(a) = &m.organisation {
                x.insert("onBehalfOf".into(), json!(agency_url(a)));
            }
            membership.push(Value::Object(x));
        }
        o.insert("membership".into(), Value::Array(urls));
        o.insert("memberCount".into(), json!(b.members.len()));
        o.insert(
            "votingMemberCount".into(),
            json!(b.members.iter().filter(|m| m.voting).count()),
        );
        organization.push(Value::Object(o));
    }
    for a in &ix.organisations {
        let mut o = typed("Organization", agency_url(&a.id));
        o.insert("body".into(), json!(body_url));
        o.insert("name".into(), json!(a.name));
        o.insert("organizationType".into(), json!("partner agency"));
        o.insert("classification".into(), json!(names::words(&a.sector)));
        organization.push(Value::Object(o));
    }
    let person: Vec<Value> = ix
        .people
        .iter()
        .map(|p| {
            let mut o = typed("Person", person_url(&p.id));
            o.insert("body".into(), json!(body_url));
            o.insert("name".into(), json!(p.name));
            if let Some(post) = &p.post {
                o.insert("status".into(), json!([post]));
            }
            Value::Object(o)
        })
        .collect();

    let mut meeting = Vec::new();
    let mut agenda_item = Vec::new();
    let mut paper = Vec::new();
    for m in &ix.meetings {
        let (mut obj, items, papers) =
            meeting_object(&u, &body_url, m, &org_url(&m.body), &person_url);
        if let (Some(l), Value::Object(o)) = (&m.redactions, &mut obj) {
            o.insert("resultsProtocol".into(), edited_file(&u, m, l));
        }
        meeting.push(obj);
        agenda_item.extend(items);
        paper.extend(papers);
    }
    Ok(Export {
        system: Value::Object(system),
        body: vec![Value::Object(body)],
        organization,
        person,
        membership,
        meeting,
        agenda_item,
        paper,
    })
}

/// The public minutes of an edited meeting as an OParl File derived from the full one
/// (`masterFile`), with the edited version's notice as its text: counts and grounds only.
fn edited_file(u: &Urls, m: &Meeting, l: &boardkit::meeting::Redactions) -> Value {
    let mut f = typed("File", u.of(&["file", &m.id, "public"]));
    f.insert("name".into(), json!("Minutes (edited version)"));
    f.insert("date".into(), json!(m.date.to_string()));
    f.insert("masterFile".into(), json!(u.of(&["file", &m.id, "full"])));
    f.insert("meeting".into(), json!([u.of(&["meeting", &m.id])]));
    f.insert("text".into(), json!(l.notice().unwrap_or_default()));
    Value::Object(f)
}

fn meeting_object(
    u: &Urls,
    body_url: &str,
    m: &Meeting,
    org: &str,
    person_url: &dyn Fn(&str) -> String,
) -> (Value, Vec<Value>, Vec<Value>) {
    let url = u.of(&["meeting", &m.id]);
    let mut o = typed("Meeting", url.clone());
    o.insert("name".into(), json!(m.title));
    o.insert("meetingState".into(), json!(names::words(&m.status)));
    o.insert(
        "cancelled".into(),
        json!(m.status == MeetingStatus::Cancelled),
    );
    match m.start {
        Some(s) => {
            o.insert("start".into(), json!(uk_date_time(m.date.and_time(s.0))));
        }
        None => {
            o.insert(
                "start".into(),
                json!(uk_date_time(m.date.and_time(chrono::NaiveTime::MIN))),
            );
        }
    }
    if let Some(e) = m.end {
        o.insert("end".into(), json!(uk_date_time(m.date.and_time(e.0))));
    }
    if let Some(v) = &m.venue {
        let mut l = typed("Location", u.of(&["location", &m.id]));
        l.insert("description".into(), json!(v));
        o.insert("location".into(), Value::Object(l));
    }
    o.insert("organization".into(), json!([org]));
    let participants: Vec<String> = m
        .attendance
        .iter()
        .filter(|a| {
            matches!(
                a.status,
                AttendanceStatus::Present
                    | AttendanceStatus::Deputy
                    | AttendanceStatus::Substitute
                    | AttendanceStatus::Observer
                    | AttendanceStatus::InAttendance
                    | AttendanceStatus::MinuteTaker
            )
        })
        .map(|a| person_url(&a.person))
        .collect();
    o.insert("participant".into(), json!(participants));
    let mut items = Vec::with_capacity(m.agenda.len());
    let mut papers = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (k, item) in m.agenda.iter().enumerate() {
        // The item number names the URL; a repeated number gets its position too.
        let key = if seen.insert(item.number.as_str()) {
            item.number.clone()
        } else {
            format!("{}-{}", item.number, k + 1)
        };
        let item_url = u.of(&["meeting", &m.id, "item", &key]);
        let mut a = typed("AgendaItem", item_url.clone());
        a.insert("meeting".into(), json!(url));
        a.insert("number".into(), json!(item.number));
        a.insert("order".into(), json!(k + 1));
        a.insert("name".into(), json!(item.title));
        a.insert("public".into(), json!(!item.confidential));
        if !item.decisions.is_empty() {
            let kinds: Vec<String> = item
                .decisions
                .iter()
                .map(|d| names::words(&d.kind))
                .collect();
            a.insert("result".into(), json!(kinds.join(", ")));
            let texts: Vec<String> = item
                .decisions
                .iter()
                .map(|d| match &d.letter {
                    Some(l) => format!("({l}) {}", d.text),
                    None => d.text.clone(),
                })
                .collect();
            a.insert("resolutionText".into(), json!(texts.join("\n")));
        }
        for (p, pap) in item.papers.iter().enumerate() {
            let mut x = typed("Paper", u.of(&["paper", &m.id, &key, &(p + 1).to_string()]));
            x.insert("body".into(), json!(body_url));
            x.insert("name".into(), json!(pap.name));
            x.insert("reference".into(), json!(pap.name));
            x.insert("date".into(), json!(m.date.to_string()));
            if !pap.appendices.is_empty() {
                x.insert("keyword".into(), json!(pap.appendices));
            }
            papers.push(Value::Object(x));
        }
        items.push(Value::Object(a));
    }
    o.insert("agendaItem".into(), Value::Array(items.clone()));
    (Value::Object(o), items, papers)
}
