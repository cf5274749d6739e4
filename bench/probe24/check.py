"""Sanity checks for probe24 (not a score), self-contained (it imports nothing from the rest of
the project): every PDF opens, page 1 prints the synthetic-document notice, and every gold
sentence can be found in the PDF's text.

Text sources: pdfplumber (``extract_text()`` with its defaults, page by page) and, where the
binary exists, poppler's ``pdftotext`` (default mode and ``-raw``).  Both texts are canonicalised the same
way: Unicode NFKC (folds ligatures), U+00A0 and U+2212 read as space and hyphen, a hyphen at a
line end either removed (the word is re-joined) or kept (a real hyphen), whitespace collapsed.
A gold sentence (canonicalised the same way) counts as found when it is a substring of either
text, trying in turn:

  whole   - as it stands;
  calls   - after footnote calls are removed: antiword's "[n]", and digits printed in a
            type at most 0.7 times the size of the page's body text (pdfplumber's characters);
  pieces  - in two pieces, the end of one page's text and the start of the next page's text
            (a sentence that runs over a page break; each piece at least three words).

A sentence found only when all spaces are ignored (a producer that prints no space characters
and an extractor that runs words together) is reported as "nospace" and does not pass.
Line-end hyphens inside gold words are listed.

Usage: python3 check.py [--table] [NAME ...]   (exit status 1 on any failure)
  --table also prints, per file, how many gold sentences each text source finds whole
  (pdftotext, pdftotext -raw, pdfplumber, pypdf) and the number of 28-letter-or-longer runs
  without a space in pdfplumber's and pypdf's text.
"""
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE = ("Synthetic test document: this is not a real inspection report, "
          "and the force it describes is fictional.")
CALL_BRACKET = re.compile(r"\[\d{1,2}\]")


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return s.replace("\u00a0", " ").replace("\u2212", "-").replace("\u00ad", "")


def canon_text(s, join_hyphen):
    """Canonical form of extracted text (line structure used for hyphen re-joining)."""
    s = norm(s)
    if join_hyphen:
        s = re.sub(r"(\w)-[ \t]*\n[ \t]*(\w)", r"\1\2", s)
    else:
        s = re.sub(r"(\w)-[ \t]*\n[ \t]*(\w)", r"\1-\2", s)
    return " ".join(s.split())


def canon(s):
    return " ".join(norm(s).split())


def plumber_pages(path, drop_calls=False):
    import pdfplumber
    out = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            if drop_calls:
                sizes = [round(c["size"], 1) for c in page.chars if c["text"].strip()]
                body = max(set(sizes), key=sizes.count) if sizes else 0

                def keep(o, body=body):
                    return not (o.get("object_type") == "char" and o["text"].isdigit()
                                and o["size"] <= 0.7 * body)
                page = page.filter(keep)
            out.append(page.extract_text() or "")
    return out


def pdftotext_pages(path, raw=False):
    if not shutil.which("pdftotext"):
        return None
    args = ["pdftotext", "-enc", "UTF-8"] + (["-raw"] if raw else []) + [path, "-"]
    txt = subprocess.run(args, capture_output=True, check=True).stdout.decode("utf-8")
    pages = txt.split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return pages


def pypdf_pages(path):
    import pypdf
    return [p.extract_text() or "" for p in pypdf.PdfReader(path).pages]


class Source:
    """One extractor's text of a PDF, in the canonical variants the checks need."""

    def __init__(self, pages):
        self.pages = pages
        self.variants = []
        for pages_ in (pages, [CALL_BRACKET.sub("", p) for p in pages]):
            for join in (True, False):
                per_page = [canon_text(p, join) for p in pages_]
                self.variants.append((per_page, " ".join(per_page)))

    def whole(self, g, calls=False):
        vs = self.variants[2:] if calls else self.variants[:2]
        return any(g in full for _, full in vs)

    def in_pieces(self, g):
        words = g.split(" ")
        for per_page, _ in self.variants:
            for k in range(len(per_page) - 1):
                a, b = per_page[k], per_page[k + 1]
                for i in range(3, len(words) - 2):
                    head, tail = " ".join(words[:i]), " ".join(words[i:])
                    if head in a and tail in b and a.rfind(head) > len(a) * 0.5:
                        return True
        return False

    def nospace(self, g):
        g2 = g.replace(" ", "")
        return any(g2 in full.replace(" ", "") for _, full in self.variants)


