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
out=$("$BUILD/test_import" "$MINUTES" 2>&1); rc=$?
echo "$out" | grep -E '^(FAIL|test_import:)'
[ "$rc" -eq 0 ] && pass "test_import" || fail "test_import (exit $rc)"
if command -v valgrind >/dev/null 2>&1; then
    if valgrind --leak-check=full --error-exitcode=99 --log-file="$BUILD/valgrind.log" "$BUILD/test_import" "$MINUTES" >/dev/null 2>&1 \
        && ! grep -qE '(definitely|indirectly|possibly) lost: [1-9]' "$BUILD/valgrind.log"; then
        pass "valgrind test_import"
    else
        tail -n 30 "$BUILD/valgrind.log"; fail "valgrind test_import"
    fi
fi
finish
