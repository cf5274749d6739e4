"""Speed and memory: hmic extract vs plain pdfplumber, classifier throughput, digest size.

    python bench/speed.py [--pages 200] [--reports 200]

Each measurement runs in a fresh subprocess so that peak memory (max RSS) is the
process's own. Results are printed as Markdown; copy them into README.md.
Needs reportlab (pip install '.[test]') to generate the long report.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))


def long_spec(pages: int) -> dict:
    """A report of about ``pages`` pages made by repeating the evaluation specs' sections."""
    from synth import load_spec

    specs = [load_spec(p) for p in sorted((ROOT / "tests/data/reports").glob("*.json"))]
    base = dict(specs[5])
    sections = []
    i = 0
    while len(sections) < pages * 2.6:
        s = specs[i % len(specs)]["sections"][(i // len(specs)) % len(specs[i % len(specs)]["sections"])]
        sections.append(s)
        i += 1
    base["sections"] = sections
    return base


def run_measured(code: str) -> tuple[float, float, str]:
    """Run python code in a subprocess; return wall seconds, peak RSS in MB and stdout."""
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, usage.ru_maxrss / 1024, proc.stdout.strip()


def rss_of(cmd: list[str]) -> tuple[float, float]:
    """Wall time and peak RSS (MB) of one command, via /usr/bin/time if present."""
    t0 = time.perf_counter()
    out = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd], capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - t0
    if out.returncode != 0:
        raise SystemExit(out.stderr[-2000:])
    kb = int(out.stderr.strip().splitlines()[-1])
    return wall, kb / 1024


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--reports", type=int, default=200)
    args = ap.parse_args()
    from synth import render_pdf

    tmp = Path(tempfile.mkdtemp(prefix="hmic-bench-"))
    pdf = render_pdf(long_spec(args.pages), tmp / "long.pdf", "classic")
    import pypdfium2 as pdfium

    n_pages = len(pdfium.PdfDocument(str(pdf)))
    rows = []
    w, m = rss_of([sys.executable, "-m", "extractor", "extract", str(pdf), "-o", str(tmp / "f.jsonl"), "-q"])
    rows.append(("hmic extract (pypdfium2 reader, whole process)", w, m))
    w2, m2 = rss_of([sys.executable, "-c",
                     f"import pdfplumber\nwith pdfplumber.open({str(pdf)!r}) as p:\n"
                     "    t=[pg.extract_text() for pg in p.pages]"])
    rows.append(("pdfplumber extract_text, all pages (text only)", w2, m2))
    w3, m3 = rss_of([sys.executable, "-m", "extractor", "extract", str(pdf), "--reader", "pdfplumber",
                     "-o", str(tmp / "g.jsonl"), "-q"])
    rows.append(("hmic extract --reader pdfplumber (reference)", w3, m3))
    n_sent = sum(1 for _ in open(tmp / "f.jsonl"))
    print(f"### PDF reading ({n_pages}-page generated report, {n_sent} sentences)\n")
    print("| what | seconds | pages/s | peak memory (MB) |\n|---|---|---|---|")
    for name, w_, m_ in rows:
        print(f"| {name} | {w_:.1f} | {n_pages / w_:.1f} | {m_:.0f} |")
    print(f"\nhmic extract is {w2 / w:.1f}× faster than pdfplumber's plain extract_text on the same file.\n")

    code = (
        "import json,time\n"
        "t=time.perf_counter()\n"
        "from extractor.classify.labels import default_model, classify\n"
        "m=default_model(); load=time.perf_counter()-t\n"
        # distinct sentences (held-out and every out-of-distribution set), each once: a
        # sentence classified twice would be counted at the speed of its cached features
        "from pathlib import Path\n"
        "from extractor.training.corpus import spec_rows\n"
        "texts=[json.loads(l)['text'] for l in open('corpora/heldout/heldout.jsonl')]\n"
        "texts+=[r['text'] for d in sorted(Path('tests/data').glob('ood*')) for r in spec_rows(d)]\n"
        "texts=list(dict.fromkeys(texts))\n"
        "t=time.perf_counter(); classify(texts, model=m); dt=time.perf_counter()-t\n"
        "print(json.dumps({'load': load, 'n': len(texts), 'per_s': len(texts)/dt}))"
    )
    _, _, out = run_measured(code)
    r = json.loads(out)
    print("### Classifier (one core)\n")
    print(f"- model load (imports included): {r['load']:.2f} s")
    print(f"- classification incl. clause checks: {r['per_s']:.0f} sentences/s ({r['n']} sentences)\n")

    code = (
        "import json,time,random\n"
        "from pathlib import Path\n"
        "from extractor.publish.output import read_findings\n"
        "from extractor.publish.digest import render_digest\n"
        f"reps=read_findings(Path({str(tmp / 'f.jsonl')!r}))\n"
        "base=reps[0]\nimport copy\n"
        "forces=[f'Test Force {i} Police' for i in range(43)]\n"
        f"many=[]\nfor i in range({args.reports}):\n"
        "    r=copy.copy(base); r.force=forces[i%43]; r.report_id=str(i); r.published=f'{2014+i%10}-03'\n"
        "    r.findings=base.findings[(i*7)%50:(i*7)%50+60]; many.append(r)\n"
        "t=time.perf_counter(); html=render_digest(many,'html'); dt=time.perf_counter()-t\n"
        "print(json.dumps({'secs':dt,'bytes':len(html.encode())}))\n"
        "open('/tmp/hmic-bench-digest.html','w').write(html)"
    )
    _, _, out = run_measured(code)
    r = json.loads(out)
    print(f"### Digest of {args.reports} reports\n")
    print(f"- build and render: {r['secs']:.1f} s; HTML size {r['bytes'] / 1e6:.1f} MB")
    chrome = next((c for c in ("chromium", "chromium-browser") if subprocess.run(["which", c], capture_output=True).returncode == 0), None)
    if chrome:
        t0 = time.perf_counter()
        subprocess.run([chrome, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        f"--user-data-dir={tmp / 'prof'}", "--dump-dom", "file:///tmp/hmic-bench-digest.html"],
                       capture_output=True, timeout=300)
        print(f"- headless Chromium load and script run (process included): {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
