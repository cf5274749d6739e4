"""probe26 'l' files: @libpdf/core 0.4.2 (npm) through render_libpdf.mjs.  This script turns
common.py's blocks into the JSON the renderer reads (footnote calls become the WinAnsi
superscript digits), runs node in the npm folder (PROBE26_NPM, default /tmp/probe26_npm,
made by build.sh from package.json) under faketime, and writes gold and furniture."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

NPM = os.environ.get("PROBE26_NPM", "/tmp/probe26_npm")
SUP = "¹²³⁴"
STYLE = {
    "l01_peel_marnholt": dict(font="Times-Roman", bold="Times-Bold", size=11, align="justify"),
    "l02_cdi_fenwarren": dict(font="Helvetica", bold="Helvetica-Bold", size=10, align="left"),
    "l03_vetting_brisworth": dict(font="Times-Roman", bold="Times-Bold", size=11.5,
                                  align="left"),
}


def convert(blocks, state):
    out = []

    def para(sents):
        text, notes = [], []
        for s in sents:
            buf = []
            for kind, t in common.pieces(s):
                if kind == "text":
                    buf.append(t)
                else:
                    label = SUP[len(state)]
                    state.append(t)
                    buf.append(label)
                    notes.append({"label": label, "text": t})
            text.append("".join(buf))
        return {"k": "p", "text": " ".join(text), "notes": notes}

    for b in blocks:
        k = b[0]
        if k in ("kicker", "title", "date"):
            out.append({"k": k, "text": b[1]})
        elif k == "notice":
            out.append({"k": "notice", "text": common.NOTICE})
        elif k == "h":
            out.append({"k": "h", "level": b[1], "text": b[2]})
        elif k == "p":
            out.append(para(b[1]))
        elif k == "bullets":
            out.append({"k": "bullets", "lead": para([b[1]]) if b[1] else None,
                        "items": [para([x]) for x in b[2]], "marker": b[3]})
        elif k == "table":
            out.append({"k": "table", "head": b[1], "rows": b[2]})
        elif k == "box":
            out.append({"k": "box", "title": b[1], "blocks": convert(b[2], state)})
        elif k == "cols":
            out.append({"k": "cols", "left": convert(b[1], state),
                        "right": convert(b[2], state)})
        elif k == "pagebreak":
            out.append({"k": "pagebreak"})
        elif k == "backcover":
            out.append({"k": "backcover", "lines": b[1]})
        else:
            raise ValueError(k)
    return out


def build(stem, doc, work):
    meta = dict(doc["meta"], **STYLE[stem])
    blocks = convert(doc["blocks"], [])
    payload = {"meta": meta, "blocks": blocks,
               "backcover": any(b[0] == "backcover" for b in doc["blocks"])}
    src = os.path.join(work, stem + ".json")
    with open(src, "w", encoding="utf-8") as f:
        json.dump(payload, f, ensure_ascii=False)
    pdf = os.path.join(common.PDF_DIR, stem + ".pdf")
    env = dict(os.environ, TZ="UTC")
    r = subprocess.run(["faketime", meta["date"] + " 09:30:00", "node",
                        os.path.join(NPM, "render_libpdf.mjs"), src, pdf],
                       capture_output=True, text=True, env=env, cwd=NPM, check=True)
    pages = json.loads(r.stdout.strip().splitlines()[-1])["pages"]
    numbered = pages - (1 if payload["backcover"] else 0)
    running = []
    if meta["header"]:
        running.append(("header", meta["header"]))
    if meta["footer"]:
        running.append(("footer", meta["footer"]))
    running += [("page-number", str(i)) for i in range(1, numbered + 1)]
    n = common.write_gold(stem, doc["blocks"], running)
    print(f"{stem}: {pages} pages, {n} gold sentences")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    shutil.copy(os.path.join(here, "render_libpdf.mjs"), NPM)
    os.makedirs(common.PDF_DIR, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="probe26_libpdf_") as work:
        for stem, doc in common.DOCS.items():
            if stem.startswith("l"):
                build(stem, doc, work)


if __name__ == "__main__":
    main()
