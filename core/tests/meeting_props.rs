//! Property: JSON round trips are lossless for generated meetings.
use boardkit::meeting::*;
use proptest::prelude::*;

fn text() -> impl Strategy<Value = String> {
    "[ -~]{0,12}"
}
fn opt_text() -> impl Strategy<Value = Option<String>> {
    proptest::option::of(text())
}
fn date() -> impl Strategy<Value = boardkit::date::Date> {
    (2000i32..2040, 1u32..=12, 1u32..=28)
        .prop_map(|(y, m, d)| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap())
}
fn time() -> impl Strategy<Value = Option<boardkit::date::Time>> {
    proptest::option::of(
        (0u32..24, 0u32..60).prop_map(|(h, m)| boardkit::date::Time::hm(h, m).unwrap()),
    )
}
fn person_ref() -> impl Strategy<Value = PersonRef> {
    prop_oneof![
        text().prop_map(PersonRef::Person),
        text().prop_map(PersonRef::Initials),
        Just(PersonRef::Role(BodyRole::Chair)),
    ]
}
fn extensions() -> impl Strategy<Value = boardkit::Extensions> {
    proptest::collection::btree_map("[a-z]{1,6}", any::<i64>(), 0..3).prop_map(|m| {
        m.into_iter()
            .map(|(k, v)| (k, serde_json::Value::from(v)))
            .collect()
    })
}
fn attendance() -> impl Strategy<Value = Attendance> {
    (
        text(),
        prop_oneof![
            Just(AttendanceStatus::Present),
            Just(AttendanceStatus::Apologies),
            Just(AttendanceStatus::Deputy),
            Just(AttendanceStatus::InAttendance),
            Just(AttendanceStatus::MinuteTaker),
            Just(AttendanceStatus::Absent),
            Just(AttendanceStatus::Unknown),
            Just(AttendanceStatus::Substitute),
            Just(AttendanceStatus::Observer),
        ],
        opt_text(),
        opt_text(),
        extensions(),
        (opt_text(), proptest::collection::vec(text(), 0..2)),
    )
        .prop_map(
            |(person, status, deputy_for, note, extensions, (seat, items))| Attendance {
                person,
                status,
                deputy_for,
                seat,
                organisation: None,
                also_deputy_for: None,
                items,
                code: None,
                capacity: None,
                note,
                extensions,
            },
        )
}
fn decision() -> impl Strategy<Value = Decision> {
    (
        opt_text(),
        prop_oneof![
            Just(DecisionKind::Agreed),
            Just(DecisionKind::Resolved),
            Just(DecisionKind::Noted),
            Just(DecisionKind::Decision)
        ],
        text(),
        proptest::option::of(person_ref()),
        (any::<bool>(), proptest::option::of(person_ref())),
    )
        .prop_map(
            |(letter, kind, text, owner, (separate_block, proposer))| Decision {
                letter,
                separate_block,
                kind,
                text,
                owner,
                owners: Vec::new(),
                due: None,
                proposer,
                seconder: None,
                vote: None,
                actions: Vec::new(),
                access: None,
                extensions: Default::default(),
            },
        )
}
fn item() -> impl Strategy<Value = AgendaItem> {
    (
        "[0-9]{1,3}(\\.[0-9]{1,2}){0,2}",
        text(),
        proptest::collection::vec(person_ref(), 0..3),
        proptest::collection::vec(
            (text(), proptest::collection::vec(text(), 0..2))
                .prop_map(|(name, appendices)| Paper { name, appendices }),
            0..2,
        ),
        proptest::option::of(0u32..300),
        any::<bool>(),
        opt_text(),
        proptest::collection::vec(decision(), 0..3),
        extensions(),
    )
        .prop_map(
            |(
                number,
                title,
                presenters,
                papers,
                minutes_allocated,
                confidential,
                minutes,
                decisions,
                extensions,
            )| AgendaItem {
                number,
                title,
                presenters,
                papers,
                minutes_allocated,
                confidential,
                part: None,
                exemption: None,
                refers_to: None,
                deferred_to: None,
                standing: None,
                minutes,
                decisions,
                extensions,
            },
        )
}
fn meeting() -> impl Strategy<Value = Meeting> {
    (
        (text(), text(), text(), date(), time(), time(), opt_text()),
        prop_oneof![
            Just(MeetingStatus::Scheduled),
            Just(MeetingStatus::Held),
            Just(MeetingStatus::MinutesDrafted),
            Just(MeetingStatus::MinutesApproved),
            Just(MeetingStatus::Published),
            Just(MeetingStatus::Cancelled),
        ],
        any::<bool>(),
        proptest::collection::vec(attendance(), 0..6),
        proptest::collection::vec(item(), 0..5),
        proptest::option::of(
            (
                any::<bool>(),
                proptest::collection::vec(
                    (
                        person_ref(),
                        text(),
                        text(),
                        any::<bool>(),
                        any::<bool>(),
                        proptest::option::of(interest_kind()),
                        any::<bool>(),
                    )
                        .prop_map(
                            |(person, item, nature, left_room, took_part, kind, dispensation)| {
                                Declaration {
                                    person,
                                    item,
                                    nature,
                                    left_room,
                                    took_part,
                                    kind,
                                    dispensation,
                                }
                            },
                        ),
                    0..2,
                ),
            )
                .prop_map(|(none_declared, entries)| Declarations {
                    none_declared,
                    entries,
                }),
        ),
        proptest::option::of((text(), any::<bool>(), opt_text()).prop_map(
            |(meeting, approved, note)| MinutesApproval {
                meeting,
                meeting_date: None,
                last_meeting: false,
                approved,
                amendments: Vec::new(),
                challenged: !approved,
                approved_on: None,
                note,
            },
        )),
        proptest::option::of((date(), time(), time(), opt_text(), opt_text()).prop_map(
            |(date, start, end, venue, meeting)| NextMeeting {
                date,
                start,
                end,
                venue,
                meeting,
            },
        )),
        extensions(),
    )
        .prop_map(
            |(
                (id, body, title, date, start, end, venue),
                status,
                confidential,
                attendance,
                agenda,
                declarations,
                previous_minutes,
                next_meeting,
                extensions,
            )| Meeting {
                id,
                body,
                title,
                date,
                date_basis: if confidential {
                    DateBasis::Inferred
                } else {
                    DateBasis::Stated
                },
                latest_date: None,
                start,
                end,
                venue,
                contact: None,
                status,
                mode: None,
                numbering: None,
                versions: Vec::new(),
                confidential,
                parts: Vec::new(),
                attendance_record: None,
                attendance_key: Vec::new(),
                attendance,
                agenda,
                declarations,
                matters_arising: Vec::new(),
                previous_minutes,
                next_meeting,
                redactions: None,
                papers_published: confidential.then_some(date),
                minutes_published: (!confidential).then_some(date),
                extensions,
            },
        )
}

fn interest_kind() -> impl Strategy<Value = InterestKind> {
    prop_oneof![
        Just(InterestKind::DisclosablePecuniary),
        Just(InterestKind::OtherRegistrable),
        Just(InterestKind::NonRegistrable),
        Just(InterestKind::Prejudicial),
    ]
}

proptest! {
    #[test]
    fn meeting_json_round_trip_is_lossless(m in meeting()) {
        let text = serde_json::to_string(&m).unwrap();
        let back: Meeting = boardkit::error::from_json(&text).unwrap();
        prop_assert_eq!(&back, &m);
        // And the JSON itself is stable.
        prop_assert_eq!(serde_json::to_string(&back).unwrap(), text);
    }

    #[test]
    fn validation_never_panics_and_findings_have_pointer_paths(ms in proptest::collection::vec(meeting(), 0..4)) {
        let mut d = boardkit::BoardDocument::new();
        d.meetings = ms;
        let r = d.validate(&Default::default());
        for f in &r.findings {
            prop_assert!(f.path.starts_with('/'));
            prop_assert!(boardkit::catalogue::find(&f.code).is_some());
        }
    }
}
