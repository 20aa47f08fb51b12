#!/usr/bin/env bash
# Complaint statistics endpoint (issue 3) before and after the counts table, same data, same host build.
# Usage: bench/complaints-stats-bench.sh [CASES] [REQUESTS] [BEFORE_REQUESTS]      (defaults 1000000, 100, 20)
# 1. fresh database yiwang_stats, schema by the app's migrations, demo accounts; binary-COPY load of CASES cases;
# 2. the admin rebuild fills arr_case_stats from the cases (timed), then a compare-only run must report 0 wrong cells;
# 3. "after": GET /api/v1/complaints/statistics from the counts table (REQUESTS each, 4 scopes);
# 4. "before": the host restarted with Arrears__StatisticsSource=cases (every figure by GROUP BY over the cases, as
#    before the counts table), BEFORE_REQUESTS each. Output: bench/out/complaints-stats-{load,rollup,after,before,ratio}.txt
set -euo pipefail
CASES="${1:-1000000}"
REQUESTS="${2:-100}"
BEFORE_REQUESTS="${3:-20}"
PORT="${PORT:-5141}"
source "$(dirname "$0")/complaints-host.sh"
build_release
DB=yiwang_stats
CS="$PG_ADMIN;Database=$DB"
trap stop_host EXIT

admin_sql "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
admin_sql "CREATE DATABASE $DB"
: >"$OUT/complaints-stats-host.log"
start_host "$DB" "$PORT" "$OUT/complaints-stats-host.log"
/usr/bin/time -f "load wall %e s, max RSS %M KB" dotnet "$BENCH_DLL" load --connection "$CS" --cases "$CASES" 2>&1 | tee "$OUT/complaints-stats-load.txt"
uptime | tee -a "$OUT/complaints-stats-load.txt"

{ bench rollup --url "$URL" --fix true; bench rollup --url "$URL" --fix false; uptime; } | tee "$OUT/complaints-stats-rollup.txt"
{ uptime; bench apistats --url "$URL" --requests "$REQUESTS"; uptime; } | tee "$OUT/complaints-stats-after.txt"

stop_host
Arrears__StatisticsSource=cases start_host "$DB" "$PORT" "$OUT/complaints-stats-host.log"
{ uptime; bench apistats --url "$URL" --requests "$BEFORE_REQUESTS"; uptime; } | tee "$OUT/complaints-stats-before.txt"

echo "== p99 ratio before (GROUP BY over cases) / after (counts table)"
join -t'|' <(sed -n 's/^\(.*[^ ]\) *n=.* p99=\([0-9.]*\)ms.*/\1|\2/p' "$OUT/complaints-stats-before.txt" | sort) \
           <(sed -n 's/^\(.*[^ ]\) *n=.* p99=\([0-9.]*\)ms.*/\1|\2/p' "$OUT/complaints-stats-after.txt" | sort) \
  | awk -F'|' '{ printf "%-56s before p99 %8.1f ms  after p99 %7.1f ms  ratio %6.1f\n", $1, $2, $3, $2 / $3 }' | tee "$OUT/complaints-stats-ratio.txt"
