#!/usr/bin/env bash
# Starts one Porthole for the end-to-end tests (playwright.config.ts runs two):
#   e2e-server.sh main    the BFF on its embedded localcloud, as `npm start` runs it
#   e2e-server.sh canary  the BFF configured with a recognisable canary key pair, talking to a separate
#                         localcloud that accepts that pair; its log goes to $E2E_OUTPUT/canary-bff.log
#                         so the credential-leak test can search it.
# Each run gets a fresh data directory (a new database with only the bootstrap admin), removed on exit.
set -euo pipefail
mode="${1:?usage: e2e-server.sh main|canary}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
output="${E2E_OUTPUT:?E2E_OUTPUT must name the directory for server logs}"
mkdir -p "$output"
data="$(mktemp -d "${TMPDIR:-/tmp}/porthole-e2e-$mode.XXXXXX")"
children=()
cleanup() {
  for pid in "${children[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$data"
}
trap cleanup EXIT
trap 'exit 143' TERM INT

# Never pick up a developer's real credentials.
export ALIBABA_CLOUD_ACCESS_KEY_ID= ALIBABA_CLOUD_ACCESS_KEY_SECRET= ALIBABA_CLOUD_SECURITY_TOKEN=
export ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true ALIBABA_CLOUD_CREDENTIALS_FILE=/nonexistent ALIBABA_CLOUD_ECS_METADATA_DISABLED=true
export PORTHOLE_HOST=127.0.0.1 PORTHOLE_DATA_DIR="$data"
cd "$root"

case "$mode" in
  main)
    PORTHOLE_LOG_LEVEL=warn pnpm --silent --filter @porthole/bff start &
    children+=($!)
    ;;
  canary)
    : "${E2E_CANARY_KEY_ID:?}" "${E2E_CANARY_KEY_SECRET:?}" "${E2E_CANARY_CLOUD_PORT:?}"
    LOCALCLOUD_PORT="$E2E_CANARY_CLOUD_PORT" LOCALCLOUD_ACCESS_KEY_ID="$E2E_CANARY_KEY_ID" \
      LOCALCLOUD_ACCESS_KEY_SECRET="$E2E_CANARY_KEY_SECRET" LOCALCLOUD_TIMING=fast LOCALCLOUD_STATE_FILE= \
      pnpm --silent --filter @porthole/localcloud start >"$output/canary-localcloud.log" 2>&1 &
    children+=($!)
    for _ in $(seq 100); do
      grep -q 'listening on' "$output/canary-localcloud.log" 2>/dev/null && break
      sleep 0.2
    done
    # The most talkative level, so the test searches as many log lines as the BFF can write.
    ALIBABA_CLOUD_ACCESS_KEY_ID="$E2E_CANARY_KEY_ID" ALIBABA_CLOUD_ACCESS_KEY_SECRET="$E2E_CANARY_KEY_SECRET" \
      PORTHOLE_CLOUD_ENDPOINT="127.0.0.1:$E2E_CANARY_CLOUD_PORT" PORTHOLE_LOG_LEVEL=trace \
      pnpm --silent --filter @porthole/bff start >"$output/canary-bff.log" 2>&1 &
    children+=($!)
    ;;
  *) echo "e2e-server.sh: unknown mode $mode" >&2; exit 2 ;;
esac
wait -n
