#!/bin/sh
# Rebuild probe21: pdf/sNN_*.pdf (Free Spire.PDF for Python, gen_spire.py + spire_backend.py),
# pdf/jNN_*.pdf (pdfjs 2.5.4 on Node.js, gen_pdfjs.py + pdfjs_render.js) and pdf/hNN_*.pdf
# (PDFHummus through muhammara 6.0.6 on Node.js, gen_hummus.py + hummus_render.js), plus every
# *.gold.json, which the generators write from the same strings they put in the documents; then
# check.py verifies that every PDF opens, prints the notice on page 1 and contains every gold
# sentence.  flow.py (page flow for the s and h documents) and common.py are shared.
# Needs (Debian 12 package names and the versions used):
#   apt-get install -y --no-install-recommends nodejs npm faketime fonts-liberation2 \
#     fonts-crosextra-carlito fonts-crosextra-caladea fonts-texgyre fonts-opensymbol \
#     poppler-utils python3-venv g++ make python3
#   (Node.js 20.20.2 with its headers in /usr/include/node, npm 11.19.1; faketime
#   0.9.10-2.1, fonts-liberation2 2.1.5-1, fonts-crosextra-carlito 20220224-1,
#   fonts-crosextra-caladea 20200211-1, fonts-texgyre 20180621-6,
#   fonts-opensymbol 4:102.12+LibO7.4.7-1+deb12u14, poppler-utils 22.12.0-2+deb12u3)
#   Python venv (outside the repo):
#     /usr/bin/python3 -m venv /tmp/probe21_venv && /tmp/probe21_venv/bin/pip install \
#       Spire.Pdf.Free==10.12.0 plum-dispatch==1.7.4 fonttools==4.68.0 pyphen==0.18.1 \
#       pypdf pdfplumber cryptography
#   Node modules (outside the repo, in $PROBE21_NODE, default /tmp/probe21_node): this script
#   copies package.json and package-lock.json there and runs npm ci; muhammara's install
#   script finds no prebuilt binary it can fetch and compiles PDFHummus from the sources in
#   its package (about 3 minutes on 2 cores) against the headers in /usr/include/node.
# gen_spire.py re-runs itself under faketime (Spire stamps the clock's time as CreationDate,
# ModDate and XMP dates); gen_hummus.py runs node under faketime (PDFHummus builds its /ID
# from the clock); pdfjs takes its dates and /ID from the document's properties.
# Usage: bench/probe21/build.sh
set -e
cd "$(dirname "$0")"
if [ -z "$PY" ]; then
  if [ -x /tmp/probe21_venv/bin/python ]; then PY=/tmp/probe21_venv/bin/python; else PY=python3; fi
fi
NODE_DIR=${PROBE21_NODE:-/tmp/probe21_node}
export PROBE21_NODE="$NODE_DIR"
if [ ! -f "$NODE_DIR/node_modules/muhammara/binding/muhammara.node" ] \
   || ! cmp -s package-lock.json "$NODE_DIR/package-lock.json"; then
  mkdir -p "$NODE_DIR"
  cp package.json package-lock.json "$NODE_DIR/"
  (cd "$NODE_DIR" && npm_config_nodedir=/usr npm ci --no-audit --no-fund)
fi
mkdir -p pdf
"$PY" gen_spire.py
"$PY" gen_pdfjs.py
"$PY" gen_hummus.py
"$PY" check.py
