#!/usr/bin/env python3
# Old vs new `yiwang evaluate` outputs (docs/cultivation-rules-migration.md):
#   bench/cultivation-compare.py INPUT.csv OLD-OUTPUT.csv NEW-OUTPUT.csv [EXAMPLES-FILE]
# Prints rows compared and differing per rule set and tier, whether every differing row is explained by a missing
# fact (it names one, and every fact it names is missing from its input row), and the differences grouped by reason.
import csv, sys, collections, json
inp, old, new = sys.argv[1], sys.argv[2], sys.argv[3]
examples_out = sys.argv[4] if len(sys.argv) > 4 else None
csv.field_size_limit(10**9)
from_schema = json.load(open(__file__.rsplit("/", 2)[0] + "/src/Modules/Cultivation/Yiwang.Cultivation/Data/Reference/cultivation-facts.json"))
# An empty rank is an answer ("none"), not a missing fact.
NONE_FACTS = {f["id"] for f in from_schema["facts"] if f.get("empty") == "none"}
def rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        r = csv.DictReader(f)
        for row in r: yield row
missing_by_line = {}
with open(inp, encoding="utf-8-sig", newline="") as f:
    r = csv.reader(f)
    header = next(r)
    line = 1
    for cells in r:
        line += 1
        if len(cells) == 1 and cells[0] == "": continue
        missing_by_line[str(line)] = [h for h, c in zip(header, cells) if h != "id" and c.strip() == "" and h not in NONE_FACTS]
ALL = [h for h in header if h != "id"]
absent_columns = []  # facts not in the file at all: missing in every row
for f in from_schema["facts"]:
    if f["id"] not in header and f["id"] not in NONE_FACTS: absent_columns.append(f["id"])
stats = collections.defaultdict(lambda: collections.Counter())
groups = collections.defaultdict(lambda: collections.Counter())
examples = {}
reasons = collections.defaultdict(lambda: collections.Counter())
reason_examples = {}
violations = []
for o, n in zip(rows(old), rows(new)):
    assert (o["line"], o["tier"]) == (n["line"], n["tier"]), (o["line"], n["line"])
    key = (o["ruleSet"], o["tier"])
    stats[key]["rows"] += 1
    if o == n: continue
    stats[key]["differ"] += 1
    miss = missing_by_line[o["line"]] + absent_columns
    listed = set(n["missingFacts"].split()) | set(o["missingFacts"].split())
    # Explained: the row names at least one missing fact, and every fact it names is missing from the input row.
    if not listed or not listed <= set(miss): violations.append((o, n))
    changed = [c for c in o if o[c] != n[c]]
    parts = []
    if "eligible" in changed: parts.append(f"eligible {o['eligible']}→{n['eligible']}")
    if "score" in changed:
        d = float(n["score"]) - float(o["score"])
        parts.append(f"score {d:+g}")
    if "missingFacts" in changed:
        added = sorted(set(n["missingFacts"].split()) - set(o["missingFacts"].split()))
        removed = sorted(set(o["missingFacts"].split()) - set(n["missingFacts"].split()))
        parts.append("missingFacts" + ("" if not added else " +" + ",".join(added)) + ("" if not removed else " -" + ",".join(removed)))
    if "topGaps" in changed: parts.append("topGaps")
    other = [c for c in changed if c not in ("eligible", "score", "missingFacts", "topGaps")]
    if other: parts.append("other:" + ",".join(other))
    sig = "; ".join(parts)
    if "score" in changed: primary = "A: missing I5 fact earns no points (score −5)"
    elif "eligible" in changed: primary = f"B: verdict {o['eligible']} → undetermined (a missing fact decides it)"
    elif "missingFacts" in changed: primary = "C: facts of open paths listed (direct conditions, partly reported score items)"
    elif "topGaps" in changed: primary = "D: gap text of a missing figure (no band, 0 points)"
    else: primary = "E: other"
    reasons[key][primary] += 1
    reason_examples.setdefault((key, primary), (o, n))
    groups[key][sig] += 1
    examples.setdefault((key, sig), (o, n, miss))
print("| rule set | tier | rows | differ | differing rows not explained by a missing fact |")
print("|---|---|---:|---:|---:|")
for key in sorted(stats):
    v = sum(1 for o, n in violations if (o["ruleSet"], o["tier"]) == key)
    print(f"| {key[0]} | {key[1]} | {stats[key]['rows']:,} | {stats[key]['differ']:,} | {v} |")
print()
for key in sorted(groups):
    print(f"### {key[0]} / {key[1]}")
    for sig, c in groups[key].most_common():
        print(f"- {c:,} × {sig}")
    print()
if examples_out:
    with open(examples_out, "w") as f:
        for (key, sig), (o, n, miss) in sorted(examples.items()):
            f.write(f"## {key} :: {sig}\nmissing: {' '.join(miss)}\nold: {json.dumps(o, ensure_ascii=False)}\nnew: {json.dumps(n, ensure_ascii=False)}\n\n")
print("| rule set | tier | reason | rows |")
print("|---|---|---|---:|")
for key in sorted(reasons):
    for r, c in sorted(reasons[key].items()):
        print(f"| {key[0]} | {key[1]} | {r} | {c:,} |")
if examples_out:
    with open(examples_out + ".reasons", "w") as f:
        for (key, r), (o, n) in sorted(reason_examples.items()):
            f.write(f"## {key} :: {r}\nold: {json.dumps(o, ensure_ascii=False)}\nnew: {json.dumps(n, ensure_ascii=False)}\n\n")
print("violations:", len(violations))
for o, n in violations[:5]: print(o, n, sep="\n")
