//! WebAssembly bindings for boardkit. (Skeleton: filled in by the wasm issue.)

/// The library version.
pub fn version() -> &'static str {
    boardkit::VERSION
}
