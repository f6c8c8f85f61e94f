//! Spreadsheets (.xlsx, .ods) read with calamine into a grid of text cells.
