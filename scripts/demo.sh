#!/usr/bin/env bash
# The main job on the bundled data, from a fresh Debian 12 machine with the .NET SDK:
# installs the `contrastive` global tool (scripts/install.sh), checks TorchSharp with `doctor`,
# then describes and validates the bundled ranked-QA sample. (Until the `demo` verb lands, the
# main job is `data stats` on the bundled sample.)
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install.sh
export PATH="$PATH:$HOME/.dotnet/tools"

echo; echo "==> contrastive doctor"
contrastive doctor

echo; echo "==> contrastive data stats data/sample/ranked-qa.jsonl"
contrastive data stats data/sample/ranked-qa.jsonl

echo; echo "==> contrastive data validate data/sample/ranked-qa-with-errors.jsonl (exits 1: it has bad rows on purpose)"
rejects="${TMPDIR:-/tmp}/ranked-qa-with-errors.rejects.jsonl"
if contrastive data validate data/sample/ranked-qa-with-errors.jsonl --rejects "$rejects"; then
  echo "expected rejects but none were found" >&2; exit 1
fi
echo "first rejected row, as written to $rejects:"
head -1 "$rejects"
