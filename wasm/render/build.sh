#!/usr/bin/env bash
# Build the board-papers wasm package (boardkit-wasm-render) into wasm/render/pkg/ for Node
# (CommonJS, wasm-bindgen --target nodejs) and wasm/render/pkg-web/ for browsers (ES module).
#
#   wasm/render/build.sh
#
# Same compiler choice as wasm/build.sh: the rustup wasm32-unknown-unknown target when
# installed, otherwise Debian's rustc-web with -Zbuild-std (installed when missing).
# wasm-opt from tests/node_modules (npm package binaryen) when present. Prints the sizes.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
TARGET=wasm32-unknown-unknown
PROFILE=wasm-release
CRATE=boardkit-wasm-render
LIB=boardkit_wasm_render
say() { echo "[wasm/render/build] $*" >&2; }
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
if command -v rustup >/dev/null && rustup target list --installed 2>/dev/null | grep -qx "$TARGET"; then
    cargo build -q --profile "$PROFILE" --target "$TARGET" -p "$CRATE" --lib
    TARGET_DIR="$ROOT/target"
else
    apt_install rustc-web cargo-web rust-web-src lld-22
    TARGET_DIR="$ROOT/target/debian-wasm-render"
    RUSTC_BOOTSTRAP=1 RUSTC=/usr/bin/rustc CARGO_TARGET_DIR="$TARGET_DIR" \
        /usr/bin/cargo build -q --profile "$PROFILE" --target "$TARGET" -p "$CRATE" --lib \
        -Zbuild-std=std,panic_abort
fi
RAW="$TARGET_DIR/$TARGET/$PROFILE/$LIB.wasm"
[ -f "$RAW" ] || { say "no $RAW"; exit 1; }
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
export PATH="$HOME/.cargo/bin:$PATH"
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WBG_VERSION" ]; then
    say "installing wasm-bindgen-cli $WBG_VERSION (about 2 minutes)"
    cargo install -q wasm-bindgen-cli --version "$WBG_VERSION"
fi
WASM_OPT="$ROOT/tests/node_modules/.bin/wasm-opt"
for t in nodejs web; do
    OUT="$ROOT/wasm/render/pkg$([ "$t" = web ] && echo -web || true)"
    rm -rf "$OUT" && mkdir -p "$OUT"
    wasm-bindgen --target "$t" --out-dir "$OUT" --out-name "$LIB" "$RAW"
    if [ -x "$WASM_OPT" ]; then
        "$WASM_OPT" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
            --enable-mutable-globals --enable-reference-types --enable-multivalue \
            --strip-debug --strip-producers "$OUT/${LIB}_bg.wasm" -o "$OUT/${LIB}_bg.wasm.opt"
        mv "$OUT/${LIB}_bg.wasm.opt" "$OUT/${LIB}_bg.wasm"
    fi
done
W="$ROOT/wasm/render/pkg/${LIB}_bg.wasm"
echo "boardkit-wasm-render: ${LIB}_bg.wasm $(wc -c <"$W" | tr -d ' ') bytes raw, $(gzip -9 -c "$W" | wc -c | tr -d ' ') bytes gzipped"
