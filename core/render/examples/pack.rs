//! Render the Leicester board pack: `cargo run -p boardkit-render --example pack -- html|md [DATE]`.
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/data/leicester-lscb.json"
    ))
    .unwrap();
    let doc = boardkit::BoardDocument::from_json(&text).unwrap();
    let date = args
        .get(1)
        .map(|s| s.parse().unwrap())
        .unwrap_or_else(|| "2017-02-01".parse().unwrap());
    let opts = boardkit_render::Options::as_of(date);
    let out = match args.first().map(String::as_str) {
        Some("md") => boardkit_render::pack_markdown(&doc, &opts),
        _ => boardkit_render::pack_html(&doc, &opts),
    };
    match out {
        Ok(s) => print!("{s}"),
        Err(e) => eprintln!("{e}"),
    }
}
