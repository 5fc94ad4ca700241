#!/usr/bin/env bash
# Pictures of the product for the README: starts the Development demo site on a free port with a fresh database, and
# saves phone and desktop screenshots of a lesson, a quiz, the proficiency dashboard and a certificate to docs/images/.
# With --measure it prints Lighthouse mobile scores and the lesson page's load at 400 kbps / 400 ms instead
# (docs/benchmarks.md). Needs Debian's chromium, ghostscript and pngquant (installed when missing) and Node (npm ci in
# scripts/pictures).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v gs > /dev/null || missing+=(ghostscript)
command -v pngquant > /dev/null || missing+=(pngquant)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" > /dev/null
fi
[ -d scripts/pictures/node_modules ] || (cd scripts/pictures && npm ci --no-audit --no-fund --silent)

work=$(mktemp -d)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
dotnet build Dice.Lms.Web -c Release -nologo -v quiet > "$work/build.log"
DOTNET_ENVIRONMENT=Development ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$port" \
  dotnet run --project Dice.Lms.Web -c Release --no-build --no-launch-profile -- \
  --ConnectionStrings:Lms="Data Source=$work/lms.db" \
  --Lms:Email:PickupDirectory="$work/mail" \
  --Lms:Certificates:KeyFile="$work/certificate-code.key" \
  --Lms:Credentials:KeyFolder="$work/credential-keys" \
  --Lms:PublicBaseUrl="http://127.0.0.1:$port" > "$work/site.log" 2>&1 &
site=$!
trap 'kill "$site" 2> /dev/null; wait "$site" 2> /dev/null; rm -rf "$work"' EXIT

for _ in $(seq 1 180); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/" && break
  kill -0 "$site" 2> /dev/null || { cat "$work/site.log" >&2; exit 1; }
  sleep 1
done

if [ "${1:-}" = --measure ]; then
  CHROME_PATH=/usr/bin/chromium node scripts/pictures/measure.mjs "http://127.0.0.1:$port"
  exit 0
fi
node scripts/pictures/screenshots.mjs "http://127.0.0.1:$port" "$root/docs/images"
# Fewer colours, same look: every picture stays small enough for the README on a slow connection.
for png in docs/images/*.png; do
  pngquant --force --skip-if-larger --quality 70-95 --output "$png" "$png" || true
done
ls -l docs/images/*.png | awk '{ printf "%7d %s\n", $5, $9 }'
