#!/usr/bin/env bash
# The import page and the board papers page in headless Chromium (issues 16 and 17):
# builds wasm/import (pkg, pkg-web; its Node test runs too) and wasm/render (pkg,
# pkg-web), then runs tests/browser-papers/. Installs what is missing as tests/wasm.sh
# does (node, npm, chromium, the npm test dependencies). Last line:
# `papers-web: N passed, M failed`.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
say() { echo "[tests/papers_web] $*" >&2; }
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
command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm
[ -x /usr/bin/chromium ] || apt_install chromium chromium-driver
if [ ! -d tests/node_modules/playwright-core ]; then
    (cd tests && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error) ||
        { echo "papers-web: 0 passed, 1 failed (npm ci)"; exit 1; }
fi
bash wasm/import/build.sh || { echo "papers-web: 0 passed, 1 failed (wasm/import build)"; exit 1; }
bash wasm/render/build.sh || { echo "papers-web: 0 passed, 1 failed (wasm/render build)"; exit 1; }
out=$(node --test --test-reporter=tap tests/browser-papers/ 2>&1); rc=$?
printf '%s\n' "$out" | grep -E '^(not ok|ok|# (pass|fail))' || true
p=$(printf '%s\n' "$out" | sed -n 's/^# pass \([0-9]*\)$/\1/p' | tail -1)
f=$(printf '%s\n' "$out" | sed -n 's/^# fail \([0-9]*\)$/\1/p' | tail -1)
[ -n "$p" ] || { printf '%s\n' "$out" | tail -30; echo "papers-web: 0 passed, 1 failed"; exit 1; }
[ "${f:-0}" = 0 ] || printf '%s\n' "$out" | grep -A25 '^not ok' | head -80
echo "papers-web: $p passed, ${f:-0} failed"
[ "$rc" = 0 ] && [ "${f:-0}" = 0 ]
