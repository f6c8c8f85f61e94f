#!/usr/bin/env bash
# Build the boardkit-import WebAssembly package (issue 16) into wasm/import/pkg/ for Node
# (CommonJS) and wasm/import/pkg-web/ for browsers, then run its Node test. A package of its own: the forms' module (wasm/) never
# carries the import readers. Compiler and wasm-bindgen CLI as in wasm/build.sh (the rustup
# wasm32 target when installed, else Debian's rustc-web with -Zbuild-std).
#
#   wasm/import/build.sh        # last line: wasm-import: ok (SIZE bytes)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
TARGET=wasm32-unknown-unknown
PROFILE=wasm-release
CRATE=boardkit-import-wasm
LIB=boardkit_import_wasm
PKG="$ROOT/wasm/import/pkg"
say() { echo "[wasm-import] $*" >&2; }

if command -v rustup >/dev/null && rustup target list --installed 2>/dev/null | grep -qx "$TARGET"; then
    cargo build -q --profile "$PROFILE" --target "$TARGET" -p "$CRATE" --lib
    TARGET_DIR="$ROOT/target"
else
    for p in rustc-web cargo-web rust-web-src lld-22; do
        dpkg -s "$p" >/dev/null 2>&1 || { apt-get install -y "$p" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "$p" >/dev/null; }; }
    done
    TARGET_DIR="$ROOT/target/debian-wasm-import"
    RUSTC_BOOTSTRAP=1 RUSTC=/usr/bin/rustc CARGO_TARGET_DIR="$TARGET_DIR" \
        /usr/bin/cargo build -q --profile "$PROFILE" --target "$TARGET" -p "$CRATE" --lib \
        -Zbuild-std=std,panic_abort
fi
RAW="$TARGET_DIR/$TARGET/$PROFILE/$LIB.wasm"
[ -f "$RAW" ] || { say "no $RAW"; exit 1; }

WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
export PATH="$HOME/.cargo/bin:$PATH"
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WBG_VERSION" ]; then
    say "installing wasm-bindgen-cli $WBG_VERSION"
    cargo install -q wasm-bindgen-cli --version "$WBG_VERSION"
fi
rm -rf "$PKG" && mkdir -p "$PKG"
wasm-bindgen --target nodejs --out-dir "$PKG" --out-name "$LIB" "$RAW"
# The same module for browsers (ES module), used by examples/web/import.html.
rm -rf "$PKG-web" && mkdir -p "$PKG-web"
wasm-bindgen --target web --out-dir "$PKG-web" --out-name "$LIB" "$RAW"
node "$ROOT/tests/wasm_import.cjs"
echo "wasm-import: ok ($(stat -c %s "$PKG/${LIB}_bg.wasm") bytes)"
