#!/usr/bin/env bash
# Builds RoleCall if needed and scans the Acme example the way a real deployment would have:
# first the company's directory export of 2026-08-03 (quietly), when its role holders were sent
# their duties to accept, again on 2026-09-15 when the gaps were overdue and nonconformities were
# raised (one of them is then worked on), then today's export, so that the scan can show findings that need history
# (vanished leavers, movers, duties never accepted), with the HR export beside it (leavers, coverage
# gaps); then a leaver's backup accepts to take his role over. Extra arguments go
# to the final scan, for example: examples/acme/demo.sh --format json. The state and the reports stay
# in a new folder under $TMPDIR, which the last line names.
set -euo pipefail

if ! command -v curl > /dev/null 2>&1; then
  echo "The demo needs curl, to accept a handover on its page as a browser would: install it" \
    "(Debian and Ubuntu: apt-get install curl; macOS has it) and run the demo again." >&2
  exit 2
fi

repo=$(cd "$(dirname "$0")/../.." && pwd)
jar="$repo/cli/target/rolecall.jar"
rolecall="$repo/bin/rolecall"
acme="$repo/examples/acme"

# Rebuild when the jar is missing or any source is newer than it.
if [ ! -f "$jar" ] || [ -n "$(find "$repo" \( -name target -o -name node_modules -o -name .git \) -prune -o \
        \( -name '*.java' -o -name 'pom.xml' \
        -o -name '*.mustache' -o -name '*.yaml' -path '*/src/*' \) -newer "$jar" -print -quit)" ]; then
  echo "Building RoleCall (the command only, tests skipped; run scripts/test-all.sh for the tests)..." >&2
  (cd "$repo" && mvn -q -B -Dstyle.color=never -DskipTests package -pl cli -am) >&2
fi

# Acme's story is dated (its "today" is 2026-11-30); a machine whose clock is behind that must still
# be able to tell it, so the demo may date scans ahead of the clock.
export ROLECALL_ALLOW_FUTURE_AS_OF=1

work=$(mktemp -d "${TMPDIR:-/tmp}/rolecall-acme-demo.XXXXXX")
state="$work/state"
# Where 'rolecall serve' below would show the acceptance pages the notices link to.
pages=http://127.0.0.1:8080

# In August Olga was still the data protection lead; Kate took over in September.
august_roles="$work/roles-2026-08.yaml"
sed 's/primary: \[kate@acme.example\]/primary: [olga@acme.example]/' "$acme/roles.yaml" > "$august_roles"
"$rolecall" scan --directory "$acme/history/directory-2026-08-03.json" --roles "$august_roles" \
  --state "$state" --as-of 2026-08-03 --format json > /dev/null
"$rolecall" notify --state "$state" --as-of 2026-08-03 --public-url "$pages" --out "$work/outbox/notices" \
  > /dev/null
# Acme's LMS export of role training: Dan's incident response training ran out in June.
"$rolecall" training import "$acme/training.csv" --state "$state" --as-of 2026-08-03 --by ada@acme.example \
  > /dev/null
# Mid-September nothing had been fixed: the August gaps were overdue, and RoleCall raised a
# nonconformity (clause 10.2) for each. The ISMS manager planned and took action on one of them.
"$rolecall" scan --directory "$acme/history/directory-2026-08-03.json" --roles "$acme/roles.yaml" \
  --state "$state" --as-of 2026-09-15 --format json > /dev/null
"$rolecall" activity done access-review --on 2026-09-14 --evidence "https://jira.acme.example/browse/SEC-412" \
  --state "$state" --as-of 2026-09-15 --by erin@acme.example > /dev/null
"$rolecall" nc update NC-2026-005 --state "$state" --as-of 2026-09-16 --by ada@acme.example \
  --root-cause "Service accounts were added to role lists to cover absences" \
  --action "Name a person as it-admin backup; check role lists in every access review" \
  --owner it-admin --target 2026-10-15 > /dev/null
"$rolecall" nc update NC-2026-005 --state "$state" --as-of 2026-10-01 --by ada@acme.example \
  --action-taken --note "Asked Linus to take over from svc-backup" > /dev/null
