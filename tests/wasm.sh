#!/usr/bin/env bash
# The wasm package's test command, from the repository root:
#
#   tests/wasm.sh
#
# Needs what tests/setup.sh installs (it installs nothing itself under tests/run.sh),
# builds wasm/pkg/ (wasm/build.sh), runs the Node tests (tests/node) and the headless
# Chromium tests (tests/browser), and ends with `wasm: N passed, M failed`.
# Exits non-zero on any failure.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
LOG=$(mktemp -d)
trap 'rm -rf "$LOG"' EXIT

SAY=tests/wasm
# shellcheck source=web_deps.sh
. "$ROOT/tests/web_deps.sh"

PASSED=0
FAILED=0
BROKEN=0   # a step that could not run at all

# --- tools -----------------------------------------------------------------------------
web_deps || BROKEN=1

# The generated TypeScript types and schemas are checked by `cargo test --workspace`
# (wasm/tests/types.rs) and tests/codegen.sh --check, earlier steps of tests/run.sh; not run again here.

# --- 2. build the package --------------------------------------------------------------
say "wasm/build.sh"
if ! wasm/build.sh; then
    say "the build failed"
    echo "wasm: $PASSED passed, $((FAILED + 1)) failed"
    exit 1
fi

# --- 3. Node and Chromium tests --------------------------------------------------------
run_node_tests() { # name dir
    say "node --test $2"
    node --test --test-reporter=tap "$2" 2>&1 | tee "$LOG/$1.txt"
    local rc=${PIPESTATUS[0]}
    local p f
    p=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$LOG/$1.txt" | tail -1)
    f=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$LOG/$1.txt" | tail -1)
    if [ -z "$p" ]; then BROKEN=1; return; fi
    PASSED=$((PASSED + p)); FAILED=$((FAILED + ${f:-0}))
    [ "$rc" = 0 ] || [ "${f:-0}" != 0 ] || BROKEN=1
}
run_node_tests node tests/node/
run_node_tests browser tests/browser/

[ "$BROKEN" = 0 ] || [ "$FAILED" != 0 ] || FAILED=1
echo "wasm: $PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
