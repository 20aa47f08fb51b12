#!/usr/bin/env bash
# Monte Carlo iterations per second, before (managed LU refactorized from scratch per draw) and now (KLU klu_refactor on
# the reused symbolic analysis; managed LU with its ordering reused), on the system bench/carbon-vs-scipy.sh generates.
# Usage (from the repository root): bench/carbon-bench/montecarlo.sh [processes=2000] [draws=1000] [threads=0 (all cores)]
set -euo pipefail
n="${1:-2000}"
draws="${2:-1000}"
threads="${3:-0}"
dir="${TMPDIR:-/tmp}/yiwang-carbon-bench-chains-$n"
dotnet build bench/carbon-bench/Yiwang.Carbon.Bench.csproj -c Release -v q -nologo >/dev/null
bin=bench/carbon-bench/bin/Release/net10.0/Yiwang.Carbon.Bench
[[ -f "$dir/A.csv" ]] || "$bin" generate "$dir" "$n" >/dev/null
echo "{\"uptimeBefore\":\"$(uptime)\",\"cores\":$(nproc)}"
before=$("$bin" montecarlo "$dir" before "$draws" "$threads"); echo "$before"
klu=$("$bin" montecarlo "$dir" klu "$draws" "$threads"); echo "$klu"
managed=$("$bin" montecarlo "$dir" managed "$draws" "$threads"); echo "$managed"
echo "{\"uptimeAfter\":\"$(uptime)\"}"
/usr/bin/python3 - "$before" "$klu" "$managed" <<'PY'
import json, sys
b, k, m = (json.loads(a) for a in sys.argv[1:])
out = {f"{x['solver']}_over_before": round(x["iterationsPerSecond"] / b["iterationsPerSecond"], 2) for x in (k, m)}
out["meanRelativeDifference_klu_vs_before"] = abs(k["mean"] - b["mean"]) / abs(b["mean"])
out["meanRelativeDifference_managed_vs_before"] = abs(m["mean"] - b["mean"]) / abs(b["mean"])
print(json.dumps(out))
sys.exit(0 if max(out["meanRelativeDifference_klu_vs_before"], out["meanRelativeDifference_managed_vs_before"]) < 1e-9 else 1)
PY
