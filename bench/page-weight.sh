#!/usr/bin/env bash
# Page weight and server time of the heaviest pages, this tree against a baseline commit, interleaved rounds.
#   bench/page-weight.sh [BASELINE_COMMIT] [ROUNDS]
# Builds the baseline in a temporary git worktree, runs both hosts on SQLite with demo data (ports 5311 and 5312),
# and prints one table per host and round: path, bytes, server ms (median of 5 loads), requests. docs/performance.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); repo=$(cd "$here/.." && pwd)
baseline=${1:-09cd7c4}; rounds=${2:-3}
out="$repo/bench/out/page-weight"; mkdir -p "$out"
(cd "$here/pages" && [ -d node_modules ] || npm install --silent --no-audit --no-fund)
old="$out/baseline-tree"
[ -d "$old" ] || git -C "$repo" worktree add --detach "$old" "$baseline" >/dev/null
dotnet build -v q -c Release "$old/src/Yiwang.Web" >/dev/null
dotnet build -v q -c Release "$repo/src/Yiwang.Web" >/dev/null
start() { # tree port
  rm -rf "$1/src/Yiwang.Web/data"
  (cd "$1/src/Yiwang.Web" && ASPNETCORE_ENVIRONMENT=Development nohup dotnet run --no-build -c Release --no-launch-profile \
      --urls "http://127.0.0.1:$2" -- --Demo:Seed=true >"$out/host-$2.log" 2>&1 &)
  for _ in $(seq 120); do curl -sf "http://127.0.0.1:$2/" >/dev/null && return; sleep 1; done; echo "host on $2 did not start" >&2; exit 1
}
start "$old" 5311; start "$repo" 5312
trap 'pkill -f "urls http://127.0.0.1:531[12]" || true' EXIT
pages=(/ /complaints /complaints/dashboard /complaints/statistics /enterprises/statistics /indicators /cultivation/charts /indicators/compute-network)
export YIWANG_BENCH_EMAIL=official.zj@yiwang.local YIWANG_BENCH_PASSWORD='Yiwang#2026demo'
for r in $(seq "$rounds"); do
  echo "# round $r, load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "## baseline $baseline"; node "$here/pages/page-weight.mjs" http://127.0.0.1:5311 5 "${pages[@]}"
  echo "## this tree";          node "$here/pages/page-weight.mjs" http://127.0.0.1:5312 5 "${pages[@]}"
done
