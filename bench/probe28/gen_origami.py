"""Builds the probe28 'o' documents with Origami 2.1.0 (Debian ruby-origami, the Ruby PDF
library): layout.py stacks the blocks and breaks lines (Times 11, justified),
render_origami.rb draws them with Origami.  Writes pdf/oNN_*.pdf and the
gold and furniture files."""
import json
import os
import subprocess
import tempfile

from common import HERE, PDF_DIR, docs_for, write_gold
from layout import layout

STYLE = dict(body="R", italic="I", bold="B", size=11, lead=1.3, gap=7, justify=True,
             note_size=8)


def main():
    for name, doc in sorted(docs_for("o").items()):
        pages, running = layout(doc, STYLE)
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            json.dump(dict(meta=doc["meta"], pages=pages), f, ensure_ascii=False)
        out = os.path.join(PDF_DIR, name + ".pdf")
        subprocess.run(["ruby", os.path.join(HERE, "render_origami.rb"), f.name, out],
                       check=True)
        os.unlink(f.name)
        n = write_gold(name, doc["blocks"], running)
        print(f"{name}: {len(pages)} pages, {n} gold sentences")


if __name__ == "__main__":
    main()
