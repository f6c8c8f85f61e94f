#!/usr/bin/env bash
# C tests of the boardkit C API, run from the repository root:
#
#   tests/c.sh
#
# Builds libboardkit_ffi (cargo, dev profile unless CARGO_PROFILE is set), then compiles
# tests/c/*.c with the system C compiler against the committed header ffi/include/boardkit.h
# only (through the generated pkg-config file), links them against the shared and the
# static library, runs them, builds and runs the C example (examples/c), and runs the
# tests and the example again under valgrind memcheck (--leak-check=full
# --error-exitcode=1) when valgrind is present (tests/setup.sh installs it).
# The library is built once, with the optional entry points (features import,render):
# tests/c_import.sh, tests/c_render.sh and tests/c_install.sh use the same build.
# Last line: `c: N passed, F failed`.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
ROOT=$(pwd)

CARGO_PROFILE=${CARGO_PROFILE:-dev}
if [ "$CARGO_PROFILE" = dev ]; then LIBDIR=$ROOT/target/debug; else LIBDIR=$ROOT/target/$CARGO_PROFILE; fi
BUILD=$ROOT/tests/c/build
CC=${CC:-cc}
CFLAGS=${CFLAGS:--std=c11 -Wall -Wextra -Werror -pedantic -g -O1}

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   $*"; }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }
finish() { echo "c: $passed passed, $failed failed"; [ "$failed" -eq 0 ]; exit $?; }

# ---- tools: tests/setup.sh installs them; a test installs nothing ----
for tool in "$CC" pkg-config; do
    command -v "$tool" >/dev/null 2>&1 || { fail "$tool is missing: run bash tests/setup.sh"; finish; }
done
VALGRIND=$(command -v valgrind || true)
[ -n "$VALGRIND" ] || echo "note: valgrind not found; memcheck runs skipped"

# ---- the library and its pkg-config file ----
if cargo build --quiet -p boardkit-ffi --features import,render --profile "$CARGO_PROFILE"; then
    pass "cargo build -p boardkit-ffi --features import,render ($CARGO_PROFILE)"
else
    fail "cargo build -p boardkit-ffi"; finish
fi
ffi/pkgconfig.sh "$LIBDIR" >/dev/null || { fail "ffi/pkgconfig.sh"; finish; }
export PKG_CONFIG_PATH="$LIBDIR${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
PC_CFLAGS=$(pkg-config --cflags boardkit)
PC_LIBS=$(pkg-config --libs boardkit)
# static: the archive itself, then the system libraries it needs (Libs.private)
PC_STATIC=$(pkg-config --static --libs-only-l boardkit | sed 's/-lboardkit_ffi//')
[ "$(pkg-config --modversion boardkit)" = "$(cargo pkgid -p boardkit-ffi | sed 's/.*[#@]//')" ] \
    && pass "pkg-config version = Cargo version" || fail "pkg-config version differs from Cargo"

# the committed header compiles as C and, when a C++ compiler is present, as C++
if $CC $CFLAGS $PC_CFLAGS -fsyntax-only -x c ffi/include/boardkit.h; then pass "header compiles as C11"; else fail "header compiles as C11"; fi
if command -v c++ >/dev/null 2>&1; then
    if c++ -std=c++11 -Wall -Werror $PC_CFLAGS -fsyntax-only -x c++ ffi/include/boardkit.h; then pass "header compiles as C++11"; else fail "header compiles as C++11"; fi
fi

# ---- the C tests ----
# Each test program is run as  test_x tests/c/data/board.json examples/data/leicester-lscb.json
# (test_api reads the first, test_capabilities the last, test_threads both).
mkdir -p "$BUILD"
DOC=tests/c/data/board.json
[ -f examples/data/leicester-lscb.json ] && EXAMPLE_DOC=examples/data/leicester-lscb.json || EXAMPLE_DOC=$DOC

