#!/usr/bin/env bash
# `npm start`: install what is missing, build the web app, start the BFF (embedded localcloud when
# no cloud credentials are configured). PORTHOLE_HOST / PORTHOLE_PORT override 127.0.0.1:8080.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
pnpm turbo run build --filter=@porthole/web --output-logs=errors-only
# The database (users, sessions, audit log) lives in the checkout's data/ unless told otherwise.
# Made absolute here: the BFF runs in its package folder and would resolve a relative path there.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PORTHOLE_DATA_DIR="$(realpath -m "${PORTHOLE_DATA_DIR:-data}")"
exec pnpm --silent --filter @porthole/bff start
