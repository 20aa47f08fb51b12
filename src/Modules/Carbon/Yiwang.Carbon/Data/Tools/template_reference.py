"""Independent check of the starter templates' reference results (no matrices: plain recursion over the
product chain, which the templates keep acyclic). Writes reference.kgCo2e and a human-readable working into each
template file. Run from the module folder:  python3 Data/Tools/template_reference.py"""
import json, glob, os

UNITS = {"g": ("mass", 0.001), "kg": ("mass", 1), "t": ("mass", 1000), "kWh": ("energy", 1), "MWh": ("energy", 1000),
         "MJ": ("energy", 1 / 3.6), "GJ": ("energy", 1000 / 3.6), "Nm3": ("gas volume", 1), "L": ("volume", 0.001),
         "m3": ("volume", 1), "tkm": ("transport", 1), "km": ("distance", 1), "kWh-cap": ("battery capacity", 1), "piece": ("count", 1)}

def conv(a, b):
    assert UNITS[a][0] == UNITS[b][0], (a, b)
    return UNITS[a][1] / UNITS[b][1]

here = os.path.dirname(os.path.abspath(__file__))
lib = json.load(open(os.path.join(here, "..", "Factors", "factors-2026.11.json")))
gwp = {g["key"]: g["ar6"] for g in lib["gases"]}
factors = {f["key"]: f for f in lib["factors"]}
templates = {}
for path in glob.glob(os.path.join(here, "..", "Templates", "template-*.json")):
    t = json.load(open(path))
    templates[t["id"]] = (path, t)

def merged(t):
    procs, params, choices = list(t["processes"]), {p["key"]: p["default"] for p in t["parameters"]}, {c["key"]: c["default"] for c in t["factorChoices"]}
    for inc in t.get("includes", []):
        p2, c2, ch2 = merged(templates[inc][1])
        procs += p2
        for k, v in c2.items(): params.setdefault(k, v)
        for k, v in ch2.items(): choices.setdefault(k, v)
    return procs, params, choices

for tid, (path, t) in sorted(templates.items()):
    procs, params, choices = merged(t)
    by_product = {p["output"]["product"]: p for p in procs}
    lines = []
    def amount(x): return x["amount"] * (params[x["parameter"]] if "parameter" in x else 1)
    def cost(product, unit):
        p = by_product[product]
        total = 0.0
        for x in p.get("inputs", []):
            if "product" in x:
                total += amount(x) * conv(x["unit"], by_product[x["product"]]["output"]["unit"]) * cost(x["product"], by_product[x["product"]]["output"]["unit"])
            else:
                key = choices[x["factor"][1:]] if x["factor"].startswith("$") else x["factor"]
                f = factors[key]
                total += amount(x) * conv(x["unit"], f["unit"]) * f["value"] * gwp[f["gas"]]
        for e in p.get("emissions", []):
            total += amount(e) * conv(e["unit"], "kg") * gwp[e["gas"]]
        per = total / p["output"]["amount"]
        lines.append(f"{p['key']}: {per:.4f} kg CO2e per {p['output']['amount']} {p['output']['unit']} {product}")
        return per * conv(unit, p["output"]["unit"])
    du = t["declaredUnit"]
    value = du["amount"] * cost(du["product"], du["unit"])
    seen = []
    for l in lines:
        if l not in seen: seen.append(l)
    t["reference"]["kgCo2e"] = round(value, 6)
    t["reference"]["working"] = "; ".join(seen) + f"; declared unit total {value:.4f} kg CO2e (Data/Tools/template_reference.py, independent of the matrix engine)"
    json.dump(t, open(path, "w"), ensure_ascii=False, indent=2)
    open(path, "a").write("\n")
    print(f"{tid}: {value:.3f} kg CO2e")
