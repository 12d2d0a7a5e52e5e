#!/usr/bin/env bash
# The main job on the bundled data, from a fresh Debian 12 machine with the .NET SDK:
# installs the `contrastive` global tool (scripts/install.sh), checks TorchSharp with `doctor`, then runs
# `contrastive demo`: tiered hard-negative mining on the bundled WordNet set, three MiniLM fine-tunings
# (in-batch InfoNCE, MNR with the mined negatives, triplet) and the zero-shot baseline, judged on one held-out
# test set; the report goes to ./contrastive-demo/report and the table is printed last.
# Extra arguments go to `contrastive demo` (e.g. scripts/demo.sh --train-questions 2000).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install.sh
export PATH="$PATH:$HOME/.dotnet/tools"

echo; echo "==> contrastive doctor"
contrastive doctor

echo; echo "==> contrastive demo $*"
contrastive demo "$@"
