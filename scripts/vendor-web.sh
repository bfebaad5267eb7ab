#!/usr/bin/env bash
# Vendors the dashboard's browser libraries from npm into src/Warta.Server/wwwroot/vendor.
# The output is committed: users never run a build step and the dashboard never loads from a CDN.
# Re-run only to change a version; pinned versions and licences are listed in NOTICE.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/src/Warta.Server/wwwroot/vendor"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
# package@version  file-in-package  vendored-name
files=(
  "chart.js@4.5.1 dist/chart.umd.min.js chart.umd.min.js"
  "d3-array@3.2.4 dist/d3-array.min.js d3-array.min.js"
  "d3-geo@3.1.1 dist/d3-geo.min.js d3-geo.min.js"
  "d3-dispatch@3.0.1 dist/d3-dispatch.min.js d3-dispatch.min.js"
  "d3-quadtree@3.0.1 dist/d3-quadtree.min.js d3-quadtree.min.js"
  "d3-timer@3.0.1 dist/d3-timer.min.js d3-timer.min.js"
  "d3-force@3.0.0 dist/d3-force.min.js d3-force.min.js"
  "topojson-client@3.1.0 dist/topojson-client.min.js topojson-client.min.js"
  "world-atlas@2.0.2 countries-110m.json countries-110m.json"
)
mkdir -p "$out"
for f in "${files[@]}"; do
  read -r pkg path name <<<"$f"
  (cd "$tmp" && npm pack --silent "$pkg" >/dev/null)
  tgz="$(ls "$tmp"/*.tgz)"
  mkdir -p "$tmp/x" && tar -xzf "$tgz" -C "$tmp/x"
  cp "$tmp/x/package/$path" "$out/$name"
  cp "$tmp/x/package/LICENSE"* "$out/$name.LICENSE" 2>/dev/null || true
  rm -rf "$tmp/x" "$tgz"
  echo "vendored $pkg → wwwroot/vendor/$name"
done
