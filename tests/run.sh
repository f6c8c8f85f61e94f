#!/usr/bin/env bash
# The test command: set-up, then every test. Rust (unit, rule, property, example, doc),
# C (against the committed header, under valgrind), wasm in Node, the npm package and the
# browser pages in headless Chromium.
#
#   bash tests/run.sh           # everything (what CI runs)
#   bash tests/run.sh --quick   # a contributor's run: set-up, generated files, Rust, C
#
# 1. tests/setup.sh installs what is missing (Debian packages, npm packages, the bind
#    step), each with its reason written there; after it, nothing installs anything.
# 2. Each step below prints its own results and ends with a line `NAME: N passed, N failed`
#    (cargo's `test result:` lines are added up into one). This runner collects those
#    lines, times each step and ends with the totals: `total: N passed, N failed`.
# 3. Each thing is built once and shared: the workspace's tests once (debug); the C library
#    once (debug, features import and render) for every C step; the wasm modules once each,
#    compiled in the background from the start (their final size-optimised links run on
#    one core each, beside the Rust and C steps), the import and papers modules by one
#    cargo invocation sharing one std build. A wasm step whose module is still compiling
#    waits for it (cargo's lock), so its time is its wait, its bind step and its tests.
#
# Independent of this machine: the official OParl schemas are checked only when
# OPARL_SCHEMAS names their folder (.ci/run sets it when one is beside the clone).
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
export PATH="$HOME/.cargo/bin:$PATH"
QUICK=
case "${1:-}" in
    "") ;;
    --quick) QUICK=1 ;;
    *) echo "usage: bash tests/run.sh [--quick]" >&2; exit 2 ;;
esac

LOGS=$(mktemp -d)
trap 'rm -rf "$LOGS"' EXIT
total_passed=0
total_failed=0
summary=()

# cpu_seconds: the CPU time (user + system) of the runner's finished children so far, in
# whole seconds: a step's CPU time does not depend on what else the machine is doing, its
# wall time does (the background wasm compile counts when it is waited for, at the end).
# (It sets CPU, not prints it: `times` must run in this shell, not in a subshell.)
cpu_seconds() {
    times >"$LOGS/times"
    CPU=$(tail -n1 "$LOGS/times" | awk '{
        t = 0
        for (i = 1; i <= 2; i++) { split($i, a, "m"); sub("s", "", a[2]); t += a[1] * 60 + a[2] }
        printf "%d\n", t }')
}

# step NAME CMD...: run CMD, show its output, collect its `N passed, N failed` line. A step
# that fails without such a line counts as one failure.
step() {
    local name=$1; shift
    local log="$LOGS/step.log" start=$SECONDS cpu0 rc p f line
    cpu_seconds; cpu0=$CPU
    echo
    echo "==== $name"
    "$@" 2>&1 | tee "$log"
    rc=${PIPESTATUS[0]}
    line=$(grep -E '^[A-Za-z0-9_./ -]*: [0-9]+ passed, [0-9]+ failed' "$log" | tail -n1)
    p=$(sed -nE 's/.*: ([0-9]+) passed, ([0-9]+) failed.*/\1/p' <<<"$line")
    f=$(sed -nE 's/.*: ([0-9]+) passed, ([0-9]+) failed.*/\2/p' <<<"$line")
    p=${p:-0}
    f=${f:-0}
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
    total_passed=$((total_passed + p))
    total_failed=$((total_failed + f))
    cpu_seconds
    summary+=("$(printf '%-4s %5ss %6ss cpu  %-42s %s passed, %s failed' \
        "$([ "$rc" -eq 0 ] && echo ok || echo FAIL)" $((SECONDS - start)) \
        $((CPU - cpu0)) "$name" "$p" "$f")")
}

