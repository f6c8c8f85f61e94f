#!/usr/bin/env bash
# C test of boardkit_import(), run from the repository root: tests/c_import.sh
# Uses the C library tests/c.sh builds (features import,render; cargo rebuilds nothing
# when it is current), compiles tests/c_import/test_import.c
# against the committed header with BOARDKIT_FEATURE_IMPORT, runs it, and runs it again
# under valgrind memcheck when valgrind is present. Last line: `c_import: N passed, F failed`.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
TARGET=target
LIB=$TARGET/debug
BUILD=tests/c_import/build
CC=${CC:-cc}
mkdir -p "$BUILD"
passed=0; failed=0
pass() { passed=$((passed + 1)); echo "ok   $*"; }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }
finish() { echo "c_import: $passed passed, $failed failed"; [ "$failed" -eq 0 ]; exit $?; }
command -v "$CC" >/dev/null 2>&1 || { fail "no C compiler ($CC)"; finish; }
if cargo build --quiet -p boardkit-ffi --features import,render; then pass "cargo build -p boardkit-ffi --features import,render"; else fail "cargo build"; finish; fi
if cargo test --quiet -p boardkit-ffi --features import,render --lib import >/dev/null 2>&1; then pass "cargo test -p boardkit-ffi --features import"; else fail "cargo test -p boardkit-ffi --features import"; fi
if $CC -std=c11 -Wall -Wextra -Werror -pedantic -Wno-unused-function -g -Iffi/include -Itests/c tests/c_import/test_import.c \
    -o "$BUILD/test_import" -L"$LIB" -lboardkit_ffi -Wl,-rpath,"$(pwd)/$LIB"; then
    pass "compile test_import"
else
    fail "compile test_import"; finish
fi
MINUTES=core/import/tests/data/leicester-lscb-minutes-2016-12-08.txt
# A workbook whose one cell names shared string 987654 of a list of one (a hostile file must not crash the importer): the
# spreadsheet reader panics inside; the library must refuse it and print nothing.
BAD=$BUILD/bad-shared-string.xlsx
python3 - "$BAD" <<'PY'
import sys, zipfile
ns = 'http://schemas.openxmlformats.org/'
parts = {
    '_rels/.rels': '<Relationships xmlns="%spackage/2006/relationships"><Relationship Id="rId1" Type="%sofficeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>' % (ns, ns),
    'xl/workbook.xml': '<workbook xmlns="%sspreadsheetml/2006/main" xmlns:r="%sofficeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>' % (ns, ns),
    'xl/_rels/workbook.xml.rels': '<Relationships xmlns="%spackage/2006/relationships"><Relationship Id="rId1" Type="%sofficeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' % (ns, ns),
    'xl/worksheets/sheet1.xml': '<worksheet xmlns="%sspreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>987654</v></c></row></sheetData></worksheet>' % ns,
    'xl/sharedStrings.xml': '<sst xmlns="%sspreadsheetml/2006/main"><si><t>Action</t></si></sst>' % ns,
}
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    for name, text in parts.items():
        z.writestr(name, text)
PY
out=$("$BUILD/test_import" "$MINUTES" "$BAD" 2>"$BUILD/stderr.txt"); rc=$?
echo "$out" | grep -E '^(FAIL|test_import:)'
[ "$rc" -eq 0 ] && pass "test_import" || { cat "$BUILD/stderr.txt"; fail "test_import (exit $rc)"; }
[ ! -s "$BUILD/stderr.txt" ] && pass "nothing on standard error for a workbook the reader would panic on" \
    || { head -n 5 "$BUILD/stderr.txt"; fail "standard error is not empty"; }
if command -v valgrind >/dev/null 2>&1; then
    if valgrind --leak-check=full --error-exitcode=99 --log-file="$BUILD/valgrind.log" "$BUILD/test_import" "$MINUTES" "$BAD" >/dev/null 2>&1 \
        && ! grep -qE '(definitely|indirectly|possibly) lost: [1-9]' "$BUILD/valgrind.log"; then
        pass "valgrind test_import"
    else
        tail -n 30 "$BUILD/valgrind.log"; fail "valgrind test_import"
    fi
fi
finish
