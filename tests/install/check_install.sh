#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs the build into a temporary prefix and uses it as a host project would: the files a
# package promises are there, examples/embed builds against it through find_package(netral)
# (shared, and static with COMPONENTS static) and through pkg-config, and each build runs; the
# C API's examples run against it (examples/c through find_package and pkg-config, and
# examples/python loading the installed libnetral.so); the installed CLI finds its bundled rules.
#
# Usage: check_install.sh BUILD_DIR
set -euo pipefail

build_dir=$(cd "$1" && pwd)
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/netral-install.XXXXXX")
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
compiler=$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$build_dir/CMakeCache.txt")
c_compiler=$(sed -n 's/^CMAKE_C_COMPILER:[A-Z]*=//p' "$build_dir/CMakeCache.txt")
interpreter=$(sed -n 's/^NETRAL_PYTHON3:[A-Z]*=//p' "$build_dir/CMakeCache.txt")
generator=$(sed -n 's/^CMAKE_GENERATOR:[A-Z]*=//p' "$build_dir/CMakeCache.txt")

step() { echo "== $*"; }
fail() { echo "check_install: $*" >&2; exit 1; }

step "cmake --install into a temporary prefix"
cmake --install "$build_dir" --prefix "$prefix" >/dev/null
libdir=$(cd "$prefix" && dirname "$(find . -name libnetral.so -type l | head -n 1)")
libdir=${libdir#./}
[ -n "$libdir" ] || fail "no libnetral.so installed"
for file in bin/netral "$libdir/libnetral.a" "$libdir/cmake/netral/netralConfig.cmake" \
            "$libdir/cmake/netral/netralConfigVersion.cmake" "$libdir/pkgconfig/netral.pc" \
            include/netral/evaluate.hpp include/netral/netral.h \
            share/netral/rules/vocabulary.rules \
            share/bash-completion/completions/netral share/man/man1/netral.1 \
            share/man/man1/netral-eval.1; do
    [ -e "$prefix/$file" ] || fail "the install has no $file"
done
echo "installed: bin/netral, $libdir/libnetral.{so,a}, the CMake package, netral.pc, headers, rules, completion, man pages"

run_embed() {
    local program=$1 output
    output=$("$program" "$prefix/share/netral/rules") || fail "$program failed: $output"
    grep -q "outcome: heavy" <<<"$output" || fail "$program did not print 'outcome: heavy': $output"
    echo "ran: $(grep -m1 'outcome:' <<<"$output")"
}

step "examples/embed with find_package(netral), shared library"
cmake -S "$root/examples/embed" -B "$work/embed-shared" -G "$generator" \
    -DCMAKE_CXX_COMPILER="$compiler" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release \
    >/dev/null
cmake --build "$work/embed-shared" >/dev/null
libraries=$(ldd "$work/embed-shared/netral_embed_example")
grep -q "$prefix/$libdir/libnetral.so" <<<"$libraries" ||
    fail "the find_package build does not use the installed libnetral.so: $libraries"
run_embed "$work/embed-shared/netral_embed_example"

step "examples/embed with find_package(netral COMPONENTS static)"
cmake -S "$root/examples/embed" -B "$work/embed-static" -G "$generator" \
    -DCMAKE_CXX_COMPILER="$compiler" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release \
    -DNETRAL_EMBED_STATIC=ON >/dev/null
cmake --build "$work/embed-static" >/dev/null
libraries=$(ldd "$work/embed-static/netral_embed_example")
! grep -q libnetral <<<"$libraries" || fail "the static build still needs libnetral.so: $libraries"
run_embed "$work/embed-static/netral_embed_example"

step "examples/embed with pkg-config"
export PKG_CONFIG_PATH=$prefix/$libdir/pkgconfig
[ "$(pkg-config --modversion netral)" = "$(sed -n 's/^CMAKE_PROJECT_VERSION:[A-Z]*=//p' "$build_dir/CMakeCache.txt")" ] ||
    fail "pkg-config reports version $(pkg-config --modversion netral)"
# shellcheck disable=SC2046
"$compiler" -std=c++20 -O1 "$root/examples/embed/embed.cpp" -o "$work/embed-pkg-config" \
    $(pkg-config --cflags --libs netral) -pthread
LD_LIBRARY_PATH=$prefix/$libdir run_embed "$work/embed-pkg-config"

# The C API's examples print the outcome of the schema's full example.
run_capi_example() {
    local output
    output=$("$@" "$prefix/share/netral/rules" "$root/examples/jnp-2024-0031.yaml") ||
        fail "$1 failed: $output"
    grep -q "^category: heavy$" <<<"$output" || fail "$1 did not print 'category: heavy': $output"
    grep -q "^recommended: heavy.demotion_12m$" <<<"$output" ||
        fail "$1 did not print 'recommended: heavy.demotion_12m': $output"
    echo "ran: $(grep '^category:' <<<"$output"), $(grep '^recommended:' <<<"$output")"
}
[ -n "$c_compiler" ] || fail "the build found no C compiler (CMAKE_C_COMPILER) for examples/c"
[ -n "$interpreter" ] || fail "the build found no python3 (NETRAL_PYTHON3) for examples/python"

step "libnetral.so exports exactly the functions netral.h declares"
declared=$(grep -oE '\bnetral_[a-z_]+\(' "$prefix/include/netral/netral.h" | tr -d '(' | sort -u)
exported=$(nm -D --defined-only "$prefix/$libdir/libnetral.so" |
           awk '$2 == "T" && $3 ~ /^netral_/ { print $3 }' | sort -u)
[ "$declared" = "$exported" ] || fail "netral.h declares and libnetral.so exports different" \
    "functions: $(diff <(echo "$declared") <(echo "$exported") | tr '\n' ' ')"
echo "exported: $(wc -l <<<"$exported") C functions"

step "examples/c (the C API) with find_package(netral)"
cmake -S "$root/examples/c" -B "$work/c-find-package" -G "$generator" \
    -DCMAKE_C_COMPILER="$c_compiler" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release \
    >/dev/null
cmake --build "$work/c-find-package" >/dev/null
libraries=$(ldd "$work/c-find-package/netral_c_example")
grep -q "$prefix/$libdir/libnetral.so" <<<"$libraries" ||
    fail "the C example does not use the installed libnetral.so: $libraries"
run_capi_example "$work/c-find-package/netral_c_example"

step "examples/c (the C API) with pkg-config, as strict C99"
# shellcheck disable=SC2046
"$c_compiler" -std=c99 -Wall -Wextra -Wpedantic -Werror "$root/examples/c/netral_c_example.c" \
    -o "$work/c-pkg-config" $(pkg-config --cflags --libs netral)
LD_LIBRARY_PATH=$prefix/$libdir run_capi_example "$work/c-pkg-config"

step "examples/python (the C API through ctypes) with the installed libnetral.so"
run_capi_example "$interpreter" "$root/examples/python/netral_example.py" \
    --library "$prefix/$libdir/libnetral.so"

step "the installed CLI uses the installed rules"
cd "$work"
"$prefix/bin/netral" check >"$work/check.out" 2>&1 || fail "netral check failed: $(cat "$work/check.out")"
grep -q "^rule set: $prefix/share/netral/rules (bundled), sha256:" "$work/check.out" ||
    fail "netral check did not name the installed rules: $(head -n 1 "$work/check.out")"
head -n 1 "$work/check.out"
tail -n 1 "$work/check.out"
"$prefix/bin/netral" eval "$root/examples/jnp-2024-0031.yaml" --as-of 2024-12-01 --format json \
    >"$work/eval.json" || fail "netral eval failed"
grep -q '"category": *"heavy"' "$work/eval.json" || fail "netral eval did not decide heavy"
echo "check_install: the installed package works through find_package, pkg-config, the C API" \
    "and the CLI"
