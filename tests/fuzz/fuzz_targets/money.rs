//! Money typed into a form (`"£298,700"`, `"-£49,000"`, `"£1,234.56"`), and amounts of
//! pence written back. Checks: no panic; what is read is written in a form that reads
//! back to the same amount.
#![no_main]
use boardkit::budget::money::{
    format_money, parse_money, FormatMoneyRequest, Money, ParseMoneyRequest,
};
use boardkit_fuzz::{check_error, text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(text) = text(data) else { return };
    match Money::parse(text) {
        Ok(m) => {
            let written = m.to_string();
            let back = Money::parse(&written);
            assert!(
                back.as_ref().ok() == Some(&m),
                "a written amount does not read back"
            );
            let via = parse_money(&ParseMoneyRequest {
                text: text.to_string(),
            });
            assert!(via.as_ref().map(|t| t.pence).ok() == Some(m));
        }
        Err(e) => check_error(&e),
    }
    // The same bytes as a JSON request, for the pence reader and the writer.
    if let Ok(req) = boardkit::error::from_json::<FormatMoneyRequest>(text) {
        let out = format_money(&req);
        let back = Money::parse(&out.text);
        assert!(
            back.ok() == Some(req.pence),
            "a formatted amount does not read back"
        );
    }
});
