#!/usr/bin/env python3
"""Builds the language-identification resources under src/Warta/lang/{en,id,ms}/.

Inputs (neither is read at run time):
  --franc  data.js of the npm package `franc` (MIT, (c) Titus Wormer): `npm pack franc@6.2.0 && tar xzf franc-6.2.0.tgz`
           gives package/data.js. Its Latin-script profiles `eng`, `ind` and `zlm` (300 trigrams each, most
           frequent first, built from the Universal Declaration of Human Rights) become langid-trigrams.tsv.
  --ud     the UD Indonesian-CSUI training treebank (CC BY-SA 4.0), e.g.
           /work/shared/data/tokenization/ud-indonesian/id_csui-ud-train.conllu. Its word-form counts become
           lang/id/langid-ud-words.tsv, which tells the identifier how common a "Malay marker" is in Indonesian
           news (GSD dev stays untouched for evaluation).

Usage: python3 scripts/build_langid_data.py --franc /tmp/franc/package/data.js --ud <conllu> [--out src/Warta/lang]
"""
import argparse
import collections
import os
import re

FRANC_CODES = {"eng": "en", "ind": "id", "zlm": "ms"}


def franc_profiles(path):
    text = open(path, encoding="utf-8").read()
    latin = text[text.index("Latin: {"):]
    out = {}
    for code in FRANC_CODES:
        m = re.search(r"\n\s*" + code + r": '((?:[^'\\]|\\.)*)'", latin)
        if not m:
            raise SystemExit(f"profile {code} not found in {path}")
        grams = m.group(1).split("|")
        if len(grams) != 300 or any(len(g) != 3 for g in grams):
            raise SystemExit(f"unexpected profile shape for {code}")
        out[code] = grams
    return out


def ud_word_counts(path):
    counts = collections.Counter()
    total = 0
    skip_to = 0
    for line in open(path, encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            skip_to = 0
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 2 or "." in cols[0]:
            continue  # empty nodes
        # Count surface tokens as written ("menyetujuinya"), not the syntactic words a range splits them into.
        if "-" in cols[0]:
            skip_to = int(cols[0].split("-")[1])
        elif int(cols[0]) <= skip_to:
            continue
        form = cols[1].lower()
        if not any(c.isalpha() for c in form):
            continue
        total += 1
        if all(c.isalpha() or c == "-" for c in form):
            counts[form] += 1
    return counts, total


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--franc", required=True)
    ap.add_argument("--ud", required=True)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "src", "Warta", "lang"))
    a = ap.parse_args()

    for code, grams in franc_profiles(a.franc).items():
        lang = FRANC_CODES[code]
        os.makedirs(os.path.join(a.out, lang), exist_ok=True)
        with open(os.path.join(a.out, lang, "langid-trigrams.tsv"), "w", encoding="utf-8", newline="\n") as f:
            f.write(f"# source: npm package franc 6.2.0, data.js, Latin profile '{code}' (from UDHR translations)  licence: MIT (c) Titus Wormer\n")
            f.write("# converted by scripts/build_langid_data.py; columns: rank (0 = most frequent), trigram (lower case, space = word edge)\n")
            for i, g in enumerate(grams):
                # A trigram may start or end with a space; keep it verbatim inside the second column.
                f.write(f"{i}\t{g}\n")

    counts, total = ud_word_counts(a.ud)
    with open(os.path.join(a.out, "id", "langid-ud-words.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(f"# source: UD Indonesian-CSUI treebank, id_csui-ud-train.conllu (word-form counts)  licence: CC BY-SA 4.0\n")
        f.write("# converted by scripts/build_langid_data.py; lower-cased surface word forms seen at least twice\n")
        f.write(f"#total\t{total}\n")
        for w, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            if c >= 2:
                f.write(f"{w}\t{c}\n")


if __name__ == "__main__":
    main()
