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
use boardkit::board::{Body, Member};
use boardkit::date::Date;
use boardkit::index::Index;
use boardkit::meeting::{AgendaItem, AttendanceStatus, Meeting, MeetingStatus};
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
    /// A body of the partnership.
    fn org(&self, id: &str) -> String {
        self.of(&["organization", id])
    }
    /// A partner agency.
    fn agency(&self, id: &str) -> String {
        self.of(&["organization", "agency", id])
    }
    fn person(&self, id: &str) -> String {
        self.of(&["person", id])
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

    let mut organization = Vec::new();
    let mut membership = Vec::new();
    for b in &ix.document().bodies {
        organization.push(body_organisation(&u, &body_url, b, &mut membership));
    }
    for a in &ix.document().organisations {
        let mut o = typed("Organization", u.agency(&a.id));
        o.insert("body".into(), json!(body_url));
        o.insert("name".into(), json!(a.name));
        o.insert("organizationType".into(), json!("partner agency"));
        o.insert("classification".into(), json!(names::words(&a.sector)));
        organization.push(Value::Object(o));
    }
    let person: Vec<Value> = ix
        .document()
        .people
        .iter()
        .map(|p| {
            let mut o = typed("Person", u.person(&p.id));
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
    for m in &ix.document().meetings {
        let (mut obj, items, papers) = meeting_object(&u, &body_url, m);
        if let (Some(l), Value::Object(o)) = (&m.redactions, &mut obj) {
            o.insert("resultsProtocol".into(), edited_file(&u, m, l));
        }
        meeting.push(obj);
        agenda_item.extend(items);
        paper.extend(papers);
    }
    Ok(Export {
        system: system_object(&u),
        body: vec![body_object(&u, &main, body_name)],
        organization,
        person,
        membership,
        meeting,
        agenda_item,
        paper,
    })
}

/// The system object.
fn system_object(u: &Urls) -> Value {
    let mut system = typed("System", u.of(&["system"]));
    system.insert("oparlVersion".into(), json!(OPARL_VERSION));
    system.insert("body".into(), json!(u.of(&["bodies"])));
    system.insert("name".into(), json!("boardkit"));
    Value::Object(system)
}

/// The body: the partnership of the body `main`, with the URLs of its lists.
fn body_object(u: &Urls, main: &str, name: String) -> Value {
    let mut body = typed("Body", u.of(&["body", main]));
    body.insert("system".into(), json!(u.of(&["system"])));
    body.insert("name".into(), json!(name));
    for (k, list) in [
        ("organization", "organizations"),
        ("person", "people"),
        ("meeting", "meetings"),
        ("paper", "papers"),
        ("agendaItem", "agenda-items"),
        ("membership", "memberships"),
    ] {
        body.insert(k.into(), json!(u.of(&["body", main, list])));
    }
    body.insert("legislativeTerm".into(), json!([]));
    body.insert("mainOrganization".into(), json!(u.org(main)));
    Value::Object(body)
}

/// A body of the partnership as an organisation; its memberships go to `membership`.
fn body_organisation(u: &Urls, body_url: &str, b: &Body, membership: &mut Vec<Value>) -> Value {
    let mut o = typed("Organization", u.org(&b.id));
    o.insert("body".into(), json!(body_url));
    o.insert("name".into(), json!(b.name));
    o.insert("organizationType".into(), json!("partnership body"));
    o.insert("classification".into(), json!(names::words(&b.kind)));
    o.insert(
        "meeting".into(),
        json!(u.of(&["organization", &b.id, "meetings"])),
    );
    if let Some(parent) = b.reports_to.first() {
        o.insert("subOrganizationOf".into(), json!(u.org(parent)));
    }
    let mut urls = Vec::with_capacity(b.members.len());
    for m in &b.members {
        let url = u.of(&["membership", &b.id, &m.person]);
        urls.push(json!(url));
        membership.push(membership_object(u, b, m, url));
    }
    o.insert("membership".into(), Value::Array(urls));
    o.insert("memberCount".into(), json!(b.members.len()));
    o.insert(
        "votingMemberCount".into(),
        json!(b.members.iter().filter(|m| m.voting).count()),
    );
    Value::Object(o)
}

/// One member's membership of a body.
fn membership_object(u: &Urls, b: &Body, m: &Member, url: String) -> Value {
    let mut x = typed("Membership", url);
    x.insert("person".into(), json!(u.person(&m.person)));
    x.insert("organization".into(), json!(u.org(&b.id)));
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
        x.insert("onBehalfOf".into(), json!(u.agency(a)));
    }
    Value::Object(x)
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

fn meeting_object(u: &Urls, body_url: &str, m: &Meeting) -> (Value, Vec<Value>, Vec<Value>) {
    let url = u.of(&["meeting", &m.id]);
    let mut o = typed("Meeting", url.clone());
    o.insert("name".into(), json!(m.title));
    o.insert("meetingState".into(), json!(names::words(&m.status)));
    o.insert(
        "cancelled".into(),
        json!(m.status == MeetingStatus::Cancelled),
    );
    let start = m.start.map_or(chrono::NaiveTime::MIN, |s| s.0);
    o.insert("start".into(), json!(uk_date_time(m.date.and_time(start))));
    if let Some(e) = m.end {
        o.insert("end".into(), json!(uk_date_time(m.date.and_time(e.0))));
    }
    if let Some(v) = &m.venue {
        let mut l = typed("Location", u.of(&["location", &m.id]));
        l.insert("description".into(), json!(v));
        o.insert("location".into(), Value::Object(l));
    }
    o.insert("organization".into(), json!([u.org(&m.body)]));
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
        .map(|a| u.person(&a.person))
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
        items.push(agenda_item(u, &url, m, (k, &key), item));
        papers.extend(item_papers(u, body_url, m, &key, item));
    }
    o.insert("agendaItem".into(), Value::Array(items.clone()));
    (Value::Object(o), items, papers)
}

/// An agenda item (the `k`th, from 0, named `key` in its URL) with its decisions.
fn agenda_item(
    u: &Urls,
    meeting_url: &str,
    m: &Meeting,
    (k, key): (usize, &str),
    item: &AgendaItem,
) -> Value {
    let mut a = typed("AgendaItem", u.of(&["meeting", &m.id, "item", key]));
    a.insert("meeting".into(), json!(meeting_url));
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
    Value::Object(a)
}

/// The papers of an agenda item (named `key` in their URLs).
fn item_papers<'a>(
    u: &'a Urls,
    body_url: &'a str,
    m: &'a Meeting,
    key: &'a str,
    item: &'a AgendaItem,
) -> impl Iterator<Item = Value> + 'a {
    item.papers.iter().enumerate().map(move |(p, pap)| {
        let mut x = typed("Paper", u.of(&["paper", &m.id, key, &(p + 1).to_string()]));
        x.insert("body".into(), json!(body_url));
        x.insert("name".into(), json!(pap.name));
        x.insert("reference".into(), json!(pap.name));
        x.insert("date".into(), json!(m.date.to_string()));
        if !pap.appendices.is_empty() {
            x.insert("keyword".into(), json!(pap.appendices));
        }
        Value::Object(x)
    })
}
