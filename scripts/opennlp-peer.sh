#!/usr/bin/env bash
# The peer: Apache OpenNLP 2.1 name finder (Debian package `opennlp`) with default training settings,
# trained on exactly the same training file as our per-dataset models, scored with `warta ner eval`.
# Needs: apt-get update && apt-get install -y opennlp; python3.
# Usage: scripts/opennlp-peer.sh [WORKDIR]   (default /tmp/opennlp-peer)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${WARTA_SHARED:-$root/../shared}"
ner="$shared/data/ner"
work="${1:-/tmp/opennlp-peer}"
mkdir -p "$work"
conv="python3 $root/scripts/ner-conll.py"

run() { # name train dev
  local name="$1" train="$2" dev="$3"
  $conv to-opennlp "$train" "$work/$name.train"
  $conv to-opennlp "$dev" "$work/$name.dev.txt" --plain
  opennlp TokenNameFinderTrainer -model "$work/$name.bin" -lang id -data "$work/$name.train" -encoding UTF-8 \
    >"$work/$name.train.log" 2>&1
  opennlp TokenNameFinder "$work/$name.bin" <"$work/$name.dev.txt" >"$work/$name.out" 2>"$work/$name.tag.log"
  $conv from-opennlp "$work/$name.out" "$work/$name.pred.conll"
  echo "== OpenNLP $name (dev)"
  "$root/warta" ner eval --gold "$dev" --predicted "$work/$name.pred.conll"
}

[ "${BENCH_ONLY:-0}" = 1 ] || run idner "$ner/idner-news-2k/train.txt" "$ner/idner-news-2k/dev.txt"
[ "${BENCH_ONLY:-0}" = 1 ] || run nerui "$ner/indolem-nerui/train.01.tsv" "$ner/indolem-nerui/dev.01.tsv"
[ "${BENCH_ONLY:-0}" = 1 ] || run nerugm "$ner/indolem-nerugm/train.01.tsv" "$ner/indolem-nerugm/dev.01.tsv"

# Throughput: whole process on a 1M-token file made by repeating the idner dev sentences.
$conv to-opennlp "$ner/idner-news-2k/dev.txt" "$work/dev.plain" --plain
$conv repeat "$work/dev.plain" "$work/1m.txt" 1000000
tokens=$(wc -w <"$work/1m.txt")
/usr/bin/time -f "%e %U %S" -o "$work/time" taskset -c 0 opennlp TokenNameFinder "$work/idner.bin" <"$work/1m.txt" >/dev/null 2>&1
read -r wall user sys <"$work/time"
awk -v w="$wall" -v u="$user" -v s="$sys" -v n="$tokens" 'BEGIN {
  printf "OpenNLP TokenNameFinder, whole process, one core: %d tokens; wall %.2fs = %.0f tokens/s; cpu %.2fs = %.0f tokens/s\n", n, w, n / w, u + s, n / (u + s) }'
