#!/usr/bin/env bash
# Runs every test of every module: unit tests, contract tests and CLI tests.
# Usage: scripts/test-all.sh [extra Maven arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
exec mvn -B -Dstyle.color=never verify "$@"
