#!/usr/bin/env bash
# The per-dataset comparison with OpenNLP: for each of idner-news-2k, IndoLEM NER-UI and NER-UGM, train on
# exactly the training file OpenNLP gets (scripts/opennlp-peer.sh), same lexicons and settings as the
# shipped model, and score on that set's dev file. Also scores the shipped (combined) model on each dev.
# Usage: scripts/ner-eval-dev.sh [WORKDIR]   (default /tmp/ner-eval-dev)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ner="${WARTA_SHARED:-$root/../shared}/data/ner"
work="${1:-/tmp/ner-eval-dev}"
mkdir -p "$work"
m="$root/src/Warta/models"
warta="${WARTA:-$root/warta}"
for set in idner-news-2k:train.txt:dev.txt indolem-nerui:train.01.tsv:dev.01.tsv indolem-nerugm:train.01.tsv:dev.01.tsv; do
  IFS=: read -r name train dev <<<"$set"
  $warta ner train --data "$ner/$name/$train" --lexicon "$m/ner-triggers.tsv" "$m/ner-gazetteer.tsv" "$m/ner-casing.tsv" \
    --seed 1 --epochs 12 --bits 20 --out "$work/$name.bin" 2>/dev/null
  echo "== $name dev, model trained on $train only"
  $warta ner eval --gold "$ner/$name/$dev" --model "$work/$name.bin"
  echo "== $name dev, shipped model (all training files)"
  $warta ner eval --gold "$ner/$name/$dev" | sed -n 2p
done
