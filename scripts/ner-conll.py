#!/usr/bin/env python3
"""CoNLL <-> OpenNLP name-finder format, for scripts/opennlp-peer.sh.

to-opennlp IN OUT [--plain]: one sentence per line, entities as <START:per> ... <END>, labels folded
  like `warta ner eval` (PERSON->per; ORGANIZATION/ORGANISATION->org; LOCATION/PLACE/GPE->loc;
  other types dropped to O; I- that opens an entity read as B-). --plain writes tokens only.
from-opennlp IN OUT: OpenNLP output back to token<TAB>BIO, blank line between sentences.
repeat IN OUT TOKENS: repeat IN's sentences (plain OpenNLP lines) until TOKENS tokens.
"""
import sys

FOLD = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "ORGANIZATION": "ORG", "ORGANISATION": "ORG",
        "LOC": "LOC", "LOCATION": "LOC", "PLACE": "LOC", "GPE": "LOC"}


def sentences(path):
    sent = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.split()
            if not cols:
                if sent:
                    yield sent
                sent = []
                continue
            if cols[0] == "-DOCSTART-":
                continue
            label = cols[-1] if len(cols) > 1 else "O"
            sent.append((cols[0], label))
    if sent:
        yield sent


def parse(label):
    if label.upper() == "O":
        return None, None
    if len(label) > 2 and label[1] in "-_":
        return label[0].upper(), FOLD.get(label[2:].upper())
    return "I", FOLD.get(label.upper())


def to_opennlp(src, dst, plain):
    with open(dst, "w", encoding="utf-8") as out:
        for sent in sentences(src):
            words, open_type = [], None
            for tok, label in sent:
                prefix, typ = parse(label)
                begins = typ is not None and (prefix in ("B", "S") or typ != open_type)
                if open_type is not None and (typ is None or begins):
                    words.append("<END>")
                    open_type = None
                if begins and not plain:
                    words.append("<START:%s>" % typ.lower())
                if typ is not None and not plain:
                    open_type = typ
                words.append(tok)
            if open_type is not None:
                words.append("<END>")
            out.write(" ".join(words) + "\n")


def from_opennlp(src, dst):
    with open(src, encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as out:
        first = True
        for line in f:
            if not first:
                out.write("\n")
            first = False
            typ, begin = None, False
            for tok in line.split():
                if tok.startswith("<START:") and tok.endswith(">"):
                    typ, begin = tok[7:-1].upper(), True
                elif tok == "<END>":
                    typ = None
                else:
                    tag = "O" if typ is None else ("B-" if begin else "I-") + typ
                    begin = False
                    out.write("%s\t%s\n" % (tok, tag))


def repeat(src, dst, tokens):
    lines = [l for l in open(src, encoding="utf-8").read().splitlines() if l.strip()]
    done = 0
    with open(dst, "w", encoding="utf-8") as out:
        while done < tokens:
            for l in lines:
                out.write(l + "\n")
                done += len(l.split())
                if done >= tokens:
                    break


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "to-opennlp":
        to_opennlp(sys.argv[2], sys.argv[3], "--plain" in sys.argv)
    elif cmd == "from-opennlp":
        from_opennlp(sys.argv[2], sys.argv[3])
    elif cmd == "repeat":
        repeat(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        sys.exit("usage: ner-conll.py to-opennlp|from-opennlp|repeat ...")
