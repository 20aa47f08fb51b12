#!/usr/bin/env bash
# Crash test for complaint filing (issue 3): a fresh PostgreSQL database, the Release host, a burst of draft
# creations from CONCURRENCY clients, SIGKILL of the dotnet host process mid-burst, restart, then every filing that
# was acknowledged with 201 is read back through the API and compared field by field. Prints PASS/FAIL with counts.
# Usage: bench/complaints-crash.sh [RUNS] [CONCURRENCY] [KILL_AFTER_SECONDS]     (defaults 2, 16, 2)
# The kill comes KILL_AFTER_SECONDS after the burst has had its first 50 filings acknowledged, so it lands mid-burst.
# Needs PostgreSQL (YIWANG_TEST_POSTGRES, default the CI server); creates and drops yiwang_crash_<run>.
set -euo pipefail
RUNS="${1:-2}"
CONCURRENCY="${2:-16}"
KILL_AFTER="${3:-2}"
PORT="${PORT:-5132}"
source "$(dirname "$0")/complaints-host.sh"
build_release
trap stop_host EXIT

failures=0
for run in $(seq 1 "$RUNS"); do
  DB="yiwang_crash_$run"
  LOG="$OUT/complaints-crash-host-$run.log"; : >"$LOG"
  ACKED="$OUT/complaints-crash-acked-$run.tsv"
  admin_sql "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
  admin_sql "CREATE DATABASE $DB"
  start_host "$DB" "$PORT" "$LOG"
  echo "== run $run: host pid $HOST_PID ($(tr '\0' ' ' </proc/$HOST_PID/cmdline | cut -c1-80)) on $DB"
  : >"$ACKED"
  bench burst --url "$URL" --out "$ACKED" --concurrency "$CONCURRENCY" --max-seconds 120 &
  BURST_PID=$!
  for _ in $(seq 1 240); do [ "$(wc -l <"$ACKED")" -ge 50 ] && break; sleep 0.5; done
  sleep "$KILL_AFTER"
  echo "acknowledged before the kill: $(wc -l <"$ACKED")"
  kill -9 "$HOST_PID"
  echo "SIGKILL sent to $HOST_PID at $(date -u +%T.%N | cut -c1-12)"
  wait "$HOST_PID" 2>/dev/null || true
  HOST_PID=""
  wait "$BURST_PID"
  start_host "$DB" "$PORT" "$LOG"
  echo "restarted: pid $HOST_PID"
  if bench verify --url "$URL" --acked "$ACKED" | tee "$OUT/complaints-crash-verify-$run.txt"; then :; else failures=$((failures + 1)); fi
  stop_host
  admin_sql "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
done
echo "crash runs: $RUNS, failed: $failures"
[ "$failures" -eq 0 ]
