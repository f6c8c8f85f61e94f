#!/usr/bin/env bash
# Build the boardkit WebAssembly package into wasm/pkg/ (one npm-style ES module package
# that loads in browsers and in Node: package.json, ESM .js, .d.ts, .wasm).
#
#   wasm/build.sh            # from anywhere; installs what it lacks, skipping what is there
#
# Compiler: the rustup wasm32-unknown-unknown target when installed, otherwise Debian's
# rustc-web with -Zbuild-std (see shared TOOLCHAIN notes). wasm-bindgen CLI: exactly the
# version of the wasm-bindgen crate in Cargo.lock. wasm-opt: from the npm package
# `binaryen` (tests/package.json) when it can be had; skipped with a warning otherwise.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

TARGET=wasm32-unknown-unknown
PROFILE=wasm-release
CRATE=boardkit-wasm
LIB=boardkit_wasm
PKG="$ROOT/wasm/pkg"
WORK="$ROOT/target/wasm-pkg"

say() { echo "[wasm/build] $*" >&2; }
SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null; then SUDO=sudo; fi

apt_install() {
    # Install Debian packages that are missing (apt-get update first if needed).
    local missing=()
    for p in "$@"; do
        dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "installing ${missing[*]}"
    $SUDO apt-get install -y "${missing[@]}" >/dev/null 2>&1 ||
        { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y "${missing[@]}" >/dev/null; }
}

# --- 1. compile ------------------------------------------------------------------------
if command -v rustup >/dev/null && rustup target list --installed 2>/dev/null | grep -qx "$TARGET"; then
    say "compiling with the rustup $TARGET target"
    cargo build -q --profile "$PROFILE" --target "$TARGET" -p "$CRATE" --lib
    TARGET_DIR="$ROOT/target"
else
    say "no rustup $TARGET target: using Debian rustc-web with -Zbuild-std"
    apt_install rustc-web cargo-web rust-web-src lld-22
    # A separate target dir: two different compilers never share fingerprints.
    TARGET_DIR="$ROOT/target/debian-wasm"
    # std is rebuilt with its `optimize_for_size` feature (smaller sorting, formatting and
    # collections code: about 15 KB less gzipped).
    debian_build() {
        RUSTC_BOOTSTRAP=1 RUSTC=/usr/bin/rustc CARGO_TARGET_DIR="$TARGET_DIR" \
            /usr/bin/cargo build -q --profile "$PROFILE" --target "$TARGET" -p "$CRATE" --lib \
            -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size "$@"
    }
    # std rebuilt with panic=immediate-abort drops the panic-message machinery (about 5%
    # smaller); the core never panics, so nothing is lost. Plain panic=abort otherwise.
    RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort" debian_build 2>/dev/null || {
        say "panic=immediate-abort not available: building with panic=abort"
        TARGET_DIR="$ROOT/target/debian-wasm-abort"
        debian_build
    }
fi
RAW_WASM="$TARGET_DIR/$TARGET/$PROFILE/$LIB.wasm"
[ -f "$RAW_WASM" ] || { say "no $RAW_WASM"; exit 1; }

# --- 2. bind ---------------------------------------------------------------------------
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
[ -n "$WBG_VERSION" ] || { say "wasm-bindgen not found in Cargo.lock"; exit 1; }
export PATH="$HOME/.cargo/bin:$PATH"
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WBG_VERSION" ]; then
    say "installing wasm-bindgen-cli $WBG_VERSION (about 2 minutes)"
    cargo install -q wasm-bindgen-cli --version "$WBG_VERSION"
fi
rm -rf "$WORK" && mkdir -p "$WORK"
wasm-bindgen --target web --out-dir "$WORK" --out-name "$LIB" "$RAW_WASM"

# --- 3. shrink -------------------------------------------------------------------------
WASM_OPT="$ROOT/tests/node_modules/.bin/wasm-opt"
if [ ! -x "$WASM_OPT" ] && command -v npm >/dev/null; then
    say "installing the npm test dependencies (binaryen for wasm-opt)"
    (cd "$ROOT/tests" && npm ci --no-audit --no-fund --loglevel=error >/dev/null 2>&1) ||
        say "warning: npm ci failed"
fi
BG="$WORK/${LIB}_bg.wasm"
BEFORE=$(wc -c <"$BG")
if [ -x "$WASM_OPT" ]; then
    # Merging similar functions first (the many monomorphised readers differ only in
    # constants) and then -Oz once is smallest gzipped; a second -Oz or --converge grows it.
    "$WASM_OPT" --merge-similar-functions -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
        --enable-mutable-globals --enable-reference-types --enable-multivalue \
        --strip-debug --strip-producers "$BG" -o "$BG.opt"
    mv "$BG.opt" "$BG"
    say "wasm-opt --merge-similar-functions -Oz: $BEFORE -> $(wc -c <"$BG") bytes"
else
    say "warning: wasm-opt not available; the module is not shrunk further"
fi

# --- 4. assemble -----------------------------------------------------------------------
VERSION=$(awk -F'"' '/^version = / {print $2; exit}' Cargo.toml)
rm -rf "$PKG" && mkdir -p "$PKG"
cp "$WORK/$LIB.js" "$WORK/${LIB}_bg.wasm" "$PKG/"
cp "$WORK/$LIB.d.ts" "$PKG/$LIB.d.ts"
cp wasm/js/api.js wasm/js/web.js wasm/js/node.js "$PKG/"
cp wasm/types/boardkit.d.ts "$PKG/boardkit.d.ts"
mkdir -p "$PKG/schemas" && cp wasm/types/schemas/*.json "$PKG/schemas/"
cp wasm/README.md "$PKG/README.md"
sed "s/@VERSION@/$VERSION/" wasm/js/package.json.in >"$PKG/package.json"

# --- 5. measure ------------------------------------------------------------------------
size() { wc -c <"$1" | tr -d ' '; }
gz() { gzip -9 -c "$1" | wc -c | tr -d ' '; }
W="$PKG/${LIB}_bg.wasm"
echo "boardkit wasm package: $PKG"
echo "  ${LIB}_bg.wasm: $(size "$W") bytes raw, $(gz "$W") bytes gzipped"
JS_RAW=0; JS_GZ=0
for f in "$PKG/$LIB.js" "$PKG/api.js" "$PKG/web.js"; do
    JS_RAW=$((JS_RAW + $(size "$f"))); JS_GZ=$((JS_GZ + $(gz "$f")))
done
echo "  JS for the web (glue + wrapper): $JS_RAW bytes raw, $JS_GZ bytes gzipped"
