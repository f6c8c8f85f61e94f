//! A seeded, deterministic generator of realistic synthetic board documents, for the
//! benchmarks (`core/benches/`) and their sanity test (`core/tests/synth.rs`).
//!
//! Scale 1 is one financial year of a safeguarding children board and its performance
//! sub-group: 10 meetings (6 board, 4 sub-group), 200 actions, 20 risks and 1 budget.
//! Scale `n` is `n` consecutive years of the same partnership (so 10x and 100x hold 10
//! and 100 times the records), with seats changing hands, actions carried forward through
//! matters arising, and risks reviewed at every board meeting until they are closed.
//!
//! Realistic means the shapes real board papers have: attendance with apologies and
//! deputies, agenda numbering 1, 2, 5.1, 5.2 with standing items, presenters and decision
//! owners by initials, owners of every kind (person, initials, the chair, a group), due
//! dates of every kind (date, month, meeting, next meeting, none), dated action histories,
//! risk score histories and a composite funding formula. The document is valid: the
//! findings it raises are the warnings a real board would see (overdue actions, reviews
//! due), never errors (checked by `core/tests/synth.rs`).
#![allow(dead_code)]

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde_json::{json, Map, Value};

/// The year the synthetic partnership's first financial year starts.
const FIRST_YEAR: i32 = 2016;
/// Actions raised per year; risks raised per year.
const ACTIONS_PER_YEAR: usize = 200;
const RISKS_PER_YEAR: usize = 20;

/// SplitMix64: small, fast and the same on every platform.
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % ((hi - lo + 1) as u64)) as i64
    }
    /// True with probability `pct`%.
    pub fn pct(&mut self, pct: u64) -> bool {
        self.next() % 100 < pct
    }
    /// One element.
    pub fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len())]
    }
}

const FIRST: &[&str] = &[
    "Adele",
    "Alison",
    "Amanda",
    "Andrew",
    "Bernadette",
    "Carol",
    "Caroline",
    "Chris",
    "Claire",
    "Colin",
    "Daljit",
    "David",
    "Deborah",
    "Emma",
    "Fiona",
    "Frances",
    "Gareth",
    "Gurjit",
    "Hannah",
    "Helen",
    "Ian",
    "Imran",
    "Janet",
    "Jenny",
    "John",
    "Karen",
    "Kate",
    "Kevin",
    "Lesley",
    "Lisa",
    "Mark",
    "Martin",
    "Michelle",
    "Neil",
    "Nicola",
    "Owen",
    "Paul",
    "Pretty",
    "Rachel",
    "Rob",
    "Sally",
    "Sandeep",
    "Sarah",
    "Simon",
    "Steve",
    "Sue",
    "Tracy",
    "Vanessa",
    "Wendy",
    "Yasmin",
];
const LAST: &[&str] = &[
    "Ahmed", "Atkinson", "Bailey", "Begum", "Bennett", "Chauhan", "Clarke", "Cooper", "Davies",
    "Dixon", "Evans", "Fletcher", "Gill", "Green", "Hall", "Harris", "Hughes", "Jackson", "James",
    "Kaur", "Khan", "Lewis", "Mistry", "Moore", "Morris", "Myers", "Oakley", "Parker", "Patel",
    "Price", "Robinson", "Russell", "Shaw", "Singh", "Smith", "Taylor", "Thomas", "Tilley",
    "Turner", "Walker", "Ward", "West", "White", "Wood", "Wright", "Young",
];

/// (id, name, sector, statutory partner, post of its board member)
const ORGS: &[(&str, &str, &str, bool, &str)] = &[
    (
        "o-lcc",
        "Leicester City Council",
        "local_authority",
        true,
        "Strategic Director, Children's Services",
    ),
    (
        "o-police",
        "Leicestershire Police",
        "police",
        true,
        "Detective Superintendent, Public Protection",
    ),
    (
        "o-ccg",
        "Leicester City CCG",
        "health",
        true,
        "Chief Nurse and Quality Officer",
    ),
    (
        "o-uhl",
        "University Hospitals of Leicester",
        "health",
        false,
        "Head of Safeguarding",
    ),
    (
        "o-lpt",
        "Leicestershire Partnership NHS Trust",
        "health",
        false,
        "Director of Nursing",
    ),
    (
        "o-nps",
        "National Probation Service",
        "probation",
        false,
        "Head of Midlands Division",
    ),
    (
        "o-crc",
        "DNLR Community Rehabilitation Company",
        "crc",
        false,
        "Director of Operations",
    ),
    ("o-cafcass", "CAFCASS", "cafcass", false, "Service Manager"),
    (
        "o-barnardos",
        "Barnardo's",
        "voluntary",
        false,
        "Assistant Director",
    ),
    (
        "o-primary-heads",
        "Primary Heads Association",
        "school",
        false,
        "Head Teacher",
    ),
    (
        "o-leicester-college",
        "Leicester College",
        "college",
        false,
        "Vice Principal",
    ),
    (
        "o-wqe-college",
        "Wyggeston and Queen Elizabeth I College",
        "college",
        false,
        "Principal",
    ),
    (
        "o-emas",
        "East Midlands Ambulance Service",
        "other",
        false,
        "Safeguarding Lead",
    ),
    (
        "o-nhs-england",
        "NHS England",
        "health",
        false,
        "Director of Nursing",
    ),
];

