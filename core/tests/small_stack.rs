//! Issue 25: reading and validating on a thread with a small, bounded stack, in the
//! build the tests run in (the C test `tests/c/test_stack.c` proves 64 KiB for the
//! release library; this one runs in every `cargo test`, debug included).
//!
//! Reading nests one call per level of JSON, and the nesting is bounded before reading
//! starts (`boardkit::depth::MAX_DEPTH`, 48 levels), so the stack a read needs is bounded
//! too. Each case runs on a thread of its own with a stack of [`stack_kib`] KiB: 64 in a
//! release build, as a worker thread of a host has (the figure `tests/c/test_stack.c`
//! proves for the release library: it passes with 56 KiB); 160 in the unoptimised debug
//! build the tests usually run in, whose frames are larger. Measured for the debug build
//! with this test and `BOARDKIT_TEST_STACK_KIB` (2026-12-07): the document nested to the
//! limit passes with 144 KiB and overflows with 140; the example board passes with 96
//! and overflows with 64. So 160 is a bound with about 10% to spare above what the deepest
//! document accepted needs in debug, as 64 is in release. The document nested 100,000 deep is refused on the
//! same small stack: the check that refuses it does not recurse. A stack overflow aborts
//! the test binary: a failure that cannot be missed.
use boardkit::document::ValidateOptions;
use boardkit::BoardDocument;

/// The stack of each reading thread, in KiB (`BOARDKIT_TEST_STACK_KIB` overrides it, to
/// measure what a build needs).
fn stack_kib() -> usize {
    let default = if cfg!(debug_assertions) { 160 } else { 64 };
    std::env::var("BOARDKIT_TEST_STACK_KIB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A board document whose `extensions` nest so that the deepest container is at `depth`
/// (the document itself is level 1).
fn nested(depth: usize) -> String {
    let mut s = String::from("{\"schema_version\": 4, \"extensions\": ");
    for _ in 2..depth {
        s.push_str("{\"a\": ");
    }
    s.push_str("{}");
    for _ in 2..depth {
        s.push('}');
    }
    s.push('}');
    s
}

/// Read and validate `text` on a thread with the small stack: the error's code and
/// path, or `None` when it was read.
fn on_small_stack(text: String) -> Option<(String, String)> {
    let run = move || match BoardDocument::from_json(&text) {
        Ok(doc) => {
            let report = doc.validate(&ValidateOptions {
                as_of: None,
                ..Default::default()
            });
            assert!(report.findings.iter().all(|f| !f.code.is_empty()));
            None
        }
        Err(e) => Some((e.code().to_string(), e.path().to_string())),
    };
    let handle = std::thread::Builder::new()
        .stack_size(stack_kib() * 1024)
        .spawn(run)
        .expect("a thread with a small stack starts");
    handle.join().expect("the reading thread finished")
}

#[test]
fn a_document_nested_to_the_limit_is_read_and_validated_on_a_small_stack() {
    assert_eq!(boardkit::depth::MAX_DEPTH, 48);
    assert_eq!(on_small_stack(nested(48)), None);
}

#[test]
fn one_level_more_is_refused_at_its_path_on_a_small_stack() {
    let (code, path) = on_small_stack(nested(49)).expect("refused");
    assert_eq!(code, "shape.invalid");
    assert!(path.starts_with("/extensions/a/a/"), "{path}");
    assert_eq!(path.matches("/a").count(), 47, "{path}");
}

#[test]
fn a_document_nested_100000_deep_is_refused_on_a_small_stack() {
    let (code, path) = on_small_stack(nested(100_000)).expect("refused");
    assert_eq!(code, "shape.invalid");
    assert!(path.starts_with("/extensions/a/a/"), "{path}");
}

#[test]
fn the_example_board_is_read_and_validated_on_a_small_stack() {
    let text = include_str!("../../examples/data/leicester-lscb.json").to_string();
    assert_eq!(on_small_stack(text), None);
}
