#!/usr/bin/env bash
# The C API's `render` feature, from the repository root:
#
#   tests/c_render.sh
#
# Uses the C library tests/c.sh builds (features import,render; cargo rebuilds nothing
# when it is current), compiles tests/c/render/test_render.c
# against the committed header with BOARDKIT_RENDER defined, runs it (and under valgrind
# memcheck when present). Last line: `c-render: N passed, F failed`.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
ROOT=$(pwd)
TARGET=$ROOT/target
LIBDIR=$TARGET/debug
BUILD=$ROOT/tests/c/build
CC=${CC:-cc}
CFLAGS=${CFLAGS:--std=c11 -Wall -Wextra -Werror -pedantic -g -O1}
passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   $*"; }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }
finish() { echo "c-render: $passed passed, $failed failed"; [ "$failed" -eq 0 ]; exit $?; }

command -v "$CC" >/dev/null 2>&1 || { fail "no C compiler ($CC): run bash tests/setup.sh"; finish; }
if cargo build --quiet -p boardkit-ffi --features import,render; then
    pass "cargo build -p boardkit-ffi --features import,render"
else
    fail "cargo build -p boardkit-ffi --features import,render"; finish
fi
mkdir -p "$BUILD"
if $CC $CFLAGS -DBOARDKIT_RENDER -Iffi/include tests/c/render/test_render.c -o "$BUILD/test_render" \
    -L"$LIBDIR" -lboardkit_ffi -Wl,-rpath,"$LIBDIR"; then
    pass "compile test_render"
else
    fail "compile test_render"; finish
fi
out=$("$BUILD/test_render" examples/data/leicester-lscb.json 2>&1); rc=$?
line=$(printf '%s\n' "$out" | grep -E '^test_render: [0-9]+ passed, [0-9]+ failed$' | tail -n1)
if [ -z "$line" ]; then printf '%s\n' "$out" | tail -n 20; fail "test_render (exit $rc, no summary)"; finish; fi
passed=$((passed + $(echo "$line" | sed -E 's/.*: ([0-9]+) passed.*/\1/')))
failed=$((failed + $(echo "$line" | sed -E 's/.* ([0-9]+) failed$/\1/')))
printf '%s\n' "$out" | grep '^FAIL' | head -n 20
echo "     $line"
if command -v valgrind >/dev/null 2>&1; then
    log=$BUILD/valgrind-test_render.log
    valgrind --leak-check=full --error-exitcode=99 --suppressions=tests/c/render/minijinja.supp --log-file="$log" "$BUILD/test_render" examples/data/leicester-lscb.json >/dev/null 2>&1
    rc=$?
    if [ "$rc" -eq 0 ] && grep -q 'ERROR SUMMARY: 0 errors' "$log" && ! grep -qE '(definitely|indirectly|possibly) lost: [1-9]' "$log"; then
        pass "valgrind test_render"
    else
        tail -n 30 "$log"; fail "valgrind test_render (exit $rc)"
    fi
fi
finish
