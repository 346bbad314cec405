#!/usr/bin/env bash
# Runs a command with local AWS emulators up, and stops them afterwards:
#   DynamoDB  dynalite          (npm)    SES  aws-ses-v2-local (npm)    S3  s3rver (npm)
#   EventBridge, Secrets Manager, CloudFormation and STS: WireMock standalone (Maven Central), stubbed by
#   the tests.
# The SDK finds them through AWS_ENDPOINT_URL_* variables, so production code needs no override.
# Usage: scripts/with-emulators.sh COMMAND [ARGS...]
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
emulators="$repo/emulators"
wiremock_version=3.13.2

# Install the emulators from the lockfile, and WireMock from Maven Central, if not there yet.
if [ ! -d "$emulators/node_modules/dynalite" ] || [ "$emulators/package-lock.json" -nt "$emulators/node_modules" ]; then
  (cd "$emulators" && npm ci --no-audit --no-fund --loglevel=error) >&2
fi
wiremock_jar="$emulators/.bin/wiremock-standalone-$wiremock_version.jar"
if [ ! -f "$wiremock_jar" ]; then
  mvn -q -B -Dstyle.color=never dependency:copy -Dartifact="org.wiremock:wiremock-standalone:$wiremock_version" \
    -DoutputDirectory="$emulators/.bin" >&2
fi

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});'
}

pids=()
work=$(mktemp -d "${TMPDIR:-/tmp}/rolecall-emulators.XXXXXX")
cleanup() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

dynamodb_port=$(free_port); ses_port=$(free_port); s3_port=$(free_port); wiremock_port=$(free_port)

# Each is started as a plain background command, so that $! is the server's own PID.
node "$emulators/node_modules/dynalite/cli.js" --host 127.0.0.1 --port "$dynamodb_port" \
  --createTableMs 0 --deleteTableMs 0 --updateTableMs 0 > "$work/dynalite.log" 2>&1 &
pids+=($!)
node "$emulators/node_modules/aws-ses-v2-local/dist/cli.js" --host 127.0.0.1 --port "$ses_port" \
  > "$work/ses.log" 2>&1 &
pids+=($!)
mkdir -p "$work/s3"
node "$emulators/node_modules/s3rver/bin/s3rver.js" --address 127.0.0.1 --port "$s3_port" \
  --directory "$work/s3" --silent > "$work/s3rver.log" 2>&1 &
pids+=($!)
mkdir -p "$work/wiremock"   # its root folder, so no mappings/ or __files/ appear in the caller's folder
java -jar "$wiremock_jar" --bind-address 127.0.0.1 --port "$wiremock_port" --disable-banner \
  --root-dir "$work/wiremock" > "$work/wiremock.log" 2>&1 &
pids+=($!)

wait_for() {
  local name=$1 url=$2
  for _ in $(seq 1 200); do
    if curl -s -o /dev/null "$url"; then
      return 0
    fi
    sleep 0.1
  done
  echo "$name did not start; its log:" >&2
  cat "$work/$name.log" >&2
  exit 1
}
wait_for dynalite "http://127.0.0.1:$dynamodb_port/"
wait_for ses "http://127.0.0.1:$ses_port/health-check"
wait_for s3rver "http://127.0.0.1:$s3_port/"
wait_for wiremock "http://127.0.0.1:$wiremock_port/__admin/mappings"

export AWS_REGION=us-east-1
export AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER   # dummy; the only pair s3rver accepts
unset AWS_SESSION_TOKEN AWS_PROFILE
export AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null
export AWS_ENDPOINT_URL_DYNAMODB="http://127.0.0.1:$dynamodb_port"
export AWS_ENDPOINT_URL_SESV2="http://127.0.0.1:$ses_port"
export AWS_ENDPOINT_URL_SES="http://127.0.0.1:$ses_port"
export AWS_ENDPOINT_URL_S3="http://127.0.0.1:$s3_port"
export AWS_ENDPOINT_URL_EVENTBRIDGE="http://127.0.0.1:$wiremock_port"
export AWS_ENDPOINT_URL_SECRETS_MANAGER="http://127.0.0.1:$wiremock_port"
# For the CLI's --stack: the stack's outputs (DescribeStacks) and who the caller is (GetCallerIdentity).
export AWS_ENDPOINT_URL_CLOUDFORMATION="http://127.0.0.1:$wiremock_port"
export AWS_ENDPOINT_URL_STS="http://127.0.0.1:$wiremock_port"

set +e
"$@"
status=$?
set -e
exit "$status"
