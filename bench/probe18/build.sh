#!/bin/sh
# Rebuild probe18: pdf/rNN_*.pdf (rinohtype 0.5.6, gen_rinoh.py), pdf/hNN_*.pdf (HTMLDOC 1.9.16,
# gen_htmldoc.py) and pdf/mNN_*.pdf (matplotlib 3.11.2's PDF backend, gen_mpl.py), plus every
# *.gold.json, which the generators write from the same strings they put in the documents; then
# check.py verifies that every PDF opens, prints the notice on page 1 and contains every gold
# sentence.
# Needs (Debian 12 package names and the versions used):
#   apt-get install -y --no-install-recommends htmldoc poppler-utils python3-venv
#   (htmldoc 1.9.16-1; poppler-utils 22.12.0-2+deb12u3)
#   Python venv (outside the repo):
#     /usr/bin/python3 -m venv /tmp/probe18_venv && /tmp/probe18_venv/bin/pip install \
#       rinohtype==0.5.6 matplotlib==3.11.2 pypdf pdfplumber cryptography
#   (rinohtype brings its TeX Gyre Heros/Pagella/Cursor and DejaVu Serif typeface packages;
#   pypdf, pdfplumber and cryptography are for check.py).
# Usage: bench/probe18/build.sh
set -e
cd "$(dirname "$0")"
if [ -z "$PY" ]; then
  if [ -x /tmp/probe18_venv/bin/python ]; then PY=/tmp/probe18_venv/bin/python; else PY=python3; fi
fi
mkdir -p pdf
"$PY" gen_rinoh.py > /dev/null
"$PY" gen_htmldoc.py
"$PY" gen_mpl.py
"$PY" check.py
