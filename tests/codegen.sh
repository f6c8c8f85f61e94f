#!/usr/bin/env bash
# Every generated file of the repository, from one command:
#
#   bash tests/codegen.sh           # regenerate them all (then commit the result)
#   bash tests/codegen.sh --check   # change nothing; fail, naming each stale file
#
# What is generated, and from what:
#   core/src/registry.rs          the rule registry, the typed RuleCode (core/src/code/list.rs),
#   core/src/code/list.rs           and each area's
#   core/src/*/rules/mod.rs         list of its unit files (core, example `registry`, from
#                                   the unit files core/src/<area>/rules/<name>.rs)
#   RULES.md                      the rule catalogue (core, example `catalogue`)
#   wasm/types/boardkit.d.ts      the TypeScript types, the JSON Schemas of every request
#   wasm/types/schemas/*.json       and response, and ffi/REQUESTS.md, the C API's request
#   ffi/REQUESTS.md                 shapes (all from the Rust types and the capability
#   wasm/js/api.js                  table ffi/src/capabilities.rs, by the generator
#                                   wasm/codegen/generate.rs, the example `codegen` of
#                                   boardkit-wasm); in api.js, the block of one line per
#                                   capability
#   tests/c/capabilities.h        the capability table's lists for the C and Node tests
#   tests/node/capabilities.json    (the same generator)
#   ffi/include/boardkit.h        the C header (cbindgen: ffi/tests/header.rs)
#   tests/api/*.txt               the public Rust API snapshots (rustdoc JSON: tests/api.sh)
#   tests/c/data/confidential.jsonl  the C and JS tests' fixtures of confidential records
#   tests/c/data/links.jsonl         and link kinds (core/tests/confidentiality.rs,
#                                    core/tests/public_sentinels.rs)
#   tests/conformance/results.tsv    what the C and Node tests expect of each conformance
#                                    fixture (core/tests/conformance.rs)
#
# --check regenerates into the working tree, compares with what was there, and puts every
# file back as it was: a file that differs (or is new, or is gone) is named and fails.
# The cargo steps select the whole workspace (`--workspace`), so they use the build of
# `cargo test --workspace` (the same features) instead of compiling a second one.
# This is the one entry point. Under it, the header test regenerates with BOARDKIT_BLESS=1
# (UPDATE_HEADER=1 still works), the core's fixture tests with UPDATE_FIXTURES=1, and
# wasm/tests/types.rs still writes with BOARDKIT_BLESS=1 what the generator writes.
# What cannot be generated from the capability table (the C functions, the hand-written
# wasm exports, the loaded board's questions, the C, Node and fuzz tables) is compared
# with it by ffi/tests/capabilities.rs, run by cargo test.
# Last line: `codegen: N passed, N failed`.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
export PATH="$HOME/.cargo/bin:$PATH"

CHECK=
case "${1:-}" in
    "") ;;
    --check) CHECK=1 ;;
    *) echo "usage: bash tests/codegen.sh [--check]" >&2; exit 2 ;;
esac

# The generated files and folders (a folder: every file in it).
GENERATED=(core/src/registry.rs core/src/code/list.rs core/src/*/rules/mod.rs RULES.md wasm/types ffi/REQUESTS.md wasm/js/api.js tests/c/capabilities.h
    tests/node/capabilities.json ffi/include/boardkit.h tests/api
    tests/c/data/confidential.jsonl tests/c/data/links.jsonl tests/conformance/results.tsv)
# The risk register's list of its unit files, generated like the scorecard's.
GENERATED+=(core/src/risk/rules/mod.rs)

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   $*"; }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }

SAVED=$(mktemp -d)
restore() {
    [ -n "$CHECK" ] || return 0
    local g
    for g in "${GENERATED[@]}"; do
        rm -rf "$g"
        [ -e "$SAVED/tree/$g" ] && mkdir -p "$(dirname "$g")" && cp -a "$SAVED/tree/$g" "$g"
    done
}
trap 'restore; rm -rf "$SAVED"' EXIT
for g in "${GENERATED[@]}"; do
    [ -e "$g" ] || continue
    mkdir -p "$SAVED/tree/$(dirname "$g")" && cp -a "$g" "$SAVED/tree/$g"
done

# gen NAME CMD...: run one generator quietly; its output is shown only when it fails.
gen() {
    local name=$1; shift
    if "$@" >"$SAVED/log" 2>&1; then
        pass "generated: $name"
    else
        tail -n 30 "$SAVED/log"
        fail "generating $name: $*"
    fi
}

# The rule registry first: the catalogue and everything after it read it.
registry() {
    cargo run -q -p boardkit --example registry
}
gen "rule registry core/src/registry.rs, core/src/*/rules/mod.rs" registry
catalogue() {
    cargo run -q -p boardkit --example catalogue >"$SAVED/RULES.md" && mv "$SAVED/RULES.md" RULES.md
}
gen "RULES.md" catalogue
# Built with --workspace (the features of `cargo test --workspace`), then run.
types() {
    cargo build -q --workspace --example codegen && "${CARGO_TARGET_DIR:-target}/debug/examples/codegen"
}
gen "TypeScript types, JSON Schemas, ffi/REQUESTS.md, wasm/js/api.js" types
gen "C header ffi/include/boardkit.h" \
    env BOARDKIT_BLESS=1 cargo test -q --workspace --test main -- committed_header_is_up_to_date
gen "C and JS fixtures tests/c/data/confidential.jsonl, links.jsonl" \
    env UPDATE_FIXTURES=1 cargo test -q --workspace --test main -- \
    the_c_and_js_fixture_is_current the_c_and_js_links_fixture_is_current
gen "conformance results tests/conformance/results.tsv" \
    env BOARDKIT_BLESS=1 cargo test -q --workspace --test main -- \
    the_results_the_bindings_compare_with_are_current
gen "public API snapshots tests/api/*.txt" env BOARDKIT_BLESS=1 bash tests/api.sh

if [ -n "$CHECK" ]; then
    # Each generated path against its saved copy: a changed, new or vanished file is stale.
    stale=$(for g in "${GENERATED[@]}"; do
        diff -rq "$SAVED/tree/$g" "$g" 2>&1
    done | sed -E "s#$SAVED/tree/##g; s#^Files (.*) and .* differ\$#\1 (differs)#; s#^Only in ([^:]*): (.*)\$#\1/\2 (only on one side)#; s#^diff: (.*): No such file or directory\$#\1 (missing)#")
    if [ -z "$stale" ]; then
        pass "every generated file is up to date (${GENERATED[*]})"
    else
        printf '%s\n' "$stale" | sed 's/^/     stale: /' | head -n 40
        fail "generated files are stale: run bash tests/codegen.sh and commit the result"
    fi
fi
echo "codegen: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
