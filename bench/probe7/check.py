"""Check probe7: every PDF opens (pdftotext and pypdf), page 1 prints the notice, and every gold
sentence occurs in the extracted text, modulo whitespace, line-end hyphenation and footnote calls.
Text sources: pdftotext (default reading order), pdftotext -raw (content-stream order) and pypdf;
a sentence counts as found if one source has it whole, or else in two pieces in order (a sentence
cut by a page or column break with running headers, footnotes or the other column in between).

Canonical form (applied to the text and to each gold sentence alike): NFKC; footnote calls
(digits glued to a letter, or straight after a full stop that follows a letter) removed; all
whitespace and all hyphen characters (-, U+2010, U+2011, U+00AD) removed.  Also reports how many
gold sentences are found in order, and how many line-end hyphenations pdftotext shows inside gold
words.  Usage: python3 check.py [NAME ...]   (exit status 1 on any failure)
"""
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

from common import HERE, NOTICE

try:
    import pypdf
except ImportError:        # pypdf is optional; pdftotext is required
    pypdf = None

CALL = re.compile(r"(?<=[A-Za-z])\d{1,2}(?=\W|$)|(?<=[A-Za-z][.)])\d{1,2}(?=\s|$)")
SUPS = re.compile("[\u00b9\u00b2\u00b3\u2070-\u2079]+")
HYPH = re.compile("[\\s\u00ad\u2010\u2011-]+")


def canon(s):
    s = SUPS.sub(" ", s)
    s = unicodedata.normalize("NFKC", s)
    s = CALL.sub(" ", s)
    return HYPH.sub("", s)


def pdftotext(path, *opts):
    return subprocess.run(["pdftotext", "-enc", "UTF-8", *opts, path, "-"], capture_output=True,
                          text=True, check=True).stdout


def split_found(cg, ctext, minlen=12):
    """True if cg occurs as two pieces (each >= minlen chars), the second after the first:
    a sentence cut by a page, column or cell break with other text in between."""
    for k in range(minlen, len(cg) - minlen + 1):
        i = ctext.find(cg[:k])
        if i >= 0 and ctext.find(cg[k:], i + k) >= 0:
            return True
    return False


def check(name):
    pdf = os.path.join(HERE, "pdf", name + ".pdf")
    gold = json.load(open(os.path.join(HERE, name + ".gold.json"), encoding="utf-8"))
    ok = True
    text = pdftotext(pdf)
    pages = text.count("\f")
    sources = {"pdftotext": text, "pdftotext -raw": pdftotext(pdf, "-raw")}
    if pypdf is not None:
        r = pypdf.PdfReader(pdf)
        if len(r.pages) != pages:
            print(f"FAIL {name}: pypdf sees {len(r.pages)} pages, pdftotext {pages}")
            ok = False
        sources["pypdf"] = "\n".join(p.extract_text() or "" for p in r.pages)
    page1 = canon(pdftotext(pdf, "-f", "1", "-l", "1"))
    if canon(NOTICE) not in page1:
        print(f"FAIL {name}: notice not found on page 1")
        ok = False
    ctexts = {k: canon(v) for k, v in sources.items()}
    ctext = ctexts["pdftotext"]
    pos, in_order, missing, how = 0, 0, [], {}
    for g in gold:
        cg = canon(g)
        i = ctext.find(cg, pos)
        if i >= 0:
            in_order += 1
            pos = i + len(cg)
        found = next((k for k, t in ctexts.items() if cg in t), None)
        if found is None:
            found = next((k + " (in 2 pieces)" for k, t in ctexts.items() if split_found(cg, t)), None)
        if found is None:
            missing.append(g)
        elif found != "pdftotext":
            how[found] = how.get(found, 0) + 1
    # line-end hyphenations inside gold words: "xxx-<newline>yyy" where "xxxyyy" is a gold word
    gold_words = set(w.strip(".,;:’'\"()") for g in gold for w in g.split())
    breaks = []
    for src in (text, pdftotext(pdf, "-layout")):
        for m in re.finditer(r"([A-Za-z]+)[\u00ad\u2010-] *\n *([a-z]+)", src):
            b = m.group(1) + "-" + m.group(2)
            if m.group(1) + m.group(2) in gold_words and b not in breaks:
                breaks.append(b)
    for g in missing:
        print(f"FAIL {name}: gold sentence not found: {g}")
        ok = False
    other = "; ".join(f"{n} only via {k}" for k, n in how.items())
    print(f"{'ok  ' if ok else 'FAIL'} {name}: {pages} pages, {len(gold)} gold, "
          f"{len(gold) - len(missing)} found{' (' + other + ')' if other else ''}, "
          f"{in_order} in pdftotext order, {len(breaks)} hyphenated line ends in gold words"
          f"{' (' + ', '.join(breaks[:5]) + (', ...' if len(breaks) > 5 else '') + ')' if breaks else ''}")
    if not 25 <= len(gold) <= 40:
        print(f"FAIL {name}: {len(gold)} gold sentences, expected 25-40")
        ok = False
    return ok


def main(names):
    if not names:
        names = sorted(os.path.basename(p)[:-len(".gold.json")]
                       for p in glob.glob(os.path.join(HERE, "*.gold.json")))
    results = [check(n) for n in names]
    bad = results.count(False)
    print(f"{len(results) - bad} passed, {bad} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
