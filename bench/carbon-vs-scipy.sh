#!/usr/bin/env bash
# The managed LCA solver vs SciPy (Debian python3-scipy, SuperLU) on the same generated ecoinvent-like system:
# factorization, one solve, and 1,000 demand vectors on one factorization; peak memory of each process.
# Usage (from the repository root): bench/carbon-vs-scipy.sh [processes=20000] [scipy-timeout-seconds=900]
set -euo pipefail
n="${1:-20000}"
limit="${2:-900}"
dir="${TMPDIR:-/tmp}/yiwang-carbon-bench-$n"
dotnet build bench/carbon-bench/Yiwang.Carbon.Bench.csproj -c Release -v q -nologo >/dev/null
bin=bench/carbon-bench/bin/Release/net10.0/Yiwang.Carbon.Bench
"$bin" generate "$dir" "$n"
ours=$("$bin" solve "$dir")
echo "$ours"
if ! theirs=$(timeout "$limit" /usr/bin/python3 bench/carbon-bench/carbon_scipy.py "$dir"); then
  echo "{\"solver\":\"scipy splu (SuperLU)\",\"processes\":$n,\"result\":\"did not finish within $limit s\"}"
  exit 0
fi
echo "$theirs"
/usr/bin/python3 - "$ours" "$theirs" <<'PY'
import json, sys
o, s = json.loads(sys.argv[1]), json.loads(sys.argv[2])
rel = abs(o["checksum1000"] - s["checksum1000"]) / abs(s["checksum1000"])
print(json.dumps({"factorizeRatio_scipy_over_ours": round(s["factorizeSeconds"] / o["factorizeSeconds"], 2),
                  "solves1000Ratio_scipy_over_ours": round(s["solves1000Seconds"] / o["solves1000Seconds"], 2),
                  "checksumRelativeDifference": rel}))
sys.exit(0 if rel < 1e-9 else 1)
PY
