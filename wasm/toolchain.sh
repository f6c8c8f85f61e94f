# The wasm toolchain, shared by wasm/build.sh, wasm/import/build.sh and wasm/render/build.sh
# (sourced, not run). The caller sets ROOT (the repository) and SAY (its log prefix).
#
#   wasm_compile "CRATE..." LIB DEBIAN_TARGET_DIR [small] -> RAW_WASM (the module LIB)
#   wasm_compile_all                                    every module, as the build scripts do
#   wasm_pkg_fresh NAME RAW OUTPUT...                   true when NAME was bound from RAW
#   wasm_pkg_stamp NAME RAW                             record that NAME was bound from RAW
#   wasm_bindgen_ensure                                 -> WASM_BINDGEN (a bind command)
#   wasm_opt FILE [FLAGS...]                            shrink in place (when wasm-opt is there)
#
# Compiler: the rustup wasm32-unknown-unknown target when installed, otherwise Debian's
# rustc-web with -Zbuild-std (installed when missing; see the shared TOOLCHAIN notes).
# Bind: a `wasm-bindgen` of exactly the version of the wasm-bindgen crate in Cargo.lock:
# the CLI when one of that version is on PATH, otherwise wasm/bindgen (wasm-bindgen's own
# library behind the same command line, built once into target/tools: a fraction of the
# CLI's build time). wasm-opt: from the npm package binaryen (tests/package.json).

WASM_TARGET=wasm32-unknown-unknown
WASM_PROFILE=wasm-release

say() { echo "[${SAY:-wasm}] $*" >&2; }

SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null; then SUDO=sudo; fi

apt_install() {
    # Install the Debian packages that are missing (apt-get update first if needed).
    # Under tests/run.sh (BOARDKIT_NO_INSTALL=1) nothing is installed: set-up is
    # tests/setup.sh's job, and a test only says what is missing.
    local missing=()
    for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ -n "${BOARDKIT_NO_INSTALL:-}" ]; then
        say "missing ${missing[*]}: run bash tests/setup.sh"
        return 1
    fi
    say "installing ${missing[*]}"
    $SUDO apt-get install -y "${missing[@]}" >/dev/null 2>&1 ||
        { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y "${missing[@]}" >/dev/null; }
}

wasm_rustup_target() {
    # True when rustup has the wasm target (then Debian's compiler is not needed).
    command -v rustup >/dev/null && rustup target list --installed 2>/dev/null | grep -qx "$WASM_TARGET"
}

# The import and papers modules are compiled by one cargo invocation (CRATE is both):
# std and the shared crates are built once and the two single-threaded LTO links run side
# by side; both build scripts ask for the same pair, so the second finds it up to date.
WASM_PACKAGES="boardkit-import-wasm boardkit-wasm-render"

wasm_compile() {
    local crates=$1 lib=$2 debian_dir=$3 small=${4:-}
    local target_dir crate packages=()
    for crate in $crates; do packages+=(-p "$crate"); done
    crate=$crates
    if wasm_rustup_target; then
        say "compiling $crate with the rustup $WASM_TARGET target"
        cargo build -q --profile "$WASM_PROFILE" --target "$WASM_TARGET" "${packages[@]}" --lib
        target_dir="$ROOT/target"
    else
        say "no rustup $WASM_TARGET target: compiling $crate with Debian rustc-web and -Zbuild-std"
        apt_install rustc-web cargo-web rust-web-src lld-22
        # A separate target dir: two different compilers never share fingerprints.
        target_dir="$ROOT/target/$debian_dir"
        local std_features=()
        # The forms' package: std rebuilt with `optimize_for_size` (smaller sorting,
        # formatting and collections code: about 15 KB less gzipped).
        [ "$small" = small ] && std_features=(-Zbuild-std-features=optimize_for_size)
        _debian_build() {
            RUSTC_BOOTSTRAP=1 RUSTC=/usr/bin/rustc CARGO_TARGET_DIR="$target_dir" \
                /usr/bin/cargo build -q --profile "$WASM_PROFILE" --target "$WASM_TARGET" "${packages[@]}" --lib \
                -Zbuild-std=std,panic_abort "${std_features[@]}" "$@"
        }
        if [ "$small" = small ]; then
            # std rebuilt with panic=immediate-abort drops the panic-message machinery (about
            # 5% smaller); the core never panics, so nothing is lost. panic=abort otherwise.
            # -Zfmt-debug=none: `{:?}` writes nothing and derived Debug impls are empty (no
            # message, result or written record uses Debug; hand-written Debug impls such
            # as chrono's date writer, which its Display calls, are kept); with
            # -Zlocation-detail=none, 3.0 KB less gzipped (wasm/README.md "Module size").
            RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none" \
                _debian_build 2>/dev/null || {
                say "panic=immediate-abort not available: building with panic=abort"
                target_dir="$ROOT/target/$debian_dir-abort"
                _debian_build
            }
        else
            _debian_build
        fi
    fi
    RAW_WASM="$target_dir/$WASM_TARGET/$WASM_PROFILE/$lib.wasm"
    [ -f "$RAW_WASM" ] || { say "no $RAW_WASM"; return 1; }
}