/// Agency seats on the board: (organisation, category). Holders change over the years.
const SEATS: &[(&str, &str)] = &[
    ("o-lcc", "statutory"),
    ("o-lcc", "statutory"),
    ("o-lcc", "statutory"),
    ("o-lcc", "co_opted"),
    ("o-lcc", "co_opted"),
    ("o-police", "statutory"),
    ("o-police", "statutory"),
    ("o-ccg", "statutory"),
    ("o-ccg", "statutory"),
    ("o-ccg", "co_opted"),
    ("o-uhl", "statutory"),
    ("o-lpt", "statutory"),
    ("o-nps", "statutory"),
    ("o-crc", "statutory"),
    ("o-cafcass", "statutory"),
    ("o-barnardos", "co_opted"),
    ("o-primary-heads", "statutory"),
    ("o-leicester-college", "statutory"),
    ("o-wqe-college", "statutory"),
    ("o-emas", "co_opted"),
    ("o-nhs-england", "statutory"),
    ("o-lcc", "co_opted"),
];
/// The seats whose holders also sit on the performance sub-group.
const PAAG_SEATS: &[usize] = &[0, 5, 7, 10, 11, 15];

const ITEMS: &[&str] = &[
    "CSE Operations Group and Hub",
    "Multi-agency case file audit",
    "Section 11 audit findings",
    "Serious case review: learning and action plan",
    "Early Help remodelling",
    "Neglect strategy",
    "Private fostering annual report",
    "Domestic abuse spotlight",
    "Missing children and young people",
    "Child death overview panel annual report",
    "Learning and development programme",
    "Performance scorecard, quarter report",
    "Voice of the child",
    "Allegations against staff (LADO) report",
    "Front door arrangements",
    "Mental health of adolescents",
    "Online safety",
    "Female genital mutilation",
    "Ofsted inspection: improvement plan",
    "Joint targeted area inspection readiness",
];
const VERBS: &[&str] = &[
    "to report back to the Board on",
    "to circulate a briefing on",
    "to present an update on",
    "to write to partners about",
    "to review the data on",
    "to arrange a workshop on",
    "to confirm the timescale for",
    "to share the action plan for",
    "to escalate concerns about",
    "to agree terms of reference for",
];
const SENTENCES: &[&str] = &[
    "provided a verbal report, along with a brief presentation, and answered questions from members.",
    "noted that the group is revitalising its action plan and will report progress to the next meeting.",
    "explained that the data for the quarter shows an increase in referrals, mainly from schools.",
    "confirmed that partners have responded to the letter of concern and that the position is now clearer.",
    "asked that the learning is disseminated through the multi-agency training programme.",
    "reported that recruitment to the service manager post is under way.",
    "highlighted the pressures on the front door and the work to reduce re-referrals.",
    "reminded members that the audit returns are due before the end of the quarter.",
    "welcomed the report and asked for assurance that the recommendations are being tracked.",
    "noted that the item would be considered in more depth at a development session.",
];
const CONTROLS: &[&str] = &[
    "Quarterly performance reporting to the Board",
    "Multi-agency audit programme",
    "Escalation protocol agreed by all partners",
    "Named lead in each partner agency",
    "Training programme commissioned for practitioners",
    "Sub-group oversight of the action plan",
];
const RISK_TITLES: &[&str] = &[
    "Capacity of the front door to manage referrals",
    "Partner engagement in audits",
    "Recruitment and retention of social workers",
    "Quality of early help assessments",
    "Understanding of domestic abuse across the partnership",
    "Early Help remodelling",
    "Timeliness of initial health assessments",
    "Data sharing between agencies",
    "Budget pressures on partner contributions",
    "Response to child sexual exploitation",
    "Transition of young people to adult services",
    "Attendance at child protection conferences",
];

#[derive(Clone)]
struct Person {
    id: String,
    name: String,
    initials: String,
    post: String,
    org: Option<&'static str>,
}

struct People {
    list: Vec<Person>,
}

impl People {
    /// A new person with initials unique across the document (as minutes would write
    /// them: "CT", then "CTa", "ASp"...).
    fn add(&mut self, rng: &mut Rng, post: &str, org: Option<&'static str>) -> usize {
        let first = rng.pick(FIRST);
        let last = rng.pick(LAST);
        let f = &first[..1];
        let mut initials = format!("{f}{}", &last[..1]);
        let lower: Vec<char> = last.chars().skip(1).collect();
        let mut k = 0;
        while self.list.iter().any(|p| p.initials == initials) {
            initials = match lower.get(k) {
                Some(c) => format!("{f}{}{c}", &last[..1]),
                None => format!("{f}{}{}", &last[..1], k),
            };
            k += 1;
        }
        self.list.push(Person {
            id: format!("p-{}", initials.to_lowercase()),
            name: format!("{first} {last}"),
            initials,
            post: post.to_string(),
            org,
        });
        self.list.len() - 1
    }
}

