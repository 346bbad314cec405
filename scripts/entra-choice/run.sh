#!/usr/bin/env bash
# Cold start of the Microsoft Graph SDK against RoleCall's Entra connector: each reads the users of a
# two-user tenant from the same local HTTPS stub, in fresh JVMs with Lambda's flags; prints each run
# (time from JVM start to the page read) and the jar sizes. Run through scripts/bench.sh entra-choice.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
cd "$here"
mvn -q -B -Dstyle.color=never -f "$repo/pom.xml" -DskipTests -pl connectors/entra -am install >&2
mvn -q -B -Dstyle.color=never compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt >&2
cp="target/classes:$(cat target/cp.txt)"
ours="target/classes:$(grep -o '[^:]*\(rolecall\|msal4j\|azure-json\|jackson\|slf4j\|wiremock\)[^:]*' target/cp.txt | paste -sd:)"
trust="-Djavax.net.ssl.trustStore=$repo/connectors/entra/src/test/resources/graph-stub-trust.p12"
trust="$trust -Djavax.net.ssl.trustStorePassword=changeit -Djavax.net.ssl.trustStoreType=PKCS12"
flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
stub_out=$(mktemp)
java -cp "$cp" StubServer >"$stub_out" 2>/dev/null &
stub=$!
trap 'kill $stub 2>/dev/null || true; rm -f "$stub_out"' EXIT
for _ in $(seq 1 50); do [ -s "$stub_out" ] && break; sleep 0.2; done
root=$(head -1 "$stub_out")
sdk_jar=$(tr ':' '\n' < target/cp.txt | grep 'microsoft-graph-[0-9]')
echo "Microsoft Graph SDK jar: $(du -h "$sdk_jar" | cut -f1); its dependencies with azure-identity: $(tr ':' '\n' < target/cp.txt | grep -v "rolecall\|wiremock" | xargs du -ch | tail -1 | cut -f1)"
for _ in 1 2 3 4 5; do
  java $flags $trust -cp "$cp" SdkClient "$root" 2>/dev/null | tail -1
  java $flags $trust -cp "$ours" MsalClient "$root" 2>/dev/null | tail -1
done
