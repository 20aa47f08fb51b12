#!/usr/bin/env bash
# Indicators dashboard server time on SQLite and PostgreSQL with INDICATORS x REGIONS x YEARS of monthly values.
# Usage: bench/indicators-dashboard.sh [RUNS] [REQUESTS]      (defaults 3, 300)
# Needs YIWANG_TEST_POSTGRES (admin connection string) for the PostgreSQL half; it creates and drops its own database.
# Each run loads a fresh database (generator: bench/indicators-dashboard/DataGenerator.cs), then times REQUESTS
# renders of /indicators and of two indicator pages after a warm-up. Output: bench/out/indicators-dashboard-*.txt
set -euo pipefail
RUNS="${1:-3}"
REQUESTS="${2:-300}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/bench/out"
mkdir -p "$OUT"
cd "$ROOT"
dotnet build -c Release bench/indicators-dashboard -v q -nologo >/dev/null
BENCH=(dotnet bench/indicators-dashboard/bin/Release/net10.0/Yiwang.Indicators.Bench.dll --indicators 200 --regions 32 --years 10 --requests "$REQUESTS")

for run in $(seq 1 "$RUNS"); do
  DATA="$(mktemp -d /tmp/yiwang-ind-bench.XXXXXX)"
  "${BENCH[@]}" --provider sqlite --connection "Data Source=$DATA/bench.db" | tee "$OUT/indicators-dashboard-sqlite-run$run.txt"
  rm -rf "$DATA"
  if [ -n "${YIWANG_TEST_POSTGRES:-}" ]; then
    DB="yiwang_ind_bench_$run"
    psql_admin() { dotnet bench/indicators-dashboard/bin/Release/net10.0/Yiwang.Indicators.Bench.dll --admin-sql "$1" --admin "$YIWANG_TEST_POSTGRES"; }
    psql_admin "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
    psql_admin "CREATE DATABASE $DB"
    "${BENCH[@]}" --provider postgres --connection "$YIWANG_TEST_POSTGRES;Database=$DB" | tee "$OUT/indicators-dashboard-postgres-run$run.txt"
    psql_admin "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
  else
    echo "YIWANG_TEST_POSTGRES is not set: PostgreSQL skipped" >&2
  fi
  uptime | tee -a "$OUT/indicators-dashboard-sqlite-run$run.txt"
done
