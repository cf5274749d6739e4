"""Builds the probe28 'r' documents with @react-pdf/renderer 4.9.0 (npm): hands each
document's blocks to render_reactpdf.mjs, which lays them out and breaks lines with
react-pdf's own engine.  Writes pdf/rNN_*.pdf and the gold and furniture files.
R_NPM names the folder whose node_modules holds @react-pdf/renderer (default /tmp/p28npm)."""
import json
import os
import re
import shutil
import subprocess
import tempfile

from common import HERE, NOTICE, PDF_DIR, docs_for, write_gold

NPM = os.environ.get("R_NPM", "/tmp/p28npm")


def main():
    script = os.path.join(NPM, "render_reactpdf.mjs")
    shutil.copy(os.path.join(HERE, "render_reactpdf.mjs"), script)
    for name, doc in sorted(docs_for("r").items()):
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            json.dump(dict(meta=doc["meta"], blocks=doc["blocks"], notice=NOTICE), f,
                      ensure_ascii=False)
        out = os.path.join(PDF_DIR, name + ".pdf")
        subprocess.run(["node", script, f.name, out], check=True)
        os.unlink(f.name)
        info = subprocess.run(["pdfinfo", out], capture_output=True, text=True).stdout
        pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
        parts = 1 + sum(1 for b in doc["blocks"] if b[0] == "pagebreak")
        assert pages == parts, f"{name}: a part overflowed ({pages} pages, {parts} parts)"
        back = any(b[0] == "backcover" for b in doc["blocks"])
        m = doc["meta"]
        running = []
        for p in range(1, pages + 1 - back):
            if m["header"]:
                running.append(("header", m["header"]))
            if m["footer"]:
                running.append(("footer", m["footer"]))
            running.append(("page-number", str(p)))
        n = write_gold(name, doc["blocks"], running)
        print(f"{name}: {pages} pages, {n} gold sentences")


if __name__ == "__main__":
    main()
