#!/usr/bin/env bash
# Complaint platform speed (issue 3) on PostgreSQL with CASES generated cases.
# Usage: bench/complaints-bench.sh [CASES] [REQUESTS] [BASELINE_REQUESTS]      (defaults 1000000, 200, 30)
# 1. fresh database yiwang_bench, schema by the app's migrations (host start with Database:MigrateOnStartup), demo accounts;
# 2. binary-COPY load (bench/complaints CaseGenerator), timed; the statistics counts table rebuilt from it (admin endpoint);
# 3. the deadline sweep through its admin endpoint (worst case, then steady state), case list through GET /api/v1/complaints
#    (REQUESTS each), GET /api/v1/complaints/statistics (STATS_REQUESTS each, default 50), the statistics GROUP BYs directly
#    on PostgreSQL, filing by 50 concurrent clients for 30 s;
# 4. baseline: the ComplaintIndexes indexes dropped (the two region indexes restored as they were before), list and
#    statistics again (BASELINE_REQUESTS each), then the indexes recreated (skipped with BASELINE=0).
# Output: bench/out/complaints-*.txt
set -euo pipefail
CASES="${1:-1000000}"
REQUESTS="${2:-200}"
BASELINE_REQUESTS="${3:-30}"
STATS_REQUESTS="${STATS_REQUESTS:-50}"
PORT="${PORT:-5131}"
source "$(dirname "$0")/complaints-host.sh"
build_release
DB=yiwang_bench
CS="$PG_ADMIN;Database=$DB"
trap stop_host EXIT

admin_sql "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
admin_sql "CREATE DATABASE $DB"
: >"$OUT/complaints-host.log"
start_host "$DB" "$PORT" "$OUT/complaints-host.log"
/usr/bin/time -f "load wall %e s, max RSS %M KB" dotnet "$BENCH_DLL" load --connection "$CS" --cases "$CASES" 2>&1 | tee "$OUT/complaints-load.txt"
uptime | tee -a "$OUT/complaints-load.txt"
# COPY bypasses the save hook: fill the statistics counts table from the cases, as after any bulk import.
bench rollup --url "$URL" | tee "$OUT/complaints-rollup.txt"

# The sweep first, so that alert=overdue in the list measures a filled set (55 k overdue cases), not the empty one.
bench sweep --url "$URL" --runs 2 | tee "$OUT/complaints-sweep.txt"
bench list --url "$URL" --requests "$REQUESTS" | tee "$OUT/complaints-list.txt"
bench apistats --url "$URL" --requests "$STATS_REQUESTS" | tee "$OUT/complaints-apistats.txt"
bench stats --connection "$CS" --requests "$REQUESTS" | tee "$OUT/complaints-stats.txt"
bench file --url "$URL" --concurrency 50 --seconds 30 | tee "$OUT/complaints-file.txt"
uptime | tee -a "$OUT/complaints-file.txt"
# BASELINE=0 stops here (the no-index baseline was taken once; dropping and rebuilding the indexes takes minutes at 1 M).
[ "${BASELINE:-1}" = 0 ] && exit 0

NEW_INDEXES=(IX_arr_cases_AcceptingRegion_Status_Id IX_arr_cases_HandlingRegion_Status_Id IX_arr_cases_Status_Id IX_arr_cases_statistics
  IX_arr_cases_RespondentName_trgm IX_arr_cases_Number_trgm IX_arr_deadlines_CaseId_DueOn_running)
for index in "${NEW_INDEXES[@]}"; do bench sql --connection "$CS" --command "DROP INDEX IF EXISTS \"$index\""; done
bench sql --connection "$CS" --command 'CREATE INDEX "IX_arr_cases_AcceptingRegion_Status" ON arr_cases ("AcceptingRegion", "Status")'
bench sql --connection "$CS" --command 'CREATE INDEX "IX_arr_cases_HandlingRegion_Status" ON arr_cases ("HandlingRegion", "Status")'
bench sql --connection "$CS" --command 'ANALYZE arr_cases'
bench list --url "$URL" --requests "$BASELINE_REQUESTS" | tee "$OUT/complaints-list-baseline.txt"
bench stats --connection "$CS" --requests "$BASELINE_REQUESTS" | tee "$OUT/complaints-stats-baseline.txt"
bench sql --connection "$CS" --command 'DROP INDEX "IX_arr_cases_AcceptingRegion_Status"'
bench sql --connection "$CS" --command 'DROP INDEX "IX_arr_cases_HandlingRegion_Status"'
# Recreate exactly what the ComplaintIndexes migration creates.
for sql in \
  'CREATE INDEX "IX_arr_cases_AcceptingRegion_Status_Id" ON arr_cases ("AcceptingRegion" varchar_pattern_ops, "Status" varchar_pattern_ops, "Id" int8_ops)' \
  'CREATE INDEX "IX_arr_cases_HandlingRegion_Status_Id" ON arr_cases ("HandlingRegion" varchar_pattern_ops, "Status" varchar_pattern_ops, "Id" int8_ops)' \
  'CREATE INDEX "IX_arr_cases_Status_Id" ON arr_cases ("Status", "Id")' \
  'CREATE INDEX "IX_arr_cases_statistics" ON arr_cases ("Status", "AcceptingRegion", "RespondentType", "SubmittedOn") INCLUDE ("AmountOwedYuan", "RecoveredYuan", "HandlingRegion")' \
  'CREATE INDEX "IX_arr_cases_RespondentName_trgm" ON arr_cases USING gin ("RespondentName" gin_trgm_ops)' \
  'CREATE INDEX "IX_arr_cases_Number_trgm" ON arr_cases USING gin ("Number" gin_trgm_ops)' \
  'CREATE INDEX "IX_arr_deadlines_CaseId_DueOn_running" ON arr_deadlines ("CaseId", "DueOn") INCLUDE ("Alert") WHERE "MetOn" IS NULL' \
  'VACUUM ANALYZE arr_cases, arr_deadlines'; do
  bench sql --connection "$CS" --command "$sql"
done

echo "== p99 ratio baseline / indexed (list)"
join -t'|' <(sed -n 's/^\(.*[^ ]\) *n=.* p99=\([0-9.]*\)ms.*/\1|\2/p' "$OUT/complaints-list-baseline.txt" | sort) \
           <(sed -n 's/^\(.*[^ ]\) *n=.* p99=\([0-9.]*\)ms.*/\1|\2/p' "$OUT/complaints-list.txt" | sort) \
  | awk -F'|' '{ printf "%-48s baseline p99 %8.1f ms  indexed p99 %8.1f ms  ratio %5.1f\n", $1, $2, $3, $2 / $3 }' | tee "$OUT/complaints-ratio.txt"
