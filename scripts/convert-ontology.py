#!/usr/bin/env python3
"""Converts the CAMEO code table and the CAMEO->PLOVER table from shared/data/ontology into
src/Warta/data/ontology/*.tsv (embedded resources). Run from the repo root:
    python3 scripts/convert-ontology.py [path/to/shared/data/ontology]
"""
import os, re, sys

src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data", "ontology")
out = os.path.join(os.path.dirname(__file__), "..", "src", "Warta", "data", "ontology")
os.makedirs(out, exist_ok=True)

with open(os.path.join(out, "cameo-codes.tsv"), "w", encoding="utf-8") as w:
    w.write("# source: CAMEO 1.1b3 codebook (Schrodt 2012) via shared/data/ontology/cameo-codes.tsv  licence: CC BY-SA 4.0\n")
    w.write("# code\tlabel\tgoldstein\tquad\n")
    for line in open(os.path.join(src, "cameo-codes.tsv"), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#") or line.startswith("code\t"):
            continue
        code, label, g, q = line.split("\t")
        w.write(f"{code}\t{label.strip()}\t{float(g)}\t{int(q)}\n")

rows = {}
for line in open(os.path.join(src, "CAMEO2PLOVER-2021.txt"), encoding="utf-8"):
    line = line.rstrip("\n")
    if line.startswith("~"):
        break
    m = re.match(r"^(\d{3,4}):\s*(.*)$", line)
    if not m:
        continue
    code, rest = m.group(1), m.group(2)
    body = rest.split("#", 1)[0]
    parts = [p.strip() for p in body.split(",")]
    while len(parts) < 3:
        parts.append("")
    ptype, mode, ctx = parts[0], parts[1], ",".join(parts[2:])
    ctx = ";".join(c.strip() for c in ctx.split(";") if c.strip())
    if code not in rows:  # first line wins where the table repeats a code
        rows[code] = (ptype, mode.replace(" ", ""), ctx)

with open(os.path.join(out, "cameo-plover.tsv"), "w", encoding="utf-8") as w:
    w.write("# source: CAMEO2PLOVER-2021.txt, PLOVER manual draft 0.8 (Schrodt, 17-Sep-2021) via shared/data/ontology  licence: CC BY-SA 4.0\n")
    w.write("# cameo\tplover_type\tmode (empty: none)\tcontexts (';'-separated)\n")
    for code in sorted(rows):
        t, m, c = rows[code]
        w.write(f"{code}\t{t}\t{m}\t{c}\n")
print(f"wrote {len(rows)} PLOVER rows")
