#!/usr/bin/env bash
# The installed C library, as a C host would use it:
#
#   tests/c_install.sh
#
# Installs boardkit with ffi/install.sh into a temporary prefix, then, knowing only that
# prefix, builds tests/c/install/app.c
#   1. with pkg-config (shared),
#   2. with `pkg-config --static` and -static (a fully static program),
#   3. with CMake's find_package(boardkit) (shared and static targets),
# and runs each WITHOUT LD_LIBRARY_PATH on the Leicester example. Also checks the SONAME,
# the versioned file name and its symlinks, and that the request shapes and schemas are
# installed beside the header. tests/setup.sh installs cmake.
# Last line: `c_install: N passed, F failed`.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
ROOT=$(pwd)
CC=${CC:-cc}

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   $*"; }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }
finish() { echo "c_install: $passed passed, $failed failed"; [ "$failed" -eq 0 ]; exit $?; }

# ---- tools: tests/setup.sh installs them; a test installs nothing ----
for tool in "$CC" pkg-config cmake make; do
    command -v "$tool" >/dev/null 2>&1 || { fail "$tool is missing: run bash tests/setup.sh"; finish; }
done

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
PREFIX=$TMP/prefix
APP=tests/c/install/app.c
DOC=$ROOT/examples/data/leicester-lscb.json
unset LD_LIBRARY_PATH

# The default library (no features) in the C tests' dev profile, relinked with its SONAME.
if PROFILE=dev PREFIX=$PREFIX ffi/install.sh >/dev/null; then pass "ffi/install.sh PREFIX=<temp>"; else fail "ffi/install.sh"; finish; fi

VERSION=$(cargo pkgid -p boardkit-ffi | sed 's/.*[#@]//')
LIB=$PREFIX/lib
[ -f "$LIB/libboardkit.so.$VERSION" ] && [ "$(readlink "$LIB/libboardkit.so.0")" = "libboardkit.so.$VERSION" ] \
    && [ "$(readlink "$LIB/libboardkit.so")" = "libboardkit.so.0" ] && [ -f "$LIB/libboardkit.a" ] \
    && pass "libboardkit.so.$VERSION, .so.0 and .so links, libboardkit.a" || fail "library files: $(ls "$LIB")"
soname=$(readelf -d "$LIB/libboardkit.so.$VERSION" 2>/dev/null | sed -n 's/.*Library soname: \[\(.*\)\]/\1/p')
[ "$soname" = libboardkit.so.0 ] && pass "SONAME libboardkit.so.0" || fail "SONAME is '$soname'"
for f in boardkit.h REQUESTS.md schemas/ApportionRequest.json schemas/BoardDocument.json; do
    [ -f "$PREFIX/include/boardkit/$f" ] && pass "installed include/boardkit/$f" || fail "missing include/boardkit/$f"
done
grep -q '"kind": "equal"' "$PREFIX/include/boardkit/REQUESTS.md" 2>/dev/null || grep -q 'kind: "equal"' "$PREFIX/include/boardkit/REQUESTS.md" \
    && pass "REQUESTS.md documents the funding formulas" || fail "REQUESTS.md has no formula kinds"

export PKG_CONFIG_PATH=$LIB/pkgconfig
[ "$(pkg-config --modversion boardkit)" = "$VERSION" ] && pass "pkg-config --modversion = $VERSION" || fail "pkg-config version"

# check_run NAME BINARY: the program starts with no environment tricks and does its job.
check_run() {
    local name=$1 bin=$2 out
    if out=$(env -u LD_LIBRARY_PATH "$bin" "$DOC" 2>&1) && grep -q "^version $VERSION$" <<<"$out" \
        && grep -q "^finding action.due_before_raised /actions/18/due$" <<<"$out" \
        && grep -q "^apportioned 29870000$" <<<"$out"; then
        pass "$name runs without LD_LIBRARY_PATH"
    else
        printf '%s\n' "$out" | tail -n 5
        fail "$name"
    fi
}

# 1. pkg-config, shared
if $CC -std=c11 -Wall -Wextra -Werror "$APP" -o "$TMP/app-shared" $(pkg-config --cflags --libs boardkit); then
    pass "cc app.c \$(pkg-config --cflags --libs boardkit)"
    readelf -d "$TMP/app-shared" | grep -q 'NEEDED.*\[libboardkit.so.0\]' \
        && pass "the program needs libboardkit.so.0" || fail "the program does not record libboardkit.so.0"
    check_run "pkg-config shared program" "$TMP/app-shared"
else
    fail "pkg-config shared build"
fi

# 2. pkg-config --static, fully static
if $CC -std=c11 -static "$APP" -o "$TMP/app-static" $(pkg-config --static --cflags --libs boardkit) 2>"$TMP/static.log"; then
    pass "cc -static app.c \$(pkg-config --static --cflags --libs boardkit)"
    if readelf -d "$TMP/app-static" 2>/dev/null | grep -q NEEDED; then fail "static program has dynamic dependencies"; else pass "static program has no dynamic dependencies"; fi
    echo "     static program: $(wc -c <"$TMP/app-static") bytes ($(strip -o "$TMP/app-stripped" "$TMP/app-static" && wc -c <"$TMP/app-stripped") stripped)"
    check_run "static program" "$TMP/app-static"
else
    tail -n 10 "$TMP/static.log"
    fail "pkg-config --static build"
fi

# 2b. boardkit-static: the archive by its path, linked without -static
if $CC -std=c11 "$APP" -o "$TMP/app-archive" $(pkg-config --cflags --libs boardkit-static) 2>"$TMP/archive.log"; then
    pass "cc app.c \$(pkg-config --cflags --libs boardkit-static)"
    readelf -d "$TMP/app-archive" | grep -q 'NEEDED.*libboardkit' \
        && fail "boardkit-static linked the shared library" || pass "boardkit-static links the archive"
    check_run "boardkit-static program" "$TMP/app-archive"
else
    tail -n 10 "$TMP/archive.log"
    fail "boardkit-static build"
fi
# The default library has no features: its Cflags define no feature macro.
pkg-config --cflags boardkit | grep -q -- '-DBOARDKIT_' \
    && fail "the default library's Cflags define a feature macro" || pass "no feature macro for the default library"

# 3. CMake find_package
if command -v cmake >/dev/null 2>&1; then
    mkdir -p "$TMP/cmake"
    if cmake -S tests/c/install -B "$TMP/cmake" -DCMAKE_PREFIX_PATH="$PREFIX" -DCMAKE_BUILD_TYPE=Release >"$TMP/cmake.log" 2>&1 \
        && cmake --build "$TMP/cmake" >>"$TMP/cmake.log" 2>&1; then
        pass "cmake find_package(boardkit $VERSION)"
        check_run "CMake program (boardkit::boardkit)" "$TMP/cmake/app"
        check_run "CMake program (boardkit::boardkit_static)" "$TMP/cmake/app_static"
        readelf -d "$TMP/cmake/app_static" | grep -q 'libboardkit' && fail "app_static needs a shared libboardkit" || pass "app_static links boardkit statically"
    else
        tail -n 20 "$TMP/cmake.log"
        fail "cmake build"
    fi
    # A version this install cannot satisfy is refused.
    if cmake -S tests/c/install -B "$TMP/cmake-new" -DCMAKE_PREFIX_PATH="$PREFIX" -DBOARDKIT_WANT=99.0 >/dev/null 2>&1; then
        fail "find_package(boardkit 99.0) was accepted"
    else
        pass "find_package(boardkit 99.0) is refused"
    fi
else
    fail "cmake is not installed and could not be"
fi
finish
