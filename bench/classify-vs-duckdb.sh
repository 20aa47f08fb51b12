#!/usr/bin/env bash
# End-to-end batch classification: `yiwang classify` (CSV -> CSV) against DuckDB doing the same nbs-2017 rules in SQL
# (`Yiwang.Bench duckdb`, SQL generated from the rule-set data). Usage: bench/classify-vs-duckdb.sh [ROWS] [RUNS]
#   1. builds Release, generates bench/out/register-ROWS.csv (and the 100k / 1M files) if absent
#   2. checks the two agree on `size` for every row of a 100k sample and of a boundary-value file
#   3. runs ours, DuckDB (default threads = all cores) and DuckDB with 1 thread, RUNS times each, interleaved,
#      under /usr/bin/time -v (wall time, peak RSS), plus ours on 1M rows for the memory-is-flat check
#   4. prints a table: median (min-max) and the ratio ours/DuckDB taken within each round, then its median
set -euo pipefail
ROWS="${1:-10000000}"
RUNS="${2:-3}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/bench/out"
mkdir -p "$OUT"
cd "$ROOT"

if [ ! -x /usr/bin/time ]; then apt-get update -qq && apt-get install -y -qq time >/dev/null; fi
dotnet build -c Release src/Yiwang.Cli -v q -nologo >/dev/null
dotnet build -c Release bench/Yiwang.Bench -v q -nologo >/dev/null
YIWANG=(dotnet src/Yiwang.Cli/bin/Release/net10.0/yiwang.dll)
BENCH=(dotnet bench/Yiwang.Bench/bin/Release/net10.0/Yiwang.Bench.dll)

for n in 100000 1000000 "$ROWS"; do
  f="$OUT/register-$n.csv"
  [ -s "$f" ] || "${YIWANG[@]}" generate register --count "$n" --output "$f" --seed 2017
done

echo "== agreement on size (100k sample, then boundary values)"
"${YIWANG[@]}" classify --input "$OUT/register-100000.csv" --output "$OUT/ours-100000.csv" >/dev/null
"${BENCH[@]}" duckdb --input "$OUT/register-100000.csv" --output "$OUT/duck-100000.csv" >/dev/null
"${BENCH[@]}" verify --ours "$OUT/ours-100000.csv" --duckdb "$OUT/duck-100000.csv"
"${BENCH[@]}" edges --output "$OUT/edges.csv" >/dev/null
"${YIWANG[@]}" classify --input "$OUT/edges.csv" --output "$OUT/ours-edges.csv" >/dev/null
"${BENCH[@]}" duckdb --input "$OUT/edges.csv" --output "$OUT/duck-edges.csv" >/dev/null
"${BENCH[@]}" verify --ours "$OUT/ours-edges.csv" --duckdb "$OUT/duck-edges.csv"

RESULTS="$OUT/classify-vs-duckdb-$ROWS.tsv"
echo -e "round\tname\trows\twall_s\tuser_s\tsys_s\tpeak_rss_kb" > "$RESULTS"
measure() { # round name rows command...
  local round="$1" name="$2" rows="$3"; shift 3
  /usr/bin/time -f "%e %U %S %M" -o "$OUT/time.txt" "$@" >"$OUT/last-$name.log" 2>&1
  read -r wall user sys rss < "$OUT/time.txt"
  echo -e "$round\t$name\t$rows\t$wall\t$user\t$sys\t$rss" >> "$RESULTS"
  echo "  round $round $name: ${wall}s, peak RSS $((rss / 1024)) MB"
}

echo "== $RUNS interleaved rounds on $ROWS rows ($(nproc) cores)"
for r in $(seq 1 "$RUNS"); do
  measure "$r" ours "$ROWS" "${YIWANG[@]}" classify --input "$OUT/register-$ROWS.csv" --output "$OUT/ours-$ROWS.csv"
  measure "$r" duckdb "$ROWS" "${BENCH[@]}" duckdb --input "$OUT/register-$ROWS.csv" --output "$OUT/duck-$ROWS.csv"
  measure "$r" duckdb-1thread "$ROWS" "${BENCH[@]}" duckdb --threads 1 --input "$OUT/register-$ROWS.csv" --output "$OUT/duck1-$ROWS.csv"
  measure "$r" ours-1M 1000000 "${YIWANG[@]}" classify --input "$OUT/register-1000000.csv" --output "$OUT/ours-1000000.csv"
done

echo "== summary (median of $RUNS, min-max); $RESULTS"
awk -F'\t' '
  NR == 1 { next }
  { wall[$2] = wall[$2] " " $4; cpu[$2] = cpu[$2] " " ($5 + $6); rss[$2] = rss[$2] " " $7; rows[$2] = $3; w[$1, $2] = $4; c[$1, $2] = $5 + $6; rounds[$1] = 1 }
  function stats(list,    a, n, i, j, t) {
    n = split(list, a, " ");
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    return sprintf("%s (%s-%s)", a[int((n + 1) / 2)], a[1], a[n]);
  }
  function median(list,    a, n, i, j, t) {
    n = split(list, a, " ");
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    return a[int((n + 1) / 2)];
  }
  END {
    printf "%-16s %10s %24s %14s %24s %22s\n", "run", "rows", "wall s", "rows/s (wall)", "CPU s (user+sys)", "peak RSS MB";
    split("ours duckdb duckdb-1thread ours-1M", names, " ");
    for (k = 1; k <= 4; k++) {
      n = names[k]; if (!(n in wall)) continue;
      split(rss[n], r, " "); mb = ""; for (i in r) mb = mb " " int(r[i] / 1024);
      printf "%-16s %10d %24s %14d %24s %22s\n", n, rows[n], stats(wall[n]), rows[n] / median(wall[n]), stats(cpu[n]), stats(mb);
    }
    for (base in names) {
      b = names[base]; if (b !~ /^duckdb/) continue;
      list = ""; for (rd in rounds) if (w[rd, b] > 0) list = list " " sprintf("%.2f", w[rd, "ours"] / w[rd, b]);
      printf "ratio ours/%s wall time per round:%s -> median %s\n", b, list, median(list);
      list = ""; for (rd in rounds) if (c[rd, b] > 0) list = list " " sprintf("%.2f", c[rd, "ours"] / c[rd, b]);
      printf "ratio ours/%s CPU time per round:%s -> median %s\n", b, list, median(list);
    }
  }' "$RESULTS"
