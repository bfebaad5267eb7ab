#!/usr/bin/env bash
# Tagging throughput, whole process, single thread: repeats the idner-news-2k dev sentences into a
# ~1M-token CoNLL file, then times `warta ner tag` end to end (start-up, model load, read, tag, write)
# pinned to one core, and the in-process `warta ner bench` figure.
# Usage: scripts/ner-bench.sh [TOKENS]   (default 1000000)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ner="${WARTA_SHARED:-$root/../shared}/data/ner"
tokens="${1:-1000000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dev="$ner/idner-news-2k/dev.txt"
# Repeat whole sentences (blank-line separated) until the token count is reached.
awk -v want="$tokens" '
  { sub(/\r$/, "") }
  NF == 0 { if (n) { block[++nb] = cur; cnt[nb] = n }; cur = ""; n = 0; next }
  { cur = cur $1 "\n"; n++ }
  END {
    if (n) { block[++nb] = cur; cnt[nb] = n }
    done = 0
    while (done < want) for (i = 1; i <= nb && done < want; i++) { printf "%s\n", block[i]; done += cnt[i] }
  }' "$dev" >"$work/1m.conll"
count=$(grep -c . "$work/1m.conll")
"$root/warta" ner --help >/dev/null   # build once, outside the timing
# Wall time depends on what else runs on the core; CPU time (user + sys, all runtime threads) does not.
/usr/bin/time -f "%e %U %S" -o "$work/time" taskset -c 0 "$root/warta" ner tag --conll "$work/1m.conll" --out "$work/1m.tagged"
read -r wall user sys <"$work/time"
awk -v w="$wall" -v u="$user" -v s="$sys" -v n="$count" 'BEGIN {
  printf "warta ner tag, whole process, one core: %d tokens; wall %.2fs = %.0f tokens/s; cpu %.2fs = %.0f tokens/s\n", n, w, n / w, u + s, n / (u + s) }'
taskset -c 0 "$root/warta" ner bench --conll "$dev" --tokens "$tokens"
