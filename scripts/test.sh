#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Sets everything up and runs the whole test suite: the README's second command.
# With CI=true it also builds and runs the suite under AddressSanitizer and UBSan.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
netral_install_packages
netral_build
ctest --test-dir "$NETRAL_BUILD" --output-on-failure --parallel "$(nproc)"
if [ "${CI:-}" = "true" ] || [ "${NETRAL_SANITIZE:-}" = "1" ]; then
    # Assertions on, light optimisation and line tables only: full debug info makes the
    # X3 grammar several times slower to compile. No -Werror here: g++ reports false
    # uninitialized warnings inside Boost.Graph when sanitizers instrument it.
    NETRAL_BUILD="$NETRAL_ROOT/build-sanitize" netral_build -DNETRAL_SANITIZE=ON \
        -DNETRAL_WERROR=OFF -DNETRAL_BUILD_BENCH=OFF -DCMAKE_BUILD_TYPE=Debug \
        "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1"
    # The instrumented server is several times slower, and its loopback tests (connection
    # limits, stalled clients, shutdown under load) have missed a deadline now and then, even
    # on an idle machine: a test failing here gets one more run. The Release pass runs each
    # once.
    ctest --test-dir "$NETRAL_ROOT/build-sanitize" --output-on-failure --parallel "$(nproc)" \
        --repeat until-pass:2
fi
