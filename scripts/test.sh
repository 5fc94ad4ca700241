#!/usr/bin/env bash
# Runs every test of Dice LMS on a fresh Debian machine: installs what the tests need (Debian's Chromium for the
# browser tests, aiosmtpd for the e-mail tests, zbar-tools to read certificates' QR codes, postgresql for a throw-away
# server the provider tests run on (scripts/with-postgres.sh), nginx and openssl for the two web nodes behind a TLS
# proxy, sqlite3 for the documented backup, the npm learning record store for the xAPI tests), builds, runs all NUnit
# projects and ends with one line:
#   N passed, N failed, N skipped
# Exit code 0 only when every test ran and passed. Arguments go to `dotnet test` (scripts/test.sh --filter Name~Quiz).
#
# scripts/test.sh --fast [ARG...]: the quick loop while changing code: the domain, infrastructure and web tests that
# need no other process, server or browser (NUnit categories in tests/Shared/Needs.cs; the PostgreSQL runs of the
# provider tests); nothing is installed. It ends with the same counts line. CI and the final check before a commit
# run everything.
set -euo pipefail
cd "$(dirname "$0")/.."

fast=false
if [ "${1:-}" = "--fast" ]; then
  fast=true
  shift
fi

need=()
if ! $fast; then
  [ -x /usr/bin/chromium ] || need+=(chromium)
  /usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || need+=(python3-aiosmtpd)
  [ -x /usr/bin/zbarimg ] || need+=(zbar-tools)
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
  [ -x /usr/sbin/nginx ] || need+=(nginx)
  command -v openssl >/dev/null || need+=(openssl)
  [ -x /usr/bin/sqlite3 ] || need+=(sqlite3)
  if [ ${#need[@]} -gt 0 ]; then
    echo "Installing ${need[*]} from Debian's packages"
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
  fi
  [ -x /usr/bin/chromium ] || { echo "chromium is still missing: browser tests cannot run" >&2; exit 1; }
  /usr/bin/python3 -c 'import aiosmtpd' || { echo "python3-aiosmtpd is still missing: e-mail tests cannot run" >&2; exit 1; }
  [ -x /usr/bin/zbarimg ] || { echo "zbar-tools (zbarimg) is still missing: certificate QR code tests cannot run" >&2; exit 1; }
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { echo "postgresql is still missing: provider tests cannot run" >&2; exit 1; }
  [ -x /usr/sbin/nginx ] || { echo "nginx is still missing: the two-node tests behind nginx cannot run" >&2; exit 1; }
  command -v openssl >/dev/null || { echo "openssl is still missing: the two-node tests cannot make nginx's certificate" >&2; exit 1; }
  [ -x /usr/bin/sqlite3 ] || { echo "sqlite3 is still missing: the backup and restore test cannot run" >&2; exit 1; }
  # The xAPI tests send to a real learning record store (npm xapi-statements, pinned in tests/lrs/package-lock.json).
  if [ ! -f tests/lrs/node_modules/xapi-statements/dist/index.js ]; then
    command -v npm >/dev/null || { echo "npm is missing: the xAPI tests need Node.js to run their learning record store" >&2; exit 1; }
    echo "Installing the learning record store for the xAPI tests (tests/lrs)"
    (cd tests/lrs && npm ci --no-audit --no-fund --loglevel=error) || { echo "npm ci in tests/lrs failed: xAPI tests cannot run" >&2; exit 1; }
  fi
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore >/dev/null
dotnet build Dice.Lms.sln -c Release -warnaserror -nologo -v quiet

results="TestResults"
rm -rf "$results"
status=0
if $fast; then
  echo "Fast loop: tests that need another process, a server or a browser are left out; scripts/test.sh runs them all."
  dotnet test Dice.Lms.sln -c Release --no-build --filter "TestCategory!=Process&TestCategory!=Browser&FullyQualifiedName!~PostgreSql" \
    --logger "trx" --results-directory "$results" "$@" -- NUnit.NumberOfTestWorkers=1 || status=$?
else
  scripts/with-postgres.sh dotnet test Dice.Lms.sln -c Release --no-build --logger "trx" --results-directory "$results" "$@" -- NUnit.NumberOfTestWorkers=1 || status=$?
fi

# Add up the counters of every project's TRX file.
read -r total passed failed skipped < <(python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
t = p = f = s = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(path).getroot().find(".//{*}Counters")
    t += int(c.get("total")); p += int(c.get("passed"))
    f += int(c.get("failed")) + int(c.get("error")) + int(c.get("timeout")) + int(c.get("aborted"))
    s += int(c.get("notExecuted")) + int(c.get("inconclusive"))
print(t, p, f, s)
PY
)
if [ "$total" -eq 0 ]; then
  echo "no tests ran" >&2
  status=1
fi
[ "$failed" -eq 0 ] && [ "$skipped" -eq 0 ] || status=1
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
