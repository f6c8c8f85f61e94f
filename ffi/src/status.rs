//! The status every entry point returns, one distinct value per kind of failure.

use boardkit::Error;

/// What happened to a call. `BOARDKIT_STATUS_OK` (0) is success; every other value is one
/// kind of failure, and the calling thread's last error then holds the details
/// (boardkit_last_error_message(), boardkit_last_error_code(), boardkit_last_error_path()).
///
/// Values are fixed for the life of ABI version 1: a value is never reused for another
/// meaning, and new kinds are only ever added at the end.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BoardkitStatus {
    /// Success. Any `out_json` has been set to a string the caller must free.
    Ok = 0,
    /// A pointer argument that must not be NULL was NULL. Code `ffi.null_argument`.
    NullArgument = 1,
    /// An input string is not valid UTF-8. Code `ffi.invalid_utf8`.
    InvalidUtf8 = 2,
    /// An input string is empty or only white space. Code `shape.empty`.
    Empty = 3,
    /// An input string is not JSON (a syntax error, or it ends early). Code `shape.syntax`.
    Syntax = 4,
    /// Well-formed JSON that is not the expected record: a wrong type, an unknown or
    /// missing field, an impossible date, a negative amount. Code `shape.invalid`.
    InvalidValue = 5,
    /// A board document whose `schema_version` this library cannot read.
    /// Code `shape.schema_version`.
    SchemaVersion = 6,
    /// A configuration (risk matrix, funding formula...) that cannot be used.
    /// Code `shape.config`.
    Config = 7,
    /// Money arithmetic would overflow 64-bit pence. Code `shape.overflow`.
    Overflow = 8,
    /// A defect inside boardkit was caught before it reached the caller (a Rust panic).
    /// Please report it. Code `ffi.panic`.
    Panic = 9,
    /// The result could not be handed back (it could not be written as a C string).
    /// Code `ffi.internal`.
    Internal = 10,
}

impl BoardkitStatus {
    /// The stable machine-readable code for this status (`shape.syntax`, `ffi.panic`...).
    pub fn code(self) -> &'static str {
        match self {
            BoardkitStatus::Ok => "ok",
            BoardkitStatus::NullArgument => "ffi.null_argument",
            BoardkitStatus::InvalidUtf8 => "ffi.invalid_utf8",
            BoardkitStatus::Empty => "shape.empty",
            BoardkitStatus::Syntax => "shape.syntax",
            BoardkitStatus::InvalidValue => "shape.invalid",
            BoardkitStatus::SchemaVersion => "shape.schema_version",
            BoardkitStatus::Config => "shape.config",
            BoardkitStatus::Overflow => "shape.overflow",
            BoardkitStatus::Panic => "ffi.panic",
            BoardkitStatus::Internal => "ffi.internal",
        }
    }
}

impl From<&Error> for BoardkitStatus {
    fn from(e: &Error) -> Self {
        // Exhaustive on purpose: a new kind of core error must get its own status here.
        match e {
            Error::Syntax { .. } => BoardkitStatus::Syntax,
            Error::Invalid { .. } => BoardkitStatus::InvalidValue,
            Error::Empty { .. } => BoardkitStatus::Empty,
            Error::SchemaVersion { .. } => BoardkitStatus::SchemaVersion,
            Error::Config { .. } => BoardkitStatus::Config,
            Error::Overflow { .. } => BoardkitStatus::Overflow,
        }
    }
}
