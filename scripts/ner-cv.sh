#!/usr/bin/env bash
# 5-fold cross-validation on each per-dataset training file (contiguous folds), so settings are chosen
# on training data, not on dev. Extra arguments go to `warta ner cv` (e.g. --epochs 15, --lexicon …).
# Usage: scripts/ner-cv.sh [--no-lexicon] [warta ner cv options]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ner="${WARTA_SHARED:-$root/../shared}/data/ner"
m="$root/src/Warta/models"
read -r -a files <<<"${NER_LEXICONS:-$m/ner-triggers.tsv $m/ner-gazetteer.tsv $m/ner-casing.tsv}"
lex=(--lexicon "${files[@]}")
if [ "${1:-}" = "--no-lexicon" ]; then lex=(); shift; fi
warta="${WARTA:-$root/warta}"
for train in idner-news-2k/train.txt indolem-nerui/train.01.tsv indolem-nerugm/train.01.tsv nergrit/train.txt; do
  printf '%-28s ' "$train"
  $warta ner cv --data "$ner/$train" "${lex[@]}" "$@" | grep '^mean'
done
