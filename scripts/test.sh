#!/usr/bin/env bash
# `npm test`: install what is missing (including Debian's Chromium), then every test: type checks,
# lint, unit and integration tests (Vitest, per package), the production build, end-to-end (Playwright).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
if [ ! -x /usr/bin/chromium ]; then
  echo "porthole: installing Debian's chromium for the end-to-end tests" >&2
  sudo_cmd=""; [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >&2
fi
pnpm turbo run typecheck --output-logs=errors-only
pnpm exec tsc -p e2e
pnpm exec eslint --max-warnings=0 .
# The storage tests run against PostgreSQL too: a throw-away server on loopback, gone when we exit.
# (Assigned first: `eval "$(…)"` alone would hide a failed start and quietly skip those tests.)
postgres_env="$(bash scripts/postgres.sh start)"
eval "$postgres_env"
trap 'bash scripts/postgres.sh stop "$PORTHOLE_PG_DIR"' EXIT
pnpm turbo run test build --concurrency=1
pnpm exec playwright test
