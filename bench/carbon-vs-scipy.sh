#!/usr/bin/env bash
# SuiteSparse KLU (P/Invoke, Debian libklu1), the managed LCA solver and SciPy (Debian python3-scipy, SuperLU) on the
# same generated system: factorization, one solve, and 1,000 demand vectors on one factorization; peak memory of each
# process (each solver runs in its own process).
# Usage (from the repository root): bench/carbon-vs-scipy.sh [processes=20000] [timeout-seconds=900] [shape=chains|loop]
#   chains: ecoinvent-like (supply chains, 40 local loops, shuffled); loop: one strongly connected loop of all processes.
set -euo pipefail
n="${1:-20000}"
limit="${2:-900}"
shape="${3:-chains}"
dir="${TMPDIR:-/tmp}/yiwang-carbon-bench-$shape-$n"
dotnet build bench/carbon-bench/Yiwang.Carbon.Bench.csproj -c Release -v q -nologo >/dev/null
bin=bench/carbon-bench/bin/Release/net10.0/Yiwang.Carbon.Bench
if [[ "$shape" == loop ]]; then "$bin" generate-loop "$dir" "$n"; else "$bin" generate "$dir" "$n"; fi
echo "{\"loadAverage\":\"$(cut -d' ' -f1-3 /proc/loadavg)\",\"cores\":$(nproc)}"

# One JSON line per solver; a solver that runs out of time gets a "did not finish" line and no ratio.
run() {
  local name=$1; shift
  local out
  if out=$(timeout "$limit" "$@"); then echo "$out"; else echo "{\"solver\":\"$name\",\"processes\":$n,\"result\":\"did not finish within $limit s\"}"; fi
}
klu=$(run klu "$bin" solve "$dir" klu)
echo "$klu"
managed=$(run managed "$bin" solve "$dir" managed)
echo "$managed"
scipy=$(run scipy /usr/bin/python3 bench/carbon-bench/carbon_scipy.py "$dir")
echo "$scipy"
/usr/bin/python3 - "$klu" "$managed" "$scipy" <<'PY'
import json, sys
k, m, s = (json.loads(a) for a in sys.argv[1:])
def ratio(x, y, key):
    return round(x[key] / y[key], 2) if key in x and key in y and y[key] > 0 else None
out, ok = {}, True
for name, other in (("managed", m), ("scipy", s)):
    out[f"factorize_{name}_over_klu"] = ratio(other, k, "factorizeSeconds")
    out[f"solves1000_{name}_over_klu"] = ratio(other, k, "solves1000Seconds")
    if "checksum1000" in k and "checksum1000" in other:
        rel = abs(k["checksum1000"] - other["checksum1000"]) / abs(other["checksum1000"])
        out[f"checksumRelativeDifference_klu_vs_{name}"] = rel
        ok = ok and rel < 1e-9
print(json.dumps(out))
sys.exit(0 if ok else 1)
PY
