#!/usr/bin/env bash
# The project's test command (README): builds everything and runs the whole test suite.
# Prints a closing "N passed, N failed" line and exits non-zero when a test fails.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
results="$root/.build/test-results"
rm -rf "$results"; mkdir -p "$results"
dotnet test Warta.sln -c Release --logger trx --results-directory "$results" "$@"
rc=$?
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx "$results"/**/*.trx; do
  [ -f "$trx" ] || continue
  c=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$c"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$c")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
echo "$passed passed, $failed failed"
if [ "$rc" -ne 0 ] || [ "$passed" -eq 0 ]; then exit 1; fi
