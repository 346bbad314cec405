#!/usr/bin/env bash
# Reruns RoleCall's benchmarks; the README quotes their output.
#   scripts/bench.sh scan     100,000-person scan, java -Xmx1g (the 'rolecall bench' command)
#   scripts/bench.sh fresh [RUNS]
#                             an unchanged 100,000-person scan as fresh processes: plain java -jar, and
#                             bin/rolecall with and without its class-data-sharing archive, against a bare
#                             Jackson pass in a JVM of its own (medians of RUNS, default 7)
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
  fresh)
    runs=${2:-7}
    [ -f cli/target/rolecall.jar ] || mvn -q -B -Dstyle.color=never -DskipTests package >&2
    work=$(mktemp -d "${TMPDIR:-/tmp}/rolecall-fresh.XXXXXX")
    trap 'rm -rf "$work"' EXIT
    bin/rolecall bench --files-only --people 100000 --work "$work" >&2
    scan=(scan --directory "$work/directory-day1.json" --roles "$work/roles.yaml" --state "$work/state"
          --as-of 2026-11-30 --format json)
    export ROLECALL_ALLOW_FUTURE_AS_OF=1
    bin/rolecall "${scan[@]}" > /dev/null   # the first scan; every timed one finds nothing changed
    # Prints the median wall time in seconds of RUNS runs of the command given.
    median() {
      for _ in $(seq "$runs"); do
        start=$(date +%s%N)
        "$@" > /dev/null
        echo $(( $(date +%s%N) - start ))
      done | sort -n | awk '{ t[NR] = $1 } END { printf "%.3f", t[int((NR + 1) / 2)] / 1e9 }'
    }
    bare=$(median java -cp cli/target/rolecall.jar io.rolecall.cli.BareJsonPass "$work/directory-day1.json")
    with=$(median bin/rolecall "${scan[@]}")
    without=$(ROLECALL_CDS=off median bin/rolecall "${scan[@]}")
    plain=$(median java -jar cli/target/rolecall.jar "${scan[@]}")
    echo "Unchanged 100,000-person scan as a fresh process, medians of $runs ($(java -version 2>&1 | sed -n 1p)):"
    echo
    echo "| run | wall time | / bare pass |"
    echo "|---|---:|---:|"
    echo "| bare Jackson pass over the export, a JVM of its own | ${bare} s | 1.0 |"
    awk -v b="$bare" -v w="$plain" 'BEGIN { printf "| java -jar cli/target/rolecall.jar scan (no launcher) | %s s | %.1f |\n", w, w / b }'
    awk -v b="$bare" -v w="$without" 'BEGIN { printf "| bin/rolecall scan, without the archive | %s s | %.1f |\n", w, w / b }'
    awk -v b="$bare" -v w="$with" 'BEGIN { printf "| bin/rolecall scan, with its class-data-sharing archive | %s s | %.1f |\n", w, w / b }'
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
    echo "usage: scripts/bench.sh scan|fresh|acknowledgements|okta|google|entra|entra-choice|lambda" >&2
    exit 2
    ;;
esac
