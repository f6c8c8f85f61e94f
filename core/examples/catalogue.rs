//! Print the rule catalogue as Markdown (the content of RULES.md).
fn main() {
    print!("{}", boardkit::catalogue::markdown());
}
