"""Checks for probe25, self-contained (it imports nothing from the rest of the project).

Part 1, sanity (not a score): every PDF opens, page 1 prints the synthetic-document notice,
every gold sentence can be found in the PDF's text, and the furniture lines listed in
NAME.furniture.json are printed too (counted, not failed).

Text sources: pdfplumber (``extract_text()`` with its defaults, page by page) and, where the
binary exists, poppler's ``pdftotext`` (default mode and ``-raw``).  Both texts are canonicalised the same
way: Unicode NFKC (folds ligatures), U+00A0 and U+2212 read as space and hyphen, a hyphen at a
line end either removed (the word is re-joined) or kept (a real hyphen), whitespace collapsed.
A gold sentence (canonicalised the same way) counts as found when it is a substring of either
text, trying in turn:

  whole   - as it stands;
  calls   - after footnote calls are removed: "[n]", the superscript digits "¹²³…" (which
            the `x` and `o` producers glue to the text as WinAnsi characters), and digits
            printed in a type at most 0.8 times the size of the page's body text
            (pdfplumber's characters, read with the default x_tolerance and with 1);
  pieces  - in two pieces, the end of one page's text and the start of the next page's text
            (a sentence that runs over a page break; each piece at least three words).

A sentence found only when all spaces are ignored (a producer that prints no space characters
and an extractor that runs words together) is reported as "nospace" and does not pass.
Line-end hyphens inside gold words are listed.

Part 2, the reader as a black box: when an `hmic` command is on PATH (or HMIC_CMD is set,
a command line with "{pdf}" where the file goes), it is run once per PDF and its output is
read as sentences: JSON (a list, or objects whose "sentence"/"text" values are strings),
JSON lines, or plain lines (tab-separated fields each tried).  Nothing of the project is
read or imported.  The command is chosen from `hmic --help` alone: a "sentences" or
"extract" subcommand if the help names one, and "--json" / "--format json" if the
subcommand's help offers it.  Printed per file and in total:
  recovered  gold sentences that equal an output sentence exactly (after NFKC, whitespace
             collapsed and curly quotes kept), over the gold count;
  furniture  output sentences that are not gold and contain a furniture line of two or more
             words (or, three words or more, are part of one), per 100 output sentences.

Usage: python3 check.py [--table] [--no-hmic] [NAME ...]   (exit status 1 on a sanity failure)
  --table also prints, per file, how many gold sentences each text source finds whole
  (pdftotext, pdftotext -raw, pdfplumber, pypdf) and the number of 28-letter-or-longer runs
  without a space in pdfplumber's and pypdf's text.
  --no-hmic skips part 2 (build.sh uses it).
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
CALL_BRACKET = re.compile(r"\[\d{1,2}\]|[\u00b9\u00b2\u00b3\u2070-\u2079]")


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
                                and o["size"] <= 0.8 * body)
                page = page.filter(keep)
                # folio's word gaps are inside pdfplumber's default tolerance, so this
                # variant also reads with a tighter one
                out.append((page.extract_text() or "") + "\n" +
                           (page.extract_text(x_tolerance=1) or ""))
                continue
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
        if any(s.whole(g) for k, s in sources.items() if k != "pdfplumber-calls"):
            status["whole"] += 1
        elif any(s.whole(g, calls=True) or (k == "pdfplumber-calls" and s.whole(g))
                 for k, s in sources.items()):
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
    furn = load_furniture(name)
    texts = [" ".join(v[1] for v in src.variants[:1]) for src in sources.values()]
    seen = sum(1 for f in furn if any(canon(f) in t for t in texts))
    print(f"    furniture lines printed: {seen} of {len(furn)}")
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


def load_furniture(name, min_words=1):
    path = os.path.join(HERE, name + ".furniture.json")
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        items = json.load(f)
    return [canon(x["text"]) for x in items if len(x["text"].split()) >= min_words]


# ---- part 2: hmic as a black box ------------------------------------------------------

def _run(cmd, timeout=600):
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired) as e:
        return 1, "", str(e)
    return (p.returncode, p.stdout.decode("utf-8", "replace"),
            p.stderr.decode("utf-8", "replace"))


def hmic_command():
    """The command line to run (a list with "{pdf}"), or None when there is no hmic."""
    import shlex
    if os.environ.get("HMIC_CMD"):
        return shlex.split(os.environ["HMIC_CMD"])
    exe = shutil.which("hmic")
    if not exe:
        return None
    _, out, err = _run([exe, "--help"], timeout=120)
    helptext = (out + err).lower()
    cmd = [exe]
    for sub in ("sentences", "extract"):
        # a subcommand as argparse ("{a,b}") or click ("  name  help...") lists it
        if re.search(rf"\{{[^}}]*\b{sub}\b[^}}]*\}}", helptext) or \
                re.search(rf"^\s{{2,}}{sub}(\s|$)", helptext, re.M):
            cmd.append(sub)
            break
    if len(cmd) > 1:
        _, out, err = _run(cmd + ["--help"], timeout=120)
        subhelp = (out + err).lower()
        if "--json" in subhelp:
            cmd.append("--json")
        elif "--format" in subhelp and "json" in subhelp:
            cmd += ["--format", "json"]
    return cmd + ["{pdf}"]


def _strings(obj, out):
    if isinstance(obj, str):
        out.append([obj])
    elif isinstance(obj, list):
        for x in obj:
            _strings(x, out)
    elif isinstance(obj, dict):
        for key in ("sentence", "text"):
            if isinstance(obj.get(key), str):
                out.append([obj[key]])
                return
        for v in obj.values():
            if isinstance(v, (list, dict)):
                _strings(v, out)


def parse_sentences(text):
    """Each output sentence as a list of candidate strings (a line's fields)."""
    text = text.strip()
    if not text:
        return []
    try:
        out = []
        _strings(json.loads(text), out)
        return out
    except ValueError:
        pass
    lines = [ln for ln in text.splitlines() if ln.strip()]
    try:
        out = []
        for ln in lines:
            _strings(json.loads(ln), out)
        return out
    except ValueError:
        pass
    return [[f for f in ln.split("\t") if f.strip()] or [ln] for ln in lines]


def hmic_file(cmd, name):
    path = os.path.join(HERE, "pdf", name + ".pdf")
    with open(os.path.join(HERE, name + ".gold.json"), encoding="utf-8") as f:
        gold = [canon(x) for x in json.load(f)]
    rc, out, err = _run([path if a == "{pdf}" else a for a in cmd])
    if rc != 0:
        return None, (err.strip().splitlines() or [f"exit status {rc}"])[-1]
    sents = [[canon(c) for c in cands] for cands in parse_sentences(out)]
    flat = set(c for cands in sents for c in cands)
    recovered = sum(1 for g in gold if g in flat)
    furn = [f for f in load_furniture(name, min_words=2) if f != canon(NOTICE)]
    gold_set = set(gold)
    n_furn = 0
    for cands in sents:
        if any(c in gold_set for c in cands):
            continue
        best = max(cands, key=len)
        if any(f in best for f in furn) or (
                len(best.split()) >= 3 and any(best in f for f in furn)):
            n_furn += 1
    return (recovered, len(gold), n_furn, len(sents)), None


def hmic_part(names):
    cmd = hmic_command()
    print()
    if cmd is None:
        print("hmic: not on PATH and HMIC_CMD not set; part 2 skipped")
        return
    print("hmic command:", " ".join(cmd))
    tot = [0, 0, 0, 0]
    by_prod = {}
    for name in names:
        res, problem = hmic_file(cmd, name)
        if res is None:
            print(f"{name:<26} hmic failed: {problem}")
            continue
        rec, ng, nf, ns = res
        per100 = 100.0 * nf / ns if ns else 0.0
        print(f"{name:<26} recovered {rec:2d}/{ng:2d}   furniture {nf:2d} of {ns:3d} output "
              f"sentences ({per100:.1f} per 100)")
        for i, v in enumerate(res):
            tot[i] += v
        p = by_prod.setdefault(name[0], [0, 0, 0, 0])
        for i, v in enumerate(res):
            p[i] += v
    for k, (rec, ng, nf, ns) in sorted(by_prod.items()):
        print(f"  producer {k}: recovered {rec}/{ng}; furniture "
              f"{100.0 * nf / ns if ns else 0:.1f} per 100")
    rec, ng, nf, ns = tot
    if ng:
        print(f"hmic recovery: {rec} of {ng} gold sentences recovered exactly "
              f"({100.0 * rec / ng:.1f}%); furniture {nf} of {ns} output sentences "
              f"({100.0 * nf / ns if ns else 0:.1f} per 100)")


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
    if "--no-hmic" not in argv:
        hmic_part(names)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