wasm_compile_all() {
    # Every module, exactly as wasm/build.sh, wasm/import/build.sh and wasm/render/build.sh
    # compile them (tests/run.sh starts this in the background at the start; each build
    # script then finds its module built, or waits on cargo's lock for it).
    wasm_compile boardkit-wasm boardkit_wasm debian-wasm small &&
        wasm_compile "$WASM_PACKAGES" boardkit_import_wasm debian-wasm-packages
}

# A built package remembers the compiled module it was bound from, and the scripts that
# bound it (target/wasm-stamps/NAME, outside the package so npm never ships it): a second
# build script asking for the same package skips the bind step and wasm-opt. The stamp is
# written last, so a failed bind is never taken for a fresh one.
wasm_pkg_key() {
    cat "$1" "$ROOT/wasm/toolchain.sh" "$0" 2>/dev/null | sha256sum | cut -d' ' -f1
}
wasm_pkg_fresh() { # NAME RAW OUTPUT...
    local stamp="$ROOT/target/wasm-stamps/$1" raw=$2 out
    shift 2
    for out in "$@"; do [ -e "$out" ] || return 1; done
    [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$(wasm_pkg_key "$raw")" ]
}
wasm_pkg_stamp() { # NAME RAW
    mkdir -p "$ROOT/target/wasm-stamps" && wasm_pkg_key "$2" >"$ROOT/target/wasm-stamps/$1"
}

wasm_bindgen_ensure() {
    local want pinned tool
    want=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' "$ROOT/Cargo.lock")
    [ -n "$want" ] || { say "wasm-bindgen not found in Cargo.lock"; return 1; }
    pinned=$(sed -n 's/^wasm-bindgen-cli-support = "=\(.*\)"/\1/p' "$ROOT/wasm/bindgen/Cargo.toml")
    if [ "$pinned" != "$want" ] || ! grep -qx "version = \"$want\"" "$ROOT/wasm/bindgen/Cargo.toml"; then
        say "wasm/bindgen/Cargo.toml pins wasm-bindgen $pinned but Cargo.lock has $want: set both versions there to $want"
        return 1
    fi
    export PATH="$HOME/.cargo/bin:$PATH"
    tool="$ROOT/target/tools/bin/wasm-bindgen"
    for cand in "$tool" "$(command -v wasm-bindgen || true)"; do
        if [ -n "$cand" ] && [ "$("$cand" --version 2>/dev/null | awk '{print $2}')" = "$want" ]; then
            WASM_BINDGEN=$cand
            return 0
        fi
    done
    say "building the bind step (wasm/bindgen, wasm-bindgen $want) into target/tools"
    cargo install -q --locked --path "$ROOT/wasm/bindgen" --root "$ROOT/target/tools" \
        --target-dir "$ROOT/target/bindgen" || return 1
    WASM_BINDGEN=$tool
}

# The wasm features the compiled modules use (wasm-opt must be told).
WASM_OPT_FEATURES=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
    --enable-mutable-globals --enable-reference-types --enable-multivalue)

wasm_opt() {
    local file=$1; shift
    local tool="$ROOT/tests/node_modules/.bin/wasm-opt"
    if [ ! -x "$tool" ] && command -v npm >/dev/null && [ -z "${BOARDKIT_NO_INSTALL:-}" ]; then
        say "installing the npm test dependencies (binaryen for wasm-opt)"
        (cd "$ROOT/tests" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >/dev/null 2>&1) ||
            say "warning: npm ci failed"
    fi
    if [ ! -x "$tool" ]; then
        say "warning: wasm-opt not available; the module is not shrunk further"
        return 0
    fi
    "$tool" "$@" "${WASM_OPT_FEATURES[@]}" --strip-debug --strip-producers "$file" -o "$file.opt"
    mv "$file.opt" "$file"
}
