#!/usr/bin/env bash
# Scores the engine on an annotated set kept outside the repo: DIR/articles/*.json (article JSON as in
# spec/article-json.md: url, title, published, language, text) and DIR/gold/*.json (spec/gold-format.md,
# "article" = the article's file name). Third-party news texts cannot be committed, so the real-news
# dev and held-out sets quoted in README.md live outside the repository and are scored with this script.
# Usage: scripts/eval-set.sh DIR [--verbose]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${1:?usage: scripts/eval-set.sh DIR [--verbose]}"
shift
[ -d "$dir/articles" ] && [ -d "$dir/gold" ] || { echo "eval-set: $dir needs articles/ and gold/" >&2; exit 2; }
out="$(mktemp --suffix=.jsonl)"
trap 'rm -f "$out"' EXIT
"$root/warta" extract "$dir/articles" --out "$out"
"$root/warta" eval --gold "$dir/gold" --pred "$out" "$@"
