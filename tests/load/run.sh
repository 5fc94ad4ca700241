#!/usr/bin/env bash
# Load, fault and performance runs against a real Dice LMS process on 127.0.0.1 (see tests/load/README.md).
#
#   tests/load/run.sh [SCENARIO ...]
#
# SCENARIO: learners | submissions | kill | email | wrk | bytes | coldstart | soak | nodes | seed | all (default: all
#   but soak and nodes, in that order)
#   learners   64 learners sign in, read modules and take quizzes for 60 s: 0 server errors, requests/s, quiz
#              submissions/s, p50/p99, server peak RSS (VmHWM); every acknowledged submission checked in the database
#   submissions  learners start and answer an attempt in every module (not timed), then all post their answers at once
#              (timed), LOAD_SUBMISSION_ROUNDS (5) times: submissions/s and the server's CPU per submission; all checked
#   kill       the same load; the server is killed with SIGKILL at a random moment and restarted on the same database;
#              every acknowledged submission must be submitted and graded, PRAGMA integrity_check must say ok
#   email      a few hundred reminders queued, `email drain` to aiosmtpd killed with SIGKILL at random moments and run
#              again: no Message-Id received twice; every e-mail sent and received, or Unconfirmed (interrupted while
#              handed over: left to staff, never resent by itself)
#   wrk        a lesson page as a signed-in learner vs Kestrel serving the same bytes as a static file (wrk --latency)
#   bytes      bytes on the wire for a first visit (HTML + CSS, gzip) and a repeat visit (304 + cached CSS), with curl
#   coldstart  process start to the first 200 from /healthz: on a new database (migrations) and an already migrated one
#   seed       build and seed only (the seeded database is reused by later runs with the same LOAD_OUT)
#
# Environment: LOAD_LEARNERS (64), LOAD_DURATION (60 s), LOAD_WARMUP (20 s before the measured learners run), LOAD_MAX_REQUESTS (400000), LOAD_EMAILS (150 learners, about 3.6 reminders each),
# LOAD_WRK_DURATION (20 s), LOAD_BUILD (0: reuse the site and driver already built in LOAD_OUT), LOAD_START_TIMEOUT (60 s for /healthz), LOAD_SITE_SETTINGS (extra NAME=VALUE settings for the site, space-separated), LOAD_OUT (a new folder under /tmp; results and logs stay there),
# LOAD_DATABASE (sqlite, the default: a SQLite file per scenario; postgresql: a database per scenario on a throw-away
# server started with scripts/with-postgres.sh, or on the server named by DICE_TEST_POSTGRES when it is set; the site and
# the verbs get Lms__Database__Provider=PostgreSql and Lms__Jobs__Storage=PostgreSql), LOAD_POSTGRES_DURABLE (1: that
# server keeps PostgreSQL's durable defaults, every commit flushed to disk as with SQLite's default; 0: the tests' settings).
# Every run is bounded: the driver stops after LOAD_DURATION or LOAD_MAX_REQUESTS, wrk after LOAD_WRK_DURATION, every
# wait has a deadline, and everything started here is stopped on exit.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/../.." && pwd)
DATABASE=${LOAD_DATABASE:-sqlite}
case $DATABASE in
  sqlite) ;;
  postgresql)
    # A throw-away server for the whole run, stopped when it ends (scripts/with-postgres.sh exports DICE_TEST_POSTGRES).
    # Durable as SQLite's default is (every commit flushed to disk) unless LOAD_POSTGRES_DURABLE=0 (the tests' settings).
    [[ -n ${DICE_TEST_POSTGRES:-} ]] || DICE_POSTGRES_DURABLE=${LOAD_POSTGRES_DURABLE:-1} exec "$REPO/scripts/with-postgres.sh" "$0" "$@" ;;
  *) echo "LOAD_DATABASE must be sqlite or postgresql, not $DATABASE" >&2; exit 2 ;;
esac
OUT=${LOAD_OUT:-$(mktemp -d /tmp/dice-load.XXXXXX)}
LEARNERS=${LOAD_LEARNERS:-64}
DURATION=${LOAD_DURATION:-60}
WARMUP=${LOAD_WARMUP:-20}
SUBMISSION_ROUNDS=${LOAD_SUBMISSION_ROUNDS:-5}
MAX_REQUESTS=${LOAD_MAX_REQUESTS:-400000}
EMAILS=${LOAD_EMAILS:-150}
WRK_DURATION=${LOAD_WRK_DURATION:-20}
PASSWORD='load-pass-2026'
COURSES=safety,devices,information,communication,content-creation,problem-solving
SITE=$OUT/site
DRIVER=$OUT/driver/Dice.Lms.Load.dll
SUMMARY=$OUT/summary.txt
mkdir -p "$OUT"
: >"$SUMMARY"

PIDS=()
cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do
    kill -9 "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT

log() { printf '%s\n' "$*" | tee -a "$SUMMARY"; }
now_ms() { date +%s%3N; }
free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# PostgreSQL: psql reaches the server of DICE_TEST_POSTGRES ("Host=...;Port=...;Username=...;Database=...") through
# libpq's variables; each data folder DATA has its own database, named after the folder.
if [[ $DATABASE == postgresql ]]; then
  pg_setting() { tr ';' '\n' <<<"$DICE_TEST_POSTGRES" | awk -F= -v k="$1" 'tolower($1) == tolower(k) {print substr($0, index($0, "=") + 1)}'; }
  PGHOST=$(pg_setting Host) PGPORT=$(pg_setting Port) PGUSER=$(pg_setting Username) PGPASSWORD=$(pg_setting Password)
  export PGHOST PGPORT="${PGPORT:-5432}" PGUSER PGPASSWORD PGDATABASE=postgres
  export PGOPTIONS='-c client_min_messages=warning'
