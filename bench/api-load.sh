#!/usr/bin/env bash
# API load: POST /api/v1/size-classifications on the Release web host, closed loop, loopback only.
# Usage: bench/api-load.sh [CONCURRENCY] [DURATION] [RUNS]     (defaults 32, 20s, 3)
# Starts the host on 127.0.0.1:5099 with a throw-away SQLite file and the submit rate limit raised, waits for
# /health, runs `Yiwang.Bench load` RUNS times (each: 5 s warm-up, then DURATION measured), stops the host.
set -euo pipefail
CONCURRENCY="${1:-32}"
DURATION="${2:-20s}"
RUNS="${3:-3}"
PORT="${PORT:-5099}"
URL="http://127.0.0.1:$PORT"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/bench/out"
mkdir -p "$OUT"
cd "$ROOT"

if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
  echo "port $PORT is already in use; set PORT=... to use another" >&2
  exit 1
fi

dotnet build -c Release src/Yiwang.Web -v q -nologo >/dev/null
dotnet build -c Release bench/Yiwang.Bench -v q -nologo >/dev/null

rm -f "$OUT"/api-load-*run*.txt
DATA="$(mktemp -d /tmp/yiwang-bench.XXXXXX)"
HOST_PID=""
cleanup() {
  if [ -n "$HOST_PID" ] && kill -0 "$HOST_PID" 2>/dev/null; then
    kill "$HOST_PID"
    wait "$HOST_PID" 2>/dev/null || true
  fi
  rm -rf "$DATA"
}
trap cleanup EXIT

# Run the built dll from the project folder (its content root, as `dotnet run` does) so $! is the host itself.
(
  cd src/Yiwang.Web
  ASPNETCORE_ENVIRONMENT=Production \
  ConnectionStrings__Yiwang="Data Source=$DATA/bench-yiwang.db" \
  RateLimits__SubmitPerMinute=100000000 \
  Logging__LogLevel__Default=Warning \
  exec dotnet bin/Release/net10.0/Yiwang.Web.dll --urls "$URL"
) >"$OUT/api-host.log" 2>&1 &
HOST_PID=$!

for _ in $(seq 1 120); do
  if curl -fsS "$URL/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$HOST_PID" 2>/dev/null; then echo "host exited; see $OUT/api-host.log" >&2; exit 1; fi
  sleep 1
done
curl -fsS "$URL/health" >/dev/null
echo "host up on $URL (pid $HOST_PID, db $DATA/bench-yiwang.db)"
curl -fsS -X POST "$URL/api/v1/size-classifications" -H 'Content-Type: application/json' \
  -d '{"industryCode":"3011","employees":250,"revenueTenThousandYuan":5000,"totalAssetsTenThousandYuan":3000}' | head -c 300
echo

# Each round: the classification endpoint, then GET /health (same host, same loop) as the baseline.
for r in $(seq 1 "$RUNS"); do
  for endpoint in classify health; do
    echo "== round $r: $endpoint, concurrency $CONCURRENCY, $DURATION"
    dotnet bench/Yiwang.Bench/bin/Release/net10.0/Yiwang.Bench.dll load --url "$URL" --endpoint "$endpoint" \
      --concurrency "$CONCURRENCY" --duration "$DURATION" --warmup 5s | tee "$OUT/api-load-$endpoint-run$r.txt"
  done
done

value() { # file metric
  case "$2" in
    requests/s) awk '/^requests\/s/ {print $2}' "$1" ;;
    errors) awk '/^errors/ {print $2}' "$1" ;;
    *) awk -v m="$2" '/^latency/ { for (i = 1; i <= NF; i++) if ($i == m) print $(i + 1) }' "$1" ;;
  esac
}
stats() { sort -g | tr '\n' ' ' | awk '{ printf "median %s (min %s, max %s)", $(1 + int((NF - 1) / 2)), $1, $NF }'; }
echo "== summary (median of $RUNS, min-max)"
for endpoint in classify health; do
  for metric in requests/s p50 p95 p99; do
    printf "%-9s %-11s %s\n" "$endpoint" "$metric" \
      "$(for r in $(seq 1 "$RUNS"); do value "$OUT/api-load-$endpoint-run$r.txt" "$metric"; done | stats)"
  done
  echo "$endpoint errors per run: $(for r in $(seq 1 "$RUNS"); do value "$OUT/api-load-$endpoint-run$r.txt" errors; done | tr '\n' ' ')"
done
printf "ratio classify/health requests/s per round:"
for r in $(seq 1 "$RUNS"); do
  c=$(value "$OUT/api-load-classify-run$r.txt" requests/s); h=$(value "$OUT/api-load-health-run$r.txt" requests/s)
  awk -v c="$c" -v h="$h" 'BEGIN { printf " %.2f", c / h }'
done
echo
