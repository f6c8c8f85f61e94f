//! Print the draft of a minutes text file and a summary (for looking at samples).
fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let bytes = std::fs::read(&path).unwrap_or_default();
    let ctx = std::env::args()
        .nth(2)
        .and_then(|p| std::fs::read_to_string(p).ok())
        .and_then(|t| boardkit::BoardDocument::from_json(&t).ok());
    let Ok(d) = boardkit_import::minutes::import_minutes_bytes(&bytes, ctx.as_ref()) else {
        return;
    };
    let m = &d.document.meetings[0];
    println!("date {} title {:?}", m.date, m.title);
    for a in &m.attendance {
        let name = d
            .document
            .person(&a.person)
            .map(|p| p.name.clone())
            .unwrap_or_default();
        println!(
            "  ATT {:?} {} dep_for={:?} [{}]",
            a.status, name, a.deputy_for, a.person
        );
    }
    for it in &m.agenda {
        println!("  ITEM {} {:?}", it.number, it.title);
        for dd in &it.decisions {
            println!(
                "     DEC {:?} {:?} {:?} owner={:?}",
                dd.kind,
                dd.letter,
                dd.text.chars().take(70).collect::<String>(),
                dd.owner
            );
        }
    }
    for a in &d.document.actions {
        println!(
            "  ACT ref={} owners={:?} due={:?} st={:?} {:?} ext={:?}",
            a.reference,
            a.owners,
            a.due,
            a.status,
            a.description.chars().take(60).collect::<String>(),
            a.extensions
        );
    }
    println!("  DECL {:?}", m.declarations);
    println!("  PREV {:?}", m.previous_minutes);
    println!("  NEXT {:?}", m.next_meeting);
    println!(
        "  MA {:?}",
        m.matters_arising
            .iter()
            .map(|x| (x.action_ref.clone(), x.status))
            .collect::<Vec<_>>()
    );
    println!("  EXT keys {:?}", m.extensions.keys().collect::<Vec<_>>());
    print!("{}", d.uncertainty_list());
}
