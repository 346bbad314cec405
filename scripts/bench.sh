#!/usr/bin/env bash
# Reruns RoleCall's benchmarks; the README quotes their output.
#   scripts/bench.sh scan     100,000-person scan, java -Xmx1g (the 'rolecall bench' command)
#   scripts/bench.sh acknowledgements
#                             who is owed a notice, 100,000 people x 50 roles, and 'rolecall serve' under
#                             load; on 2 cores (taskset) when the machine has more
#   scripts/bench.sh okta     Okta connector against a local stub, 100,000 users, java -Xmx512m
#   scripts/bench.sh google   Google connector against a local stub, 100,000 users, java -Xmx512m
#   scripts/bench.sh entra    Entra ID connector against a local HTTPS Graph stub, 100,000 users, java -Xmx512m
#   scripts/bench.sh entra-choice
#                             cold start of the Microsoft Graph SDK against the Entra connector (downloads the SDK)
#   scripts/bench.sh lambda   The functions over the local AWS emulators: artifact sizes, cold starts
#                             against a baseline, DynamoDB writes of an unchanged 10,000-person scan
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-scan}

# Builds MODULE and writes its test classpath to MODULE/target/bench.cp.
build_with_test_classpath() {
  mvn -q -B -Dstyle.color=never -DskipTests -pl "$1" -am package dependency:build-classpath \
    -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test >&2
}

# Runs a main class of MODULE's test sources, from inside MODULE: run_test_main MODULE HEAP MAIN [ARGS...]
run_test_main() {
  local module=$1 heap=$2 main=$3
  (cd "$module" && java "-Xmx$heap" -cp "target/test-classes:target/classes:$(cat target/bench.cp)" \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn "$main" "${@:4}")
}

connector_bench() {
  build_with_test_classpath "$1"
  run_test_main "$1" 512m "$2" "${@:3}"
}

case "$what" in
  scan)
    [ -f cli/target/rolecall.jar ] || mvn -q -B -Dstyle.color=never -DskipTests package >&2
    java -Xmx1g -jar cli/target/rolecall.jar bench "${@:2}"
    ;;
  acknowledgements)
    [ -f cli/target/rolecall.jar ] || mvn -q -B -Dstyle.color=never -DskipTests package >&2
    pin=()
    if command -v taskset >/dev/null 2>&1 && [ "$(nproc)" -gt 2 ]; then
      pin=(taskset -c 0,1)
    fi
    "${pin[@]}" java -Xmx1g -jar cli/target/rolecall.jar bench acknowledgements "${@:2}"
    ;;
  okta)
    connector_bench connectors/okta io.rolecall.connector.okta.bench.OktaReadBenchmark "${@:2}"
    ;;
  google)
    connector_bench connectors/google io.rolecall.connector.google.bench.GoogleReadBenchmark "${@:2}"
    ;;
  entra)
    # The stub's test certificate is trusted as in the tests.
    JAVA_TOOL_OPTIONS="-Djavax.net.ssl.trustStore=$PWD/connectors/entra/src/test/resources/graph-stub-trust.p12 \
-Djavax.net.ssl.trustStorePassword=changeit -Djavax.net.ssl.trustStoreType=PKCS12" \
      connector_bench connectors/entra io.rolecall.connector.entra.bench.EntraReadBenchmark "${@:2}"
    ;;
  entra-choice)
    scripts/entra-choice/run.sh
    ;;
  lambda)
    mvn -q -B -Dstyle.color=never -DskipTests -pl functions/scan,functions/reports,functions/acknowledge -am package >&2
    build_with_test_classpath functions/stack
    scripts/with-emulators.sh bash -c "$(declare -f run_test_main); run_test_main functions/stack 1g io.rolecall.functions.LambdaBenchmark"
    ;;
  *)
    echo "usage: scripts/bench.sh scan|acknowledgements|okta|google|entra|entra-choice|lambda" >&2
    exit 2
    ;;
esac
