#!/usr/bin/env bash
# The public Rust API of the published library crates against its committed snapshot:
# a release may add items, never remove or rename one, nor change its kind
# (a function into a struct...). The same check cargo-semver-checks makes first, without
# installing it (its build takes longer than the whole test command here).
#
#   tests/api.sh              # compare; fails on a removed or changed item
#   BOARDKIT_BLESS=1 tests/api.sh   # rewrite the snapshots (after a deliberate change)
#
# The list is read from rustdoc's JSON output (RUSTC_BOOTSTRAP=1 lets the stable
# toolchain emit it): every public item of the crate, `kind path`, sorted; it lives in
# tests/api/<crate>.txt. Items only added are reported and pass (bless to record them).
# Last line: `api: N passed, F failed`.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
ROOT=$(pwd)
export LC_ALL=C   # one sort order for the snapshot, sort and comm

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   $*"; }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }

for crate in boardkit boardkit-import boardkit-render; do
    lib=${crate//-/_}
    if ! RUSTC_BOOTSTRAP=1 cargo rustdoc -q -p "$crate" --lib -- -Zunstable-options --output-format json 2>"$ROOT/target/api-$crate.log"; then
        tail -n 20 "$ROOT/target/api-$crate.log"; fail "rustdoc JSON for $crate"; continue
    fi
    now=$(node -e '
      const doc = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
      // The modules a user can name, and the paths a `pub use` in one of them gives an
      // item: an item defined in a private module is listed where it is defined and where
      // it is re-exported (the path a user writes), so moving an item into a private
      // module and re-exporting it where it was keeps its line.
      const modules = new Set();
      const reexported = new Map();
      const walk = (id, at) => {
        modules.add(at.join("::"));
        for (const child of doc.index[id].inner.module.items) {
          const item = doc.index[child];
          if (!item || item.visibility !== "public") continue;
          if (item.inner.module) walk(child, [...at, item.name]);
          const use = item.inner.use;
          if (use && !use.is_glob && use.id != null) {
            if (!reexported.has(use.id)) reexported.set(use.id, []);
            reexported.get(use.id).push([...at, use.name].join("::"));
          }
        }
      };
      walk(doc.root, [doc.index[doc.root].name]);
      const out = new Set();
      for (const [id, p] of Object.entries(doc.paths)) {
        if (p.crate_id !== 0) continue;
        const item = doc.index[id];
        if (item && item.visibility !== "public") continue;
        const home = p.kind === "module" ? p.path : p.path.slice(0, -1);
        out.add(`${p.kind} ${p.path.join("::")}`);
        if (modules.has(home.join("::"))) continue;
        for (const path of reexported.get(Number(id)) || []) out.add(`${p.kind} ${path}`);
      }
      console.log([...out].join("\n"));' "$ROOT/target/doc/$lib.json" | sort) || { fail "reading the rustdoc JSON of $crate"; continue; }
    snap="tests/api/$crate.txt"
    if [ -n "${BOARDKIT_BLESS:-}" ]; then
        mkdir -p tests/api && printf '%s\n' "$now" >"$snap"
        pass "$crate: snapshot written ($(wc -l <"$snap") items)"
        continue
    fi
    [ -f "$snap" ] || { fail "$crate: no snapshot $snap (BOARDKIT_BLESS=1 tests/api.sh)"; continue; }
    gone=$(comm -23 "$snap" <(printf '%s\n' "$now"))
    added=$(comm -13 "$snap" <(printf '%s\n' "$now"))
    [ -z "$added" ] || echo "     $crate: $(wc -l <<<"$added") item(s) added (bless to record): $(head -n 3 <<<"$added" | tr '\n' ';')"
    if [ -z "$gone" ]; then
        pass "$crate: all $(wc -l <"$snap") public items of the snapshot are still there"
    else
        sed 's/^/     removed or changed: /' <<<"$gone" | head -n 20
        fail "$crate: $(wc -l <<<"$gone") public item(s) removed or changed kind (a breaking change)"
    fi
done
echo "api: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
