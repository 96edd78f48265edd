#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Sets everything up and runs netral on the bundled rules: the README's first command.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
netral_install_packages
netral_build
cd "$NETRAL_ROOT"
"$NETRAL_BUILD/netral" check rules
