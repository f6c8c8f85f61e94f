//! The funding calculator: a formula and a total (`apportion`), and a budget's statement.
//! Checks: no panic; the shares always sum exactly to the total; a formula that sets its
//! own total agrees with a given one.
#![no_main]
use boardkit::budget::{apportion, statement, ApportionRequest, StatementRequest};
use boardkit_fuzz::{check_error, text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(text) = text(data) else { return };
    match boardkit::error::from_json::<ApportionRequest>(text) {
        Ok(request) => match apportion(&request) {
            Ok(out) => {
                let mut sum: i128 = 0;
                for s in &out.shares {
                    sum += i128::from(s.amount.pence());
                }
                assert!(
                    sum == i128::from(out.total.pence()),
                    "shares do not sum to the total"
                );
                if let Some(total) = request.total {
                    assert!(
                        out.total == total,
                        "the total shared is not the total given"
                    );
                }
            }
            Err(e) => check_error(&e),
        },
        Err(e) => check_error(&e),
    }
    match boardkit::error::from_json::<StatementRequest>(text) {
        Ok(request) => match statement(&request) {
            Ok(s) => {
                let _ = serde_json::to_string(&s);
            }
            Err(e) => check_error(&e),
        },
        Err(e) => check_error(&e),
    }
});
