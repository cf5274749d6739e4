"""Builds the probe28 'c' documents with coherentpdf 2.5.5 (npm; cpdf/camlpdf compiled to
JavaScript): layout.py stacks the blocks and breaks lines (Helvetica 10, left-aligned),
render_cpdf.js draws them with cpdf's addText/addContent.  Writes pdf/cNN_*.pdf and the
gold and furniture files.  NODE_PATH must hold the coherentpdf package (build.sh sets it)."""
import json
import os
import subprocess
import tempfile

from common import HERE, PDF_DIR, docs_for, write_gold
from layout import layout

STYLE = dict(body="H", italic="HI", bold="HB", size=10, lead=1.38, gap=7, justify=False,
             note_size=8)


def main():
    for name, doc in sorted(docs_for("c").items()):
        pages, running = layout(doc, STYLE)
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            json.dump(dict(meta=doc["meta"], pages=pages), f, ensure_ascii=False)
        out = os.path.join(PDF_DIR, name + ".pdf")
        subprocess.run(["node", os.path.join(HERE, "render_cpdf.js"), f.name, out],
                       check=True)
        os.unlink(f.name)
        n = write_gold(name, doc["blocks"], running)
        print(f"{name}: {len(pages)} pages, {n} gold sentences")


if __name__ == "__main__":
    main()
