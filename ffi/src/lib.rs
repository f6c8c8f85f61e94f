//! C ABI for boardkit. (Skeleton: filled in by the C API issue.)

/// The library version as a NUL-terminated static string.
#[no_mangle]
pub extern "C" fn boardkit_version() -> *const std::os::raw::c_char {
    concat!(env!("CARGO_PKG_VERSION"), "\0").as_ptr().cast()
}
