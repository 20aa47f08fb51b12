#!/usr/bin/env bash
# Starts the Release web host on PostgreSQL for the complaint benchmarks; sourced by complaints-bench.sh,
# complaints-stats-bench.sh and complaints-crash.sh. start_host DB PORT LOG sets HOST_PID to the dotnet process itself
# (exec), so kill -9 hits it.
# Shared set-up for those scripts (set PORT before sourcing): the repository root as working directory, outputs under
# bench/out, and the host's URL.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/bench/out"
mkdir -p "$OUT"
cd "$ROOT"
URL="http://127.0.0.1:${PORT:-5131}"
PG_ADMIN="${YIWANG_TEST_POSTGRES:-Host=127.0.0.1;Port=5432;Username=postgres;Password=yiwang-ci}"
BENCH_DLL="bench/complaints/bin/Release/net10.0/Yiwang.Complaints.Bench.dll"
bench() { dotnet "$BENCH_DLL" "$@"; }
# Release builds of the host and the bench tool; SKIP_BUILD=1 reuses what is there.
build_release() {
  [ "${SKIP_BUILD:-0}" = 1 ] && return 0
  dotnet build -c Release src/Yiwang.Web -v q -nologo >/dev/null
  dotnet build -c Release bench/complaints -v q -nologo >/dev/null
}
admin_sql() { bench sql --connection "$PG_ADMIN;Database=postgres;Pooling=false" --command "$1"; }
start_host() { # DB PORT LOG
  (
    cd src/Yiwang.Web
    ASPNETCORE_ENVIRONMENT=Production \
    Database__Provider=Postgres \
    ConnectionStrings__Yiwang="$PG_ADMIN;Database=$1" \
    Database__MigrateOnStartup=true \
    Demo__Seed=true \
    Complaints__SweepIntervalMinutes=0 \
    RateLimits__SubmitPerMinute=100000000 \
    RateLimits__LoginPerMinute=100000 \
    Logging__LogLevel__Default=Warning \
    exec dotnet bin/Release/net10.0/Yiwang.Web.dll --urls "http://127.0.0.1:$2"
  ) >>"$3" 2>&1 &
  HOST_PID=$!
  for _ in $(seq 1 180); do
    if curl -fsS "http://127.0.0.1:$2/health" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$HOST_PID" 2>/dev/null; then echo "host exited; see $3" >&2; return 1; fi
    sleep 1
  done
  echo "host did not answer /health in 180 s" >&2; return 1
}
stop_host() {
  if [ -n "${HOST_PID:-}" ] && kill -0 "$HOST_PID" 2>/dev/null; then kill "$HOST_PID"; wait "$HOST_PID" 2>/dev/null || true; fi
  HOST_PID=""
}
