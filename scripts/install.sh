#!/usr/bin/env bash
# Packs the `contrastive` tool and installs it as a global dotnet tool from the local package.
# Needs only the .NET SDK (10.0). Re-running replaces an installed version.
# Afterwards `contrastive` works from any folder (TorchSharp's native libraries included, patched
# for libstdc++ < 13 by the build; see build/GlibcxxWeakVersionPatch.cs).
set -euo pipefail
cd "$(dirname "$0")/.."

packages="$PWD/artifacts/packages"
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props | head -1)

echo "==> packing ContrastiveTool $version (Release) into $packages"
rm -f "$packages"/ContrastiveTool.*.nupkg
dotnet pack tool/ContrastiveTool.Cli -c Release -o "$packages" -v quiet -nologo

echo "==> installing the global tool 'contrastive'"
dotnet tool uninstall --global ContrastiveTool >/dev/null 2>&1 || true
dotnet tool install --global ContrastiveTool --version "$version" --add-source "$packages" --ignore-failed-sources

tools="$HOME/.dotnet/tools"
case ":$PATH:" in
  *":$tools:"*) ;;
  *) echo "==> add the tools folder to your PATH (e.g. in ~/.bashrc):  export PATH=\"\$PATH:$tools\"" ;;
esac
"$tools/contrastive" --version
