#!/usr/bin/env bash
# Reruns RoleCall's benchmarks; the README quotes their output.
#   scripts/bench.sh scan     100,000-person scan, java -Xmx1g (the 'rolecall bench' command)
#   scripts/bench.sh okta     Okta connector against a local stub, 100,000 users, java -Xmx512m
#   scripts/bench.sh google   Google connector against a local stub, 100,000 users, java -Xmx512m
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-scan}

connector_bench() {
  local module=$1 main=$2
  mvn -q -B -Dstyle.color=never -DskipTests -pl "$module" -am package dependency:build-classpath \
    -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test >&2
  java -Xmx512m -cp "$module/target/test-classes:$module/target/classes:$(cat "$module/target/bench.cp")" \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn "$main" "${@:3}"
}

case "$what" in
  scan)
    [ -f cli/target/rolecall.jar ] || mvn -q -B -Dstyle.color=never -DskipTests package >&2
    java -Xmx1g -jar cli/target/rolecall.jar bench "${@:2}"
    ;;
  okta)
    connector_bench connectors/okta io.rolecall.connector.okta.bench.OktaReadBenchmark "${@:2}"
    ;;
  google)
    connector_bench connectors/google io.rolecall.connector.google.bench.GoogleReadBenchmark "${@:2}"
    ;;
  *)
    echo "usage: scripts/bench.sh scan|okta|google" >&2
    exit 2
    ;;
esac
