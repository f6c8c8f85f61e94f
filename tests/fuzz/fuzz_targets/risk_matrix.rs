//! A risk matrix configuration (scales, scoring, bands) and rating a risk on it.
//! Checks: no panic; a matrix that passes its check places every cell in exactly the band
//! that holds its score, and rates in range and out of range as documented.
#![no_main]
use boardkit::risk::register::{grid, rate, GridRequest, RiskRateRequest};
use boardkit::risk::Matrix;
use boardkit_fuzz::{check_error, text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(text) = text(data) else { return };
    if let Ok(request) = boardkit::error::from_json::<GridRequest>(text) {
        match grid(&request) {
            Ok(g) => {
                let m = &request.matrix;
                assert!(g.cells.len() == (g.likelihood_levels * g.impact_levels) as usize);
                for c in &g.cells {
                    let band = m.bands.get(c.band).expect("a cell's band exists");
                    assert!(
                        band.contains(c.score),
                        "a cell in a band that does not hold it"
                    );
                    assert!(c.score <= g.max_score, "a cell above the highest score");
                }
            }
            Err(e) => check_error(&e),
        }
    }
    match boardkit::error::from_json::<RiskRateRequest>(text) {
        Ok(request) => {
            let checked = request.matrix.check("/matrix").is_ok();
            let in_range = request.matrix.likelihood_in_range(request.likelihood)
                && request.matrix.impact_in_range(request.impact);
            match rate(&request) {
                Ok(p) => {
                    assert!(checked && in_range, "rated on a bad matrix or out of range");
                    assert!(request.matrix.band_of(p.score).map(|b| b.0) == Some(p.band));
                }
                Err(e) => {
                    check_error(&e);
                    assert!(!(checked && in_range), "a good rating refused");
                }
            }
        }
        Err(e) => check_error(&e),
    }
    if let Ok(m) = boardkit::error::from_json::<Matrix>(text) {
        if let Err(e) = m.check("") {
            check_error(&e);
        }
    }
});
