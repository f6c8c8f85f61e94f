#!/usr/bin/env bash
# The fuzz smoke run, from the repository root:
#
#   tests/fuzz.sh [SECONDS]     (default 30 per target; FUZZ_TARGETS="date money" for some)
#
# Installs cargo-fuzz when it is missing, writes the seed corpora (tests/fuzz/seed.py, from
# examples/data and the test fixtures), builds every target in tests/fuzz with
# AddressSanitizer and overflow checks (stable compiler, RUSTC_BOOTSTRAP=1), and runs each
# for a bounded time with a memory limit. Any crash, panic, failed check, leak, timeout or
# out-of-memory fails the run; the input is left in tests/fuzz/artifacts/<target>/.
# Ends with `fuzz: N passed, M failed` (one per target) and the executions of each.
# Long campaigns: tests/fuzz/README.md.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
SECONDS_EACH=${1:-30}
RSS_MB=${FUZZ_RSS_MB:-2048}
FUZZ_DIR=tests/fuzz
say() { echo "[tests/fuzz] $*" >&2; }

# stable rustc takes the sanitizer and -Z flags cargo fuzz passes
export RUSTC_BOOTSTRAP=1

if ! cargo fuzz --version >/dev/null 2>&1; then
    say "installing cargo-fuzz"
    cargo install cargo-fuzz >/dev/null 2>&1 || { say "cargo install cargo-fuzz failed"; echo "fuzz: 0 passed, 1 failed"; exit 1; }
fi
if ! command -v python3 >/dev/null; then
    say "python3 is needed to write the seeds"; echo "fuzz: 0 passed, 1 failed"; exit 1
fi

TARGETS=${FUZZ_TARGETS:-$(cargo fuzz list --fuzz-dir "$FUZZ_DIR")}
LOG=$(mktemp -d)
trap 'rm -rf "$LOG"' EXIT
SEEDS="$LOG/seeds"
python3 "$FUZZ_DIR/seed.py" "$SEEDS" >&2 || { echo "fuzz: 0 passed, 1 failed"; exit 1; }

say "cargo fuzz build (all targets)"
if ! cargo fuzz build --fuzz-dir "$FUZZ_DIR" >"$LOG/build.txt" 2>&1; then
    tail -40 "$LOG/build.txt" >&2
    say "the build failed"; echo "fuzz: 0 passed, 1 failed"; exit 1
fi

PASSED=0
FAILED=0
SUMMARY=()
for t in $TARGETS; do
    corpus="$LOG/corpus/$t"
    # A target that seed.py writes no seeds for (the hostile-file builders make their own
    # inputs from the fuzz bytes) starts from an empty seed folder.
    mkdir -p "$corpus" "$SEEDS/$t" "$FUZZ_DIR/artifacts/$t"
    say "$t: ${SECONDS_EACH}s"
    # The working corpus starts from the seeds (read-only second directory).
    cargo fuzz run --fuzz-dir "$FUZZ_DIR" "$t" "$corpus" "$SEEDS/$t" -- \
        -max_total_time="$SECONDS_EACH" -rss_limit_mb="$RSS_MB" -timeout=10 \
        -dict="$SEEDS/boardkit.dict" -print_final_stats=1 >"$LOG/$t.txt" 2>&1
    rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\)$/\1/p' "$LOG/$t.txt" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$LOG/$t.txt" | tail -1)
    if [ "$rc" = 0 ] && [ -n "$runs" ] && [ "$runs" -gt 0 ]; then
        PASSED=$((PASSED + 1))
        SUMMARY+=("ok      $t: $runs executions in ${SECONDS_EACH}s, ${cov:-cov: ?}")
    else
        FAILED=$((FAILED + 1))
        SUMMARY+=("FAILED  $t: exit $rc after ${runs:-?} executions (input in $FUZZ_DIR/artifacts/$t/)")
        tail -40 "$LOG/$t.txt" >&2
    fi
done
printf '%s\n' "${SUMMARY[@]}" >&2
echo "fuzz: $PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
