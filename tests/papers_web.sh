#!/usr/bin/env bash
# The import page and the board papers page in headless Chromium:
# builds wasm/import (pkg, pkg-web; its Node test is the import step's) and wasm/render (pkg,
# pkg-web; both are up to date under tests/run.sh, which built them before), then runs
# tests/browser-papers/. Installs what is missing as tests/wasm.sh
# does (node, npm, chromium, the npm test dependencies). Last line:
# `papers-web: N passed, M failed`.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
SAY=tests/papers_web
# shellcheck source=web_deps.sh
. "$ROOT/tests/web_deps.sh"
web_deps || { echo "papers-web: 0 passed, 1 failed (npm ci)"; exit 1; }
bash wasm/import/build.sh --no-test || { echo "papers-web: 0 passed, 1 failed (wasm/import build)"; exit 1; }
bash wasm/render/build.sh || { echo "papers-web: 0 passed, 1 failed (wasm/render build)"; exit 1; }
out=$(node --test --test-reporter=tap tests/browser-papers/ 2>&1); rc=$?
printf '%s\n' "$out" | grep -E '^(not ok|ok|# (pass|fail))' || true
p=$(printf '%s\n' "$out" | sed -n 's/^# pass \([0-9]*\)$/\1/p' | tail -1)
f=$(printf '%s\n' "$out" | sed -n 's/^# fail \([0-9]*\)$/\1/p' | tail -1)
[ -n "$p" ] || { printf '%s\n' "$out" | tail -30; echo "papers-web: 0 passed, 1 failed"; exit 1; }
[ "${f:-0}" = 0 ] || printf '%s\n' "$out" | grep -A25 '^not ok' | head -80
echo "papers-web: $p passed, ${f:-0} failed"
[ "$rc" = 0 ] && [ "${f:-0}" = 0 ]
