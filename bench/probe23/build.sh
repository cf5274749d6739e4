#!/bin/sh
# Rebuild probe23: pdf/sNN_*.pdf (Syncfusion's Essential JS 2 PDF library, npm
# @syncfusion/ej2-pdf-export 34.2.8, under Node: gen_syncfusion.py + sf_render.js),
# pdf/iNN_*.pdf (the Ipe 7.2.26 drawing editor's own PDF writer with pdfLaTeX setting the text:
# gen_ipe.py) and pdf/cNN_*.pdf (the Perl module PDF::Create 1.46: gen_pdfcreate.py +
# pdfcreate_render.pl), plus every *.gold.json, which the generators write from the same
# strings they put in the documents; then check.py verifies that every PDF opens, prints the
# notice on page 1 and contains every gold sentence.  common.py is shared.
# Needs (Debian 12 package names and the versions used):
#   apt-get install -y --no-install-recommends nodejs npm ipe texlive-latex-base \
#     texlive-latex-recommended texlive-fonts-recommended texlive-lang-english tex-gyre \
#     libpdf-create-perl fonts-liberation2 fonts-crosextra-carlito poppler-utils python3-venv
#   (the machine this was built on had Node 20.20.2 and npm 11.19.1 installed already; ipe
#   7.2.26+dfsg1-3+b1, texlive 2022.20230122-3, tex-gyre 20180621-6, libpdf-create-perl
#   1.46-2, fonts-liberation2 2.1.5-1, fonts-crosextra-carlito 20220224-1, poppler-utils
#   22.12.0-2+deb12u3)
#   Python venv (outside the repo):
#     /usr/bin/python3 -m venv /tmp/probe23_venv && /tmp/probe23_venv/bin/pip install pypdf pdfplumber
#   The npm package is installed by this script (npm ci from package.json/package-lock.json)
#   into $PROBE23_WORK/node, not into the repo.
# Scratch files (JSON specs, Ipe sources, LaTeX runs, node_modules) go to $PROBE23_WORK
# (default /tmp/probe23_work).  Dates are fixed in the generators; Syncfusion's random resource
# names are seeded; Perl runs with PERL_HASH_SEED=0.
# Usage: bench/probe23/build.sh
set -e
export PYTHONDONTWRITEBYTECODE=1
cd "$(dirname "$0")"
if [ -z "$PY" ]; then
  if [ -x /tmp/probe23_venv/bin/python ]; then PY=/tmp/probe23_venv/bin/python; else PY=python3; fi
fi
PROBE23_WORK="${PROBE23_WORK:-/tmp/probe23_work}"
export PROBE23_WORK
mkdir -p pdf "$PROBE23_WORK/node"
cp package.json package-lock.json "$PROBE23_WORK/node/"
(cd "$PROBE23_WORK/node" && npm ci --no-audit --no-fund --loglevel=error)
rm -f pdf/*.pdf ./*.gold.json
"$PY" gen_syncfusion.py
"$PY" gen_ipe.py
"$PY" gen_pdfcreate.py
"$PY" check.py
