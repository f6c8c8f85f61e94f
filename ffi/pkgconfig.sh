#!/bin/sh
# Write boardkit.pc for the boardkit C API.
#
#   ffi/pkgconfig.sh LIBDIR [INCLUDEDIR] [OUT]
#   FEATURES=import,render ffi/pkgconfig.sh LIBDIR   # a library built with those features
#
# LIBDIR holds libboardkit_ffi.so/.a (e.g. target/debug, or /usr/local/lib after install);
# INCLUDEDIR holds boardkit.h (default: ffi/include of this checkout);
# OUT defaults to LIBDIR/boardkit.pc. The version is the one in the workspace Cargo.toml,
# so the C package and the crate never disagree.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
[ $# -ge 1 ] || { echo "usage: $0 LIBDIR [INCLUDEDIR] [OUT]" >&2; exit 2; }
libdir=$(cd "$1" && pwd)
includedir=${2:-$here/include}
includedir=$(cd "$includedir" && pwd)
out=${3:-$libdir/boardkit.pc}
version=$(sed -n '/^\[workspace.package\]/,/^\[/s/^version *= *"\(.*\)"/\1/p' "$root/Cargo.toml" | head -n1)
[ -n "$version" ] || { echo "pkgconfig.sh: no version in $root/Cargo.toml" >&2; exit 1; }
# The features the library was built with: their macros go in Cflags, so the header
# declares their functions (boardkit_import, boardkit_render...).
macros=""
for f in $(echo "${FEATURES:-}" | tr ', ' '  '); do
    case "$f" in
        import) macros="$macros -DBOARDKIT_FEATURE_IMPORT" ;;
        render) macros="$macros -DBOARDKIT_RENDER" ;;
        *) echo "pkgconfig.sh: unknown feature '$f' (import, render)" >&2; exit 2 ;;
    esac
done
sed -e "s|@MACROS@|$macros|" -e "s|@PREFIX@|$(dirname "$libdir")|" -e "s|@LIBDIR@|$libdir|" \
    -e "s|@INCLUDEDIR@|$includedir|" -e "s|@VERSION@|$version|" \
    "$here/boardkit.pc.in" > "$out"
echo "$out"
