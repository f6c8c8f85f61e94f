#!/usr/bin/env bash
# The board-papers wasm package's test command, from the repository root:
# builds wasm/render/pkg (wasm/render/build.sh) and runs tests/node-render/ in Node.
# Last line: `js-render: N passed, M failed`.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
command -v node >/dev/null || { echo "js-render: 0 passed, 1 failed (no node: run tests/wasm.sh first, it installs it)"; exit 1; }
if ! bash wasm/render/build.sh; then echo "js-render: 0 passed, 1 failed (build)"; exit 1; fi
out=$(node --test --test-reporter=tap tests/node-render/ 2>&1); rc=$?
printf '%s\n' "$out" | grep -E '^(not ok|# (pass|fail))' || true
p=$(printf '%s\n' "$out" | sed -n 's/^# pass \([0-9]*\)$/\1/p' | tail -1)
f=$(printf '%s\n' "$out" | sed -n 's/^# fail \([0-9]*\)$/\1/p' | tail -1)
[ -n "$p" ] || { printf '%s\n' "$out" | tail -20; echo "js-render: 0 passed, 1 failed"; exit 1; }
echo "js-render: $p passed, ${f:-0} failed"
[ "$rc" = 0 ] && [ "${f:-0}" = 0 ]
