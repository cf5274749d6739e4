#!/bin/sh
# Rebuild probe17: pdf/kNN_*.pdf (pdfmake 0.3.11 writing through PDFKit 0.19.1, gen_pdfmake.js),
# pdf/sNN_*.pdf (jsPDF 4.2.1 with jspdf-autotable 5.0.9, gen_jspdf.js) and pdf/oNN_*.pdf (page
# images set with Pillow and "scanned" by gen_ocr.py, then given a text layer by Tesseract 5.3.0's
# pdf renderer), plus every *.gold.json, which the generators write from the same strings they
# put in the documents; then check.py verifies that every PDF opens, prints the notice on page 1
# and contains every gold sentence.
# Needs (Debian 12 package names and the versions used):
#   apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-eng \
#       poppler-utils fonts-urw-base35 fonts-liberation2 fonts-crosextra-caladea python3-venv
#   and Node.js >= 20 with npm (pdfmake 0.3 needs Node.js 20; Debian 12's own nodejs 18 is too
#   old): used here, the machine's nodejs 20.20.2-1nodesource1+repack1 with npm 11.19.1;
#   tesseract-ocr 5.3.0-2 (leptonica 1.82.0, liblept5 1.82.0-3+b3); tesseract-ocr-eng 1:4.1.0-2;
#   poppler-utils 22.12.0-2+deb12u3; fonts-urw-base35 20200910-7; fonts-liberation2 2.1.5-1;
#   fonts-crosextra-caladea 20200211-1; python3 and python3-venv 3.11.2-1+b1.
#   npm (outside the repo; package.json and package-lock.json here pin every version):
#     mkdir -p /tmp/probe17_node && cp package.json package-lock.json /tmp/probe17_node/ &&
#     (cd /tmp/probe17_node && npm ci --no-audit --no-fund)
#   Python venv:
#     /usr/bin/python3 -m venv /tmp/probe17_venv && /tmp/probe17_venv/bin/pip install \
#       pillow==13.0.0 numpy==2.4.6 pyphen==0.18.1 pypdf pdfplumber cryptography
#   (pypdf, pdfplumber and cryptography are for check.py).  build.sh does the npm step itself
#   when /tmp/probe17_node has no node_modules (PROBE17_NODE overrides the folder).
# Usage: bench/probe17/build.sh
set -e
cd "$(dirname "$0")"
if [ -z "$PY" ]; then
  if [ -x /tmp/probe17_venv/bin/python ]; then PY=/tmp/probe17_venv/bin/python; else PY=python3; fi
fi
NODE_DIR=${PROBE17_NODE:-/tmp/probe17_node}
if [ ! -d "$NODE_DIR/node_modules/pdfmake" ] || [ ! -d "$NODE_DIR/node_modules/jspdf-autotable" ]; then
  mkdir -p "$NODE_DIR"
  cp package.json package-lock.json "$NODE_DIR/"
  (cd "$NODE_DIR" && npm ci --no-audit --no-fund)
fi
NODE_PATH="$NODE_DIR/node_modules"; export NODE_PATH
mkdir -p pdf
node gen_pdfmake.js
node gen_jspdf.js
"$PY" gen_ocr.py
"$PY" check.py