# run_counted NAME CMD...: run a test program and add its own "NAME: N passed, M failed"
run_counted() {
    local name=$1; shift
    local out rc line n m
    out=$("$@" 2>&1); rc=$?
    line=$(printf '%s\n' "$out" | grep -E "^$name: [0-9]+ passed, [0-9]+ failed$" | tail -n1)
    if [ -z "$line" ]; then
        printf '%s\n' "$out" | tail -n 20
        fail "$name (exit $rc, no summary line)"
        return
    fi
    n=$(echo "$line" | sed -E 's/.*: ([0-9]+) passed.*/\1/')
    m=$(echo "$line" | sed -E 's/.* ([0-9]+) failed$/\1/')
    passed=$((passed + n))
    failed=$((failed + m))
    [ "$m" -eq 0 ] || printf '%s\n' "$out" | grep '^FAIL' | head -n 20
    echo "     $line"
    [ "$rc" -eq 0 ] || [ "$m" -ne 0 ] || fail "$name exited $rc"
}

# memcheck NAME EXPECTED_EXIT CMD...: run under valgrind memcheck; require the program's
# own exit status, 0 errors, and 0 bytes definitely, indirectly or possibly lost.
# The runs go in the background, as many at once as the machine has cores (valgrind runs a
# program on one core), while the next programs compile and run natively; memcheck_results
# waits for them and reports each in the order they were started. test_threads makes 2
# rounds of its calls under valgrind instead of 25 (BOARDKIT_TEST_ROUNDS): each round makes
# the same calls on all 8 threads at once, so the memory evidence is the same, and the
# native runs above keep the 25 rounds.
JOBS=$(nproc 2>/dev/null || echo 2)
MEMCHECKS=()
memcheck() {
    local name=$1 want=$2; shift 2
    [ -n "$VALGRIND" ] || return 0
    local log="$BUILD/valgrind-$name.log"
    while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do wait -n; done
    rm -f "$log" "$log.rc"
    (BOARDKIT_TEST_ROUNDS=2 "$VALGRIND" --leak-check=full --error-exitcode=99 --log-file="$log" "$@" >/dev/null 2>&1
     echo $? >"$log.rc") &
    MEMCHECKS+=("$name:$want")
}
memcheck_results() {
    local entry name want log rc summary
    wait
    for entry in ${MEMCHECKS[@]+"${MEMCHECKS[@]}"}; do
        name=${entry%:*}; want=${entry##*:}
        log="$BUILD/valgrind-$name.log"
        rc=$(cat "$log.rc" 2>/dev/null || echo "none")
        summary=$(grep -E 'in use at exit|ERROR SUMMARY' "$log" 2>/dev/null | sed -E 's/^==[0-9]+== *//; s/ \(suppressed.*//' | tr '\n' ';')
        if [ "$rc" = "$want" ] && grep -q 'ERROR SUMMARY: 0 errors' "$log" \
            && ! grep -qE '(definitely|indirectly|possibly) lost: [1-9]' "$log"; then
            pass "valgrind $name: $summary"
        else
            tail -n 40 "$log" 2>/dev/null
            fail "valgrind $name (exit $rc): $summary"
        fi
    done
}

# test_stack: the release library reads on a 64 KiB thread stack; the
# unoptimised debug library needs about 160 KiB (ffi/README.md), so it gets 256.
if [ "$CARGO_PROFILE" = release ]; then export BOARDKIT_TEST_STACK_KIB=64; else export BOARDKIT_TEST_STACK_KIB=256; fi

for src in tests/c/test_*.c; do
    name=$(basename "$src" .c)
    if $CC $CFLAGS -pthread $PC_CFLAGS "$src" -o "$BUILD/$name" $PC_LIBS -Wl,-rpath,"$LIBDIR"; then
        pass "compile $name (shared)"
    else
        fail "compile $name (shared)"; continue
    fi
    run_counted "$name" "$BUILD/$name" "$DOC" "$EXAMPLE_DOC"
    if $CC $CFLAGS -pthread $PC_CFLAGS "$src" -o "$BUILD/$name-static" "$LIBDIR/libboardkit_ffi.a" $PC_STATIC; then
        pass "compile $name (static)"
        run_counted "$name" "$BUILD/$name-static" "$DOC" "$EXAMPLE_DOC"
    else
        fail "compile $name (static)"
    fi
    memcheck "$name" 0 "$BUILD/$name" "$DOC" "$EXAMPLE_DOC"
done

# ---- the C example, built with its one documented command ----
if make -s -C examples/c CARGO_PROFILE="$CARGO_PROFILE" >/dev/null; then
    pass "make -C examples/c"
    # validate, overdue actions as of 1 Feb 2017, the budget's formula, £100,000 three ways
    out=$(examples/c/board_report "$EXAMPLE_DOC" 2017-02-01 "£100,000" 2>&1); rc=$?
    if [ "$rc" -eq 0 ] && printf '%s\n' "$out" | grep -qE '^[0-9]+ error\(s\), [0-9]+ warning\(s\), [0-9]+ info$'; then
        pass "board_report $EXAMPLE_DOC: $(printf '%s\n' "$out" | grep -E '^[0-9]+ error')"
    else
        printf '%s\n' "$out"; fail "board_report $EXAMPLE_DOC (exit $rc)"
    fi
    if [ "$EXAMPLE_DOC" = examples/data/leicester-lscb.json ]; then
        overdue=$(printf '%s\n' "$out" | sed -n '/^Overdue actions as of 2017-02-01$/,/overdue action(s)$/p')
        if printf '%s\n' "$overdue" | grep -qE '^  a-2016-12-08-14 .*minute 9.2 .*due 2016-01-30, 368 day\(s\) overdue; p-vp$' \
            && ! printf '%s\n' "$overdue" | grep -q 'a-2016-12-08-12' \
            && ! printf '%s\n' "$overdue" | grep -q 'a-2016-12-08-13' \
            && printf '%s\n' "$overdue" | grep -qx '9 overdue action(s)'; then
            pass "board_report lists the 9 overdue actions as of 2017-02-01"
        else
            printf '%s\n' "$out"; fail "board_report overdue actions"
        fi
        if printf '%s\n' "$out" | grep -qE '^  o-lcc +£138,284$' \
            && printf '%s\n' "$out" | grep -qE '^  total +£298,700  \(shares sum to the total: yes\)$' \
            && printf '%s\n' "$out" | grep -qE '^  o-ccg +£33,333.34$' \
            && [ "$(printf '%s\n' "$out" | grep -cE '^  o-(lcc|police) +£33,333.33$')" -eq 2 ] \
            && printf '%s\n' "$out" | grep -qE '^  total +£100,000  \(shares sum to the total: yes\)$'; then
            pass "board_report apportions the budget formula and £100,000 among the statutory partners"
        else
            printf '%s\n' "$out"; fail "board_report apportionment"
        fi
    fi
    memcheck board_report 0 examples/c/board_report "$EXAMPLE_DOC" 2017-02-01 "£100,000"
    printf '{"schema_version": 1, "people": [{"id": "p-x", "nmae": "X"}]}' > "$BUILD/bad.json"
    out=$(examples/c/board_report "$BUILD/bad.json" 2>&1); rc=$?
    if [ "$rc" -eq 2 ] && printf '%s\n' "$out" | grep -q '"/people/0"'; then
        pass "board_report on a broken document names the path"
    else
        printf '%s\n' "$out"; fail "board_report on a broken document (exit $rc)"
    fi
    memcheck board_report-bad 2 examples/c/board_report "$BUILD/bad.json"
    out=$(examples/c/board_report "$EXAMPLE_DOC" 2017-02-01 "lots" 2>&1); rc=$?
    if [ "$rc" -eq 3 ] && printf '%s\n' "$out" | grep -q 'the total failed \[shape.invalid\]'; then
        pass "board_report with a total that is not money exits 3 with the error"
    else
        printf '%s\n' "$out" | tail -n 5; fail "board_report with a bad total (exit $rc)"
    fi
else
    fail "make -C examples/c"
fi

memcheck_results
finish
