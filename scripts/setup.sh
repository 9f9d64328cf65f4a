#!/usr/bin/env bash
# One-time set-up on a fresh Debian machine: the system Chromium (browser tests drive it;
# Playwright's own browser download needs internet access this project does not assume)
# and the npm dependencies from the lock file.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
chromium --version

npm ci --no-audit --no-fund
