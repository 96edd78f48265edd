#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Shared set-up for scripts/run.sh and scripts/test.sh: install the Debian packages the build
# needs (only those missing), configure once, build. Idempotent and quick when nothing changed.
set -euo pipefail

NETRAL_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
NETRAL_BUILD=${NETRAL_BUILD:-$NETRAL_ROOT/build}

# Build dependencies (Debian 12 package names); see docs/dependencies.md for why each is here.
# tests/install/check_packages.sh fails when the build uses a package missing from this list.
NETRAL_PACKAGES=(cmake ninja-build g++ libboost1.81-dev libboost-json1.81-dev libyaml-cpp-dev
                 libfmt-dev libcli11-dev doctest-dev libbenchmark-dev graphviz ccache help2man
                 pkgconf dpkg-dev file weasyprint python3-munkres poppler-utils python3
                 libsqlite3-dev libpq-dev postgresql-15 libclips-dev)

netral_install_packages() {
    local missing=()
    for package in "${NETRAL_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "netral: installing ${missing[*]}" >&2
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

# netral_build [extra cmake args...]: configure (first time or when the args change) and build.
netral_build() {
    local werror=OFF
    [ "${CI:-}" = "true" ] && werror=ON
    # The benchmarks are built too, so the suite's bench-smoke tests run them once, briefly: a
    # broken benchmark or a floor that disagrees with the engine fails CI.
    local args=(-G Ninja -DCMAKE_BUILD_TYPE=Release -DNETRAL_WERROR=$werror -DNETRAL_BUILD_BENCH=ON
                "$@")
    local stamp="$NETRAL_BUILD/.netral-configure-args"
    if [ ! -f "$NETRAL_BUILD/build.ninja" ] || [ "$(cat "$stamp" 2>/dev/null)" != "${args[*]}" ]; then
        cmake -S "$NETRAL_ROOT" -B "$NETRAL_BUILD" "${args[@]}" >/dev/null
        echo "${args[*]}" > "$stamp"
    fi
    cmake --build "$NETRAL_BUILD" --parallel "$(nproc)"
}
