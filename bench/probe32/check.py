"""Sanity check of probe32's own output (not a score of any extractor).

For every NAME.gold.json: the PDF pdf/NAME.pdf opens (pdfinfo), has the expected number of
pages (numbered pages from the furniture file, plus an unnumbered back cover where there is
one; fullbleed keeps its running lines and number on the back cover), carries its
producer's signature, prints the synthetic-document notice on page 1, and contains every
gold sentence in pdftotext's text (whitespace and line-end hyphenation allowed for,
including a hard hyphen that pdftotext drops when it joins two lines; a footnote call, as a
digit, may stand after any word, glued or spaced).  Sentences are looked for in
pdftotext's default order and, failing that, in its -raw (content-stream) order.  It also
counts the furniture lines found.

Producer signatures (only Prince names itself in the metadata):
  a  Prince: Producer "Prince 17 (www.princexml.com)";
  i  ironpress: no document information dictionary at all (no Producer, no Title) and
     embedded Identity-H CID TrueType fonts;
  b  fullbleed: a Title but no Producer, and only standard 14 Type 1 fonts, not embedded.
Self-contained: imports nothing from the project.  Exit status 1 on any failure.
Usage: python3 check.py
"""
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE = ("Synthetic test document: this is not a real inspection report, "
          "and the force it describes is fictional.")
NUMBERED_BACK = {"b"}   # fullbleed has no named pages: the back cover keeps its number


def fonts_of(pdf):
    out = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout
    return [line for line in out.splitlines()[2:] if line.strip()]


def signature(prefix, info, pdf):
    """'' when the PDF carries its producer's signature, else what is wrong."""
    producer = re.search(r"^Producer:\s+(.*)$", info, re.M)
    title = re.search(r"^Title:\s+(.*)$", info, re.M)
    fonts = fonts_of(pdf)
    if prefix == "a":
        return "" if producer and "prince" in producer.group(1).lower() else "no Prince Producer"
    if prefix == "i":
        if producer or title:
            return "has an information dictionary"
        if not any("CID TrueType" in f and "Identity-H" in f for f in fonts):
            return "no Identity-H CID TrueType font"
        return ""
    if prefix == "b":
        if producer or not title:
            return "expected a Title and no Producer"
        if not fonts or not all(" Type 1 " in f and " no  no " in f for f in fonts):
            return "expected only unembedded standard 14 Type 1 fonts"
        return ""
    return "unknown prefix"
CALL = r"(?:\s*(?:[0-9¹²³⁴]{1,2}|\[[0-9]\])(?=\s|$))?"


def norm(t, keep_hyphen=False):
    t = re.sub(r"(\w)-\n(\w)", r"\1-\2" if keep_hyphen else r"\1\2", t)
    return " ".join(t.replace("\u00a0", " ").split())


def pattern(sentence):
    toks = sentence.split()
    # a hard hyphen at a line end may be dropped by pdftotext when it joins the lines
    return re.compile(r"\s+".join(re.escape(w).replace(r"\-", "-?") + CALL for w in toks))


def pdftotext(pdf, first=None, last=None, raw=False):
    cmd = ["pdftotext", "-enc", "UTF-8"] + (["-raw"] if raw else [])
    if first:
        cmd += ["-f", str(first), "-l", str(last)]
    return subprocess.run(cmd + [pdf, "-"], capture_output=True, text=True, check=True).stdout


def main():
    failed = passed = total = found = ftotal = ffound = 0
    for gp in sorted(glob.glob(os.path.join(HERE, "*.gold.json"))):
        name = os.path.basename(gp)[:-len(".gold.json")]
        pdf = os.path.join(HERE, "pdf", name + ".pdf")
        problems = []
        with open(gp, encoding="utf-8") as f:
            gold = json.load(f)
        with open(os.path.join(HERE, name + ".furniture.json"), encoding="utf-8") as f:
            furn = json.load(f)
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
        pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
        want = sum(1 for x in furn if x["kind"] == "page-number")
        if name[0] not in NUMBERED_BACK:
            want += any(x["kind"] == "backcover" for x in furn)   # back cover: no number
        if pages != want:
            problems.append(f"pages {pages}, expected {want}")
        sig = signature(name[0], info, pdf)
        if sig:
            problems.append("producer signature: " + sig)
        if NOTICE not in norm(pdftotext(pdf, 1, 1)):
            problems.append("notice not on page 1")
        raw = pdftotext(pdf)
        text, text_h = norm(raw), norm(raw, keep_hyphen=True)
        # content-stream order as well, in case the default order interleaves columns
        raw2 = pdftotext(pdf, raw=True)
        texts = [text, text_h, norm(raw2), norm(raw2, keep_hyphen=True)]
        miss = [s for s in gold if not any(pattern(s).search(t) for t in texts)]
        if miss:
            problems.append(f"{len(miss)} gold sentences not found, first: {miss[0][:60]}")
        fl = sum(1 for x in furn if pattern(x["text"]).search(text))
        total += len(gold)
        found += len(gold) - len(miss)
        ftotal += len(furn)
        ffound += fl
        status = "ok" if not problems else "FAIL: " + "; ".join(problems)
        print(f"{name:<26} pages {pages}  gold {len(gold) - len(miss):2d}/{len(gold):2d}  "
              f"furniture printed {fl:2d}/{len(furn):2d}  {status}")
        if problems:
            failed += 1
        else:
            passed += 1
    print(f"gold sentences found: {found} of {total}; furniture lines found: {ffound} of "
          f"{ftotal}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