# cargo_tests NAME CARGO-TEST-ARGS...: cargo test, its `test result:` lines added up.
cargo_tests() {
    local name=$1; shift
    local out="$LOGS/cargo.log" rc
    cargo test "$@" 2>&1 | tee "$out"
    rc=${PIPESTATUS[0]}
    sed -nE 's/^test result: [a-zA-Z]+\. ([0-9]+) passed; ([0-9]+) failed.*/\1 \2/p' "$out" |
        awk -v n="$name" '{p += $1; f += $2} END {printf "%s: %d passed, %d failed\n", n, p, f}'
    return "$rc"
}

# The main job of the README: validate the example as of a date; its one error (exit 1)
# and the real anomaly of the 8 December 2016 minutes, by code and path.
main_job() {
    local out rc
    out=$(cargo run -q -p boardkit-cli -- validate examples/data/leicester-lscb.json --as-of 2017-02-01)
    rc=$?
    echo "$out"
    local p=0 f=0
    if [ "$rc" -eq 1 ]; then p=$((p + 1)); else f=$((f + 1)); echo "FAIL exit $rc, not 1"; fi
    if grep -q "meeting.presenter_not_recorded .*/meetings/1/agenda/11/presenters/0" <<<"$out"; then
        p=$((p + 1))
    else
        f=$((f + 1)); echo "FAIL the presenter finding is missing"
    fi
    echo "main-job: $p passed, $f failed"
    [ "$f" -eq 0 ]
}

docs() {
    RUSTDOCFLAGS="-D warnings" cargo doc -q --no-deps -p boardkit -p boardkit-import \
        -p boardkit-render -p boardkit-ffi -p boardkit-cli && echo "docs: 1 passed, 0 failed"
}

start=$SECONDS
step "set-up: tests/setup.sh" bash tests/setup.sh
export BOARDKIT_NO_INSTALL=1
if [ -z "$QUICK" ]; then
    # shellcheck source=../wasm/toolchain.sh
    (ROOT=$(pwd) SAY=wasm-compile && . wasm/toolchain.sh && wasm_compile_all) >"$LOGS/wasm-compile.log" 2>&1 &
    WASM_COMPILE=$!
fi
# Unit, rule, property, example and doc tests (the README's Rust example is one of them).
# Benchmarks are not tests: they run with tests/bench.sh.
step "rust: cargo test --workspace" cargo_tests rust --workspace
if [ -n "${OPARL_SCHEMAS:-}" ] && [ -z "$QUICK" ]; then
    step "rust: OParl against the official schemas" \
        cargo_tests oparl-schemas -p boardkit-render --test main oparl -- --ignored
fi
step "generated files: tests/codegen.sh --check" bash tests/codegen.sh --check
if [ -z "$QUICK" ]; then
    step "main job: boardkit validate" main_job
    step "rust: public API snapshot: tests/api.sh" bash tests/api.sh
    step "rust: cargo doc without warnings" docs
    step "readme: every example runs: tests/readme.sh" bash tests/readme.sh
fi
step "c: tests/c.sh" bash tests/c.sh
step "c: import entry point: tests/c_import.sh" bash tests/c_import.sh
step "c: render entry point: tests/c_render.sh" bash tests/c_render.sh
step "c: installed library: tests/c_install.sh" bash tests/c_install.sh
if [ -z "$QUICK" ]; then
    step "wasm: tests/wasm.sh" bash tests/wasm.sh
    step "js: npm package: tests/npm.sh" bash tests/npm.sh
    step "js: board papers package" bash wasm/render/test.sh
    step "wasm: import package and its Node test" bash wasm/import/build.sh
    step "web: import and papers pages in Chromium" bash tests/papers_web.sh
    # The background compile has ended (every wasm step waited for it); its own log is
    # shown only when it failed (the step that needed the module has shown the error too).
    wait "$WASM_COMPILE" || { echo "note: the background wasm compile failed:"; tail -n 20 "$LOGS/wasm-compile.log"; }
fi

cpu_seconds
echo
echo "==== results ($((SECONDS - start)) s wall, $CPU s cpu; load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null))${QUICK:+, --quick: set-up, generated files, Rust and C only}"
printf '%s\n' "${summary[@]}"
echo "total: $total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ]
