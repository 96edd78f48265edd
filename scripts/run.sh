#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Sets everything up, checks the bundled rules and evaluates an example incident with them: the
# README's first command. Extra arguments go to `netral eval` (e.g. --lang en, --format json).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
netral_install_packages
netral_build
cd "$NETRAL_ROOT"
"$NETRAL_BUILD/netral" check rules
"$NETRAL_BUILD/netral" eval examples/jnp-2024-0031.yaml --rules rules --as-of 2024-12-01 "$@"
