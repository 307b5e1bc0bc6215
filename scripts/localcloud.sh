#!/usr/bin/env bash
# `npm run localcloud`: the simulated Alibaba Cloud on its own (loopback, LOCALCLOUD_PORT, default 9100).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
exec pnpm --silent --filter @porthole/localcloud start
