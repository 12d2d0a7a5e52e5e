#!/usr/bin/env bash
# Loss benchmark: forward + backward of every registered loss at B = 256, d = 384, K = 7 explicit negatives, question
# groups of 1–4 rows, 2 threads, median of 20 runs — ours (TorchSharp, scripts/bench/LossBench) beside
# (a) a row-by-row PyTorch implementation written the way the seed project writes its losses and
# (b) a vectorised PyTorch implementation (scripts/losses/bench_losses_reference.py), in one run.
# Targets: (a)/ours ≥ 8 for every looped loss; ours/(b) ≤ 1.0.
# Needs Debian's python3-torch and libopenblas0-pthread (installed here when missing; without OpenBLAS
# Debian's torch falls back to the reference BLAS, 27× slower, which would flatter us).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-20}"

if ! /usr/bin/python3 -c "import torch" 2>/dev/null || ! dpkg -s libopenblas0-pthread >/dev/null 2>&1; then
  echo "==> installing python3-torch and libopenblas0-pthread (benchmark reference only)"
  apt-get update -qq && apt-get install -y -qq python3-torch python3-numpy libopenblas0-pthread >/dev/null
fi

out="${BENCH_OUT:-bench-out}/losses"
mkdir -p "$out"
echo "==> building the TorchSharp side (Release)"
dotnet build scripts/bench/LossBench -c Release -v quiet -nologo
echo "==> ours (TorchSharp)"
dotnet scripts/bench/LossBench/bin/Release/net10.0/LossBench.dll "$runs" > "$out/ours.json"
echo "==> PyTorch references (looped seed style, vectorised)"
/usr/bin/python3 scripts/losses/bench_losses_reference.py --runs "$runs" --threads 2 > "$out/reference.json"

/usr/bin/python3 - "$out/ours.json" "$out/reference.json" <<'PY'
import json, sys
ours, ref = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
print(f"\n{'loss':<20}{'ours ms':>9}{'+metrics':>10}{'looped ms':>11}{'vector ms':>11}{'looped/ours':>13}{'ours/vector':>13}  verdict")
fails = 0
for name in sorted(ours):
    o, om = ours[name]["ms"], ours[name]["ms_with_metrics"]; r = ref.get(name, {})
    lo, ve = r.get("looped_ms"), r.get("vectorised_ms")
    speedup = lo / o if lo else float("nan"); ratio = o / ve if ve else float("nan")
    ok = (speedup >= 8 or lo is None) and (ratio <= 1.0 or ve is None)
    fails += not ok
    print(f"{name:<20}{o:>9.2f}{om:>10.2f}{(lo or float('nan')):>11.2f}{(ve or float('nan')):>11.2f}{speedup:>12.1f}×{ratio:>12.2f}×  {'PASS' if ok else 'MISS'}")
print(f"\nours = forward + backward without metrics (a trainer's non-logging step); +metrics = with every batch metric")
print(f"(the PyTorch references compute their accuracy metric). Targets: looped/ours ≥ 8×, ours/vectorised ≤ 1.0×;")
print(f"{len(ours) - fails} of {len(ours)} losses meet both")
PY
