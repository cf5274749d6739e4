"""Sanity checks shared by the PDF probes probe8 to probe14 (not a score): every PDF opens,
page 1 prints the notice (whole, not hyphenated), there are 2-5 pages and 25-35 gold sentences,
and every gold sentence occurs in the extracted text modulo whitespace, line-end hyphenation and
footnote calls.

Text sources: pdftotext (default reading order), pdftotext -raw (content-stream order), and, when
installed, pdfplumber and pypdf.  A sentence counts as found if one source has it whole, or else in
two pieces in order, close together (a sentence cut by a page or column break, with running
headers, footnotes or part of the other column in between).

Canonical form (applied to the text and to each gold sentence alike): NFKC (so ligature glyphs
such as U+FB01 become "fi"); footnote calls (digits glued to a letter, or straight after a full
stop that follows a letter) removed; curly and straight quotes unified; all whitespace and all
hyphen characters (-, U+2010, U+2011, U+00AD) removed.  Also reports how many gold sentences
pdftotext has whole and in gold order, and the line-end hyphenations it shows inside gold words.
Each probe's ``check.py`` calls :func:`main` with its folder and notice:
usage: python3 bench/probeN/check.py [NAME ...]   (exit status 1 on any failure)
"""
import glob
import json
import logging
import os
import re
import subprocess
import unicodedata

try:
    import pypdf
except ImportError:        # optional; pdftotext is required
    pypdf = None
logging.getLogger("pypdf").setLevel(logging.ERROR)   # font-encoding chatter, not errors
try:
    import pdfplumber
except ImportError:        # optional
    pdfplumber = None

CALL = re.compile(r"(?<=[A-Za-z])\d{1,2}(?=\W|$)|(?<=[A-Za-z][.)])\d{1,2}(?=\s|$)")
SUPS = re.compile("[\u00b9\u00b2\u00b3\u2070-\u2079]+")
HYPH = re.compile("[\\s\u00ad\u2010\u2011-]+")
QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "`": "'"})


def canon(s):
    s = SUPS.sub(" ", s)
    s = unicodedata.normalize("NFKC", s).translate(QUOTES)
    s = CALL.sub(" ", s)
    return HYPH.sub("", s)


def pdftotext(path, *opts):
    return subprocess.run(["pdftotext", "-enc", "UTF-8", *opts, path, "-"], capture_output=True,
                          text=True, check=True).stdout


def split_found(cg, ctext, minlen=6, gap=800):
    """True if cg occurs as two pieces (each >= minlen chars), the second starting at most gap
    characters after the end of the first (running header and footer, footnotes, a table row or
    the rest of the other column in between)."""
    for k in range(minlen, len(cg) - minlen + 1):
        head, tail = cg[:k], cg[k:]
        i = ctext.find(head)
        while i >= 0:
            if ctext.find(tail, i + k, i + k + gap + len(tail)) >= 0:
                return True
            i = ctext.find(head, i + 1)
    return False


def check(name, here, notice):
    pdf = os.path.join(here, "pdf", name + ".pdf")
    gold = json.load(open(os.path.join(here, name + ".gold.json"), encoding="utf-8"))
    ok = True

    def fail(msg):
        nonlocal ok
        print(f"FAIL {name}: {msg}")
        ok = False

    text = pdftotext(pdf)
    pages = text.count("\f")
    sources = {"pdftotext": text, "pdftotext -raw": pdftotext(pdf, "-raw")}
    if pdfplumber is not None:
        with pdfplumber.open(pdf) as p:
            if len(p.pages) != pages:
                fail(f"pdfplumber sees {len(p.pages)} pages, pdftotext {pages}")
            sources["pdfplumber"] = "\n".join(pg.extract_text() or "" for pg in p.pages)
    if pypdf is not None:
        r = pypdf.PdfReader(pdf)
        if len(r.pages) != pages:
            fail(f"pypdf sees {len(r.pages)} pages, pdftotext {pages}")
        sources["pypdf"] = "\n".join(p.extract_text() or "" for p in r.pages)
    if not 2 <= pages <= 5:
        fail(f"{pages} pages, expected 2-5")
    page1 = pdftotext(pdf, "-f", "1", "-l", "1")
    if " ".join(notice.split()) not in " ".join(page1.split()):
        fail("notice not found whole (unhyphenated) on page 1")
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
            found = next((k + " (in 2 pieces)" for k, t in ctexts.items() if split_found(cg, t)),
                         None)
        if found is None:
            missing.append(g)
        elif found != "pdftotext":
            how[found] = how.get(found, 0) + 1
    gold_words = set(w.strip(".,;:’'\"()") for g in gold for w in g.split())
    breaks = []
    for src in (text, pdftotext(pdf, "-layout"), sources["pdftotext -raw"]):
        for m in re.finditer(r"([A-Za-z]+)[\u00ad\u2010-] *\n *([a-z]+)", src):
            b = m.group(1) + "-" + m.group(2)
            if m.group(1) + m.group(2) in gold_words and b not in breaks:
                breaks.append(b)
    for g in missing:
        fail(f"gold sentence not found: {g}")
    if not 25 <= len(gold) <= 35:
        fail(f"{len(gold)} gold sentences, expected 25-35")
    other = "; ".join(f"{n} only via {k}" for k, n in how.items())
    print(f"{'ok  ' if ok else 'FAIL'} {name}: {pages} pages, {len(gold)} gold, "
          f"{len(gold) - len(missing)} found{' (' + other + ')' if other else ''}, "
          f"{in_order} in pdftotext order, {len(breaks)} hyphenated line ends in gold words"
          f"{' (' + ', '.join(breaks[:6]) + (', ...' if len(breaks) > 6 else '') + ')' if breaks else ''}")
    return ok


def main(names, here, notice):
    if not names:
        names = sorted(os.path.basename(p)[:-len(".gold.json")]
                       for p in glob.glob(os.path.join(here, "*.gold.json")))
    print("sources: pdftotext" + (", pdfplumber" if pdfplumber else "")
          + (", pypdf" if pypdf else ""))
    results = [check(n, here, notice) for n in names]
    bad = results.count(False)
    print(f"{len(results) - bad} passed, {bad} failed")
    return 1 if bad else 0

