#!/usr/bin/env bash
# Runs every test of every module: unit and contract tests (*Test), and the integration tests (*IT)
# against local AWS emulators, which this script starts and stops (see scripts/with-emulators.sh).
# It first checks what the tests need, and says what is missing and how to install it.
# Usage: scripts/test-all.sh [extra Maven arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
# The major version of a "x.y.z" or "vx.y.z" version string.
major() { sed -E 's/^[^0-9]*([0-9]+).*/\1/' <<<"$1"; }

if ! command -v java >/dev/null 2>&1; then
  missing+=("Java 17 or later: apt-get install openjdk-17-jdk-headless, or https://adoptium.net")
else
  java_version=$(java -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | sed -n 1p)
  if [ "$(major "$java_version")" -lt 17 ]; then
    missing+=("Java 17 or later (this is $java_version): apt-get install openjdk-17-jdk-headless, or https://adoptium.net")
  fi
fi
if ! command -v mvn >/dev/null 2>&1; then
  missing+=("Maven 3.8 or later: apt-get install maven, or https://maven.apache.org/download.cgi")
fi
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  missing+=("Node.js 18 or later with npm, for the AWS emulators: apt-get install nodejs npm, or https://nodejs.org")
elif [ "$(major "$(node --version)")" -lt 18 ]; then
  missing+=("Node.js 18 or later (this is $(node --version)): https://nodejs.org")
fi
if ! command -v curl >/dev/null 2>&1; then
  missing+=("curl, to wait for the emulators: apt-get install curl")
fi
# The browser tests drive a real Chromium; the tests look where Debian installs it unless told otherwise.
chromium=${ROLECALL_CHROMIUM:-/usr/bin/chromium}
chromedriver=${ROLECALL_CHROMEDRIVER:-/usr/bin/chromedriver}
if [ ! -x "$chromium" ] || [ ! -x "$chromedriver" ]; then
  missing+=("Chromium and its chromedriver, for the browser tests of the pages and reports: apt-get install chromium \
chromium-driver (Debian, Ubuntu); elsewhere install both and set ROLECALL_CHROMIUM and ROLECALL_CHROMEDRIVER to their \
paths (looked for: $chromium, $chromedriver)")
fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "scripts/test-all.sh: the tests need what this machine lacks:" >&2
  for need in "${missing[@]}"; do
    echo "  - $need" >&2
  done
  exit 2
fi

exec scripts/with-emulators.sh mvn -B -Dstyle.color=never verify "$@"
