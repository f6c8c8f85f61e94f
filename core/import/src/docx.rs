//! Word documents (.docx).