fi
db_name() { basename "$1" | tr -c 'a-z0-9\n' _ | sed 's/^/dice_load_/'; }
pg_connection() { sed -E "s/(^|;)Database=[^;]*//I" <<<"$DICE_TEST_POSTGRES" | sed "s/\$/;Database=$(db_name "$1")/"; }
# db_sql DATA: runs the SQL script on stdin against DATA's database, printing results one value a line.
db_sql() {
  if [[ $DATABASE == postgresql ]]; then
    psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$(db_name "$1")"
  else
    sqlite3 "$1/lms.db"
  fi
}
# db_admin: the same on the server's own database (CREATE DATABASE, settings).
db_admin() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d postgres; }
# db_integrity DATA: "ok" when the database is intact: SQLite's PRAGMA integrity_check; on PostgreSQL amcheck's
# bt_index_check of every B-tree index with heapallindexed (every table row found in each of its indexes).
db_integrity() {
  if [[ $DATABASE == postgresql ]]; then
    db_sql "$1" <<'SQL' 2>&1 | tail -n 1
CREATE EXTENSION IF NOT EXISTS amcheck;
SELECT CASE WHEN count(*) >= 0 THEN 'ok' END FROM (
  SELECT bt_index_check(c.oid, true) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
  JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE a.amname = 'btree' AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND c.relpersistence <> 't') checked;
SQL
  else
    sqlite3 "$1/lms.db" 'PRAGMA integrity_check;'
  fi
}
INTEGRITY=$([[ $DATABASE == postgresql ]] && echo 'amcheck' || echo 'integrity_check')

EXTRA_VARS=(${LOAD_SITE_SETTINGS:-}) # e.g. LOAD_SITE_SETTINGS=Lms__Database__SqliteSynchronous=Normal
# Settings for the site and its verbs (VARS, then EXTRA_VARS): a database and mail folder of this run, content from the repository, and
# a higher limit on account posts because every virtual learner signs in from 127.0.0.1.
site_vars() {
  local data=$1 database
  if [[ $DATABASE == postgresql ]]; then
    database=(Lms__Database__Provider=PostgreSql "ConnectionStrings__Lms=$(pg_connection "$data")" Lms__Jobs__Storage=PostgreSql)
  else
    database=("ConnectionStrings__Lms=Data Source=$data/lms.db")
  fi
  VARS=(ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production
    "${database[@]}"
    "Lms__Email__PickupDirectory=$data/mail"
    "Lms__Content__Path=$REPO/content"
    "Lms__Certificates__KeyFile=$data/certificate-code.key"
    Lms__Security__AccountPostsPerMinute=100000
    "${EXTRA_VARS[@]}")
}

# cli DATA VERB ...: a command-line verb on DATA's database.
cli() {
  site_vars "$1"
  shift
  (cd "$SITE" && exec env "${VARS[@]}" dotnet Dice.Lms.Web.dll "$@" </dev/null)
}

