#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Sets up, builds and packs netral as a Debian package: build/netral_VERSION_ARCH.deb, which
# `apt-get install ./build/netral_*.deb` installs with its run-time dependencies.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
netral_install_packages
netral_build
cd "$NETRAL_BUILD"
cpack -G DEB
ls "$NETRAL_BUILD"/netral_*.deb
