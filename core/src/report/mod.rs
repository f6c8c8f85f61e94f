//! Readable reports for people: findings as text, and the attendance report.

pub mod attendance;

pub use attendance::{attendance, AttendanceReport, AttendanceRequest, RowKey};

use crate::validate::{Report, Severity};

/// Render a report as plain text, one finding per line, errors first.
/// Only codes, paths and the rule messages appear: no free text from the record.
pub fn render_findings(report: &Report) -> String {
    let mut findings: Vec<_> = report.findings.iter().collect();
    // Errors first, then warnings, then info; within a severity, the order the rules
    // found them (document order).
    findings.sort_by_key(|f| f.severity);
    let c = report.counts();
    let mut s = format!(
        "{} error(s), {} warning(s), {} info\n",
        c.errors, c.warnings, c.infos
    );
    for f in findings {
        let sev = match f.severity {
            Severity::Error => "ERROR  ",
            Severity::Warning => "WARNING",
            Severity::Info => "INFO   ",
        };
        s.push_str(&format!(
            "{sev} {:<40} {}\n        {}\n",
            f.code, f.path, f.message
        ));
    }
    s
}
