# Sourced by the data benchmarks (bench-read.sh, bench-data.sh): builds the CLI in Release (unless BENCH_SKIP_BUILD=1)
# and sets $cli to a private copy of the build output in "$out/cli", so that a rebuild or clean of the shared bin/ folder
# during the run (minutes) cannot disturb it. The copy leaves out runtimes/ (libtorch, ~1 GB, which the data verbs never
# load) and the localised resource folders. Needs $out (absolute).
build_dir="tool/ContrastiveTool.Cli/bin/Release/net10.0"
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  echo "== building the CLI (Release)" >&2
  dotnet build tool/ContrastiveTool.Cli -c Release -v q -nologo >&2
fi
[[ -x "$build_dir/contrastive" ]] || { echo "no CLI at $build_dir/contrastive; build it first" >&2; exit 2; }
cli_dir="$out/cli"
rm -rf "$cli_dir"
mkdir -p "$cli_dir"
(cd "$build_dir" && find . -maxdepth 1 -type f -print0 | xargs -0 cp -p -t "$cli_dir")
cli="$cli_dir/contrastive"
