//! The limits an input must stay within, each named in the refusal that reports it, so a
//! business-support officer reading the message knows which one was passed and what to
//! do. Every limit is counted on what is actually produced (bytes unpacked, rows and
//! cells read, tables opened), never on what a file's own headers claim.

/// Largest input read (bytes of a text or CSV file, or uncompressed bytes of one part
/// of a `.docx`/`.xlsx`/`.ods`): 64 MB.
pub const MAX_INPUT: u64 = 64 * 1024 * 1024;

/// Most bytes all the parts of one `.docx`/`.xlsx`/`.ods` unpack to together: 256 MB.
pub const MAX_UNPACKED: u64 = 4 * MAX_INPUT;

/// Most parts (zip entries) in one `.docx`/`.xlsx`/`.ods`: 10,000.
pub const MAX_ENTRIES: usize = 10_000;

/// Most tables open inside one another in a `.docx` (a table in a cell of a table ...):
/// 32. Minutes nest two or three at most.
pub const MAX_TABLE_DEPTH: usize = 32;

/// Most cells of one table row: 16,384, the most a spreadsheet program allows.
pub const MAX_COLUMNS: usize = 16_384;

/// Which limit an input went past.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// The input is over [`MAX_INPUT`] bytes.
    Input,
    /// One part of a zip unpacks to more than [`MAX_INPUT`] bytes.
    Part,
    /// All the parts of a zip unpack to more than [`MAX_UNPACKED`] bytes.
    Unpacked,
    /// A zip has more than [`MAX_ENTRIES`] parts.
    Entries,
    /// A part unpacks to more bytes than the zip's own header for it says.
    Understated,
    /// A table has more than [`crate::table::MAX_ROWS`] rows below its header.
    Rows,
    /// A table has more than [`crate::sheet::MAX_CELLS`] cells.
    Cells,
    /// A table row has more than [`MAX_COLUMNS`] cells.
    Columns,
    /// A `.docx` nests tables more than [`MAX_TABLE_DEPTH`] deep.
    Nesting,
    /// An `.ods` repeats cells to more cells than its XML has bytes (and more than
    /// [`crate::sheet_size::MIN_CELL_BUDGET`]).
    Repeats,
}

impl Limit {
    /// The stable code of the refusal.
    pub fn code(self) -> &'static str {
        match self {
            Limit::Understated => "import.part_understated",
            Limit::Nesting => "import.too_deep",
            _ => "import.too_large",
        }
    }

    /// The plain message: which limit, and what to do.
    pub fn message(self) -> &'static str {
        match self {
            Limit::Input => "The file is larger than 64 MB, the most the importer reads. Split it, for example one year of the action log per file.",
            Limit::Part => "A part of the file unpacks to more than 64 MB, the most the importer reads of one part. Split it, for example one year of the action log per file.",
            Limit::Unpacked => "The parts of the file unpack to more than 256 MB in all, the most the importer reads of one file. Split it, for example one year of the action log per file.",
            Limit::Entries => "The file holds more than 10,000 parts, the most the importer opens. Save it again from the program that made it, for example \"Save as\" a Word document (.docx).",
            Limit::Understated => "A part of the file unpacks to more bytes than the file itself says it holds, so the file is damaged; it was not read. Save it again from the program that made it, for example \"Save as\" a Word document (.docx).",
            Limit::Rows => "The table has more than 100,000 rows below its header, the most the importer reads. Split it, for example one year of the action log per file.",
            Limit::Cells => "The table has more than 2,000,000 cells (rows times columns, counted from the first cell), the most the importer reads. Split it, for example one year of the action log per file.",
            Limit::Columns => "A row of the table has more than 16,384 cells, the most a spreadsheet program allows. Check the separator, for example commas in a file of semicolons.",
            Limit::Repeats => "The spreadsheet repeats its cells to more cells than the file has bytes (and more than 65,536), the most the importer unpacks. Save it again from the program that made it, for example as CSV.",
            Limit::Nesting => "The document has tables inside tables more than 32 deep, the most the importer opens. Save it again with the inner tables as text, for example with \"Convert table to text\" in Word.",
        }
    }
}

/// Every refusal code the importer returns (as opposed to the uncertainties of
/// [`crate::CODES`], which come with a draft), with what it means.
pub const REFUSALS: &[(&str, &str)] = &[
    ("import.too_large", "The input is past one of the size limits: 64 MB of text or of one unpacked part, 256 MB unpacked in all, 10,000 parts, 100,000 rows, 2,000,000 cells, 16,384 cells in a row, or an .ods repeating cells past its own size. The message names the limit."),
    ("import.part_understated", "A part of a .docx, .xlsx or .ods unpacks to more than its zip header says; the file is damaged or made to exhaust memory and is not read."),
    ("import.too_deep", "A .docx has tables nested more than 32 deep."),
    ("import.not_that_kind", "The file is not of the kind asked for, or the reader could not open it."),
    ("import.mapping", "The column mapping given is not usable."),
    ("import.context", "The context document given is not a board document."),
];
