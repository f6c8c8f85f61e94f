#!/usr/bin/env bash
# The wasm package's test command, from the repository root:
#
#   tests/wasm.sh
#
# Installs what is missing (Debian rustc-web toolchain, wasm-bindgen CLI, node/npm,
# chromium, the npm test dependencies), checks the generated TypeScript types are current,
# builds wasm/pkg/ (wasm/build.sh), runs the Node tests (tests/node) and the headless
# Chromium tests (tests/browser), and ends with `wasm: N passed, M failed`.
# Exits non-zero on any failure.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
LOG=$(mktemp -d)
trap 'rm -rf "$LOG"' EXIT

say() { echo "[tests/wasm] $*" >&2; }
SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null; then SUDO=sudo; fi
apt_install() {
    local missing=()
    for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "installing ${missing[*]}"
    $SUDO apt-get install -y "${missing[@]}" >/dev/null 2>&1 ||
        { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y "${missing[@]}" >/dev/null; }
}

PASSED=0
FAILED=0
BROKEN=0   # a step that could not run at all

# --- tools -----------------------------------------------------------------------------
command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm
[ -x /usr/bin/chromium ] || apt_install chromium chromium-driver
if [ ! -d tests/node_modules/playwright-core ] || [ ! -d tests/node_modules/binaryen ] ||
    [ tests/package-lock.json -nt tests/node_modules/.package-lock.json ]; then
    say "installing the npm test dependencies (tests/package-lock.json)"
    (cd tests && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error) ||
        { say "npm ci failed"; BROKEN=1; }
fi

# --- 1. generated types are current (cargo test of the wasm crate) ----------------------
say "cargo test -p boardkit-wasm (TypeScript types and schemas current)"
cargo test -p boardkit-wasm 2>&1 | tee "$LOG/cargo.txt"
[ "${PIPESTATUS[0]}" = 0 ] || BROKEN=1
while read -r p f; do
    PASSED=$((PASSED + p)); FAILED=$((FAILED + f))
done < <(sed -n 's/^test result: [a-zA-Z]*\. \([0-9]*\) passed; \([0-9]*\) failed.*/\1 \2/p' "$LOG/cargo.txt")

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