def hyphen_breaks(pages, gold):
    """Gold words that the PDF breaks with a hyphen at a line end."""
    found = []
    text = norm("\n".join(pages))
    words = set(w for s in gold for w in re.findall(r"[A-Za-z]{5,}", s))
    for m in re.finditer(r"([A-Za-z]+)-[ \t]*\n[ \t]*([A-Za-z]+)", text):
        w = m.group(1) + m.group(2)
        if w in words:
            found.append(m.group(1) + "-" + m.group(2))
    return found


def check_file(name, table):
    path = os.path.join(HERE, "pdf", name + ".pdf")
    with open(os.path.join(HERE, name + ".gold.json"), encoding="utf-8") as f:
        gold = [canon(s) for s in json.load(f)]
    problems = []
    plumber = plumber_pages(path)
    sources = {"pdfplumber": Source(plumber),
               "pdfplumber-calls": Source(plumber_pages(path, drop_calls=True))}
    ptt = pdftotext_pages(path)
    raw = pdftotext_pages(path, raw=True)
    if ptt is not None:
        sources["pdftotext"] = Source(ptt)
        sources["pdftotext -raw"] = Source(raw)
    firsts = [plumber[0]] + ([ptt[0], raw[0]] if ptt is not None else [])
    if not any(canon(NOTICE) in canon_text(t, True) for t in firsts):
        problems.append("notice not on page 1")
    status = {"whole": 0, "calls": 0, "pieces": 0}
    missing, nospace = [], []
    for g in gold:
        if any(s.whole(g) for s in sources.values()):
            status["whole"] += 1
        elif any(s.whole(g, calls=True) for s in sources.values()):
            status["calls"] += 1
        elif any(s.in_pieces(g) for s in sources.values()):
            status["pieces"] += 1
        elif any(s.nospace(g) for s in sources.values()):
            nospace.append(g)
        else:
            missing.append(g)
    ok = not missing and not nospace and not problems
    n_found = len(gold) - len(missing) - len(nospace)
    line = (f"{name:<26} {'ok  ' if ok else 'FAIL'} {n_found:2d}/{len(gold):2d} "
            f"(whole {status['whole']}, after call removal {status['calls']}, "
            f"in 2 pieces {status['pieces']})")
    print(line)
    for p in problems:
        print("    problem:", p)
    for g in nospace:
        print("    found only with spaces ignored:", g)
    for g in missing:
        print("    missing:", g)
    hy = hyphen_breaks(plumber if raw is None else raw, gold)
    if hy:
        print(f"    line-end hyphens in gold words ({len(hy)}): {', '.join(hy)}")
    if table:
        row = [name, str(len(gold))]
        extra = {"pdftotext": ptt, "pdftotext -raw": raw,
                 "pdfplumber": plumber, "pypdf": pypdf_pages(path)}
        for key in ("pdftotext", "pdftotext -raw", "pdfplumber", "pypdf"):
            pages = extra[key]
            if pages is None:
                row.append("-")
                continue
            src = Source(pages)
            row.append(str(sum(1 for g in gold if src.whole(g))))
        runs = []
        for key in ("pdfplumber", "pypdf"):
            runs.append(len(re.findall(r"[A-Za-z’']{28,}", norm(" ".join(extra[key])))))
        row.append(f"{runs[0]} / {runs[1]}")
        TABLE.append(row)
    return ok, len(gold), len(gold) - len(missing) - len(nospace)


TABLE = []


def main(argv):
    table = "--table" in argv
    names = [a for a in argv if not a.startswith("--")]
    if not names:
        names = sorted(os.path.basename(p)[:-len(".gold.json")]
                       for p in glob.glob(os.path.join(HERE, "*.gold.json")))
    passed = failed = total = found = 0
    for name in names:
        ok, n, f = check_file(name, table)
        total += n
        found += f
        if ok:
            passed += 1
        else:
            failed += 1
    if table:
        print()
        print("| file | gold | pdftotext | pdftotext -raw | pdfplumber | pypdf | "
              "runs ≥28 (plumber / pypdf) |")
        print("|---|---|---|---|---|---|---|")
        for row in TABLE:
            print("| " + " | ".join(row) + " |")
        print()
    print(f"gold sentences found: {found} of {total}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
