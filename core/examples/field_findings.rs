//! Print the findings of a board document (for pinning the field documents' findings):
//! `cargo run -p boardkit --example field_findings -- FILE [AS-OF]`.
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: field_findings FILE [AS-OF]")?;
    let as_of = args.next().map(|d| d.parse()).transpose()?;
    let text = std::fs::read_to_string(path)?;
    let report = boardkit::document::validate_json(
        &text,
        &boardkit::document::ValidateOptions {
            as_of,
            ..Default::default()
        },
    )?;
    for f in &report.findings {
        println!("{} {} {}", f.severity.as_str(), f.code, f.path);
    }
    Ok(())
}
