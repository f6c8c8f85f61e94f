//! Host templates (a hostile template must not crash the renderer): the input is the source of `pack.html`, rendered over a
//! small board. It renders or is refused with a `render.template*` code; it never runs
//! without end (the step budget) nor overflows the stack (the nesting limit), and the
//! message never carries the template's text.
#![no_main]
use boardkit_render::{Options, Pack, SectionKind, Templates};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

const BOARD: &str = include_str!("../../c/data/board.json");

fn pack() -> &'static Pack {
    static PACK: OnceLock<Pack> = OnceLock::new();
    PACK.get_or_init(|| {
        let doc = boardkit::BoardDocument::from_json(BOARD).expect("the C test board reads");
        let o = Options::as_of("2017-02-01".parse().expect("a date"));
        Pack::build(&doc, &o, &SectionKind::ALL).expect("the pack builds")
    })
}

fuzz_target!(|data: &[u8]| {
    let source = String::from_utf8_lossy(data);
    match Templates::default().with("pack.html", &source).html(pack()) {
        Ok(_) => {}
        Err(e) => {
            assert!(
                e.code().starts_with("render.template") || e.code() == "render.core",
                "{}",
                e.code()
            );
            assert!(!e.to_string().trim().is_empty());
        }
    }
});
