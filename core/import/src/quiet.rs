//! A dependency's panic turned into a refusal, and kept off the host's standard error.
//!
//! calamine panics on some malformed workbooks (a shared-string index past the list, for
//! example). A panic must not reach a host, and Rust's default hook would print its
//! message, with a number from the file, to the host's standard error. So the spreadsheet
//! reader runs inside [`catch`]: the panic becomes [`ImportError::NotThatKind`], and a
//! hook installed once stays silent for panics raised inside `catch` on the same thread,
//! handing every other panic to the hook that was there before.

use crate::ImportError;
use std::cell::Cell;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

static HOOK: Once = Once::new();

fn install() {
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                previous(info);
            }
        }));
    });
}

/// Run `read`; a panic inside it is refused as not being `what`, and prints nothing.
pub fn catch<T>(
    what: &'static str,
    read: impl FnOnce() -> Result<T, ImportError>,
) -> Result<T, ImportError> {
    install();
    let was = QUIET.with(|q| q.replace(true));
    let outcome = catch_unwind(AssertUnwindSafe(read));
    QUIET.with(|q| q.set(was));
    outcome.unwrap_or(Err(ImportError::NotThatKind(what)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_inside_is_a_refusal_and_the_flag_is_restored() {
        let r: Result<(), ImportError> = catch("a workbook (.xlsx)", || panic!("from the file"));
        assert_eq!(r, Err(ImportError::NotThatKind("a workbook (.xlsx)")));
        assert!(!QUIET.with(Cell::get));
        assert_eq!(catch("x", || Ok(7)), Ok(7));
    }
}
