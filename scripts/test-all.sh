#!/usr/bin/env bash
# Runs every test of every module: unit and contract tests (*Test), and the integration tests (*IT)
# against local AWS emulators, which this script starts and stops (see scripts/with-emulators.sh).
# Usage: scripts/test-all.sh [extra Maven arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
exec scripts/with-emulators.sh mvn -B -Dstyle.color=never verify "$@"
