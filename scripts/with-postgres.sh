#!/usr/bin/env bash
# Runs a command beside a throw-away PostgreSQL: a new cluster in a temporary folder, listening on a free loopback port,
# stopped and deleted when the command ends, whatever happens. The command finds the server's connection string in
# DICE_TEST_POSTGRES (superuser "postgres", no password); each test creates and drops its own database there.
# Usage: scripts/with-postgres.sh COMMAND [ARG...]
#   scripts/with-postgres.sh dotnet test tests/Dice.Lms.Web.Tests -c Release --filter FullyQualifiedName~PostgreSql
# DICE_POSTGRES_DURABLE=1 keeps PostgreSQL's durable defaults (fsync, synchronous_commit, full_page_writes on).
# Needs Debian's postgresql (scripts/test.sh installs it when missing).
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: scripts/with-postgres.sh COMMAND [ARG...]" >&2; exit 2; }

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] && [ -x "$bin/initdb" ] || { echo "PostgreSQL is not installed (Debian: apt-get install postgresql)" >&2; exit 1; }

# The server refuses to run as root: as root it runs as the postgres account, otherwise as the caller.
as=()
[ "$(id -u)" -ne 0 ] || as=(runuser -u postgres --)
folder=$(mktemp -d -t dice-postgres.XXXXXX)
[ "$(id -u)" -ne 0 ] || chown postgres: "$folder"
stop() {
  "${as[@]}" "$bin/pg_ctl" -D "$folder/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$folder"
}
trap stop EXIT
trap 'exit 130' INT TERM

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# Tests need no durability: no waits for the disk, unless DICE_POSTGRES_DURABLE=1 (benchmarks: PostgreSQL's defaults,
# every commit flushed to disk, as SQLite's default does).
durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
[ "${DICE_POSTGRES_DURABLE:-0}" != 1 ] || durability=""
# C.UTF-8: text compares by code point, as SQLite does, whatever the machine's locale.
"${as[@]}" "$bin/initdb" -D "$folder/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 \
  || { cat "$folder/initdb.log" >&2; exit 1; }
"${as[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $folder $durability -c max_connections=300" start >/dev/null \
  || { cat "$folder/server.log" >&2; exit 1; }

export DICE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
status=0
"$@" || status=$?
exit $status