#[derive(Clone)]
struct Plan {
    id: String,
    body: usize, // 0 board, 1 sub-group
    date: NaiveDate,
    year: usize,
    held: bool,
    attendance: Vec<Value>,
    present: Vec<usize>, // people in the room
    agenda: Vec<Value>,
    refs: Vec<String>, // substantive sub-item numbers, for action refs
    risk_minute: Option<String>,
}

/// The nth Thursday of a month.
fn thursday(year: i32, month: u32, nth: u8) -> NaiveDate {
    NaiveDate::from_weekday_of_month_opt(year, month, Weekday::Thu, nth)
        .unwrap_or_else(|| NaiveDate::from_ymd_opt(year, month, 1).expect("a month"))
}

fn ymd(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// The "as of" date of a board of `scale` years: 31 January of its last year, when the
/// last two board meetings and one sub-group meeting are still to come.
pub fn as_of(scale: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(FIRST_YEAR + scale as i32, 1, 31).expect("a date")
}

/// The `as_of` date as JSON text ("2017-01-31").
pub fn as_of_str(scale: u32) -> String {
    ymd(as_of(scale))
}

/// The board document of `scale` years as pretty JSON text (what a host stores).
pub fn board_json(scale: u32) -> String {
    serde_json::to_string_pretty(&board(scale)).expect("serialisable")
}

/// The board document of `scale` years, from a fixed seed.
pub fn board(scale: u32) -> Value {
    board_seeded(scale, 0x5EED_B0A2D)
}

/// The board document of `scale` years from `seed`.
pub fn board_seeded(scale: u32, seed: u64) -> Value {
    let mut rng = Rng::new(seed);
    let years = scale.max(1) as usize;
    let as_of = as_of(scale.max(1));

    // --- people and membership -------------------------------------------------------
    let mut people = People { list: Vec::new() };
    let chair = people.add(&mut rng, "Independent Chair", None);
    let lay = [
        people.add(&mut rng, "Lay Member", None),
        people.add(&mut rng, "Lay Member", None),
    ];
    let lead = people.add(
        &mut rng,
        "Lead Member for Children, Young People and Schools",
        Some("o-lcc"),
    );
    let manager = people.add(&mut rng, "Board Manager", Some("o-lcc"));
    let officer = people.add(&mut rng, "Business Support Officer", Some("o-lcc"));
    let minute_taker = people.add(&mut rng, "Minute Taker", Some("o-lcc"));
    let guests: Vec<usize> = (0..6)
        .map(|_| people.add(&mut rng, "Service Manager (guest)", Some("o-lcc")))
        .collect();
    // holders[year][seat] = (member, deputy)
    let mut holders: Vec<Vec<(usize, usize)>> = Vec::new();
    let mut members: Vec<Value> = vec![
        json!({"person": people.list[chair].id, "category": "statutory", "role": "independent_chair"}),
        json!({"person": people.list[lay[0]].id, "category": "statutory", "role": "lay_member"}),
        json!({"person": people.list[lay[1]].id, "category": "statutory", "role": "lay_member"}),
        json!({"person": people.list[lead].id, "category": "participant_adviser", "role": "lead_member", "voting": false}),
        json!({"person": people.list[manager].id, "category": "participant_adviser", "voting": false}),
    ];
    let mut paag_members: Vec<Value> = vec![
        json!({"person": people.list[manager].id, "category": "participant_adviser", "voting": false}),
    ];
    for y in 0..years {
        let mut row = Vec::new();
        for (s, (org, category)) in SEATS.iter().enumerate() {
            let keep = y > 0 && !rng.pct(14);
            if keep {
                row.push(holders[y - 1][s]);
                continue;
            }
            let post = ORGS
                .iter()
                .find(|o| o.0 == *org)
                .map(|o| o.4)
                .unwrap_or("Member");
            let m = people.add(&mut rng, post, Some(org));
            let d = people.add(&mut rng, "Deputy", Some(org));
            let mut member =
                json!({"person": people.list[m].id, "category": category, "organisation": org});
            if rng.pct(5) {
                member["may_send_deputy"] = json!(false);
            }
            members.push(member.clone());
            if PAAG_SEATS.contains(&s) {
                paag_members.push(json!({"person": people.list[m].id, "category": "statutory", "organisation": org}));
            }
            row.push((m, d));
        }
        holders.push(row);
    }
    let may_deputise = |members: &[Value], id: &str| {
        members
            .iter()
            .find(|m| m["person"] == id)
            .is_some_and(|m| m.get("may_send_deputy").is_none() && m.get("role").is_none())
    };

    // --- meetings: plan, attendance, agenda ----------------------------------------------
    let mut plans: Vec<Plan> = Vec::new();
    for y in 0..years {
        let start = FIRST_YEAR + y as i32;
        let board_dates = [
            (start, 4),
            (start, 6),
            (start, 9),
            (start, 12),
            (start + 1, 2),
            (start + 1, 3),
        ];
        let paag_dates = [(start, 5), (start, 7), (start, 10), (start + 1, 1)];
        for (body, dates) in [(0usize, &board_dates[..]), (1, &paag_dates[..])] {
            for &(yy, mm) in dates {
                let date = thursday(yy, mm, if body == 0 { 2 } else { 3 });
                let prefix = if body == 0 { "m" } else { "m-paag" };
                plans.push(Plan {
                    id: format!("{prefix}-{}", ymd(date)),
                    body,
                    date,
                    year: y,
                    held: date <= as_of,
                    attendance: Vec::new(),
                    present: Vec::new(),
                    agenda: Vec::new(),
                    refs: Vec::new(),
                    risk_minute: None,
                });
            }
        }
    }
    plans.sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));

    for plan in plans.iter_mut() {
        let seats: Vec<usize> = if plan.body == 0 {
            (0..SEATS.len()).collect()
        } else {
            PAAG_SEATS.to_vec()
        };
        let mut att = Vec::new();
        let mut present = Vec::new();
        let add = |att: &mut Vec<Value>, p: usize, status: &str, deputy_for: Option<usize>| {
            let mut a = json!({"person": people.list[p].id, "status": status});
            if let Some(d) = deputy_for {
                a["deputy_for"] = json!(people.list[d].id);
            }
            att.push(a);
        };
        if plan.held {
            if plan.body == 0 {
                add(&mut att, chair, "present", None);
                present.push(chair);
                for &l in &lay {
                    if rng.pct(85) {
                        add(&mut att, l, "present", None);
                        present.push(l);
                    } else {
                        add(&mut att, l, "apologies", None);
                    }
                }
                if rng.pct(70) {
                    add(&mut att, lead, "present", None);
                    present.push(lead);
                } else {
                    add(&mut att, lead, "apologies", None);
                }
            }
            add(&mut att, manager, "present", None);
            present.push(manager);
            let mut apologies = Vec::new();
            for &s in &seats {
                let (m, d) = holders[plan.year][s];
                // the statutory partners' lead seats always come (or the meeting is inquorate)
                let roll = if s == 0 || s == 5 || s == 7 {
                    0
                } else {
                    rng.below(100)
                };
                if roll < 78 {
                    add(&mut att, m, "present", None);
                    present.push(m);
                } else if roll < 90 && may_deputise(&members, &people.list[m].id) {
                    add(&mut att, d, "deputy", Some(m));
                    present.push(d);
                    apologies.push(m);
                } else if roll < 97 {
                    apologies.push(m);
                } else {
                    add(&mut att, m, "absent", None);
                }
            }
            for m in apologies {
                add(&mut att, m, "apologies", None);
            }
            for _ in 0..rng.below(3) {
                let g = rng.pick(&guests);
                if !present.contains(&g) {
                    add(&mut att, g, "in_attendance", None);
                    present.push(g);
                }
            }
            add(&mut att, officer, "in_attendance", None);
            add(&mut att, minute_taker, "minute_taker", None);
            present.push(officer);
            present.push(minute_taker);
        }
        plan.attendance = att;
        plan.present = present;

        // agenda: standing items, then substantive items with numbered sub-items
        let mut agenda = vec![
            json!({"number": "1", "title": "Welcome, introductions and apologies", "standing": "welcome_and_apologies"}),
            json!({"number": "2", "title": "Declarations of interest", "standing": "declarations_of_interest"}),
            json!({"number": "3", "title": "Minutes of the previous meeting", "standing": "previous_minutes"}),
            json!({"number": "4", "title": "Matters arising", "standing": "matters_arising"}),
        ];
        let n_items = if plan.body == 0 {
            6 + rng.below(3)
        } else {
            3 + rng.below(2)
        };
        let mut refs = Vec::new();
        let speakers: Vec<usize> = plan
            .present
            .iter()
            .copied()
            .filter(|&p| p != minute_taker && p != officer)
            .collect();
        let mut number = 5;
        if plan.body == 0 {
            let sub = format!("{number}.1");
            plan.risk_minute = Some(sub.clone());
            agenda.push(json!({"number": number.to_string(), "title": "Risk register", "minutes_allocated": 15}));
            agenda.push(json!({"number": sub, "title": "Risk register review", "papers": [{"name": "Risk register"}]}));
            refs.push(format!("{number}.1"));
            number += 1;
        }
        for _ in 0..n_items {
            let title = rng.pick(ITEMS);
            let mut head = json!({"number": number.to_string(), "title": title, "minutes_allocated": 10 + 5 * rng.below(4)});
            if rng.pct(8) {
                head["confidential"] = json!(true);
            }
            agenda.push(head);
            for k in 1..=(1 + rng.below(3)) {
                let num = format!("{number}.{k}");
                let mut item = json!({"number": num, "title": title});
                if plan.held && !speakers.is_empty() {
                    let presenter = rng.pick(&speakers);
                    let ini = &people.list[presenter].initials;
                    item["presenters"] = json!([{"initials": ini}]);
                    let mut text = format!("{num}\n");
                    for _ in 0..(2 + rng.below(4)) {
                        text.push_str(ini);
                        text.push(' ');
                        text.push_str(rng.pick(SENTENCES));
                        text.push(' ');
                    }
                    item["minutes"] = json!(text);
                    let mut decisions = Vec::new();
                    for (i, letter) in ["a", "b", "c"].iter().enumerate().take(rng.below(3)) {
                        let owner = rng.pick(&speakers);
                        let kind = if i == 0 && rng.pct(50) {
                            "noted"
                        } else {
                            "agreed"
                        };
                        decisions.push(json!({
                            "letter": letter, "kind": kind,
                            "text": format!("{} {} {}.", people.list[owner].initials, rng.pick(VERBS), title.to_lowercase()),
                            "owner": {"initials": people.list[owner].initials}
                        }));
                    }
                    if !decisions.is_empty() {
                        item["decisions"] = json!(decisions);
                    }
                    if rng.pct(40) {
                        item["papers"] = json!([{"name": format!("Paper {}", num.replace('.', "")), "appendices": ["Appendix A"]}]);
                    }
                }
                agenda.push(item);
                refs.push(num);
            }
            number += 1;
        }
        agenda.push(json!({"number": number.to_string(), "title": "Any other business", "standing": "any_other_business"}));
        agenda.push(json!({"number": (number + 1).to_string(), "title": "Date of next meeting", "standing": "date_of_next_meeting"}));
        plan.agenda = agenda;
        plan.refs = refs;
    }

    // --- actions ---------------------------------------------------------------------------
    // For each body, the indices of its meetings in date order.
    let body_meetings: Vec<Vec<usize>> = (0..2)
        .map(|b| (0..plans.len()).filter(|&i| plans[i].body == b).collect())
        .collect();
    let next_of = |i: usize| -> Option<usize> {
        let list = &body_meetings[plans[i].body];
        let k = list.iter().position(|&j| j == i)?;
        list.get(k + 1).copied()
    };
    let prev_of = |i: usize| -> Option<usize> {
        let list = &body_meetings[plans[i].body];
        let k = list.iter().position(|&j| j == i)?;
        k.checked_sub(1).and_then(|k| list.get(k).copied())
    };
    let mut actions: Vec<Value> = Vec::new();
    // matters[meeting] = matters arising entries
    let mut matters: Vec<Vec<Value>> = vec![Vec::new(); plans.len()];
    let mut raised_at: Vec<Vec<String>> = vec![Vec::new(); plans.len()];
    for y in 0..years {
        let held: Vec<usize> = (0..plans.len())
            .filter(|&i| plans[i].year == y && plans[i].held)
            .collect();
        let weight: usize = held
            .iter()
            .map(|&i| if plans[i].body == 0 { 2 } else { 1 })
            .sum();
        let mut left = ACTIONS_PER_YEAR;
        for (k, &i) in held.iter().enumerate() {
            let w = if plans[i].body == 0 { 2 } else { 1 };
            let n = if k + 1 == held.len() {
                left
            } else {
                ACTIONS_PER_YEAR * w / weight
            };
            left -= n;
            for a in 0..n {
                let action = make_action(
                    &mut rng,
                    &plans,
                    &people,
                    i,
                    a,
                    as_of,
                    &body_meetings,
                    chair,
                    &next_of,
                    &mut matters,
                );
                raised_at[i].push(action["id"].as_str().unwrap_or_default().to_string());
                actions.push(action);
            }
        }
    }

    // --- risks -----------------------------------------------------------------------------
    let mut risks = Vec::new();
    for y in 0..years {
        let board_held: Vec<usize> = body_meetings[0]
            .iter()
            .copied()
            .filter(|&i| plans[i].year == y && plans[i].held)
            .collect();
        for r in 0..RISKS_PER_YEAR {
            let i = board_held[r % board_held.len()];
            let plan = &plans[i];
            let title = RISK_TITLES[(r + y) % RISK_TITLES.len()];
            let li = rng.range(2, 5);
            let im = rng.range(2, 5);
            let tl = (li - 2).max(1);
            let mut cl = li - rng.range(0, 1);
            let owner_seat = rng.below(SEATS.len());
            let owner = &people.list[holders[y][owner_seat].0].id;
            let id = format!("r-{}-{:02}", plan.year + FIRST_YEAR as usize, r + 1);
            let mut risk = json!({
                "id": id, "title": title,
                "description": format!("{title}: raised at the board meeting under the risk register item."),
                "category": if r % 2 == 0 { "Partnership assurance" } else { "Service delivery" },
                "owner": owner,
                "raised": {"date": ymd(plan.date), "meeting": plan.id, "minute": plan.risk_minute},
                "inherent": {"likelihood": li, "impact": im},
                "target": {"likelihood": tl, "impact": im},
                "review_frequency": "quarterly",
                "controls": [rng.pick(CONTROLS), rng.pick(CONTROLS)],
            });
            if let Some(a) = raised_at[i].get(r % raised_at[i].len().max(1)) {
                risk["linked_actions"] = json!([a]);
            }
            if r == 7 {
                // deferred to a later board meeting, pending evidence
                let revisit = next_of(i)
                    .map(|j| json!({"meeting": plans[j].id}))
                    .unwrap_or(json!(ymd(as_of + Days::new(60))));
                risk["status"] = json!("deferred");
                risk["revisit"] = revisit;
                for k in [
                    "inherent",
                    "target",
                    "controls",
                    "review_frequency",
                    "owner",
                ] {
                    if let Some(o) = risk.as_object_mut() {
                        o.remove(k);
                    }
                }
                risks.push(risk);
                continue;
            }
            // reviewed at every later board meeting held, until closed
            // most risks close within three years; a few stand for five
            let life = if rng.pct(10) { 30 } else { 3 + rng.below(15) };
            let mut history = vec![
                json!({"date": ymd(plan.date), "likelihood": cl, "impact": im, "meeting": plan.id}),
            ];
            let mut last = plan.date;
            let mut closed = None;
            let mut j = i;
            for step in 0..life {
                match next_of(j) {
                    Some(n) if plans[n].held => j = n,
                    _ => break,
                }
                if step + 1 == life {
                    closed = Some(plans[j].date);
                    break;
                }
                if rng.pct(30) && cl > tl {
                    cl -= 1;
                } else if rng.pct(8) && cl < li {
                    cl += 1;
                }
                let mut h = json!({"date": ymd(plans[j].date), "likelihood": cl, "impact": im, "meeting": plans[j].id});
                if rng.pct(20) {
                    h["note"] = json!("Reviewed by the board; controls confirmed.");
                }
                history.push(h);
                last = plans[j].date;
            }
            risk["current"] = json!({"likelihood": cl, "impact": im});
            risk["history"] = json!(history);
            match closed {
                Some(d) => {
                    risk["status"] = json!("closed");
                    risk["closed_on"] = json!(ymd(d));
                    risk["closed_reason"] = json!("Target score reached and controls embedded.");
                }
                None => {
                    risk["status"] = json!(if cl * im >= 16 { "escalated" } else { "open" });
                    risk["next_review"] = json!(ymd(last + Days::new(84)));
                }
            }
            risks.push(risk);
        }
    }

    // --- budgets ---------------------------------------------------------------------------
    let mut budgets = Vec::new();
    let mut reserve = 0i64;
    for y in 0..years {
        let start = FIRST_YEAR + y as i32;
        let baseline = 29_870_000i64 * (100 + 2 * y as i64).min(1000) / 100;
        let mut additional: Vec<Value> = Vec::new();
        for o in ["o-lcc", "o-police"] {
            if rng.pct(60) {
                additional.push(json!({"organisation": o, "amount": rng.range(50_000, 500_000) * 10,
                    "description": format!("One-off additional contribution {start}/{:02}", (start + 1) % 100)}));
            }
        }
        let income = baseline
            + additional
                .iter()
                .map(|a| a["amount"].as_i64().unwrap_or(0))
                .sum::<i64>();
        let headings = [
            ("Board business unit staffing", 58),
            ("Independent Chair", 10),
            ("Multi-agency training and development", 14),
            ("Serious case reviews and learning reviews", 8),
            ("Room hire and meetings", 3),
        ];
        let expenditure: Vec<Value> = headings
            .iter()
            .map(|(h, pct)| {
                let budgeted = income * pct / 100;
                json!({"heading": h, "budgeted": budgeted, "actual": budgeted * rng.range(95, 100) / 100})
            })
            .collect();
        let total_exp: i64 = expenditure
            .iter()
            .map(|e| e["budgeted"].as_i64().unwrap_or(0))
            .sum();
        let added = 1_000_000 + rng.range(0, 100) * 10_000;
        let drawn = if reserve > 0 && rng.pct(30) {
            reserve / 2
        } else {
            0
        };
        budgets.push(json!({
            "year": format!("{start}/{:02}", (start + 1) % 100),
            "body": "b-lscb",
            "baseline": baseline,
            "formula": {"kind": "composite",
                "fixed": [
                    {"organisation": "o-cafcass", "amount": 59_700},
                    {"organisation": "o-nps", "amount": 219_200},
                    {"organisation": "o-crc", "amount": 1_934_300}],
                "remainder": {"kind": "percentages", "shares": [
                    {"organisation": "o-lcc", "basis_points": 5000},
                    {"organisation": "o-ccg", "basis_points": 2000},
                    {"organisation": "o-police", "basis_points": 1600},
                    {"organisation": "o-uhl", "basis_points": 700},
                    {"organisation": "o-lpt", "basis_points": 700}]}},
            "additional": additional,
            "in_kind": [{"organisation": "o-lcc", "value": 1_000_000, "description": "Free venues for multi-agency training events"}],
            "expenditure": expenditure,
            "reserves": [{"kind": "serious_case_review", "name": "Serious case review reserve", "opening": reserve, "added": added, "drawn": drawn}],
            "stated_total_income": income,
            "stated_total_expenditure": total_exp,
        }));
        reserve = reserve + added - drawn;
    }

    // --- assemble the meetings -------------------------------------------------------------
    let mut meetings = Vec::new();
    for (i, plan) in plans.iter().enumerate() {
        let board = plan.body == 0;
        let mut m = json!({
            "id": plan.id,
            "body": if board { "b-lscb" } else { "b-paag" },
            "title": if board { "Safeguarding Children Board Meeting" } else { "Performance, Audit and Assurance Group" },
            "date": ymd(plan.date),
            "start": if board { "09:30" } else { "14:00" },
            "end": if board { "12:30" } else { "16:00" },
            "venue": if board { "Room G.01, City Hall, Charles Street" } else { "Meeting Room 2, Eagle House" },
            "status": if !plan.held { "scheduled" } else if next_of(i).is_some_and(|n| plans[n].held) { "minutes_approved" } else { "minutes_drafted" },
            "agenda": plan.agenda,
        });
        if plan.held {
            m["attendance"] = json!(plan.attendance);
            m["declarations"] = if rng.pct(85) || plan.present.len() < 3 {
                json!({"none_declared": true})
            } else {
                let p = &people.list[plan.present[1]];
                json!({"entries": [{"person": {"initials": p.initials}, "item": "5.1", "nature": "Employed by a provider named in the report.", "left_room": false, "took_part": true}]})
            };
            if !matters[i].is_empty() {
                m["matters_arising"] = json!(matters[i]);
            }
        }
        if rng.pct(10) {
            m["confidential"] = json!(true);
        }
        if let Some(p) = prev_of(i) {
            if plan.held {
                m["previous_minutes"] = json!({"meeting": plans[p].id, "approved": true});
            }
        }
        if let Some(n) = next_of(i) {
            m["next_meeting"] = json!({"date": ymd(plans[n].date), "start": if board { "09:30" } else { "14:00" }, "meeting": plans[n].id});
        }
        meetings.push(m);
    }

    // --- the document ----------------------------------------------------------------------
    let organisations: Vec<Value> = ORGS
        .iter()
        .map(|(id, name, sector, statutory, _)| {
            let mut o = json!({"id": id, "name": name, "sector": sector});
            if *statutory {
                o["statutory_partner"] = json!(true);
            }
            o
        })
        .collect();
    let people_json: Vec<Value> = people
        .list
        .iter()
        .map(|p| {
            let mut o = Map::new();
            o.insert("id".into(), json!(p.id));
            o.insert("name".into(), json!(p.name));
            o.insert("initials".into(), json!(p.initials));
            o.insert("post".into(), json!(p.post));
            if let Some(org) = p.org {
                o.insert("organisation".into(), json!(org));
            }
            Value::Object(o)
        })
        .collect();
    let office: Vec<&str> = [manager, officer]
        .iter()
        .map(|&p| people.list[p].id.as_str())
        .collect();
    let seats: Vec<Value> = ORGS
        .iter()
        .map(|o| json!({"organisation": o.0, "seats": SEATS.iter().filter(|s| s.0 == o.0).count()}))
        .collect();
    json!({
        "schema_version": 1,
        "organisations": organisations,
        "people": people_json,
        "bodies": [
            {"id": "b-lscb", "name": "Safeguarding Children Board", "kind": "board",
             "members": members, "seats": seats,
             "groups": [{"id": "g-all-partners", "name": "All partners"},
                        {"id": "g-office", "name": "Board Office", "people": office}],
             "constitution": {"quorum": {"min_voting_members": 8, "each_statutory_partner": true},
                              "standing_items": ["welcome_and_apologies", "declarations_of_interest", "previous_minutes", "matters_arising", "any_other_business", "date_of_next_meeting"]}},
            {"id": "b-paag", "name": "Performance, Audit and Assurance Group", "kind": "sub_group",
             "reports_to": ["b-lscb"], "members": paag_members,
             "groups": [{"id": "g-paag-office", "name": "Board Office", "people": office}],
             "constitution": {"quorum": {"min_voting_members": 3},
                              "standing_items": ["welcome_and_apologies", "matters_arising", "any_other_business"]}}
        ],
        "meetings": meetings,
        "actions": actions,
        "risk_register": {
            "body": "b-lscb",
            "matrix": {"likelihood": ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"],
                       "impact": ["Insignificant", "Minor", "Moderate", "Major", "Catastrophic"],
                       "bands": [{"min": 1, "max": 4, "rating": "green", "label": "Low"},
                                 {"min": 5, "max": 12, "rating": "amber", "label": "Medium"},
                                 {"min": 13, "max": 25, "rating": "red", "label": "High"}]},
            "escalation_score": 16,
            "top_band_review_days": 90,
            "risks": risks,
        },
        "budgets": budgets,
        "extensions": {"source": format!("boardkit synthetic board, {years} year(s), seeded")},
    })
}

