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

run idner "$ner/idner-news-2k/train.txt" "$ner/idner-news-2k/dev.txt"
run nerui "$ner/indolem-nerui/train.01.tsv" "$ner/indolem-nerui/dev.01.tsv"
run nerugm "$ner/indolem-nerugm/train.01.tsv" "$ner/indolem-nerugm/dev.01.tsv"

# Throughput: whole process on a 1M-token file made by repeating the idner dev sentences.
$conv to-opennlp "$ner/idner-news-2k/dev.txt" "$work/dev.plain" --plain
$conv repeat "$work/dev.plain" "$work/1m.txt" 1000000
tokens=$(wc -w <"$work/1m.txt")
start=$(date +%s.%N)
opennlp TokenNameFinder "$work/idner.bin" <"$work/1m.txt" >/dev/null 2>&1
end=$(date +%s.%N)
python3 -c "import sys; t=float(sys.argv[2])-float(sys.argv[1]); print('OpenNLP whole process: %d tokens in %.2fs = %.0f tokens/s' % (int(sys.argv[3]), t, int(sys.argv[3])/t))" "$start" "$end" "$tokens"
