#!/usr/bin/env bash
# Every example of the top-level README.md runs somewhere:
#
#   tests/readme.sh
#
# * the inline `cargo run ...` commands are run here, each must exit 0 and print something;
# * each fenced block must be covered: its first line is looked up in COVERED below, which
#   names the test that runs it (the Rust block is a doc test of core/src/lib.rs; the
#   main job and the Rust example are tests/run.sh's main job; the C install and link line, tests/c_install.sh;
#   the npm lines, tests/npm.sh); a block that is in no list fails this test, so a new
#   example cannot be added without a test.
# Last line: `readme: N passed, F failed`.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   $*"; }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }

# first line of a block -> the test that runs it
declare -A COVERED=(
    ["cargo run -p boardkit-cli -- validate examples/data/leicester-lscb.json --as-of 2017-02-01"]="tests/run.sh main_job (exit 1: the example's one error)"
    ["cargo run -p boardkit-quickstart -- examples/data/leicester-lscb.json --as-of 2017-02-01"]="run below (the Rust example)"
    ["bash tests/run.sh"]="the test command itself (.ci/run)"
    ["Rules as of 2017-02-01."]="output of the main job (tests/run.sh main_job checks its finding)"
    ["use boardkit::document::ValidateOptions;"]="doc test (core/src/lib.rs includes README.md)"
    ["sudo ffi/install.sh                                  # PREFIX=/usr/local; any PREFIX=... works"]="tests/c_install.sh (into a temporary PREFIX; cc with pkg-config; CMake)"
    ["bash wasm/build.sh && (cd wasm/pkg && npm pack)      # boardkit-0.1.0.tgz"]="tests/npm.sh (npm pack, npm install of the tarball)"
    ["{\"name\": \"our board: quorate with the police deputy; the audit action overdue\","]="core/cli/tests/fixtures.rs (the README's fixture is the file's first lines)"
    ["cargo run -p boardkit-cli -- test tests/conformance/examples/council-quorum-deputy.json"]="core/cli/tests/fixtures.rs (runs it; its output is the next block)"
    ["ok our board: quorate with the police deputy; the audit action overdue"]="core/cli/tests/fixtures.rs (the output of the README's fixture)"
    ["FAIL our board: quorate with the police deputy; the audit action overdue"]="core/cli/tests/fixtures.rs (the README's fixture with a quorum of five)"
    ["not_evidenced  board.reporting_cycle (needs /bodies/*/reports_to)"]="core/cli/tests/fixtures.rs (validate --explain on the example)"
    ["core/       crate \`boardkit\`: the domain (no I/O, no unsafe, no panics); beside it"]="layout (not a command)"
)

# fenced blocks: print the first line of each
blocks=$(awk '/^```/ { if (inblock) { inblock = 0 } else { inblock = 1; first = 1 }; next }
              inblock && first { print; first = 0 }' README.md)
[ -n "$blocks" ] || { fail "no fenced blocks found in README.md"; }
while IFS= read -r line; do
    if [ -n "${COVERED[$line]+x}" ]; then
        pass "block '${line:0:50}' -> ${COVERED[$line]}"
    else
        fail "README block starting '${line:0:60}' is run by no test (add it to tests/readme.sh)"
    fi
done <<<"$blocks"

# inline cargo run commands
while IFS= read -r cmd; do
    [ -n "$cmd" ] || continue
    # shellcheck disable=SC2086
    if out=$(eval "${cmd/cargo run /cargo run -q }" 2>/dev/null </dev/null); then
        [ -n "$out" ] && pass "runs: ${cmd:0:90}" || fail "printed nothing: $cmd"
    else
        printf '%s\n' "$out" | tail -n 5
        fail "exit non-zero: $cmd"
    fi
done < <(grep -o '`cargo run -p boardkit-cli[^`]*`' README.md | tr -d '`')
# the Rust example (examples/rust): it runs and finds the real anomaly of the minutes
if out=$(cargo run -q -p boardkit-quickstart -- examples/data/leicester-lscb.json --as-of 2017-02-01 2>&1) &&
    grep -q "meeting.presenter_not_recorded .*/meetings/1/agenda/11/presenters/0" <<<"$out"; then
    pass "runs: the Rust example (boardkit-quickstart), its presenter finding"
else
    printf '%s\n' "$out" | tail -n 5
    fail "the Rust example (boardkit-quickstart)"
fi
echo "readme: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
