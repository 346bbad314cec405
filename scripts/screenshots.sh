#!/usr/bin/env bash
# Takes the pictures the README and docs/ show, from the Acme demo, in headless Chromium at 1200 and 400 px:
# the quarterly and weekly reports and a holder's acceptance page. Run it after changing what they look like.
#   scripts/screenshots.sh            writes docs/screenshots/*.png and docs/quarterly-report.png
set -euo pipefail
cd "$(dirname "$0")/.."
chromium=${ROLECALL_CHROMIUM:-/usr/bin/chromium}
out=docs/screenshots
mkdir -p "$out"

demo=$(examples/acme/demo.sh 2>/dev/null | tail -n 1)
work=$(grep -o '/[^ ]*rolecall-acme-demo\.[A-Za-z0-9]*' <<<"$demo" | sed -n 1p)
[ -d "$work" ] || { echo "scripts/screenshots.sh: the demo did not say where its reports are" >&2; exit 1; }

shoot() { # URL WIDTH HEIGHT FILE
  "$chromium" --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size="$2,$3" \
    --screenshot="$4" "$1" >/dev/null 2>&1
}

for width in 1200 400; do
  shoot "file://$work/outbox/quarterly-2026-Q4.html" "$width" 1500 "$out/quarterly-$width.png"
  shoot "file://$work/outbox/weekly-2026-W49.html" "$width" 1500 "$out/weekly-$width.png"
done
cp "$out/quarterly-1200.png" docs/quarterly-report.png

# A holder's page, served from the demo's state as 'rolecall serve' serves it.
port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});')
# Ada's reminder of today: the ISMS manager's duties come first, with the questions of the comprehension check.
link=$(grep -l "Hello Ada Lovelace" "$work"/outbox/notices/notice-2026-11-30-*.txt | xargs cat \
  | grep -oE 'http://127\.0\.0\.1:8080/ack/[A-Za-z0-9_-]+' | sed -n 1p)
ROLECALL_ALLOW_FUTURE_AS_OF=1 bin/rolecall serve --state "$work/state" --port "$port" \
  --public-url "http://127.0.0.1:$port" >/dev/null 2>&1 &
serve=$!
trap 'kill "$serve" 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  curl -s -o /dev/null "http://127.0.0.1:$port/ack/x" && break
  sleep 0.1
done
for width in 1200 400; do
  shoot "${link/8080/$port}" "$width" 1500 "$out/acceptance-page-$width.png"
done
echo "Wrote $(ls "$out" | tr '\n' ' ')and docs/quarterly-report.png"
