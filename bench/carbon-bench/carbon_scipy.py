"""SciPy side of bench/carbon-vs-scipy.sh: the same A.csv/B.csv, the same 1,000 demand vectors.
Run with Debian's python3-scipy (/usr/bin/python3). Without scikit-umfpack SciPy factorizes with SuperLU."""
import json, resource, sys, time
import numpy as np
import scipy
import scipy.sparse as sp
import scipy.sparse.linalg as sla

d = sys.argv[1]
t = time.perf_counter()
a = np.loadtxt(f"{d}/A.csv", delimiter=",", skiprows=1)
b = np.loadtxt(f"{d}/B.csv", delimiter=",", skiprows=1)
n = int(max(a[:, 0].max(), a[:, 1].max())) + 1
flows = int(b[:, 0].max()) + 1
A = sp.csc_matrix((a[:, 2], (a[:, 0].astype(int), a[:, 1].astype(int))), shape=(n, n))
B = sp.csc_matrix((b[:, 2], (b[:, 0].astype(int), b[:, 1].astype(int))), shape=(flows, n))
read = time.perf_counter() - t

t = time.perf_counter()
lu = sla.splu(A)  # SuperLU, COLAMD column ordering (SciPy's default)
factorize = time.perf_counter() - t

f = np.zeros(n); f[0] = 1
t = time.perf_counter()
s = lu.solve(f)
g = B @ s
first = time.perf_counter() - t
residual = float(np.abs(A @ s - f).max())

checksum = 0.0
t = time.perf_counter()
for k in range(1000):
    f[:] = 0
    f[17 * k % n] = 1
    checksum += float((B @ lu.solve(f)).sum())
many = time.perf_counter() - t
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"solver": f"scipy {scipy.__version__} splu (SuperLU)", "processes": n, "nonzerosA": int(A.nnz),
                  "nonzerosLU": int(lu.L.nnz + lu.U.nnz), "readSeconds": round(read, 3), "factorizeSeconds": round(factorize, 4),
                  "solveSeconds": round(first, 5), "solves1000Seconds": round(many, 4), "residual": residual,
                  "gSum": float(g.sum()), "checksum1000": checksum, "peakMiB": round(peak)}))
