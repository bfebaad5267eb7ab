#!/usr/bin/env bash
# Reproduces the shipped model src/Warta/models/ner-id.bin: all four Indonesian training files combined
# (dev files are never trained on), trigger words, gazetteer and casing prior baked in, fixed seed. Deterministic: the same
# command gives a byte-identical model. The gazetteer and casing TSVs are regenerated from ../shared first.
# Usage: scripts/ner-train.sh [OUT]   (default src/Warta/models/ner-id.bin)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${WARTA_SHARED:-$root/../shared}"
ner="$shared/data/ner"
out="${1:-$root/src/Warta/models/ner-id.bin}"
python3 "$root/scripts/ner-lexicon.py" "$shared" "$root/src/Warta/models/ner-gazetteer.tsv"
python3 "$root/scripts/ner-casing.py" "$shared" "$root/src/Warta/models/ner-casing.tsv"
${WARTA:-"$root/warta"} ner train \
  --data "$ner/idner-news-2k/train.txt" "$ner/indolem-nerui/train.01.tsv" "$ner/indolem-nerugm/train.01.tsv" "$ner/nergrit/train.txt" \
  --lexicon "$root/src/Warta/models/ner-triggers.tsv" "$root/src/Warta/models/ner-gazetteer.tsv" "$root/src/Warta/models/ner-casing.tsv" \
  --seed 1 --epochs 12 --bits 20 --out "$out"