# start_site DATA PORT LOG: starts the site in the background (SITE_PID) and waits for /healthz (at most
# LOAD_START_TIMEOUT, 60 s; more on a machine shared with other work);
# STARTED_MS holds the time from process start to the first 200.
start_site() {
  local data=$1 port=$2 logfile=$3 start
  site_vars "$data"
  start=$(now_ms)
  (cd "$SITE" && exec env "${VARS[@]}" dotnet Dice.Lms.Web.dll --urls "http://127.0.0.1:$port") >>"$logfile" 2>&1 &
  SITE_PID=$!
  PIDS+=("$SITE_PID")
  while [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/healthz" || true) != 200 ]]; do
    if ! kill -0 "$SITE_PID" 2>/dev/null || (($(now_ms) - start > ${LOAD_START_TIMEOUT:-60} * 1000)); then
      echo "the site did not answer /healthz within ${LOAD_START_TIMEOUT:-60} s; see $logfile" >&2
      return 1
    fi
    sleep 0.02
  done
  STARTED_MS=$(($(now_ms) - start))
  STARTED_CPU_MS=$(($(cpu_ticks "$SITE_PID") * 1000 / $(getconf CLK_TCK)))
}

# cpu_ticks PID: user + system CPU time of a process, in clock ticks.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

stop_site() {
  kill "$SITE_PID" 2>/dev/null || true
  wait "$SITE_PID" 2>/dev/null || true
}

build() {
  if [[ ${LOAD_BUILD:-1} == 0 && -f $SITE/Dice.Lms.Web.dll && -f $DRIVER ]]; then
    log "== build skipped (LOAD_BUILD=0): the site and driver already in $OUT"
    return 0
  fi
  log "== build (Release) into $OUT"
  # As docs/deployment.md publishes: for this machine's runtime, so the site's assemblies are precompiled (ReadyToRun).
  dotnet publish "$REPO/Dice.Lms.Web" -c Release -r "$(dotnet --info | awk '/^ RID:/ {print $2; exit}')" --self-contained false -o "$SITE" --nologo -v q >"$OUT/build.log" 2>&1
  dotnet build "$REPO/tests/load/Dice.Lms.Load" -c Release -o "$OUT/driver" --nologo -v q >>"$OUT/build.log" 2>&1
}

# A migrated database with the content, one cohort with all six courses and LEARNERS learners with a password: made
# once with the command-line verbs and copied for each scenario.
seed() {
  local data=$OUT/seed start
  if [[ $DATABASE == postgresql ]]; then
    [[ $(db_admin <<<"SELECT count(*) FROM pg_database WHERE datname = '$(db_name "$data")'") == 1 ]] && return 0
  else
    [[ -f $data/lms.db ]] && return 0
  fi
  log "== seed: $LEARNERS learners in cohort Load (command-line verbs, $DATABASE)"
  start=$(now_ms)
  mkdir -p "$data"
  [[ $DATABASE == sqlite ]] || db_admin <<<"CREATE DATABASE $(db_name "$data")"
  cli "$data" content import >"$OUT/seed.log" 2>&1
  local courses=()
  IFS=, read -ra courses <<<"$COURSES"
  cli "$data" cohorts create --name Load --end "$(date -u -d '+30 days' +%F)" \
    $(printf -- '--course %s ' "${courses[@]}") >>"$OUT/seed.log" 2>&1
  seq 1 "$LEARNERS" | sed 's/.*/learner&@load.test/' >"$OUT/users.txt"
  local email
  while read -r email; do
    cli "$data" users create --email "$email" --name "Load $email" --role learner --password "$PASSWORD" --cohort Load \
      >>"$OUT/seed.log" 2>&1 &
    (($(jobs -rp | wc -l) < 4)) || wait -n
  done <"$OUT/users.txt"
  wait
  [[ $DATABASE == postgresql ]] || sqlite3 "$data/lms.db" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null
  log "seeded in $((($(now_ms) - start) / 1000)) s: $(db_sql "$data" <<<'SELECT count(*) FROM "Enrollments"') enrolments"
}

fresh() {
  local data=$OUT/$1
  rm -rf "$data"
  mkdir -p "$data/mail"
  if [[ $DATABASE == postgresql ]]; then
    db_admin <<<"DROP DATABASE IF EXISTS $(db_name "$data") WITH (FORCE); CREATE DATABASE $(db_name "$data") TEMPLATE $(db_name "$OUT/seed");" >/dev/null
  else
    cp "$OUT/seed/lms.db" "$data/lms.db"
  fi
  echo "$data"
}

# check_acks DATA ACKS: every acknowledged attempt exists, submitted and graded; the database is intact.
check_acks() {
  local data=$1 acks=$2 total missing integrity
  total=$(sort -u "$acks" | wc -l)
  missing=$(sort -u "$acks" | sed 's/.*/INSERT INTO acked VALUES(&);/' | {
    echo 'CREATE TEMP TABLE acked(id BIGINT PRIMARY KEY); BEGIN;'
    cat
    echo 'COMMIT; SELECT count(*) FROM acked LEFT JOIN "QuizAttempts" q ON q."Id" = acked.id WHERE q."Id" IS NULL OR q."SubmittedAt" IS NULL OR q."Percent" IS NULL OR q."Passed" IS NULL;'
  } | db_sql "$data")
  integrity=$(db_integrity "$data" || true)
  log "acknowledged submissions: $total; missing or not graded in the database: $missing; $INTEGRITY: $integrity"
  [[ $total -gt 0 && $missing == 0 && $integrity == ok ]]
}

# warm_up DATA PORT ACKS: the learners' loop for WARMUP seconds (sign-ins, first compilation of every page), not
# measured; its acknowledged submissions go to ACKS and are checked with the others.
warm_up() {
  dotnet "$DRIVER" learners --base "http://127.0.0.1:$2" --users "$OUT/users.txt" --password "$PASSWORD" \
    --courses "$COURSES" --concurrency "$LEARNERS" --duration "$WARMUP" --max-requests "$MAX_REQUESTS" --acks "$3" >"$1/warmup.txt"
}

learners() {
  local data port acks
  data=$(fresh learners)
  port=$(free_port)
  acks=$data/acks.txt
  : >"$acks"
  log "== learners: $LEARNERS concurrent learners for $DURATION s, after a ${WARMUP} s warm-up run"
  start_site "$data" "$port" "$data/site.log"
  warm_up "$data" "$port" "$acks"
  local cpu_before cpu_after warm
  warm=$(wc -l <"$acks")
  cpu_before=$(cpu_ticks "$SITE_PID")
  dotnet "$DRIVER" learners --base "http://127.0.0.1:$port" --users "$OUT/users.txt" --password "$PASSWORD" \
    --courses "$COURSES" --concurrency "$LEARNERS" --duration "$DURATION" --max-requests "$MAX_REQUESTS" --acks "$acks" \
    | tee -a "$SUMMARY"
  cpu_after=$(cpu_ticks "$SITE_PID")
  # The machine may be shared: the server's own CPU time per acknowledged submission does not depend on that.
  local ms=$(((cpu_after - cpu_before) * 1000 / $(getconf CLK_TCK))) n=$(($(wc -l <"$acks") - warm))
  log "server CPU time: $ms ms for $n submissions (user + system): $(awk -v t="$ms" -v n="$n" 'BEGIN {printf "%.1f ms per submission loop, so two dedicated cores would serve about %.0f submissions/s", t / n, 2000 * n / t}')"
  log "server peak RSS: $(grep VmHWM "/proc/$SITE_PID/status" | awk '{printf "%.0f MB", $2/1024}') (VmHWM, warm-up included)"
  stop_site
  check_acks "$data" "$acks"
}

submissions() {
  local data port acks
  data=$(fresh submissions)
  port=$(free_port)
  acks=$data/acks.txt
  : >"$acks"
  log "== submissions: $LEARNERS learners post answered attempts as fast as the server takes them ($SUBMISSION_ROUNDS rounds, each learner one attempt per module per round)"
  start_site "$data" "$port" "$data/site.log"
  # Only the posts of answers are timed (the driver reads the server's CPU time).
  warm_up "$data" "$port" "$acks"
  dotnet "$DRIVER" submissions --base "http://127.0.0.1:$port" --users "$OUT/users.txt" --password "$PASSWORD" \
    --courses "$COURSES" --concurrency "$LEARNERS" --rounds "$SUBMISSION_ROUNDS" --server-pid "$SITE_PID" --acks "$acks" | tee -a "$SUMMARY"
  stop_site
  check_acks "$data" "$acks"
}

kill_during_load() {
  local data port acks driver at
  data=$(fresh kill)
  port=$(free_port)
  acks=$data/acks.txt
  : >"$acks"
  at=$((DURATION / 4 + RANDOM % (DURATION / 2)))
  log "== kill: $LEARNERS learners for $DURATION s, kill -9 of the server after $at s, restart on the same database"
  start_site "$data" "$port" "$data/site.log"
  dotnet "$DRIVER" learners --base "http://127.0.0.1:$port" --users "$OUT/users.txt" --password "$PASSWORD" \
    --courses "$COURSES" --concurrency "$LEARNERS" --duration "$DURATION" --max-requests "$MAX_REQUESTS" --acks "$acks" \
    >"$data/driver.txt" &
  driver=$!
  PIDS+=("$driver")
  sleep "$at"
  local before
  before=$(wc -l <"$acks")
  kill -9 "$SITE_PID"
  wait "$SITE_PID" 2>/dev/null || true
  log "killed with SIGKILL after $before acknowledged submissions"
  start_site "$data" "$port" "$data/site.log"
  log "restarted on the same database in $STARTED_MS ms"
  wait "$driver" || true
  tee -a "$SUMMARY" <"$data/driver.txt"
  stop_site
  check_acks "$data" "$acks"
}

email() {
  local data smtp maildir port total kills=0 received unique sent unconfirmed
  data=$(fresh email)
  maildir=$data/smtp
  log "== email: reminders for $EMAILS learners queued, email drain to aiosmtpd killed with SIGKILL at random moments"
  # Learners of a cohort ending in 7 days get "the cohort ends in a week": created without mail by baseline import.
  local end csv=$data/baseline.csv
  end=$(date -u -d '+30 days' +%F)
  echo 'email,full_name,organization,location,devices,information,communication,content-creation,safety,problem-solving' >"$csv"
  seq 1 "$EMAILS" | sed 's/.*/mail&@load.test,Load Mail &,Load NGO,Ulaanbaatar,beginner,beginner,beginner,beginner,beginner,beginner/' >>"$csv"
  cli "$data" cohorts create --name Mail --end "$end" --course safety >"$data/verbs.log" 2>&1
  cli "$data" baseline import "$csv" --cohort Mail >>"$data/verbs.log" 2>&1
  cli "$data" reminders run --as-of "$(date -u -d '+23 days' +%F)" >>"$data/verbs.log" 2>&1
  total=$(db_sql "$data" <<<'SELECT count(*) FROM "OutboxEmails" WHERE "Status" = 0')
  log "queued: $total e-mails"

  port=$(free_port)
  /usr/bin/python3 "$REPO/tests/Dice.Lms.Web.Tests/Support/test_smtp.py" "$port" "$maildir" >"$data/smtp.log" 2>&1 &
  smtp=$!
  PIDS+=("$smtp")
  local deadline=$(($(now_ms) + 15000))
  until curl -s -m 1 "telnet://127.0.0.1:$port" </dev/null >/dev/null 2>&1 || (($(now_ms) > deadline)); do sleep 0.1; done
  mkdir -p "$maildir/new"

  EXTRA_VARS=(${LOAD_SITE_SETTINGS:-} Lms__Email__Delivery=Smtp Lms__Email__Smtp__Host=127.0.0.1 "Lms__Email__Smtp__Port=$port"
    Lms__Email__Smtp__Security=None Lms__Email__ClaimTimeout=2)
  # Three drains killed with SIGKILL at a random moment (2 to 6 s after the process starts: start-up takes one or two
  # seconds, so most kills land while it sends), then one drain that runs to the end.
  local round delay drain
  for round in 1 2 3; do
    delay=$((2000 + RANDOM % 4000))
    site_vars "$data"
    (cd "$SITE" && exec env "${VARS[@]}" dotnet Dice.Lms.Web.dll email drain) >>"$data/drain.log" 2>&1 &
    drain=$!
    PIDS+=("$drain")
    sleep "$((delay / 1000)).$(printf '%03d' $((delay % 1000)))"
    if kill -9 "$drain" 2>/dev/null; then
      kills=$((kills + 1))
      log "drain $round killed with SIGKILL after $delay ms: $(find "$maildir/new" -type f | wc -l) of $total received so far"
    else
      log "drain $round had already finished after $delay ms"
    fi
    wait "$drain" 2>/dev/null || true
    sleep 2.5 # the killed run's claim (ClaimTimeout=2) expires
  done
  cli "$data" email drain >>"$data/drain.log" 2>&1
  EXTRA_VARS=(${LOAD_SITE_SETTINGS:-})
  sleep 1
  kill "$smtp" 2>/dev/null || true

  # At most once: a drain killed while handing an e-mail over leaves that e-mail Unconfirmed (Status 3). It may or may
  # not have reached the server, and nothing sends it again by itself. Message-Ids as received, and per outbox state.
  find "$maildir/new" -type f -exec grep -h -i -m1 '^Message-Id:' {} + | sed -E 's/^[^<]*<([^>]*)>.*/\1/' \
    | LC_ALL=C sort >"$data/received.txt"
  db_sql "$data" <<<'SELECT "MessageId" FROM "OutboxEmails" WHERE "Status" = 1' | LC_ALL=C sort >"$data/sent.txt"
  db_sql "$data" <<<'SELECT "MessageId" FROM "OutboxEmails" WHERE "Status" = 3' | LC_ALL=C sort >"$data/unconfirmed.txt"
  local duplicates sent_missing unconfirmed_received
  received=$(wc -l <"$data/received.txt")
  unique=$(LC_ALL=C sort -u "$data/received.txt" | wc -l)
  duplicates=$(uniq -d "$data/received.txt" | wc -l)
  sent=$(wc -l <"$data/sent.txt")
  unconfirmed=$(wc -l <"$data/unconfirmed.txt")
  sent_missing=$(LC_ALL=C comm -23 "$data/sent.txt" <(LC_ALL=C sort -u "$data/received.txt") | wc -l)
  unconfirmed_received=$(LC_ALL=C comm -12 "$data/unconfirmed.txt" <(LC_ALL=C sort -u "$data/received.txt") | wc -l)
  log "kills: $kills; queued: $total; received: $received; distinct Message-Id: $unique; received more than once: $duplicates"
  log "outbox rows sent: $sent ($sent_missing of them not received); unconfirmed: $unconfirmed ($unconfirmed_received received, $((unconfirmed - unconfirmed_received)) not received)"
  ((duplicates == 0)) || log "received more than once: $(uniq -d "$data/received.txt" | tr '\n' ' ')"
  local integrity
  integrity=$(db_integrity "$data" || true)
  log "$INTEGRITY: $integrity"
  [[ $duplicates == 0 && $((sent + unconfirmed)) == "$total" && $sent_missing == 0 && $integrity == ok ]]
}

wrk_lesson() {
  local data port static_port lesson cookie root=$OUT/static
  data=$(fresh wrk)
  port=$(free_port)
  static_port=$(free_port)
  lesson=/courses/safety/modules/beneficiary-data
  log "== wrk: $lesson as a signed-in learner vs the same bytes from Kestrel's static files (wrk -t2 -c64 -d${WRK_DURATION}s --latency)"
  start_site "$data" "$port" "$data/site.log"
  cookie=$(dotnet "$DRIVER" sign-in --base "http://127.0.0.1:$port" --email learner1@load.test --password "$PASSWORD")
  mkdir -p "$root"
  curl -s -H "$cookie" -o "$root/lesson.html" "http://127.0.0.1:$port$lesson"
  grep -q 'name="__RequestVerificationToken"' "$root/lesson.html" || { echo "the saved lesson is not the signed-in page" >&2; return 1; }
  dotnet "$DRIVER" static --port "$static_port" --root "$root" --seconds $((WRK_DURATION * 3 + 60)) >"$data/static.log" 2>&1 &
  PIDS+=($!)
  local deadline=$(($(now_ms) + 30000))
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$static_port/lesson.html" || true) == 200 ]]; do
    (($(now_ms) < deadline)) || { echo "the static server did not start" >&2; return 1; }
    sleep 0.1
  done
  log "lesson HTML: $(wc -c <"$root/lesson.html") bytes (identity; wrk sends no Accept-Encoding)"
  wrk -t2 -c64 -d"${WARMUP}s" -H "$cookie" "http://127.0.0.1:$port$lesson" >/dev/null # warm-up
  wrk -t2 -c64 -d5s "http://127.0.0.1:$static_port/lesson.html" >/dev/null
  local cpu_before cpu_after
  cpu_before=$(cpu_ticks "$SITE_PID")
  wrk -t2 -c64 -d"${WRK_DURATION}s" --latency -H "$cookie" "http://127.0.0.1:$port$lesson" | tee "$data/wrk-lesson.txt" | tee -a "$SUMMARY"
  cpu_after=$(cpu_ticks "$SITE_PID")
  log "server CPU time per lesson request: $(awk -v t=$((cpu_after - cpu_before)) -v hz="$(getconf CLK_TCK)" -v n="$(awk '/requests in/ {print $1}' "$data/wrk-lesson.txt")" 'BEGIN {printf "%.2f ms", 1000 * t / hz / n}')"
  wrk -t2 -c64 -d"${WRK_DURATION}s" --latency "http://127.0.0.1:$static_port/lesson.html" | tee "$data/wrk-static.txt" | tee -a "$SUMMARY"
  local a b
  a=$(awk '/Requests\/sec/ {print $2}' "$data/wrk-lesson.txt")
  b=$(awk '/Requests\/sec/ {print $2}' "$data/wrk-static.txt")
  log "lesson/static: $a / $b = $(awk -v a="$a" -v b="$b" 'BEGIN {printf "%.1f %%", 100 * a / b}')"
  stop_site
  if grep -q 'Non-2xx' "$data/wrk-lesson.txt"; then log "lesson: some responses were not 2xx"; return 1; fi
  [[ -n $a && -n $b ]]
}

bytes() {
  local data port lesson base css etag first_html first_css repeat_html repeat_css
  data=$(fresh bytes)
  port=$(free_port)
  base=http://127.0.0.1:$port
  lesson=/courses/safety/modules/beneficiary-data
  log "== bytes: $lesson (Mongolian) as a signed-in learner, Accept-Encoding: gzip, br"
  start_site "$data" "$port" "$data/site.log"
  local cookie
  cookie=$(dotnet "$DRIVER" sign-in --base "$base" --email learner1@load.test --password "$PASSWORD")
  # First visit: the page and its stylesheet, headers included (curl's size_download + size_header).
  curl -s -H "$cookie" -H 'Accept-Encoding: gzip, br' -D "$data/first.headers" -o "$data/first.body" \
    -w '%{size_download} %{size_header}\n' "$base$lesson" >"$data/first.sizes"
  css=$(curl -s -H "$cookie" "$base$lesson" | grep -o 'href="/css/[^"]*"' | head -1 | cut -d'"' -f2)
  first_html=$(awk '{print $1 + $2}' "$data/first.sizes")
  first_css=$(curl -s -H 'Accept-Encoding: gzip, br' -o /dev/null -w '%{size_download} %{size_header}' "$base$css" | awk '{print $1 + $2}')
  etag=$(grep -i '^etag:' "$data/first.headers" | cut -d' ' -f2- | tr -d '\r')
  # Repeat visit: a conditional request for the page; the fingerprinted stylesheet is immutable, so not requested.
  repeat_html=$(curl -s -H "$cookie" -H 'Accept-Encoding: gzip, br' -H "If-None-Match: $etag" -o /dev/null \
    -w '%{http_code} %{size_download} %{size_header}' "$base$lesson")
  log "first visit: page $first_html B + stylesheet $css $first_css B = $((first_html + first_css)) B (headers included)"
  log "stylesheet cache: $(curl -s -D - -o /dev/null "$base$css" | grep -i '^cache-control' | tr -d '\r')"
  log "repeat visit: page status $(cut -d' ' -f1 <<<"$repeat_html"), $(awk '{print $2 + $3}' <<<"$repeat_html") B; stylesheet from the cache, 0 B"
  stop_site
}

coldstart() {
  local data port i times=()
  log "== coldstart: process start to the first 200 from /healthz"
  data=$OUT/coldstart
  rm -rf "$data"
  mkdir -p "$data/mail"
  [[ $DATABASE == sqlite ]] || db_admin <<<"DROP DATABASE IF EXISTS $(db_name "$data") WITH (FORCE); CREATE DATABASE $(db_name "$data");" >/dev/null
  port=$(free_port)
  start_site "$data" "$port" "$data/site.log"
  log "new database (migrations and content import): $STARTED_MS ms (process CPU time $STARTED_CPU_MS ms)"
  stop_site
  local cpu=()
  for i in 1 2 3 4 5; do
    start_site "$data" "$port" "$data/site.log"
    times+=("$STARTED_MS")
    cpu+=("$STARTED_CPU_MS")
    stop_site
  done
  log "migrated database, 5 starts: ${times[*]} ms (process CPU time ${cpu[*]} ms)"
}

# nodes: two nodes on one PostgreSQL database behind Debian's nginx with the configuration of docs/deployment.md (only
# the node addresses, ports and certificate replaced); LEARNERS learners through nginx for DURATION s, kill -9 of one
# node after a random 25-75 % of it, restarted 10 s later; meanwhile both nodes deliver a few hundred queued e-mails
# to aiosmtpd (Lms:Email:BatchSize=10, ClaimTimeout=20).
start_smtp() {
  local port=$1 maildir=$2 deadline
  /usr/bin/python3 "$REPO/tests/Dice.Lms.Web.Tests/Support/test_smtp.py" "$port" "$maildir" >"$maildir.log" 2>&1 &
  PIDS+=($!)
  deadline=$(($(now_ms) + 15000))
  until curl -s -m 1 "telnet://127.0.0.1:$port" </dev/null >/dev/null 2>&1 || (($(now_ms) > deadline)); do sleep 0.1; done
  mkdir -p "$maildir/new"
}

# start_nginx DIR HTTPS_PORT NODE_PORT...: nginx with docs/deployment.md's block, as tests/Dice.Lms.Web.Tests/Support/Nginx.cs does.
start_nginx() {
  local dir=$1 https=$2 http block
  shift 2
  http=$(free_port)
  mkdir -p "$dir/temp"
  openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=lms.example.mn -keyout "$dir/key.pem" -out "$dir/cert.pem" >/dev/null 2>&1
  block=$(awk '/^```nginx$/ {on = 1; next} on && /^```$/ {exit} on' "$REPO/docs/deployment.md")
  [[ $(grep -c 'server 10\.0\.0\.[0-9]*:8080' <<<"$block") == $# ]] || { echo "docs/deployment.md's upstream does not list $# nodes" >&2; return 1; }
  for port in "$@"; do
    # Each pass replaces the first documented address still left.
    block=$(awk -v p="$port" '/server 10\.0\.0\.[0-9]+:8080/ && ++k == 1 {sub(/10\.0\.0\.[0-9]+:8080/, "127.0.0.1:" p)} {print}' <<<"$block")
  done
  ! grep -q 'server 10\.0\.0\.' <<<"$block" || { echo "a documented node address was left in nginx's configuration" >&2; return 1; }
  block=${block//listen 80;/listen 127.0.0.1:$http;}
  block=${block//listen 443 ssl http2;/listen 127.0.0.1:$https ssl http2;}
  block=${block//\/etc\/letsencrypt\/live\/lms.example.mn\/fullchain.pem/$dir/cert.pem}
  block=${block//\/etc\/letsencrypt\/live\/lms.example.mn\/privkey.pem/$dir/key.pem}
  cat >"$dir/nginx.conf" <<CONF
$([[ $(id -u) == 0 ]] && echo 'user root;')
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/error.log;
events { worker_connections 1024; }
http {
    log_format nodes '\$msec \$request_method \$request_uri \$status \$upstream_addr \$upstream_status';
    access_log $dir/access.log nodes;
    client_body_temp_path $dir/temp/body;
    proxy_temp_path $dir/temp/proxy;
    fastcgi_temp_path $dir/temp/fastcgi;
    uwsgi_temp_path $dir/temp/uwsgi;
    scgi_temp_path $dir/temp/scgi;
$block
}
CONF
  /usr/sbin/nginx -e "$dir/error.log" -p "$dir" -c "$dir/nginx.conf" -g 'daemon off;' >>"$dir/nginx.out" 2>&1 &
  PIDS+=($!)
  local deadline=$(($(now_ms) + 20000))
  until curl -sk -o /dev/null "https://127.0.0.1:$https/healthz"; do
    (($(now_ms) < deadline)) || { echo "nginx did not start; see $dir/error.log" >&2; return 1; }
    sleep 0.1
  done
}

nodes() {
  if [[ $DATABASE != postgresql ]]; then
    log "nodes: needs LOAD_DATABASE=postgresql (several nodes share a server database)"
    return 1
  fi
  local data acks port_a port_b https smtp_port maildir pid_a pid_b driver at killed_ms restarted_ms
  data=$(fresh nodes)
  acks=$data/acks.txt
  : >"$acks"
  maildir=$data/smtp
  smtp_port=$(free_port)
  port_a=$(free_port)
  port_b=$(free_port)
  https=$(free_port)
  at=$((DURATION / 4 + RANDOM % (DURATION / 2)))
  log "== nodes: two nodes on PostgreSQL behind nginx (docs/deployment.md), $LEARNERS learners for $DURATION s through nginx, kill -9 of node B after $at s, restarted 10 s later; the nodes deliver $EMAILS learners' reminders meanwhile"

  # E-mails waiting in the outbox, as in the email scenario: delivered by the nodes' own minutely job during the load.
  local csv=$data/baseline.csv
  echo 'email,full_name,organization,location,devices,information,communication,content-creation,safety,problem-solving' >"$csv"
  seq 1 "$EMAILS" | sed 's/.*/mail&@load.test,Load Mail &,Load NGO,Ulaanbaatar,beginner,beginner,beginner,beginner,beginner,beginner/' >>"$csv"
  cli "$data" cohorts create --name Mail --end "$(date -u -d '+30 days' +%F)" --course safety >"$data/verbs.log" 2>&1
  cli "$data" baseline import "$csv" --cohort Mail >>"$data/verbs.log" 2>&1
  cli "$data" reminders run --as-of "$(date -u -d '+23 days' +%F)" >>"$data/verbs.log" 2>&1
  local total
  total=$(db_sql "$data" <<<'SELECT count(*) FROM "OutboxEmails" WHERE "Status" = 0')
  log "queued: $total e-mails"
  start_smtp "$smtp_port" "$maildir"

  EXTRA_VARS=(${LOAD_SITE_SETTINGS:-} Lms__Proxy__KnownProxies=127.0.0.1 Lms__Email__Delivery=Smtp Lms__Email__Smtp__Host=127.0.0.1
    "Lms__Email__Smtp__Port=$smtp_port" Lms__Email__Smtp__Security=None Lms__Email__BatchSize=10 Lms__Email__ClaimTimeout=20
    "Lms__Certificates__CodeKey=$(head -c 32 /dev/urandom | base64)")
  start_site "$data" "$port_a" "$data/node-a.log" || return 1
  pid_a=$SITE_PID
  start_site "$data" "$port_b" "$data/node-b.log" || return 1
  pid_b=$SITE_PID
  start_nginx "$data/nginx" "$https" "$port_a" "$port_b" || return 1

  local base=https://127.0.0.1:$https
  # Sign-ins and the first compilation of every page on both nodes, not measured.
  dotnet "$DRIVER" learners --base "$base" --users "$OUT/users.txt" --password "$PASSWORD" \
    --courses "$COURSES" --concurrency "$LEARNERS" --duration "$WARMUP" --max-requests "$MAX_REQUESTS" --acks "$acks" >"$data/warmup.txt"
  local start_ms
  start_ms=$(now_ms)
  dotnet "$DRIVER" learners --base "$base" --users "$OUT/users.txt" --password "$PASSWORD" \
    --courses "$COURSES" --concurrency "$LEARNERS" --duration "$DURATION" --max-requests "$MAX_REQUESTS" --acks "$acks" \
    >"$data/driver.txt" &
  driver=$!
  PIDS+=("$driver")
  sleep "$at"
  killed_ms=$(now_ms)
  kill -9 "$pid_b"
  wait "$pid_b" 2>/dev/null || true
  log "node B killed with SIGKILL after $at s: $(wc -l <"$acks") acknowledged submissions, $(find "$maildir/new" -type f | wc -l) of $total e-mails received so far"
  sleep 10
  start_site "$data" "$port_b" "$data/node-b.log" || log "node B did not start again"
  pid_b=$SITE_PID
  restarted_ms=$(now_ms)
  log "node B restarted in $STARTED_MS ms"
  wait "$driver" || true
  tee -a "$SUMMARY" <"$data/driver.txt"
  # A restart that ends near the run's end leaves node B no learner requests: a few sign-in pages through nginx then.
  local i
  for i in 1 2 3 4 5 6; do curl -sk -o /dev/null "https://127.0.0.1:$https/account/sign-in" || true; done

  # Every e-mail delivered before the end: the nodes' minutely job, given at most two more minutes.
  local deadline=$(($(now_ms) + 150000)) pending
  while pending=$(db_sql "$data" <<<'SELECT count(*) FROM "OutboxEmails" WHERE "Status" = 0') && ((pending > 0 && $(now_ms) < deadline)); do sleep 2; done
  kill -9 "$pid_a" "$pid_b" 2>/dev/null || true

  # nginx's log: the requests of the measured run, by node and status; 5xx within 2 s after the kill (requests in
  # flight on node B, a post nginx may not resend) and after that; node B's answers after its restart.
  local log_file=$data/nginx/access.log early late served_b
  early=$(awk -v s="$killed_ms" '$1 * 1000 >= s && $1 * 1000 < s + 2000 && $4 >= 500' "$log_file" | wc -l)
  late=$(awk -v s="$killed_ms" '$1 * 1000 >= s + 2000 && $4 >= 500' "$log_file" | wc -l)
  served_b=$(awk -v s="$restarted_ms" -v b="127.0.0.1:$port_b" '$1 * 1000 >= s && $5 == b && $4 < 400' "$log_file" | wc -l)
  log "nginx: $(awk -v s="$start_ms" '$1 * 1000 >= s' "$log_file" | wc -l) requests in the measured run; 5xx to clients within 2 s of the kill: $early, later: $late; node B answered $served_b requests after its restart"
  log "requests per node in the measured run: $(awk -v s="$start_ms" '$1 * 1000 >= s {n[$5]++} END {for (k in n) printf "%s=%d ", k, n[k]}' "$log_file")"

  find "$maildir/new" -type f -exec grep -h -i -m1 '^Message-Id:' {} + | sed -E 's/^[^<]*<([^>]*)>.*/\1/' | LC_ALL=C sort >"$data/received.txt"
  db_sql "$data" <<<'SELECT "MessageId" FROM "OutboxEmails" WHERE "Status" = 1' | LC_ALL=C sort >"$data/sent.txt"
  local received duplicates sent unconfirmed sent_missing
  received=$(wc -l <"$data/received.txt")
  duplicates=$(uniq -d "$data/received.txt" | wc -l)
  sent=$(wc -l <"$data/sent.txt")
  unconfirmed=$(db_sql "$data" <<<'SELECT count(*) FROM "OutboxEmails" WHERE "Status" = 3')
  sent_missing=$(LC_ALL=C comm -23 "$data/sent.txt" <(LC_ALL=C sort -u "$data/received.txt") | wc -l)
  log "e-mail: queued $total; received $received; received more than once: $duplicates; sent $sent ($sent_missing not received); unconfirmed $unconfirmed; still pending $pending"
  EXTRA_VARS=(${LOAD_SITE_SETTINGS:-})
  local ok=1
  ((late == 0 && served_b > 0 && duplicates == 0 && sent_missing == 0 && sent + unconfirmed == total)) || ok=0
  grep -q '^server_errors_5xx=0 ' "$data/driver.txt" || log "the driver saw server errors (see above: those within 2 s of the kill are nginx's retry window)"
  check_acks "$data" "$acks" && ((ok))
}

# soak: one node, LOAD_SOAK_LEARNERS (16) learners for LOAD_SOAK_DURATION (1800) s; the server's VmRSS, VmHWM, open
# file descriptors and threads every LOAD_SOAK_SAMPLE (60) s. Growth of VmRSS or of the descriptors from the end of the
# warm-up (LOAD_SOAK_WARMUP, 300 s) to the end above 10 % fails the run.
soak() {
  local data port acks driver duration=${LOAD_SOAK_DURATION:-1800} every=${LOAD_SOAK_SAMPLE:-60} warm=${LOAD_SOAK_WARMUP:-300}
  local learners=${LOAD_SOAK_LEARNERS:-16} samples start elapsed next
  data=$(fresh soak)
  port=$(free_port)
  acks=$data/acks.txt
  samples=$data/samples.tsv
  : >"$acks"
  log "== soak: $learners learners for $duration s on one node; VmRSS, VmHWM, open descriptors and threads every $every s"
  start_site "$data" "$port" "$data/site.log"
  dotnet "$DRIVER" learners --base "http://127.0.0.1:$port" --users "$OUT/users.txt" --password "$PASSWORD" \
    --courses "$COURSES" --concurrency "$learners" --duration "$duration" --max-requests 2000000000 --acks "$acks" \
    >"$data/driver.txt" &
  driver=$!
  PIDS+=("$driver")
  printf 'second\tvmrss_kb\tvmhwm_kb\tfds\tthreads\tacks\tload1\n' >"$samples"
  start=$(now_ms)
  next=$every
  while kill -0 "$driver" 2>/dev/null; do
    elapsed=$((($(now_ms) - start) / 1000))
    if ((elapsed >= next)); then
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$elapsed" \
        "$(awk '/^VmRSS/ {print $2}' "/proc/$SITE_PID/status")" "$(awk '/^VmHWM/ {print $2}' "/proc/$SITE_PID/status")" \
        "$(ls "/proc/$SITE_PID/fd" | wc -l)" "$(awk '/^Threads/ {print $2}' "/proc/$SITE_PID/status")" \
        "$(wc -l <"$acks")" "$(cut -d' ' -f1 /proc/loadavg)" >>"$samples"
      next=$((next + every))
    fi
    (($(now_ms) - start < (duration + 120) * 1000)) || { log "the driver did not stop"; kill -9 "$driver"; }
    sleep 1
  done
  wait "$driver" || true
  tee -a "$SUMMARY" <"$data/driver.txt"
  log "samples (second, VmRSS kB, VmHWM kB, open descriptors, threads, acknowledged submissions, load average):"
  tee -a "$SUMMARY" <"$samples"
  stop_site
  # From the first sample at or after the warm-up to the last one.
  local growth
  growth=$(awk -F'\t' -v w="$warm" 'NR > 1 && $1 >= w {if (!f) {r0 = $2; d0 = $4; f = 1}; r = $2; d = $4}
    END {if (!f) {print "none"; exit}; printf "%.1f %.1f", 100 * (r - r0) / r0, 100 * (d - d0) / d0}' "$samples")
  log "growth after the warm-up: VmRSS and open descriptors in % ($growth)"
  local ok=1
  [[ $growth != none ]] && awk -v g="$growth" 'BEGIN {split(g, a, " "); exit !(a[1] <= 10 && a[2] <= 10)}' || ok=0
  ((ok)) || log "growth above 10 % after the warm-up"
  check_acks "$data" "$acks" && ((ok))
}

# require_tools: every program the chosen scenarios need, checked before anything starts; a missing one stops the run
# and names its Debian package.
require_tools() {
  local missing=() scenario
  command -v curl >/dev/null || missing+=("curl (Debian package curl)")
  if [[ $DATABASE == postgresql ]]; then
    command -v psql >/dev/null || missing+=("psql (Debian package postgresql-client)")
  else
    command -v sqlite3 >/dev/null || missing+=("sqlite3 (Debian package sqlite3)")
  fi
  for scenario in "${SCENARIOS[@]}"; do
    case $scenario in
      wrk) command -v wrk >/dev/null || missing+=("wrk (Debian package wrk)") ;;
      email) /usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || missing+=("aiosmtpd (Debian package python3-aiosmtpd)") ;;
      nodes)
        /usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || missing+=("aiosmtpd (Debian package python3-aiosmtpd)")
        [[ -x /usr/sbin/nginx ]] || missing+=("nginx (Debian package nginx)")
        command -v openssl >/dev/null || missing+=("openssl (Debian package openssl)") ;;
    esac
  done
  if ((${#missing[@]} > 0)); then
    printf 'missing: %s\n' "${missing[@]}" >&2
    exit 2
  fi
}

SCENARIOS=("$@")
((${#SCENARIOS[@]} > 0)) || SCENARIOS=(all)
[[ ${SCENARIOS[0]} == all ]] && SCENARIOS=(learners submissions kill email wrk bytes coldstart)
require_tools
log "Dice LMS load run $(date -u +%FT%TZ) on $DATABASE$([[ $DATABASE == sqlite ]] || echo " ($(db_admin <<<'SHOW server_version'); fsync $(db_admin <<<'SHOW fsync'), synchronous_commit $(db_admin <<<'SHOW synchronous_commit'))"), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); load average $(cut -d' ' -f1-3 /proc/loadavg)"
build
seed
failed=0
for scenario in "${SCENARIOS[@]}"; do
  case $scenario in
    learners) learners || failed=1 ;;
    submissions) submissions || failed=1 ;;
    kill) kill_during_load || failed=1 ;;
    email) email || failed=1 ;;
    wrk) wrk_lesson || failed=1 ;;
    bytes) bytes || failed=1 ;;
    coldstart) coldstart || failed=1 ;;
    soak) soak || failed=1 ;;
    nodes) nodes || failed=1 ;;
    seed) ;; # build and seed only
    *) echo "unknown scenario: $scenario" >&2; exit 2 ;;
  esac
done
log "== results in $OUT (summary.txt, logs per scenario); $([[ $failed == 0 ]] && echo 'every check passed' || echo 'A CHECK FAILED')"
exit "$failed"
