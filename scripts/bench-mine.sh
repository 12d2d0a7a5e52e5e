#!/usr/bin/env bash
# Mining benchmark (issue 7), one run. Sections:
#   search (scripts/bench/search-bench.sh): exact top-10 vs FAISS IndexFlatIP, ANN recall/speed-up/build time,
#   peak RSS searching 1M x 384 — its environment variables are listed there.
#   tiered mining: added by the mining strategies' branch.
# Exit status: 1 when a section misses its target.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
scripts/bench/search-bench.sh || status=1
exit $status