/// One action raised at meeting `i`, with its owners, due, dated history and the matters
/// arising entry it gets at the body's next meeting.
#[allow(clippy::too_many_arguments)]
fn make_action(
    rng: &mut Rng,
    plans: &[Plan],
    people: &People,
    i: usize,
    n: usize,
    as_of: NaiveDate,
    body_meetings: &[Vec<usize>],
    chair: usize,
    next_of: &dyn Fn(usize) -> Option<usize>,
    matters: &mut [Vec<Value>],
) -> Value {
    let plan = &plans[i];
    let reference = plan.refs[(n * plan.refs.len()) / 40 % plan.refs.len()].clone();
    let item = plan
        .agenda
        .iter()
        .find(|a| a["number"] == reference.as_str())
        .and_then(|a| a["title"].as_str())
        .unwrap_or("the item")
        .to_lowercase();
    let speakers: Vec<usize> = plan
        .present
        .iter()
        .copied()
        .filter(|&p| p != chair)
        .collect();
    let owner_p = rng.pick(&speakers);
    let description = format!(
        "{} {} {} (action {}).",
        people.list[owner_p].initials,
        rng.pick(VERBS),
        item,
        n + 1
    );
    let mut owners = Vec::new();
    let roll = rng.below(100);
    if roll < 55 {
        owners.push(json!({"person": people.list[owner_p].id}));
    } else if roll < 75 {
        owners.push(json!({"initials": people.list[owner_p].initials}));
    } else if roll < 82 && plan.body == 0 {
        owners.push(json!({"role": "chair"}));
    } else if roll < 97 {
        let g = if plan.body == 0 {
            rng.pick(&["g-all-partners", "g-office"])
        } else {
            "g-paag-office"
        };
        owners.push(json!({"group": g}));
    }
    if rng.pct(15) {
        let other = rng.pick(&speakers);
        if other != owner_p {
            owners.push(json!({"person": people.list[other].id}));
        }
    }
    // due: a date, a month, a later meeting, the next meeting, or none
    let later: Vec<usize> = body_meetings[plan.body]
        .iter()
        .copied()
        .filter(|&j| plans[j].date > plan.date)
        .take(3)
        .collect();
    let roll = rng.below(100);
    let (due, due_date): (Option<Value>, Option<NaiveDate>) = if roll < 45 {
        let d = plan.date + Days::new(rng.range(7, 120) as u64);
        (Some(json!(ymd(d))), Some(d))
    } else if roll < 60 {
        let d = plan.date + Days::new(rng.range(20, 90) as u64);
        let last = NaiveDate::from_ymd_opt(d.year(), d.month(), 1)
            .and_then(|f| f.checked_add_months(chrono::Months::new(1)))
            .and_then(|f| f.pred_opt())
            .unwrap_or(d);
        (Some(json!(d.format("%Y-%m").to_string())), Some(last))
    } else if roll < 72 && later.len() >= 2 {
        let j = later[1];
        (Some(json!({"meeting": plans[j].id})), Some(plans[j].date))
    } else if roll < 90 && !later.is_empty() {
        (Some(json!("next_meeting")), Some(plans[later[0]].date))
    } else {
        (None, None)
    };
    let id = format!("a-{}-{:03}", plan.id.trim_start_matches("m-"), n + 1);
    let mut a = json!({
        "id": id,
        "ref": reference,
        "description": description,
        "raised_at": plan.id,
    });
    if !owners.is_empty() {
        a["owners"] = json!(owners);
    }
    if let Some(d) = due {
        a["due"] = d;
    }
    if rng.pct(60) {
        a["desired_outcome"] =
            json!("The Board is assured that the work is progressing and is effective.");
    }

    // fate: done after k later meetings of the body (held ones), or still open
    let roll = rng.below(100);
    let done_after = match roll {
        0..=39 => Some(1),
        40..=64 => Some(2),
        65..=74 => Some(3),
        75..=84 => Some(4 + rng.below(3)),
        _ => None,
    };
    let superseded = rng.pct(3);
    let mut reopened = rng.pct(2);
    // An action nobody completes is recorded at three meetings, then either superseded at
    // the annual review of the log (six meetings on) or left open and forgotten.
    let lost = done_after.is_none() && rng.pct(30);
    let mut history = Vec::new();
    let mut j = i;
    let mut closed_on = None;
    let mut step = 0;
    while let Some(nx) = next_of(j) {
        if !plans[nx].held {
            break;
        }
        j = nx;
        step += 1;
        let date = ymd(plans[j].date);
        if done_after.is_none() && step > 3 && (lost || step < 6) {
            if lost {
                break;
            }
            continue;
        }
        let review = done_after.is_none() && step == 6;
        let done = review || done_after.is_some_and(|k| step >= k);
        let status = if done {
            if superseded || review {
                "superseded"
            } else {
                "completed"
            }
        } else if due_date.is_some_and(|d| d < plans[j].date) {
            "outstanding"
        } else if step == 1 {
            "in_progress"
        } else {
            "on_going"
        };
        if step == 1 {
            let mut ma = json!({"action_ref": a["ref"], "action": id, "status": status});
            if status == "outstanding" {
                ma["note"] =
                    json!("Still outstanding; the owner is to report at the next meeting.");
            }
            matters[j].push(ma);
        }
        let mut h = json!({"date": date, "status": status, "meeting": plans[j].id});
        if done && reopened && plans[j].date + Days::new(7) <= as_of {
            reopened = false;
            history.push(h);
            history.push(
                json!({"date": ymd(plans[j].date + Days::new(7)), "status": "in_progress",
                "note": "Reopened: the board asked for further assurance."}),
            );
            continue;
        }
        if review {
            h["note"] = json!("Superseded at the annual review of the action log.");
        } else if rng.pct(15) {
            h["note"] = json!("Progress reported to the meeting.");
        }
        history.push(h);
        if done {
            closed_on = Some(date);
            break;
        }
    }
    if !history.is_empty() {
        a["history"] = json!(history);
    }
    if let Some(d) = closed_on {
        a["closed_on"] = json!(d);
    }
    a
}