echo "(Replayed Acme's directory of 2026-08-03 into $state, told its role holders their duties, let the" \
  "gaps become overdue on 2026-09-15 (nonconformities raised) and planned and took action on NC-2026-005;" \
  "now scanning today's export, with the HR export beside it.)" >&2
echo >&2

# A holder accepts on the page their notice links to, as they would in a browser: the page served by
# 'rolecall serve' (on a free port), read (which records nothing), then its form sent with the box ticked.
accept_on_page() {
  local notice=$1 path serve_pid port form
  path=$(grep -o "$pages/ack/[A-Za-z0-9_-]*" "$notice" | head -n 1)
  path=${path#"$pages"}
  "$rolecall" serve --state "$state" --port 0 --public-url "$pages" > "$work/serve.log" 2>&1 &
  serve_pid=$!
  # Stopped however this ends, a failed request included.
  trap 'kill "$serve_pid" 2>/dev/null' EXIT
  for _ in $(seq 1 150); do
    grep -q '^Serving' "$work/serve.log" && break
    sleep 0.1
  done
  port=$(sed -n 's|.* on http://127\.0\.0\.1:\([0-9]*\)/ack/.*|\1|p' "$work/serve.log")
  form=$(curl -fsS "http://127.0.0.1:$port$path" | sed -n 's/.*name="form" value="\([^"]*\)".*/\1/p' | head -n 1)
  curl -fsS -o /dev/null --data-urlencode "form=$form" --data "accept=yes" "http://127.0.0.1:$port$path"
  kill "$serve_pid"
  wait "$serve_pid" 2>/dev/null || true
  trap - EXIT
}

set +e
# Today Acme also reads its HR export: who leaves when, and who is away over the holidays.
"$rolecall" scan --directory "$acme/directory.json" --roles "$acme/roles.yaml" \
  --hr file --hr-setting HR_FILE="$acme/hr.csv" --state "$state" --as-of 2026-11-30 "$@"
status=$?
set -e
if [ "$status" -eq 0 ]; then
  "$rolecall" notify --state "$state" --as-of 2026-11-30 --public-url "$pages" --out "$work/outbox/notices" \
    | tail -n 1 >&2
  echo >&2
  # roles.yaml still lists svc-backup: the action was not effective, and RoleCall reopened the NC.
  "$rolecall" nc show NC-2026-005 --state "$state" >&2
  echo >&2
  "$rolecall" calendar --state "$state" --as-of 2026-11-30 >&2
  echo >&2
  "$rolecall" report weekly --state "$state" --out "$work/outbox" --as-of 2026-11-30 >&2
  "$rolecall" report quarterly --state "$state" --out "$work/outbox" --as-of 2026-11-30 >&2
  echo >&2
  # Frank leaves on 2026-12-15: Gina, his backup, was just asked to take People and HR Lead over, and
  # accepts. From that day the scans count her as its primary; roles.yaml should say so too.
  accept_on_page "$(grep -l "Hello Gina Rossi" "$work"/outbox/notices/handover-*.txt)"
  echo "Handovers (Gina has just accepted to take over from Frank; the others wait for their successors):"
  "$rolecall" handover list --state "$state"
  echo
  echo "What 'rolecall handover patch --roles roles.yaml' writes into roles.yaml, for the compliance manager to commit:"
  "$rolecall" handover patch --roles "$acme/roles.yaml" --state "$state" \
    | diff -u --label roles.yaml --label "roles.yaml, handed over" "$acme/roles.yaml" - || true
  echo
  echo "To accept duties as a holder would: bin/rolecall serve --state $state --port 8080" \
    "--public-url $pages, then open a link in one of today's reminders, $work/outbox/notices/notice-2026-11-30-*.html" >&2
  echo "Reports (open them in a browser): $work/outbox/weekly-2026-W49.html and" \
    "$work/outbox/quarterly-2026-Q4.html, with .txt and .eml beside them; the folder $work is kept."
fi
exit "$status"
