#!/usr/bin/env bash
# Where the bytes of the forms' wasm module go (wasm/README.md "Module size": the forms download it on every page).
#
#   tests/bench/wasm_profile.sh        # from anywhere; about 5 minutes the first time
#
# Builds boardkit-wasm exactly as wasm/build.sh does (same compiler path, profile, std
# features, bind step and wasm-opt flags) but keeps the function names: the profile's
# symbols are not stripped (CARGO_PROFILE_WASM_RELEASE_STRIP=false, its own target dir),
# the bind step keeps them (wasm/bindgen always keeps the name section; it has no
# --keep-debug, and the module has no DWARF to keep) and wasm-opt keeps them (-g). Then prints the
# size the shipped module would have (names stripped: raw, gzip -9, brotli -11) and
# tests/bench/wasm_sizes.mjs's tables: code by kind, reading by record type, by crate and
# module, the largest functions. The named module stays in target/wasm-profile/.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
SAY=bench/wasm_profile
# shellcheck source=../../wasm/toolchain.sh
. "$ROOT/wasm/toolchain.sh"

OUT="$ROOT/target/wasm-profile"
CARGO_PROFILE_WASM_RELEASE_STRIP=false wasm_compile boardkit-wasm boardkit_wasm debian-wasm-names small
wasm_bindgen_ensure
rm -rf "$OUT" && mkdir -p "$OUT"
"$WASM_BINDGEN" --target web --out-dir "$OUT" --out-name boardkit_wasm "$RAW_WASM"
# The shipped flags (wasm/build.sh's wasm_opt call) with -g, which keeps the name section
# through wasm-opt's passes (wasm_opt itself strips names); then a stripped copy.
cp "$OUT/boardkit_wasm_bg.wasm" "$OUT/stripped.wasm"
wasm_opt "$OUT/stripped.wasm" --merge-similar-functions -Oz
"$ROOT/tests/node_modules/.bin/wasm-opt" --merge-similar-functions -Oz -g "${WASM_OPT_FEATURES[@]}" \
    "$OUT/boardkit_wasm_bg.wasm" -o "$OUT/named.wasm"
node -e '
const { readFileSync } = require("node:fs");
const { gzipSync, brotliCompressSync, constants } = require("node:zlib");
const b = readFileSync(process.argv[1]);
const gz = gzipSync(b, { level: 9 }).length;
const br = brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
console.log(`module as shipped (names stripped): ${b.length} bytes raw, ${gz} gzip -9, ${br} brotli -11`);
' "$OUT/stripped.wasm"
node tests/bench/wasm_sizes.mjs "$OUT/named.wasm" 2
